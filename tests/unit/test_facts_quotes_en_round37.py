"""English quotes, speakers, people and roles: classes found by reading whole real English news pages nobody here
had tuned on (police statements and appeals, court and prosecutors' copy, Westminster rows, company leaders, local
and national sport; the search tool's stored pages, annotated by hand first). Every test is written again with
made-up names and sentences; the real text stays out of the repository."""

from __future__ import annotations

from tests.unit.quote_case_checks import said


def test_a_family_name_opening_a_colon_introduction_speaks_not_the_name_after_its_verb() -> None:
    text = (
        "Council row\n\n"
        "The council leader Jane Roe spoke at the meeting on Tuesday.\n\n"
        "Roe addressed the long delay that led to Tom Weller's complaint directly: "
        '"The delay was our fault and we will put it right."'
    )
    assert said(text, "en")[-1][1] == "Jane Roe"
    text = (
        "Council row\n\n"
        "The council leader Jane Roe spoke at the meeting on Tuesday.\n\n"
        'Roe later praised Tom Weller in a post: "He did a fine job."'
    )
    assert said(text, "en")[-1][1] == "Jane Roe"
    # (near miss: a common noun opening the introduction is no name; the group speaks, not Roe or Weller)
    text = (
        "Council row\n\n"
        "The council leader Jane Roe spoke at the meeting on Tuesday.\n\n"
        "Officials warned Tom Weller's neighbours on Monday: "
        '"Lock your doors at night."'
    )
    assert said(text, "en")[-1][1] not in ("Jane Roe", "Tom Weller")
