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


def is_speech_noun(mention: str) -> bool:
    """Whether the mention after a quote's verb names the speech itself ("lød analysen"), not its speaker."""
    return _SPEECH_NOUN.fullmatch(mention.strip()) is not None
