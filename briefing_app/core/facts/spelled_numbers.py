"""Spelled numbers that are no figures: anaphora ("the two said"), membership ("one of the"), ranks ("a
four-star general"), ordinals ("الثامنة عشرة"); and those that are ("three of the victims", "شرطي واحد").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.counted_tags import one_role_named
from briefing_app.core.facts.figure_words import DA_STOP, EN_STOP, STOP
from briefing_app.core.facts.gated import search_from
from briefing_app.core.facts.multiples import is_multiple
from briefing_app.core.facts.pos_tagger import tag_words
from briefing_app.core.facts.reporting_verbs import da, en
from briefing_app.core.numbers import NumberMatch, strip_arabic_marks

# A verb of saying right after a spelled number: "the two said", "de to sagde" (people, not a figure).
_SAID = f"{en('say', 'past base s')}|{en('tell add', 'past')}|{da('sige', 'past present')}"


# "three of the victims", "tre af de sårede", "to af ofrene" (a Danish definite plural ends in -ne), "to af hans
# børn", "tre af landets største byer", "to af Halby Teaters skuespillere" (a possessive or a genitive before the
# group)
_OF_THE_GROUP = re.compile(
    # ("twelve of the 30 passengers", "syv af de 20 passagerer": the group's own number between)
    r"\s+(?:of\s+(?:the|its|their|our|his|her|my|your|those|these)\s+(?:(?!(?:19|20)\d\d\b)\d[\d,.]*\s+)?[^\W\d_]|af\s+(?:de\s+(?:(?!(?:19|20)\d\d\b)\d[\d,.]*\s+)?[^\W\d_]|[^\W\d_]+ne\b"
    r"|(?:sine|hans|hendes|deres|vores|jeres|disse|dens|dets)\s+[^\W\d_]|(?:[A-ZÆØÅ][\w-]*\s+)?[^\W\d_]{2,}s\s+[^\W\d_])"
    # or of a named owner's group: "two of Tolvik's best actors", "to af Vestby Teaters skuespillere"
    r"|(?:of|af)\s+(?:[A-ZÆØÅ][\w-]*\s+){0,3}[A-ZÆØÅ][\w-]*(?:['’]s|s)\s+[^\W\d_])"
)


_AR_ORDINAL_BEFORE = re.compile(r"(?:^|\s)[وبل]?ال(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)[ةي]?\s+$")



# A term served after "one": "one day in prison", "one month in custody", "the one day sentence", "one year ban".
_ONE_TERM = re.compile(
    r"\s+(?:day|week|month|year|night)s?(?:[- ]long)?\s+(?:in\s+(?:prison|jail|custody|a\s+young\s+offender)|"
    r"behind\s+bars|(?:jail|prison|custodial)\s+(?:sentence|term)|sentence|ban|suspension|imprisonment)\b"
)

def one_after_noun(n: NumberMatch, before: str, lang: str) -> bool:
    """Whether an Arabic or Hebrew "one" follows an indefinite noun ("شرطي واحد", "אדם אחד")."""
    if lang not in ("ar", "he") or strip_arabic_marks(n.text) not in ("واحد", "واحدة", "واحدا", "אחד", "אחת"):
        return False
    # (a quote mark or bracket opening the noun is no letter of it: «الحل واحد», "the answer is one", a predicate)
    previous = [w.lstrip("«\"“„'(") for w in before.split()[-1:]] if before.strip() else []
    return bool(previous) and previous[0] not in STOP[lang] and not re.match(r"(?:[وبلف]?ال|[ובלמש]?ה)", previous[0])


# Hebrew "one of" a group: "אחד מהלוחמים", "אחת מהעובדות", "אחד מחברי הוועדה" (the house counts the one, as
# `figures_he` reads the group it is one of); not "אחד מהם" (of them), which points back, nor "אחד מאוד".
_HE_ONE_OF_A_GROUP = re.compile(
    r"\s+מ-?(?!(?:ה(?:ם|ן)|כם|כן|נו|אוד|עט)(?![\u05d0-\u05ea]))ה?[\u05d0-\u05ea\"״]{3,}(?:ים|ות|י)(?![\u05d0-\u05ea])"
)

# A number, in digits or words, that another figure is coordinated with ("one ... and two ...").
_COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|to|tre|fire|fem|seks|syv|otte|ni|ti)\b"
# "in" + a year after "one" and no plural noun ("one in 2000 people" is a share): the year a count stood so
# ("up from one in 2002"), never one in 2,002.
_YEAR_AFTER_IN = re.compile(r"\s+in\s+(?:19|20)\d\d\b(?!\s+(?:[a-z]+s|people|men|women|children)\b)")

# "one" + a noun (and a short complement) + what befell it: "One soldier was wounded", "One attack by rebels was
# reported", "one person died".
_ONE_BEFELL = re.compile(
    # (past a capitalised adjective of nationality or side: "one Ugandan soldier was killed")
    r"\s+(?!(?:was|were|is|are|has|had|have|of|who|that)\b)(?:[A-Z][\w'’-]*\s+)?[a-z][\w-]*"
    r"(?:\s+(?:by|from|of|in|on)\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:(?:was|were|has\s+been|had\s+been|is|remains|"
    r"remained)\s+)?(?:killed|wounded|injured|hurt|died|dies|arrested|detained|missing|rescued|hospitali[sz]ed|shot|"
    r"dead|drowned|kidnapped|abducted)\b"
    # ("One attack was reported" is a count; "one journalist in the square reported" is the indefinite "a", a source)
    r"|\s+(?!(?:was|were|is|are|has|had|have|of|who|that)\b)[a-z][\w-]*(?:\s+(?:by|from|of|in|on)\s+[\w-]+"
    r"(?:\s+[\w-]+)?)?\s+"
    r"(?:was|were|has\s+been|had\s+been|is)\s+(?:reported|confirmed)\b"
)
# A bare "one" and a state, among counts of the same people's fates: "one missing", "one is still missing".
_ONE_FATE = re.compile(
    r"\s+(?:(?:is|was|remains|remained)\s+)?(?:still\s+)?(?:missing|dead|injured|hurt|unaccounted\s+for|in\s+hospital)"
    r"\b(?!\s+(?:of|in)\b)"
)
_NO_ONE = re.compile(r"\b(?:no|not|any|every|some)\s*$", re.IGNORECASE)  # "No one was hurt": nobody, not one
# ... or a second "one" with its own noun: "one son and one daughter" (a count of each, not the indefinite "one").
_ONE_AND_ONE_AFTER = re.compile(r"\s+[a-z][\w'’-]*\s+(?:and|or)\s+one\s+[a-z][\w'’-]*")
_ONE_AND_ONE_BEFORE = re.compile(r"\bone\s+[a-z][\w'’-]*,?\s+(?:and|or)\s+$", re.IGNORECASE)
# ... or an item of a list of counts, its items parted by commas or "and": "One general coach, one AC coach B3, three
# sleeper coaches and six more coaches", "16 were passenger coaches, one power car and one pantry car" (each item a
# number and a noun phrase of up to three words; not "at one point, two men ...": an idiom, `_ONE_IDIOM`).
_LIST_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ITEM_JOINT = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_ONE_IN_LIST_AFTER = re.compile(rf"(?:\s+(?!(?:of|and|or)\b)[\w'’-]+){{1,3}}?{_ITEM_JOINT}{_LIST_NUMBER}\s+[a-z]", re.I)
_ONE_IN_LIST_BEFORE = re.compile(
    rf"(?:^|[\s,;:])(?:{_LIST_NUMBER})(?:\s+(?!(?:of|and|or)\b)[\w'’-]+){{1,3}}?{_ITEM_JOINT}$", re.IGNORECASE
)
# A change and its "by" right before "one": "increased the death toll by one", "the tally rose by one".
_CHANGED_BY = re.compile(
    r"\b(?:increas|rais|cut|reduc|lower|boost|lift|rose|rise|fell|fall|drop|grew|grow|declin|climb|jump)[a-z]*\b"
    r"(?:\s+(?!(?:and|or|but|while)\b)[\w'’-]+){0,6}\s+by\s+$",
    re.IGNORECASE,
)
# A count and its clause (a copula and up to six words) before "and one": "25 were patients at the facility and".
_ONE_OF_TALLY = re.compile(
    r"(?:^|[\s,;:])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:were|are|had|have)\s+"
    r"(?:(?!(?:and|or|but)\b)[\w'’-]+\s+){0,6}?(?:and|while|but)\s+$",
    re.IGNORECASE,
)
_ONE_IDIOM = re.compile(r"\s+(?:point|day|time|way|another|hand|side|thing|minute|moment)\b", re.IGNORECASE)


# Names listed right before a spelled number and its comma: "Guyana, Suriname, | two ...", "A and B, | two ...".
# A count with its plural noun, then a clause of another holder, named by capitals, and its verb before a bare number:
# "Sideways won five awards, ... while The Aviator took | three."
_PARALLEL_HOLDER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z]+\s+)?[a-z]+s\b"
    r"[^;:]*\b(?:while|whereas|and|but)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+[a-z]+\s+$"
)
# The same with the holder left out too, only a verb of winning, losing or trading before the number at its clause's
# end: "took 40 wards and nine boroughs but lost two.", "opened 12 depots while closing five": the same things.
_PARALLEL_VERB = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z]+\s+)?[a-z]+s\b"
    r"[^;:]*\b(?:while|whereas|and|but|yet)\s+(?:also\s+)?(?:gain(?:s|ed|ing)?|los(?:t|es?|ing)|won|wins?|winning|"
    r"took|tak(?:es?|ing)|add(?:s|ed|ing)?|shed(?:s|ding)?|kept|keep(?:s|ing)?|held|hold(?:s|ing)?|sold|sell(?:s|ing)?|"
    r"bought|buy(?:s|ing)?|open(?:s|ed|ing)?|clos(?:es?|ed|ing)|creat(?:es?|ed|ing)|cut(?:s|ting)?)\s+$"
)
# A plural noun closed by a comma or a dash right before a part of it: "The passengers — | seven of them local".
GROUP_BEFORE = re.compile(r"\b([a-z]{3,}s|men|women|children|people)\s*(?:,|[—–]|\s-)\s*$")
_NAME_WORDS = r"[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*)*"
_NAMED_BEFORE = re.compile(rf"(?:^|[,;:(])\s*{_NAME_WORDS}(?:,\s*|\s+(?:and|og)\s+){_NAME_WORDS},\s*$")


def _first_mention(after: str, earlier: str) -> bool:
    """Whether the noun phrase after "the two ..." names things the article has not named before and restricts
    them with a participle ("the four slots advancing to the final", "the three ferries leaving the port"): then it
    introduces a count, it points back to none ("the two countries" after two names does)."""
    words: list[str] = []
    tokens = re.findall(r"[\w'’-]+|[^\w\s]", after)[:4]
    for w in tokens[:3]:
        if not re.fullmatch(r"[a-z][a-z-]+", w) or w in EN_STOP or (words and w.endswith(("ing", "ed"))):
            break
        words.append(w)
    following = re.findall(r"[\w'’-]+|[^\w\s]", after)[len(words) :]
    while following[:1] and re.fullmatch(r"[a-z]{3,}ly", following[0]) and len(following) > 1:
        following = following[1:]  # "the two ships | reportedly forcibly | towed back from": adverbs of the participle
    participle = following[:1]
    rest = " ".join(following[:4])
    placed = re.fullmatch(r"(?:on|aboard|in|at|inside)\s+(?:the|a|an|board)\b.*", rest) is not None
    reduced = re.fullmatch(
        r"[a-z]+ed\s+(?:(?:back|out|off|away|up|down)\s+)?(?:(?:by|in|at|from|on|during|for)\s+\S+|"
        r"to\s+(?:the|a|an|his|her|their|its))(?:\s+\S+)?",
        rest,
    )
    # or a relative clause with its verb: "the two men who hired the women" (not named before, so told new)
    relative = re.fullmatch(r"(?:who|that)\s+(?:had\s+|have\s+|has\s+)?[a-z]{3,}(?:ed|ted)\b.*", rest) is not None
    if not words or not (placed or reduced or relative) and (
        not participle or not re.fullmatch(r"[a-z]+ing", participle[0])
    ):
        return False  # only a noun restricted by a participle ("the four slots advancing to", "the 17 candidates
        # invited to the debates") or a place ("the nine passengers on the plane") is told new; an -ed with no
        # such complement may be the clause's verb ("the two countries agreed")
    stems = [re.sub(r"(?:ies|es|s)$", "", w) for w in words]
    return not any(len(stem) >= 3 and re.search(rf"\b{re.escape(stem)}", earlier) for stem in stems)


# A Danish superlative after "de <number>": "de tre største byer", "de fire dyreste huse" (-este, or -ste after
# -ig and the irregular ones): the top of a ranking, a count however often the noun was named before.
_DA_SUPERLATIVE = r"[a-zæøå]{2,}(?:igste|este|lste)|største|bedste|mindste|værste|yngste|ældste|længste|fleste|højeste"
# A rank after "de <number>": "de to første satellitter", "de tre største byer".
_DA_RANKED = re.compile(rf"\s+(første|sidste|næste|seneste|kommende|{_DA_SUPERLATIVE})\s+[a-zæøå]")
# The noun phrase after "de <number>": up to three lower-case words, the last the noun ("de seks | krav",
# "de to | gamle broer"); a word of the clause (a verb, a preposition) ends it.
_DA_PHRASE_WORD = re.compile(r"\s+([a-zæøå][a-zæøå-]+)")
# Members named right after the noun: "de to piloter Jens Holm og Ole Berg" (two capitalised words, a name).
_DA_NAMES_FOLLOW = re.compile(r"\s+(?:[A-ZÆØÅ][\w'’-]+\s+){1,3}?(?:og|,)\s*[A-ZÆØÅ]|\s+[A-ZÆØÅ][\w'’-]+\s+[A-ZÆØÅ]")


def _da_first_count(n: NumberMatch, after: str, earlier: str) -> bool:
    """Whether "de <number> <noun>" tells a group for the first time: neither the number (in words) nor
    any word of the noun phrase was in the article before ("de seks krav, vi stiller", "de syv kommuner i aftalen"),
    then it counts, it points back to none. "De tre sårede" after "tre blev såret" and "de fire butikker" after
    "butikkerne" point back. Two is most often a pair just named ("Kessland og Tolvia ... de to stater"), so "de to"
    counts only when the two are named right after ("de to piloter Jens Holm og Ole Berg")."""
    if n.raw < 2 or n.value != n.raw or not float(n.raw).is_integer():
        return False
    # (the number in words only: "7 møder i 7 byer ... de syv samme byer" is counted again in the house's gold, and a
    # digit may be a date, "2. maj")
    if _said_before(n.text.lower(), earlier):
        return False
    words: list[str] = []
    rest = after
    while len(words) < 3:
        m = _DA_PHRASE_WORD.match(rest)
        if not m or m.group(1) in DA_STOP or re.fullmatch(_SAID, m.group(1)):
            break
        if not words and re.fullmatch(r"[a-zæøå]+(?:ede|edes|te|tes)", m.group(1)):
            return False  # "de tre kørte hjem": a past verb, the three told of before
        words.append(m.group(1))
        rest = rest[m.end() :]
    if not words:
        return False
    stems = [re.sub(r"(?:erne|ene|ne|er|e|r)$", "", w) for w in words]
    if any(len(stem) >= 3 and search_from(stem, rf"\b{re.escape(stem)}", earlier) for stem in stems):
        return False
    return n.raw > 2 or _DA_NAMES_FOLLOW.match(rest) is not None


def _named_before(after: str, earlier: str) -> bool:
    """Whether the noun after a number (its first one or two words) was named earlier in the article ("his nine
    passengers" after "the nine passengers on the plane")."""
    words = re.findall(r"[a-z][a-z-]+", after.lower())[:2]
    stems = [re.sub(r"(?:ies|es|s)$", "", w) for w in words if w not in EN_STOP]
    return any(len(stem) >= 3 and search_from(stem, rf"\b{re.escape(stem)}", earlier) for stem in stems)


def _said_before(number: str, earlier: str) -> bool:
    """Whether the earlier text writes the number word (or words) whole."""
    return search_from(number, rf"\b{re.escape(number)}\b", earlier) is not None


# A number joined by a hyphen to an agent noun in -er, the compound itself a noun (plural, or with no noun after it):
# "three-pointers", "a two-seater.", "a 40-footer in the harbour" (not units or members: "a 12-member panel",
# "the 400-metre race", "a three-quarter share").
_KIND_NOUN = re.compile(
    r"-(?!(?:[a-z]*(?:meter|metre|liter|litre|member|number|quarter|order|year|hour|power|water|letter|centre|center|"
    r"chapter|register|barrel|character|parameter|kilometer|gallon)s?)\b)[a-z]{2,}(?:ers\b|er(?=\s*(?:[,.;:!?)]|$|"
    r"\s+(?:at|in|on|to|from|with|for|and|or|but|that|which|was|is|as|by|late|early)\b)))",
)


_RANK_OR_GRADE_RE1 = re.compile(r"\b(?:i|ind\s+i|på|fra|til|ud\s+af)\s+top\s+$", re.IGNORECASE)
_RANK_OR_GRADE_RE2 = re.compile(r"-stars?$", re.IGNORECASE)
_RANK_OR_GRADE_RE3 = re.compile(r"-stars?\b", re.IGNORECASE)
_RANK_OR_GRADE_RE4 = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)")
_RANK_OR_GRADE_RE5 = re.compile(r"\bNo\.?\s*$")
_RANK_OR_GRADE_RE6 = re.compile(r"-(?:ranked|seeded|rated)\b")
_RANK_OR_GRADE_RE7 = re.compile(r"\btop\s+$")
_RANK_OR_GRADE_RE8 = re.compile(r"-[a-zæøå]")


