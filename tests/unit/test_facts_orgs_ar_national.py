"""Arabic bodies named by a kind of two words (or a market) and their country's adjective."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.orgs_ar import arabic_orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال سلاح الجو الأردني إن طائراته عادت إلى قاعدة قرية النور.", "سلاح الجو الأردني"),
        ("وأنقذ خفر السواحل الإيطالي 40 مهاجرا قرب جزيرة الوادي.", "خفر السواحل الإيطالي"),
        ("وقصفت القوات الجوية الروسية مواقع قرب قرية النور.", "القوات الجوية الروسية"),
        ("وارتفعت البورصة المصرية بنسبة 2 في المئة.", "البورصة المصرية"),
        ("ونفذ الطيران الحربي السوري غارات على قرية النور.", "الطيران الحربي السوري"),
    ],
)
def test_a_national_kind_and_its_countrys_adjective_name_a_body(text: str, name: str) -> None:
    assert name in [n for _s, _e, n in arabic_orgs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "وقصف سلاح الجو مواقع في قرية النور.",  # no country: the kind, not a body's name
        "وتراجعت البورصة في الأسبوع الماضي.",
        "ونفذ الطيران الحربي غارات على قرية النور.",
    ],
)
def test_a_national_kind_without_a_countrys_adjective_is_no_body(text: str) -> None:
    names = [n for _s, _e, n in arabic_orgs(text)]
    assert not any(n.startswith(("سلاح", "البورصة", "الطيران")) for n in names), names
