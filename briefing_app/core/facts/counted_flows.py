"""What a count or a sum counts when a verb moves it: a count brought to a level ("brings the total number of jobs
lost at the bank this year to 3,400"), a sum drawn from a source ("raise £2bn from the sale of the stake"), a part
of a sum said with what is done with it ("with £23bn of that going back into public services"), and an Arabic noun
valued with its adjective ("أرباحا صافية قدرها 320 مليون ريال"). Split out of `counted`, which asks each of these
in turn.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_list_item import ar_list_item
from briefing_app.core.facts.ar_ranked_subject import ar_ranked_subject
from briefing_app.core.facts.ar_valued_owner import ar_valued_head
from briefing_app.core.facts.counted_rtl import ar_placed_owner
from briefing_app.core.facts.figure_words import ADVERBS, AR_STOP, AR_VERB, EN_MONTHS, EN_STOP, PRONOUNS, STOP
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.phrase_edges import prep_complement
from briefing_app.core.facts.subject_before import HELD_IN_BEFORE, WORTH_APPOSITIVE, before_phrase
from briefing_app.core.numbers import strip_arabic_marks

# A verb that brings a count to a level, its count noun and what it counts, however long: "takes the number of jobs
# lost at the bank this year to" (the object of a plain verb of change is at most six words, `CHANGED`).
_TOTAL_BROUGHT = re.compile(
    r"\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|pushing|lift|lifts|lifted|"
    r"lifting)\s+(?:the\s+((?:total\s+|overall\s+|official\s+)?(?:number|total|tally|toll|count)\s+of\s+"
    r"[^\W\d][^,;:.()\d]{1,100}?)"
    # or a measure with its modifiers and complement: "brought the Palestinian death toll from the offensive to",
    # "took their points tally to", "lifted the company's stake in the bank to"
    r"|(?:the|its|their|his|her|our)\s+((?:[\w'’-]+\s+){0,3}(?:toll|tally|total|count|stake|share)"
    # ("to take his tally for the season to 12": a span of the tally too)
    r"(?:\s+(?:from|in|of|for)\s+[^\W\d][^,;:.()\d]{1,60}?)?))\s+(?:so\s+far\s+)?(?:to|past|above|beyond|over)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least|over)\s+)?$"
)
# A verb of bringing money in right before a sum, and "from" a noun after it: "raise | £2bn | from the sale of".
_EARNED_FROM = re.compile(
    r"\b(?:raise[sd]?|raising|make|makes|made|making|earn(?:s|ed|t|ing)?|generate[sd]?|generating|net(?:s|ted|ting)?)"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to|more\s+than|at\s+least|an\s+estimated)\s+)?$"
)
# (not a level, "from £30m", a name, "from Kelso", nor a time, "from last year", "from May")
_FROM_SOURCE = re.compile(
    r"\s*(?:\([^)]*\)\s*)?from\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?=[a-z])(?!(?:a|an|last|next|this|year|"
    r"month|week|day)\b)"
)
# An indefinite Arabic noun before the word a "قدرها" phrase starts with, when that word is its adjective (a nisba):
# "أرباحا | صافية قدرها", "غرامة | مالية قدرها".
_AR_NOUN_BEFORE = re.compile(r"(?<!\S)((?!ال)[\u0621-\u064a]{3,})\s+$")
_AR_NISBA = re.compile(r"(?!ال)[\u0621-\u064a]{2,}(?:ية|يا)")
# A noun and a lead of value before an Arabic or Hebrew sum: "عقدا بقيمة", "غرامة قدرها", "نفقات تقدر بـ", "חוזה בשווי".
_RTL_VALUED = re.compile(
    r"(?<!\S)((\w+)\s+(?:(?:قدرت|قدر|تقدر|يقدر|تبلغ|بلغت|يبلغ|بلغ)\s+)?"
    # (and "its size": "فائضا حجمه 47 مليار", "صندوق سيادي يبلغ حجمه")
    r"(?:بقيمة|بتكلفة|بكلفة|بمبلغ|ما\s+يعادل|ما\s+يوازي|ما\s+قيمته|قدره|قدرها|مقداره|مقدارها|قيمته|قيمتها|نسبته|نسبتها"
    r"|حجمه|حجمها"
    r"|(?:تقدر|يقدر|قدرت|قدر|المقدرة|المقدر)\s+بـ?|(?:בשווי|בעלות|בהיקף)(?:\s+של)?))\s*$"
)
# A figure that opens a clause without a finite verb after "with" or "and" ("with | £23bn | of that going back
# into", "and | £4bn | used for tax cuts"): a participle says what is done with it.
_ABSOLUTE_BEFORE = re.compile(
    r"(?:\bwith|,\s*and|\band)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|at\s+least|another|"
    r"a\s+further|up\s+to)\s+)?(?:US)?[$£€]?\s*$"
)
_ABSOLUTE_AFTER = re.compile(
    r"\s*(?:of\s+(?:that|this|it|those|these|them|which)\s+)?(?:being\s+|to\s+be\s+)?"
    r"((?:[a-z]+ed|[a-z]+ing|spent|paid|put|set\s+aside|cut|lost|held|kept|sent|left|given|taken|made|earmarked|"
    r"going|coming)(?:\s+(?:back|up|out|off|down|away|aside|over))?)(?=\s)"
)
_NOT_PARTICIPLES = {"during", "including", "according", "regarding", "concerning", "following", "something",
                    "nothing", "everything", "anything", "morning", "evening", "spring", "ceiling", "building",
                    "funding", "spending", "training", "housing", "planning", "shipping", "banking", "clothing",
                    "hundred", "need", "speed", "seed", "feed", "red", "bed", "shed"}  # fmt: skip
_TOKENS = re.compile(r"[\w'’-]+|[^\w\s]")
_MEASURING_ASIDE = re.compile(
    r"[^\W\d_][\w'’)-]*\s*,\s*(?:measuring|weighing|numbering|totalling|totaling|lasting|spanning|stretching)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|just)\s+)?$"
)
# A verb of keeping or limiting, its object and the preposition of a level: "keep | global warming | below".
_KEPT = re.compile(
    r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|limit|limits|limited|limiting|cap|caps|capped|capping|"
    r"holde|holder|holdt|begrænse|begrænser|begrænset|fastholde|fastholder)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:under|below|above|at|within|beneath|to|på|til|inden\s+for)\s+$",
    re.IGNORECASE,
)
_DETERMINERS_EN_DA = {"the", "a", "an", "its", "their", "our", "his", "her", "den", "det", "de", "sin", "sit", "sine",
                      "vores", "deres"}  # fmt: skip
_OBJECT_PRONOUNS = PRONOUNS | {"them", "him", "us", "me", "dem", "ham", "hende", "os"}
# A day or a time a valuing participle may follow ("went on sale on Friday | priced at"), and the verb of sale before
# it, to reach the subject.
_DAY = re.compile(rf"{EN_MONTHS}|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)")
_ON_SALE_END = re.compile(
    r",?\s+(?:(?:went|goes|go|will\s+go|is|was|were|are)\s+on\s+sale|(?:is|was|were|are|will\s+be)\s+"
    r"(?:launched|released|unveiled|available))\s*$"
)
# A figure set in commas after a noun with an adverb of time: "The licence fee, | currently | £121, could rise",
# "Russia's stake in the firm, now 38%, would rise": the level of the noun before the comma.
_LEVEL_ASIDE = re.compile(
    r"[^\W\d_][\w'’)-]*\s*,\s*(?:currently|now|then|already|still|previously|once|at\s+present)\s+$"
)
# A sum that opens its sentence (a headline's or a fact sheet's) and the source it comes from: "20,4 mio. EUR | fra
# EU's Globaliseringsfond til afskedigede arbejdstagere", "£5m from the lottery fund for flood victims".
_FROM_OPENING = re.compile(r"\s*(?:[A-Z]{3}\b|kr\.|kroner|euro)?\s*(?:from|fra)\s+((?:[\w'’.-]+\s*){1,8})")


def total_brought(before: str) -> str | None:
    """The count a verb brings to the level a figure gives, with what it counts ("the total number of jobs lost at
    the bank this year"), else None."""
    m = _TOTAL_BROUGHT.search(before[-160:])
    return " ".join((m.group(1) or m.group(2)).split()) if m else None


def earned_from(before: str, rest: str) -> str | None:
    """What brings a sum in when a verb of earning precedes it and "from" a noun follows ("the sale of the
    stake"), else None."""
    if not _EARNED_FROM.search(before[-40:]):
        return None
    source = _FROM_SOURCE.match(rest)
    return after_phrase(rest[source.end() :], "en") if source else None


# A noun and "غير" (non-) right before the adjective a lead of value follows: "الإيرادات غير | النفطية بقيمة".
_AR_NEGATED_ADJECTIVE = re.compile(r"(?<!\S)((?:[وف]?ال)?[\u0621-\u064a]{2,})\s+غير\s+$")


# The last one or two Arabic words before a position (a noun in construct with its complement, or a noun and its
# adjective): "اتفاق القرض | البالغة قيمته".
_AR_TWO_WORDS_BEFORE = re.compile(r"(?<!\S)((?:[\u0621-\u064a]{2,}\s+)?[وف]?[بل]?[\u0621-\u064a]{3,})\s+$")


# A time adjunct of a counted span right before a lead of value: "(لأول مرة) منذ 9 سنوات | بقيمة".
_AR_SPAN_BEFORE_LEAD = re.compile(
    r"\s+(?:لأول\s+مرة\s+)?(?:منذ|خلال|طوال|طيلة)\s+[\d٠-٩]+\s+(?:سنوات|سنة|أعوام|عاما|أشهر|شهرا|شهور|أسابيع|أيام|يوما)"
    r"(?=\s+(?:بقيمة|بتكلفة|بكلفة|بمبلغ)\s*$)"
)


def _ar_joined_goods(words: list[str], last: str) -> str | None:
    """Two indefinite nouns joined by و, the second perhaps with its adjectives, before a lead of value whose word
    before is `last` ("سجائر وعطور مقلدة بقيمة", "أموالا ومجوهرات بقيمة"): the whole coordination, of which the
    readers of the word before the lead keep only the last noun or its adjective. None for one noun, or a definite,
    closed-class or numbered word in the span."""
    span = [*words, last]
    for k in range(len(span) - 1, max(0, len(span) - 4), -1):
        w = span[k]
        if w in AR_STOP or re.search(r"[\d٠-٩]", w) or re.match(r"[وبلف]?ال|لل", w):
            return None
        if w.startswith("و") and len(w) > 3:
            first = span[k - 1]  # the first noun joined, right before the و
            if first in AR_STOP or re.search(r"[\d٠-٩]", first) or re.match(r"[وبلف]?ال|لل", first):
                return None
            if re.fullmatch(AR_VERB, first) or re.fullmatch(r"[وف]?[\u0621-\u064a]{2,4}ت", first):
                return None  # ("ضبطت هواتف وأجهزة": a verb before the first noun, no noun of the goods)
            return " ".join(span[k - 1 :])
    return None


def rtl_valued(before: str, after: str | None, lang: str) -> str | None:
    """What an Arabic or Hebrew sum is the value of ("عقدا بقيمة 120 مليون ريال", "חוזה בשווי 3 מיליון"), or the
    noun whose amount "قدره" (its measure) gives ("غرامة قدرها 500 دينار", "في زمن قدره 10.5 ثانية"), with the
    noun after the sum in brackets; else None."""
    # (marks off: a tanween ends no word, "انخفاضا شهريًا قدره 0.4 %")
    before = strip_arabic_marks(before) if lang == "ar" else before
    if lang == "ar" and ar_ranked_subject(before):
        return None  # ("وتصدرت الألبسة قائمة السلع المصدرة بقيمة": what ranks first, which `counted_rtl` reads)
    # ("فائضا فعليا لأول مرة منذ 9 سنوات بقيمة 6.4 مليارات": a time adjunct between the noun and its lead)
    before = _AR_SPAN_BEFORE_LEAD.sub("", before) if lang == "ar" else before
    valued = _RTL_VALUED.search(before)
    if valued is None or valued.group(2) in STOP.get(lang, set()) or valued.group(2) == "بما":
        return None  # ("بما قدره 10 %", "by what amounts to": the change is named before it)
    recording = r"(?<!\S)[وف]?(?:سجل|سجلت|يسجل|تسجل|شهد|شهدت|يشهد|تشهد|حقق|حققت|يحقق|تحقق)\s+[^،,.;:]+$"
    if (
        lang == "ar"
        and re.fullmatch(r"(?:نموا|ارتفاعا|تراجعا|انخفاضا|هبوطا|انتعاشا|زيادة|قفزة)", valued.group(2))
        and re.search(recording, before[: valued.start()])
    ):
        return None  # ("سجلت التسهيلات نموا نسبته 2.8%": the change and its subject, which `counted_rtl` reads)
    if re.search(r"(?<!\S)[وف]?(?:تبلغ|بلغت|يبلغ|بلغ)\s+ما\s", valued.group(1)):
        return None  # ("أما صادرات القطاع بلغت ما قيمته": the verb's subject, which `counted_rtl` reads whole)
    placed = ar_placed_owner(before[: valued.start()]) if lang == "ar" else None
    described = ar_described_noun(before[: valued.start()], valued.group(2)) if lang == "ar" else None
    participle = ar_participle_noun(before[: valued.start()], valued.group(2)) if lang == "ar" else None
    amounting = re.fullmatch(r"[وف]?ال(?:بالغ|بالغة|مقدر|مقدرة|إجمالي|اجمالي|إجمالية|اجمالية)", valued.group(2))
    # (the two words before it, a noun in construct with its complement or a noun and its adjective)
    owner = _AR_TWO_WORDS_BEFORE.search(before[: valued.start()])
    owner_words = [w for w in owner.group(1).split() if strip_arabic_marks(w) not in AR_STOP] if owner else []
    owner_words = owner_words if amounting and not any(re.fullmatch(AR_VERB, w) for w in owner_words[-1:]) else []
    owner_words = [w for w in owner_words if not re.fullmatch(AR_VERB, w)]
    if owner_words:
        # "اتفاق القرض البالغة قيمته 12 مليار دولار": a definite participle of amounting describes the noun before it
        named = " ".join(owner_words)
    elif lang == "ar" and (goods := _ar_joined_goods(before[: valued.start()].split(), valued.group(2))):
        named = f"{goods} {valued.group(1).split()[-1]}"  # "سجائر وعطور مقلدة بقيمة": all the goods valued
    elif described and not placed:  # "أرباحا صافية قدرها 320 مليون ريال": the noun before its indefinite adjective
        named = f"{described} {valued.group(1)}"
    elif participle and not placed:  # "بعجز متوقع قيمته 812 مليون": the deficit, which the participle describes
        named = f"{participle} {valued.group(1)}"
    elif placed:  # "وبيعت اللوحة في مزاد بمبلغ 3 ملايين": the painting's price, not the auction's
        named = f"{placed} {valued.group(1).split()[-1]}"
    elif lang == "ar" and (headed := ar_valued_head(before[: valued.start()], valued.group(2))):
        # "عجز فعلي بقيمة", "حصة صندوق احتياطي الأجيال القادمة بقيمة", "فائضا في الميزانية بقيمة": the head noun
        named = f"{headed} {valued.group(1)}"
    elif lang == "ar" and (
        item := ar_list_item([*re.split(r"[،,؛;]", before[: valued.start()])[-1].split(), valued.group(2)])
    ):
        # "ثم السكر بقيمة 19 مليون دولار، فالأسمدة والمخصبات الزراعية بقيمة": the whole item of the list, its head first
        named = f"{item} {valued.group(1).split()[-1]}"
    else:
        named = valued.group(1)
    negated = _AR_NEGATED_ADJECTIVE.search(before[: valued.start()]) if lang == "ar" and not owner_words else None
    if negated and negated.group(1) not in AR_STOP:
        # "منها الإيرادات غير النفطية بقيمة 7.07 تريليون": the noun a "non-" adjective describes, not "غير" alone
        named = f"{negated.group(1)} غير {valued.group(2)} {valued.group(1).split()[-1]}"
    head = re.search(r"(?<!\S)([\u05d0-\u05ea]{2,})\s+$", before[: valued.start()]) if lang == "he" else None
    if head and head.group(1) not in STOP.get(lang, set()):
        second = valued.group(2)
        # (an adjective agrees with its plural noun: "מענקים מיוחדים", "העברות תקציביות")
        agreeing = any(second.endswith(e) and head.group(1).endswith(e) for e in ("ים", "ות"))
        if agreeing or re.fullmatch(r"(?:[\u05d0-\u05ea-]{2,}(?:ית|יות|יים|י)|[בל][\u05d0-\u05ea]{2,})", second):
            named = f"{head.group(1)} {named}"  # "שינויים בתקציב בהיקף": the noun a complement or an adjective follows
    return f"{named} ({after})" if after else named


def ar_participle_noun(before: str, first_word: str) -> str | None:
    """The indefinite noun (with its preposition or "and") before `first_word` when that word, opening a phrase of
    value ("متوقع قيمته", "مقترحة بقيمة"), is an indefinite participle in م- describing it, else None."""
    if not re.fullmatch(r"م[\u0621-\u064a]{3,}", first_word):
        return None
    m = re.search(r"(?<!\S)([وف]?[بل]?(?!ال|لل)[\u0621-\u064a]{3,})\s+$", before)
    if m is None or strip_arabic_marks(m.group(1)) in AR_STOP or re.fullmatch(AR_VERB, m.group(1)):
        return None
    return m.group(1)


def ar_described_noun(before: str, first_word: str) -> str | None:
    """The indefinite noun before `first_word` when that word, opening a phrase of value ("صافية قدرها"), is its
    adjective, else None."""
    if not _AR_NISBA.fullmatch(first_word):
        return None
    m = _AR_NOUN_BEFORE.search(before)
    return m.group(1) if m and strip_arabic_marks(m.group(1)) not in AR_STOP else None


def absolute_participle(before: str, rest: str) -> str | None:
    """What is done with a figure that opens a clause with no finite verb after "with" or "and", by its participle
    and the phrase that completes it ("going back into public services", "used for tax cuts"), else None."""
    if not _ABSOLUTE_BEFORE.search(before[-40:]):
        return None
    m = _ABSOLUTE_AFTER.match(rest)
    if m is None or m.group(1).split()[0] in _NOT_PARTICIPLES or m.group(1).split()[0] in EN_STOP:
        return None
    tokens = _TOKENS.findall(rest[m.end() :])
    complement = prep_complement(tokens, 0)
    return " ".join([*m.group(1).split(), *complement]) if complement else None


def opening_sum_from(before: str, rest: str) -> str | None:
    """Where a sum that opens its sentence comes from and goes to ("fra EU's Globaliseringsfond til afskedigede
    arbejdstagere"), when nothing before it says what it is; else None."""
    if before.strip():
        return None
    m = _FROM_OPENING.match(rest)
    return " ".join(m.group(0).split()[-len(m.group(1).split()) - 1 :]) if m else None


def level_aside(before: str, rest: str) -> str | None:
    """The noun a level set in commas with an adverb of time describes ("The licence fee, currently £121,"), or a
    participle of measuring opens ("The quake, measuring 6.2 on the Richter scale,"), else None."""
    m = _MEASURING_ASIDE.search(before[-200:])
    if m is None:
        m = _LEVEL_ASIDE.search(before[-200:])
        if m is None or not re.match(r"\s*(?:%|percent\b|per\s+cent\b|[a-z]{1,3}\b)?\s*[,)]", rest):
            return None
    head = before[: len(before) - len(before[-200:]) + m.start()] + m.group(0).split(",")[0]
    subject, _ = before_phrase(head, "en")
    return subject


def kept_level(before: str, qualifier: str | None, lang: str) -> str | None:
    """What a verb of keeping or limiting holds at a level ("keep global warming below 2 °C", "holde den globale
    opvarmning under 2 °C"), else None; the preposition may have been read as the figure's qualifier."""
    level = qualifier.strip() if qualifier and qualifier.strip().lower() in ("under", "below", "above") else ""
    kept = _KEPT.search(f"{before[-80:].rstrip()} {level} ")
    if kept is None:
        return None
    held = [w for w in kept.group(1).split() if w.lower() not in _DETERMINERS_EN_DA]
    while held and (held[-1].lower() in ADVERBS or held[-1].lower() in ("well", "far", "just", "langt", "godt")):
        held.pop()  # "keep warming | well | below 2C"
    if held and held[-1].lower() not in STOP[lang] and held[-1].lower() not in _OBJECT_PRONOUNS:
        return " ".join(held)
    return None


_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}