def rank_or_grade(n: NumberMatch, before: str, after: str) -> bool:
    """A rank or a grade written with a number: "a four-star general", "a 5-star hotel", "in the top five"."""
    if _RANK_OR_GRADE_RE2.search(n.text) or _RANK_OR_GRADE_RE3.match(after):
        return True
    hyphen = n.text.find("-")
    if _KIND_NOUN.match(f"{n.text[hyphen:]}{after}" if hyphen > 0 else after):
        return True  # "six three-pointers", "a two-seater", "a 40-footer": a kind of thing named by a number, no count
    if n.kind == "percent" or _RANK_OR_GRADE_RE4.match(after):
        return False  # "in the top 10% of provinces": a share of them, not a rank
    if _RANK_OR_GRADE_RE5.search(before) and _RANK_OR_GRADE_RE6.match(after):
        return True  # "the world's No 1-ranked outfit": a rank on a table
    stage = n.raw in (4, 8, 16, 32, 64) and re.search(r"\b(?:the|their|its|a)\s+last\s+$", before, re.IGNORECASE)
    # (or the event named after "at": "made the last four at Dunmore this spring")
    if stage and re.match(r"\s*(?:(?:of|in)\b|[,.;:)]|$|(?:stage|round|tie|draw)\b|at\s+(?:the\s+)?[A-Z])", after):
        return True  # "in the last 16 of the Champions League": a stage of a tournament, not sixteen things
    # ("the league's top three", "the bottom three": the places of a table, a rank too)
    lead = r"\b(?:the|its|their|a|[A-Za-z]+['’]s?)\s+(?:top|bottom)\s+$"
    # (also "top 10" as a modifier after any word: "six earlier top 10 efforts", "12 top 10 singles"; not the verb,
    # "sales could top 10 million", "will top 40C")
    modifier: object = re.search(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
                         r"(?<!\bcan\s)\btop\s+$", before) and n.value <= 100
    modifier = modifier and re.match(r"\s+(?:[a-z]+s|hit|single|album|spot|place|finish|side|team|seed)\b", after)
    # (Danish glues the noun on: "på top 10-listen", "en top 3-placering")
    modifier = modifier or (_RANK_OR_GRADE_RE7.search(before) and _RANK_OR_GRADE_RE8.match(after) and n.value <= 100)
    # (and a Danish "top 10 over": "gå ind i top 10 over Superliga-kampe", "i top 5 af", "i top 20 blandt")
    da_list = _RANK_OR_GRADE_RE1.search(before)
    modifier = modifier or (da_list and re.match(r"\s+(?:over|af|blandt|i|på)\b|\s*[,.;:!?)]|\s*$", after))
    return n.value_max is None and (re.search(lead, before, re.IGNORECASE) is not None or bool(modifier))


