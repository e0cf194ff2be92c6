"""A speaker named by what was said rather than by who said it: "– ..., lød analysen.", "– ..., lyder vurderingen.",
'"...," came the reply.' The words are the one quoted just before (or named last before the quote): the noun names the
speech, never a person or a body."""

from __future__ import annotations

import re

# Danish definite nouns of speech and English "the" + noun, with at most one adjective before them
# ("lød den klare besked", "came the curt reply").
_SPEECH_NOUN = re.compile(
    r"(?:(?:den|det)\s+[a-zæøå]+\s+)?(?:analysen|beskeden|meldingen|vurderingen|svaret|konklusionen|budskabet|"
    r"kommentaren|reaktionen|opfordringen|dommen|forklaringen|konstateringen|bemærkningen|"
    r"besked|melding|vurdering|svar|konklusion|budskab|kommentar|reaktion|opfordring|forklaring)|"
    r"(?:came\s+)?the\s+(?:[a-z]+\s+)?(?:reply|response|answer|retort|verdict|assessment|analysis)|"
    # (Danish "– ..., lød det.": "it sounded", the words of the one just named)
    r"det",
    re.IGNORECASE,
)


# An adverbial after the noun, about when or where ("lyder opfordringen sidst på eftermiddagen", "lød beskeden i
# går"), not whose words they are ("lyder opfordringen fra politiet": from whom, read as a speaker elsewhere).
_ADJUNCT = re.compile(r"\s+(?:sidst|først|senere|igen|nu|i|på|om|efter|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|"
                      r"mandag)\b(?!.*\b(?:fra|hos)\b).*$")


def is_speech_noun(mention: str) -> bool:
    """Whether the mention after a quote's verb names the speech itself ("lød analysen"), not its speaker."""
    mention = mention.strip()
    if _SPEECH_NOUN.fullmatch(mention) is not None:
        return True
    bare = _ADJUNCT.sub("", mention)
    return bare != mention and bare != "det" and _SPEECH_NOUN.fullmatch(bare) is not None


# A Danish verb of saying with a body in the definite form after it ("oplyser politiet", "tilføjer kommunen").
_BODY_SAYS = re.compile(
    r"\b(?:oplyser|oplyste|skriver|skrev|tilføjer|tilføjede|meddeler|meddelte|melder|meldte|siger|sagde)\s+"
    r"([a-zæøå]{4,}(?:et|en))\b"
)


def body_said_before(text: dict[int, str], sentence: int) -> tuple[str, int] | None:
    """The body a sentence before `sentence` (back to the article's start) says something through ("..., oplyser
    politiet i en pressemeddelelse."), the last one: its noun and sentence; None if none."""
    for index in range(sentence - 1, -1, -1):
        found = list(_BODY_SAYS.finditer(text.get(index, "")))
        if found:
            return found[-1].group(1), index
    return None
