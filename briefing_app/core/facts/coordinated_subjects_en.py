"""The subject a second verb shares with the clause before "and" (English): "The company cut its forecast and lost
$8.2m", "Oppenheimer fell to number three and grossed $8.2m". The reader of the subject before a figure took the
whole first clause as a noun phrase ("company cut its forecast") or only the verb ("grossed"); the figure counts
what the first clause's subject did. The first clause is tagged and its subject is the words before its first
finite verb.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.evaluative_adjectives_en import without_evaluative_adjective
from briefing_app.core.facts.pos_tagger import tag_words

# The second verb, in the past, right before the figure (and its qualifier): "and lost | $8.2m", "and grossed a
# confirmed | $8.2m". "and is 20% contained" is read by the subject reader.
# (also the perfect and a level it now stands at, as box-office and results copy gives a running total after the
# week's takings: "fell by 18% over the period and has amassed $15.9m to date", "added $1.6m after a 12% drop and now
# stands at a strong $8.1m": seen on Screen Daily's UK box-office reports and the Guardian's film blog)
_SECOND_VERB = re.compile(
    r"\s*(?:(?:also|then|later|eventually|still|now)\s+)?(?:(?:has|have|had)\s+(?:(?:now|already|also)\s+)?)?"
    # (a verb of takings with its particle: "premiered in 120 cinemas and brought in $310,000", "and raked in")
    r"((?:brought|took|pulled|raked|reeled)\s+in|(?:[a-z]{3,}ed)|took|made|won|lost|sold|spent|paid|rose|fell|grew|drew|brought|earned|saw|shed|cut|hit|sank|"
    r"slid|shrank|swung|stood|came|beat|bought|raised|set|put|gave|got|went|taken|risen|fallen|grown|drawn|"
    r"(?:stands|sits|stood|sat)\s+at)\s+"
    # (not "another", "a further": "destroyed 300 homes and damaged another 1,200" is more of the same kind, which
    # `sharing` reads with what befell them)
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under|more\s+than|less\s+than|at\s+least|"
    r"an?\s+(?:estimated|total\s+of|record)|by|to|a|an)\s+)*(?:US)?[$£€]?\s*$"
)
# A phrase set before the subject ("Among limited releases, the film ...", "In third place, ...") and an aside set off
# by commas that opens with a preposition (", from Blue Pictures,"): neither is the subject, both stop the tagger's
# reading of it.
_FRONTED = re.compile(
    r"^\s*(?:Among|In|On|At|For|With|Elsewhere|Meanwhile|Overseas|Internationally)\b[^,;:.]{0,50},\s*"
)
_SET_OFF = re.compile(r",[”\"]?\s+(?:from|of|with|by|at|in|for)\s+[^,;:.]{1,50},\s+")
# Words of a subject: determiners, adjectives, nouns, names, numbers in a name ("Universal's Oppenheimer").
_SUBJECT_TAGS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
_FINITE_TAGS = {"VERB", "AUX"}
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that", "these", "those"}
# Verbs of change and level the tagger may read as nouns after a noun ("The film rose 5%").
_CHANGE_VERBS = {"rose", "fell", "grew", "dropped", "slipped", "climbed", "jumped", "gained", "added", "dipped", "slid",
                 "eased", "soared", "surged", "plunged", "tumbled", "took", "made", "earned", "grossed"}  # fmt: skip


def coordinated_subject(head: str, clause: str) -> str | None:
    """The subject of the clause `head` (the text before "and"), when `clause` (the text after "and", up to the
    figure) is only a verb in the past: "The company cut its forecast" + "lost " gives "company"."""
    if _SECOND_VERB.fullmatch(without_evaluative_adjective(clause)) is None:  # ("now stands at a strong | $8.1m")
        return None
    first_clause = _FRONTED.sub("", _SET_OFF.sub(" ", head))
    # (a decimal point is no clause's end: "The drama added $1.6m after a 12% drop")
    first_clause = re.split(
        r"[;:!?]|(?<!\d)\.|\.(?!\d)|,\s+(?:and|but|while|as|after)\s|\s(?:that|which|who|while)\s", first_clause
    )[-1]
    words = first_clause.replace('"', "").replace("“", "").replace("”", "").split()
    if len(words) < 3:
        return None
    tags = tag_words(words)
    # (a capitalised word inside the clause is a name's, whatever its tag: "The Working Title production generated")
    verb_at = next((i for i, t in enumerate(tags) if t in _FINITE_TAGS and not (i and words[i][:1].isupper())), None)
    # (a verb of change the tagger took for a noun after its subject's noun: "The film | rose 5%")
    misread = next((i for i in range(1, len(words)) if tags[i] == "NOUN" and tags[i - 1] in ("NOUN", "PROPN")
                    and words[i].lower() in _CHANGE_VERBS), None)  # fmt: skip
    verb_at = misread if misread is not None and (verb_at is None or misread < verb_at) else verb_at
    if verb_at is None or verb_at == 0 or words[verb_at].lower().endswith("ing"):
        return None
    subject = words[:verb_at]
    # (an "and" between two names is inside the subject: "The Jane Roe and John Doe starrer fell")
    paired = [k for k in range(1, verb_at - 1) if tags[k] == "CCONJ" and tags[k - 1] == tags[k + 1] == "PROPN"]
    inside = [t for k, t in enumerate(tags[:verb_at]) if k not in paired and not (k and words[k][:1].isupper())]
    if any(t not in _SUBJECT_TAGS for t in inside) or not any(t in ("NOUN", "PROPN") for t in inside):
        return None  # ("It stars X and earned": a pronoun's referent is another reader's; a clause or aside: not ours)
    while subject and subject[0].lower() in _DETERMINERS:
        subject = subject[1:]
    phrase = " ".join(subject).strip(",")
    return phrase or None
