"""What the figures of one sentence share: what they count, by ellipsis ("365s at sea level and 410s in
a vacuum"), as parts of a whole ("153 out of 300 seats", "12 of them", "600 منهم"), as the same quantity
put another way ("13,100 kg (28,950 lb)", ", or 48 percent") or as others of the same kind ("and 120
others", "and five injured"). Read after `counted` has found what each figure counts on its own.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_step_levels import share_step_levels, step_to_level
from briefing_app.core.facts.counted_flows import absolute_participle
from briefing_app.core.facts.figure_words import AR_REACHING, CURRENCY_WORDS, JOINED, OUT_OF, STATUS, unit_after
from briefing_app.core.facts.figures_he import hebrew_verb_ellipsis
from briefing_app.core.facts.he_labeled_list import he_list_label
from briefing_app.core.facts.including_asides_en import in_members_aside
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.shared_deeds_en import with_own_deed
from briefing_app.core.facts.spelled_numbers import GROUP_BEFORE

# An age named as such before a figure read as one: "under the age of | 10", "aged | 5", "people between | 10".
_AGE_CUE = re.compile(
    r"\b(?:(?:the\s+)?ages?\s+(?:of\s+)?|aged\s+|(?:children|people|adults|pupils|students|those)\s+"
    r"(?:under|over|between)\s+)$",
    re.IGNORECASE,
)


def age_limit(f: Fact, text: str) -> bool:
    """Whether figure `f` is an age its own words name as one ("15 children under the age of 10"): such a figure
    takes no noun from a list it seems to open ("..., three people and one adult")."""
    return (
        f.number is not None
        and (f.counts or "").split(" (")[0] == "age"
        and _AGE_CUE.search(text[max(0, f.number.start - 40) : f.number.start]) is not None
    )


def own_noun(f: Fact, text: str, lang: str) -> bool:
    """Whether a noun follows the figure itself (after its unit or currency): "2 civilians", not "410s in"."""
    n = f.number
    assert n is not None
    rest = text[n.end :]
    rest = re.sub(CURRENCY_WORDS, "", rest) if n.currency else rest[unit_after(rest, lang)[1] :]
    if _EARLIER_TIME.match(rest) or _IN_TRADING.match(rest):
        # "from €1.5 million | a year earlier", "to $31.19 | in extended trading": when, no noun of what it counts
        return False
    if lang == "da" and n.currency and re.match(r"\s*(?:ekstra\s+)?(?:til|på)\s+at\s+[a-zæøå]", rest):
        return True  # "1,7 mia. kr. til velfærd og 19,1 mia. kr. | til at bygge": a sum's own purpose, an infinitive
    # (a sum's own purpose counts too: "£2bn on schools and £1bn | on hospitals")
    # (a plural noun compounded with a number is a noun too: "13 | 3-pointers", "twelve | 2-year-olds")
    noun_start = re.match(r"\s*(?:[^\W\d_]|\d+(?:-[a-z]+)+s\b)", rest)
    return bool(noun_start) and after_phrase(rest, lang, n.currency is not None) is not None


# What joins a figure to the same quantity put another way or to its change: ", or 48 percent", ", up 6%".
# (British copy sets the aside off with dashes as often as with commas: "slid by 4p – or 2.1% – to 186p", "hit a
# high of £40m - up 3% on the year -")
# The same quantity said again in Arabic: "52 نقطة | أو ما نسبته | 0.7 %", "أي ما يعادل".
# (and "that is" alone, with a bound: "6.4 مليارات دينار كويتي\"، أي نحو 21 مليار دولار", "أي أكثر من 16 مليار")
_AR_SAME_QUANTITY = re.compile(
    r"(?:\s*[\u0621-\u064a]+){0,2}\s*[\"”»]?\s*[،,]?\s*(?:(?:أو|أي)\s+ما\s+(?:نسبته|يعادل|يوازي)"
    r"|أي(?:\s+(?:نحو|حوالي|حوالى|قرابة|زهاء|أكثر\s+من|أقل\s+من|ما\s+يزيد\s+على|ما\s+يقارب))?)\s*"
)
_SAME_QUANTITY = re.compile(
    r"[^,;.]{0,40}?(?:,|\s+[–—-])\s*(?:or|i\.e\.|eller|أي|או|(?:up|down|op|ned)(?:\s+(?:by|from|med|fra))?|an?\s+(?:rise|fall|drop|"
    r"increase|decrease)\s+of)\s+(?:about|some|nearly|almost|around|roughly|omkring|cirka)?\s*(?:US\$|[$£€¥₪])?",
    re.IGNORECASE,
)


# What happened to those a figure counts, standing for them after a second figure ("and five injured").
_STATES = STATUS | {"såret", "sårede", "dræbt", "dræbte", "anholdt", "anholdte", "omkom", "døde", "savnet",
                    "savnede", "evakueret", "reddet", "נפצעו", "נהרגו", "נעצרו", "נעדרים", "פונו", "חולצו"}  # fmt: skip


# A second figure set against the first ("21 points against 20 for the visitors", "40 مقعدا مقابل 35 للمعارضة"):
# what follows it says whose it is ("for X", a glued "لـX"), not what it counts.
_COMPARED = re.compile(
    r"\s(?:مقابل|against|versus|vs\.?|compared\s+(?:with|to)|mod|over\s+for|לעומת|מול)\s*$", re.IGNORECASE
)
# A Danish figure set against the one before as what it replaces: "70 procent af udgiften, | fremfor | 60 procent".
_DA_INSTEAD_OF = re.compile(
    r"\s*(?:procent|pct\.?|%|kroner|kr\.)?\s*(?:[a-zæøå]+\s*){0,2}?,?\s*(?:fremfor|frem\s+for|i\s+stedet\s+for)\s*",
    re.IGNORECASE,
)
# A time after a figure set against another ("mod 900 mio. kr. | året før", "against $2bn | a year earlier").
_EARLIER_TIME = re.compile(
    r"\s*(?:kr\.|kroner|euro|dollars?)?\s*(?:året\s+før|sidste\s+år|i\s+fjor|samme\s+periode|"
    r"a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|year-earlier)\s+(?:year|period|quarter))\b",
    re.IGNORECASE,
)
_WHOSE = re.compile(r"\s*(?:ل(?!ا)[\u0621-\u064a]|for\s|til\s|ל(?!א)[\u05d0-\u05ea]|\(|,|،|\.|$)")


# A possessor that ends the gap before an elliptical figure: "five shots to | Mexico's | three".
_POSSESSOR_LAST = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+$")


# What is said of a part after it ("of them | are from the north", "of which 18 | were linked to fraud",
# "3 out of 22 topics | became trending topics"): a copula is dropped, another verb kept after "that".
_PART_PREDICATE = re.compile(
    r"\s*(?:(are|were|is|was|have\s+been|had\s+been|has\s+been|er|var)|(became|become|come|came|went|live|lived|"
    r"work|worked|remain|remained|voted|died|fled))\s+(?:(?:later|then|already|subsequently|eventually|[a-z]{3,}ly)\s+)?"
    r"((?:[\"“”]?[\w'’-]+[\"“”]?\s*){1,6})"  # an adverb between ("12 of whom were later released") is skipped
)


def _predicate(after: str) -> str | None:
    """What the clause says of a part of a group, up to six words and the end of its clause."""
    m = _PART_PREDICATE.match(after)
    if m is None:
        return None
    words = []
    told = m.group(3).split()
    for k, w in enumerate(told):
        if w.lower() in ("who", "which", "that", "while", "but", "because", "according", "when"):
            break
        if w.lower() in ("and", "og") and k + 1 < len(told) and re.match(r"\d", told[k + 1]):
            break  # "are in Africa and 10 in Asia": the next part's own clause, its verb left out
        words.append(w)
    if not words or words[0].lower() in ("not", "also", "still", "now", "a", "an", "the"):
        return None
    phrase = " ".join(words)
    if m.group(1):  # a copula: dropped before a place or a participle ("are from X", "were linked to Y")
        told = words[0].lower() in ("from", "in", "at", "on", "of", "under", "over") or words[0].endswith("ed")
        return phrase if told else f"{' '.join(m.group(1).split())} {phrase}"  # "were women"
    return f"that {m.group(2)} {phrase}"


# What leads to a part of a group a figure before counts: "of which 18", "of these", "hvoraf", "heraf cirka 450".
_PART_OF = (
    r"(?:\b(?:of|af)\s+(?:which|whom|these|those|them|hvilke|hvem|dem)|\b(?:hvoraf|heraf|deraf))"
    r"(?:\s+(?:cirka|omkring|knap|godt|næsten|about|some|nearly|almost|around))?\s+$"
)


def _named_in_gap(counts: str | None, gap: str) -> bool:
    """Whether the second figure's own reading is a noun phrase its own clause names in the gap, after a determiner:
    "to bring the total to 19 and increased | the number of cases | to more than 500" (not a verb it took, "fell")."""
    head = (counts or "").split(" (")[0].split()
    if not head:
        return False
    return re.search(rf"\b(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head[-1])}\b", gap) is not None


def _age_then_clause(counts: str | None, gap: str) -> bool:
    """Whether an age is followed by the clause of the person it describes before the next figure: "A 40-year-old
    man was sentenced to ten years" (the term is no second age); "aged 19 and 21" shares the age."""
    if not (counts or "").startswith("age"):
        return False
    return re.search(r"\b(?:was|were|is|are|been|be|has|have|had|will|would|got|gets)\b|\b[a-z]{3,}ed\s+(?:to|and)\s+$",
                     gap) is not None


