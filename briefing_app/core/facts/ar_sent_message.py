"""A message sent, then what was said in it: "ووجه المتحدث نداء لأولياء الأمور يؤكد فيه أن «...»", "ووجه الوزير رسالة
إلى المواطنين قال فيها: «...»", "وبعث X برقية قال فيها". The verb of saying comes after the message with "in it"
(فيه، فيها) and no subject of its own; its subject is the sender, the subject of the verb of sending. The general
reading took "فيها" for the subject and then the sender and his message together ("الوزير رسالة") for a name."""

from __future__ import annotations

import re

_SENT_THEN_SAID = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:وجه|وجهت|بعث|بعثت|[أا]رسل|[أا]رسلت|[أا]طلق|[أا]طلقت|نشر|نشرت)\s*[،,]?\s+"
    # the sender (a name, an office and its complement), then the message, what it was sent to, and a verb "in it"
    r"((?:[\u0621-\u064a.]+\s*[،,]?\s+){0,6}?)"
    r"(?:ب)?(?:نداء|نداءً|رسالة|برقية|دعوة|كلمة|تحذيرا|تحذيرًا|سؤالا|سؤالًا|خطابا|خطابًا|تغريدة|منشورا|منشورًا)"
    r"(?:\s*[،,]?\s+[^\s«»\"“”:.]+){0,5}?\s*[،,]?\s+[وف]?[\u0621-\u064a]{2,6}\s+(?:فيه|فيها)(?![\u0621-\u064a])"
    r"\s*[،,]?\s*(?:(?:أن|إن|بأن)\s*)?[:،,]?\s*$"
)


def message_sender(lead: str) -> str | None:
    """The sender of the message the quote's verb speaks "in" ("ووجه الوزير رسالة ... قال فيها:"): the words
    between the verb of sending and the message; None when the lead is not of that shape or names no sender."""
    m = _SENT_THEN_SAID.search(lead)
    if m is None:
        return None
    sender = m.group(1).strip(" ،,")
    return sender or None
