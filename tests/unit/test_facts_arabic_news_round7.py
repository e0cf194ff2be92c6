"""Arabic agency-style speakers and roles of round 7, from made-up sentences in the register of Saudi and
pan-Arab news agencies: a short quote after a participle of saying, a body's speaker phrase cut before its
adjuncts, a rank after a role's body."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of, quotes_of


def _people(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.text: f.role for f in facts_of(paragraphs, "ar") if f.kind == "person"}


def test_a_short_quote_after_a_participle_of_saying() -> None:
    quotes = quotes_of(["وأشاد وزير الرياضة سلطان العنزي بأداء اللاعبين، مؤكدا أن «الإنجاز ملك للجميع»."], "ar")
    assert [(q.text, q.speaker) for q in quotes] == [("الإنجاز ملك للجميع", "سلطان العنزي")]


def test_a_short_scare_quoted_term_is_no_quote() -> None:
    assert quotes_of(["ووصف المحلل سامر الخطيب الاتفاق بأنه «صفقة القرن» وغادر القاعة."], "ar") == []


def test_a_rank_after_the_office_is_a_role_of_its_own() -> None:
    people = _people(["وأوضح قائد حرس الحدود العميد منصور الشهري أن الدوريات ضبطت المهربين."])
    assert people.get("منصور الشهري") == "قائد حرس الحدود; العميد"


def test_a_body_speaks_without_the_statement_it_spoke_in() -> None:
    quotes = quotes_of(["وأكدت هيئة الطيران المدني في بيان أن «جميع الرحلات ستعود إلى مواعيدها المعتادة»."], "ar")
    assert [q.speaker for q in quotes] == ["هيئة الطيران المدني"]
