"""Arabic figures whose own words before them are only the lead of a step ("بنسبة", "نسبة"), so what they count is
said elsewhere in the sentence:

- a gapped list of changes, the verb and subject said once: "ارتفعت التجارة مع سويسرا بنسبة 120%، ومع الهند
  بنسبة 33%، ومع تركيا بنسبة 41%" (each later item is a preposition, its noun and the lead; it counts what the item
  before it counts);
- a relative clause whose verb's step is the figure: "التجارة الخارجية، التي ارتفعت بنسبة تجاوزت 12000%" (the
  noun the relative pronoun stands for is what changed).

The counted reader took the lead itself ("بنسبة") or the item's own noun ("ومع الهند") for what the figure counts."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

_LEAD = r"(?:بنسبة|بمقدار|بنحو|بحوالي|بحوالى|بقرابة)"
# "، ومع الهند بنسبة", "، وفي قطاع النقل بنسبة", "، وللإناث بنسبة": a preposition glued to "and", at most four words
# of its noun, the lead; no verb's "that" ("، ومن المتوقع أن ترتفع بنسبة" is a clause of its own, so no "من")
_GAPPED_ITEM = re.compile(
    rf"[،,]\s*و(?:مع|في|لل|ل(?=[\u0621-\u064a])|إلى|الى|على|عن|بين)\s*(?:[\u0621-\u064a]+\s+){{0,3}}?"
    rf"[\u0621-\u064a]+\s+{_LEAD}\s*$"
)
# The item before: its lead and figure, then only its sign and the comma ("بنسبة 120%،")
_ITEM_BEFORE = re.compile(rf"(?<!\S){_LEAD}\s*$")
# "، التي ارتفعت بنسبة تجاوزت", "والذي تراجع بنسبة": a relative pronoun, its verb, the lead and a verb of bound
_RELATIVE_STEP = re.compile(
    rf"([^،,.]{{3,80}}?)[،,]?\s+و?(?:التي|الذي|اللتين|الذين)\s+[\u0621-\u064a]{{3,}}\s+{_LEAD}"
    r"(?:\s+(?:تجاوزت|تجاوز|بلغت|بلغ|فاقت|فاق|وصلت|قاربت|تقارب|تفوق))?\s*$"
)
_AT_RATE = re.compile(r"(?:^|\s)ب?واقع\s*$")
# "... (600 ألف دينار عراقي) لكل شخص": the words after the sum to its "for each"
_FOR_EACH = re.compile(r"[^.،,;]{0,30}?(لكل\s+[\u0621-\u064a]{2,})")
_JUNK = re.compile(rf"\s*(?:{_LEAD}|نسبة|النسبة)?\s*")


def ar_gapped_leads(facts: list[Fact], text: str) -> None:
    """Give each figure of a gapped list of changes what the item before it counts, and a figure of a relative
    clause's step the noun its relative pronoun stands for (see the module docstring)."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None:
            continue
        before = text[: n.start]
        previous = facts[i - 1] if i else None
        if previous is not None and previous.number is not None and previous.counts:
            gap = text[previous.number.end : n.start]
            item = _GAPPED_ITEM.search(gap)
            if item and _ITEM_BEFORE.search(text[: previous.number.start]) and not re.search(r"[\d٠-٩]", gap):
                f.counts = previous.counts
                continue
        led = _AT_RATE.search(f.counts) if f.counts else None
        if led:
            # "بواقع (600 ألف دينار) لكل شخص": "at the rate of" leads the sum, which is so much for each one
            rest = f.counts[: led.start()].strip() if f.counts else ""
            each = _FOR_EACH.match(text, n.end)
            f.counts = (f"{each.group(1)} ({rest})" if rest else each.group(1)) if each else (rest or None)
            continue
        if f.counts is None or _JUNK.fullmatch(f.counts):
            relative = _RELATIVE_STEP.search(before)
            if relative:
                words = [w for w in relative.group(1).split() if not re.search(r"[\d٠-٩]", w)][-4:]
                f.counts = " ".join(words) or f.counts
