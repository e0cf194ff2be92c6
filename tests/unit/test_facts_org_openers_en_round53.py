"""BBC technology and music copy of 2004-05 names bodies whose first word is no job and no date (round 53, invented
copy): "the Official Charts Company" (an adjective, not the role noun "official": org_names) and "the 3GSM World
Congress" (a word opening with its digits: orgs.EN_TAIL_RUN, org_names.trim_org_words). The whole name is kept."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def bodies(*sentences: str) -> set[str]:
    return {f.text for f in facts_of(list(sentences)) if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Downloads outsold CD singles for the first time, the Official Charts Company has said.",
            "Official Charts Company",
        ),
        ("The Official Charts Company said sales rose.", "Official Charts Company"),
        ("Operators are showing handsets at the 3GSM World Congress in Cannes this week.", "3GSM World Congress"),
        ("The 3GSM World Congress opened on Monday.", "3GSM World Congress"),
    ],
)
def test_the_whole_name(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A senior official at Kessby Trading Company said sales rose.", "Kessby Trading Company"),
        ("The Department of Defense Nanosat-2 Program ended.", "Department of Defense"),  # a model's code is cut
        ("Some 12 Labour Party members met on Monday.", "Labour Party"),
    ],
)
def test_near_misses_unchanged(text: str, body: str) -> None:
    assert body in bodies(text)
