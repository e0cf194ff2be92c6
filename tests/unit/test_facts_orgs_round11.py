"""Organisations, round 11: classes of construction seen failing on real news, each tested on sentences written
for these tests (made-up names only)."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _orgs(paragraph: str) -> list[str]:
    return [f.text for f in facts_of([paragraph]) if f.kind == "organisation"]


def test_a_file_name_is_no_site() -> None:
    orgs = _orgs("Download README.md, setup.py and test_io.rs from the Tolvik archive.")
    assert not any("." in o for o in orgs)
    # a site named by its address, country domains included, stays an organisation
    assert "Kessa.md" in _orgs("The report was first published by Kessa.md on Monday.")
