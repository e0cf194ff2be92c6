"""The noun phrase after a figure, which says what it counts ("3,500 retail stores", "12 people have been
arrested", "30 children who lost their parents"); `phrase_edges` says where such a phrase ends and what
completes it. Used by `counted` and `sharing`.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_counted_nights import ar_nights_after
from briefing_app.core.facts.ar_own_part import ar_own_part_after
from briefing_app.core.facts.ar_times import _AR_PERIODS, ar_time_after
from briefing_app.core.facts.da_comparatives import da_after_comparative
from briefing_app.core.facts.da_times import da_time_after
from briefing_app.core.facts.figure_words import (
    ADVERBS,
    APPROX_AFTER,
    AR_MEASURE,
    AR_NO_NOUN_AFTER,
    AR_PER_UNIT,
    AR_STOP,
    AR_VERB,
    DA_VERBS,
    EN_MONTHS,
    EN_STOP,
    EN_VERBS,
    MONEY_LEADS,
    PAST_VERBS,
    PERIODS,
    PHRASE_ENDS,
    PRONOUN_STARTS,
    RATE_WORDS,
    STATUS,
    STOP,
    SUBJECT_PRONOUNS_EN,
    TIME_WORDS,
    WORD_TOKENS,
)
from briefing_app.core.facts.he_place_after import he_place_after
from briefing_app.core.facts.joined_verbs import before_joined_verb
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.phrase_edges import (
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PLURALS,
    MODALS,
    PLURAL_SUBJECT_VERBS,
    adverb,
    attributive,
    clause_verb,
    da_complement,
    da_noun_follows,
    ed_form,
    is_complement,
    is_participle,
    opens_no_noun,
    plural,
    prep_complement,
    reduced_relative,
    relative_clause,
    with_complement,
)
from briefing_app.core.numbers import strip_arabic_marks

# Seasons, which name a time alone ("in winter", "in summer 2005") but are a modifier before another noun ("the winter
# fuel allowance", "a summer sports fund"): then the sum is for that noun, not a time.
_SEASONS = {"summer", "winter", "spring", "autumn"}


def _season_modifier(words: list[str]) -> bool:
    """Whether `words` open on a season word that only modifies the noun after it."""
    return words[0].lower() in _SEASONS and len(words) > 1 and words[1][:1].isalpha() and words[1][:1].islower()


def _suspended_hyphens(tokens: list[str], lang: str) -> list[str]:
    """Tokens with a compound's suspended hyphen joined to the conjunct that completes it ("saltvands-", "og",
    "ferskvandsområder" -> one word): "21 000 saltvands- og ferskvandsområder" counts both kinds, not "saltvands-"."""
    if lang not in ("da", "en") or not any(t.endswith("-") for t in tokens):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        joined = i + 2 < len(tokens) and tokens[i + 1].lower() in ("og", "eller", "and", "or")
        if t.endswith("-") and len(t) > 2 and joined and re.match(r"[^\W\d_]", tokens[i + 2]):
            out.append(f"{t} {tokens[i + 1]} {tokens[i + 2]}")
            i += 3
            continue
        out.append(t)
        i += 1
    return out


_JOINED_THOUSANDS_RE1 = re.compile(r"\d{3}")
_JOINED_THOUSANDS_RE2 = re.compile(r"\d[\d,]*")


def _joined_thousands(tokens: list[str]) -> list[str]:
    """Tokens with a number's comma-grouped digits joined again ("2", ",", "000" -> "2,000"): a number inside
    the phrase ("£300m to fund 2,000 extra nurses") is one word of it, and its comma no end of the phrase."""
    if "," not in tokens:
        return tokens
    out: list[str] = []
    for token in tokens:
        if (
            _JOINED_THOUSANDS_RE1.fullmatch(token)
            and len(out) >= 2
            and out[-1] == ","
            and _JOINED_THOUSANDS_RE2.fullmatch(out[-2])
        ):
            out.pop()
            out[-1] += "," + token
        else:
            out.append(token)
    return out


def _ar_time(after: str) -> bool:
    """Whether an Arabic phrase opens with a noun of time, its article or "and" before it."""
    first = after.split()[:1]
    return bool(first) and re.sub(r"^(?:و?ال|و)", "", strip_arabic_marks(first[0])) in _AR_PERIODS


# A period compared with the one before, after a change: "year-on-year", "year-over-year", "month-on-month", also
# written apart ("grew 24% year over year") and "year to date" ("has slid 30% year to date").
ON_THE_PERIOD = re.compile(
    r"\s*(?:(?i:year|month|quarter|week|day)(?:-|\s+)(?i:on|over|to)(?:-|\s+)(?i:year|month|quarter|week|day|date)\b"
    # (as business copy abbreviates them, in capitals or with hyphens: "up 34 per cent YoY", "2% q-o-q"), and an
    # abbreviation in brackets after the words ("61 per cent year-on-year (YoY) jump")
    r"|(?:YoY|QoQ|MoM|yoy|qoq|y-o-y|q-o-q|m-o-m|Y-o-Y|Q-o-Q)\b)(?:\s*\((?:YoY|QoQ|MoM|y-o-y|q-o-q)\))?",
)


# A time before now after a figure: "found $3 million 3 weeks ago".
_AGO = re.compile(r"\s*(?:\d+|a|an|two|three|four|five|six)\s+(?:days?|weeks?|months?|years?)\s+ago\b")
# A time told from the day of writing right after a figure: "fell 4% this weekend", "a low of 1.5% later this
# year", "£2m last week", "up 3% yesterday" (when, no noun; the subject before the figure says what it is).
_DEICTIC_TIME = re.compile(
    r"\s*(?:(?:later|earlier)\s+)?(?:this|last|next)\s+(?:weekend|week|month|year|quarter|season|morning|afternoon|"
    r"evening)\b|\s*(?:yesterday|today|tomorrow|tonight)\b"
)
# A financial year after a figure: "in 2016-17", "for FY2017/18".
_FINANCIAL_YEAR = re.compile(r"\s*(?:in|for|during)\s+(?:the\s+)?(?:FY\s?)?(?:19|20)\d\d\s*[-/–]\s*\d{2,4}\b")


# "across the board" before a noun (no preposition, conjunction or time word): a modifier of that noun.
_ACROSS_THE_BOARD = re.compile(
    r"^(\s*)across\s+the\s+board(?=\s+(?!(?:on|in|at|for|to|from|by|with|and|or|but|this|last|next)\b)[a-z])"
)


# The scale word of a number ("5 مليارات", "2 millioner", "3 מיליון"): what follows another number after a figure's
# preposition, no noun of the figure.
_SCALE_WORD = re.compile(
    r"(?i:million|millions|billion|billions|trillion|thousand|mio|mia|millioner|milliarder|million|milliard|"
    r"مليون|ملايين|مليار|مليارات|ألف|آلاف|ترليون|تريليون|מיליון|מיליארד|אלף|אלפי)"
)


# Danish words that open no noun phrase after a figure: a participle of equating, a preposition or conjunction that
# starts an adjunct or a clause ("svarende til", "uden at", "siden 2020", "trods", "hvilket", "samt"), or names
# the figure's source ("0,8 procent ifølge Danmarks Statistik").
# (and "til" with the level reached: "steget med 5 pct. | til knap 26.000", another figure, no noun of this one)
# A Danish passive in "-es"/"-s" right after a figure, told by what follows it ("6 anses for", "7 betragtes som",
# "2 forventes at", "5 vurderes ikke"): the verb of the clause the figure ends, not the noun it counts (a genitive in
# "-es", "fem dages ferie", is followed by its noun instead).
_DA_PASSIVE_NEXT = re.compile(
    r"\s+[a-zæøå]{3,}(?:es|ås)\s+(?:som|for|at|til|af|ikke|nu|også|derfor|dog)\b|\s+[a-zæøå]{3,}(?:es|ås)\s*[,.;:!?]"
)
_DA_NO_NOUN = re.compile(
    # (an adverb of rate, "18 millioner kroner årligt", or "inter alia": "en halv million blandt andet ved salg")
    r"\s*(?:svarende|uden|siden|trods|indtil|hvilket|hvoraf|samt|ifølge|årligt|dagligt|ugentligt|månedligt|"
    r"blandt\s+andet|bl\.\s?a(?=\.)|"
    # ("4,0 pct. og 4,5 pct. for hhv. mænd og kvinder": "respectively" pairs the figures with a list)
    r"(?:for\s+)?(?:hhv(?=\.)|henholdsvis)|"
    r"til\s+(?:(?:knap|godt|cirka|ca\.|næsten|omkring|over|under|mere\s+end|mindre\s+end)\s+)?\d)\b",
    re.IGNORECASE,
)


# An ordinal after "in"/"on" and a possessive, its period left out: "in its second", "on its third" (weekend).
_IN_ITS_NTH = re.compile(
    r"\s*(?:(?:its|their|the|his|her)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\b(?!\s+[a-z])",
    re.IGNORECASE,
)


# Hebrew "and" opening the next item of a list right after a figure: "ו" before the article, a quote mark or an
# acronym ("והעבודה", "ו'יש עתיד'", "וש"ס"). A counted noun never opens with the conjunction; a root that starts with
# ו ("ועדות", "ותיקים") has none of these after it.
_HE_NEXT_CONJUNCT = re.compile(
    r"\s*ו(?:ה[\u05d0-\u05ea]|['\u05f3\"\u05f4]|[\u05d0-\u05ea]{1,4}[\"\u05f4][\u05d0-\u05ea]|(?:אלו|אלה|אילו)(?![\u05d0-\u05ea]))"
)  # (and "and those", "whereas": "צונחות ב-3.52% ואלו של בנק לאומי מאבדות 3.07%")


# A sum's rate after it: per a time ("לחודש", "בשנה", "מדי חודש", "כל שעה") or per a head ("לעובד", "לנפש", "לכל ילד"),
# opening what follows it; the subject before the sum says what it is ("השכר ... 4,000 ש"ח לחודש").
_HE_PER = (
    r"(?:ל|ב|מדי\s+|כל\s+|לכל\s+|בכל\s+)(?:חודש|שעה|שנה|יום|שבוע|לילה|עובד|עובדת|נפש|אדם|משפחה|ילד|תלמיד|"
    r"דירה|משק\s+בית|מטופל|חניך|קשיש|נכה|זכאי|משתתף|מ\"ר|מ״ר|ק\"ג|ק״ג|ליטר)(?![\u05d0-\u05ea])"
)
_HE_PER_UNIT = re.compile(rf"(?:\s*{_HE_PER})+")
# What a sum goes to, after its rate: "in" and a noun ("בתשתיות"), not a time or a day ("ביום", "בשנה").
_HE_IN_FIELD = re.compile(
    r"\s*ב(?!(?:יום|שנה|שנת|חודש|שבוע|ימי|מהלך|תחילת|סוף|אמצע)(?![\u05d0-\u05ea]))[\u05d0-\u05ea]{3,}"
)


_AFTER_PHRASE_RE1 = re.compile(r"^\s*\([^)]*\)")
_AFTER_PHRASE_RE2 = re.compile(r"\s*(?:mere|mindre|flere|færre|more|less|fewer)\s+(?:end|than)\b", re.IGNORECASE)
_AFTER_PHRASE_RE3 = re.compile(r"و(?:ال|[إأآ])[\u0621-\u064a]{2,}|וה[\u05d0-\u05ea]{2,}")
_AFTER_PHRASE_RE4 = re.compile(r"م[\u0621-\u064a]{3,}[ةا]")
_AFTER_PHRASE_RE5 = re.compile(r"\d[\d.,]*")
_AFTER_PHRASE_RE6 = re.compile(r"[ובלמהכש]{1,2}-?\d")
_AFTER_PHRASE_RE7 = re.compile(r"[وו]-?\d")
_AFTER_PHRASE_RE8 = re.compile(r"[وبلف]\d")
_AFTER_PHRASE_RE9 = re.compile(r"\w")
_AFTER_PHRASE_RE10 = re.compile(r"[a-z][a-z-]+")


@per_document  # (several readers of what a figure counts ask about the same text after it)
def after_phrase(
    after: str, lang: str, money: bool = False, subject: bool = False, determined: bool = False
) -> str | None:
    """What follows a figure: up to a stop word or punctuation ("people reported dead", "all spam"), with
    an English noun's prepositional complement ("tax cuts for the wool industry"). With `subject` (the
    figure opens its clause) a verb after the noun is the clause's own ("Twelve talks ended with ..."),
    which ends the phrase. With `determined` (an article stands right before the figure, "an £80m | hit") the
    word after it is a noun even where it may be a verb."""
    after = APPROX_AFTER.sub("", after)
    after = _AFTER_PHRASE_RE1.sub("", after)
    if lang == "en":  # "two UAE (United Arab Emirates) astronauts": a name's expansion inside the noun phrase
        after = re.sub(r"^(\s*(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)\s*\([^()]{2,60}\)(?=\s+[a-z])", r"\1", after)
    if lang == "en":  # "$5,000 in restitution and serve three years": a second predicate ends the phrase
        after = before_joined_verb(after)
    if lang == "en":  # "60 separate but related felony charges": two adjectives of one noun, as "and" joins them
        after = re.sub(r"^(\s*[a-z]+[^s\W])\s+(?:but|yet)\s+(?!(?:not?|never|the|a|an|only|also|just|still|its|their|"
                       r"his|her|then|now|all|some|none|few|many|more|less|most)\b)(?=[a-z]+\s+[a-z])",
                       r"\1 and ", after)
    if lang == "en":  # "asking for $34 billion in order to stop collapse": a purpose, as "to" alone, no "order"
        after = re.sub(r"^\s*in\s+order\s+(?=to\s)", " ", after)
    if lang == "en":  # "a two percent across the board cut": the idiom unhyphenated is still the noun's modifier
        after = _ACROSS_THE_BOARD.sub(r"\1across-the-board", after)
    if lang == "he" and _HE_NEXT_CONJUNCT.match(after):
        return None  # "העבודה תקבל 25 ו'יש עתיד' 8", "מקבלת 17 (15) וש"ס 10": "and" the next item, no noun of its own
    if lang == "en" and _AGO.match(after):
        return None  # "we found that $3 million 3 weeks ago": when, no noun
    if lang == "en" and _DEICTIC_TIME.match(after):
        return None  # "a meagre 5% this weekend", "a low of 0.75% later this year": when, no noun
    if lang == "en" and _FINANCIAL_YEAR.match(after):
        return None  # "from Rs 12.8 billion in 2016-17", "in 2017/18": a financial year, when, no noun
    if lang == "en" and ON_THE_PERIOD.match(after):
        return None  # "down 46 percent year-over-year": when it is compared, no noun of what changed
    if lang == "da" and re.match(r"\s*i\s+(?:budget(?:tet)?|regnskab(?:et)?|finansloven)\s+(?:for\s+)?\d{4}\b", after):
        return None  # "udgør 21,5 mia. kr. i budget 2026": the year's budget it is in, when, not what it counts
    if lang == "da" and re.match(r"\s*(?:mod|imod|mens)\s+(?:(?:cirka|ca\.|godt|knap|omkring)\s+)?\d", after):
        return None  # "2.249.000 kroner mod 2.078.000 kroner ved samme tid sidste år": the sum set against it, no noun
    if lang == "da" and re.match(r"\s*(?:i\s+forhold\s+til|sammenlignet\s+med|set\s+i\s+forhold\s+til)\b", after):
        return None  # "steget med 12,2 mia. kr. i forhold til 2025": what it is compared with, no noun of its own
    if lang == "da":  # "14 hold | i forhold til andre": what it is compared with ends the noun phrase
        after = re.sub(r"\s(?:set\s+)?i\s+forhold\s+til\b.*|\ssammenlignet\s+med\b.*", " .", after, flags=re.S)
    if lang == "en":  # "£31.8m in the six months | compared with £21.1m": what it is compared with ends the phrase
        after = re.sub(r"\s*,?\s+(?:as\s+)?compared\s+(?:with|to)\b.*", " .", after, flags=re.S)
    if lang == "da":  # "370 mio. kr. ekstra", "1,7 mia. kr. ekstra til velfærd": an adverb of the verb, no noun
        # (and "mere", "mindre": "6,7 mia. kr. mere til EU-budgettet", so much more for it)
        da_adverb = r"^\s*(?:ekstra|yderligere|mere|mindre)(?=\s+(?:til|på|i|om|for)\s|\s*[,.;:!?]|\s*$)"
        after = re.sub(da_adverb, " ", after)
        # ("låner 500 mia. euro i fællesskab": jointly, how it is done, no noun of the sum)
        after = re.sub(r"^\s*i\s+fællesskab(?![a-zæøå])", " .", after)
    if lang == "da":  # "60 ud af landets 98 kommuner": a part out of a whole, read as "af"
        after = re.sub(r"^\s*ud\s+af\s+", " af ", after)
    compared = da_after_comparative(after) if lang == "da" else None
    if compared == "":
        return None  # "35.000 højere end før", "993 færre.": a comparison, no noun (the subject says of what)
    after = compared if compared else after  # "1.000 færre lærere": the noun after the comparative
    if lang == "da" and da_time_after(after):
        return None  # "kostede 2,5 millioner kroner i december", "tjente 12 mio. kr. i fjor": when, not what
    if lang == "da" and _DA_PASSIVE_NEXT.match(after):
        return None  # "en styrke på 6 anses for moderat": the clause's passive verb, no noun of the figure
    if lang == "da" and _DA_NO_NOUN.match(after):
        return None  # "1,37 procent svarende til", "150 mio. kr. uden at", "1,4 mia. kr. siden 2020": no noun phrase
    if _AFTER_PHRASE_RE2.match(after):
        return None  # "1,2 milliarder kroner mere end planlagt", "$5m more than expected": a comparison follows
    total = re.match(rf"\s*(?:in\s+total|in\s+all|altogether|all\s+told)(?=\s*(?:$|[,.;]|{_STATE_WORDS}))", after)
    if total and lang == "en":  # "all 298 in total perished": the total says nothing of what is counted
        after, subject = after[total.end() :], True
    if lang == "en":  # "half of the 1,200 staff", "85 out of 100 votes": the whole's number is its own figure
        after = _WHOLE_NUMBER.sub(r"\1", re.sub(r"^\s*out\s+of\s+", " of ", after))
    if lang == "ar" and money and ar_own_part_after(after):
        return None  # "2.6 مليار جنيه | من قيمته": a part of the subject's own whole, the subject says what
    as_written = after
    those = _THOSE_WHO.match(after) if lang == "en" else None
    if those:  # "189 of those who died in the crash": the relative clause says who they are
        described = f"those who {those.group(1)}" if those.group(1) else f"those {those.group(2)}"
        return with_complement(described, WORD_TOKENS.findall(after[those.end() :]), 0)
    placed = _THOSE_PLACED.match(after) if lang == "en" else None
    if placed:  # "two-fifths of those in the town's oldest ward": the complement says which ones
        described = with_complement("those", WORD_TOKENS.findall(after[placed.end() :]), 0)
        if described != "those":
            return described
    if money and lang == "en":
        after = re.sub(r"^\s*worth\s+(?=of\s)", " ", after)  # "$2 million worth of supplies"
        # "an extra £40 on top of the travel grant": "top" is no noun of the sum; it is added on what follows
        after = re.sub(r"^\s*on\s+top\s+of\s+(?=\S)", " on ", after)
    lead = re.match(r"\s*(?:(?:a|per|for\s+each)\s+(?:person|head|capita|household|pupil|worker|employee)\s+)?"
                    r"(?:(?:a|per|each|om|pr\.)\s+(?:year|month|week|day|året|år|måneden)\s+)?"
                    rf"(?:of|af|for|til|من|מ|של{MONEY_LEADS if money else ''})\s+(?:the\s+|all\s+)?",
                    after)  # fmt: skip
    share = lead is not None and lead.group(0).split()[-1].lower() in ("of", "the", "all") and "of" in lead.group(0)
    if lang == "en" and money and lead is not None and _IN_ITS_NTH.match(after[lead.end() - 1 :]):
        return None  # "falling 38% to £705k | in its second": which weekend of a run (its noun left out), a time
    if lead:
        after = after[lead.end() :]
    if lang == "en" and lead and lead.group(0).split()[-1].lower() == "for" and re.match(
        r"\s*(?:him|them|it|us|me|you)\b", after
    ):
        # "paid the club £4.2m | for him in 2019": an object pronoun names nothing the sum counts (not the
        # partitive "20 of them are in Africa", which the readers of "of them" resolve)
        return None
    if lang == "ar" and re.match(r"\s*ل(?:شهر|نفس|عام|سنة|الشهر|العام|السنة|الفترة|الربع)(?!\w)", as_written):
        return None  # "13.2 % | لشهر مايو", "11.5 % | لنفس الشهر": the period it is for, not what it counts
    per_unit = _HE_PER_UNIT.match(as_written) if lang == "he" and money else None
    if per_unit and not _HE_IN_FIELD.match(as_written[per_unit.end() :]):
        return None  # "4,200 ש"ח לחודש", "47 שקל לשעה", "815 שקל לעובד": the rate's unit, not what the sum counts
    if per_unit:  # "12 מיליארד שקל לשנה בכבישים": what the sum goes to follows the rate
        after = as_written = as_written[per_unit.end() :]
    if lang == "ar" and lead is None and ar_time_after(as_written):
        return None  # "1.8 مليار دينار | للعام الماضي", "11 مليارا | عام 2023": when it was, not what it counts
    if lang == "ar" and lead and lead.group(0).split()[0] == "في" and _ar_time(after):
        return None  # "500 مليون دولار في الربع الأول", "في عام 2023": when, not what the sum counts
    # (and the article after "all": "half of all the guild's weavers")
    after = re.sub(r"^\s*(?:all\s+(?=the\s+[a-z]))?(?:the|all|a|an|its|their|his|her|these|those|de|alle)\s+", " ",
                   after, flags=re.IGNORECASE)  # fmt: skip
    if lang == "da" and money and lead is not None and lead.group(0).split()[-1].lower() in ("i", "til"):
        # "betalte 7 mio. kr. i et udlæg", "10.000 kr. til en ny skole": the indefinite article after the
        # preposition, as "i erstatning" has none (a lower-case word must follow: not "til en af dem"; nor a span of
        # time, "i en periode", which says when)
        after = re.sub(r"^\s*(?:en|et)\s+(?=[a-zæøå]{3,})(?!(?:af|par|anden|andet|periode|tid|måned|uge|dag|år)\b)",
                       " ", after)  # fmt: skip
    if lang == "en" and share:
        # "30 percent of that grant": a demonstrative before its noun (not before a verb: "a third of that went to
        # rent", where "that" is the whole itself)
        after = _WHOLE_DETERMINER.sub(" ", after)
    if lang == "da" and lead is not None and lead.group(0).split()[-1].lower() == "af":
        after = re.sub(r"^\s*(?:det|den)\s+(?=[a-zæøå])", " ", after)  # "27 pct. af det samlede budget": its article
    if lang == "ar" and lead is not None:
        after = re.sub(r"^\s*(?:هذه|هذا|هؤلاء|تلك|ذلك|أولئك)\s+", " ", after)  # "ثلاثة من هذه المشافي": of these
    if lang == "ar" and lead is None and re.match(AR_NO_NOUN_AFTER, after):
        return None  # "إلى 74.66 مليار دولار | حسبما ذكر الاتحاد", "| بما يعادل": its source or its conversion
    if lang == "ar" and lead is None and re.match(r"\s*[،,؛;]", after):
        return None  # "850 مليون دينار، | ومنطقة مطار ...": the comma ends the phrase before the next conjunct
    if lang == "ar":  # "10 آلاف دينار شهرياً لتغطية فواتير": how often the sum is paid, no noun of it
        after = re.sub(r"^\s*(?:شهري|سنوي|يومي|أسبوعي)(?:اً|ًا|ا)(?![\u0621-\u064a])", " ", after)
    if lang == "ar" and money:  # "30.79 دولار للبرميل", "2300 دولار للأونصة": the unit a price is per, no noun of it
        after = re.sub(AR_PER_UNIT, " ", after)
    words: list[str] = []
    limit = 4 if lang in ("en", "da") else 2
    if lang == "da" and lead is not None and re.match(r"\s*(?:[A-ZÆØÅ][\w-]*\s+)?[^\W\d_]{2,}s\s", after):
        limit = 6  # "to af Halby Teaters mest talentfulde skuespillere": a genitive owner before the group
    stop = STOP.get(lang, set())
    tokens = _suspended_hyphens(_joined_thousands(WORD_TOKENS.findall(after)), lang)
    if lang == "ar" and (nights := ar_nights_after(tokens)):
        return nights  # "نحو 50 مليون ليلة سياحية": nights counted, not the time word "ليلة"
    if lang == "en" and tokens and opens_no_noun(tokens, lead.group(0) if lead else "", money):
        return None  # "up 1.99% along with the market", "added 18 for the Rockets": no noun phrase of what it counts
    if lang == "he" and he_place_after(tokens):
        return None  # "גייסה 40 מיליון דולר | בניו יורק": where, a place with its preposition, not what it counts
    if lang == "he" and tokens and re.fullmatch(r"ו[בהלמכש][\u05d0-\u05ea]{2,}", tokens[0]):
        return None  # "עם 38 נקודות לעומת 33 | ומשחק חסר", "עם 25 | ובמקום הרביעי": "and" opens the next conjunct
    if lang == "he" and tokens and re.match(
        r"ב(?:ה)?(?:רבעון|שנה|שנת|חודש|שבוע|יום|מחצית|תקופה|עשור|חישוב|מונחי|ממוצע|קירוב|"
        r"ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)",
        tokens[0],
    ):  # "45 מיליון שקל | ברבעון השלישי", "0.8% | באוגוסט": when; "14.2% | בחישוב שנתי": how it is reckoned
        return None
    if lead is None and tokens and _AFTER_PHRASE_RE3.fullmatch(tokens[0]):
        return None  # "نفقات بقيمة 280 مليار ريال | وإيرادات ...", "ב-80% | והתוצר": "and" opens the next conjunct
    state = len(tokens) > 1 and _AFTER_PHRASE_RE4.fullmatch(tokens[0]) is not None
    # (or the step right after it: "98.48 دولار للبرميل | منخفضة 4.18 في المئة")
    state_next = r"ب[\u0621-\u064a]{2,}|(?!ال)[\u0621-\u064a]{2,}ا|[\d٠-٩][\d٠-٩.,]*"
    state = state and re.fullmatch(state_next, tokens[1]) is not None
    if lang == "ar" and money and lead is None and state:
        return None  # "401.5 مليار دولار | متقدمة مركزا", "مرتفعة بنسبة": a participle of its state, no noun
    if lang == "ar" and money and lead is None and tokens and re.fullmatch(r"و[\u0621-\u064a]{3,}", tokens[0]):
        return None  # "صادرات الزرقاء 850 مليون دينار، | ومنطقة المطار 116": a sum's "and" opens the next item
    purposed = lead is not None and lead.group(0).split()[-1].lower() == "for" and lang == "en" and not money
    if purposed and re.match(r"\s*[a-z]{3,}ing\s+(?:a|an|the|their|its|his|her|new)\s", after):
        return None  # "140 square metres for establishing a house": what the measure is for, not what it counts
    held = _HELD.match(after) if lang == "en" else None
    if held:  # "95 migrants still in custody", "31 votes in favour": the state is what they count
        return " ".join(held.group(0).split())
    i = 0
    complement_at: int | None = None  # where a prepositional complement of the noun phrase may start
    headed = False  # whether a run of capitalised words reached the phrase's plural head
    own_length: int | None = None
    while i < len(tokens):
        token = tokens[i]
        low = token.lower()
        if lang == "ar":
            low = strip_arabic_marks(low)
        if _AFTER_PHRASE_RE5.fullmatch(token) and not words:
            if i + 1 < len(tokens) and _SCALE_WORD.fullmatch(tokens[i + 1]):
                return None  # "9.5 مليارات دولار من 5 مليارات": the other number's scale, no noun of this figure
            i += 1
            continue  # "34 af 149.000 jøder": the other number
        according = low in ("وفقا", "طبقا", "حسب", "بحسب", "نقلا", "وفق") or (
            low in ("بناء", "استنادا") and tokens[i + 1 : i + 2] in (["على"], ["إلى"], ["الى"])
        )
        if words and lang == "ar" and according:
            break  # "600 ألف شخص | بناء على شهادة", "40 شخصا | وفقا لمصادر": "according to" ends the noun phrase
        if not words and lang == "en" and low in ("because", "despite", "although", "though", "unless", "whereas"):
            break  # "in the preceding 20 years because of career ...": a clause of cause, no counted noun
        if not words and low in ("against", "versus", "vs"):
            return None  # "51.2 percent | against 47.9 percent for her rival": a comparison, no noun of its own
        if not words and lang == "en" and low.rstrip(".,;:") in ("respectively", "apiece", "intraday"):
            return None  # "rose 12% and 7% | respectively", "fell to 81.92 | intraday": an adverb, no noun
        if words and low in ("out", "ud") and tokens[i + 1 : i + 2] in (["of"], ["af"]):
            break  # "76 seats | out of 150": the whole follows, no part of the noun phrase
        if (words and _AFTER_PHRASE_RE7.match(token)) or (lang == "ar" and _AFTER_PHRASE_RE8.match(token)):
            break  # "45 قتيلا و120 جريحا", "مؤشر X 20 ب0.06 %": the next figure starts
        if lang == "he" and _AFTER_PHRASE_RE6.match(token):
            break  # "ירדה ב-0.4 נקודות אחוז | ל-3.5 אחוזים": a prefixed figure is the next figure, no noun
        coordinated = token[:1] in "وו" and i + 1 < len(tokens) and re.match(r"\d", tokens[i + 1]) is not None
        if words and lang in ("ar", "he") and coordinated:
            break  # "قتل 5 أشخاص | وجرح 6": "and" with a noun or verb of its own and the next figure after it
        if lang == "ar" and (re.fullmatch(AR_VERB, low) or re.fullmatch(rf"[بك]{AR_MEASURE}", low)):
            # "12 % لتصل", "30 مشروعا بتكلفة": a verb or another amount's lead ends the noun phrase (also "as a
            # share": "عجزا نسبته 6.8 % | كنسبة من الناتج")
            break
        purpose = lead is not None and lead.group(0).strip().lower() == "to"  # "$1.5bn to rebuild the city"
        if money and lang == "en" and len(words) == 1 and (words[0].lower().endswith("ing") or purpose):
            if low in DETERMINERS:
                i += 1  # "$40 million rebuilding the harbour wall": the verb's object says what the money is for
                continue
        inside = lang == "en" and len(words) < limit and any(w[:1].islower() for w in words)  # (after a modifier)
        named_run = _named_run(tokens, i, stop) if inside else 0
        if named_run:  # "75% of its new purpose-built | Next Generation Delivery Vehicles", "45,000 specialized
            # | USPS NGDV electric vehicles": capitalised words and acronyms inside the phrase, up to its plural head
            headed = True
            words += tokens[i : i + named_run]
            complement_at = i + named_run
            break
        if len(words) == limit and lang == "en" and _plural_head(tokens, i, stop):
            words.append(token)  # "two existing South American trade blocs": the head noun ends the phrase
            complement_at = i + 1
            break
        ahead = _head_ahead(tokens, i, stop) if len(words) == limit and lang == "en" else 0
        if ahead:  # "12 high-power roadside solar | charging posts": modifiers run on to a plural head,
            # or "medical and rescue | diving gear": a coordinated modifier
            words += tokens[i : i + ahead]
            complement_at = i + ahead
            break
        if lang == "da" and words and low in ("og", "eller") and _da_joined_adjectives(words, tokens, i, stop):
            words += [token, tokens[i + 1]]  # "40 svenske og norske havne": two adjectives of one noun
            i += 2
            continue
        suspended = bool(words) and words[-1].endswith("-") and low in ("and", "or", "og", "eller")
        if suspended and i + 1 < len(tokens) and re.match(r"\w", tokens[i + 1]):
            words += [token, tokens[i + 1]]  # "saltvands- og ferskvandsområder": a suspended compound and its head
            i += 2
            continue
        inner = lang == "en" and low in ("the", "of") and 0 < len(words) < limit and i + 1 < len(tokens)
        if inner and all(w[:1].isupper() for w in words) and re.fullmatch(r"[A-Z][\w'’-]+", tokens[i + 1]):
            words.append(token)  # "a $1 billion America the Beautiful Challenge": a name goes on over "the"/"of"
            i += 1
            continue
        if lang == "en" and token == "A" and words and words[-1][:1].isupper() and len(words) < limit and (
            re.fullmatch(r"[A-Za-z][\w-]*", tokens[i + 1] if i + 1 < len(tokens) else "")
        ):
            words.append(token)  # "nine Italian Serie A titles": a capital letter inside a name, no article
            i += 1
            continue
        # (a subject pronoun opens a relative clause without "that", no word of the noun phrase: "the 300 phones |
        # they had stolen", "the £2.2 billion | we have awarded"; "IT" in capitals is a noun)
        pronoun = lang == "en" and (token == "I" or (token.islower() and token in SUBJECT_PRONOUNS_EN))
        if not _AFTER_PHRASE_RE9.match(token) or low in stop or len(words) == limit or pronoun:
            complement_at = i if words else None
            if lang == "en" and low in ("have", "has", "had", "were", "was", "are", "is") and (words or not i):
                # "12 people have been arrested", "two others were seriously injured": skip the passive's
                # "been" and an adverb to reach the participle
                k = i + 1
                so_far = tokens[k : k + 2] in (["so", "far"], ["thus", "far"])  # "100 people have so far died"
                k += 2 if so_far else 0
                negated: list[str] = []
                while k < len(tokens) and k < i + 3 + (2 if so_far else 0) + len(negated) and (
                    tokens[k] in ("been", "being", "not", "never") or adverb(tokens[k]) or tokens[k] in ADVERBS
                ):
                    if tokens[k] in ("not", "never"):
                        negated = [tokens[k]]  # "16 were not immunized": the negation is part of what they are
                    k += 1
                rest = tokens[k : k + 3]
                # (an irregular participle after a passive's auxiliary too: "50 people have been taken to a shelter",
                # "2,000 homes were left without power"; not after "have" alone, "300 have left", their own act)
                passive_aux = low in ("were", "was", "are", "is") or "been" in tokens[i + 1 : k]
                # (only where the figure opens its clause: "A firm that grew to 500 staff was sold" sold the firm)
                irregular = subject and passive_aux and rest[:1] != [] and rest[0] in IRREGULAR_PARTICIPLES
                participle = (
                    [*negated, *rest[:1]] if rest[:1] and (ed_form(rest[0]) or rest[0] in STATUS or irregular) else []
                )
                if participle:
                    # ("were left | without power": a preposition opens the complement, no second word of the verb)
                    extra = [t for t in rest[1:2] if re.match(r"[a-z]+$", t) and t not in stop and t != "without"]
                    if rest[1:2] == ["to"] and re.fullmatch(r"[a-z]{3,}", "".join(rest[2:3])) and rest[2] not in stop:
                        extra = rest[1:3]  # "300,000 have been forced to flee": what they were made to do
                    if rest[1:2] in (["and"], ["or"]) and rest[2:3] and (ed_form(rest[2]) or rest[2] in STATUS):
                        extra = rest[1:3]  # "$100 billion has been announced and allocated": both participles
                    passive = low in ("were", "was", "are", "is") or "been" in tokens[i + 1 : k] or rest[0] in STATUS
                    own_length = len(words) if passive else None  # what was done to them, no verb of theirs
                    # ("60 journalists have been jailed"; not "2,400 members have joined", their own act)
                    words += participle + extra
                    complement_at = k + 1 + len(extra)
                elif (
                    share
                    and words
                    and low in ("were", "was", "are", "is")
                    and rest[:1]
                    # ("70 percent of the islanders are Shia": a name of a faith or people says which too)
                    and re.fullmatch(r"[a-z]{3,}|[A-Z][a-z]{2,}", rest[0])
                    and rest[0].lower() not in stop
                    and rest[0] not in DETERMINERS
                    and rest[0] not in EN_VERBS
                ):
                    own_length = len(words)  # the copula is no verb of the figure's own clause
                    words += [token, rest[0]]  # "43% of workers are informal": the part is those that are so
                    complement_at = None
            elif lang == "en" and low in MODALS and words:
                # "60,000 people could perish", "200 jobs will be lost": what happens to them says what
                rest = [t for t in tokens[i + 1 : i + 4] if re.match(r"[a-z]+$", t)]
                verb = rest[:2] if rest[:1] == ["be"] else rest[:1]
                complement_at = None
                if verb and verb[-1] not in stop and verb[-1] not in ("not", "have", "be"):
                    words += [token, *verb]
            elif lang == "en" and low in ("and", "or") and words and all(w[:1].isupper() for w in words):
                i += 1  # "Asian and African nations"
                words.append(token)
                complement_at = None
                continue
            elif lang == "en" and low in ("and", "or") and words and len(words) < limit and _joins_modifier(tokens, i):
                i += 1  # "medical and rescue diving gear": a coordinated modifier, the head after it
                words.append(token)
                limit += 2
                complement_at = None
                continue
            elif lang == "da" and low == "af" and words and len(words) < limit:
                nxt = tokens[i + 1 : i + 2]
                if nxt and re.match(r"\w", nxt[0]) and nxt[0].lower() not in stop:
                    words += [token, nxt[0]]
                    complement_at = None  # "200 job af sparehensyn": the af-phrase is the complement
            break
        if (
            words
            and lang == "en"
            and ed_form(low)
            and low not in STATUS
            and i + 1 < len(tokens)
            and tokens[i + 1].lower() in DETERMINERS
        ):
            break  # "900 nurses ended their walkout": a verb with its object, after the noun phrase
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if words and lang == "da" and re.fullmatch(r"[a-zæøå]{4,}ede", low) and not da_noun_follows(following):
            break  # "300 landmænd | demonstrerede foran ...": a Danish past tense is the clause's verb (not the
            # adjective of "Danmarks samlede elforbrug")
        if words and lang == "en" and low in PLURAL_SUBJECT_VERBS and plural(words[-1]):
            # "5 million people lack food", "homes lack heating": a verb in the present after a plural says which
            # ones, as a relative clause would ("people who lack food"); the phrase ends after it
            said: list[str] = []
            k = i + 1
            while k < len(tokens) and len(said) < 5:
                t = tokens[k]
                if said and t in DETERMINERS and k + 1 < len(tokens) and re.fullmatch(r"[a-z][a-z-]*", tokens[k + 1]):
                    said.append(t)  # "live below | the | poverty line": a determiner inside the verb's object
                elif not re.fullmatch(r"[a-z][a-z-]*", t) or t in EN_STOP or len([w for w in said if w not in
                                                                                  DETERMINERS]) == 3:
                    break
                else:
                    said.append(t)
                k += 1
            while said and said[-1] in DETERMINERS:
                said.pop()
            complement = prep_complement(tokens, i + 1 + len(said))  # "lack access | to clean water"
            who = "who" if words[-1].lower() in IRREGULAR_PLURALS else "that"
            own_length = len(words)  # the relative clause's verb is no verb of the figure's clause
            words += [who, token, *said, *complement[:4]]
            complement_at = None
            break
        if words and lang == "en" and low == "being" and i + 1 < len(tokens) and is_participle(tokens[i + 1]):
            words += [token, tokens[i + 1]]  # "12 activists being held": what is being done to them says which
            complement_at = i + 2
            break
        if words and lang == "en" and not subject and low in IRREGULAR_PARTICIPLES and prep_complement(tokens, i + 1):
            words.append(token)  # "counted 12,000 migrants caught at the border": an object's participle phrase
            complement_at = i + 1
            break
        if words and lang == "en" and (low in PAST_VERBS or low in PHRASE_ENDS):
            break  # "22 topics | became trending": an irregular past is the clause's verb; "| near the village"
        if words and lang in ("en", "da") and (low in TIME_WORDS or low in ADVERBS or low in ("worldwide", "alone")):
            break  # "150 million people now use", "2 million copies worldwide": the noun phrase has ended
        words.append(token)
        if lang in ("en", "da") and low in ("most", "mest", "very", "meget"):
            limit += 1  # "Vestby Teaters mest kendte skuespillere": a degree word leaves room for the head
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        attributive_state = len(words) == 1 and _AFTER_PHRASE_RE10.fullmatch(following) is not None
        # ("1 million infected e-mail messages", "five injured police officers": a compound's plural head two on)
        compound_head = tokens[i + 2] if i + 2 < len(tokens) else ""
        compound = _AFTER_PHRASE_RE10.fullmatch(compound_head) is not None and plural(compound_head)
        compound = compound and following not in stop and following not in EN_VERBS and compound_head not in stop
        attributive_state = attributive_state and (plural(following) or compound)
        if lang == "en" and low in STATUS and not (attributive_state and following not in stop | EN_VERBS):
            complement_at = i + 1
            break  # ("30,000 evacuated villagers", "300 injured people": a state before the noun describes it)
        i += 1
    if subject and lang == "en":
        # "Sixteen players made it to the final", "Twelve rounds ended with a deal"; not "could perish", which
        # says what happens to them
        verbs = [k for k, w in enumerate(words[:own_length])
                 if k and clause_verb(w) and not attributive(words, k) and words[k - 1].lower() != "being"
                 and not _plural_before_auxiliary(w, tokens)]  # fmt: skip
        # ("40 companies record N6.8 trillion revenue", "12 firms rake in $2bn": headlines' verbs in the present,
        # known by the plural before them and the figure of their object after them)
        verbs = sorted({*verbs, *(k for k, w in enumerate(words[:own_length])
                                  if k and _verb_before_figure(words[k - 1], w, tokens))})  # fmt: skip
        if verbs and verbs[0] == len(words) - 1 and reduced_relative(tokens, complement_at):
            verbs = []  # "1,000 homes damaged by the storm still ...", "300 people forced from their homes have"
        if verbs and words[verbs[0]].lower() not in MODALS and words[verbs[0] - 1].lower() not in MODALS:
            words, complement_at = words[: verbs[0]], None
    phrase_length = len(words)
    if lang == "ar" and words and strip_arabic_marks(words[-1]) in AR_STOP:
        words = words[:-1]
    while words and words[-1].lower() in ("and", "or", "og", "eller"):
        words = words[:-1]  # "one Supreme Court Judge and | two": the conjunction leads to the next figure
    if lang == "ar" and len(words) > 1 and re.match(r"و(?:[إأاآتين]|ال)", words[1]):
        words = words[:1]  # "مقتل 15 شخصا وإصابة 30": the next conjunct is another figure's
    if lang == "he" and len(words) > 1 and he_place_after(tokens[tokens.index(words[1]) :]):
        words = words[:1]  # "3,000 איש | בחיפה": where they were, a place with its preposition, no part of the noun
    if lang == "he" and len(words) > 1 and re.fullmatch(r"ו[\u05d0-\u05ea]{3,}", words[1]):
        words = words[:1]  # "7 שנות מאסר וקנס": a noun joined by ו is the next conjunct, another figure's or none
    if len(words) > 1 and ((lang == "he" and words[1].endswith("ו")) or (lang == "ar" and words[1].endswith("وا"))):
        words = words[:1]  # "300 איש נהרגו", "70 ألف متظاهر احتلوا": a plural verb in the past follows
    if words and (words[0].lower() in TIME_WORDS or words[0].lower().replace("’", "'") in PRONOUN_STARTS):
        return None  # "56 percent today": when, not what; "30 days it's been": a new clause
    if lang == "en" and len(words) == 1 and (adverb(words[0]) or words[0].lower() in _WHERE_ADVERBS):
        # "up 40 percent annually", "rose 3% respectively": how or how often, not what is counted (but an adverb
        # before the words it describes stays: "three previously uninvolved states"); "grew 71% overseas": where
        return None
    if lang == "he" and words and re.fullmatch(r"ו?(?:הם|הן|הוא|היא|אנחנו|אני)", words[0]):
        return None  # "3 מיליארד ש\"ח והם מפורסמים": "and they ..." opens a new clause
    if (
        lead
        and money
        and words
        and ((words[0].lower() in PERIODS and not _season_modifier(words)) or words[-1].lower() in PERIODS
             or re.match(EN_MONTHS, words[0])
             # (the half, quarter or financial year of results copy: "N808bn in H1 2022", "$2m in Q3", "in FY23")
             # (not one naming a noun after it: "$5m in H1 loans")
             or (re.fullmatch(r"(?:H[12]|Q[1-4]|FY(?:\d{2}|\d{4})?|9M)", words[0])
                 and all(re.fullmatch(r"\d{2,4}", w) for w in words[1:]))
             or re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", words[0]))
    ):
        return None  # "£1.2bn in the year to March", "in its opening weekend", "in November", "on Monday": when
    if (
        subject
        and lang == "en"
        and len(words) == 1
        and ed_form(words[0].lower())
        and words[0].lower() not in EN_VERBS
        and (len(tokens) == 1 or not re.match(r"\w", tokens[1]))
    ):
        return words[0]  # "Of the 140 aboard, all 140 survived.": a bare subject counts those the verb is said of
    if lang == "en" and own_length == 0 and words:
        return " ".join(words)  # "Of these, 40 were accepted": a bare figure with a passive counts those it is said of
    # (not a name's capitalised word in -ed: "three United States carmakers", "two United Nations agencies")
    named = lang == "en" and re.fullmatch(r"[A-Z][a-z]+ed", words[0] if words else "") is not None
    # (after "of" a participle before a noun is its adjective: "$60 million of lost revenue")
    adjective_first = share and len(words) > 1 and re.fullmatch(r"[a-z][a-z-]+", words[1]) is not None
    adjective_first = adjective_first and words[1] not in stop
    # (nor after a sum's "in", which opens its noun phrase: "$1.52 billion in planned U.S. health assistance")
    in_sum = money and lead is not None and lead.group(0).split()[-1].lower() == "in" and len(words) > 1
    adjective_first = adjective_first or (in_sum and ed_form(words[0]) and words[1].lower() not in stop)
    determined_noun = determined and lang == "en" and re.fullmatch(r"[a-z]+", words[0] if words else "") is not None
    verb_first = lang in ("en", "da") and bool(words) and verb_not_noun(words, lang)
    # (a Danish verb form before the reflexive "sig" is a verb: "de sidste tre befinder sig på hospitalet"; not a
    # definite plural, "65 % af europæerne sig som EU-borgere")
    reflexive = lang == "da" and bool(words) and tokens[1:2] == ["sig"] and tokens[0] == words[0]
    verb_first = verb_first or (reflexive and re.fullmatch(r"[a-zæøå]{3,}(?:er|ede|te)", words[0]) is not None)
    if verb_first and not named and not _plural_noun_first(tokens) and (
        not adjective_first and not determined_noun and not headed
    ):  # (not a participle before a run to its plural head: "45,000 specialized USPS NGDV electric vehicles")
        return None  # "$170 million compared to", "6020 kg dubbed DemoSat": a verb follows, no noun
    if (
        lang == "en"
        and len(words) > 1
        and ed_form(words[-1])
        and words[-1].lower() not in STATUS
        and not (complement_at is not None and is_complement(tokens, complement_at))
        and words[-2].lower() not in ("be", "been", "being")
        and own_length is None  # "60 journalists have been jailed": the participle after the auxiliary stays
    ):
        # "3,400 refugees crossed": the verb of the clause, not part of the noun; but "126,000 people searched
        # at the border" is a participle with its complement, which says which people
        words = words[:-1]
    if (
        lang in ("en", "da")
        and len(words) == 1
        and words[0].lower() in RATE_WORDS
        and re.match(r"\s*(?:a|an|per|each|om|pr\.?|hver)\s", as_written, re.IGNORECASE)
    ):
        return None  # "$2,000 a month": a rate, not what is counted
    relative = relative_clause(tokens, complement_at) if lang == "en" and words and complement_at is not None else []
    if relative and len(words) == phrase_length:
        return " ".join([*words, *relative])  # "30 children who lost their parents": the clause says which ones
    if lang == "en" and words and complement_at is not None and len(words) == phrase_length:
        return with_complement(" ".join(words), tokens, complement_at)
    if lang == "da" and words and complement_at is not None and len(words) == phrase_length:
        complement = da_complement(tokens, complement_at)  # "150 ansatte | i ældreplejen"
        return " ".join([*words, *complement])
    return " ".join(words) or None


# A whole's own number after a part ("half of the | 1,200 | staff"), skipped to reach the noun.
_WHOLE_NUMBER = re.compile(r"^(\s*(?:of\s+)?(?:the\s+)?)\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?=[a-z])")
# Adverbs of place with no "-ly": "grew fully 71% overseas", "sold 2 million worldwide".
_WHERE_ADVERBS = {"overseas", "abroad", "worldwide", "nationwide", "statewide", "countrywide", "elsewhere", "offshore",
                  "onshore", "domestically"}  # fmt: skip
_STATE_WORDS = r"(?:have|had|has|were|was|are)\b|[a-z]+ed\b|(?:died|dead|missing|hurt)\b"
# A relative clause on "those" after a figure: "189 of those who died", "half of those that voted".
# (or a participle after "those": "two-thirds of those polled", "half of those questioned")
# "those" and a preposition, whose phrase says which ones: "of those in the ward", "of those at the rally".
_THOSE_PLACED = re.compile(r"\s*(?:of\s+)?(?:all\s+)?those(?=\s+(?:in|at|from|on|under|over|aged)\s)")
# A demonstrative after "of" before its noun: "of that | money", "of this | year's budget"; not before a verb ending
# in -ed nor "is", "was", "has" and their kin ("a third of that went to rent": "that" is the whole itself).
_WHOLE_DETERMINER = re.compile(
    r"^\s*(?:that|this)\s+(?=[a-z]+\b(?<!ed)(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bwill)(?<!\bwould)(?<!\bcould)"
    r"(?<!\bmight)(?<!\bgoes)(?<!\bwent)(?<!\bcame)(?<!\bcomes)(?!\s*[,.;:]))",
    re.IGNORECASE,
)
_THOSE_WHO = re.compile(
    r"\s*(?:of\s+)?(?:all\s+)?those\s+(?:(?:who|that)\s+((?:(?:have|had|has|were|was)\s+)?[a-z]+)|([a-z]{3,}ed))\b"
)
# A plural noun and the state it is in, which says what is counted: "votes in favour", "people still in
# custody", "farmers currently in pre-trial detention", "migrants held in camps".
_HELD = re.compile(
    r"\s*(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*s\s+(?:(?:currently|still|now|already|held|kept|being\s+held)\s+)?"
    r"(?:in\s+favou?r(?:\s+of\s+(?:the\s+)?[\w'’-]+)?|in\s+(?:[a-z-]+\s+)?(?:detention|custody|prison|prisons|jail|jails|hospital|hospitals|exile|"
    r"hiding|captivity|camps|shelters))\b"
)


def _joins_modifier(tokens: list[str], i: int) -> bool:
    """Whether the "and" at tokens[i] joins two modifiers of one head ("medical and rescue | diving
    gear"): lower-case words follow, and a noun after them ends the phrase; not a second noun phrase
    with its own figure or determiner ("12 men and 3 women", "homes and the school") nor a verb."""
    run = tokens[i + 1 : i + 4]
    words = [t for t in run if re.fullmatch(r"[a-z][a-z-]+", t)]
    if len(words) < 2 or words != run[: len(words)]:
        return False
    if re.fullmatch(r"[a-z]{3,}ing", words[0]) and i and plural(tokens[i - 1]):
        return False  # "killing 200 people | and injuring dozens": a plural head, then a second participle's clause
    # (a participle may be the second modifier when a plural head follows it: "separate and related | felony charges")
    first_ed = len(words) == 3 and ed_form(words[0]) and any(
        _plural_head(tokens, k, EN_STOP) and all(re.fullmatch(r"[a-z][a-z-]+", t) for t in tokens[i + 1 : k + 1])
        for k in range(i + 2, min(i + 5, len(tokens)))
    )
    return not any(w in EN_STOP or w in EN_VERBS or (ed_form(w) and not (first_ed and k == 0)) or w in DETERMINERS
                   for k, w in enumerate(words[:2]))


# The endings of the Danish adjectives (plural or definite) that "og" joins before their noun: "danske", "offentlige",
# "mellemstore", "private", "gamle". (A plural noun in -e, "dage", "gange", ends in none of them.)
_DA_ADJECTIVE = re.compile(r"små|nye|[a-zæøå]{2,}(?:ske|ige|nde|ede|ste|re|te|le|ne)")


def _da_joined_adjectives(words: list[str], tokens: list[str], i: int, stop: set[str]) -> bool:
    """Whether the "og"/"eller" at tokens[i] joins the one adjective read so far to another that, like it, stands
    before the noun after them ("svenske | og norske | havne"), rather than opening the next conjunct."""
    if len(words) != 1 or i + 2 >= len(tokens) or not _DA_ADJECTIVE.fullmatch(words[0]):
        return False
    second, noun = tokens[i + 1], tokens[i + 2]
    return (
        _DA_ADJECTIVE.fullmatch(second) is not None
        and re.fullmatch(r"[a-zæøå][a-zæøå-]{2,}", noun) is not None
        and noun not in stop
    )


def _head_ahead(tokens: list[str], i: int, stop: set[str]) -> int:
    """How many more words (1 or 2) a long English noun phrase at tokens[i] takes to reach its head: a plural
    noun one or two words on ("roadside | charging posts"), or two more words when a coordinated modifier
    ("security and emergency | response equipment") leaves the phrase open; 0 when none."""
    for k in (1, 2):
        run = tokens[i : i + k]
        if len(run) == k and all(re.fullmatch(r"[a-z][a-z-]+", t) and t not in stop and t not in EN_VERBS for t in run):
            if _plural_head(tokens, i + k - 1, stop):
                return k
    joined = "and" in tokens[max(0, i - 3) : i]
    run = tokens[i : i + 2]
    nxt = tokens[i + 2].lower() if i + 2 < len(tokens) else ""
    if joined and len(run) == 2 and all(re.fullmatch(r"[a-z][a-z-]+", t) and t not in stop for t in run):
        return 2 if (not nxt or not re.match(r"\w", nxt) or nxt in stop) else 0
    return 0


def _named_run(tokens: list[str], i: int, stop: set[str]) -> int:
    """How many words from tokens[i] a run of capitalised words or acronyms (with lower-case modifiers after them)
    takes to reach a plural head that ends the noun phrase ("Next Generation Delivery Vehicles", "USPS NGDV electric
    vehicles"); 0 when tokens[i] opens no such run."""
    if not re.fullmatch(r"[A-Z][\w-]*", tokens[i]):
        return 0
    for k in range(i, min(i + 5, len(tokens))):
        token = tokens[k]
        capital = re.fullmatch(r"[A-Z][\w-]*", token) is not None and token.lower() not in ("the", "and", "or", "an")
        if not (capital or (re.fullmatch(r"[a-z][a-z-]+", token) and token not in stop and token not in EN_VERBS)):
            return 0
        nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        ends = not nxt or not re.match(r"\w", nxt) or nxt in stop or nxt in EN_VERBS or ed_form(nxt)
        if re.fullmatch(r"[A-Za-z][a-z-]+[^s'A-Z]s", token) and ends:
            return k - i + 1
    return 0


def _plural_head(tokens: list[str], i: int, stop: set[str]) -> bool:
    """Whether tokens[i] is an English plural noun that ends a noun phrase: lower-case, in -s, no verb or
    function word, and followed by punctuation, a function word, a verb or nothing."""
    token = tokens[i]
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return (
        re.fullmatch(r"[a-z][a-z-]+[^s']s", token) is not None
        and token not in stop
        and token not in EN_VERBS
        and (not nxt or not re.match(r"\w", nxt) or nxt in stop or nxt in EN_VERBS or ed_form(nxt))
    )


def _plural_noun_first(tokens: list[str]) -> bool:
    """Whether the first word after a figure is a plural noun that is also a verb in -s ("33 wins in a row",
    "12 gains and 3 drops", "two estimates of the cost"): a verb there would agree with a singular subject, which a
    count is not, so it is the counted noun when a preposition, "and", punctuation or nothing follows it (not
    "5 percent remains unpaid", "300 says the report")."""
    first = tokens[0] if tokens else ""
    nxt = tokens[1].lower() if len(tokens) > 1 else ""
    return (
        re.fullmatch(r"[a-z]{2,}[^su]s", first) is not None
        and first in EN_VERBS
        and first not in ("says", "does", "has", "was", "is")
        # (or the whole it is a part of: "192 passes | out of 276")
        and (not nxt or not re.match(r"\w", nxt) or nxt in _AFTER_PLURAL or tokens[1:3] == ["out", "of"]
             or nxt in _PLURAL_AUXILIARIES)
    )


def _verb_before_figure(head: str, word: str, tokens: list[str]) -> bool:
    """Whether a lower-case word after a plural head is the clause's verb in the present, its object's figure next
    or one particle on ("companies | record | N6.8 trillion", "firms | rake in | $2bn"): no noun phrase runs from a
    plural on into a figure."""
    if not (plural(head) or head.lower() in IRREGULAR_PLURALS) or re.fullmatch(r"[a-z]{3,}", word) is None:
        return False
    if word.endswith(("ing", "ed")):
        return False  # a participle says which ones: "workers retiring in 2022", "homes built in 2019"
    if word not in tokens:
        return False
    at = tokens.index(word)
    ahead = tokens[at + 1 : at + 3]
    ahead = ahead[1:] if ahead[:1] in (["in"], ["up"], ["out"]) else ahead[:1]
    # (not a year, the time of a phrase's own complement: "cars sold in 2022")
    figure = bool(ahead) and re.match(r"(?:US\$|[$£€₦₹]|[A-Z]{1,3}(?=\d))?\d", ahead[0]) is not None
    return figure and re.fullmatch(r"(?:19|20)\d\d", ahead[0]) is None


def _plural_before_auxiliary(word: str, tokens: list[str]) -> bool:
    """Whether a word in -s that may be a verb is the plural head of the phrase, as a plural auxiliary or a past
    follows it ("40,000 new accounts | were opened", "300 estimates | have been revised", "25,000 accounts | opened
    in March"): a verb there would be followed by its object, not by another finite verb."""
    if re.fullmatch(r"[a-z]{2,}[^su]s", word) is None or word not in tokens:
        return False
    at = tokens.index(word)
    following = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
    return following in _PLURAL_AUXILIARIES or following in PAST_VERBS or ed_form(following)


# What may follow a counted plural that is also a verb: a preposition of its complement, "and", a time word.
_AFTER_PLURAL = {"in", "of", "over", "for", "from", "on", "at", "and", "this", "last", "so", "since", "during"}
# Auxiliaries a plural subject takes: after a word in -s they make it the subject's noun ("12 shows | were cancelled").
_PLURAL_AUXILIARIES = {"were", "are", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must"}


def verb_not_noun(words: list[str], lang: str = "en") -> bool:
    """Whether the words after a figure start with a verb rather than a noun: a known verb, or an -ed
    form followed by nothing or a name ("compared", "dubbed DemoSat"); not "injured" (a state) nor
    "registered voters" (a participle used as an adjective)."""
    first = words[0].lower()
    if lang == "da":
        return first in DA_VERBS  # (an English verb is a Danish noun: "14 hold", "et hit")
    if first in STATUS:
        return False
    if first in EN_VERBS or first in ("following", "compares", "trailing", "versus"):
        return True  # (", following 3.2 percent in the prior month": a figure compared, no subject)
    return ed_form(first) and first not in STATUS and (len(words) == 1 or words[1][:1].isupper())
