"""What a figure counts, read from its own sentence by syntax (see `figures` for the overview).

The noun phrase after the figure, the subject or measure before it, the noun of an "X of N", the
object of a verb of change, the clause a duration ends; Arabic and Hebrew measure nouns and subjects.
What the figures of one sentence share with each other is `sharing`'s.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import (
    ADVERBS,
    APPROX_AFTER,
    AR_LEADS,
    AR_MEASURE,
    AR_STOP,
    AR_VERB,
    BEFORE_PREP,
    CHANGED,
    CLAUSE_START,
    COLLECTIVES,
    CONTAINERS,
    DA_STOP,
    DURATIONS,
    EN_MONTHS,
    EN_STOP,
    EN_VERBS,
    GENERIC_HEADS,
    HE_MEASURE,
    HE_STOP,
    HE_VERB,
    LENGTHS,
    MEASURES,
    MONEY_LEADS,
    PAST_VERBS,
    PERIODS,
    PHRASE_ENDS,
    PRONOUN_STARTS,
    PRONOUNS,
    QUALIFIER_LEFT,
    RATE_WORDS,
    STATUS,
    STOP,
    TIME_WORDS,
    WORD_TOKENS,
    unit_after,
)
from briefing_app.core.facts.figures_he import in_word_gershayim
from briefing_app.core.facts.not_figures import one_after_noun
from briefing_app.core.facts.phrase_edges import (
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PLURALS,
    LY_NOUNS,
    MODALS,
    NOT_STATES,
    PLURAL_SUBJECT_VERBS,
    QUALIFYING,
    adverb,
    attributive,
    clause_verb,
    da_complement,
    da_noun_follows,
    ed_form,
    is_complement,
    is_participle,
    plural,
    prep_complement,
    reduced_relative,
    relative_clause,
    subject_position,
    with_complement,
)
from briefing_app.core.numbers import NumberMatch, currency_code_before, strip_arabic_marks


def after_phrase(after: str, lang: str, money: bool = False, subject: bool = False) -> str | None:
    """What follows a figure: up to a stop word or punctuation ("people reported dead", "all spam"), with
    an English noun's prepositional complement ("tax cuts for the wool industry"). With `subject` (the
    figure opens its clause) a verb after the noun is the clause's own ("Twelve talks ended with ..."),
    which ends the phrase."""
    after = APPROX_AFTER.sub("", after)
    after = re.sub(r"^\s*\([^)]*\)", "", after)
    if re.match(r"\s*(?:mere|mindre|flere|færre|more|less|fewer)\s+(?:end|than)\b", after, re.IGNORECASE):
        return None  # "1,2 milliarder kroner mere end planlagt", "$5m more than expected": a comparison follows
    total = re.match(rf"\s*(?:in\s+total|in\s+all|altogether|all\s+told)(?=\s*(?:$|[,.;]|{_STATE_WORDS}))", after)
    if total and lang == "en":  # "all 298 in total perished": the total says nothing of what is counted
        after, subject = after[total.end() :], True
    if lang == "en":  # "half of the 1,200 staff", "85 out of 100 votes": the whole's number is its own figure
        after = _WHOLE_NUMBER.sub(r"\1", re.sub(r"^\s*out\s+of\s+", " of ", after))
    as_written = after
    those = _THOSE_WHO.match(after) if lang == "en" else None
    if those:  # "189 of those who died in the crash": the relative clause says who they are
        return with_complement(f"those who {those.group(1)}", WORD_TOKENS.findall(after[those.end() :]), 0)
    lead = re.match(r"\s*(?:(?:a|per|each|om|pr\.)\s+(?:year|month|week|day|året|år|måneden)\s+)?"
                    rf"(?:of|af|for|til|من|מ|של{MONEY_LEADS if money else ''})\s+(?:the\s+|all\s+)?",
                    after)  # fmt: skip
    share = lead is not None and lead.group(0).split()[-1].lower() in ("of", "the", "all") and "of" in lead.group(0)
    if lead:
        after = after[lead.end() :]
    after = re.sub(r"^\s*(?:the|all|a|an|its|their|his|her|these|those|de|alle)\s+", " ", after, flags=re.IGNORECASE)
    words: list[str] = []
    limit = 4 if lang in ("en", "da") else 2
    stop = STOP.get(lang, set())
    tokens = WORD_TOKENS.findall(after)
    held = _HELD.match(after) if lang == "en" else None
    if held:  # "95 migrants still in custody", "31 votes in favour": the state is what they count
        return " ".join(held.group(0).split())
    i = 0
    complement_at: int | None = None  # where a prepositional complement of the noun phrase may start
    own_length: int | None = None
    while i < len(tokens):
        token = tokens[i]
        low = token.lower()
        if lang == "ar":
            low = strip_arabic_marks(low)
        if re.fullmatch(r"\d[\d.,]*", token) and not words:
            i += 1
            continue  # "34 af 149.000 jøder": the other number
        if words and re.match(r"[وו]-?\d", token):
            break  # "45 قتيلا و120 جريحا": the next figure starts
        if lang == "ar" and (re.fullmatch(AR_VERB, low) or re.fullmatch(rf"ب{AR_MEASURE}", low)):
            break  # "12 % لتصل", "30 مشروعا بتكلفة": a verb or another amount's lead ends the noun phrase
        purpose = lead is not None and lead.group(0).strip().lower() == "to"  # "$1.5bn to rebuild the city"
        if money and lang == "en" and len(words) == 1 and (words[0].lower().endswith("ing") or purpose):
            if low in DETERMINERS:
                i += 1  # "$40 million rebuilding the harbour wall": the verb's object says what the money is for
                continue
        if len(words) == limit and lang == "en" and _plural_head(tokens, i, stop):
            words.append(token)  # "two existing South American trade blocs": the head noun ends the phrase
            complement_at = i + 1
            break
        if not re.match(r"\w", token) or low in stop or len(words) == limit:
            complement_at = i if words else None
            if lang == "en" and low in ("have", "has", "had", "were", "was", "are", "is") and (words or not i):
                # "12 people have been arrested", "two others were seriously injured": skip the passive's
                # "been" and an adverb to reach the participle
                k = i + 1
                while k < len(tokens) and k < i + 3 and (
                    tokens[k] in ("been", "being") or adverb(tokens[k]) or tokens[k] in ADVERBS
                ):
                    k += 1
                rest = tokens[k : k + 3]
                participle = [t for t in rest[:1] if ed_form(t) or t in STATUS]
                if participle:
                    extra = [t for t in rest[1:2] if re.match(r"[a-z]+$", t) and t not in stop]
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
                    and re.fullmatch(r"[a-z]{3,}", rest[0])
                    and rest[0] not in stop
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
            said = []
            for t in tokens[i + 1 : i + 4]:
                if not re.fullmatch(r"[a-z][a-z-]*", t) or t in EN_STOP:
                    break
                said.append(t)
            complement = prep_complement(tokens, i + 1) if not said else []
            who = "who" if words[-1].lower() in IRREGULAR_PLURALS else "that"
            own_length = len(words)  # the relative clause's verb is no verb of the figure's clause
            words += [who, token, *(said or complement[:4])]
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
        if lang == "en" and low in STATUS:
            complement_at = i + 1
            break
        i += 1
    if subject and lang == "en":
        # "Sixteen players made it to the final", "Twelve rounds ended with a deal"; not "could perish", which
        # says what happens to them
        verbs = [k for k, w in enumerate(words[:own_length])
                 if k and clause_verb(w) and not attributive(words, k) and words[k - 1].lower() != "being"]  # fmt: skip
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
    if len(words) > 1 and ((lang == "he" and words[1].endswith("ו")) or (lang == "ar" and words[1].endswith("وا"))):
        words = words[:1]  # "300 איש נהרגו", "70 ألف متظاهر احتلوا": a plural verb in the past follows
    if words and (words[0].lower() in TIME_WORDS or words[0].lower().replace("’", "'") in PRONOUN_STARTS):
        return None  # "56 percent today": when, not what; "30 days it's been": a new clause
    if lang == "he" and words and re.fullmatch(r"ו?(?:הם|הן|הוא|היא|אנחנו|אני)", words[0]):
        return None  # "3 מיליארד ש\"ח והם מפורסמים": "and they ..." opens a new clause
    if (
        lead
        and money
        and words
        and (words[0].lower() in PERIODS or words[-1].lower() in PERIODS or re.match(EN_MONTHS, words[0]))
    ):
        return None  # "£1.2bn in the year to March", "in its opening weekend", "in November": when
    if (
        subject
        and lang == "en"
        and len(words) == 1
        and ed_form(words[0].lower())
        and words[0].lower() not in EN_VERBS
        and (len(tokens) == 1 or not re.match(r"\w", tokens[1]))
    ):
        return words[0]  # "Of the 140 aboard, all 140 survived.": a bare subject counts those the verb is said of
    if lang in ("en", "da") and words and _verb_not_noun(words):
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
_STATE_WORDS = r"(?:have|had|has|were|was|are)\b|[a-z]+ed\b|(?:died|dead|missing|hurt)\b"
# A relative clause on "those" after a figure: "189 of those who died", "half of those that voted".
_THOSE_WHO = re.compile(r"\s*of\s+(?:all\s+)?those\s+(?:who|that)\s+((?:(?:have|had|has|were|was)\s+)?[a-z]+)\b")
# A plural noun and the state it is in, which says what is counted: "votes in favour", "people still in
# custody", "farmers currently in pre-trial detention", "migrants held in camps".
_HELD = re.compile(
    r"\s*(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*s\s+(?:(?:currently|still|now|already|held|kept|being\s+held)\s+)?"
    r"(?:in\s+favou?r(?:\s+of\s+(?:the\s+)?[\w'’-]+)?|in\s+(?:[a-z-]+\s+)?(?:detention|custody|prison|prisons|jail|jails|hospital|hospitals|exile|"
    r"hiding|captivity|camps|shelters))\b"
)


# Verbs of saying and finding whose "that" opens their object clause ("a survey found that 61% ...").
_SAYING = {"found", "finds", "find", "show", "shows", "showed", "shown", "say", "says", "said", "think", "thinks",
           "thought", "believe", "believes", "claim", "claims", "report", "reports", "fandt", "viser", "viste",
           "mener", "siger", "sagde"}  # fmt: skip


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


# Nouns of a level reached, whose owner is the subject: "hit a record high of", "fell to a low of".
_LEVEL_NOUNS = {"high", "low", "peak", "record", "level", "maximum", "minimum"}


def _gerund_with_object(words: list[str]) -> bool:
    """A verb in -ing with its object ("saying it", "making the"), not a noun ("spending", "boiling point")."""
    second = words[1].lower() if len(words) > 1 else ""
    return words[0].lower().endswith("ing") and (second in PRONOUNS or second in EN_STOP or second[:1].isupper())


def _verb_not_noun(words: list[str]) -> bool:
    """Whether the words after a figure start with a verb rather than a noun: a known verb, or an -ed
    form followed by nothing or a name ("compared", "dubbed DemoSat"); not "injured" (a state) nor
    "registered voters" (a participle used as an adjective)."""
    first = words[0].lower()
    if first in STATUS:
        return False
    if first in EN_VERBS:
        return True
    return ed_form(first) and first not in STATUS and (len(words) == 1 or words[1][:1].isupper())


_NAME = r"(?:the\s+)?[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*)*"
# A noun (lower-case, or the sentence's first word), a preposition and a list of names up to the figure's verb.
_NOUN_BEFORE_NAMED_LIST = re.compile(
    rf"(?:^\s*(?P<first>[A-ZÆØÅ][\w'’-]+)|\b(?P<noun>[a-zæøå][\w'’-]+))\s+(?:in|at|from|across|of|i|fra)\s+{_NAME}(?:,\s*{_NAME})+,?\s+(?:and|or|og|eller)\s+"
    rf"{_NAME}\s+[a-zæøå]+(?:\s+(?:to|at|til|på))?\s*$"
)


# A Danish clause that puts an adverbial first puts its subject after the finite verb (V2): "Siden 2010 er
# antallet ...", "I år har regeringen ...". The adverbial and the verb, to skip.
_DA_FRONTED = re.compile(
    r"\s*(?:(?:siden|i|på|efter|før|inden|sidste|ifølge|blandt|under|i\s+alt)\b[^,.;:]{0,40}?|"
    r"(?:nu|derfor|samtidig|dermed|desuden|således|også|alligevel|hermed|i\s+dag|i\s+år))\s+"
    r"(?:er|var|har|havde|blev|bliver|vil|skal|kan|steg|stiger|faldt|falder|voksede|vokser|fik|får|nåede|når|lå|ligger)\s+",
    re.IGNORECASE,
)


# A sentence that opens with a phrase describing its subject ("Worth $4bn over five years, the projects ...",
# "At 8,848 metres, Everest is ..."), and the subject after its comma.
_FRONTED = re.compile(
    r"\s*(?:Worth|Valued|Costing|Priced|Estimated|Measuring|Weighing|Standing|At|With|Founded|Built|Aged)\b"
    r"(?:[^,;:]|,(?=\d)){1,60},"
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:is|are|was|were|has|have|had|"
    r"will|would|can|could|may|might|stands?|rises?|focus(?:es)?|covers?|remains?|includes?|[a-z]+ed|[a-z]+s)\b)"
)


def _before_phrase(before: str, lang: str) -> tuple[str | None, bool]:
    """The subject of the clause a figure ends ("the death toll | might approach"), and whether it is
    a measure ("toll", "revenue") rather than the thing counted."""
    if lang not in ("en", "da"):
        return None, False
    listed = _NOUN_BEFORE_NAMED_LIST.search(before)
    noun = (listed.group("first") or listed.group("noun")) if listed else ""
    if noun and noun.lower() not in STOP.get(lang, set()) and noun.lower() not in EN_VERBS:
        # "losses in Sri Lanka, the Maldives and Florida reached": the commas are a list's, and the
        # subject is the noun (a sentence's first word may be capitalised) the list of names hangs on
        return noun, noun.lower() in MEASURES
    start = CLAUSE_START[lang].search(before)
    clause = before[start.end() :] if start else before
    fronted = _DA_FRONTED.match(clause) if lang == "da" else None
    if fronted:  # "Siden 2010 er antallet af turister steget med": the subject follows the finite verb
        return _before_phrase(clause[fronted.end() :], lang)
    first = re.match(r"\s*([\w'’-]+)", clause)
    head_end = before[: start.end()] if start and first and first.group(1).lower() in EN_VERBS else ""
    appositive = re.search(r"([^\W\d_])\s*,[^,;:()]{1,60},\s*$", head_end) if head_end.endswith(",") else None
    if appositive:
        # "The bridge, built in 1890, was 40 metres long": the subject stands before the appositive
        return _before_phrase(f"{head_end[: appositive.end(1)]} {clause}", lang)
    words: list[str] = []
    head = ""  # the noun an of-phrase hangs on: "number" in "the number of refugees"
    tokens = WORD_TOKENS.findall(clause)
    for k, token in enumerate(tokens):
        low = token.lower()
        if not re.match(r"\w", token):
            break
        of = low in ("of", "af") or (lang == "da" and low == "på" and words and words[-1].lower() in MEASURES)
        of = of or (lang == "en" and low == "for" and len(words) <= 2)  # "Support for the party fell"
        if of and words and not head and words[-1].lower() not in EN_VERBS:  # "Prisen på benzin steg": its price
            head = words[-1]  # "Sales of electric cars jumped": the subject goes on past its of-phrase
            words.append(token)
            continue
        if words and words[-1].lower() in ("of", "for", "among") and low in ("the", "its", "their", "this"):
            words.append(token)  # "Sales of the firm's cars", "Support for the party"
            continue
        if not words and low in ("the", "a", "an", "its", "their", "his", "her", "den", "det", "de", "en", "et",
                                 "each", "every", "hver", "hvert", "alle",
                                 "when", "where", "once", "now", "and", "then", "so"):  # fmt: skip
            continue
        if (lang == "en" and low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS) or low in ADVERBS:
            continue  # "which currently equal": an adverb is no part of the subject
        if lang == "en" and low in STATUS and head and head.lower() in CONTAINERS and words[-1].lower() != "of":
            words.append(token)  # "the number of miners injured each month is": the participle says which
            continue
        if low in EN_VERBS or low in STOP.get(lang, set()):
            break
        if lang == "en" and ed_form(low) and words:
            nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
            if not nxt or nxt in EN_STOP or not re.match(r"[a-z]", nxt):
                break  # "Kmart gained", not "published launch cost"
        words.append(token)
    while words and words[-1].lower() in ("the", "its", "their", "this"):
        words = words[:-1]
    if words and words[-1].lower() in ("of", "af", "på", "for", "among"):
        words, head = words[:-1], ""
    only_verb = len(words) == 1 and (words[0].lower() in EN_VERBS or (lang == "en" and ed_form(words[0])))
    if (not words or only_verb) and start and re.fullmatch(r"which|who|that|som|der", start.group(0).strip(), re.I):
        # "benefits, which equal 42 percent", "the quake, which measured 7.2": the noun the clause hangs on
        # "benefits, which equal 42 percent": a relative clause's subject is the noun it hangs on
        antecedent = re.search(r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*,?\s*$", before[: start.start()])
        last = antecedent.group(1).split()[-1].lower() if antecedent else ""
        if antecedent and last not in EN_VERBS and not ed_form(last) and last not in _SAYING:
            # not "found that 61% support": "that" after a verb opens its object clause, not a relative one
            words = [w for w in antecedent.group(1).split()
                     if w.lower() not in STOP.get(lang, set()) and not re.match(r"\d", w)][-3:]  # fmt: skip
    if not words:
        return None, False
    if head and head.lower() in CONTAINERS:
        words = words[words.index(head) :]  # "the number of refugees" counts the refugees
        return " ".join(words), False
    last = (head or words[-1]).lower()
    words = words[-3:] if len(words) > 5 and not head else words
    return " ".join(words), last.strip("'’s") in MEASURES or last in MEASURES


def _measure_in_clause(before: str, lang: str) -> str | None:
    """The last measure noun ("turnout", "rate", "share") of the clause before a figure, with the word
    before it when that is no function word ("voter turnout")."""
    start = CLAUSE_START[lang].search(before)
    clause = before[start.end() :] if start else before
    words: list[str] = re.findall(r"[\w'’-]+", clause)
    found = [i for i, w in enumerate(words) if w in MEASURES]
    if not found:
        return None
    noun = words[found[-1]]
    modifier = words[found[-1] - 1].lower() if found[-1] else None
    if modifier and modifier not in STOP.get(lang, set()) and modifier not in EN_VERBS:
        return f"{modifier} {noun}"
    return noun


# The name a bracketed age follows: capitalised where the script has capitals ("Maria Lopez (34)", not "its
# deputies (71)"), any word in Arabic and Hebrew.
_NAME_BEFORE_BRACKET = {"en": r"[A-ZÆØÅ][\w'’-]+\s*\(\s*$", "da": r"[A-ZÆØÅ][\w'’-]+\s*\(\s*$"}


def counts_of(text: str, n: NumberMatch, rest: str, unit: str | None, lang: str) -> str | None:
    before = text[: n.start]
    rest = APPROX_AFTER.sub("", rest)
    fronted = _FRONTED.match(text) if lang == "en" and not re.search(r",(?!\d)", before) else None
    if fronted and unit == "percent" and re.match(r"\s*(?:%|percent|per\s+cent)?\s+of\s", text[n.end :]):
        fronted = None  # "With 70% of its GDP from trade, Chile ...": a share names its whole itself
    if fronted and n.start < fronted.end() and fronted.group(1).lower() not in PRONOUNS:
        # "Worth US$4.3bn over five years, the projects ...": the fronted phrase describes the subject after it
        own = after_phrase(rest, lang) if unit is None and n.kind == "number" else None
        lead = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before[: before.rfind(n.qualifier)] if n.qualifier else before)
        of_noun = re.search(r"\b([a-z][\w-]*)\s+of\s+$", lead) if not own else None
        if of_noun and of_noun.group(1) not in EN_STOP and of_noun.group(1) not in GENERIC_HEADS:
            own = of_noun.group(1)  # "With a population of 12,000, the town ...": the measure, and whose
        return f"{own} ({fronted.group(1)})" if own else fronted.group(1)
    if n.spelled and n.raw == 1 and one_after_noun(n, before, lang):
        if unit_after(" " + before.split()[-1], lang)[0] is None:
            return before.split()[-1]  # "شرطي واحد": the noun before "one"
        before = before[: before.rstrip().rfind(" ") + 1]  # "לתקופה של שנה אחת": one of a unit, measuring more
    if n.qualifier:
        at = before.rfind(n.qualifier.rstrip("-"))
        before = before[:at] if at >= 0 else before
    before = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before)
    before = currency_code_before(before) if n.currency else before  # "costs KSh 3,000", "is USD 5 million"
    before = re.sub(QUALIFIER_LEFT, "", before)  # "a market value of about $2 trillion": the sign hid "about"
    possessor = re.search(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|’s|s'|s’)\s+$", before[-60:])
    possessor = possessor if lang == "en" else None
    if possessor and (n.kind == "percent" or unit is not None):
        # "Smith had 52.3% to Jones's 45.1%", "Brazil's 3% growth": whose share or measure it is
        own = after_phrase(rest, lang, n.currency is not None) if n.kind != "percent" or rest.strip() else None
        return f"{own} ({possessor.group(1)})" if own else possessor.group(1)
    if lang in ("en", "da") and n.kind == "number" and n.value_max is None and 0 < n.raw < 120 and n.raw == int(n.raw):
        person = re.search(r"(?:[A-ZÆØÅ][\w'’-]+|\b(?i:the|a|an|den|det)\s+[a-zæøå-]+),\s*$", before)
        if person and re.match(r"\s*(?:,|\)|and\b|og\b|at\s+the\s+time\b)", text[n.end :]) and not n.spelled:
            return "age"  # "Thomas Sam, 42, and his wife", "the gunman, 24,", "Maria, 16 at the time,": an age
        died = re.search(r"\b(die[sd]|dying|passed\s+away)\s+at\s+$", before[-24:]) if unit is None else None
        if died:
            return f"age ({died.group(1)})"  # "the novelist dies at 83": the age at death
    if lang == "en" and re.search(r"\b(?:in|into)\s+(?:his|her|their|its|my|our|your)\s+$", before) and re.match(
        r"['’]?s\b", text[n.end :]
    ):
        return "age"  # "a man in his 40s"
    if lang == "he":
        before = re.sub(r"((?<![\u05d0-\u05ea])[ו]?(?:בן|בת))\s+ה-?$", r"\1 ", before)  # "בת ה-13": aged 13
    age = re.search(
        r"(?:\b(?:at\s+|i\s+)?(age|aged|alder(?:en)?)(?:\s+(?:between|from|over|under|mellem|fra))?|(?<!\w)[وب]?(عمر(?:ه|ها)?|العمر|גיל|בן|בת)(?:\s+(?:يناهز|ناهز|نحو|قرابة))?)\s+$",
        before,
    )
    if age:
        return "age" if age.group(1) else f"{age.group(2)} (age)"
    if (
        n.kind == "number"
        and n.value_max is None
        and 0 < n.raw < 120
        and before.rstrip().endswith("(")
        and re.search(_NAME_BEFORE_BRACKET.get(lang, r"[^\W\d_]{2,}\s*\(\s*$"), before[-40:])
        # a Hebrew plural or possessive noun before the bracket is counted, not aged ("חבריה (33)")
        and not (lang == "he" and re.search(r"(?:ים|ות|יה|יו|יהם|יהן)\s*\(\s*$", before[-40:]))
        and re.match(r"\s*(?:(?:years?|år|عاما|عامًا|سنة|שנים)\s*)?\)", text[n.end :])
        and unit in (None, "years")
    ):
        # "Maria Lopez (34)", "أحمد (45 عاما)", "יוסי (45)": an age in brackets after a name, named in the
        # article's language too
        return {"ar": "عمر (age)", "he": "גיל (age)"}.get(lang, "age")
    sized = (unit is not None or n.currency) and unit != "percent" and n.kind != "percent"
    # "a majority of the deputies (71)": a bare count in brackets restates the noun phrase before them
    sized = sized or (n.kind == "number" and n.value_max is None and text[n.end : n.end + 1] == ")")
    bracketed = _noun_before_bracket(before, lang) if sized and not re.match(r"\s*(?:of|af|من|של)\s", rest) else None
    if bracketed:
        return bracketed  # "the orbit of the satellites (22,300 miles)": the size of the noun before it
    since = (
        re.match(r"\s+(?:(?:have|has|had)\s+(?:passed|elapsed|gone\s+by)\s+|(?:er\s+)?gået\s+)?"
                 r"(since|siden|after|efter)\s+", rest)  # fmt: skip
        if unit in DURATIONS
        else None
    )  # "two years have passed since the landslide": how long since what
    if since:
        what = after_phrase(rest[since.end() :], lang)
        lasting = _what_lasts(before, lang) if lang in ("en", "da") and re.search(r"\b(?:for|i)\s+$", before) else None
        if what:  # "20 years since the first single": how long since what; "halted comments for three days
            # after the attack": and what lasted, when a "for" says the clause lasted
            return f"{since.group(1)} {what} ({lasting})" if lasting else f"{since.group(1)} {what}"
    noun_of = re.search(r"\b((?:[a-zæøå-]+\s+){0,2}[a-zæøå-]+)\s+(?:of|på|af)\s+(?:between\s+|mellem\s+)?$", before)
    if noun_of and noun_of.group(1).split()[-1] in GENERIC_HEADS:
        noun_of = None  # "rose by an average of 4%": what rose says more than "average"
    if noun_of and unit in DURATIONS and before.rstrip().endswith("på"):
        noun_of = None  # "steget til 19 procent på fem år": "på" leads to a time, not a measure of a noun
    rate = _RATE_UNIT.match(rest) if noun_of and unit is None and lang == "en" else None
    if rate and noun_of and noun_of.group(1).split()[-1] not in GENERIC_HEADS:
        # "a reading of 10 sieverts per hour", "readings of 20,000 counts per minute": a rate's unit, and the
        # noun the figure is a reading of
        measured = noun_of.group(1).split()
        verbs = [k for k, w in enumerate(measured) if w in EN_VERBS or w in PAST_VERBS or ed_form(w)]
        measured = [w for w in measured[verbs[-1] + 1 if verbs else 0 :] if w not in EN_STOP]
        if measured:
            return " ".join(measured)
    if noun_of and unit is not None and not re.match(r"\s*(?:of|af)\s", rest):
        words = noun_of.group(1).split()
        verb = [k for k, w in enumerate(words) if w in EN_VERBS or w in PAST_VERBS]
        words = [w for w in words[verb[-1] + 1 if verb else 0 :] if w not in EN_STOP and w not in DA_STOP]
        while len(words) > 1 and ed_form(words[0]):
            words = words[1:]  # "imposed tariffs of 25%": the verb before the noun is no part of it
        words = [w for w in words if not w.startswith("-")]  # "a 40-year high of 9.1%": the year's half
        own = after_phrase(rest, lang) if words and n.kind == "percent" and re.match(r"\s+[a-z]", rest) else None
        if own:
            return f"{own} ({' '.join(words)})"  # "a rate of 79.7% child poverty": the rate of what
        if words and words[-1] in _LEVEL_NOUNS and lang == "en":
            whose, _ = _before_phrase(before[: noun_of.start()], lang)
            if whose and whose.split()[0].lower() not in PRONOUNS:
                return f"{' '.join(words)} ({whose})"  # "Inflation hit a 40-year high of 9.1%": whose high
        if words:
            return " ".join(words)  # "a specific impulse of 462s"
    if (
        lang == "en"
        and n.kind == "number"
        and unit is None
        and re.search(r"\b(?:he|she|I|they|we|[A-Z][a-z]+)\s+(?:was|is|were|turned|turns)\s+$", before)
        and re.match(r"\s*(?:[,.;]|and\b|when\b|so\b|then\b|until\b|$)", rest)
        and n.raw < 120
    ):
        return "age"  # "when she was six", "until she was eighteen"
    if lang in ("en", "da") and unit is not None and n.kind == "number" and not n.currency:
        # "a 15 meter high rotating pig", "the 70 meter memorial hall", "a 20-minute demonstration": a
        # measure used as an adjective describes the noun after it, which is what the figure is about.
        determiner = re.search(
            r"\b(?:a|an|the|its|their|his|her|this|these|every|en|et|den|det|\w+['’]s)\s+(?:[a-z]+\s+)?$",
            before,
            re.IGNORECASE,
        )  # "the state's 20-kilometre zone": a possessor determines the noun too
        rest_unbracketed = re.sub(r"^\s*\([^)]*\)", "", rest)  # "a 6020 kg (13271 lb) mass"
        attribute = re.match(
            r"(?:-|\s+)(?:high|long|old|wide|tall|deep|thick|lang|høj|gammel|bred)\b\s*", rest_unbracketed
        )
        body = rest_unbracketed[attribute.end() :] if attribute else rest_unbracketed
        if (
            (determiner or not before.strip())  # "a 16-foot asteroid", and at the start: "16 Foot Asteroid Passes"
            and re.match(r"\s*[A-Za-zæøå]", body)
            and not re.match(r"\s*(?:of|af|in|for|from|to|and)\b", body)
        ):
            noun = after_phrase(body, lang)
            if noun and noun.split()[0].lower() not in EN_VERBS:
                return noun
    measured = unit in ("kilograms", "tons", "tonnes", "litres") and re.match(r"\s+[\u05d0-\u05ea]", rest)
    if lang == "he" and unit is not None and (re.match(r"\S*(?:ות|י)\s+\S", text[n.end :].lstrip()) or measured):
        noun = after_phrase(rest, lang)  # "10 שנות מאסר", "200 ק\"ג סמים": a unit in the construct measures its noun
        if noun:
            return noun
    if lang in ("en", "da") and unit is not None and n.kind == "number" and not n.currency:
        # A unit in the genitive names the length of what follows: "otte års fængsel", "10 meters
        # kørsel", "two hours' drive".
        unit_word = text[n.end : len(text) - len(rest)].strip()
        genitive = re.match(r"['’]\s*(?=[a-zæøå])", rest) if lang == "en" else (
            re.match(r"\s+(?=[a-zæøå])", rest) if unit_word.endswith("s") else None)  # fmt: skip
        if genitive:
            noun = after_phrase(rest[genitive.end() :], lang)
            if noun and noun.split()[0].lower() not in EN_VERBS:
                return noun
    if unit == "times":
        compared = re.match(r"\s+(?:as\s+)?((?:more|less)\s+[a-z]+|[a-z]+er|[a-z]+)\b", rest)
        many = re.match(r"\s+as\s+(?:many|much)\s+", rest)
        noun = after_phrase(rest[many.end() :], lang) if many else None
        if noun:
            return noun  # "twice as many cases as last year": what there are twice as many of
        if compared and compared.group(1) not in EN_STOP and compared.group(1) not in ("many", "much"):
            # "three times as powerful", "five times more likely", "twice as high": compared in what, and whose
            whose, _ = _before_phrase(before, lang)
            return f"{compared.group(1)} ({whose})" if whose else compared.group(1)
        often = re.match(r"\s*(?:$|[,.;:]|(?:by|in|on|at|since|during|over|this|last|a|i|på|af|siden)\b)", rest)
        if lang in ("en", "da") and often:
            happened = _what_lasts(before, lang)
            if happened:  # "had been convicted at least nine times by the court": how often what happened
                return happened
        unit = None  # "twice the size of ...": read on as a plain number
    if unit in LENGTHS:
        level = re.match(
            r"\s*(?:\([^)]*\)\s*)?((?:above|below|beneath|under)\s+)(?=(?:the\s+)?(?:sea|ground|surface)\b)", rest
        )
        if level:  # "six feet (1.8 metres) above sea level", "30 metres below the surface": a height or depth
            return f"{level.group(1).strip()} {after_phrase(rest[level.end() :], lang) or ''}".strip()
        away = re.match(r"\s*(?:\([^)]*\)\s*)?((?:away\s+)?(?:from|fra|til|to|من|عن|מ-?|מן)\s+)", rest)
        place = after_phrase(rest[away.end() :], lang) if away else None
        if away and place:
            return f"{away.group(1).strip()} {place}"  # "700 meter fra mål": a distance from a place
        toward = _DIRECTION.match(rest)
        place = after_phrase(rest[toward.end() :], lang) if toward else None
        if toward and place:
            # "420 metres north of the mill", "12 km vest for havnen", "420 מטרים מזרחית לטחנה": where from a place
            glued = " ל" if toward.group(0).rstrip("-").endswith("ל") else " "  # "צפונית לשער"
            return f"{' '.join(toward.group(1).split())}{glued}{place}"
    if (n.kind == "percent" or unit == "percent") and lang in ("en", "da"):
        # "a 5% rise in sales", "a 10 per cent cut in funding": a percentage used as an adjective describes
        # the noun after it, a noun even where it could be a verb ("rise", "cut").
        described = re.search(r"\b(?:a|an|the|its|their|en|et)\s+$", before, re.IGNORECASE) and re.match(
            r"\s*((?:(?!(?:in|of|on|i|af|på)\b)[a-zæøå-]+\s*){1,2})(?:\s*\b(in|of|on|i|af|på)\s+(?:the\s+)?([\w'’-]+))?",
            rest,
        )
        if described:
            noun = " ".join(w for w in described.group(1).split() if w not in EN_STOP and w not in DA_STOP)
            if noun:
                return f"{noun} {described.group(2)} {described.group(3)}" if described.group(2) else noun
    of_phrase = re.match(r"\s*(?:\([^)]*\)\s*)?(?:of|af|in|for|من|في)\s", rest)
    money = n.currency is not None or unit in ("rials", "dinars", "dirhams", "pounds")  # "10 مليارات ريال لدعم"
    opens = lang == "en" and subject_position(before)
    wanted = unit is None or of_phrase or n.kind == "percent" or money
    after = after_phrase(rest, lang, money, opens) if wanted else None
    harm = _HARMED.search(before[-60:]) if lang == "en" and after and unit is None and n.kind == "number" else None
    if after and harm and _HARMED_PARTICIPLE[harm.group(1).lower()] not in after:
        # "killed 12 people", "injuring 200 others": the verb says which people the figure counts
        done = _HARMED_PARTICIPLE[harm.group(1).lower()]
        after = f"{after} {done}" if " " not in after else f"{after} ({done})"
    group = noun_of.group(1).split()[-1] if after and noun_of and lang == "en" else ""
    if after and group in COLLECTIVES and group not in after:
        after = f"{after} ({group})"  # "assemblies of five or more people", "a coalition of 70 members": the group
    if unit in ("years", "days", "weeks", "months", "hours") and re.match(r"-", text[n.end :]) and not after:
        after = after_phrase(rest, lang)  # "a 17-year rule"
    compound = re.match(r"-([a-z]+)\s+(?=[a-z])", text[n.end :]) if unit is None and lang == "en" else None
    if compound and not after and compound.group(1) not in ("fold", "times", "odd"):
        noun = after_phrase(text[n.end + compound.end() :], lang)
        if noun:
            return f"{compound.group(1)} {noun}"  # "a 12-member panel", "a 10-point plan": the noun it describes
    if not after and noun_of and unit is None and n.kind == "number":
        words = [w for w in noun_of.group(1).split() if w not in EN_STOP and w not in EN_VERBS and w not in DA_STOP]
        if words:
            return " ".join(words)  # "a death toll of 40", "a majority of 153": the noun the figure measures
    if not after and lang == "en":
        changed = CHANGED.search(before)
        if changed:  # "cut its workforce by 12%", "reduce smoking rates to 5 percent": what is changed
            changed_words = (changed.group(1) or changed.group(2)).split()
            words = [w for w in changed_words if w.lower() not in EN_STOP and w.lower() not in PRONOUNS]
            if words:
                return " ".join(words)
    if lang == "en" and n.kind == "percent":
        leading = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|\b[a-z]+)\s+(?:\w+ing\s+)?with\s+$", before)
        if leading and leading.group(1).lower() not in EN_STOP:
            name = leading.group(1)  # "Smith leading with 52% (of the vote)", "the governor with 48%": whose share
            return f"{after} ({name})" if after else name
        on_the_way = _measure_in_clause(before, lang) if not after else None
        if on_the_way:
            whole, _ = _before_phrase(before, lang)
            if whole and on_the_way.split()[-1] in whole.split() and len(whole.split()) > len(on_the_way.split()):
                return whole  # "The share of renewable energy rose to 30%": the measure with what it is of
            return on_the_way  # "saw voter turnout listed in excess of 100%": the measure named on the way
    if lang == "en" and unit is None and re.search(r"\bmagnitude[\s-]+$", before[-12:]):
        return f"magnitude ({after})" if after else "magnitude"  # "a magnitude 6.4 earthquake": its magnitude
    valued = _WORTH_APPOSITIVE.search(before[-80:]) if lang == "en" and money and not after else None
    if valued and valued.group(1).lower() not in EN_STOP and valued.group(1).lower() not in PRONOUNS:
        return valued.group(1)  # "The loan, worth $2bn, was approved": the value of the noun before the comma
    each = _EACH_DOING.search(before[-80:]) if lang == "en" and not after else None
    if each and each.group(1).lower() not in EN_STOP:
        return f"{each.group(2)} ({each.group(1)})"  # "155 turbines, each generating 1.5 megawatts": each of what
    subject, measure = _before_phrase(before, lang)
    if lang == "en" and money and not after and subject and re.search(_COSTING, before[-40:]) and "cost" not in subject:
        return f"cost ({subject})"  # "The plan will cost an estimated $1.1 billion": the cost of the subject
    if subject and (
        _gerund_with_object(subject.split())
        or subject.split()[0].lower() in PRONOUNS
        or (lang == "en" and _verb_not_noun(subject.split()))
    ):
        subject, measure = None, False  # "saying it", "they", "compared to": no subject worth naming
    if after and subject and (measure or n.kind == "percent" or unit is not None or after in ("points", "point")):
        return f"{after} ({subject})"  # "15 percent" of what and whose: "shares (Kmart)"; "the index fell 300 points"
    if after and not measure and lang in ("en", "da"):
        # A measure named earlier in the sentence: "the death toll ... continues to rise, passing 80,000 people".
        named = re.findall(r"\b(?:[a-z]+\s+)?([a-zæøå]+)\b", before)
        measure_word = next((w for w in reversed(named) if w in MEASURES), None)
        if measure_word:
            return f"{after} ({measure_word})"
    if not after and not subject and lang in ("en", "da"):
        found = [m for m in re.finditer(r"\b(?:([a-zæøå-]+)\s+)?([a-zæøå]+)\b", before) if m.group(2) in MEASURES]
        if found:  # "skæres antallet ned til 8.000", "the Titan 4's launch cost of $400 million"
            m = found[-1]
            modifier = m.group(1) if m.group(1) and m.group(1) not in EN_STOP and m.group(1) not in DA_STOP else ""
            return f"{modifier} {m.group(2)}".strip()
    moving = re.search(r"\b([a-z]+ing)\s+(?:at|to)\s+$", before) if lang == "en" and unit and not after else None
    if moving and moving.group(1) not in EN_STOP:
        # "Flight 9 was flying at 33,000 feet", "shares were trading at $12": the measure of what is going on
        who, _ = _before_phrase(before[: moving.start()], lang)
        return f"{who} {moving.group(1)}" if who and who.split()[0].lower() not in PRONOUNS else moving.group(1)
    if not after and unit in DURATIONS and lang == "en":
        kind = _noun_after_duration(rest)
        if kind:  # "sentenced to 27 years imprisonment", "ten years experience": the noun says of what
            return kind
        purpose = _PURPOSE.match(rest)
        if purpose and purpose.group(1) not in EN_STOP and purpose.group(1) not in TIME_WORDS:
            return " ".join(purpose.group(0).split())  # "80 days to appeal the sentence": the time given for what
        fronted_span = re.fullmatch(r"\s*(?:For|Over|During|In)\s+(?:the\s+(?:past|last|next|first)\s+)?", before)
        clause = re.match(r"\s*,?\s*([^,.;:!?()]+)", rest) if fronted_span else None
        if clause:  # "For five minutes I just stared": what lasted is the clause after the fronted span
            words = [w for w in clause.group(1).split() if w.lower() not in PRONOUNS and w.lower() not in ADVERBS]
            words = [w for w in words if not adverb(w)][:6]
            if words:
                return " ".join(words)
    if not after and unit is None and lang == "en" and n.kind == "number":
        numbering = re.search(r"([A-Za-z][\w'’-]*)\s*,\s*(?:numbering|totall?ing|amounting\s+to)\s+$", before)
        if numbering and numbering.group(1).lower() not in EN_STOP:
            return numbering.group(1)  # "The protesters, numbering around 2,000,": the noun the apposition is on
        acting = _ACTING.match(rest)
        if acting and (acting.group(2) in STATUS or (subject_position(before) and clause_verb(acting.group(2)))):
            return acting.group(1)  # "police said about 15,000 took part": what those counted did
        harmed = _HARMED.search(before)
        if harmed:  # "... shot down, killing 298": those killed
            return _HARMED_PARTICIPLE[harmed.group(1).lower()]
    if not after and unit in DURATIONS and lang in ("en", "da"):
        lasting = _what_lasts(before, lang)
        state = re.match(r"\s+((?:in|behind|at|on|i|på|bag)\s+(?:the\s+)?([a-zæøå]+))\b", rest)
        if state and (state.group(2) in PERIODS or state.group(2) in TIME_WORDS or state.group(2) in NOT_STATES):
            state = None
        if lasting and state:
            return f"{lasting} {state.group(1)}"  # "spent 18 months in prison": where or in what state
        if lasting or state:
            return lasting or (state.group(1) if state else None)
    if not after and (unit in DURATIONS or n.currency) and lang in ("en", "da"):
        # "receive aid for up to two weeks", "buy Sears for $11bn", "savings within three years": the
        # noun just before the preposition is what lasts or costs, more than the clause's subject.
        obj = _object_before(before, lang)
        if obj:
            return obj
    if not after and unit in DURATIONS and lang in ("ar", "he"):
        spent = re.match(r"\s+((?:في\s+|ب)[^\s.,;:!?،؛\"]+|ב(?!שנה|חודש|שבוע|יום)[^\s.,;:!?\"]+)", rest)
        if spent:  # "18 חודשים בכלא", "5 سنوات في السجن": where the time was spent
            after = spent.group(1)
    valued = re.search(
        r"(?<!\S)((\w+)\s+(?:(?:قدرت|قدر|تقدر|يقدر|تبلغ|بلغت)\s+)?"
        r"(?:بقيمة|بتكلفة|بكلفة|بمبلغ|ما\s+يعادل|ما\s+يوازي|ما\s+قيمته|בשווי|בעלות|בהיקף))\s*$",
        before,
    )
    if valued and valued.group(2) not in STOP.get(lang, set()):
        # "عقدا بقيمة 120 مليون ريال", "חוזה בשווי 3 מיליון": what the sum is the value of
        return f"{valued.group(1)} ({after})" if after else valued.group(1)
    if lang in ("ar", "he"):
        context = rtl_context(before, lang)
        if context:
            return f"{after} ({context})" if after and context not in after else context
    if not after and not subject and lang == "ar":
        # Arabic puts the thing before its figure: "يرفع معاشات المتقاعدين 25 %".
        ahead = re.sub(rf"(?<!\S)(?:{'|'.join(AR_LEADS)}|[بلكف]\u0640)\s*$", "", before.rstrip())
        ahead = re.sub(r"(?<!\S)(?:إلى|الى|على|عن|حتى)\s*$", "", ahead.rstrip())  # "أن يصل النمو إلى 4 %"
        words = [w for w in ahead.split()[-2:] if re.match(r"\w", w)]  # "أسعار النفط بنسبة 3 %": the prices
        if words and not any(strip_arabic_marks(w) in AR_STOP for w in words):
            return " ".join(words)
    return after or subject


_NOT_PARTICLE = r"(?:the|a|an|its|their|his|her|and|or|but|in|on|at|to|for|of|by|with|from|after|before)\b"
# What a bare figure did or underwent: "15,000 took part", "40 were killed", "12 have been freed".
_ACTING = re.compile(
    rf"\s+((?:(?:have|has|had|were|was|are)\s+)?(?:been\s+)?([a-z]+)(?:\s+(?!{_NOT_PARTICLE})[a-z]+)?)"
)
# Verbs that do harm to people, before a bare figure: "killing 298", "wounded 40": the figure counts those harmed.
_HARMED = re.compile(
    r"\b(kill|injur|wound|arrest|detain|evacuat|displac|rescu|infect|abduct|kidnapp?)(?:ing|ed|e|s|es)?\s+"
    r"(?:(?:at\s+least|more\s+than|some|about|nearly|almost|over|up\s+to|another|all)\s+)?$",
    re.IGNORECASE,
)
_HARMED_PARTICIPLE = {
    "kill": "killed", "injur": "injured", "wound": "wounded", "arrest": "arrested", "detain": "detained",
    "evacuat": "evacuated", "displac": "displaced", "rescu": "rescued", "infect": "infected", "abduct": "abducted",
    "kidnap": "kidnapped", "kidnapp": "kidnapped",
}  # fmt: skip
# Words after a duration that say when or how, not of what: "27 years ago", "five years old", "ten days running".
_NOT_DURATION_NOUNS = {
    "ago", "later", "earlier", "old", "long", "running", "straight", "apart", "before", "after", "since", "now",
    "hence", "away", "late", "early", "ahead", "behind", "more", "less", "longer", "older", "younger", "each",
    "every", "back", "past", "on", "off", "out", "or", "and", "to", "without", "with", "until", "till", "despite",
    "except", "instead", "unless", "while", "whereas",
}  # fmt: skip


def _noun_after_duration(rest: str) -> str | None:
    """A noun right after a duration that names what it is of ("27 years imprisonment", "two weeks leave")."""
    m = re.match(r"\s+([a-z][a-z-]+)\b(?!['’])", rest)
    if m is None:
        return None
    word = m.group(1)
    if (
        word in EN_STOP
        or word in EN_VERBS
        or word in PAST_VERBS
        or word in TIME_WORDS
        or word in _NOT_DURATION_NOUNS
        or word in PRONOUNS
        or word.endswith(("ing", "ly", "ed", "er"))
    ):
        return None
    return word


# A rate's unit after a figure: "10 sieverts per hour", "20,000 counts per minute".
_RATE_UNIT = re.compile(r"\s+[a-z]+s\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year)\b")
# A verb's infinitive after a duration, which says what the time is for: "80 days to appeal the sentence", with
# its clause up to a conjunction or punctuation ("three years to become the first to abdicate").
_PURPOSE = re.compile(
    r"\s+to\s+([a-z]{3,})(?:\s+(?!(?:since|after|before|until|because|while|when)\b)[a-z][\w'’-]*){0,6}"
)
# A noun and an appositive of value before a sum: "The loan, worth $2bn,", "a deal, valued at about $5m,".
_WORTH_APPOSITIVE = re.compile(
    r"\b([a-z][\w-]*)\s*,\s*(?:worth|valued\s+at|costing|priced\s+at)\s+(?:(?:about|some|around|nearly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# "155 wind turbines, each generating": the noun before "each" and the participle after it.
_EACH_DOING = re.compile(r"\b((?:[a-z][\w-]*\s+)?[a-z][\w-]*s),?\s+each\s+([a-z]+ing|with|of|worth)\s+$")
# A verb of costing just before a sum (past an approximating word): "will cost an estimated $1.1 billion".
_COSTING = r"\bcosts?(?:ing)?\s+(?:(?:an\s+estimated|about|around|nearly|almost|some|up\s+to|more\s+than|over)\s+)?$"
# A short label and a colon that open the sentence before its figure: "Population: 12,000", "Budget: $4m".
_LABEL = re.compile(r"^\s*((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*:\s*(?:about|some|around|nearly|over)?\s*$",
                    re.IGNORECASE)  # fmt: skip


def clause_before(text: str, n: NumberMatch, lang: str) -> str | None:
    """What a figure is about when nothing names it, not even by ellipsis (called after the sharing): the
    clause it ends ("He earns | $2,000 a month"), in Hebrew the words before it ("השקל התחזק | ב-2%")."""
    before = text[: n.start]
    if lang in ("en", "da"):
        label = _LABEL.search(re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before)) if len(before) < 60 else None
        first = label.group(1).split()[0].lower() if label else ""
        if label and first not in STOP[lang] and first not in PRONOUNS:
            return label.group(1)  # "Population: 12,000", "Death toll: 45": the label the figure is given
        return _what_lasts(before, lang)
    if lang in ("he", "ar"):
        ahead = re.split(r"[,.;:!?\"“”()،؛]", in_word_gershayim(before) if lang == "he" else before)[-1]
        ahead = re.sub(r"(?<!\S)(?:[ובלמהכש]{1,2}-?|[وبلكف]\u0640?)\s*$", "", ahead.rstrip())
        stop = HE_STOP if lang == "he" else AR_STOP
        words = [w for w in ahead.split() if w not in stop and strip_arabic_marks(w) not in stop and w not in AR_LEADS]
        return " ".join(words[-3:]) or None
    return None


def rtl_context(before: str, lang: str) -> str | None:
    """What an Arabic or Hebrew figure is about, from before it in its own clause: a measure noun and
    its complement ("بلغ عدد الضحايا 81 شخصا", "מספר הפליטים הגיע ל-2 מיליון"), a Hebrew subject
    before a verb of change or a copula ("האבטלה עלתה ל-5%"), or the noun a Hebrew "של" hangs on
    ("חוזה של 3 מיליון דולר")."""
    clause = re.split(r"[,.;:!?،؛\"“”«»()]", in_word_gershayim(before) if lang == "he" else before)[-1]
    clause = strip_arabic_marks(clause) if lang == "ar" else clause
    words = clause.split()[-12:]
    if not words:
        return None
    measure = AR_MEASURE if lang == "ar" else HE_MEASURE
    prefixes = r"(?:[وبلف]|ال|وال|بال|لل)?" if lang == "ar" else r"(?:[ובלמה]|וה|וב|ול|מה|שה)?"
    for i in range(len(words) - 1, -1, -1):
        if re.fullmatch(prefixes + measure, words[i]) and (i + 1 < len(words) or words[i] not in AR_LEADS):
            # "بلغ عدد الضحايا", and a measure right before its figure: "على عمق 10 كيلومترات", "לגובה 300 מטר";
            # not a lead ("بنسبة 5 %"), which says nothing of what changed
            tail = []
            for w in words[i + 1 : i + 3]:
                if w in STOP[lang] or re.fullmatch(HE_VERB if lang == "he" else AR_VERB, w) or w in AR_LEADS:
                    break
                tail.append(w)
            owner = words[i - 1] if i and not tail and words[i - 1] not in STOP[lang] else None
            if owner and re.fullmatch(HE_VERB if lang == "he" else AR_VERB, owner):
                owner = None
            if owner:  # "زلزال بقوة 6 درجات", "البرج بارتفاع 300 متر": what the measure is of, just before it
                return f"{owner} {words[i]}"
            return " ".join([words[i], *tail])  # "המחיר עלה ב-8%": a measure alone still says what
    if lang == "ar":
        # "أن حالات الحصبة في الإقليم قد وصلت إلى 740": a subject before its verb of reaching or changing
        verb = re.search(rf"((?:\S+\s+){{0,6}}\S+)\s+(?:قد\s+)?{AR_VERB}\s+(?:إلى|الى)\s*$", clause)
        if verb:
            subject = verb.group(1).split()
            starts = [i for i, w in enumerate(subject) if w in ("أن", "إن", "بأن", "وأن", "لأن")]
            subject = [w for w in subject[starts[-1] + 1 if starts else 0 :] if w not in AR_STOP]
            if subject and not re.fullmatch(AR_VERB, subject[0]):
                return " ".join(subject)
    if lang == "he":
        of = re.search(r"(\S+)\s+של\s*$", clause)
        if of and of.group(1) not in HE_STOP:
            return of.group(1)  # "בחוזה של 3 מיליון דולר"
        verb = re.search(rf"((?:\S+\s+){{0,4}}\S+)\s+{HE_VERB}\s+(?:על\s+|פי\s+|ל-?|ב-?|כ-?)?$", clause)
        if verb:
            subject = [w for w in verb.group(1).split() if w not in HE_STOP]
            return " ".join(subject) or None
    return None


_LEADS_TO_DURATION = re.compile(
    r"(?:\s+(?:for|over|in|within|after|during|by|until|through|throughout|i|på|efter|inden|igennem|gennem|the|a|an|"
    r"another|more|less|than|at|least|most|up|to|almost|about|nearly|around|some|just|only|under|past|last|next|"
    r"first|since|before|from|between|de|den|det|sidste|næste|første|mindst|cirka|omkring|knap|godt|næsten|siden|"
    r"før|fra|mellem))+\s*$",
    re.IGNORECASE,
)


# A compass direction from a place after a length: "north of", "south-east of", "nord for", "צפונית ל", "شمال".
_DIRECTION = re.compile(
    r"\s*(?:\([^)]*\)\s*)?((?:(?i:north|south|east|west)(?:[- ]?(?i:east|west))?(?:wards?)?\s+of|"
    r"(?:nord|syd|øst|vest)(?:øst|vest)?\s+for|צפונית|דרומית|מזרחית|מערבית|(?:شمال|جنوب|شرق|غرب)ي?)(?!\w))"
    r"(?:\s*ל-?(?=\S))?",
)


def _noun_before_bracket(before: str, lang: str) -> str | None:
    """The noun phrase a bracketed figure gives the size of: "the orbit of geostationary satellites (22,300
    miles)", "the new stadium (€40m)"; not a conversion ("16 feet (5 metres)", left to `share_counts`)."""
    tail = before.rstrip().rstrip("$£€¥₪").removesuffix("US").rstrip()
    if not tail.endswith("("):
        return None
    m = re.search(r"([^\W\d_][\w'’-]*)\s*\(\s*(?:US\$|[$£€¥₪])?\s*$", before[-80:])
    if not m or (lang in ("en", "da") and unit_after(" " + m.group(1), lang)[0] is not None):
        return None
    stop = STOP.get(lang, set())
    tokens = re.findall(r"[^\s,;:()\"“”]+|[,;:()\"“”]", before[-80:][: m.end(1)])
    words: list[str] = []
    for token in reversed(tokens[-6 if lang in ("en", "da") else -2 :]):
        low = token.lower()
        if not re.match(r"\w", token) or low in EN_VERBS or low in PRONOUNS:
            break
        if low in stop and low not in ("of", "af", "the", "a", "an", "de"):
            break
        if lang == "en" and words and ed_form(low):
            break  # "opened | the new stadium"
        words.insert(0, token)
    while words and words[0].lower() in stop:
        words = words[1:]
    return " ".join(words) or None


