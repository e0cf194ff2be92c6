"""Masculine duals of nouns of things that no sound plural shares: "وقوع انفجارين" (two blasts), "افتتاح مكتبين
جديدين" (two new offices), "من طابقين" (of two storeys). Used by `figures_ar.arabic_duals`.

A masculine dual in the accusative or genitive (-ين) is written like a sound masculine plural, which people's nouns
and participles take ("لاعبين", players; "موظفين", employees; "مسؤولين", officials). `figures_ar` counts it only on
a stem of three consonants, whose plurals are broken. Two more kinds of noun never take that plural:

- verbal nouns of the derived forms انفعال, افتعال and استفعال ("انفجار", "اجتماع", "استطلاع"), whose plural is in
  -ات; their -ين is a dual;
- the commonest nouns of buildings, sites and acts of state, whose plurals are broken ("مراكز", "مكاتب", "طوابق",
  "مراسيم"), a league's seasons and a post ("مواسم", "مناصب": "لمدة موسمين"), whose shapes (م-, فاعل, a long
  vowel) the three-consonant rule leaves out.
"""

from __future__ import annotations

import re

# A derived verbal noun in -ين, no article ("التمارين", the exercises, is a broken plural with it): ان + 2 radicals
# (انفجار), ا + radical + ت/ط/د (اجتماع, اضطراب, ازدحام), است + 2 radicals (استطلاع); then ا and the last radical.
_VERBAL_NOUN_DUAL = re.compile(
    r"(?<![\w\u0640])[وبلف]?((?!ال|لل)(?:ان[\u0621-\u064a]|ا[\u0621-\u064a][تطد]|است[\u0621-\u064a])[\u0621-\u064a]ا"
    r"[\u0621-\u064a]ين)(?![\w\u0640])"
)
# The nouns of things with broken plurals, in their dual's oblique form ("مبنى" gives "مبنيين").
_THING_DUAL = re.compile(
    r"(?<![\w\u0640])[وبلف]?((?:مركز|مكتب|مصنع|مسجد|مبني|مستشفي|مطار|ملعب|منزل|مشروع|مرسوم|مجلس|مقعد|موقع|معبر|متحف|"
    r"معرض|مخزن|مستودع|مختبر|مصرف|طابق|شارع|جانب|حاجز|قرار|مسار|موسم|منصب)ين)(?![\w\u0640])"
)
# An adjective that agrees with the dual right after it, a nisba in -يين ("مركزين صحيين", "انفجارين شمسيين").
_AGREEING_NISBA = re.compile(r"\s+((?!ال)[\u0621-\u064a]{2,}يين)(?![\w\u0640])")


def ar_thing_duals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, counts) of each masculine dual of a thing in `text` (see the module docstring); what it counts is
    the dual with its agreeing nisba adjective, if one follows."""
    out = []
    for m in sorted([*_VERBAL_NOUN_DUAL.finditer(text), *_THING_DUAL.finditer(text)], key=lambda m: m.start()):
        adjective = _AGREEING_NISBA.match(text, m.end())
        counts = f"{m.group(1)} {adjective.group(1)}" if adjective else m.group(1)
        out.append((m.start(), m.end(), counts))
    return out