# An Arabic verbal noun of reaching or recording and the noun it is said of: a clause of its own ("مع بلوغ الدخل").
_AR_OWN_REACHING = re.compile(r"(?<!\S)[وبل]?(?:بلوغ|وصول|تسجيل)\s+[وبل]?ال[\u0621-\u064a]{2,}")


# A change of a rate right after it, in bare points: ", up 1.7 points", " - down 0.4 points", ", up by 1 point".
_POINTS_STEP = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s*(?:,|\s[–—-])\s*(?:up|down)(?:\s+by)?\s+(?:about|some|nearly|almost)?\s*"
)


def _bare_points_step(f: Fact, g: Fact, gap: str) -> bool:
    """Whether `g` is a change in points of the rate or index level `f` just before it ("operating margin was 31.5
    per cent, up 1.7 points", "the index closed at 5,420.1, down 23.4 points"): "points" alone names nothing, the level
    before it is what moved (as "percentage points" is read already). Not a tally of points after another ("45
    points, up 3 points"), nor a score with no level right before it ("trailing by 16 points")."""
    return (
        f.unit in ("percent", None)
        and bool(f.counts)
        and not (f.counts or "").lower().startswith("point")
        and g.unit is None
        and (g.counts or "").strip().lower() in ("points", "point")
        and _POINTS_STEP.fullmatch(gap) is not None
    )


