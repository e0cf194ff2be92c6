"""companies.tsv: exactly what its maintained source gives, and read as organisations."""

from __future__ import annotations

from types import ModuleType

from briefing_app.core.facts.gazetteer import lookup
from tests.conftest import ROOT, load_script


def _builder() -> ModuleType:
    return load_script("build_companies")


def test_shipped_companies_are_exactly_the_generated_ones() -> None:
    shipped = (ROOT / "briefing_app" / "resources" / "gazetteer" / "companies.tsv").read_text(encoding="utf-8")
    assert shipped == _builder().build(), "companies.tsv differs from its source: run scripts/build_companies.py"


def test_legal_forms_and_share_classes_are_not_part_of_the_news_name() -> None:
    news_name = _builder().news_name
    assert news_name("Arthur J. Gallagher & Co.") == "Arthur J. Gallagher"
    assert news_name("Anglo American plc") == "Anglo American"
    assert news_name("LifcoB") == "Lifco"
    assert news_name("Berkeley Group Holdings", frozenset({"Berkeley"})) == "Berkeley Group"


def test_large_listed_companies_are_organisations_by_their_news_name_and_full_name() -> None:
    for name in ("Rheinmetall", "Hannover Re", "Lloyds Banking Group", "Anglo American"):
        entry = lookup(name)
        assert entry is not None and entry.kind == "organisation", name


def test_names_a_reader_cannot_tell_from_ordinary_words_are_left_out() -> None:
    for word in ("Compass", "Progressive", "Admiral", "Block"):
        entry = lookup(word)
        assert entry is None or entry.kind != "organisation", word


def test_a_listed_company_named_bare_in_business_copy_is_an_organisation() -> None:
    from tests.unit.facts_helpers import facts_of

    facts = facts_of(["Analysts at Rheinmetall and Hannover Re said the Tolvik Water Board deal was sound."])
    orgs = [f.text for f in facts if f.kind == "organisation"]
    assert "Rheinmetall" in orgs and "Hannover Re" in orgs


def test_a_venue_named_after_its_sponsor_is_not_the_company() -> None:
    from tests.unit.facts_helpers import facts_of

    facts = facts_of(["Riverton Rovers beat Northfield City at the Rheinmetall Arena on Saturday."])
    assert "Rheinmetall" not in [f.text for f in facts if f.kind == "organisation"]
