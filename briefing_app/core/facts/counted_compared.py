"""Arabic and Hebrew figures that stand for another figure's quantity: a level set against an earlier one
("بلغت الصادرات 525 مليون دينار مقابل 470 مليون دينار في نفس الفترة", "לעומת 40.3 מיליארד שקלים בשנה שעברה")
and a bare change noun after a figure ("بلغت الصادرات 2.2 مليار دينار، بارتفاع بنسبة 14 %"). Read once every
figure of the sentence has its own reading (`figures` calls this last), so that the figure compared with, and the
conversion in brackets after it, already say what they count.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_first_spans import ar_first_spans
from briefing_app.core.facts.ar_measure_after import ar_measure_after
from briefing_app.core.facts.ar_moving_levels import ar_new_change_clause
from briefing_app.core.facts.ar_place_list import ar_place_list
from briefing_app.core.facts.ar_quoted_items import ar_quoted_items
from briefing_app.core.facts.ar_ranked_items import ar_ranked_items
from briefing_app.core.facts.ar_session_change import ar_session_change
from briefing_app.core.facts.ar_times import ar_period
from briefing_app.core.facts.counted_da import share_da_equivalent
from briefing_app.core.facts.counted_restated_en import share_en_restated
from briefing_app.core.facts.counted_rtl import AR_CHANGE_NOUNS, rtl_context
from briefing_app.core.facts.da_poll_shares import da_poll_shares
from briefing_app.core.facts.figure_words import AR_LEADS, AR_MEASURE, AR_REACHING, AR_STOP, AR_VERB, CURRENCY_WORDS
from briefing_app.core.facts.he_restated_change import he_restated_change
from briefing_app.core.facts.he_standings import share_he_standings
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.sharing import own_noun
from briefing_app.core.numbers import strip_arabic_marks

# What sets a figure against an earlier one of the same quantity, right before it: "مقابل", "مقارنة مع/بـ",
# "قياسا بـ", "بالمقارنة مع"; Hebrew "לעומת", "בהשוואה ל" (a glued "ב-" of the figure read apart).
_AR_AGAINST = re.compile(
    r"(?:(?<!\S)[و]?(?:مقابل|مقارنة|بالمقارنة|قياسا|قياساً)(?:\s+(?:مع|ب\u0640?|إلى|الى))?\s*(?:ب\u0640?)?"
    # (or the level it had before: "ارتفع إلى 54 دولة، بعد أن كانت 35 في 2019")
    r"|(?<!\S)بعد\s+(?:أن|ان)\s+(?:كان|كانت)(?:\s+(?:قد\s+)?(?:بلغ|بلغت|سجل|سجلت))?"
    # (or "while it was": "ارتفع إلى 2,9% ... بينما كان 1,5% خلال نفس الفترة من العام الماضي")
    r"|(?<!\S)(?:بينما|فيما|في\s+حين)\s+(?:كان|كانت)(?:\s+(?:قد\s+)?(?:بلغ|بلغت|سجل|سجلت))?)\s*"
    r"(?:(?:نحو|حوالي|حوالى|قرابة|زهاء)\s*)?$"
)
# (and "מול", versus, the headline's short form: "3.5 מיליארד באפריל מול 14 מיליארד אשתקד")
_HE_AGAINST = re.compile(r"(?<!\S)(?:לעומת|מול|בהשוואה\s+ל|בהשוואה\s+ל-)\s*(?:כ-?)?$")
# What restates the figure before in other terms, in Hebrew: "שהם", "השקולים ל-", "המהווים".
_HE_RESTATED = re.compile(r"(?:^|[\s,])(?:ש(?:הם|הן)|ה?שקול(?:ים|ות|ה)?\s+ל-?|ה?מהוו(?:ים|ות))\s*(?:כ-?)?$")
# A level after "to" then "from" and the level it left: "انخفضت إلى نحو 193 تريليون ليرة بنهاية الشهر من | 198".
_AR_TO = re.compile(r"(?<!\S)(?:إلى|الى)\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?$")
_AR_FROM = re.compile(r"(?<!\S)(?:من)\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?$")
# A time right after a Hebrew sum set against another ("לעומת 40.3 מיליארד שקלים | בינואר אשתקד"): no noun of its own.
_HE_TIME_AFTER = re.compile(
    r"\s*(?:[בל]-?)?(?:ה)?(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר|שנה|שנת|"
    r"תקופה|חודש|רבעון|אשתקד|אותה|שעברה)(?![^\s.,;:)\-–])"
    # (the sentence may end right there: "לעומת 1.9 מיליארד שקל אשתקד." is last year's sum, as mid-sentence)
)
# Money in any currency: a figure in one set against one in another (a dinar, a "dinars" with no issuer named).
_MONEY_UNITS = {"dinars", "pounds", "rials", "dirhams", "lira"}
# A unit's words and an opening bracket between two figures: the second converts the first ("34.7 مليار جنيه (4.4").
# (or after "بما يعادل", "أي ما يوازي": "2 مليار دولار بما يعادل نحو 35 مليار جنيه")
_CONVERSION_GAP = re.compile(
    r"\s*(?:[^\W\d]+\s*){0,3}(?:\(|[،,]?\s*(?:أي\s+|ب)?ما\s+(?:يعادل|يوازي|يساوي))\s*(?:(?:نحو|حوالي|قرابة)\s*)?"
    # (a bound in the bracket: "11.3 مليار درهم (ما يزيد عن 3 مليارات دولار)")
    r"(?:(?:ما\s+(?:يزيد|يقل)\s+(?:عن|على)|(?:أكثر|أقل)\s+من)\s*)?$"
)
# A sum's unit words, then only a comma (and "أي", that is) before the next figure: "مليون دينار، | حوالي".
_COMMA_GAP = re.compile(
    r"\s*(?:[^\W\d]+\s*){0,3}[،,]\s*(?:أي\s+)?(?:(?:نحو|حوالي|حوالى|قرابة|ما\s+يعادل|ما\s+يوازي)\s*)?"
)
# A change noun alone, what a figure after a comma measures ("، بارتفاع بنسبة 14 %", "بزيادة نسبتها 5.4 %"); indefinite
# (not "وتبلغ الزيادة 40 %", the increase already named, which is what that figure counts).
_AR_BARE_CHANGE = re.compile(
    rf"[وف]?ب?((?:{AR_CHANGE_NOUNS})|ارتفاعا|انخفاضا|تراجعا|نموا|هبوطا)"
    # (with an indefinite adjective: "، بزيادة طفيفة لم تتعد 1,5 %")
    r"(?:\s+(?!ال|على|عن|إلى|الى|في|من|مع)[\u0621-\u064a]{2,}(?:ة|ا|ي|ية))?"
    r"(?:\s+(?:نسبتها|نسبته|قدرها|قدره|بلغت|بلغ|تقدر|يقدر))?"
)


def _money(f: Fact, text: str) -> bool:
    """Whether a figure is a sum: a currency read with it, a currency unit, or a currency word after it ("ليرة")."""
    if f.number is None:
        return False
    named = re.match(CURRENCY_WORDS, text[f.number.end :]) is not None
    return f.number.currency is not None or f.unit in _MONEY_UNITS or named


def _own_noun(g: Fact, text: str, lang: str) -> bool:
    """Whether a noun of its own follows the figure, past any currency word (a bare "ليرة" is the sum's unit); a
    preposition after a sum opens no noun of it here ("مقابل 6.4 مليار دولار في أيلول": when, set against)."""
    assert g.number is not None
    rest = text[g.number.end :]
    points = re.match(r"\s*(?:نقطة|نقاط)(?![\u0621-\u064a])", rest)
    if points:  # "مقابل 115.2 نقطة في الشهر المناظر": an index's points are its unit, no noun of what it measures
        rest = rest[points.end() :]
        return bool(re.match(r"\s*[^\W\d_]", rest)) and after_phrase(rest, lang) is not None
    if g.number.currency is not None or re.match(CURRENCY_WORDS, rest):
        rest = re.sub(CURRENCY_WORDS, "", rest, count=1)
        return bool(re.match(r"\s*[^\W\d_]", rest)) and after_phrase(rest, lang) is not None
    return own_noun(g, text, lang)


def _same_quantity(e: Fact, g: Fact, text: str) -> bool:
    """Whether `g` may restate the quantity `e` measured: the same unit, money against money, or no unit of its own
    against a count or a sum ("مقابل 720 ألفا" after "49 مليون دينار")."""
    if e.unit == g.unit:
        return True
    if _money(e, text) and _money(g, text):
        return True
    return g.unit is None and e.unit not in ("percent", "percentage points")


def _against(before: str, lang: str) -> bool:
    if lang == "ar":
        return _AR_AGAINST.search(strip_arabic_marks(before)) is not None
    return _HE_AGAINST.search(before) is not None


# Between a level left after "من" and the one reached: the first's unit words and "إلى" (with a bound).
_FROM_TO_GAP = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:إلى|الى)\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?")


def _from_to(e: Fact, g: Fact, text: str) -> bool:
    """Whether `g` is the level reached from `e` ("من 1.1 مليار جنيه إلى 1.65 مليار جنيه"), the same quantity, with
    no noun of its own after it; then it counts what `e` does."""
    if e.number is None or g.number is None or not e.counts or not _same_quantity(e, g, text):
        return False
    if not _AR_FROM.search(strip_arabic_marks(text[: e.number.start])):
        return False
    gap = text[e.number.end : g.number.start]
    units = re.sub(CURRENCY_WORDS, "", gap) if re.match(CURRENCY_WORDS, gap) else gap
    return _FROM_TO_GAP.fullmatch(units) is not None and not _own_noun(g, text, "ar")


# "per" right before a figure: the base of a rate ("4 حالات وفاة لكل 100 ألف نسمة", "5 רופאים לכל 1,000 תושבים").
_PER_BASE = re.compile(r"(?<!\S)(?:لكل\s*(?:ال)?|לכל\s*)$")


def share_compared(facts: list[Fact], text: str, lang: str) -> None:
    """A figure set against an earlier one ("مقابل", "مقارنة بـ", "לעומת") with no noun of its own counts what that
    earlier figure of the same quantity counts (its own reading was a time: "في نفس الفترة", "بינואר בשנה"); so does
    the level left after "from" ("إلى 193 ... من 198"), and a conversion in brackets after such a figure."""
    changed: set[int] = set()
    for i, g in enumerate(facts):
        n = g.number
        if n is None or i == 0:
            continue
        previous = facts[i - 1]
        if id(previous) in changed and previous.number is not None and _CONVERSION_GAP.fullmatch(
            text[previous.number.end : n.start]
        ):
            g.counts = previous.counts  # "مقابل 25 مليار جنيه (3.2 مليار دولار)": the same sum, converted
            changed.add(id(g))
            continue
        if lang == "ar" and _from_to(previous, g, text):
            g.counts = previous.counts  # "رفعت رأسمالها من 200 مليون جنيه إلى 300 مليون": the level it rose to
            changed.add(id(g))
            continue
        before = text[: n.start]
        against = _against(before, lang)
        # (the level reached may have its conversion in brackets between: "إلى 193 تريليون ليرة (128 مليار دولار)")
        reached = next(
            (e for e in reversed(facts[:i])
             if e.number is not None and e.unit != "percent" and _same_quantity(e, g, text)
             and _AR_TO.search(strip_arabic_marks(text[: e.number.start]))),
            None,
        ) if lang == "ar" else None  # fmt: skip
        left = reached is not None and _AR_FROM.search(strip_arabic_marks(before)) is not None
        if left and reached is not None and reached.number is not None:
            # ("إلى 373.9 مليار، بنسبة انخفاض 2.9%، كما تراجع رأس المال لمؤشر آخر من 141.6": a clause of its own
            # verb and subject between them names what this "from" level is of)
            left = not ar_new_change_clause(text[reached.number.end : n.start])
        timed = lang == "he" and _HE_TIME_AFTER.match(re.sub(CURRENCY_WORDS, "", text[n.end :])) is not None
        restating = lang == "he" and _HE_RESTATED.search(before) is not None
        if restating and not _own_noun(g, text, lang):
            # "5.6% תוצר, השקולים ל-105.3 מיליארד שקל", "בכ-0.8%, שהם 13.4 מיליארד": the same quantity in money
            said = next((e for e in reversed(facts[:i]) if e.counts and (e.unit == "percent" or _money(e, text))), None)
            if said is not None:
                g.counts = said.counts
                changed.add(id(g))
            continue
        if not (against or left) or (_own_noun(g, text, lang) and not timed):
            continue
        candidates = [e for e in reversed(facts[:i]) if e.number and e.counts and _same_quantity(e, g, text)]
        # (not the base of a rate: "4 حالات وفاة لكل 100 ألف نسمة، مقابل 4.4 في عام 2019" sets rate against rate)
        candidates = [e for e in candidates if not _PER_BASE.search(text[: e.number.start] if e.number else "")]
        # (a figure with no unit of its own left its currency unsaid, "حوالي 132 مليون دينار، مقابل 109 ملايين": the
        # nearest sum before it, not an earlier one that also left its currency unsaid)
        same_unit = (c for c in candidates if c.unit == g.unit) if g.unit is not None else iter(())
        e = next(same_unit, candidates[0] if candidates else None)
        if e is None or e.counts == g.counts:
            continue
        g.counts = e.counts
        changed.add(id(g))


def share_conversions(facts: list[Fact], text: str) -> None:
    """A sum converted in brackets right after another ("13.1 مليار جنيه (1.67 مليار دولار)") counts what that sum
    counts, read again once the passes above have given the first its noun."""
    for f, g in zip(facts, facts[1:], strict=False):
        if f.number is None or g.number is None or not f.counts:
            continue
        gap = text[f.number.end : g.number.start]
        if f.unit == "percent" and _money(g, text) and re.fullmatch(r"\s*[%٪]?\s*\(\s*", gap):
            g.counts = f.counts  # "مقابل 1% (170 مليار جنيه)": a share of the product, then the same sum in brackets
            continue
        if not (_money(f, text) and _money(g, text)):
            continue
        # ("250 مليون دينار، حوالي 352.5 مليون دولار": after a comma, the same sum about so much in another currency)
        approximate = re.search(r"(?:نحو|حوالي|حوالى|قرابة|يعادل|يوازي)\s*$", gap) is not None or (
            re.match(r"(?:أي\s+)?(?:نحو|حوالي|حوالى|قرابة|ما\s+يعادل|ما\s+يوازي)", g.text) is not None
        )
        other_money = g.unit != f.unit and _COMMA_GAP.fullmatch(gap) is not None
        if _CONVERSION_GAP.fullmatch(gap) or (approximate and other_money):
            g.counts = f.counts


# What stands between a step in percent and the level it reached: the percent sign, adjuncts of basis and time
# (with their commas), then "to": "% على أساس سنوي خلال فترة الـ7 أشهر، بنهاية شهر أكتوبر الماضي، إلى".
_STEP_THEN_TO = re.compile(
    r"\s*(?:[%٪]|(?:في\s+|بال)?الم[ئا]+ة|بالمائة)?\s*(?:[،,]?\s*(?:على\s+أساس\s+\S+|(?:خلال|في|بنهاية|منذ|حتى)\s+"
    r"(?:[^\s\d،,]+\s+){0,3}?(?:ال\u0640?\s*)?[\d٠-٩]*\s*[^\s\d،,]+)\s*)*[،,]?\s*(?:إلى|الى)\s*"
    r"(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?"
)


def share_past_figure(facts: list[Fact], text: str) -> None:
    """An Arabic figure whose reading ran back over another figure ("زيادة في قيمة الواردات بنسبة 24 % خلال تموز
    بلغت نحو 47.8 مليار": a reading that holds "24 %") is read as the figure before it: what that one counts."""
    for i, f in enumerate(facts):
        if f.number is None or i == 0:
            continue
        before = re.sub(r"(?:نحو|حوالي|حوالى|قرابة|زهاء)\s*$", "", strip_arabic_marks(text[: f.number.start]))
        # (or a reading that is only the step's lead: "ارتفاعا بنسبة 85.2 بالمائة لتبلغ 803.3 مليون" read "بنسبة")
        # (or one that took the verb of reaching itself: "بنسبة 4% لتبلغ نحو 3 مليارات" read "ارتفعت لتبلغ")
        reaching_read = f.counts is not None and re.search(r"(?<!\S)(?:لتصل|ليصل|لتبلغ|ليبلغ)(?!\S)", f.counts)
        lead_read = f.counts is not None and re.fullmatch(r"(?:نسبته|نسبتها|قدره|قدرها|مقداره|مقدارها)", f.counts)
        unread = f.counts is None or f.counts in AR_LEADS or reaching_read or lead_read
        if unread and AR_REACHING.search(before) and facts[i - 1].counts:
            f.counts = facts[i - 1].counts  # "تراجعت الصادرات بنسبة 2.6 %، لتبلغ نحو 13.1 مليار": the level reached
            continue
        previous = facts[i - 1]
        step = previous.number if previous.unit == "percent" and previous.counts else None
        if step is not None and (f.counts is None or f.counts in AR_LEADS) and _STEP_THEN_TO.fullmatch(
            strip_arabic_marks(text[step.end : f.number.start])
        ):
            # "ارتفعت الإيرادات بنسبة 28.5 بالمائة على أساس سنوي إلى 20.58 مليار": the level the step led to
            f.counts = previous.counts
            continue
        if not f.counts or not re.search(r"[\d٠-٩][\d٠-٩.,]*\s*(?:[%٪]|(?:في\s+|بال)?الم[ئا]+ة)", f.counts):
            continue  # (only a percentage: "لمدة (بها 20 دقيقة يوميا)" is a span's lead and its clause)
        earlier = next((e for e in reversed(facts[:i]) if e.counts and not re.search(r"[\d٠-٩%٪]", e.counts)), None)
        if earlier is not None and earlier.number is not None and earlier.number.end <= f.number.start:
            f.counts = earlier.counts


# A relative clause whose verb of amounting gives a level of its antecedent, a period or a point of comparison, with
# a pronoun or an adverb of time between verb and figure: "مقارنة مع الربع الثاني الذي بلغ خلاله 22.6 %", "والذي بلغ
# آنذاك 16.3 %". What the level is of is what the earlier figure of the same unit counts.
_AR_RELATIVE_LEVEL = re.compile(
    r"(?<!\S)و?(?:الذي|الذى|التي|التى)\s+(?:كان\s+|كانت\s+)?(?:قد\s+)?(?:بلغ|بلغت|سجل|سجلت|وصل|وصلت)"
    r"(?:\s+(?:خلاله|خلالها|آنذاك|حينها|حينذاك|وقتها|فيه|فيها|حينئذ))?\s*(?:إلى\s*|الى\s*)?"
    r"(?:نحو|حوالي|حوالى|قرابة|زهاء)?\s*$"
)


def share_relative_level(facts: list[Fact], text: str) -> None:
    """An Arabic figure given by a relative clause ("الذي بلغ خلاله 22.6 %") counts what the figure of the same unit
    before it counts: the same quantity at the other time."""
    for i, f in enumerate(facts):
        before = strip_arabic_marks(text[: f.number.start]) if f.number is not None else ""
        relative = _AR_RELATIVE_LEVEL.search(before)
        # (only of a period: "الواردات التي بلغت 60 مليون" is the imports' own level)
        if relative is None or not any(map(ar_period, re.findall(r"\S+", before[: relative.start()])[-4:])):
            continue
        earlier = next((e for e in reversed(facts[:i]) if e.unit == f.unit and e.counts), None)
        if earlier is not None:
            f.counts = earlier.counts


# An item of a list of changes: a noun opening its clause (after a comma and "و"), then the change: "، وهولندا |
# بزيادة في حدود 7 %", "، والسياحة بارتفاع 4 %".
_OWN_CHANGED = re.compile(
    rf"[،,]\s*و((?!ال?(?:ذي|تي|ذين)\b)[\u0621-\u064a]{{3,}}(?:\s+ال[\u0621-\u064a]{{2,}})?)\s+ب(?:{AR_CHANGE_NOUNS})"
    r"(?:\s+\S+){0,3}?\s*$"
)


# What a change measured in percent is a change in, after the figure: "بنسبة 17 في المئة | في عدد المغاربة المقيمين"
# (a measure noun after "في": "in the number of", not a time or a place, "في الربع الأول", "في المدن").
_AR_CHANGE_IN = re.compile(
    rf"\s*(?:[%٪]|(?:في\s+|بال)?الم[ئا]+ة|بالمائة)\s+في\s+((?:ال)?{AR_MEASURE}\s+ال?[\u0621-\u064a]{{2,}}"
    r"(?:\s+ال[\u0621-\u064a]{2,})?)"
)


def _own_changed_noun(before: str) -> str | None:
    """The noun an item of a list of changes opens with, when its clause holds no verb (else the verb's subject)."""
    m = _OWN_CHANGED.search(strip_arabic_marks(before))
    if m is None or re.search(r"[\d٠-٩]", m.group(0)):
        return None
    words = m.group(1).split()
    if any(w in AR_STOP or re.fullmatch(AR_VERB, w) for w in words) or re.match(r"[يت]", words[0]):
        return None
    return " ".join(words)


# A change noun glued to "by" right after another figure and its unit words, with no comma or verb between: "سجلت
# العقود الآجلة لخام برنت 75.84 دولاراً للبرميل عند التسوية | بارتفاع 1.79 دولار", "بلغ 40 دينارا للغرام بانخفاض 2 %";
# or "by a share / an amount" alone after the level a verb of change reached: "وارتفعت الصادرات إلى 5 مليارات ريال |
# بنسبة 12%". The change is of what the level before counts, not of the unit or adjunct words the reading ran back over.
_AR_CHANGE_AFTER_LEVEL = re.compile(
    rf"\s*((?:[^\W\d]+\s+){{0,5}}?)(?:[وف]?ب({AR_CHANGE_NOUNS})(?:\s+(?:بمقدار|بنسبة|قدره|قدرها|نسبته|نسبتها))?"
    r"|(بنسبة|بمقدار))\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?"
)
# A level's reading that ran on into the change after it: "بزيادة نسبتها (أرباح الشركة)".
_CHANGE_READ_AS_NOUN = re.compile(
    rf"[وف]?ب(?:{AR_CHANGE_NOUNS})(?:\s+(?:بمقدار|بنسبة|قدره|قدرها|نسبته|نسبتها))?\s+\(([^()]+)\)"
)
# What the figure after "بنسبة" may be instead: a share of a whole named after it ("بنسبة 30% من إجمالي الصادرات").
_AR_SHARE_OF = re.compile(r"\s*(?:[%٪]|(?:في\s+)?الم[ئا]+ة|بالم[ئا]+ة)\s+(?:من|مِن)(?!\S)")


def _change_after_level(facts: list[Fact], i: int, text: str) -> str | None:
    """The change of a figure right after an earlier figure's unit words ("75.84 دولاراً للبرميل بارتفاع | 1.79"):
    its change noun, or "" after a bare "بنسبة"/"بمقدار" when the earlier figure is a level reached ("إلى 5 مليارات
    ريال بنسبة | 12%"); None when the earlier one has no reading of its own or a clause opens between them."""
    f = facts[i]
    earlier = facts[i - 1] if i else None
    if f.number is None or earlier is None or earlier.number is None or not earlier.counts:
        return None
    m = _AR_CHANGE_AFTER_LEVEL.fullmatch(strip_arabic_marks(text[earlier.number.end : f.number.start]))
    if m is None:
        return None
    words = m.group(1).split()
    # (the words between are the level's unit and adjuncts, no verb or new subject: "مليارات وارتفعت الواردات بنسبة")
    if any(re.fullmatch(AR_VERB, w) or w.startswith("وال") for w in words):
        return None
    if m.group(2):
        return m.group(2)
    before_level = strip_arabic_marks(text[: earlier.number.start])
    reached = AR_REACHING.search(before_level) is not None or _AR_TO.search(before_level) is not None
    if not reached or _AR_SHARE_OF.match(strip_arabic_marks(text[f.number.end :])):
        return None
    return ""


# The same change restated in other terms after "or": "بارتفاع 1.79 دولار | أو | 2.4 في المئة".
_AR_OR_RESTATED = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}أو\s*(?:(?:نحو|حوالي|حوالى|قرابة)\s*)?")
# A share word alone after a comma, the change named before it: "وتراجعت أعداد الوفيات ... مقارنة بعام 2022، بنسبة
# بلغت 24.3%". What the figure measures is the subject of the clause before the comma.
_AR_BARE_SHARE = re.compile(r"[وف]?ب?(?:نسبة|نسب)(?:\s+(?:بلغت|بلغ|قدرها|قدره|تقدر|يقدر|وصلت|وصل))?")
_AR_COMMA_SHARE = re.compile(r"[،,]\s*[وف]?ب(?:نسبة|نسب)(?:\s+(?:بلغت|بلغ|قدرها|قدره|تقدر|يقدر|وصلت|وصل))?\s*$")


def _share_level_change(facts: list[Fact], i: int, text: str, change: str) -> None:
    """Give the figure `i`, the change after a level (`change` its noun, "" for a bare "بنسبة"), what the level before
    it counts; and the same change restated after "أو" ("1.79 دولار أو 2.4 في المئة") the same."""
    f, level_fact = facts[i], facts[i - 1]
    level = level_fact.counts or ""
    ran_on = _CHANGE_READ_AS_NOUN.fullmatch(strip_arabic_marks(level))
    if ran_on:  # ("120 مليون دينار بزيادة نسبتها": the level read the change after it as its noun)
        level = level_fact.counts = ran_on.group(1)
    read, f.counts = f.counts, f"{change} ({level})" if change else level
    restated = facts[i + 1] if i + 1 < len(facts) else None
    if f.number is None or restated is None or restated.number is None or restated.counts != read:
        return
    # ("بارتفاع 1.79 دولار أو 2.4 في المئة": the same change in percent, its reading run back alike)
    if _AR_OR_RESTATED.fullmatch(strip_arabic_marks(text[f.number.end : restated.number.start])):
        restated.counts = f.counts


def _share_after_comma(f: Fact, text: str) -> str | None:
    """What a figure read only as "بنسبة" after a comma measures: the subject of the clause before the comma."""
    if f.number is None or not f.counts or not _AR_BARE_SHARE.fullmatch(strip_arabic_marks(f.counts)):
        return None
    before = strip_arabic_marks(text[: f.number.start])
    comma = _AR_COMMA_SHARE.search(before)
    if comma is None:
        return None
    subject = rtl_context(before[: comma.start()].rstrip() + " بنسبة ", "ar")
    return subject if subject and not _AR_BARE_SHARE.fullmatch(subject) else None


def share_bare_change(facts: list[Fact], text: str) -> None:
    """An Arabic figure whose reading is a change noun alone ("بارتفاع", "بزيادة نسبتها") measures the change of
    what an earlier figure of the sentence counts ("بلغت الصادرات 2.2 مليار، بارتفاع بنسبة 14 %"); with no figure
    before, of the subject of the clause before the comma ("شهدت الصادرات نموا ملحوظا، بارتفاع 400 %")."""
    for i, f in enumerate(facts):
        after_level = _change_after_level(facts, i, text)
        if after_level is not None:  # "75.84 دولاراً للبرميل عند التسوية بارتفاع 1.79 دولار": the level's change
            _share_level_change(facts, i, text, after_level)
            continue
        share = _share_after_comma(f, text)
        if share is not None:  # "...، بنسبة بلغت 24.3%": the change of the clause before the comma
            f.counts = share
    bare = [f.counts is not None and _AR_BARE_CHANGE.fullmatch(strip_arabic_marks(f.counts)) for f in facts]
    for i, f in enumerate(facts):
        found = bare[i]
        if f.number is None or not found:
            continue
        change = found.group(1)
        reached = AR_REACHING.search(text[: f.number.start]) is not None  # "لتصل إلى 130 مليون": the level itself
        measured_after = _AR_CHANGE_IN.match(strip_arabic_marks(text[f.number.end :]))
        if measured_after:  # "نمو قوي بنسبة 17 % في عدد المغاربة المقيمين": what changed, named after the figure
            words = [w for w in measured_after.group(1).split() if w not in AR_STOP]
            f.counts = f"{change} ({' '.join(words)})"
            continue
        own = _own_changed_noun(text[: f.number.start])
        if own and not reached:  # "، وهولندا بزيادة في حدود 7 %": an item of a list, its own noun before the change
            f.counts = f"{change} ({own})"
            continue
        earlier = next((e for k, e in reversed(list(enumerate(facts[:i]))) if e.counts and not bare[k]), None)
        if earlier is not None and earlier.counts:
            f.counts = earlier.counts if reached else f"{change} ({earlier.counts})"
            continue
        clause = re.split(rf"[،,]\s*[وف]?ب?(?:ال)?(?:{AR_CHANGE_NOUNS})", text[: f.number.start])
        if len(clause) < 2:
            continue
        subject = rtl_context(clause[-2].rstrip() + " بنسبة ", "ar")
        inner = re.search(r"\(([^()]+)\)$", subject or "")
        subject = inner.group(1) if inner else subject  # "نموا ملحوظا (الصادرات ...)": what recorded the change
        if subject and change not in subject:
            f.counts = subject if reached else f"{change} ({subject})"


# A Hebrew pronoun opening the clause of a figure ("ירדו ב-5.4%, והן עומדות כעת על 59.7 מיליארד"): it stands for
# what the figure before it in the sentence counts.
_HE_PRONOUN = re.compile(r"ו?(?:הן|הם|הוא|היא)(?:\s|$)")


def share_he_pronoun(facts: list[Fact]) -> None:
    """A Hebrew figure whose reading opens with a pronoun subject counts what the figure before it counts."""
    for i, f in enumerate(facts):
        if i == 0 or f.number is None or not f.counts or not _HE_PRONOUN.match(f.counts):
            continue
        earlier = next((e for e in reversed(facts[:i]) if e.counts and not _HE_PRONOUN.match(e.counts)), None)
        if earlier is not None:
            f.counts = earlier.counts


# A Hebrew share of the national product after a percentage: "5.6% תוצר", "4.9% מהתוצר", '3% מהתמ"ג'.
_HE_OF_PRODUCT = re.compile(r"\s*%?\s*(?:מ|ל)?(?:ה)?(?:תוצר|תמ[\"״]ג)(?![\u05d0-\u05ea])")
_HE_TIME_NOUNS = {"החודש", "השנה", "השבוע", "הרבעון", "היום", "הבוקר", "הערב", "השנים", "החודשים"}


def share_he_product(facts: list[Fact], text: str) -> None:
    """A Hebrew percentage of the national product ("הגירעון ... הגיע לרמה של 5.6% תוצר", "גדל הגירעון בכ-0.8%
    תוצר") measures the definite noun its clause is about (a deficit, a debt, a spending), not the product."""
    for f in facts:
        if f.number is None or f.unit != "percent" or not _HE_OF_PRODUCT.match(text[f.number.end :]):
            continue
        clause = re.split(r"[,;:()]", text[: f.number.start])[-1].split()
        # (a reported clause after "כי" or a glued "ש": "שר האוצר אמר כי הגירעון יעמוד על 2.8% מהתוצר" is the
        # deficit's, not the minister's office's)
        glued = r"שה[\u05d0-\u05ea]{2,}"
        that = max((k for k, w in enumerate(clause) if w == "כי" or re.fullmatch(glued, w)), default=-1)
        if that >= 0:
            clause = [clause[that][1:]] + clause[that + 1 :] if clause[that] != "כי" else clause[that + 1 :]
        start = next((k for k, w in enumerate(clause)
                      if re.fullmatch(r"ה[\u05d0-\u05ea]{2,}", w) and w not in _HE_TIME_NOUNS), None)  # fmt: skip
        if start is None:
            continue
        words = [clause[start]]
        for w in clause[start + 1 : start + 3]:
            if not re.fullmatch(r"ה[\u05d0-\u05ea]{2,}", w) or w in _HE_TIME_NOUNS or verb_in_he(w):
                break  # (a verb in ה ends the noun: "הגירעון המצטבר הגיע ל-5.6% תוצר")
            words.append(w)  # "הגירעון המצטבר": its definite adjectives
        f.counts = " ".join(words)


# "og" and a finite verb (and its preposition) right before a Danish figure: a second verb of the same subject
# ("stiger med 1,9 mia. kr. i forhold til budget 2025 | og udgør | 21,5 mia. kr."); not a definite noun, the subject of
# a gapped clause ("steg 7,8 procent og importen | 4,8 procent").
_DA_AND_VERB = re.compile(r"(?<!\S)og\s+(?:(?:er|har|blev|var|vil|skal|kan)\s+[a-zæøå]{3,}|"
                          r"(?![a-zæøå]+(?:en|et|ne)\s)[a-zæøå]{3,})\s+"
                          r"(?:(?:på|med|til|op\s+til)\s+)?"
                          r"(?:(?:cirka|ca\.|omkring|knap|godt|næsten|over|under)\s+)?$")


def share_da_coordinated_verb(facts: list[Fact], text: str) -> None:
    """A Danish figure after "og" and a second verb, whose reading is a word of the first verb's complement
    ("budget" of "i forhold til budget 2025"), counts what the figure before it counts (the shared subject)."""
    for f, g in zip(facts, facts[1:], strict=False):
        if f.number is None or g.number is None or not f.counts or not g.counts:
            continue
        gap = text[f.number.end : g.number.start]
        verb = _DA_AND_VERB.search(gap)
        if verb is None or "," in gap or len(gap.split()) > 12:
            continue
        own = g.counts.split(" (")[0]
        if re.search(rf"(?<!\w){re.escape(own)}(?!\w)", gap):
            # its reading came from the first verb's complement or is the second verb itself ("og nåede 3,2 mia."):
            # the subject is the first's (not the whole of a share: "59 pct. af budgettet (Udgifterne)")
            inner = re.fullmatch(r"[^()]+ \(([^()]+)\)", f.counts) if f.unit == "percent" != g.unit else None
            g.counts = inner.group(1) if inner else f.counts


_SPANS = {"percent", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times"}
# A part pointing back with nothing else read ("9.5% מתוכם נמצאו חיוביות", "منهم", "af dem").
_OF_THEM_ALONE = re.compile(r"(?:[וש]?(?:מתוכם|מתוכן|מהם|מהן)|[و]?(?:منهم|منها|منهن)|(?:of|af)\s+(?:them|dem))")


def share_of_them_before(numbered: list[Fact], told: list[Fact]) -> None:
    """A figure opening its sentence whose reading is only "of them" ("אתמול בוצעו 286,052 בדיקות. 9.5% מתוכם נמצאו
    חיוביות") is a part of what the last figure of the sentence before counts (`told`: the figures before)."""
    for i, f in enumerate(numbered):
        if i or not f.counts or not _OF_THEM_ALONE.fullmatch(f.counts.strip()):
            continue
        # (a group, not a span: "هجوم واحد كل 29 ساعة. 91% منها": the attacks)
        before = [e for e in told if e.sentence == f.sentence - 1 and e.counts and e.unit not in _SPANS]
        before = [e for e in before if not _OF_THEM_ALONE.fullmatch(e.counts or "")]
        if before:
            f.counts = before[-1].counts


# A Danish main clause opened by an adverb, its finite verb, then the definite subject right before the figure (V2):
# "Heraf udgør serviceudgifterne | 3,1 mia. kr.", "Samtidig steg ledigheden | med 0,2 procentpoint".
_DA_INVERTED = re.compile(
    # (the opener no definite noun itself, the word after it no preposition: "Udgifterne til ældreplejen er steget")
    r"^\s*((?![A-ZÆØÅ][a-zæøå]+(?:en|et|ne)\s)[A-ZÆØÅ][a-zæøå]+)\s+(?!(?:til|af|på|i|for|fra|med|om|og)\s)[a-zæøå]{2,}\s+"
    r"((?:[a-zæøå]+\s+){0,2}[a-zæøå]{3,}(?:en|et|ne|erne|ene))\s+"
    r"(?:(?:på|med|til|cirka|ca\.|omkring|godt|knap|næsten)\s+)*$"
)


def share_da_inverted_subject(numbered: list[Fact], text: str) -> None:
    """A Danish figure whose reading is the clause's opening adverb ("Heraf") counts the definite subject the verb
    puts after itself ("Heraf udgør serviceudgifterne 3,1 mia. kr.")."""
    for f in numbered:
        inverted = _DA_INVERTED.match(text[: f.number.start]) if f.number is not None else None
        if inverted and (f.counts is None or f.counts == inverted.group(1)):
            f.counts = inverted.group(2)


# "Of them" right before a figure inside its sentence: "5,358 - מתוכם 94 במצב קשה", "436, מתוכם 122 במצב קריטי".
_OF_THEM_BEFORE = re.compile(r"(?:^|[\s,\-–])[ו]?(?:מתוכם|מתוכן|מהם|מהן)\s*$|(?<!\S)[و]?(?:منهم|منها)\s*$")


def share_of_them_within(numbered: list[Fact], text: str) -> None:
    """A figure after "of them" in its own sentence whose reading is only a state or a place ("מתוכם 94 במצב קשה")
    is a part of what the figure before counts: its state, and of what."""
    for i, g in enumerate(numbered):
        if not i or g.number is None or not _OF_THEM_BEFORE.search(text[: g.number.start]):
            continue
        whole = numbered[i - 1].counts
        if not whole or (g.counts and not re.match(r"[בלמ]|في|ب", g.counts)):
            continue
        g.counts = f"{g.counts} ({whole})" if g.counts else whole


def share_restated(numbered: list[Fact], text: str, lang: str, told: list[Fact] | None = None) -> None:
    """What the figures of one sentence count when one restates another's quantity, read once each has its own
    reading: in Arabic and Hebrew a level set against an earlier one, a change noun alone, a pronoun, a share of the
    product; in Danish a second verb of the same subject; in any language "of them" pointing to the sentence before
    (`told`: the figures of the sentences before)."""
    share_of_them_before(numbered, told or [])
    if lang == "en":  # "rose 3% to $410m, but were down 5%", "12% higher than the $497m": the measure named before
        share_en_restated(numbered, text, told)
    if lang == "da":  # "stiger med 1,9 mia. kr. i forhold til budget 2025 og udgør 21,5 mia. kr.": one subject
        share_da_coordinated_verb(numbered, text)
        share_da_inverted_subject(numbered, text)
        share_da_equivalent(numbered, text)  # "en stigning på 1,37 pct. svarende til 370 mio. kr.": the same quantity
        da_poll_shares(numbered, text)  # "48 procent er uenige", "17 procent mener, at ...": the view held
    if lang not in ("ar", "he"):
        return
    if lang == "ar":  # "بنسبة 24 % خلال تموز بلغت 47.8 مليار": a reading run back over another figure
        share_past_figure(numbered, text)
        ar_first_spans(numbered, text)  # "خلال أول 5 أشهر": months, not the words before "أول"
        ar_measure_after(numbered, text)  # "9.5 بالمئة نسبة تراجع قيمة الصادرات": the measure's complement
        ar_session_change(numbered, text)  # "أغلق المؤشر تعاملاته على ارتفاع بنسبة 0.8%": the index's change
        ar_quoted_items(numbered, text)  # "'مجموعة الأمتعة الشخصية' بنسبة 5.75%": the quoted group
        share_relative_level(numbered, text)  # "مقارنة مع الربع الثاني الذي بلغ خلاله 22.6 %": the same rate, then
    if lang == "he":  # "ירדו ב-5.4%, והן עומדות על 59.7 מיליארד": the pronoun stands for the figure before
        share_of_them_within(numbered, text)  # "מספר החולים 436, מתוכם 122 במצב קריטי": critical patients
        share_he_pronoun(numbered)
        share_he_product(numbered, text)  # "גדל הגירעון בכ-0.8% תוצר": the deficit
        share_he_standings(numbered, text)  # "עם 38 נקודות ... ומכבי חיפה כבר עם 25": points, as the table
        he_restated_change(numbered, told or [])  # "נהרגו 341 בני אדם. מדובר בעלייה של 19%": of the killed
    share_compared(numbered, text, lang)
    if lang == "ar":  # (then again: "لتصل إلى 130 مليون مقارنة بـ 26 مليون" once the level has its noun)
        share_bare_change(numbered, text)
        ar_place_list(numbered, text)  # "606 في عمان، و19 في الكرك": the same count, in another place
        ar_ranked_items(numbered, text)  # "وجاءت ثانياً منطقة Y بـ 1.9 مليار": the first item's measure, of Y
        share_compared(numbered, text, lang)
        share_conversions(numbered, text)
