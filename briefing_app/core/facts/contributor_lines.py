"""The reporters a wire story's closing line names ("Aerospace Writer Jane Roe in Cape Kessby, Floria, and John
Doe in Moscow contributed to this report."): people with their desk, never bodies. Real AP pages end so, and the
organisation finders read the capitalised runs of such a line as bodies."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import names_an_organisation, person_names
from briefing_app.core.facts.model import SourceSentence

_CONTRIBUTED = re.compile(
    r"\s+(?:also\s+)?contributed\s+(?:reporting\s+|to\s+this\s+report\s+from\s+\S+\s*)?(?:to\s+)?"
    r"(?:this|the|this\s+news)?\s*(?:report|story|article|reporting)\b"
)
# "Jane Roe in Boston", "Jane Roe from Kessby": where each reporter filed from is no part of the name
_FILED_FROM = re.compile(r"\s+(?:in|from)\s+[A-Z].*$")


def contributors(sentences: list[SourceSentence], language: str) -> list[tuple[str, str | None, int]]:
    """(name, desk or None, sentence index) of each reporter a contributor line names (English only)."""
    if language != "en":
        return []
    given = person_names()[0]
    found = []
    for s in sentences:
        m = _CONTRIBUTED.search(s.text)
        if m is None:
            continue
        names = s.text[: m.start()]
        for part in re.split(r",\s+and\s+|\s+and\s+|;\s+|,\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:in|from)\s)", names):
            words = _FILED_FROM.sub("", part.strip(" ,")).split()
            if not words or words[0] in ("The", "the") or names_an_organisation(" ".join(words)):
                continue  # "The Associated Press contributed to this report.": a body, no reporter
            at = next((i for i, w in enumerate(words) if w in given and i + 1 < len(words)), None)
            if at is None and 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) for w in words):
                at = 0  # "Vladimir Isachenkov in Moscow": a name the given-name lists lack, alone in its part
            if at is None or not all(w[:1].isupper() for w in words[at:]) or not 2 <= len(words) - at <= 4:
                continue  # not a given name and a family name: no reporter this line can name
            found.append((" ".join(words[at:]), " ".join(words[:at]) or None, s.index))
    return found
