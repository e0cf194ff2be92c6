"""Arabic words in marks that a text defines rather than someone says.

A law, a treaty or a report defines a term in its own words: "ويحدد القانون العاملين في المجال الطبي على أنهم
«...»" (the law defines medical staff as "..."), "وتعرّف الاتفاقية اللاجئ بأنه «...»". A verb of defining or
classing, then "as" (على أنه، بأنه) right before the mark, quotes a text's definition: nobody's speech, and the
last person named is not its speaker. A verb of saying in the clause makes it speech again ("وقال X إن القانون
يعرّفهم على أنهم «...»")."""

from __future__ import annotations

import re

from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# Define, set out, class, consider in law: present and past, masculine and feminine, with و or ف.
_DEFINES = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:يحدد|تحدد|حدد|حددت|يعرف|تعرف|عرف|عرفت|يصنف|تصنف|صنف|صنفت)"
    r"(?:ه|ها|هم)?(?![\u0600-\u06ff])"
)
_AS = re.compile(r"(?<![\u0600-\u06ff])(?:على\s+أن|بأن)(?:ه|ها|هم|هما|هن)\s*[\"“«]?\s*$")


def defined_in_marks(lead_in: str) -> bool:
    """Whether the words before a quote's mark define a term ("يحدد القانون X على أنهم"), with no verb of saying
    in that sentence: the marks hold a text's definition, no one's speech."""
    sentence = re.split(r"[.!?؟]\s", lead_in)[-1]
    if _AS.search(sentence) is None:
        return False
    if _DEFINES.search(sentence) is None:
        return False
    return re.search(rf"(?<![\u0600-\u06ff]){AR_ANY_SPEECH}(?![\u0600-\u06ff])", sentence) is None
