"""lede_roles: political copy may open with the office alone and name its holder in the next sentence ("The Premier
has rejected calls ... | Jana Roe said ..."); the office is her role. Made-up sentences of that shape, with near misses
(an office that reports on someone else, a part of a body, the one the office acts on) that keep no role."""

from __future__ import annotations

from tests.unit.facts_helpers import local_roles as _roles


def test_an_office_opening_the_lede_is_the_role_of_the_one_named_next() -> None:
    roles = _roles(
        "The Premier has rejected calls for a second vote on the budget papers. "
        "Jana Morrow said the first vote was final."
    )
    assert roles["Jana Morrow"] == "Premier"
    # written in capitals, as some papers open a story, and naming the one the office acted on after it
    roles = _roles(
        "THE TAOISEACH backed his transport chief in a row over rail delays on Tuesday. "
        "Conal Brady told the chamber that Tess Orrin would stay in the post."
    )
    assert roles["Conal Brady"] == "TAOISEACH"
    assert roles.get("Tess Orrin") is None


def test_the_lede_office_near_misses_keep_no_role() -> None:
    # an office that reports on the one named next
    roles = _roles("The coroner has opened an inquest into the crash. Jana Morrow, 42, died at the scene.")
    assert roles.get("Jana Morrow") is None
    # a part of a body, not the office itself
    roles = _roles("The head of the water agency has resigned. Jana Morrow said she was sorry.")
    assert roles.get("Jana Morrow") is None
    # the one the office acted on in the lede is not its holder
    roles = _roles("The Premier has sacked Tess Orrin from the cabinet. Tess Orrin said she would fight on.")
    assert roles.get("Tess Orrin") is None
    # the name does not open the next sentence
    roles = _roles("The Premier has rejected calls for a vote. Critics said Jana Morrow had misled them.")
    assert roles.get("Jana Morrow") is None


def test_irish_offices_are_roles_before_a_name() -> None:
    roles = _roles("Tánaiste Conal Brady opened the debate on Tuesday afternoon.")
    assert roles["Conal Brady"] == "Tánaiste"
