"""The subject of an Arabic introduction to a quoted post when it names nobody: "وضع مواطن إنترنت من البلد مقارنة
سوداوية:" before "@handle: ...". The one described (a citizen, a netizen, a young man) wrote the post; the handle
is only the account's name. Read as the verb, then a noun for an unnamed person and its qualifiers, up to the
verb's object (the first indefinite word after a definite one)."""

from __future__ import annotations

import re

# Nouns for a person left unnamed: a citizen, a resident, a witness, a visitor, a young or old man or woman, a
# user of the net; the closed class news copy uses for someone it does not name.
UNNAMED_PERSON_NOUNS = frozenset({
    "مواطن", "مواطنة", "مقيم", "مقيمة", "ساكن", "ناخب", "ناخبة", "شاهد", "شاهدة", "زائر", "زائرة", "عجوز", "مسن",
    "مسنة", "شاب", "شابة", "فتاة", "رجل", "امرأة", "سيدة", "طفل", "طفلة", "مستخدم", "مستخدمة", "مغرد", "مغردة",
    "ناشط", "ناشطة", "مدون", "مدونة",
})  # fmt: skip


def unnamed_intro_subject(intro: str) -> str | None:
    """The unnamed person an introduction's verb has as subject ("مواطن إنترنت من العربية السعودية"), or None."""
    words = [w.strip("،,") for w in intro.rstrip(" :").split()]
    if len(words) < 2 or words[1] not in UNNAMED_PERSON_NOUNS:
        return None
    subject = [words[1]]
    for prev, w in zip(words[1:], words[2:], strict=False):
        if not w.startswith("ال") and prev.startswith("ال") or re.fullmatch(r"[\u0621-\u064a]+", w) is None:
            break  # "... السعودية مقارنة": the verb's object opens after the subject's definite qualifier
        subject.append(w)
    return " ".join(subject[:6])