def share_forward(facts: list[Fact], text: str, lang: str) -> None:
    """A figure joined to the one before it with nothing of its own leaves what it counts to ellipsis:
    "365s at sea level and 410s in a vacuum", "by 312 votes to 210", "5% in March and 7% in April"."""
    for f, g in zip(facts, facts[1:], strict=False):
        if f.number is None or g.number is None or not f.counts:
            continue
        gap = re.sub(r"(?:US\$|C\$|A\$|[$£€¥₪])$", " ", text[f.number.end : g.number.start])  # "from $5 to | $7"
        # "ارتفعت الأرباح بنسبة 12 % إلى 264 مليون": a percentage step, then "to" and the level it reached
        # (past an adjunct of time or basis: "نمت الصادرات 2.5 % في النصف الأول من السنة إلى 74.66 مليار")
        # (not past another clause: "بنسبة 5% في حين تراجعت الواردات إلى 3 مليارات" is the imports' level)
        step = f.unit == "percent" and g.unit != "percent" and step_to_level(gap)
        if lang == "ar" and (AR_REACHING.search(gap) or step) and not own_noun(g, text, lang):
            g.counts = f.counts
            continue
        if lang == "ar" and re.fullmatch(r"\s*و\s*", gap) and (g.counts is None or f.number.text in g.counts):
            g.counts = f.counts  # "بالسجن لمدة عشر و إحدى عشر سنة": two terms of one lead, not "the ten" as the noun
            continue
        subject = f.counts.split(" (")[-1].rstrip(")") if f.counts.endswith(")") else f.counts
        unit_noun = g.counts is not None and len(g.counts.split()) <= 2 and subject not in g.counts
        if lang == "ar" and AR_REACHING.search(gap) and unit_noun:
            g.counts = f"{g.counts} ({subject})"  # "ارتفع المؤشر 1.2 % ليغلق عند 6540 نقطة": the index's points
            continue
        earlier = lang in ("en", "da") and f.unit == g.unit and _TO_FROM.fullmatch(gap) is not None
        if earlier and f.counts != g.counts and not own_noun(g, text, lang):
            g.counts = f.counts  # "raised interest rates to 0.75% from 0.5%": the same rates, before
            continue
        # (a step in points, then the rate it reached: "steget med to procentpoint til 77 pct.")
        level = f.unit in ("percent", "percentage points") and g.unit != f.unit and _STEP_TO.fullmatch(gap)
        if lang in ("en", "da") and level and not own_noun(g, text, lang) and f.counts not in (g.counts or ""):
            g.counts = f.counts  # "dropping 4.5% to $18 billion": the level the same thing reached after its step
            continue
        instead = lang == "da" and f.unit == g.unit and _DA_INSTEAD_OF.fullmatch(gap) is not None
        if instead and not own_noun(g, text, lang):
            g.counts = f.counts  # "70 procent af udgiften, fremfor 60 procent": the same share, as it was
            continue
        then = _EARLIER_TIME.match(text[g.number.end :]) if lang in ("en", "da") else None
        if f.unit == g.unit and len(gap.split()) <= 8 and _COMPARED.search(gap) and then:
            g.counts = f.counts  # "et overskud på 1,4 mia. kr. mod 900 mio. kr. året før": the same thing, earlier
            continue
        if (
            f.unit == g.unit
            and len(gap.split()) <= 8
            and _COMPARED.search(gap)
            and _WHOSE.match(text[g.number.end :])
            and not (g.counts and f.counts in g.counts)
        ):
            g.counts = f"{f.counts} ({g.counts})" if g.counts else f.counts  # "21 نقطة مقابل 20 لفريق": points
            continue
        change = re.search(r"\ban?\s+(rise|fall|drop|increase|decrease)\s+of\s+\S*$", gap)
        bare_change = change is not None and g.counts == change.group(1)  # ("an increase of 35%": whose increase)
        if change and _SAME_QUANTITY.fullmatch(gap) and f.unit != g.unit and (
            change.group(1) not in (g.counts or "") or bare_change
        ):
            g.counts = f"{change.group(1)} ({f.counts})"  # "1.2 million people visited, a rise of 15%": the rise
            continue
        if lang == "ar" and _AR_SAME_QUANTITY.fullmatch(gap) and not own_noun(g, text, lang):
            g.counts = f"{f.counts} ({g.counts})" if g.counts else f.counts  # "52 نقطة أو ما نسبته 0.7 %": the same
            continue
        # (or a word it took from the gap: "57 cents per share, down 7 percent" is no share of "share")
        taken = g.counts is not None and re.search(rf"\b(?:per|a|an|each)\s+{re.escape(g.counts)}\s*,", gap) is not None
        # (or any word of the gap when the gap names no change of its own: "$44.9 billion from the Chinese in
        # September, up 13 percent" read "September"; not "402,500, a drop of 3,500", whose drop it is)
        taken = taken or (
            g.counts is not None
            and re.search(rf"\b{re.escape(g.counts)}\b", gap) is not None
            and not re.search(r"\ban?\s+(?:rise|fall|drop|increase|decrease|gain|jump)\s+of\b", gap)
        )
        if lang == "en" and _bare_points_step(f, g, gap):
            g.counts = f"{f.counts.split(' (')[0]} (points)"  # "margin was 31.5 per cent, up 1.7 points": the margin
            continue
        if (g.counts is None or g.counts.startswith("per ") or taken) and _SAME_QUANTITY.fullmatch(gap):
            # "1.2 million votes, or 48 percent", "50 million passengers last year, up 6%", "£1.1bn, or 320p a share"
            g.counts = f"{f.counts} ({g.counts})" if g.counts and not taken else f.counts
            continue
        if f.unit != g.unit:
            continue
        if lang == "he" and hebrew_verb_ellipsis(f, g, gap, text):
            # "48,025 זוגות נישאו, ו-15,283 התגרשו": the same couples, with their own verb ("ו-15 נפצעו": the state)
            verb = [w for w in (g.counts or "").split()[:1] if w not in ("היו", "יהיו") and w not in f.counts]
            g.counts = f"{verb[0]} ({f.counts})" if verb else f.counts  # (not the copula: "ו-12.2% היו ...")
            continue
        along = re.search(r",?\s+(?:along\s+with|as\s+well\s+as|plus)\s+(?:another\s+)?$", gap)
        if lang == "en" and along and len(gap.split()) <= 8 and not own_noun(g, text, lang):
            g.counts = f.counts.split(" (")[0]  # "added another 20 points, along with 19 for X": the same points
            continue
        state_in = _STATE_IN_GAP.fullmatch(gap) if lang == "en" else None
        if state_in and re.search(r"\b[a-z]+\s+in\s+$", text[: f.number.start]) and not own_noun(g, text, lang):
            # "high in 39 states, moderate in five (...), low in three": the same states, in another state
            g.counts = f"{f.counts.split(' (')[0]} ({state_in.group(1)})"
            continue
        if g.number.qualifier and gap.rstrip().endswith(g.number.qualifier):
            gap = gap.rstrip()[: -len(g.number.qualifier)]
        # ("$1.20 a share on revenue of up to $59.7 billion": "up to" is the figure's own bound, no "X to Y")
        gap = re.sub(r"\bup\s+to\s*$", " ", gap, flags=re.IGNORECASE)
        state = (g.counts or "").split()[:1]
        joined = JOINED.search(gap) or re.search(r"(?:^|\s)[וو]-?$", gap)  # "ו-12", glued
        if state and state[0].lower() in _STATES and joined and len(gap.split()) <= 8:
            g.counts = f"{g.counts} ({f.counts})"  # "two people were killed and five injured": five people
        elif (
            JOINED.search(gap)
            and len(gap.split()) <= 8
            and "," not in gap
            and not own_noun(g, text, lang)
            and not (g.counts and re.match(r"\s+(?:were|are|was|is)\s", text[g.number.end :]))  # its own predicate
            and not (g.counts and re.match(rf"\s*(?:%|percent)?\s*{re.escape(g.counts)}\b", text[g.number.end :])
                     and re.fullmatch(r"(?:un)?[a-z]+(?:ed|ing)\b.*", g.counts))  # its own state: "3 percent undecided"
            and not (lang == "en" and absolute_participle(text[: g.number.start], text[g.number.end :]))
            and not (lang == "en" and _named_in_gap(g.counts, gap))  # "and increased the number of cases to 500"
            and not (lang == "en" and _age_then_clause(f.counts, gap))  # "A 40-year-old man was jailed for ten years"
        ):  # (nor its own participle: "with £23bn going back into public services and £4bn used for tax cuts")
            g.counts = f.counts
            if lang == "en":  # "put 12,000 people in shelters and killed 6": people (killed)
                g.counts = with_own_deed(f.counts, text, f.number, g.number)
            told = _predicate(text[g.number.end :]) if lang == "en" else None
            who = re.match(r"([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:who|that)\s", f.counts)
            if told and who:  # "Seven people remain missing and 250 have been left homeless": its own state
                g.counts = f"{who.group(1)} {told}"
            elif told and lang == "en" and re.fullmatch(r"[a-z]+(?:ed|en)|hurt|dead|missing|held|shot|lost", f.counts):
                # "26,000 were injured and 9,400 remain trapped": no noun to share, its own state
                g.counts = told.removeprefix("that ")
            placed = re.fullmatch(r"(.+) \((in|at|from|on|i|på|fra) [^()]+\)", f.counts)
            own_place = re.match(r"\s+(in|at|from|on|i|på|fra)\s+([^,;:.()]+)", text[g.number.end :])
            own_place = own_place if placed else None
            if placed and own_place and own_place.group(1) == placed.group(2):
                # "20 of them are in Africa and 10 in Asia": the same group, in its own place
                g.counts = f"{placed.group(1)} ({own_place.group(1)} {own_place.group(2).strip()})"
            against = re.match(r"\s*(against|opposed)\b", text[g.number.end :], re.IGNORECASE)
            if against and re.search(r"\bin\s+favou?r\b", f.counts):
                # "31 votes in favour and 4 against": the same votes, the other way
                g.counts = re.sub(r"\bin\s+favou?r\b.*", against.group(1), f.counts)
        elif (whose := _POSSESSOR_LAST.search(gap)) and JOINED.search(gap[: whose.start()] + " "):
            if len(gap.split()) <= 8 and "," not in gap and not own_noun(g, text, lang):
                g.counts = f"{f.counts} ({whose.group(1)})"  # "five shots on target to Mexico's three": whose
        elif g.counts is None and lang == "he" and (label := he_list_label(gap)):
            # "בירושלים בשיעור של 1.5%, בתל אביב 1.2%": Tel Aviv's, the same measure (the list's first reading)
            listed = re.fullmatch(r"[^()]+ \((.+)\)", f.counts)
            g.counts = f"{label} ({listed.group(1) if listed else f.counts})"
        elif g.counts is None and not (lang == "ar" and _AR_OWN_REACHING.search(gap)):
            # (not past an Arabic verbal noun of reaching with its own subject: "إلى 51.7 مليون دينار مع بلوغ الدخل
            # من الفائدة 61.7 مليون", the interest income's sum, read on its own)
            g.counts = f.counts  # "70 percent of the market in 2009; this has dropped to 56 percent": the same
            if lang == "en" and g.unit is None and not g.number.currency:  # "but fired 120 in June": workers (fired)
                g.counts = with_own_deed(f.counts, text, f.number, g.number)
            own_place = re.match(r"\s+(in|at|i|på)\s+([A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)*)", text[g.number.end :])
            if own_place and "(" in text[f.number.end : g.number.start]:
                # "2 416 workers (1 000 in Finland and 1 416 in Romania)": a part in brackets, in its own place
                g.counts = f"{f.counts} ({own_place.group(1)} {own_place.group(2)})"
    if lang == "ar":  # "بنحو 2.6% خلال فترة المقارنة إلى نحو 70.6 مليار": the level, past a longer adjunct
        share_step_levels(facts, text, own_noun)
    for i, g in enumerate(facts):
        if lang not in ("en", "da") or g.number is None or i < 2:
            continue
        # "rose to $1.5bn, or 42 cents a share, from $1.1bn": the level left, past the aside (which may hold a
        # conversion in brackets, "660 million euros ($809 million), or 14 euro cents (17 cents) a share,")
        e = next((facts[k] for k in range(i - 2, max(i - 5, -1), -1) if facts[k].unit == g.unit), facts[i - 2])
        if e.number is None or not e.counts or e.unit != g.unit or e.counts == g.counts:
            continue
        gap = re.sub(r"(?:US\$|[$£€])$", " ", text[e.number.end : g.number.start])
        taken = g.counts is not None and g.counts in gap  # what it took from the aside ("share")
        if _ASIDE_THEN_FROM.fullmatch(gap) and (taken or g.counts is None or not own_noun(g, text, lang)):
            g.counts = e.counts
    for f, g in zip(facts, facts[1:], strict=False):
        if lang != "en" or f.number is None or g.number is None or not f.counts or f.unit != g.unit:
            continue
        # "the AKP taking 169 seats, the Good Party gaining 44": a parallel clause leaves its noun to the one before
        parallel = _PARALLEL_CLAUSE.fullmatch(text[f.number.end : g.number.start])
        noun = f.counts.split(" (")[0].split()
        if parallel and noun and parallel.group(1) == noun[-1] and not own_noun(g, text, lang):
            g.counts = f"{parallel.group(1)} ({parallel.group(2).strip()})"
    for e, f, g in zip(facts, facts[1:], facts[2:], strict=False):
        if lang not in ("en", "da") or e.number is None or f.number is None or g.number is None or not e.counts:
            continue
        # "Revenue was $2.54 billion, up 30 percent from $1.95 billion": the level left is the first figure's measure
        stepped = e.unit == g.unit and f.unit == "percent"
        stepped = stepped and _SAME_QUANTITY.fullmatch(text[e.number.end : f.number.start]) is not None
        left = re.fullmatch(r"\s*(?:%|percent|per\s+cent|procent)?\s+(?:from|fra)\s*(?:US\$|[$£€])?",
                            text[f.number.end : g.number.start])
        if stepped and left and not own_noun(g, text, lang):
            g.counts = e.counts
    for f, g in zip(facts, facts[1:], strict=False):
        if lang not in ("en", "da") or f.number is None or g.number is None or not f.counts:
            continue
        # "from $135 million, or 9 cents a share,": the level left's rate, read once that level found its measure
        # (alone it reads nothing, or only "share", the noun of its own rate)
        rate = r"\s*(?:cents?\s+|pence\s+)?(?:a|per|each)\s+(share|unit|head|person|capita)\b"
        rated = re.match(rate, text[g.number.end :])
        # (or one whose rate the sentence gave before: "$1.2 billion, or 47 cents a share, up from $647 million, or
        # 28 cents, a year earlier")
        rated = rated or re.search(rf"{rate}(?![\s\S]*{rate})", text[: g.number.start])
        bare = g.counts is None or (rated is not None and g.counts.split(" (")[0] == rated.group(1))
        own_rate = re.match(rate, text[f.number.end :]) is not None
        gap = text[f.number.end : g.number.start]
        same = _SAME_QUANTITY.fullmatch(gap) or re.fullmatch(r"[^,;.]{0,20}?,?\s+or\s+(?:US\$|[$£€])?", gap)
        if rated and bare and not own_rate and same:  # (with "or" and no comma: "$125 million or 29 cents a share")
            g.counts = f"{f.counts} (per {rated.group(1)})"