def valued_noun(before: str) -> str | None:
    """The noun a sum values through "worth", "valued at", "priced at" ("The loan, worth $2bn,"; "The stake in the
    bank, worth £20bn," the stake in it); after a day, the clause's subject ("The game went on sale on Friday priced
    at £39.99"); else None."""
    tail = before[-80:]
    valued = WORTH_APPOSITIVE.search(tail)
    if valued is None:
        return None
    if _DAY.fullmatch(valued.group(1)):
        head = before[: len(before) - len(tail) + valued.start(1)]
        head = _ON_SALE_END.sub(" ", re.sub(r"\s+(?:on|in|from)\s+$", " ", head))
        subject, _ = before_phrase(head, "en")
        return subject
    low = valued.group(1).lower()
    if low in ADVERBS or low in ("once", "now", "then", "previously", "recently", "later", "also") or low in _BE_FORMS:
        # "Her fortune was once valued at $3bn": a passive; what is valued is the clause's subject
        subject, _ = before_phrase(before[: len(before) - len(tail) + valued.start(1)], "en")
        return subject if subject and subject.split()[0].lower() not in PRONOUNS else None
    if low in EN_STOP or low in PRONOUNS:
        return None
    holder = HELD_IN_BEFORE.search(tail[: valued.start(1)])
    if holder and holder.group(1).lower() not in EN_STOP:
        return f"{holder.group(1)} in {valued.group(1)}"
    return valued.group(1)


# A noun equated with a quantity: "a piece of land equivalent to 140 square metres", "a sum equal to 3% of GDP".
_EQUATED = re.compile(
    r"\b((?:[a-z][\w-]*\s+of\s+)?[a-z][\w-]*)\s*,?\s*(?:equivalent|equal)\s+to\s+"
    r"(?:(?:about|some|around|nearly|roughly|almost|more\s+than|over)\s+)?$"
)


def equated_noun(before: str) -> str | None:
    """The noun a quantity is said to equal ("a piece of land equivalent to 140 square meters": the piece of
    land), else None."""
    equated = _EQUATED.search(before[-80:])
    if equated is None:
        return None
    words = [w for w in equated.group(1).split() if w.lower() not in EN_STOP or w.lower() == "of"]
    return " ".join(words) if words and words[-1].lower() not in PRONOUNS and words[0] != "of" else None

