"""What an English figure counts when the reading left only the verb before it: the verb's subject.

Box-office, chart and results copy puts the thing that earned, sold or scored in the subject and the figure
after the verb, with no noun of its own: 'Sony's family film "Peter Rabbit 2" collected $6.1 million',
'His last release, "Graduation," began with 957,000', 'The horror film Nightfall struggled at the box office,
only making $7.5 million'. The general reading then keeps the verb alone ("collected", "making"), which says
nothing of what the figure is. The subject is read with the part-of-speech tagger (`pos_tagger`): the noun
phrase right before the verb, or, for a participle after a comma ("..., only making"), the subject of the
clause the participle hangs on. The verb stays in brackets, as the other readings keep theirs.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import CURRENCY_WORDS
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.phrase_edges import clause_verb
from briefing_app.core.facts.pos_tagger import tag_sentence

# Tags a subject's noun phrase is made of (a possessive "'s" is a PART; quote marks and the commas of an
# apposition are PUNCT, checked by their text).
_PHRASE_TAGS = {"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"}
_PHRASE_PUNCT = {",", ":", "(", ")", '"', "“", "”", "'", "‘", "’", "&"}
# Determiners and possessive pronouns that open a subject and say nothing of it.
_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "my", "your"}
_NEGATIONS = {"not", "n't", "n’t", "never"}
# Pronouns alone are no reading of what is counted ("It made $5m"): the other readings are left to it.
BARE_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "which", "who"}


# A verb, a place in a ranking, then "with" and the figure: "slid to second place with $9.4 million", "enters at
# No. 6 with 193,000", "ranked No. 1 again with $72.2 million" (what the figure counts is left unsaid: the
# subject's takings or sales). The verb is read by its place, as the tagger often takes a chart's verbs for nouns.
# (also in digits: "M:I-3 took 3rd place with $11m", a blog's weekend round-up)
_ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
# (also "No1" and "No 1" with a place noun after, the chart or list the place is on, "took the No1 position at the
# year's Top 20 chart with", "took the top spot at the weekend with", and an adjective of the sum after "a", "takes
# second place with a decent £2.4m": seen on Cineuropa's, Screen Daily's, the Guardian's and a blog's box-office
# reports)
_PLACED_WITH = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:(?:to|at|in|into|on|atop)\s+)?(?:the\s+)?"
    rf"(?:(?:No\.?\s*\d+|{_ORDINALS}|top)(?:\s+(?:place|spot|position|slot))?"
    r"|\d{1,3}\s?[-–]\s?\d{1,3}"  # (or a move on a chart: "dropping 1-4 with 257,000")
    # (or the chart itself as the verb's object: "topped the chart with $1.4m", "to head the chart with £2.63m")
    r"|(?<=the\s)(?:[\w'’-]+\s+){0,3}?(?:chart|charts|box[\s-]office))"
    r"(?:\s+(?:at|in|on|of)\s+(?:the\s+|this\s+|that\s+|last\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:chart|charts|list|table|box[\s-]office|rankings?|standings|weekend))?"
    r"(?:\s+again)?\s+with\s+(?:(?:an?\s+)?(?:estimated|reported|projected|whopping|additional)\s+|about\s+|"
    r"nearly\s+|around\s+|some\s+|just\s+|over\s+|almost\s+|roughly\s+|an?\s+[a-z]{4,}\s+)*"
    r"(?:US\$|[$£€])?$"
)
_ORDINAL_AFTER = re.compile(rf"\s+(?:No\.?\s*\d+|{_ORDINALS})\s+with\b")
# The verb right before a sum, past its qualifier ("loses | around 12-to-15 billion rupees").
_VERB_BEFORE_SUM = re.compile(
    r"\b([a-z]{3,})\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|less\s+than|up\s+to|roughly|an?\s+"
    r"(?:estimated|reported))\s+)?$"
)
_SIGN = re.compile(r"(?:US|A|NZ|C|HK|S)?[$£€¥₹]")
# Nothing named after the figure (its scale word aside): the clause goes on with a preposition or ends.
_NOTHING_AFTER = re.compile(
    r"(?:\s*(?:million|billion|bn|m|k)\b)?(?:\s+(?:euros?|dollars|pounds)\b)?\s*(?:$|[,.;:)(—–-]|(?:from|in|over|at|on|for|after|to|as|and|while)\b)"
)


def verb_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give each English figure whose reading is only a verb before it ("collected") that verb's subject, and a
    figure placed "with" in a ranking ("slid to second place with $9.4 million") the subject that placed."""
    for f in figures:
        if f.kind != "figure" or f.number is None or not f.counts or f.sentence not in texts:
            continue
        text = texts[f.sentence]
        subject = _subject_of_verb(text, f.number.start, f.counts)
        if subject is None and f.unit is None and CURRENCY_WORDS.match(text[f.number.end :]):
            # "The airline loses around 12-to-15 billion rupees": a sum in a currency with no code, read as its
            # currency's name ("rupees annually"); the verb before it and its subject say what the sum is
            verb = _VERB_BEFORE_SUM.search(text, 0, f.number.start)
            subject = _subject_of_verb(text, f.number.start, verb.group(1), listed=True) if verb else None
        if subject is None and f.unit != "percent" and _NOTHING_AFTER.match(text, f.number.end):
            placed = _PLACED_WITH.search(text, 0, f.number.start)
            subject = _subject_of_placing(text, placed.start("verb")) if placed else None
        if subject:
            f.counts = subject