def _what_lasts(before: str, lang: str) -> str | None:
    """What a duration measures: the clause it ends, up to the preposition that leads to it ("Ethiopian
    Muslims have been protesting | for over three months", "the site halted comments | for three days"),
    with the noun a relative clause hangs on ("a war that X has been waging | for 15 years")."""
    before = before[:-120] + _LEADS_TO_DURATION.sub("", " " + before[-120:])  # "occurred | after seven months"
    start = CLAUSE_START[lang].search(before)
    clause = before[start.end() :] if start else before
    stop = STOP.get(lang, set())
    words = [w for w in WORD_TOKENS.findall(clause) if re.match(r"[^\W\d_]", w)][-8:]
    while words and (words[0].lower() in stop or words[0].lower() in PRONOUNS or words[0].lower() in QUALIFYING):
        words = words[1:]
    # "the project will create up to | 3,000 jobs | over five years": no modal or qualifier in what lasted
    words = [w for k, w in enumerate(words) if w.lower() not in MODALS and w.lower() not in QUALIFYING
             and not (w.lower() == "up" and words[k + 1 : k + 2] == ["to"])
             and not (w.lower() == "to" and words[k - 1 : k] == ["up"])] or words  # fmt: skip
    while len(words) > 1 and words[-1].lower() in ("is", "are", "was", "were", "er", "var"):
        words = words[:-1]  # "the life expectancy is | 54 years": the subject, not the copula
    if not words:
        return None
    if start and re.fullmatch(r"that|which|who|som|der", start.group(0).strip(), re.IGNORECASE):
        antecedent = re.search(r"([^\W\d_][\w'’-]*)\s*,?\s*$", before[: start.start()])
        if antecedent and antecedent.group(1).lower() not in stop:
            words.insert(0, antecedent.group(1))
    return " ".join(words)


def _object_before(before: str, lang: str) -> str | None:
    """The noun phrase just before the preposition that leads to a figure ("aid" in "may not receive aid
    for up to two weeks"), without verbs and function words."""
    m = BEFORE_PREP.search(before)
    if not m:
        return None
    words = m.group(1).split()
    stop = STOP.get(lang, set())
    while words and (words[0].lower() in stop or words[0].lower() in EN_VERBS or words[0].lower() in PRONOUNS):
        words = words[1:]
    if not words or words[-1].lower() in stop or words[-1].lower() in EN_VERBS or words[-1].lower() in PRONOUNS:
        return None
    return " ".join(words)
