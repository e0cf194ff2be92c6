"""Arabic definite participles that open a description of the name before them: what it belongs to, is close
to, is backed by, borders or is made of ("X المنتمي لجماعة Y", "الحزب المقرب من Z", "المعهد المجاور لسجن W",
"البرلمان المكون من 128 مقعدا"). They agree with the noun before them and always take a preposition, so no
person's or body's name goes on through one; the name ends before it."""

from __future__ import annotations

# Masculine and feminine forms, as copy writes them after a man's name, a woman's, a body's or a place's.
AR_LINKING_PARTICIPLES = frozenset({
    "المنتمي", "المنتمية", "المقرب", "المقربة", "المدعوم", "المدعومة", "الموالي", "الموالية",
    "المتحالف", "المتحالفة", "المحسوب", "المحسوبة", "المجاور", "المجاورة", "المكون", "المكونة",
    "المؤلف", "المؤلفة", "المنحدر", "المنحدرة", "الممثلة", "المنضوي", "المنضوية",
})  # fmt: skip
