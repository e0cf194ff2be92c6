"""Arabic bodies named after a founder with no title ("جمعية X بن Y للتنمية", "مؤسسة X بن Y الخيرية"): the
founder's full name and the body's purpose or adjective are the body's name, not cut at "بن" (orgs_ar).
Made-up names; the near miss keeps a chairman's name after his body, to whom something was said."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(text: str) -> set[str]:
    return {f.text for f in facts_of(["خبر", text], "ar") if f.kind == "organisation"}


def _people(text: str) -> set[str]:
    return {f.text for f in facts_of(["خبر", text], "ar") if f.kind == "person"}


def test_a_society_named_for_its_founder_with_its_purpose() -> None:
    text = "ووقع المركز اتفاقية مع جمعية سلطان بن فهد للتنمية والخدمات الاجتماعية في العام الماضي."
    assert "جمعية سلطان بن فهد للتنمية والخدمات الاجتماعية" in _orgs(text), _orgs(text)
    assert "سلطان بن فهد" not in _people(text), _people(text)


def test_a_charity_named_for_its_founder_with_its_adjective() -> None:
    text = "وكرمت مؤسسة سلطان بن فهد الخيرية عددا من الطلاب المتفوقين."
    assert "مؤسسة سلطان بن فهد الخيرية" in _orgs(text), _orgs(text)


def test_a_body_then_words_said_to_journalists_is_not_a_founder() -> None:
    # near miss: "للصحفيين" (to the journalists) is who was spoken to, no purpose of the body
    text = "وقال رئيس جمعية سلطان بن فهد للصحفيين إن العمل مستمر."
    assert not any("للصحفيين" in o for o in _orgs(text)), _orgs(text)
