"""Egyptian copy writes a name's final ya without its dots in some lines and with them in others ("زكي", "زكى"),
and a glued preposition with a quantifier can follow a titled name ("أشاد الدكتور X Y بجميع العاملين"): one
person either way, with no quantifier in the name. Made-up sentences with invented names; the near misses keep
their reading."""

from __future__ import annotations

from briefing_app.core.facts.people_index import fold
from tests.unit.facts_helpers import people_roles


def test_a_final_ya_without_dots_names_the_same_person() -> None:
    roles = people_roles(
        [
            "أكد الدكتور كامل زكي مدير مستشفى النور أن الأجنحة الجديدة ستفتح الشهر المقبل.",
            "وأشاد الدكتور كامل زكى بجميع العاملين في المستشفى.",
        ],
        "ar",
    )
    assert list(roles) == ["كامل زكي"]


def test_a_glued_quantifier_after_a_titled_name_is_no_part_of_it() -> None:
    roles = people_roles(["وأشاد الدكتور نادر الخطيب بجميع الفرق الطبية."], "ar")
    assert list(roles) == ["نادر الخطيب"]


def test_folding_joins_the_final_ya_spellings_only() -> None:
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("كامل زكى") == fold("كامل زكي")
    # (near miss: other letters stay apart)
    assert fold("الحسني") != fold("الحسيني")
