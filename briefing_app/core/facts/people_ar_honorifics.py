"""Honorifics of Gulf agency copy: معالي (His Excellency), سعادة, سمو (His Highness), صاحب السمو الملكي,
فضيلة, سماحة. They are a style of address put before a title, an office or a name ("وأوضح معالي وزير الصحة
الدكتور ..."), part of neither: the people readers read the sentence without them. Their pronoun forms
(معاليه، سموه) stand for the person named last and are resolved by `speakers.py`."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_ar_words import (
    _AR_HEADS,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_core,
    _ar_is_given,
    _transliterated,
)

# Longest first: "صاحب السمو الملكي" before "صاحب السمو".
_PHRASES = ("صاحب السمو الملكي", "صاحبة السمو الملكي", "صاحب السمو", "صاحبة السمو", "صاحب المعالي",
            "صاحب الفضيلة", "صاحب السماحة", "معالي", "سعادة", "سمو", "فضيلة", "سماحة")  # fmt: skip
# Offices of agency copy that an honorific precedes beyond the shared role nouns: the heir, an
# undersecretary, a governor, an emir, a mayor.
_OFFICES = {"ولي", "وكيل", "محافظ", "أمير", "أمين", "نائب", "مساعد", "عمدة", "سفير", "قنصل"}
# (with a glued و, "وسعادة X", the و stays on the word after it: "وX")
_HONORIFIC = re.compile(rf"(?<![\u0621-\u064a])(و?)(?:{'|'.join(_PHRASES)})\s+(?=([\u0621-\u064a]+))")


def _addressed(word: str) -> bool:
    """Whether the word after an honorific is a title, an office or a given name: then the word before is the
    honorific, not the common noun it also is (سعادة الأطفال: the children's happiness; سمو الأخلاق)."""
    return (
        word in AR_TITLES
        or word in _AR_HEADS
        or word in _OFFICES
        or _ar_core(word) in AR_ROLE_NOUNS
        or _ar_core(word) in _OFFICES
        or _ar_is_given(word)
        or (word.startswith("عبد") and len(word) > 5)  # عبدالله written as one word
        or _transliterated(word)  # "سعادة تشانغ ييمينغ، سفير ...": a foreign envoy's name
    )


def without_honorifics(text: str) -> str:
    """The text with every honorific before a title, an office or a name left out."""
    return _HONORIFIC.sub(lambda m: m.group(1) if _addressed(m.group(2)) else m.group(0), text)


def mention_without_honorific(words: list[str]) -> list[str]:
    """A speech verb's subject without the honorific it opens with, when an office, a title or a name follows it
    ("وقال سعادة وزير الإسكان:" is the minister's mention, as "وقال وزير الإسكان:" is): the words unchanged when
    they open with none, or with one no office follows (سعادة الأطفال)."""
    text = " ".join(words)
    for phrase in _PHRASES:
        if text.startswith(phrase + " "):
            rest = words[len(phrase.split()) :]
            return rest if rest and _addressed(rest[0].strip("،,:")) else words
    return words


# Titles of address only (Dr, Eng., Mr): a title that is an office (الملك، الأمير، الرئيس) or a rank stays.
# Titles of birth after an office (محافظ المنطقة الأمير X: the governor, Prince X).
_BIRTH = {"الأمير", "الأميرة", "الشيخ", "الشيخة"}
_ADDRESS = {"الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "السيد", "السيدة", "د."}
# Military and police ranks after an office ("مدير الشرطة العميد X"): the rank is a role of its own, which
# the office's words do not run into.
_RANKS = {"اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق", "المشير", "الجنرال",
          "الأدميرال", "الرقيب", "العماد"}  # fmt: skip
# (read by `people_ar_names`, a rank's second word, and `people_ar_plural_titles`, a list member's own title)
AR_RANKS = frozenset(_RANKS)
AR_TITLES_OF_BIRTH_OR_ADDRESS = frozenset(_BIRTH | _ADDRESS)


def role_without_address(role: str | None) -> str | None:
    """A role that ends with a title of address or of birth after an office ("وزير الصحة الدكتور": the minister
    of health, Dr ...; "محافظ المنطقة الأمير"): the office alone, for the title only says how the holder is
    addressed. A role that is only a title (الدكتور) stays."""
    if not role:
        return role
    parts = []
    for part in role.split("; "):
        words = part.split()
        while len(words) > 1 and (
            words[-1] in _ADDRESS or (words[-1] in _BIRTH and words[0].removeprefix("ال") != "عاهل")
        ):
            words.pop()  # (a monarch's الملك is the office itself: العاهل المغربي الملك)
        # (not the team after a one-word office: "مدرب الفريق", "قائد الفريق" is the team's coach or captain;
        # "رئيس الأركان الفريق" is the office and the rank)
        team = words[-1] == "الفريق" and len(words) == 2
        rank = words.pop() if len(words) > 1 and words[-1] in _RANKS and not team else None
        parts.append(" ".join(words))
        if rank:
            parts.append(rank)  # "مدير عام الدفاع المدني اللواء": the office; the rank
    return "; ".join(dict.fromkeys(parts))