# A figure's noun, then a clause of the same shape with a named subject and no noun after its figure: "169 | seats,
# the Good Party gaining | 44", "50 | seats and the Welfare Party garnering | five".
_PARALLEL_CLAUSE = re.compile(
    r"\s*([a-z]+)(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:the\s+|its\s+)?((?:[A-Z][\w'’.-]*\s+){1,5})"
    r"(?:[a-z]+ing|[a-z]{3,}ed|got|won|took|had|has)\s+(?:(?:about|some|nearly|just|only|another)\s+)?"
)


# An aside in commas that restates a level ("or 42 cents a share"), then "from" and the level left.
# (Also past a conversion in brackets and past a time in its own commas: "fell to $30m, or 97 cents a share, in the
# quarter, from $39m".)
_ASIDE_THEN_FROM = re.compile(
    r"\s*(?:%|percent|per\s+cent)?(?:\s+(?:euros?|dollars?|pounds?|yen|francs?|kroner|kronor|rupees?))?"
    r"(?:\s*\([^()]{1,30}\))?,\s*(?:or|og|eller)\s+(?:[^,;:()]|\([^()]{1,30}\)){1,50}?,?"
    r"(?:\s*(?:in|for|during|over|i)\s+[^,;:()]{1,50},)?\s*(?:up\s+|down\s+)?(?:from|fra)\s*"
)
# A level reached and "from" before the level it left: "to 0.75% | (in May) from | 0.5%".
_TO_FROM = re.compile(
    # (not a clause with its verb left out: "to £1.66bn on sales up from £4.97bn", the sales' level before)
    r"\s*(?:%|percent|per\s+cent|procent)?(?!\s+(?:on|with)\s+[a-z][^,;:()]{0,29}?\s+(?:up|down)\s+from\b)"
    r"(?:\s+(?:in|on|at|i|på)\s+[^,;:()]{1,30}?)?,?\s+(?:(?:up|down|op|ned)\s+)?"
    r"(?:from|fra)\s*(?:(?:about|around|nearly|some|cirka|omkring)\s*)?"
)
# A percentage step and "to" before the level reached: "dropping 4.5% | to | $18 billion", also past a time and
# its comma ("fell by 15% | in the year to September, to about | 950,000").
_STEP_TO = re.compile(
    r"\s*(?:%|percent|per\s+cent|procentpoint|procent|percentage\s+points?)?(?:\s+(?:in|over|during|last|this|since|on|i|sidste)\b[^,;:()]{0,40}?,"
    # (or a short phrase of where or when with no comma: "slid 5.1% in after-hours trade to $570")
    r"|\s+(?:in|during|on|i)\s+(?:[a-zæøå][\w'’-]*\s+){0,3}[a-zæøå][\w'’-]*"
    # (or a span between two times: "rose 11.94% between Q3 2009 and Q3 2010 to reach 508.76 million")
    r"|\s+between\s+[\w'’ -]{1,25}?\s+and\s+[\w'’ -]{1,25}?)?"
    # (or "to close at": "rose $1.23, or 4 percent, to close at $31.69"; "to reach", "to stand at", "taking it to")
    # (or the dash closing an aside: "by 4p – or 2.1% – to 186p")
    r"(?:,|\s+[–—-])?\s+(?:to(?:\s+(?:close|end|finish|settle|stand)\s+at|\s+reach)?|(?:taking|bringing)\s+(?:it|them|the\s+total)\s+to|"
    r"til)\s*"
    r"(?:(?:about|around|nearly|almost|some|over|under|more\s+than|less\s+than|cirka|omkring)\s*)?"
)
# A pronoun that points back to a group after a figure, in each language: "of them", "af dem", "منهم", "מהם".
_OF_THEM_WORDS = (
    # ("of those who voted", "of those polled", "of those aged over 65": a group the clause or participle after
    # defines, no pointer back to an earlier figure)
    r"(?i:(?:of\s+(?:these|them|(?:those|these)(?!\s+(?:who|that|with|without|in|aged|under|over|living|born|"
    r"[a-z]+ed)\b)|which|whom)|"
    r"af\s+(?:dem|disse|hvem|hvilke))\b)|"
    r"(?:منهم|منها|منهن|מהם|מהן|מתוכם|מתוכן)(?!\w)"
)
# "N others" names the kind of an earlier figure: "30 people killed and 120 others hurt", "و40 آخرين", and so does
# an "another N" with no noun of its own ("200 jobs will go at one site and another 150 at the other").
_OTHERS = {"others", "more", "another", "further", "آخرون", "آخرين", "أخرى", "اخرون", "اخرين", "andre", "אחרים",
           "אחרות", "נוספים"}  # fmt: skip
