"""Arabic quotes, speakers, roles and people in agency-style constructions (thirteenth round's code helper):
checked with made-up variants and look-alikes, on every Arabic dev article and on NewsFANE's held-out blocks.
Every sentence and name is made up."""

from __future__ import annotations

from tests.unit.test_facts_arabic import _facts, _people, _speakers


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(f.text, f.speaker) for f in sorted(_facts(paragraphs), key=lambda f: f.sentence) if f.kind == "quote"]


# -- a statement given to journalists: they only carry it -------------------------------------------------------


def test_a_statement_to_journalists_glued_with_lil_is_the_subjects() -> None:
    for sentence in (
        'وأضافت الوزيرة نادية الحسيني في تصريح للصحفيين: "سنعمل على توفير كل الدعم للأسر المتضررة".',
        'وقال الوزير سامي الحسيني في تصريح للصحافيين: "سنعمل على توفير كل الدعم للأسر المتضررة".',
        'وقالت نادية الحسيني في تصريح للإعلام: "سنعمل على توفير كل الدعم للأسر المتضررة".',
    ):
        speakers = _speakers([sentence])
        assert len(speakers) == 1 and speakers[0] is not None and "الحسيني" in speakers[0], sentence


def test_a_statement_of_a_body_glued_with_lil_is_still_the_bodys() -> None:
    speakers = _speakers(['وجاء في بيان للحركة: "لن نشارك في الانتخابات المقبلة تحت أي ظرف".'])
    assert speakers == ["الحركة"]