def _subject_of_placing(text: str, verb_start: int) -> str | None:
    """'subject (verb)' of the verb of placing that starts at `verb_start` ("| slid to second place with")."""
    words = [w for w in tag_sentence(text) if w[1] <= verb_start or w[0] == verb_start]
    if not words or words[-1][0] != verb_start or words[-1][2] in ("ADP", "DET", "PRON", "CCONJ"):
        return None
    copula = text[words[-1][0] : words[-1][1]].lower() in ("is", "was", "are", "were")
    if words[-1][2] == "AUX" and not (copula and _ORDINAL_AFTER.match(text, words[-1][1])):
        return None  # (but a copula and a bare place: "John Wick: Chapter Two was ninth with $1.2 million")
    verb_at = len(words) - 1
    back = skip_adverbs(words, verb_at - 1)
    if back >= 0 and text[words[back][0] : words[back][1]].lower() == "to" and words[back][2] == "PART":
        # ("Slumdog surged 44% to head the chart with £2.63m": the infinitive's subject is the main clause's, before
        # its verb)
        main = next((k for k in range(back - 1, -1, -1) if words[k][2] == "VERB"), -1)
        subject = phrase_before(text, words, main) if main > 0 else None
        verb = text[words[verb_at][0] : words[verb_at][1]]
        return f"{subject} ({verb})" if subject and subject.lower() not in BARE_PRONOUNS else None
    participle = text[words[verb_at][0] : words[verb_at][1]].lower().endswith("ing")
    # ("..., dropping 1-4 with 257,000": the main clause's subject, before its verb)
    return _subject_phrase(text, words, verb_at, back, participle, text[words[-1][0] : words[-1][1]])


def _subject_of_verb(text: str, start: int, counts: str, listed: bool = False) -> str | None:
    """'subject (verb)' when `counts` is one word that is a verb standing before the figure, else None."""
    head = counts.strip()
    perfect = re.fullmatch(r"having \(([A-Za-z]+)\)", head)  # ", having grossed $57.3 million": the participle
    head = perfect.group(1) if perfect else head
    if not re.fullmatch(r"[A-Za-z]+", head):
        return None
    words = [w for w in tag_sentence(text) if w[1] <= start]
    at = next((k for k in range(len(words) - 1, -1, -1) if text[words[k][0] : words[k][1]].lower() == head.lower()),
              None)  # fmt: skip
    if at is None or (words[at][2] != "VERB" and not (listed and clause_verb(head))):
        return None  # (`listed`: a verb of the word lists, which the tagger may take for a noun: "The airline loses")
    # the figure must be the verb's object, not far down the clause after another verb ("which made ...")
    # (a participle after an article is an adjective of the figure: "making an estimated $7.5 million")
    # (a sign before the figure is none of its words: the tagger takes "£" for a noun, so "The limit rose to £1,834"
    # read only "rose" while "$1,834" read the limit)
    between = [
        w
        for k, w in enumerate(words)
        if k > at and not (words[k - 1][2] == "DET" and w[2] == "VERB") and not _SIGN.fullmatch(text[w[0] : w[1]])
    ]
    if any(t in ("VERB", "AUX", "SCONJ") or text[s:e] in (";", ":") for s, e, t in between):
        return None
    if any(t in ("NOUN", "PROPN", "PRON") for _, _, t in between):
        return None  # "surpassing the previous record 18.4 million": the verb has its own object, the figure is its
    before_figure = text[:start].rstrip()
    if re.search(r"\bthe\s*(?:US\$|[$£€])?$", before_figure, re.IGNORECASE):
        return None  # "topping the £31.8 million they paid": a sum named by its clause, no takings of the subject
    verb_at = at
    back = skip_adverbs(words, at - 1)
    if perfect and back >= 0 and text[words[back][0] : words[back][1]].lower() == "having":
        back = skip_adverbs(words, back - 1)
    participle = head.lower().endswith("ing") or perfect is not None
    return _subject_phrase(text, words, verb_at, back, participle, head)