# A margin with no noun of its own, after a figure that has one: "52 points, three ahead of X", "two behind".
_MARGIN = {"ahead", "behind", "clear", "adrift", "short", "foran", "efter", "bagud"}
_PRONOUN_LEFT = re.compile(r"^\s*(?:(?:of|af)\s+)?(?:these|them|those|which|whom|dem|disse|hvem|hvilke|منهم|منها|منهن|"
                           r"מהם|מהן|מתוכם|מתוכן)(?!\w)", re.IGNORECASE)
_OF_THEM = re.compile(rf"\s*(?:%|٪|percent|per cent|procent|في المئة|بالمئة)?\s*(?:{_OF_THEM_WORDS})", re.IGNORECASE)


# A unit's word or two or abbreviation (with an apostrophe: "אג'"; "degrees Celsius") and an opening bracket: a
# conversion follows.
_UNIT_THEN_BRACKET = re.compile(
    r"(?:\s*(?:[^\W\d]|['’׳°]){1,12}){0,3}\.?\s*\(\s*"
    r"(?:(?i:ca\.|c\.|approx\.|about|around|roughly|some|nearly|almost|cirka|omkring|godt|knap|حوالي|نحو|قرابة)\s*)?"
    r"(?:US\$|[$£€¥₪])?"
)  # (with a qualifier inside the bracket: "800 millioner kr. (ca. 107 millioner EUR)")


