"""A body named by its purpose keeps it ("Committee against Torture"); a court or council acting against a
country does not take the country into its name (made-up sentences, real country names)."""

from __future__ import annotations

import pytest

from tests.unit.facts_helpers import facts_of


def organisations(text: str) -> set[str]:
    return {f.text for f in facts_of([text]) if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Charges were filed at the International Criminal Court against Sudan's president in 2009.",
         "International Criminal Court"),
        ("The Arbitration Council against Norway heard the case.", "Arbitration Council"),
        ("Lawyers took the Regional Court against South Sudan in March.", "Regional Court"),
    ],
)  # fmt: skip
def test_a_country_after_against_is_no_part_of_the_name(text: str, body: str) -> None:
    found = organisations(text)
    assert body in found
    assert not any(" against " in name for name in found)


@pytest.mark.parametrize(
    "name", ["Committee against Torture", "Coalition against Hunger", "Alliance Against Noise Pollution"]
)
def test_a_purpose_after_against_stays_in_the_name(name: str) -> None:
    assert name in organisations(f"The {name} published its report on Tuesday.")
