"""Round 56 (k-enb56): listed firms named bare in market round-ups that quote prices to the cent in a currency
written before the number (South African, Malaysian, Kenyan and Nigerian copy: "rose 3.15% to R184.60"), and the
participles of a round-up's absolute clause ("with Karoo Gold picking up 5.2% to R23.75")
(`org_share_movers`). Near misses: an exchange rate ("to R17.64 to the dollar") and a price per unit ("to R21.40
a gram", "to N650.50 a litre") name no firm.
"""

from __future__ import annotations

import pytest

from briefing_app.core.facts.org_share_movers import share_movers


def _movers(text: str) -> list[str]:
    return [name for _, _, name in share_movers(text)]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "In the miners, Zelvor was up 2.44% to R302.45, with Karoo Gold picking up 5.2% to R23.75.",
            ["Zelvor", "Karoo Gold"],
        ),
        (
            "Vantor Mining rose 3.15% to R184.60 and Pell Fields lifted 3.3% to R71.10.",
            ["Vantor Mining", "Pell Fields"],
        ),
        ("Tamsin Bank was down 1.07% to R64.90, with Dorrel Africa losing 1.9% to R98.40.", ["Dorrel Africa"]),
        ("Quorvel was up 0.6% to RM7.42 on Tuesday.", ["Quorvel"]),
        ("Kelvar rose 2% to R21.40 a share.", ["Kelvar"]),
    ],
)
def test_firms_moving_to_a_local_price_to_the_cent(text: str, firms: list[str]) -> None:
    found = _movers(text)
    for firm in firms:
        assert firm in found


@pytest.mark.parametrize(
    "text",
    [
        "The Rand weakened 1.2% to R17.64 to the dollar.",
        "Gold was up 1.2% to R21.40 a gram.",
        "Petrol rose 3% to N650.50 a litre.",
        "Vantor Mining rose 3.15% to R184 million in the year.",
    ],
)
def test_rates_and_unit_prices_name_no_firm(text: str) -> None:
    assert _movers(text) == []