# A capitalised spelled number, then capitalised words and what follows them.
_CAPITALS_AFTER = re.compile(r"\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?")
_HEADLINE_WORDS = {"onto", "into", "in", "on", "at", "to", "of", "for", "as", "after", "over", "amid", "die"}
_IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "staff", "crew", "cattle", "sheep", "fish"}


def _name_after_a_spelled_number(after: str) -> bool:
    """ "Three Mile Island", "Five Star Movement won", "Ninety Mile beach": capitalised words after the number
    with no plural noun to count, among them or right after them, make a name. A count takes a plural ("Thirteen
    Israeli soldiers", "Eight Catholic Democrats", "Two Britons died")."""
    m = _CAPITALS_AFTER.match(after)
    if m is None:
        return False
    capitals = m.group(1).split()
    if any(w.lower() in EN_STOP or w.lower() in _HEADLINE_WORDS or w.endswith("ed") for w in capitals):
        return False  # "Unions Bring a Million Onto the Streets", "Three Killed In Crash": a Title Case headline
    last, following = capitals[-1], m.group(2) or ""
    return not any(
        (w.endswith("s") and not w.endswith("ss")) or w.lower() in _IRREGULAR_PLURALS for w in (last, following) if w
    )


# A noun phrase, a copula and a colon: the members are listed next ("the three main contenders for X are:").
_LIST_FOLLOWS = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+(?:for|of|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
    r"(?:are|were|will\s+be|include|included)\s*:"
    # (or a dash or a colon right after the noun, the members named after it: "The four agencies – the EPA, ...")
    r"|\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*(?:[–—:]|--?)\s*(?:the\s+)?[A-Z]"
)
_ONE_THE_OTHER = re.compile(r"\s+[a-z]+\s+(?:[a-z]+\s+){0,4}?(?:and|while|but|whereas|,)\s+the\s+other\b")
_ONE_OR_ANOTHER = re.compile(r"\s+[a-z]+\s+(?:over|or|after|than)\s+another\b")


