"""BBC entertainment copy of 2004-05 introduces a work's title by its kind opening the sentence ("Thriller The Quiet
Hour has taken the top spot") and a play by its staging ("the West End revival of The Glass Garden"): the title is no
organisation, and a soap after its network's initials ("ITV soap Harbour Lane", "Channel 4 drama X") is no place
(round 53, invented copy; work_titles._INTRODUCED)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def kinds(*sentences: str) -> dict[str, str]:
    return {f.text: f.kind for f in facts_of(list(sentences)) if f.kind in ("person", "organisation", "place")}


@pytest.mark.parametrize(
    ("sentences", "title"),
    [
        (
            ("Thriller The Quiet Hour has gone straight to number one at the box office.", "The Quiet Hour cost about $40m."),
            "The Quiet Hour",
        ),
        (("Comedy The Late Shift topped the chart, taking $9m.",), "The Late Shift"),
        (("She won for her role in the West End revival of The Glass Garden.",), "The Glass Garden"),
        (("The studio is planning a remake of The Iron Coast, due in 2006.",), "The Iron Coast"),
        (("The final episode of ITV soap Harbour Lane was watched by 12 million viewers.",), "Harbour Lane"),
        (("It beat Channel 4 drama Kessby Road in the ratings.",), "Kessby Road"),
    ],
)
def test_a_title_is_no_body(sentences: tuple[str, ...], title: str) -> None:
    assert title not in kinds(*sentences)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Comedy Central, the US channel, said it would show the series.", "Comedy Central", "organisation"),
        ("Drama Centre London has closed.", "Drama Centre", "organisation"),
        ("Kessby Road was closed on Monday.", "Kessby Road", "place"),  # no network's kind before it
        ("The UK firm Kessby Data said sales rose.", "Kessby Data", "organisation"),
        ("The revival of Leeds United has thrilled fans.", "Leeds United", "organisation"),
        ("Film director Paul Renwick said he was thrilled.", "Paul Renwick", "person"),
    ],
)
def test_near_misses_keep_their_kind(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind
