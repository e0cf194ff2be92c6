"""A capital "A" that is a label's letter, not the article (English).

"Band A properties pay around £994", "Class A drug offences rose by 12%", "Grade A students rose to 5,000": the
subject reader stopped at "A", an article in its stop words, and read "Band" or "Class" alone. After a capitalised
word and before another word, a lone "A" is the letter of a band, class, grade or category and goes on with it.
Used by `subject_before`.
"""

from __future__ import annotations


def label_letter(tokens: list[str], k: int, words: list[str]) -> bool:
    """Whether the token at `k` is a label's letter "A" after the capitalised word the phrase read last."""
    return tokens[k] == "A" and bool(words) and words[-1][:1].isupper() and k + 1 < len(tokens)