def one_or_another(n: NumberMatch, after: str, lang: str) -> bool:
    """ "choose one structure over another", "one way or another": "one" set against "another" counts nothing."""
    if lang == "en" and n.raw == 1 and n.value == 1 and _ONE_THE_OTHER.match(after) and not _ONE_BEFELL.match(after):
        return True  # "one team wins and the other loses": one of two set against the other, no count
    return lang == "en" and n.raw == 1 and _ONE_OR_ANOTHER.match(after) is not None


# A singular unit after a number and before the noun it describes, unhyphenated: "the three month period".
_SINGULAR_UNIT_MODIFIER = re.compile(
    r"\s+(?:second|minute|hour|day|week|month|year|decade|season|game|match|mile|metre|meter|kilometre|kilometer)\s+"
    r"(?!of\b|ago\b|old\b|and\b|or\b|to\b|in\b|on\b|at\b|for\b|with\b|after\b|before\b)[a-z]{3,}"
)


# What follows "all" and a spelled number that counts nothing new: a verb or the clause's end ("all three had", "all
# four were", "all three.")
_ALL_OF_THEM = re.compile(
    r"\s+(?:of\s+(?:them|us|you|those|these)\b|(?:had|have|has|were|are|was|will|would|could|can|did|do|said|say|"
    r"remain|remained|agreed|denied|died|survived)\b)|\s*[,.;:]"
)


