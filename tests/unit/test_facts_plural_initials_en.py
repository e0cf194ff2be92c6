"""people: a list of names after the plural of an office written by its initials ("Labour MPs A and B", "Scottish
MSPs A and B", "Tory MPs A, B and C") is a list of people, each with that office; no "name" is read from inside the
plural ("Ps A", "MPs A"). Words of other shapes before a list read as before. Made-up sentences."""

from __future__ import annotations

from tests.unit.facts_helpers import local_roles as _roles
from tests.unit.facts_helpers import local_texts


def organisations(text: str) -> set[str]:
    return local_texts(text, "organisation")


def test_each_member_after_plural_initials_holds_the_office() -> None:
    roles = _roles("Labour MPs Sarah Quill and Owen Barr voted against the plan.")
    assert roles == {"Sarah Quill": "Labour MPs", "Owen Barr": "Labour MPs"}
    roles = _roles("Tory MPs Ian Dorr, Kate Lyle and Mark Fenn abstained.")
    assert roles == {"Ian Dorr": "Tory MPs", "Kate Lyle": "Tory MPs", "Mark Fenn": "Tory MPs"}
    roles = _roles("Scottish MSPs Ella Munro and Hugh Baird objected to the bill.")
    assert set(roles) == {"Ella Munro", "Hugh Baird"}
    assert all(role is not None and role.endswith("MSPs") for role in roles.values())


def test_no_name_is_read_from_inside_the_plural() -> None:
    roles = _roles("MPs Lucy Bram and Joe Tarn spoke in the debate.")
    assert set(roles) == {"Lucy Bram", "Joe Tarn"}


def test_near_misses_read_as_before() -> None:
    # a singular office, and capitals that are no office's initials ("NGOs", "ABCs"): nothing changes
    assert _roles("Labour MP Nick Rowe voted for it.") == {"Nick Rowe": "Labour MP"}
    roles = _roles("Aid groups and NGOs Alma Reyes and Tim Sole visited the camp.")
    assert all(role is None or "NGOs" not in role for role in roles.values())


def test_an_adjective_before_the_plural_is_the_offices_not_a_name_or_a_party() -> None:
    # "Fellow MEPs A and B": the sentence's first word a title list may hold, then the plural; neither is a name
    roles = _roles("Fellow MEPs Sarah Quill and Owen Barr voted against.")
    assert roles == {"Sarah Quill": "Fellow MEPs", "Owen Barr": "Fellow MEPs"}
    # "Fellow Labour MPs": the party is Labour, no party "Fellow Labour"
    names = organisations("Fellow Labour MPs Sarah Quill and Owen Barr voted against.")
    assert "Labour" in names and "Fellow Labour" not in names
    # (near miss: a party that is a run of two capitalised words keeps both)
    assert "Fine Gael" in organisations("Fine Gael TDs Ann Roe and Tom Dunne walked out.")
