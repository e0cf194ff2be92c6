"""A name in quote marks inside an Arabic subject ("أرباح «الإسكندرية للأدوية» تهبط 22%", "مبيعات "تويوتا" تقفز"):
Arabic copy quotes company and brand names, and the words of a subject read back from a figure must take the quoted
name as one word, so that the head noun before it (the profits, the sales) stays in reach."""

from __future__ import annotations

import re

# A short name in guillemets or straight or curly double quotes (at most five words, no figure inside).
_QUOTED = re.compile(r"([«\"“])([^«»\"“”\d]{2,40}?)([»\"”])")


def ar_quoted_as_one(text: str) -> str:
    """`text` with the spaces inside each short quoted name written as NUL, so that splitting it on white space keeps
    the name one token (the caller turns NUL back into a space)."""

    def joined(m: re.Match[str]) -> str:
        inner = m.group(2).strip()
        if len(inner.split()) > 5:
            return m.group(0)
        return m.group(1) + inner.replace(" ", "\x00") + m.group(3)

    return _QUOTED.sub(joined, text)