# "one" before a unit of time and a number of a smaller unit: the first part of a span told in two units ("a record
# of one minute 56.82 seconds", "a term of one year and six months"), never the indefinite "one".
_ONE_UNIT_THEN_PART = re.compile(
    r"\s+(?:year|month|week|day|hour|minute)\s*,?\s+(?:and\s+)?(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:months?|weeks?|days?|hours?|minutes?|seconds?|secs?)\b"
)


def skip_spelled(n: NumberMatch, before: str, after: str, lang: str, earlier: str | None = None) -> bool:
    """Spelled numbers that are no figures: "one of the", "the two said", "one," . `earlier` is the article's
    text before the number, lower-cased, to tell a first mention ("the four slots") from anaphora."""
    if re.search(r"\b(?:age|aged|alder)\s+$", before):
        return False  # "at age seventeen,": an age
    if n.scale >= 1e6 and re.search(r"(?:million|milliard|billion)\w*$", n.text, re.IGNORECASE):
        # ("skære cirka en halv milliard af anlægsrammen", "anlæg på over to milliarder.": a sum with its scale word
        # is never the anaphora "two of them", "the two said")
        return False
    limit = re.search(r"\b([a-z]+)\s+(?:under|over|below|above)\s+$", before) if lang == "en" else None
    plural = limit.group(1) if limit else ""
    if plural in ("children", "people", "men", "women") or re.fullmatch(r"[a-z]+[^s]s", plural):
        return False  # "children under five,", "adults over sixty": an age limit on a plural noun
    if rank_or_grade(n, before, after):
        return True
    if lang == "en" and re.match(r"[\s-]*(?:percent|per\s*cent)\b", after, re.IGNORECASE):
        return False  # "the five percent increase recommended by the government": a measure, never anaphora
    if lang == "en" and re.match(r"\s+years?\s+and\s+(?:a\s+half|\w+\s+months?)\b", after, re.IGNORECASE):
        return False  # "the three years and nine months jail term": a span in two units, never anaphora
    if lang == "en" and n.raw in (2, 3) and re.search(r"\ban?\s+[a-z]+\s+or\s+$", before):
        return not re.match(r"\s+[a-z]+s\b", after)  # "a moment or two to ...": a few, no count ("a son or two sons")
    if lang == "en" and n.raw > 1 and not n.text.islower() and _name_after_a_spelled_number(after):
        return True  # "Three Mile Island", "the Five Star Movement", "Ninety Mile beach": a count takes a plural
    if n.text.lower().endswith("fold") or is_multiple(n):
        return False  # "rose tenfold.", "won it twice.": a multiplicative, a figure wherever it stands
    if n.text.lower() in ("dozen", "hundred", "thousand") and re.search(r"\b(?:several|few|many)\s+$", before, re.I):
        return True  # "several dozen protesters": no number is written (the corpus conventions)
    if lang == "en" and n.raw == 0 and n.text.lower().startswith("zero"):
        # "a zero-carbon economy", "a political zero", "zero tolerance": no count; "zero seats", "zero percent" are
        return "-" in n.text or not re.match(r"\s+(?:percent\b|per\s+cent\b|[a-z]+s\b)", after)
    if re.search(r"-[a-z]+$", n.text):
        return False  # "the six-member team": a number as the first half of an adjective, no anaphora
    if n.raw > 1 and re.match(_OF_THE_GROUP, after):
        return False  # "three of the victims", "tre af de sårede": a part of a group the article counts
    counted_before = re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|"
                               r"en|to|tre|fire|fem|seks|syv|otte|ni|ti)\b", before, re.IGNORECASE)  # fmt: skip
    group_before = GROUP_BEFORE.search(before) is not None  # "The passengers — seven of them local"
    # (or counted in the sentence just before, in digits: "16 beboere måtte evakueres. To af dem blev reddet ud")
    opening = not before.strip() and earlier is not None
    # (anywhere in that sentence, however long: "All 21 coaches of the ... train, on its way to ..., derailed near
    # ..., the magistrate said. Two of them overturned")
    last = re.split(r"(?<=[.!?])\s+(?=\S)", (earlier or "").rstrip())[-1] if opening else ""
    counted_just_before = opening and re.search(r"\d", last[-600:] or (earlier or "")[-160:]) is not None
    # ("fire svært tilskadekomne personer«. »Men nu ved vi, at to af dem er sluppet": the group counted in words in
    # the sentence before, the part told after "that")
    counted_in_words = re.search(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+[^\W\d]",
        (earlier or "")[-200:],
    ) is not None
    counted_just_before = counted_just_before or counted_in_words
    counted = counted_before is not None or counted_just_before
    if n.raw > 1 and re.match(r"\s+(?:of\s+(?:them|whom)|af\s+dem)\b", after) and (counted or group_before):
        return False  # "ten were hurt, two of them seriously": a part of the group this sentence counts or names
    whole = r"\s+of\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    if lang == "en" and n.raw > 1 and re.match(whole, after, re.IGNORECASE):
        return False  # "shot four of five", "seven of 10 voters": a part out of a whole, both figures
    da_whole = r"\s+af\s+(?:[a-zæøå]+s\s+)?(?:\d|(?:to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve)\b)"
    if lang == "da" and n.raw > 1 and re.match(da_whole, after, re.IGNORECASE):
        return False  # "i otte af landets 10 dyreste kommuner": a part out of a whole, both figures
    if re.match(rf"\s+(?:{_SAID}|of|af|another|anden|andet)\b", after):
        return True
    if lang == "ar" and n.raw == 1 and re.match(r"\s+من(?!\S)", after):
        return True  # "واحد من أبرز الكتاب", like "one of": membership of a group, not a count of one
    if lang in ("en", "da") and 2 <= n.raw <= 5 and _NAMED_BEFORE.search(before):
        return True  # "Guyana, Suriname, two small countries ...": an apposition that counts the names again
    if re.match(r"\s+other\b", after) and n.raw == 1:
        return True  # "one other", not "two other incidents"
    if lang == "en" and n.raw == 1 and one_role_named(before, after):
        return True  # "said one lead author, Dana Fell of the agency,": "a lead author", named in apposition
    if lang == "en" and n.raw == 1 and re.match(r"\s+(?:example|instance|illustration|sign)\s+of\b", after):
        return True  # "X is one example of many": an instance of a kind, like "one of", not a count of one
    span_of = re.match(r"\s+(?:minutes|hours|days|weeks|months|years|decades)\s+of\s+(?!the\b|this\b|that\b)[a-z]",
                       after)
    if lang == "en" and n.raw > 1 and span_of and re.search(r"\b[Tt]he\s+$", before):
        return False  # "the five minutes of time added on", "the two years of fighting": a span the phrase names
    owned = re.search(r"\b(?:his|her|their|its|our)\s+$", before, re.IGNORECASE)
    if lang == "en" and owned and n.raw > 1 and earlier is not None and _named_before(after, earlier):
        return True  # "was flying with his nine passengers" after "the nine passengers": the same ones again
    part_before = (
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most|half|many)\s+of\s+the\s+$"
    )
    told = earlier is not None and _named_before(after, earlier) and _said_before(n.text.lower(), earlier)
    if lang == "en" and n.raw > 1 and re.search(part_before, before, re.IGNORECASE) and re.match(r"\s+[a-z]", after):
        # "interviewed six of the nine group members": the whole a part is taken from, a count (not "one of the
        # seven soldiers" after "Seven soldiers were killed": the same seven again)
        return bool(told)
    fronted_whole = lang == "en" and n.raw > 1 and re.fullmatch(r"\s*Of\s+the\s+", before) is not None
    if fronted_whole and earlier is not None and re.match(r"\s+[a-z]{3,}", after) and not _named_before(after, earlier):
        return False  # "Of the six individuals first investigated, four ...": the whole a part is told of, a count
    listed = lang == "en" and n.raw > 1 and _LIST_FOLLOWS.match(after) is not None
    said = earlier is None or _said_before(n.text.lower(), earlier)
    dashed = listed and re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*(?:[–—:]|--?)", after) is not None
    if dashed and re.search(r"\b[Tt]he\s+$", before) and not said:
        return False  # "The four agencies – the EPA, ...": members named after a count the story never gave before
    if listed and re.search(r"\b[Tt]he\s+$", before) and earlier is not None and not _named_before(after, earlier):
        return False  # "The three main contenders for the presidency are: ...": a count whose members follow
    described = re.match(r"\s+([a-zæøå]{3,}ende\s+[a-zæøå]{3,})", after) if lang == "da" and n.raw > 1 else None
    if described and earlier is not None and re.search(r"\b[Dd]e\s+$", before) and described.group(1) not in earlier:
        # "De to vindende byer vil blive udpeget": the ones a participle picks out, not named so before, a first count
        return False
    if lang == "en" and n.raw > 1 and _SINGULAR_UNIT_MODIFIER.match(after):
        return False  # "during the three month period", "the five year plan": a measure as a modifier, no anaphora
    ranked = _DA_RANKED.match(after) if lang == "da" else None
    if ranked and n.raw > 1 and re.search(r"\b[Dd]e\s+$", before) and (
        earlier is None or f"{n.text.lower()} {ranked.group(1)}" not in earlier
    ):
        return False  # "de to første operationelle satellitter": the first ones, counted (Danish puts the number first)
    if lang == "en" and re.match(r"\s+(?:[a-z]+\s+)?ones\b", after) and re.search(r"\b(?:are|were|is|was)\s+$", before):
        return True  # "Apple and Facebook are two big ones": the names counted again, no figure
    if lang == "en" and re.match(r"[\s-]+pointers?\b", after):
        return True  # "made a three pointer": a kind of basket, no count
    rest_of_group = re.match(r"\s+(?:andre|øvrige|resterende)\s+[a-zæøå]", after) if lang == "da" else None
    if rest_of_group and n.raw > 1 and re.search(r"\b[Dd]e\s+$", before):
        return False  # "mens de to andre passagerer slap uskadt": the rest of a group, a new count, no anaphora
    if lang == "en" and re.search(r"\b[Aa]ll\s+$", before) and _ALL_OF_THEM.match(after):
        return True  # "all three had great holds", "all four were taken to hospital": the ones told of before
    after_de = lang == "da" and earlier is not None and re.search(r"\b[Dd]e\s+$", before) is not None
    if after_de and earlier is not None and _da_first_count(n, after, earlier):
        return False  # "de seks krav, vi stiller", "de syv kommuner i aftalen": a group told the first time
    if re.search(r"\b(?:the|these|those|both|de|disse)\s+$", before, re.IGNORECASE):
        new = lang == "en" and earlier is not None and re.search(r"\b[Tt]he\s+$", before) and n.raw > 1
        if not (new and earlier is not None and _first_mention(after, earlier)):
            return True  # "the two stores": anaphora
    parallel = _PARALLEL_HOLDER.search(before[-160:]) or _PARALLEL_VERB.search(before[-160:])
    if lang == "en" and parallel and re.match(r"\s*(?:[,.;:]|$)", after):
        return False  # "X won five awards, while The Aviator took three.": the same things, the holder's (or none)
    harmed = lang == "en" and re.search(
        r"\b(?:kill|injur|wound|hurt|maim)(?:ing|ed|s)?\s+(?:(?:at\s+least|about|some|nearly|another)\s+)?$", before
    )
    if harmed:
        return False  # "at a festival in Gilroy, killing three,": those harmed, the verb's object
    if lang == "en" and n.raw == 1 and n.value != n.raw and re.match(r"\s*(?:[,.;:]|$)", after):
        return False  # "up from one billion.": a scaled number ends its clause, never the pronoun "one,"
    if lang == "en" and re.search(r"\bto\s+within\s+$", before):
        return False  # "to bring the score to within nine: 50-41": the margin a score was brought to
    if lang in ("en", "da") and re.match(r"\s*(?:[,.;:]|$)", after):
        return True
    if lang == "ar" and re.search(_AR_ORDINAL_BEFORE, before):
        return True  # "الثامنة عشرة": an ordinal (not "نشرت الحكومة ثلاثة آلاف جندي")
    if re.match(r"\s+(?:percent|per cent|procent)\b", after):
        return False  # "less than one percent"
    in_fraction = re.match(r"\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", after)
    if (n.raw == 1 and n.value == n.raw and in_fraction and not _YEAR_AFTER_IN.match(after)) or re.search(
        r"\b(?:one|1)\s+in\s+$", before
    ):
        # "one in three": a fraction, read by _fractions (not "up from one billion in 2002": a scaled one, then
        # the year it stood there; nor "up from one in 2002")
        return True
    if n.raw == 1 and lang == "ar" and re.search(r"(?<!\S)[وب]?(?:مرة|دفعة|آن)\s+$", before):
        return True  # "مرة واحدة", "دفعة واحدة", "في آن واحد": once, at once, at the same time; no count
    if n.raw == 1 and lang == "ar" and re.search(r"(?<!\S)[وبلف]?(?:كل|أي|اي)\s+$", before):
        return True  # "كل واحد منهم", "لأي واحدة": each one, any one; a pronoun of the group, no count of one
    if n.raw == 1 and one_after_noun(n, before, lang):
        return False  # "شرطي واحد", "אדם אחד": Arabic and Hebrew put "one" after what it counts
    if n.raw == 1 and lang == "he" and _HE_ONE_OF_A_GROUP.match(after):
        return False  # "אחד מהלוחמים נפצע": one of a group the article counts, a figure wherever it stands
    if n.raw == 1 and n.value != n.raw:
        return False  # "one million users": a scaled number, never the indefinite "one"
    idiom = re.match(r"\s+(?:stemme|gang|slag|hug|omgang|og\s+samme)\b", after)  # "med én stemme", "på én gang"
    if lang == "da" and n.text.lower() in ("én", "ét") and re.match(r"\s+[a-zæøå]", after) and not idiom:
        return False  # "én person er kommet til skade": the accent writes the numeral, never the article
    if n.raw == 1:  # "one count of murder" is a figure; "one day", "one said" mostly not
        if lang == "en" and re.search(r"\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)?)\s+$", before):
            return False  # "the blast killed one person": a count of those harmed
        if lang == "en" and _CHANGED_BY.search(before[-80:]):
            return False  # "increased the outbreak's death toll by one", "the count rose by one": the step of a change
        if lang == "en" and _ONE_TERM.match(after):
            return False  # "a £200 fine or one day in prison", "activated the one day sentence": a term served
        if n.qualifier or re.search(r"\b(?:at least|only|just|exactly|at most)\s+$", before, re.IGNORECASE):
            return False  # "at least one shell", "only one day"
        if lang == "en" and _ONE_UNIT_THEN_PART.match(after):
            return False  # "in a British record of one minute 56.82 seconds": the first part of a two-unit span
        if re.search(r"\b(?:within|for|in|over|during|inden|i|på)\s+$", before, re.IGNORECASE) and re.match(
            r"\s+(?:second|minute|hour|day|week|month|year|sekund|minut|time|dag|uge|måned|år)\b", after
        ):
            return False  # "within one month", "for one year": a duration, not "one day" (some day)
        if re.match(rf"\s+(?:[\w'’-]+\s+){{1,4}}?(?:and|or|og|eller)\s+{_COUNT_WORD}", after) or re.search(
            rf"{_COUNT_WORD}\s+(?:[\w'’-]+\s+){{1,4}}?(?:and|or|og|eller)\s+$", before
        ):
            return False  # "one Supreme Court judge and two high court judges": one counted beside others
        copula_after = re.match(r"\s+(?:was|is|has|had|remains|remained)\b", after)
        if lang == "en" and copula_after and _ONE_OF_TALLY.search(before):
            return False  # "25 were patients at the facility and one was a staff member": one part of a tally
        fates = re.search(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", before, re.I)
        if lang == "en" and fates and re.match(r"\s+[a-z]{3,}ly(?=\s*[,;.)]|\s*$|\s+(?:and|while)\b)", after):
            return False  # "wounding five soldiers - one seriously, one moderately and three lightly": a part told
        if lang == "en" and fates and _ONE_FATE.match(after):
            return False  # "Seven dead, one missing", "two were rescued, and one is still missing": one of a tally
        if lang == "en" and _ONE_BEFELL.match(after) and not _NO_ONE.search(before):
            return False  # "One soldier was wounded", "One person died": a count of one that news reports
        in_list = _ONE_IN_LIST_AFTER.match(after) or _ONE_IN_LIST_BEFORE.search(before)
        item = re.match(r"((?:\s+(?!(?:and|or)\b)[\w'’-]+){1,3})", after) if in_list else None
        tags = tag_words(["one", *item.group(1).lower().split()])[1:] if item else []
        if lang == "en" and "NOUN" in tags and "VERB" not in tags and not _ONE_IDIOM.match(after):
            # "one power car and one pantry car", "One coach, one AC coach, three sleeper coaches" (not "two teams,
            # one national and one made up of refugees": each "one" a team, no noun of its own)
            return False
        if lang == "en" and (_ONE_AND_ONE_AFTER.match(after) or _ONE_AND_ONE_BEFORE.search(before)):
            noun = re.match(r"\s+([a-z][\w'’-]*)", after)
            if noun and tag_words([n.text.lower(), noun.group(1)])[1] == "NOUN":
                return False  # "one son and one daughter": each counted (not "one national and one made up of")
        if re.match(r"\s+[a-zæøå]+\s+(?:of|af)\s+(?:(?:about|around|nearly|over|up\s+to|some)\s+)?[$£€]?\d", after):
            return True  # "including one reading of 10 sieverts": "a reading of", the measure is the figure
        return not re.match(r"\s+[a-zæøå]+\s+(?:of|af)\s", after)
    return False
