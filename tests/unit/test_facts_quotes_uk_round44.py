"""English quotes and speakers, round 44 (k-spq44): shapes seen on the unseen British pages of rounds 43 and 44
(sport, music and arts copy; hand-made gold, halves A), each in two texts or more across those probes. Every test is
made up with new names and words; the real text stays out of the repository.

- a player described by the country they were capped for ("said the former Wessex Under-20 international") is the
  player named in full before, never a one-word "person" such as a club's nickname;
- an age in brackets after a given name ("Bo (19) said") is no part of the name: the one named in full before, a
  given name of two letters too when the name lists hold it;
- a semicolon typed for the colon after a verb of saying ('Lark, 24, ..., said; "...');
- '"...," before adding: "...' goes on with the one who spoke the quote before.
"""

from __future__ import annotations

from tests.unit.quote_case_checks import said

# --- a capped player described by country ---

_SIGNING = (
    "Tolvik sign fly-half\n\n"
    "Tolvik Harlequins have signed fly-half Corin Maddox from the Ashby Larks on a one-year contract.\n\n"
    "Maddox kicked 140 points for the Larks – mostly from the bench – in the last campaign.\n\n"
)


def test_a_capped_player_described_by_country_is_the_player_named_before() -> None:
    text = _SIGNING + '"This move suits my game," said the former Wessex Under-20 international. "I start on Monday."'
    assert [s for _, s in said(text, "en")] == ["Corin Maddox", "Corin Maddox"]


def test_a_capped_player_without_a_squad_age() -> None:
    text = _SIGNING + '"Tolvik play the way I like," said the ex-Wessex international.'
    assert said(text, "en")[-1][1] == "Corin Maddox"


def test_near_miss_a_capitalised_international_body_is_no_player() -> None:
    text = _SIGNING + '"Transfers must be lodged by May," said the Wessex Rugby International.'
    assert said(text, "en")[-1][1] != "Corin Maddox"


# --- an age in brackets after a given name ---

_GALA = (
    "Gala night in Kessby\n\n"
    "Folk singer Wren Adair took the top prize at the Kessby gala.\n\n"
    "She shared the bill with newcomer Bo Halloran, who won best debut.\n\n"
)


def test_a_two_letter_given_name_with_an_age_in_brackets_is_the_one_named_in_full() -> None:
    text = _GALA + 'Bo (19) said he owed thanks to "my mum, my teachers and the pub that gave me my first gig. Cheers."'
    assert said(text, "en")[-1][1] == "Bo Halloran"


def test_a_given_name_with_an_age_in_brackets() -> None:
    text = _GALA + 'Wren (27) said: "I wrote half of these songs on a night bus."'
    assert said(text, "en")[-1][1] == "Wren Adair"


def test_near_miss_a_given_name_no_one_was_named_with_stays_as_written() -> None:
    text = _GALA + 'Jo (19) said: "I never expected to win anything tonight."'
    assert said(text, "en")[-1][1] == "Jo"


def test_near_miss_a_body_with_its_acronym_in_brackets_keeps_it() -> None:
    text = _GALA + 'The Kessby Folk Trust (KFT) said: "Ticket sales doubled this year."'
    assert "Kessby Folk Trust (KFT)" in (said(text, "en")[-1][1] or "")


# --- a semicolon for the colon after a verb of saying ---

_COURT = (
    "Lark through in Ashby\n\n"
    "Nell Lark beat the ninth seed Oda Brenn in three sets at the Ashby Classic.\n\n"
    "Earlier, Danish qualifier Sune Hald knocked out the top seed Piet Varga.\n\n"
)


def test_a_semicolon_after_said_ends_a_long_introduction() -> None:
    text = (
        _COURT + 'Lark, 24, seeded 30 places below her rival at 95 on the tour, said; "My serve held up. I feel fresh."'
    )
    assert said(text, "en")[-1][1] in ("Lark", "Nell Lark")


def test_near_miss_a_semicolon_after_another_verb_introduces_nothing() -> None:
    # (no verb of saying before the semicolon: the quote keeps its old reading)
    before = _COURT + 'Lark, 24, seeded 30 places below her rival at 95 on the tour, stumbled; "My serve held up."'
    assert all(speaker not in ("Lark", "Nell Lark") for _, speaker in said(before, "en"))


# --- "before adding:" after a quote ---

_PIER = "Kessby pier reopens\n\nThe pier trust said visitor numbers rose by a fifth over the summer.\n\n"


def test_before_adding_after_a_quote_goes_on_with_its_speaker() -> None:
    text = _PIER + (
        'Hattie Lowell, who chairs the trust, said: "The boards are sound again," before adding: '
        '"Next year we paint the railings. The cafe opens in April."'
    )
    assert [s for _, s in said(text, "en")] == ["Hattie Lowell", "Hattie Lowell"]


def test_before_adding_in_a_sentence_that_opens_with_the_quote() -> None:
    text = _PIER + (
        'Hattie Lowell, who chairs the trust, said. "The boards are sound again," before adding: '
        '"Next year we paint the railings."'
    )
    assert said(text, "en")[-1][1] == "Hattie Lowell"


def test_near_miss_adding_after_a_pronoun_attribution_keeps_the_pronoun_reading() -> None:
    text = _PIER + (
        'Trustee Abel Quayle walked the boards. "It feels solid," he said, before adding: "The lights come next."'
    )
    assert [s for _, s in said(text, "en")] == ["Abel Quayle", "Abel Quayle"]
