"""Danish puts the finite verb second: after a fronted adverbial the verb comes before its subject ("I morgen
spiller Anders Holm i Aarhus", "Med albummet i bagagen drager Skambankt ud"). A present-tense verb in "-er" there
has a job's shape ("spiller", player; "drager") and stood right before the name, where a role stands ("træner
Anders Holm"). This tells the verb from the role by the sentence's shape."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import SPEECH_VERBS

# Words that open a fronted adverbial: prepositions, adverbs of time and place, weekdays ("ifølge" is left out:
# "Ifølge træner X" names a role).
_OPENERS = (
    r"I|På|Med|Efter|Under|Om|Til|Fra|Ved|Før|Inden|Nu|Derfor|Så|Her|Da|Senere|Tidligere|Allerede|Siden|Også|"
    r"Desuden|Alligevel|Dermed|Herefter|Bagefter|Imens|Samtidig|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag|"
    r"Lige|Sidst|Først|Endelig|Heller|Igen|Dog|Måske|"
    # (compound prepositions and others that open an adverbial: "Forud for mødet opfordrer X", "Trods nederlaget
    # roser træner Y")
    r"Forud|Trods|Uden|Blandt|Gennem|Udover|Foruden|Oven|"
    # ("For hele året fastholder X sine mål": a period fronted with "for"; "For borgmester X er ..." has no verb;
    # a year may end the adverbial: "For 2030 fastholder X ...")
    r"For"
)
_FRONTED = re.compile(rf"^\W*(?:{_OPENERS})\s(?:[^,.;:!?\"“”»«]*?\s)?([a-zæøå]+|\d{{4}})\s+([a-zæøå]+)\s+$")
# Words before the role that are the clause's own verb, after which the role word is a role ("I Aarhus siger
# borgmester X", "På mødet var direktør X"), and the small words a verb never follows in second place.
# Words that stand after the verb in second place, so that a word after them is no verb: subject pronouns and the
# sentence adverbs ("finder man ikke borgmester X").
_AFTER_THE_VERB = frozenset({"man", "han", "hun", "vi", "jeg", "du", "ikke", "også", "dog", "kun", "jo", "nok",
                             "altså", "heller", "aldrig", "stadig", "allerede"})  # fmt: skip
_CLAUSE_VERBS = frozenset(
    {"er", "var", "har", "havde", "blev", "bliver", "kan", "kunne", "vil", "ville", "skal", "skulle", "må", "måtte",
     "får", "fik", "går", "gik", "kommer", "kom", "står", "stod", "mødte", "møder", "talte", "taler", "ser", "så",
     "deltog", "deltager"}
)  # fmt: skip
# Articles and possessives that open a noun phrase: the words after them are its adjectives and its noun.
_DETERMINERS = frozenset({"den", "det", "de", "en", "et", "sin", "sit", "sine", "hans", "hendes", "deres", "vores"})
_VERBS_BEFORE = _CLAUSE_VERBS | {
    "og", "eller", "men", "som", "at", "den", "det", "de", "en", "et", "nye", "nyvalgte", "tidligere", "daværende",
    "afgående", "nuværende", "konstitueret", "fungerende",
}  # fmt: skip


def verb_second(before: str, lead: str) -> bool:
    """Whether the last word of `lead`, the lower-case words right before a name, is the verb of a clause opened
    by a fronted adverbial (`before` is the sentence's text up to the name)."""
    m = _FRONTED.match(before)
    if m is None or m.group(2) != lead.split()[-1]:
        return False
    previous = m.group(1)
    if previous in _PREPOSITIONS:
        # "Efter mødet lød det fra finansminister X": a preposition governs a noun, the finite verb never follows it
        return False
    tokens = before.split()
    words = [t.lower() for t in tokens]
    k = len(words) - 2  # (the word before the role's last: an adjective in "-e", or more of them, after an article)
    while k > 0 and len(words) - k <= 4 and words[k].endswith("e") and not _determiner(tokens[k - 1]):
        k -= 1
    if k > 0 and words[k].endswith("e") and _determiner(tokens[k - 1]):
        # "I går fik den (tidligere) amerikanske præsident X": an article before adjectives in "-e" makes the last
        # word their noun, the subject's role after the verb ("fik"), not a verb in second place
        return False
    if any(w in _AFTER_THE_VERB for w in words[1:]):
        # "Alligevel finder man ikke borgmester X": a subject pronoun or a sentence adverb, the verb before
        return False
    # (a word in "-er" before it is the verb itself: "Onsdag morgen indtager statsminister X talerstolen")
    return (
        previous not in _VERBS_BEFORE
        and previous not in SPEECH_VERBS["da"]
        and not previous.endswith(("ede", "te", "er"))
        and not _strong_past(previous)
    )


# Prepositions, after which the lower-case word before a name is a noun ("... lød det fra borgmester X").
_PREPOSITIONS = frozenset("fra til med af for hos ved om mod over under efter blandt ifølge i på".split())


def _determiner(token: str) -> bool:
    """An article or possessive, or a name's genitive, which plays the article's part in Danish ("Kommunes nye
    borgmester X", "Danmarks nye statsminister Y": the adjectives in "-e" after it make the last word their noun)."""
    bare = token.strip("\"“”»«(")
    return bare.lower() in _DETERMINERS or (bare[:1].isupper() and len(bare) > 2 and bare.endswith(("s", "'s")))


# Danish past tenses that end in neither "-ede" nor "-te": "gjorde" and its compounds ("redegjorde", "afgjorde") and
# the common strong verbs ("Under mødet redegjorde kommunaldirektør X", "I går holdt borgmester Y tale").
_STRONG_PASTS = frozenset(
    "tog gav fandt holdt bad lod slog sad lå fik gik kom stod så var blev drog bar skar trak greb bød "
    "vandt sang skrev red".split()
)


def _strong_past(word: str) -> bool:
    return word in _STRONG_PASTS or word.endswith("gjorde")


_OPENED = re.compile(rf"^\W*(?:{_OPENERS})\s")


def after_the_verb(before: str, lead: str) -> str:
    """`lead` without the fronted adverbial and verb a Danish clause opened with ("Efter kampen roste træner X":
    "kampen roste træner" is "træner"); `lead` as it is when the sentence opens otherwise or no verb is in it."""
    words = lead.split()
    if len(words) < 2 or not _OPENED.match(before):
        return lead
    verbs = [
        k
        for k, w in enumerate(words[:-1])
        if w in _CLAUSE_VERBS or w in SPEECH_VERBS["da"] or w.endswith(("ede", "te")) or _strong_past(w)
    ]
    return " ".join(words[verbs[-1] + 1 :]) if verbs else lead


# A verb-second introduction whose fronted part is an object or an adverb, not the subject: "Så meget vil hun
# love:", "Det siger hun også:", "Meget mere vil de ikke røbe:". The subject pronoun right after the finite verb is
# who speaks; the capitalised first word ("Så", "Det") is no name.
_FRONTED_OBJECT = re.compile(
    rf"^\W*(?:{_OPENERS}|Det|Dette|Dét|Meget|Noget|Sådan|Mere|Mindre|Lidt|Intet|Ingenting|Alt)"
    r"(?:\s+(?:meget|mere|mindre|lidt|meget\s+mere|meget\s+andet|andet|også|dog|nu))?\s+"
    r"([a-zæøå]+)\s+(han|hun|de)\b",
)


def fronted_pronoun_subject(introduction: str) -> str | None:
    """The subject pronoun after the verb in second place of an introduction opened by an object or an adverb
    ("Så meget vil hun love:" -> "hun"), else None."""
    m = _FRONTED_OBJECT.match(introduction)
    if m is None or m.group(1) in ("og", "eller", "men", "at", "som", "der", "hvis", "når"):
        return None
    return m.group(2)