# A part's noun, then what leads to its whole with no noun of its own: "76 seats | out of (a possible) | 150",
# "30 مقعدا | من أصل | 120", "12 mål ud af 20".
_WHOLE_AFTER_PART = re.compile(
    r"\s*(?:[^\W\d]+\s+){1,3}(?:out\s+of|ud\s+af|من\s+أصل|من\s+بين|מתוך)\s+"
    r"(?:(?:a|an|the)\s+(?:possible|total\s+of|maximum\s+of)\s+)?(?:US\$|[$£€¥₪])?"
)


# Nothing but a figure's unit and "and"/"or" before the next figure: "59 percent | and | 51 percent gains".
_BARE_THEN_JOINED = re.compile(r"\s*(?:%|percent|per\s+cent|procent)?\s+(?:and|or|og|eller)\s+(?:US\$|[$£€])?")


# A trading session after a price: "to $31.19 | in extended trading", "in after-hours trade".
_IN_TRADING = re.compile(r"\s+in\s+(?:[\w-]+\s+){0,2}(?:trading|trade|dealings)\b")


# The gap between two figures of a list of states each "in" a count: "39 | states, moderate in | five".
_STATE_IN_GAP = re.compile(r"(?:\s+[a-z]+)?(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)([a-z]+)\s+in\s+")


# A pair of shares set against each other after an article, as one modifier: "a | 48 percent to | 46 percent lead".
_ARTICLE_PAIR = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_BARE_TO = re.compile(r"\s*(?:%|percent|per\s+cent)\s*(?:to|-|–)\s*")


# A share of change with no noun before "than": "5% fewer than in 2003", "12 per cent more than last year".
_FEWER_THAN = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+(fewer|more|less|higher|lower)\s+than\b", re.IGNORECASE)


_SCRIPT_RE1 = re.compile(r"[\u0600-\u06ff]")


