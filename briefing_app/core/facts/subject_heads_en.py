"""What an English figure counts when it completes a verb of amount and its subject carries modifiers.

"New cases of the virus that causes the disease in the state surpassed 12,000", "Flight delays within, into
or out of the country totaled over 4,500", "The number of patients treated and discharged from hospital
rose to 1,326": the figure is the level the subject reaches, so it counts the subject's head noun. The
readings before took the words nearest the verb, which here are the subject's own modifiers (a relative
clause, a list of prepositions, participles): "virus", "out of the country totaled". The subject is read
with the part-of-speech tagger: its head is the first noun run of the clause, with an "of" phrase after a
head that is itself a measure ("the number of patients"). The reading is replaced only when it was such a
fragment: its first word stands inside the subject after the head, and the head is not in it already.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_texts import figure_texts
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.pos_tagger import tag_sentence

# A verb whose complement is the level its subject reaches, right before the figure (past a qualifier).
_AMOUNT_VERB = re.compile(
    r"\b(?P<verb>total(?:l?ed|s)?|surpass(?:ed|es)?|exceed(?:ed|s)?|topp?(?:ed|s)|reach(?:ed|es)?|numbered"
    r"|near(?:s|ed)|approach(?:es|ed)"
    r"|(?:stood|stands?|remained|remains)\s+at|(?:came|comes|amounted|amounts)\s+to"
    r"|(?:rose|rises?|risen|climbed|climbs?|grew|grows?|jumped|jumps?|increased|increases|soared|surged|fell|falls?"
    r"|dropped|drops?|declined|declines|decreased|decreases)\s+to)"
    r"\s+(?:(?:more\s+than|less\s+than|fewer\s+than|over|about|around|nearly|almost|some|roughly|just|an?"
    r"\s+(?:estimated|record))\s+)*(?:US\$|[$£€])?$",
    re.IGNORECASE,
)
# Nouns that measure another noun, whose "of" phrase says what is counted ("the number of patients").
_MEASURE_HEADS = {"number", "total", "amount", "tally", "count", "share", "proportion", "percentage", "level", "value"}
_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
_HEAD_TAGS = {"NOUN", "PROPN", "ADJ", "DET"}
# A unit word alone, left as a reading by the figure before: no reading of this figure's own.
_BARE_UNITS = {"percent", "per cent", "%", "percentage points", "points"}
# Verbs that report a clause, whose subject starts after them ("The figures showed the rate stood at 5%").
_REPORTING = {"showed", "shows", "show", "said", "says", "found", "finds", "revealed", "reveals", "suggested",
              "suggests", "indicated", "indicates", "estimated", "estimates", "reported", "reports", "confirmed",
              "confirms", "noted", "notes", "warned", "warns"}  # fmt: skip
# Verbs of forecast and belief that report a clause after "that"; the tagger often takes their "-s" form for a
# plural noun ("The firm predicts that sales will reach $3.2bn"), so "that" after them is the sign.
_FORECASTING = {"predicts", "predicted", "predict", "expects", "expected", "expect", "forecasts", "forecast",
                "believes", "believed", "believe", "thinks", "think", "thought", "claims", "claimed", "claim",
                "argues", "argued", "insists", "insisted", "hopes", "hoped", "fears", "feared", "estimate",
                "calculates", "calculated", "projects", "projected", "announced", "announces", "admitted",
                "admits", "added", "adds", "say", "show", "find", "reveal", "suggest", "report"}  # fmt: skip
_STOP_WORDS = {"of", "and", "the", "in", "to", "a", "an", "on", "at", "for", "by", "from", "with"}


def amount_subjects(figures: list[Fact], texts: dict[int, str]) -> None:
    """Give an English figure that completes a verb of amount ("surpassed", "totaled", "rose to") its subject's
    head noun when its reading was only a piece of the subject's modifiers."""
    replaced: dict[tuple[int, str | None], tuple[str, int]] = {}  # (sentence, piece read): head read, where
    for f, number, text in figure_texts(figures, texts):
        verb = _AMOUNT_VERB.search(text, 0, number.start)
        if verb is None or verb.end() != number.start:
            continue
        # (a bare unit left by the figure before, "10 to 30 percent of the money collected when the monetary
        # sanctions exceed $1 million", is no reading: the plain subject is then read too)
        bare_unit = (f.counts or "").lower() in _BARE_UNITS
        subject = _subject_head(text, verb.start(), plain=bare_unit)
        if subject is None:
            continue
        phrase, head_end = subject
        head_word = phrase.split(" of ")[0].split()[-1].lower()
        reading = (f.counts or "").split(" (")[0].lower()
        if head_word in reading.split() or re.search(r"['’]s\b", text[: head_end + 2]):
            continue  # (a possessive subject, "The party's share of the vote fell to 29%", is read before; one in
            # the subject's modifiers after its head is no owner of it: "The death toll from a quake that hit the
            # country's west has risen to 268")
        first = next((w for w in reading.split() if w not in _STOP_WORDS), None)
        region = text[head_end : verb.end()].lower()
        inside = re.search(rf"\b{re.escape(first)}\b", region) if first else None
        if f.counts is not None and inside is None and not bare_unit:
            continue  # a reading of its own ("12,000 new infections"), not a piece of the subject
        if inside is not None and _another_clause(text, head_end, head_end + inside.start()):
            continue  # "people today, which is ..., but also to feed a world population that is expected to reach"
        replaced[(f.sentence, f.counts)] = (phrase, number.start)
        f.counts = phrase
    for f in figures:  # the figure compared after it took the same piece: "stood at £163,645, up from £162,654"
        found = replaced.get((f.sentence, f.counts)) if f.kind == "figure" else None
        # (not a figure inside the subject that took the same piece: "the city's two hospitals rose to 1,326")
        if found and (f.number is None or f.number.start > found[1]):
            f.counts = found[0]


