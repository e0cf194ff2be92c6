"""A family named by its surname in the plural ("the Roes", "the Holmbergs") is no organisation.

English names a married couple or a family by the plural of their surname. A one-word "body" that is the plural
of the family name of a person the article names is that family: its members are people the article already
lists, and no company, party or agency.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.core.facts.model import Fact


def _plurals(surname: str) -> set[str]:
    # "Roe" -> "Roes"; "Jones" -> "Joneses"; "Bush" -> "Bushes"
    return {surname + "s", surname + "es"}


def drop_family_plurals(named: list[Fact], persons: Sequence[Fact], language: str) -> list[Fact]:
    """`named` less the one-word organisations that are the plural of a person's family name."""
    if language != "en":
        return named
    families = {p for person in persons if " " in person.text for p in _plurals(person.text.rsplit(" ", 1)[1])}
    return [f for f in named if not (f.kind == "organisation" and f.text in families)]
