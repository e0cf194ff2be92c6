"""Verbal nouns that stand as the object of an Arabic verb of saying right after its subject: what is affirmed,
denied or called for ("نفى السفير الهندي ... وجود هجرة جماعية", "وأكد الوزير بن علوي دعم السلطنة ...",
"أكد عدم وجود ..."). The feminine ones (ضرورة، أهمية) already end a name by their ending; these masculine ones
read like a name's next word, so after a subject they end it, and no name opens with one."""

from __future__ import annotations

AR_OBJECT_NOUNS = frozenset(
    {
        "وجود", "عدم", "دعم", "رفض", "استعداد", "التزام", "حرص", "تمسك", "عزم", "قيام", "تأييد", "ترحيب",
        "تعاون", "سعي", "حق", "موقف", "اهتمام", "تضامن", "انفتاح", "نجاح", "تقدير", "امتنان", "شكر",
        # going on with something ("وأكدت استمرار العمل ...، مطمئنة ...": what she affirmed, no one's name)
        "استمرار",
        # definite ones a verb of renewing, addressing or offering takes right after its subject ("جدد الرئيس X
        # التأكيد «...»", "ووجه الوزير Y الشكر", "وقدم Z التعازي"): no family name is one of them
        "التأكيد", "التاكيد", "الشكر", "الدعوة", "التحية", "الترحيب", "التعازي", "التهنئة",
    }
)  # fmt: skip


# Feminine verbal nouns a verb of saying takes as its object with no subject named between ("وأكد ضرورة إعلاء
# ...", "وشدد على أهمية ..."): the name readers stop at their ending, but a verb's subject never opens with one.
_FEMININE_OBJECTS = frozenset({"ضرورة", "أهمية", "أولوية", "مواصلة", "مراعاة", "إمكانية", "جاهزية"})


def opens_object(word: str) -> bool:
    """Whether `word`, right after a verb of saying, opens its object rather than its subject."""
    return object_noun(word) or word in _FEMININE_OBJECTS or (word[:1] == "و" and word[1:] in _FEMININE_OBJECTS)


def object_noun(word: str) -> bool:
    """Whether `word` is one of those verbal nouns (also with و before it)."""
    return word in AR_OBJECT_NOUNS or (word[:1] == "و" and word[1:] in AR_OBJECT_NOUNS)
