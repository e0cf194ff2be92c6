"""American city councils' aldermen, forty-seventh round: papers write the title abbreviated before the name
("Ald. Jane Roe"), and often the district the member sits for between the name and the verb ('"...," Ald. Jane Roe,
District 6, said'). The abbreviation is a title as "Coun." and "Cllr" are, and an abbreviated title before a name set
off by commas makes it the speaker as a person noun does. Every sentence and name is made up; each case has a
look-alike that must keep its reading.
"""

from __future__ import annotations

from briefing_app.core.facts.speaker_after import speaker_named_after
from tests.unit.facts_helpers import people_roles, quotes_of


def test_an_alderman_abbreviated_before_a_name_is_the_role() -> None:
    roles = people_roles(["Ald. Mary Finch, District 3, backed the plan with Ald. Tom Reeve, District 9."])
    assert roles.get("Mary Finch") == "Ald."
    assert roles.get("Tom Reeve") == "Ald."


def test_a_name_without_the_title_has_no_role_from_it() -> None:
    # (near miss: the same sentence without the title gives no role, and the district is no role either)
    roles = people_roles(["Mary Finch, District 3, backed the plan with Tom Reeve, District 9."])
    assert roles.get("Mary Finch") is None


def test_a_quote_by_an_alderman_with_her_district_between_name_and_verb() -> None:
    quotes = quotes_of(
        [
            "The council met on Tuesday.",
            "“Road safety is the biggest issue in my ward,” Ald. Mary Finch, District 3, said.",
        ]
    )
    assert [q.speaker for q in quotes] == ["Mary Finch"]


def test_the_abbreviated_title_reads_as_a_person_noun_before_an_apposition() -> None:
    assert speaker_named_after(" Ald. Mary Finch, District 3, said.", "en") == "Mary Finch"
    assert speaker_named_after(" photographer Tom Reller, who visited the site, said.", "en") == "Tom Reller"
    # (near misses: a capitalised word with a full stop that is no title, and an owner of the one named, keep theirs)
    assert speaker_named_after(" Inc. Mary Finch, District 3, said.", "en") is None
    assert speaker_named_after(" the family of Tom Reller, who died, said.", "en") != "Tom Reller"
