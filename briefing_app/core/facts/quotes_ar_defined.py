"""Arabic words in marks that a text defines rather than someone says, and Arabic copy's curly marks.

A law, a treaty or a report defines a term in its own words: "ويحدد القانون العاملين في المجال الطبي على أنهم
«...»" (the law defines medical staff as "..."), "وتعرّف الاتفاقية اللاجئ بأنه «...»". A verb of defining or
classing, then "as" (على أنه، بأنه) right before the mark, quotes a text's definition: nobody's speech, and the
last person named is not its speaker. A verb of saying in the clause makes it speech again ("وقال X إن القانون
يعرّفهم على أنهم «...»")."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_nested_marks import curly_in_turn
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# Define, set out, class, consider in law: present and past, masculine and feminine, with و or ف; and "is
# described" (يوصف, توصف: the passive, whose active is يصف), which names no one who describes ("نموذج لغة ...
# يوصف بأنه «...»": a description in marks, as the maker's publicity words it, no one's speech).
_DEFINES = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:يحدد|تحدد|حدد|حددت|يعرف|تعرف|عرف|عرفت|يصنف|تصنف|صنف|صنفت|يوصف|توصف)"
    r"(?:ه|ها|هم)?(?![\u0600-\u06ff])"
)
_AS = re.compile(r"(?<![\u0600-\u06ff])(?:على\s+أن|بأن)(?:ه|ها|هم|هما|هن)\s*[\"“«]?\s*$")


def defined_in_marks(lead_in: str) -> bool:
    """Whether the words before a quote's mark define a term ("يحدد القانون X على أنهم"), with no verb of saying
    in that sentence: the marks hold a text's definition, no one's speech."""
    sentence = re.split(r"[.!?؟]\s", lead_in)[-1]
    if _AS.search(sentence) is None:
        return False
    defines = list(_DEFINES.finditer(sentence))
    if not defines:
        return False
    if re.search(r"(?:يوصف|توصف)$", defines[-1].group(0)):
        return True  # a passive names no describer, whatever verb of saying the sentence opened with
    return re.search(rf"(?<![\u0600-\u06ff]){AR_ANY_SPEECH}(?![\u0600-\u06ff])", sentence) is None




_ARABIC_CURLY_MARKS_RE1 = re.compile(r"[\u0590-\u05ff]")
_ARABIC_CURLY_MARKS_RE2 = re.compile(r"[\u0621-\u064a]")
_ARABIC_CURLY_MARKS_RE3 = re.compile("[“”]")


def arabic_curly_marks(text: str) -> str:
    """An Arabic paragraph's curly double marks read in turn as opening and closing (“ then ”), the same length:
    Arabic copy types them either way round or both alike ("“معاذ“", "”...“", "”...”"), as a right-to-left
    keyboard mirrors them, so which one opens is told only by its order. Other text is returned as it is."""
    if (
        not _ARABIC_CURLY_MARKS_RE2.search(text)
        or _ARABIC_CURLY_MARKS_RE1.search(text)
        or not _ARABIC_CURLY_MARKS_RE3.search(text)
    ):
        return text
    return curly_in_turn(text)  # ar_nested_marks: and a short term in the same marks inside a quote set aside
