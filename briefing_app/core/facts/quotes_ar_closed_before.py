"""The words of a quote the sentence already closed are no introduction of the next one: in "وأوضح X أن الملاحظة
كانت «لفت نظر فقط ولم تكن ...»، مبيناً أن «...»" the reader of the second quote's speaker found the verb "لفت"
(pointed out) inside the first quote and took "نظر فقط ولم" for its subject, a new person (in straight marks, the
first quote's first word after the verb: 'وقال الناطق "نعمل ..."، ...، داعيا إلى أن "...' gave 'الناطق "نعمل').
The speaker of a quote is named outside quote marks; the closed quotes before it are blanked (same length, marks
kept) for that reading."""

from __future__ import annotations

import re

# A closed quote in guillemets or curly marks that open and close on different sides, of three words or more
# (a shorter one may be a name in marks, which the readers use: 'صحيفة «الأيام»').
_CLOSED = re.compile(r"([«“])([^«»“”\"]*?\S\s+\S+\s+\S[^«»“”\"]*?)([»”])")


# A closed quote in straight marks, which open and close alike: read left to right, a mark glued to the word after
# it opens ('و"أن ...'), one glued to the word before it closes ('... الأخطار"'), as in 'وقال الناطق "نعمل ...
# الأخطار"، مبينا أن ...، داعيا إلى أن "...': a mark with spaces on its inner side is left alone (whether it opens
# or closes is not known). Four words at least: a name of three in straight marks ('صفحة "الدفاع المدني السوري"')
# is one the readers use, without its marks.
_CLOSED_STRAIGHT = re.compile(r'(")(?=\S)([^"]*?\S\s+\S+\s+\S+\s+[^"]*?\S)(")')


def blank_closed_quotes(before: str) -> str:
    """`before` with the inside of each closed quote of three words or more blanked (spaces)."""
    before = _CLOSED.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), before)
    return _CLOSED_STRAIGHT.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), before)


def named_only_in_closed_quotes(text: str, name: str) -> bool:
    """Whether `name` stands in `text` only inside closed quotes ('وأضافت: "نوه X بالروحية ..."'): someone or
    some body the speaker's words speak of, never the antecedent of a later bare verb of saying ("وكشفت أن")
    or of "الوزارة". False when the text does not hold the name at all (named there by another form)."""
    return bool(name) and name in text and name not in blank_closed_quotes(text)
