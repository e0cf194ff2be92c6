"""A Hebrew change told as a noun alone after its figure's quantity was given: "נהרגו 341 בני אדם. מדובר בעלייה של
19% לעומת אשתקד", "זוהי ירידה של 4% לעומת השנה שעברה", "..., עלייה של 12%".

The figure's own reading is only the change noun ("בעלייה"): the clause has no subject, the quantity that changed
is the one the figure before counted (in the same sentence, else the last of the two sentences before). The figure now
counts the change of that quantity ("עלייה (בני אדם)"), as `share_bare_change` reads the Arabic "، بارتفاع بنسبة".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# The change noun alone, with the prepositions and article glued to it ("בעלייה", "העלייה", "וירידה").
# (with one adjective and the lead of its rate: "עלייה שנתית", "התייקרות בשיעור", "ירידה חדה של")
_CHANGE_ONLY = re.compile(
    r"[וב]?ה?(עלייה|עליה|ירידה|גידול|זינוק|צניחה|קפיצה|האטה|התייקרות|הוזלה)"
    r"(?:\s+(?:שנתית|חודשית|ממוצעת|חדה|מתונה|קלה|נוספת|ריאלית))?(?:\s+(?:בשיעור|בשיעור\s+של|של))?"
)
_SPANS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}


def he_restated_change(numbered: list[Fact], told: list[Fact]) -> None:
    """Give a Hebrew figure whose reading is only a change noun the change of what the figure before counted (see
    the module docstring). `numbered`: the figures of the sentence; `told`: those of the sentences before."""
    for i, f in enumerate(numbered):
        change = _CHANGE_ONLY.fullmatch((f.counts or "").strip())
        if f.number is None or f.unit != "percent" or change is None:
            continue
        earlier = [e for e in numbered[:i] if e.counts and e.unit not in _SPANS]
        if not numbered[:i]:  # (nothing before it in its own sentence: one of the two before told the quantity,
            # "נהרגו 341 בני אדם, כך עולה מהנתונים. הנתון כולל את ההרוגים הבוקר. מדובר בעלייה של 19%")
            earlier = [e for e in told if f.sentence - 2 <= e.sentence < f.sentence and e.counts]
            earlier = [e for e in earlier if e.unit not in _SPANS]
        if earlier and not _CHANGE_ONLY.fullmatch(earlier[-1].counts or ""):
            f.counts = f"{change.group(1)} ({earlier[-1].counts})"