def _subject_phrase(
    text: str, words: list[tuple[int, int, str]], verb_at: int, back: int, participle: bool, verb: str
) -> str | None:
    """'subject (verb)': the phrase before the verb at `verb_at`; for a participle after a comma ("..., only making
    $7.5 million") the main clause's subject, before its last verb ("Monster hit Storm once again took the top spot,
    drawing ..."). None for no subject or a bare pronoun."""
    if participle and back >= 0 and text[words[back][0] : words[back][1]] == ",":
        verb_at = next((k for k in range(back - 1, -1, -1) if words[k][2] in ("VERB", "AUX")), -1)
        if verb_at <= 0:
            return None
    subject = phrase_before(text, words, verb_at)
    if not subject or subject.lower() in BARE_PRONOUNS:
        return None
    return f"{subject} ({verb})"


def skip_adverbs(words: tuple[tuple[int, int, str], ...] | list[tuple[int, int, str]], k: int) -> int:
    while k >= 0 and words[k][2] == "ADV":
        k -= 1
    return k


def phrase_before(text: str, words: list[tuple[int, int, str]], verb_at: int) -> str | None:
    """The noun phrase that ends right before the verb at `verb_at` (past adverbs: "Storm once again took")."""
    end = verb_at - 1
    while end >= 0 and (words[end][2] in ("ADV", "AUX") or text[words[end][0] : words[end][1]].lower() in _NEGATIONS):
        end -= 1  # "The movie has | found", "Storm once again | took", "has not | made"
    k = end
    while (
        k >= 0
        and (
            words[k][2] in _PHRASE_TAGS
            or text[words[k][0] : words[k][1]] in _PHRASE_PUNCT
            # (an "of" inside the phrase: "the leader of the Republican People's Party, received")
            or (text[words[k][0] : words[k][1]] == "of" and k > 0 and words[k - 1][2] in ("NOUN", "PROPN"))
            # (a hyphened compound, whatever its parts are tagged: "the centre-left party")
            or text[words[k][0] : words[k][1]] == "-"
            or (k > 0 and text[words[k - 1][0] : words[k - 1][1]] == "-" and words[k - 1][1] == words[k][0])
        )
    ):
        if words[k][2] == "PART" and text[words[k][0] : words[k][1]].lower() == "to":
            return None  # "a week to | become": an infinitive, whose subject is no phrase before it
        if text[words[k][0] : words[k][1]] == ")":  # a bracket inside the phrase, whatever it holds: "(Island)"
            opened = next((j for j in range(k - 1, -1, -1) if text[words[j][0] : words[j][1]] == "("), None)
            k = opened if opened is not None else k
        k -= 1
    stopped_by = words[k][2] if k >= 0 else None
    first = k + 1
    if first > end:
        return None
    if _inside_participle_aside(text, words, k, end):
        # "The remake, starring Jo Roe, cost $207m": the phrase is the object of a participle set off by commas;
        # the subject is the phrase before the aside
        return phrase_before(text, words, k - 1)
    span = text[words[first][0] : words[end][1]]
    if stopped_by == "ADP" and "," in span:
        span = span.split(",", 1)[1]  # "In third place, Sony's family film ...": the fronted phrase is no subject
    span = re.sub(r"[\"“”]", "", span)  # the quote marks of a title, not its words
    span = " ".join(span.replace(" ,", ",").split()).strip(" ,")
    parts = span.split()
    while parts and parts[0].lower() in _OPENERS:
        parts = parts[1:]
    span = " ".join(parts).strip(" ,")
    if not span or not re.search(r"[A-Za-z]", span):
        return None
    return span


def _inside_participle_aside(text: str, words: list[tuple[int, int, str]], verb_k: int, end: int) -> bool:
    """Whether the phrase ending at `end` (a comma) follows a participle at `verb_k` that a comma opens: an aside
    between the subject and its verb (", starring X,", ", featuring X,")."""
    if verb_k < 1 or words[verb_k][2] != "VERB" or text[words[end][0] : words[end][1]] != ",":
        return False
    if text[words[verb_k - 1][0] : words[verb_k - 1][1]] != ",":
        return False
    return text[words[verb_k][0] : words[verb_k][1]].lower().endswith(("ing", "ed"))
