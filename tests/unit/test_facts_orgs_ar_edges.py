"""Where an Arabic body's name ends: its field in "ل" after its country's adjective, a news agency's name after
"وكالة أنباء", an outlet called "X اليوم", and a state's forces by their country's adjective (made-up sentences)."""

from __future__ import annotations

import pytest

from briefing_app.core.facts.orgs_ar import arabic_orgs


def _names(text: str) -> list[str]:
    return [n for _s, _e, n in arabic_orgs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ووثق المرصد الليبي لحقوق الإنسان مقتل 12 شخصا.", "المرصد الليبي لحقوق الإنسان"),
        ("وقالت الجمعية المصرية لحماية البيئة إن النهر تلوث.", "الجمعية المصرية لحماية البيئة"),
        ("ونقلت وكالة أنباء سبتة الكويتية عن الوزير قوله.", "وكالة أنباء سبتة الكويتية"),
        ("وأفادت وكالة أنباء الشرق الأوسط بأن الجلسة تأجلت.", "وكالة أنباء الشرق الأوسط"),
        ("وبثت قناة مصر اليوم صورا من الموقع.", "قناة مصر اليوم"),
        ("وتقدمت القوات التركيّة نحو البلدة.", "القوات التركيّة"),
        ("وانسحبت القوات العراقية من الجسر.", "القوات العراقية"),
        ("وقصفت القوات الجوية الروسية مواقع قرب البلدة.", "القوات الجوية الروسية"),
        ("وتخرجت في المعهد العالي للفنون بدمشق عام 2001.", "المعهد العالي للفنون"),
    ],
)
def test_the_name_runs_to_its_end(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what a state's power did, after its country's adjective, is no part of its name
        ("وتقدم الجيش الأردني لاستعادة المعبر من المسلحين.", "الجيش الأردني"),
        ("وتحرك الجيش الأردني للسيطرة على المعبر.", "الجيش الأردني"),
        # the person a body acted for is no part of its name
        ("وأذن المجلس الاتحادي الروسي للرئيس بنشر القوات.", "المجلس الاتحادي الروسي"),
    ],
)
def test_what_follows_the_name_stays_out(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت مصر اليوم أنها ستفتح المعبر.",  # "today", with no outlet before it
        "وانتشرت القوات في شوارع البلدة.",  # forces of no named country
        "وتقدمت القوات الحكومية نحو البلدة.",  # "government forces": a description, not a country's
    ],
)
def test_look_alikes_name_no_body(text: str) -> None:
    names = _names(text)
    assert not any(n.startswith(("مصر", "القوات")) for n in names), names