def _script(text: str) -> str:
    """The language whose stop words read a sentence's noun phrases, told by its script (Latin read as English)."""
    if _SCRIPT_RE1.search(text):
        return "ar"
    return "he" if re.search(r"[\u05d0-\u05ea]", text) else "en"


_SHARE_COUNTS_RE1 = re.compile(r"\b(?:another|a\s+further|an\s+additional|yet\s+another)\s+$", re.I)


def share_counts(facts: list[Fact], text: str) -> None:
    """Figures of one sentence that share what they count: "South Korea with 13% and China with 8% of
    the world's spam", "13,100 kg (28,950 lb)" (a conversion in brackets), "277 vulnerabilities; 39
    percent of these" (an "of"-phrase that points back)."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None:
            continue
        after = text[n.end :]
        of_them = re.match(_OF_THEM, after)
        named_group = GROUP_BEFORE.search(text[: n.start]) if of_them and _script(text) == "en" else None
        if of_them and named_group:  # "The passengers — seven of them local,": a part of the group named right before
            said = _predicate(after[of_them.end() :]) or after_phrase(after[of_them.end() :], "en")
            f.counts = f"{named_group.group(1)} ({said})" if said else named_group.group(1)
            continue
        if of_them:
            # "39 percent of these", "12 of them", "600 منهم", "12 af dem": a part of what an earlier figure
            # counts (one in another unit first: "277 flaws; 39 percent of these" is a share of the flaws)
            earlier = next((e for e in reversed(facts[:i]) if e.counts and e.unit != f.unit), None)
            if earlier is not None:
                said = _predicate(after[of_them.end() :])
                f.counts = f"{earlier.counts} {said}" if said else earlier.counts  # "80% of them are from X"
                continue
            group = next((e for e in reversed(facts[:i]) if e.counts), None)
            if group is not None:  # "12 of them recovered", "10 منهم أطفال": its own words first, then the group
                own = re.sub(_PRONOUN_LEFT, "", f.counts or "").strip()
                said = _predicate(after[of_them.end() :])
                if said and own and own.split()[0].lower() in ("were", "was", "are", "is", "had", "have", "has"):
                    own = said  # "12 of whom were later released": what the clause says of them, past its adverb
                # (English: a part before it read as its group and a state, "seven of them local": the group)
                whole = (group.counts or "").split(" (")[0] if _script(text) == "en" else group.counts
                f.counts = f"{own} ({whole})" if own else group.counts
                if re.fullmatch(r"[a-z]+ly", own):  # "ten hurt, two of them seriously": how, of the group
                    f.counts = f"{group.counts} ({own})"
                continue
            said = _predicate(after[of_them.end() :]) if _script(text) == "en" else None
            if said and not facts[:i]:  # "He says 20 of them are in Africa": no group named in the sentence, so
                f.counts = f"{f.counts} ({said})" if f.counts else said  # at least what is said of them
                continue
            plural = re.findall(r"(?<!\S)[وبل]?(ال[\u0621-\u064a]{2,}(?:ات|ين|ون))(?!\S)", text[: n.start])
            if plural and re.match(r"\s*(?:منهم|منها|منهن)", after):  # "لم يخسر أيا من المباريات ... وفاز ب 39 منها"
                own = re.sub(_PRONOUN_LEFT, "", f.counts or "").strip()
                f.counts = f"{own} ({plural[-1]})" if own else plural[-1]
                continue
        fewer = _FEWER_THAN.match(after) if i and _script(text) == "en" else None
        group = next((e for e in reversed(facts[:i]) if e.counts and e.unit != f.unit), None) if fewer else None
        if fewer and group is not None and group.counts:
            # "1,204 people died on the roads, 5% fewer than in 2003": fewer of what the figure before counts
            f.counts = f"{group.counts} ({fewer.group(1).lower()})"
            continue
        own_words = (f.counts or "").split()
        further = _SHARE_COUNTS_RE1.search(text[: n.start])
        if further and i and not own_noun(f, text, _script(text)):
            kind = next((e for e in reversed(facts[:i]) if e.counts and e.unit == f.unit), None)
            if kind is not None and kind.counts:
                # "destroyed 300 homes and damaged another 1,200": more of the same kind, and what befell them
                head = kind.counts.split(" (")[0].split()
                kind_noun = " ".join(w for w in head if not w.endswith("ed")) or kind.counts
                done = " ".join(w for w in own_words if w.lower() not in ("another", "further", "additional"))
                befell = re.match(r"\s+([a-z]{3,}ed)\s*(?:[,.;:]|$|and\b|but\b|after\b|because\b)", text[n.end :])
                if befell and befell.group(1) not in done:  # "and another 1,200 delayed": what befell them
                    done = befell.group(1) if not done or done in kind_noun else f"{done} {befell.group(1)}"
                f.counts = f"{kind_noun} ({done})" if done and done not in kind_noun else kind_noun
                continue
        if own_words and own_words[0].lower() in _OTHERS and i:
            kinds = [e for e in reversed(facts[:i]) if e.counts and e.counts.split()[0].lower() not in _OTHERS]
            # (not the members named in an aside: "killed 12 people, including four children, and injured 30 others")
            kinds = [e for e in kinds if e.number is None or not in_members_aside(text, e.number.start)] or kinds
            group = kinds[0] if kinds else None
            if group is not None and f"({group.counts})" not in (f.counts or ""):
                # "killed 30 people and injured 120 others": others of the same kind (named once: "with seven
                # more cases", already read as more of the cases before)
                f.counts = f"{f.counts} ({group.counts})"
                continue
        if own_words and own_words[0].lower() in _MARGIN and i:
            group = next((e for e in reversed(facts[:i]) if e.counts and e.unit == f.unit), None)
            if group is not None and group.counts and group.counts.split()[0].lower() not in _MARGIN:
                f.counts = f"{group.counts} ({f.counts})"  # "52 points, three ahead of X": three points ahead
                continue
        previous = facts[i - 1] if i else None
        if (
            previous is not None
            and previous.number is not None
            and previous.counts
            and re.fullmatch(_UNIT_THEN_BRACKET, text[previous.number.end : n.start])
            # "205 حوادث (433 شريط فيديو)": a count of another thing (a measure or a sum converted keeps the first's
            # reading)
            and (f.unit is not None or n.currency is not None or not own_noun(f, text, _script(text)))
        ):
            f.counts = previous.counts  # "13,100 kg (28,950 lb)", "100 אג' (1 שקל)": the same quantity in other units
            continue
        if (
            previous is not None
            and previous.number is not None
            and previous.counts
            and previous.unit is not None
            and f.unit is not None
            and previous.unit != f.unit
            and re.fullmatch(r"\s*[^\W\d]{0,12}\.?\s*(?:[-–/=]|or|eller|أو|או)\s*", text[previous.number.end : n.start])
        ):
            f.counts = previous.counts  # "22,300 miles - 36,000 kilometers", "5 km / 3 miles": one size in two units
            continue
        if (
            previous is not None
            and previous.number is not None
            and previous.counts
            and n.currency is not None
            and previous.number.currency not in (None, n.currency)
            and re.fullmatch(r"\s*,\s*", text[previous.number.end : n.start])
            and text.rfind("(", 0, previous.number.start) > text.rfind(")", 0, previous.number.start)
        ):
            f.counts = previous.counts  # "£45 million ($58m, 49.4m euros)": the same sum in a list of currencies
            continue
        if re.search(_PART_OF, text[: n.start], re.I):
            # "63 incidents, of which 18 are linked to fraud": a part of what an earlier figure counts (a share of
            # any figure's: "42 million passengers, of whom 91% arrived on time")
            groups = (e for e in reversed(facts[:i]) if e.counts and (e.unit == f.unit or f.unit == "percent"))
            group = next(groups, None)
            verb_next = re.match(r"\s*(?:are|were|is|was|have|has|had|will|would|er|var|blev|bliver|har|havde|vil)\b",
                                 after)
            if group is not None and group.counts and f.counts and not verb_next and own_noun(f, text, _script(text)):
                # "42 personer ..., heraf 12 kvinder", "of which 18 women": its own noun, a part of the group
                if group.counts not in f.counts:
                    f.counts = f"{f.counts} ({group.counts})"
                continue
            if group is not None and group.counts:
                said = _predicate(after)
                f.counts = f"{group.counts} {said}" if said else group.counts
                continue
        following = facts[i + 1] if i + 1 < len(facts) else None
        if (
            following is not None
            and following.number is not None
            and following.counts
            and re.fullmatch(OUT_OF, text[n.end : following.number.start])
        ):
            f.counts = following.counts  # "153 out of 300 seats": the part counts what the whole counts
            noun = re.match(rf"\s*{re.escape(following.counts)}", text[following.number.end :])
            said = _predicate(text[following.number.end + noun.end() :]) if noun else None
            if said:  # "3 out of 22 topics became trending": what the clause says of the part
                f.counts = f"{f.counts} {said}"
            continue
        if (
            previous is not None
            and previous.number is not None
            and previous.counts
            and previous.unit == f.unit
            and _WHOLE_AFTER_PART.fullmatch(text[previous.number.end : n.start])
            and not own_noun(f, text, _script(text))
        ):
            f.counts = previous.counts  # "76 seats out of 150", "30 مقعدا من أصل 120": the whole of the same things
            continue
        same_unit = next((e for e in reversed(facts[:i]) if e.unit == f.unit and e.counts), None)
        if n.start and text[n.start - 1] == "و" and same_unit is not None and not own_noun(f, text, "ar"):
            f.counts = same_unit.counts  # "25 % على أول عشرة آلاف ليرة و20 % على العشرة الثانية": the same rise
    for i in range(len(facts) - 2, -1, -1):
        f, g = facts[i], facts[i + 1]
        if f.number is None or g.number is None or f.unit != g.unit or not g.counts:
            continue
        gap = text[f.number.end : g.number.start]
        if f.counts and not re.fullmatch(r"[\w\s'’.-]*", f.counts):
            continue
        joined = re.search(r"(?:^|\s)(?:and|or|og|eller|to|til)\s", gap) and "," not in gap.strip()[:1]
        if (
            joined
            and len(gap.split()) <= 6
            and re.match(r"\s*(?:%|percent|per cent|procent)?\s*(?:of|af)\s", text[g.number.end :])
            and not re.match(r"\s*(?:%|percent|per cent|procent)?\s*(?:of|af)\s", gap)  # its own whole
            # (not a figure with its own noun before the "and": "made one interception and won two of his duels")
            and not (f.counts and re.match(rf"\s+{re.escape(f.counts.split()[0])}\b", gap))
        ):
            f.counts = g.counts  # "about 4% and 11% of the world's Internet users"
        elif _BARE_THEN_JOINED.fullmatch(gap) and own_noun(g, text, _script(text)) and not age_limit(f, text):
            # ("children under the age of 10 and three adults": an age limit keeps its reading)
            f.counts = g.counts  # "59 percent and 51 percent gains": the first figure leaves its noun to the second
        elif f.unit is None and re.fullmatch(r"\s+in\s+", gap) and not f.counts:
            f.counts = g.counts  # "about 9 in 10 local police officers": the part counts what the whole does
        elif _ARTICLE_PAIR.search(text[: f.number.start]) and _BARE_TO.fullmatch(gap) and own_noun(g, text, "en"):
            f.counts = g.counts  # "a 48 percent to 46 percent lead": one noun after the pair, both its figures'
