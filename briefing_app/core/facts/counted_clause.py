"""What a figure is about when nothing names it: a label before a colon ("Population: 12,000"), the
clause it ends, in Hebrew and Arabic the words before it. Split out of `counted`."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_bounds import ar_sum_word
from briefing_app.core.facts.ar_times import ar_without_time
from briefing_app.core.facts.counted_rtl import ar_without_age_band
from briefing_app.core.facts.durations import what_lasts
from briefing_app.core.facts.evaluative_adjectives_en import without_evaluative_adjective
from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.facts.figure_words import (
    AR_CONVERTED_BEFORE,
    AR_LEADS,
    AR_PER_UNIT,
    AR_STOP,
    AR_VERB,
    HE_STOP,
    MEASURES,
    PRONOUNS,
    STOP,
)
from briefing_app.core.facts.figures_he import in_word_gershayim
from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.he_time_adjuncts import he_without_time
from briefing_app.core.facts.subject_before import BARE_COUNT_CLAUSE
from briefing_app.core.numbers import NumberMatch, strip_arabic_marks

# A label and a colon after another colon, a semicolon or a full stop: "...: Cuts to libraries: 40 million".
_INNER_LABEL = re.compile(
    r"(?:^|[:;.!?])\s*([^\W\d_][^:;.!?()\"“”]{0,70}?)\s*:\s*(?:about|some|around|nearly|over)?\s*$"
)
# A short label and a colon that open the sentence before its figure: "Population: 12,000", "Budget: $4m".
_LABEL = re.compile(r"^\s*((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*:\s*(?:about|some|around|nearly|over)?\s*$",
                    re.IGNORECASE)  # fmt: skip


# The year a Hebrew or Arabic label before a colon is for: "תקציב המדינה | לשנת 2019:", "ميزانية الدولة | لعام 2019:".
_LABEL_YEAR = re.compile(r"\s+(?:[לב]?-?(?:שנת|השנה|שנות)|[لف]?(?:عام|العام|سنة)|في)\s*-?\s*\d{4}(?:\s*-\s*\d{4})?\s*$")


# After a Danish figure opening its sentence, its unit, then the verb second and its subject: "64.966 kroner lød
# den samlede regning på ...", "20 procent var andelen af ...".
_DA_FRONTED_FIGURE = re.compile(
    r"\s*(?:kroner|kr\.|procent|pct\.|euro|millioner|milliarder)?\s+(?:lød|lyder|var|er|blev|bliver|udgjorde|udgør)\s+"
    r"((?:den|det|de)\s+(?:[a-zæøå]+\s+){0,2}[a-zæøå]+)(?=\s+(?:på|for|til|i|af|med|ved|over)\b|\s*[,.]|$)"
)


def _is_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


# A name (in quote marks or capitalised) and a relative clause whose verb took it to the figure: '"No Strings
# Attached," which raced to | 10 million', "Acme, which climbed past | 500".
_REACHED_IN_RELATIVE = re.compile(
    r"([\"“][^\"“”]{2,60}[,.]?[\"”]|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*,?\s+which\s+"
    r"(?:[a-z]+\s+)?[a-z]+(?:ed|ose|ew|an|ot|it)\s+(?:to|past|above|beyond|over)\s+(?:about\s+|nearly\s+|almost\s+)?$"
)


_CLAUSE_BEFORE_RE1 = re.compile(r"\d")


def clause_before(text: str, n: NumberMatch, lang: str) -> str | None:
    """What a figure is about when nothing names it, not even by ellipsis (called after the sharing): the
    clause it ends ("He earns | $2,000 a month"), in Hebrew the words before it ("השקל התחזק | ב-2%")."""
    before = before_qualifier(text, n)  # ("Mere end 30 millioner skal spares": the qualifier is the figure's)
    if n.currency:  # "GBP17.75": the code written against the digits is the currency's, no word of the clause
        before = re.sub(r"(?<![^\W\d_])(?:GBP|USD|EUR|JPY|CHF|AUD|CAD)$", " ", before)
    if lang == "en":  # "grossed a confirmed $4m": how it was reckoned, no noun of the clause
        before = without_evaluative_adjective(before)
    if lang == "en":  # "reported to be in the region of 80 million euros": the approximation is no noun
        before = re.sub(r"\bin\s+the\s+region\s+of\s*(?:US\$|[$£€])?\s*$", "", before)
    if lang == "en" and BARE_COUNT_CLAUSE.fullmatch(before):
        return None  # "Today there are | 14 in X", "In Sligo, | 28 are waiting": no clause before names what is counted
    if lang in ("en", "da"):
        bare = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before)
        label = _LABEL.search(bare) if len(before) < 60 else None
        first = label.group(1).split()[0].lower() if label else ""
        dateline = label is not None and label.group(1).isupper() and _is_place(label.group(1).title())
        if dateline or (lang == "da" and not before.strip(" \"'“‘")):
            # "NORDJYLLAND: 64.966 kroner lød den samlede regning ...": a dateline in capitals is no label; a Danish
            # sentence opening with its figure puts the verb second and the subject the figure measures after it
            fronted = _DA_FRONTED_FIGURE.match(text, n.end) if lang == "da" else None
            return fronted.group(1) if fronted else what_lasts(before, lang)
        if label and first not in STOP[lang] and first not in PRONOUNS:
            return label.group(1)  # "Population: 12,000", "Death toll: 45": the label the figure is given
        inner = _INNER_LABEL.search(bare)
        words = inner.group(1).split() if inner and not re.search(r"\d", inner.group(1)) else []
        if words and len(words) <= 7 and words[0].lower() not in PRONOUNS:
            # "... @someone: Cuts to libraries: 40 million; rescuing the airline: 900 million": a label after
            # another colon or a semicolon names the figure as the sentence's first label does
            return " ".join(words)
        relative = _REACHED_IN_RELATIVE.search(bare) if lang == "en" else None
        if relative is not None:
            return relative.group(1).strip(" ,\"“”")  # '"No Strings Attached," which raced to 10 million': the album
        # (a word or two in quote marks is a name of the clause's object, no edge of it: 'broadcast the “adzan”')
        lasting = what_lasts(re.sub(r"[“\"]([^”\"\s]+(?:\s[^”\"\s]+)?)[”\"]", r"\1", before), lang)
        if lasting and lasting.lower() in ("above", "below", "over", "under", "past", "beyond"):
            # ("pushed the barometer, the Dow Jones Industrial Average, above 17,000": the name set off before it)
            pushed = re.search(r"((?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*),\s*\w+\s*$", bare)
            return pushed.group(1) if pushed else None
        measured = [str(w).lower() for w in re.findall(r"[A-Za-z]+", bare) if w.lower() in MEASURES]
        if measured and not lasting and re.search(r"\(\s*$", bare):
            return measured[-1]  # "The rate was highest among adults 65 and older (294.9 per 100,000)": the rate
        return lasting
    if lang in ("he", "ar"):
        before = ar_without_age_band(before) if lang == "ar" else before  # "للفئة العمرية (15 سنة فأكثر) (13.5%)"
        pieces = re.split(r"[,.;:!?\"“”()،؛]", in_word_gershayim(before) if lang == "he" else before)
        ahead = pieces[-1]
        if not ahead.strip() and len(pieces) > 1 and re.search(r":\s*$", before):
            # "אישרה את תקציב המדינה לשנת 2019: 397.3 מיליארד", "ميزانية الدولة لعام 2019: 397 مليار": the label
            # before the colon, without the year it is for
            ahead = _LABEL_YEAR.sub("", pieces[-2])
        ahead = re.sub(r"(?<!\S)(?:[ובלמהכש]{1,2}-?|[وبلكف]\u0640?)\s*$", "", ahead.rstrip())
        if lang == "ar" and re.search(AR_CONVERTED_BEFORE, strip_arabic_marks(ahead) + " "):
            return None  # "2 مليار دولار بما يعادل | 35 مليار جنيه": a conversion counts what the first sum does
        stop = HE_STOP if lang == "he" else AR_STOP
        ahead = he_without_time(ahead) if lang == "he" else ahead  # "הרוויחו | במחצית הראשונה של השנה | 15 מיליארד"
        if lang == "ar" and not (n.spelled and n.raw == 1):  # (not "خلال أسبوع واحد": "one" follows its period)
            # ("مقابل 82 مليونا للفترة المقابلة من العام الماضي والفوسفات بنسبة": the item after the sum before and its
            # time adjunct; neither the period nor the other sum's words are of this figure)
            ahead = ar_without_time(ahead)
            tail = re.split(r"(?<!\S)\S*[\d٠-٩]\S*", ahead)[-1] if re.search(r"[\d٠-٩]", ahead) else ""
            named = [w for w in tail.split() if not ar_sum_word(w)]
            ahead = " ".join(named) if named else ahead
        words = [w for w in ahead.split() if w not in stop and strip_arabic_marks(w) not in stop and w not in AR_LEADS]
        words = [w for w in words if not _CLAUSE_BEFORE_RE1.search(w)]  # "איבדו המניות כ-40% מערכן": another figure's
        words = [w for w in words if re.search(r"[^\W\d_]", w)]  # "בתעשייה - 1.3 מיליארד": a dash is no word
        words = [w for w in words if lang != "ar" or not re.match(AR_PER_UNIT, w)]  # "دولار | للبرميل | بارتفاع"
        if lang == "ar" and words and re.fullmatch(AR_VERB, strip_arabic_marks(words[-1])):
            # "أما عن عدد المتعافين، فقد وصل إلى 46", "إلى عدد الحالات التي ...، بلغت 345": a verb of amounting
            # alone, after a clause that named the count: that count; else nothing
            return _count_named_before(before)
        last = words[-3:]
        joined = [k for k, w in enumerate(last) if k and lang == "he" and re.fullmatch(r"וה[\u05d0-\u05ea]{2,}", w)]
        if joined and re.search(r"\d", ahead):  # "ב-62 מיליון דולר | והרווח הנקי ב-5.4 מיליון": after another
            # figure, "and" opens this figure's own item (not a subject of two: "מניות החברה והבנקים עלו ב-3%")
            last = [last[joined[-1]][1:], *last[joined[-1] + 1 :]]
        return " ".join(last) or None
    return None


# A count the clause before names: "عدد المتعافين", "إجمالي الإصابات", and up to two words of its complement.
_AR_COUNT_NAMED = re.compile(
    r"(?<!\S)[وبل]?(?:ال)?(?:عدد|إجمالي|اجمالي|مجموع)\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?"
)


# A change noun and what it changed, definite or a measure: "ارتفاع حجم الصادرات", "تراجع أسعار النفط".
_AR_CHANGE_NAMED = re.compile(
    r"(?<!\S)[وبل]?(?:ارتفاع|انخفاض|تراجع|زيادة|نمو|هبوط)\s+((?:ال|حجم|قيمة|عدد|أسعار|سعر)[\u0621-\u064a]*"
    r"(?:\s+[\u0621-\u064a]+)?)"
)


def _count_named_before(before: str) -> str | None:
    """The count an earlier clause of the sentence names, for a figure whose own clause is only a verb of amounting
    ("..., فقد وصل إلى 46"): the last "عدد X" before the last comma, to a function word."""
    earlier = re.split(r"[،,]", before)[:-1]
    found = list(_AR_COUNT_NAMED.finditer(strip_arabic_marks("،".join(earlier)))) if earlier else []
    if not found and earlier:
        # "أعلن البنك ارتفاع حجم الصادرات إلى الاتحاد، لتبلغ 2 مليار": what the change noun of the last clause
        # changed, definite or a measure, reached the figure
        found = list(_AR_CHANGE_NAMED.finditer(strip_arabic_marks(earlier[-1])))
    if not found:
        return None
    joined = strip_arabic_marks("،".join(earlier))
    if found[-1].re is _AR_COUNT_NAMED and re.search(r"[\d٠-٩]", joined[found[-1].end() :]):
        return None  # ("إجمالي الودائع ... 48.3 مليار، كما سجلت القروض نموا نسبته 2.8%، لتبلغ": a nearer figure's)
    words: list[str] = []
    for w in found[-1].group(found[-1].re.groups and 1).split():
        if words and (w in AR_STOP or w in ("التي", "الذي", "الذين")):
            break
        words.append(w)
    return " ".join(words) if len(words) > 1 else None
