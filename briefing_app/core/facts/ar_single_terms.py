"""An Arabic sentence of one year or one month, written with the singular noun alone and no number ("بالسجن النافذ
سنة", "بسنة حبسا نافذا", "سنة سجنا"): Arabic counts one by the singular itself, as it counts two by the dual. Court
reports pass sentences this way beside counted ones ("بستة أشهر سجنا", "بـ8 سنوات")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence

# A singular term noun after a word of sentencing (with "النافذ"/"لمدة" between), or before the accusative of the
# penalty ("سنة حبسا", "بشهر سجنا"); the noun alone, not before a number ("سنة 2019") or a genitive ("سنة الحكم").
_SINGLE_TERM = re.compile(
    r"(?:(?<=بالسجن\s)|(?<=بالحبس\s)|(?<=النافذ\s)|(?<=النافذة\s)|(?<=لمدة\s)|(?<!\S))"
    r"(?P<term>[بل]?(?:سنة|عام|شهر))"
    r"(?=\s+(?:حبسا|سجنا|حبساً|سجناً|نافذة|نافذا|نافذاً)(?![\u0621-\u064a])|\s*[،,.]|\s+(?:في\s+حق|بحق|وغرامة)(?!\S))"
)
_SENTENCED_BEFORE = re.compile(r"(?:بالسجن|بالحبس|حبسا|سجنا|أدين|أدانت|أدان|قضت|حكم|حكمت)")
_UNITS = {"سنة": "years", "عام": "years", "شهر": "months"}


_ARABIC_SINGLE_TERMS_RE1 = re.compile(r"(?:حبسا|سجنا)")


def arabic_single_terms(s: SourceSentence) -> list[Fact]:
    """Terms of one year or one month written with the singular noun alone, in a sentence that passes a sentence."""
    if not _SENTENCED_BEFORE.search(s.text) and not _ARABIC_SINGLE_TERMS_RE1.search(s.text):
        return []
    out = []
    for m in _SINGLE_TERM.finditer(s.text):
        before = s.text[: m.start()]
        after = s.text[m.end() : m.end() + 12]
        penalty_after = re.match(r"\s+(?:حبسا|سجنا)", after) is not None
        sentencing_before = re.search(r"(?:بالسجن|بالحبس)(?:\s+النافذ[ة]?)?(?:\s+لمدة)?\s+$", before) is not None
        if not (penalty_after or sentencing_before):
            continue
        noun = re.sub(r"^[بل]", "", m.group("term"))
        out.append(Fact("figure", m.group("term"), s.index, value=1.0, unit=_UNITS[noun], counts=None))
    return out
