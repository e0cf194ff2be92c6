"""English introductions where a main clause of any verb ends in a participle of saying: "he supported secrecy by
saying", "The agency's spokesman, Ann Roe, raised concerns by saying that", "When asked, Roe responded by saying
that", "an unnamed official stood by the claim saying". The speaker is the main clause's subject, the name, pronoun
or unnamed person right before its verb, not the first capitalised word of the sentence."""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_words import NAME
from briefing_app.core.facts.roles import is_person_noun

# Words that open a sentence's subordinate clause or adverbial, capitalised but no name.
_NOT_SUBJECT = r"(?!(?:When|While|After|Before|If|As|Although|Though|Since|Once|Asked|Last|On|In|At|The|This|That)\b)"
# Past tenses of common verbs that do not end in -ed ("stood by the claim saying").
_IRREGULAR = r"(?:stood|said|told|made|took|gave|came|went|held|spoke|wrote|hit|put|set|kept|left|met|sent|sought|" \
    r"brought|thought|felt|won|lost|ran|led|fought|broke|began|struck|threw|drew|rose|fell)"
# A participle of saying ending the introduction, with "that" and a comma or colon after it.
_PARTICIPLE_ENDING = (
    r"(?:saying|stating|declaring|adding|arguing|insisting|claiming|explaining|noting)(?:\s+that)?\s*[,:]?\s*$"
)
# A subject (a name, a pronoun or an unnamed person), its main verb in the past or present, up to 100 more letters
# of the clause, then "by saying" (or, for an unnamed person, "saying" alone) ending the introduction.
_SUBJECT_VERB_BY_SAYING = re.compile(
    rf"({_NOT_SUBJECT}{NAME}|[Hh]e|[Ss]he|[Tt]hey|(?:[Aa]n?|[Oo]ne)\s+(?:[\w.-]+\s+){{0,3}}?[a-z]+)"
    # (an apposition may stand between the subject and its verb: "Jane Roe, leader of the Green Party, backed")
    rf"(?:,\s+[^,:;\"“”]{{2,80}},)?,?\s+"
    rf"(?:also\s+|then\s+|later\s+|[a-z]{{3,}}ly\s+)?(?:[a-z]{{3,}}(?:ed|s)|{_IRREGULAR})\b[^,:;\"“”]{{0,100}}?,?\s+"
    rf"(by\s+)?{_PARTICIPLE_ENDING}"
)


_ENDS_IN_PARTICIPLE = re.compile(rf"\b{_PARTICIPLE_ENDING}")
_AFTER_PREPOSITION = re.compile(r"\b(?:of|at|for|from|in|on|by|with|to|about|against)\s+(?:the\s+)?$|['’]s\s+$")


def by_saying_subject(before: str) -> str | None:
    """The subject of the main clause whose participle of saying introduces the quote (the first subject, from the
    sentence's start, that fits the whole shape), or None when the introduction has no such shape."""
    if not _ENDS_IN_PARTICIPLE.search(before):
        return None  # (most introductions: no participle of saying at their end, no word-by-word search)
    for start in [0] + [m.end() for m in re.finditer(r"[\s,]+", before)]:
        m = _SUBJECT_VERB_BY_SAYING.match(before, start)
        if m is None:
            continue
        if re.search(r"[A-Z][\w'’.-]*\s+$", before[:start]):
            continue  # ("leader of the Green Party, backed": a name's later words are no subject of their own)
        subject = m.group(1)
        unnamed = re.match(r"(?:[Aa]n?|[Oo]ne)\s", subject)
        if unnamed and not is_person_noun(subject.split()[-1]):
            continue  # "a statement ... saying": a thing, which other readers take for its issuer
        if not (m.group(2) or unnamed) or _AFTER_PREPOSITION.search(before[:start]):
            # (a named subject needs "by saying": "X, who is the country's first Y addressed the house saying" is
            # left to the other readers; nor is a name after a preposition a subject: "the owner of X, made")
            continue
        return subject  # ("When asked why X, Roe responded by saying": Roe, the subordinate clause's words pass)
    return None


# A crowd opening the sentence, counted or not ("A reported 5,000 farmers, who ..., filled the square, chanting",
# "Hundreds of fans outside the ground chanted"), whose chant or shout the quote gives: the crowd speaks.
_CROWD_CHANTING = re.compile(
    r"^(?:(?:On|In|At|After|During|Later|Earlier|Meanwhile)\b[^,\"“”]{0,40},\s+)?"
    r"((?:(?:[Aa]\s+reported|[Aa]n\s+estimated|[Ss]ome|[Mm]ore\s+than|[Aa]bout|[Aa]round|[Oo]ver)\s+)?"
    r"(?:(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores)\s+of\s+|[\d][\d,.]*\s+(?:thousand\s+|million\s+)?)?"
    r"(?:[a-z-]+\s+)?([a-z-]{3,}s))\b[^\"“”]{0,200}?,?\s+(?:chanting|shouting|singing|yelling|chanted|shouted|sang|"
    r"yelled)\s*[,:]?\s*$"
)


def crowd_chanting(before: str) -> str | None:
    """The crowd whose chant the quote gives (see `_CROWD_CHANTING`), None for anything else: a crowd of people
    only, its head noun a plural person noun ("campaigners", "fans"; not "Reports")."""
    m = _CROWD_CHANTING.match(before)
    if m is None or not (is_person_noun(m.group(2)[:-1]) or is_person_noun(m.group(2))):
        return None
    return m.group(1)