def _another_clause(text: str, start: int, end: int) -> bool:
    """Whether a finite verb stands between the subject's head and the reading: they are then in two clauses (a
    participle, "patients treated and discharged", stays inside the subject)."""
    for s, e, tag in tag_sentence(text):
        if start <= s and e <= end:
            word = text[s:e].lower()
            if tag == "AUX" or (tag == "VERB" and not word.endswith(("ed", "ing", "en"))) or word == "to":
                return True
    return False


def _subject_head(text: str, verb_start: int, plain: bool = False) -> tuple[str, int] | None:
    """The subject's head phrase of the clause whose verb starts at `verb_start`, and where that phrase ends."""
    words = [w for w in tag_sentence(text) if w[1] <= verb_start]
    if not words:
        return None
    start = 0
    for k, (s, e, tag) in enumerate(words):
        token = text[s:e]
        joined = tag == "CCONJ" and k > 0 and text[words[k - 1][0] : words[k - 1][1]] == ","
        verb_comma = tag in ("VERB", "AUX") and k + 1 < len(words) and text[words[k + 1][0] : words[k + 1][1]] == ","
        # (a number inside a name is no figure's clause: "COVID-19", "H1N1-09")
        glued = (k > 0 and words[k - 1][1] == s and text[s - 1] == "-") or text[e : e + 1] == "-"
        named = tag == "NUM" and (glued or re.search(r"[A-Za-z]", token) is not None)
        if token in (";", ":", "—", "–") or (tag == "NUM" and not named) or tag == "SCONJ" or joined or verb_comma:
            start = k + 1  # a clause before ends there ("..., and the rate stayed at", ", while X grew to")
        if token.lower() in ("when", "whenever", "once", "if", "unless", "because", "although", "though", "whereas"):
            start = k + 1  # a clause of time or condition opens ("... of the money collected when | the sanctions")
        following = text[words[k + 1][0] : words[k + 1][1]].lower() if k + 1 < len(words) else ""
        if tag == "VERB" and token.lower() in _REPORTING:
            start = k + 1  # a clause reported: "The data showed | the average house price ... stood at"
        elif following == "that" and token.lower() in _REPORTING | _FORECASTING:
            start = k + 1  # "The firm predicts that | sales will reach": whatever the tagger made of "predicts"
        if tag == "CCONJ" and following in ("the", "its", "their", "this", "that"):
            start = k + 1  # a clause joined on, with a subject of its own: "added 187,000 jobs and | the rate fell to"
    if start == 0 and words[0][2] in ("ADP", "ADV", "SCONJ"):
        comma = next((k for k, w in enumerate(words) if text[w[0] : w[1]] == ","), None)
        if comma is None:
            return None
        start = comma + 1  # a fronted phrase: "On Thursday, new cases surpassed ..."
    openers = ("and", "but", "while", ",", "that")
    while start < len(words) and text[words[start][0] : words[start][1]].lower() in openers:
        start += 1
    start = _after_last_aside(text, words, start)
    k = start
    while k < len(words) and (
        (words[k][2] in _HEAD_TAGS and text[words[k][0] : words[k][1]].lower() != "of") or _glued_hyphen(text, words, k)
    ):
        k += 2 if _glued_hyphen(text, words, k) else 1  # (a hyphenated word is one: "the mix-adjusted price")
    if (
        k > start
        and k + 1 < len(words)
        and words[k][2] == "VERB"
        and text[words[k][0] : words[k][1]].endswith("s")
        and words[k + 1][2] == "ADP"
    ):
        words[k] = (words[k][0], words[k][1], "NOUN")  # "Flight delays within ...": a plural the tagger took for a verb
        k += 1
    run = [w for w in words[start:k] if text[w[0] : w[1]].lower() not in _OPENERS]
    if not run or run[-1][2] != "NOUN" or ((k >= len(words) or words[k][2] in ("VERB", "AUX")) and not plain):
        return None  # no noun to head it, or a subject with no modifier (the readings before see it)
    phrase = " ".join(text[s:e] for s, e, _ in run).replace(" - ", "-")  # ("mix-adjusted": one word)
    end = run[-1][1]
    if k >= len(words):
        return phrase, run[-1][1]
    if text[run[-1][0] : run[-1][1]].lower() in _MEASURE_HEADS and text[words[k][0] : words[k][1]].lower() == "of":
        j = k + 1
        while j < len(words) and words[j][2] in _HEAD_TAGS:
            j += 1
        tail = [w for w in words[k + 1 : j] if text[w[0] : w[1]].lower() not in _OPENERS]
        if tail and tail[-1][2] in ("NOUN", "PROPN"):
            phrase = f"{phrase} of {' '.join(text[s:e] for s, e, _ in tail)}"
            end = tail[-1][1]
    return phrase, end


def _after_last_aside(text: str, words: list[tuple[int, int, str]], start: int) -> int:
    """Where the subject starts when phrases set off by commas stand before it: "In the district, about 310 miles
    west of the capital, the death toll stood at 105". A determined noun run ("the death toll") that follows the
    last comma and reaches the verb is the subject; what comes before it is a fronted phrase or an aside. A comma
    inside the subject ("The number of patients, including children, rose to") leaves nothing after it but the
    verb, so the subject stays where it starts."""
    commas = [k for k in range(start, len(words)) if text[words[k][0] : words[k][1]] == ","]
    if not commas:
        return start
    k = commas[-1] + 1
    run = words[k:]
    if len(run) < 2 or text[run[0][0] : run[0][1]].lower() not in _OPENERS:
        return start
    if any(tag not in _HEAD_TAGS or text[s:e].lower() == "of" for s, e, tag in run) or run[-1][2] != "NOUN":
        return start
    return k


def _glued_hyphen(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at `k` is a hyphen written against the words on both sides ("mix-adjusted")."""
    if k == 0 or k + 1 >= len(words) or text[words[k][0] : words[k][1]] != "-":
        return False
    return words[k - 1][1] == words[k][0] and words[k][1] == words[k + 1][0]
