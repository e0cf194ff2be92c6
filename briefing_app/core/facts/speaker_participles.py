"""The subject of a participle of saying ("..., adding:", "..., stating") or of a speech verb joined by "and",
when the clause's main verb stands too far from the quote: the subject opening the sentence. Split out of
`speaker_before`, which reads the rest of a quote's introduction."""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_words import LEAD_IN, NAME
from briefing_app.core.facts.reporting_verbs import da, en
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

PARTICIPLES = (
    rf"(?:{en('add say note state write warn', 'ing')}|insisting|{en('tell explain', 'ing')}|citing|"
    rf"{da('tilføje sige', 'present')})"
)


# The name heading a clause ("the Roe Centre for Coastal Safety recorded ..."), not a determiner opening it.
_HEAD_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?!(?:An?|The|This|That|These|Those|His|Her|Its|Their|One)\b)[A-ZÆØÅ][\w'’-]*"
    r"(?:\s+(?:(?:of|to|for|on|and|the)\s+)*[A-ZÆØÅ][\w'’-]*)*"
)


# A fronted phrase of time, place or concession before the subject, perhaps after a conjunction: "Hours later",
# "But a few days later", "Two weeks ago", "Here in Millbrook", "Despite the ruling", "When asked about it".
_FRONTED_LEAD = re.compile(
    r"(?:(?:and|but|yet|so)\s+)?(?:(?:(?:a|an|a\s+few|some|several|two|three|\d+)\s+)?(?:seconds|minutes|hours|days|"
    r"weeks|months|years|moments|an?\s+(?:hour|day|week|month|year))\s+(?:later|earlier|ago|afterwards?)"
    r"|(?:later|earlier)(?:\s+that\s+(?:day|night|week|month|year|morning|afternoon|evening))?"
    r"|(?:here|there)\s+(?:in|at|on)\s.+|(?:despite|since|when|while|amid|as|by|from|under)\s.+)",
    re.IGNORECASE,
)


# A participle's phrase opening the sentence: "Speaking on Sky News", "Writing in the club programme".
_PARTICIPLE_PHRASE = r"[A-Z][a-z]+ing\s+(?:on|to|at|in|about|after|before|during|from|with|for)\s"
# Up to three lower-case words before the clause's verb: "official spokesperson" in "... spokesperson said that".
_BEFORE_ITS_VERB = r"(?:\s+(?!(?:said|says|told|tells|was|is|has|had)\b)[a-z][\w-]*(?<!ed)\b){1,3}"


def _quotes_closed(text: str) -> bool:
    """Whether every quote mark of the text is closed (straight marks in pairs, curly marks matched)."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def participle_subject(before: str, verbs: str) -> str | None:
    """The subject of a participle of saying after a comma, or of a speech verb joined by "and", when the main
    verb stands too far from the quote: the subject opening the sentence ("US citizen Jane Roe, the mother of
    ..., called him "..." and "...", adding to the BBC:" is "US citizen Jane Roe"; "In its first year, the Roe
    Centre recorded 63 cases, ..., and noted that" is "the Roe Centre"); None for any other verb."""
    found = list(re.finditer(rf"\b(?:{verbs})\b", before))
    if not found or len(before) - found[-1].end() >= 60:
        return None
    verb, lead = found[-1], before[: found[-1].start()]
    participle = re.fullmatch(PARTICIPLES, verb.group(0)) and re.search(r",\s*$", lead)
    if not participle and not re.search(r",?\s+(?:and|og)\s+$", lead):
        return None
    # a phrase quoted in passing is a word of the clause ('Roe criticised "the plan" and said'): its commas and
    # capitals are the quoted speaker's, not the clause's
    # (only before a plain verb of saying: 'agreed that devices required "..."' quotes a phrase in passing)
    plain = re.fullmatch(en("say add", "base s past"), verb.group(0)) is not None
    unquoted = re.sub(r"\"[^\"]{1,200}\"|“[^“”]{1,200}”", "it", before) if plain and _quotes_closed(before) else before
    parts = [p.strip() for p in LEAD_IN.sub("", unquoted).split(",")]
    while parts and re.match(r"(?:in|on|at|after|before|during|following|for|with|i|på|efter|under)\s", parts[0], re.I):
        parts = parts[1:]  # "In its first year, the Roe Centre ...": a lead-in of time or place is no subject
    while len(parts) > 1 and _FRONTED_LEAD.fullmatch(parts[0]):
        parts = parts[1:]  # "Hours later, Roe ...", "But a week later, Roe ...", "Here in Millbrook, Roe ..."
    if len(parts) > 1 and re.match(_PARTICIPLE_PHRASE, parts[0]):
        parts = parts[1:]  # "Speaking on Sky News, the GP ... and said": a participle's phrase is no subject
    opening = parts[0] if parts else ""
    # (not a name set off inside a reported clause: "Roe laments that the party's candidate, Ann Lee, has ...")
    reported = re.search(r"\s(?:that|at)\s", opening) is not None
    set_off = len(parts) > 2 and re.fullmatch(rf"@\w{{1,30}}|{NAME}", parts[1]) is not None
    if set_off and re.search(r"\s[a-z]", opening) and not reported:
        return parts[1]  # "The town's paper in the north, @HarbourNews, published ..., saying": the name set off
    if re.search(r"[\"“”«»]", opening) or not re.search(r"[A-ZÆØÅ]", opening):
        return None
    head = _HEAD_NAME.match(opening)
    if head and re.match(r"\s+[a-z]+ed\b", opening[head.end() :]):
        return head.group(0)  # "Roe expressed concern, stating": the name before the main verb
    if len(opening.split()) <= 6:
        return opening
    # a role before a name heads the clause: "Army spokesman Weerachon Sukhon expressed ..."
    titled = re.match(
        r"(?:[A-ZÆØÅ][\w-]*\s+)?((?:[a-z][\w-]*\s+){1,2})([A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){1,2})\b", opening
    )
    if titled and all(is_role_noun(w) for w in titled.group(1).split()):
        return titled.group(2)
    # an owner's person heads the clause, not the owner: "Ann Roe's official spokesperson said that ..., adding:"
    if head and re.search(r"['’]s?$", head.group(0)):
        # (the noun phrase ends before its verb: "official spokesperson said", "lawyer told")
        words = re.match(_BEFORE_ITS_VERB, opening[head.end() :])
        nouns = [n for n in re.finditer(r"[a-z][\w-]*", words.group(0)) if is_person_noun(n.group(0))] if words else []
        if nouns:
            return opening[: head.end() + nouns[-1].end()]
    # a long main clause: its subject is the name at its head ("the Roe Centre for X recorded 63 cases")
    return head.group(0) if head else None
