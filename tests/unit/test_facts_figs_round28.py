"""Round 28, English figures of sport, entertainment, politics and crime: made-up sentences of the shapes read
on news pages, with near misses that keep their old reading."""

from __future__ import annotations

from tests.unit.figure_helpers import counts_of, figures_of


def _values(text: str) -> list[float]:
    return [f.value for f in figures_of(text) if f.value is not None]


# A verb alone was the reading of a sum after it: the verb's subject is what earned it.
def test_subject_of_earning_verb() -> None:
    counts = counts_of('Northfield\'s family film "Harbour Lights" collected $6.1 million from 3,346 screens.', "en",
                       6_100_000)  # fmt: skip
    assert "Harbour Lights" in counts and "collected" in counts


def test_subject_of_participle_after_comma() -> None:
    counts = counts_of("The thriller Nightfall struggled at the box office, only making an estimated $7.5 million.",
                       "en", 7_500_000)  # fmt: skip
    assert "Nightfall" in counts


def test_subject_past_apposition_in_quotes() -> None:
    counts = counts_of('His last release, "Low Tide," began with 957,000 at No. 1 last year.', "en", 957_000)
    assert "Low Tide" in counts


def test_subject_past_a_participle_aside() -> None:
    # "The remake, starring X, cost ...": the name is the participle's object, the remake what cost the sum
    counts = counts_of("The remake, starring Dana Vell, cost $120m to make.", "en", 120_000_000)
    assert counts.startswith("remake") and "Vell" not in counts
    counts = counts_of("The sequel, featuring Tom Arden, took $9m in its first weekend.", "en", 9_000_000)
    assert counts.startswith("sequel") and "Arden" not in counts
    # (near miss: an apposition that is no participle's object is the subject itself)
    assert counts_of("Harbour Films, the studio, took $12m.", "en", 12_000_000).startswith("Harbour Films")


def test_subject_not_taken_for_pronoun_or_subject_figure() -> None:
    assert counts_of("It made $5 million.", "en", 5_000_000) == "made"
    assert "watched" in counts_of("The show drew the biggest audience as 8 million watched.", "en", 8_000_000)
    assert counts_of("Sony's new film took $6 million in ticket sales.", "en", 6_000_000).startswith("ticket sales")


# A score used as an adjective of its result noun, and a move on a chart: no figures.
def test_score_before_result_noun() -> None:
    assert _values("Greenvale suffered a second loss after their 0-2 defeat against Millbrook.") == []
    assert _values("Arlow came from behind for a 2-1 home win over Dunmore.") == []


def test_chart_move() -> None:
    assert _values("The album falls 6-8 with 162,000 copies.") == [162_000]
    assert _values("Her album declines in its second week, dropping 1-4 with 257,000.") == [257_000]


def test_ranges_stay_ranges() -> None:
    assert _values("Shares of the company rose 3-4 percent on Monday.") == [3]
    assert _values("The dispute lasted 2-3 days.") == [2]
    assert _values("Children aged 8-10 were tested.") == [8]
    assert sorted(_values("The Senate voted 51-49 in favour.")) == [49, 51]


# A number inside a quoted title is a word of the name.
def test_number_in_quoted_title() -> None:
    assert _values("The network's “60 Minutes” drew the biggest audience.") == []
    assert _values('His album "808s & Heartbreak" sold 450,000 copies.') == [450_000]


def test_quoted_quantity_stays() -> None:
    assert _values("He believed “140 or so” of his colleagues had voted against.") == [140]


# A count given to a team named right before it.
def test_points_given_to_named_team() -> None:
    assert "points" in counts_of("Five wins and a draw leaves Town 12 points clear of Leeds.", "en", 12)
    assert "points" in counts_of("The result put Labour 5 points ahead of the Conservatives.", "en", 5)


def test_named_numbers_stay_names() -> None:
    assert _values("The crew of Apollo 11 landed on the Moon.") == []
    assert _values("They flew the Boeing 747 to London.") == []


# A figure placed "with" in a ranking counts what the subject that placed took.
def test_placed_with_in_ranking() -> None:
    assert "Quiet Harbour" in counts_of('Paramount’s “Quiet Harbour” slid to second place with $9.4 million from 3,401 '
                                        "locations.", "en", 9_400_000)  # fmt: skip
    assert "Long Road" in counts_of(
        'The band\'s third album, "Long Road," enters at No. 6 with 193,000.', "en", 193_000
    )


def test_placed_with_own_noun_kept() -> None:
    assert counts_of("Arsenal finished third with 12 points.", "en", 12).startswith("points")
    assert "Jones" in counts_of("Jones came second with 30 percent of the vote.", "en", 30)


# Figures of a list of deeds keep their own nouns before an "and ... two of his four X".
def test_listed_counts_keep_own_noun() -> None:
    text = "He made five clearances, blocked four shots, made one interception and won two of his four aerial duels."
    assert counts_of(text, "en", 1) == "interception"
    assert counts_of(text, "en", 2) == "aerial duels"
    assert counts_of("Google and Yahoo have about 4% and 11% of the world's Internet users.", "en", 4).endswith("users")


def test_subject_not_taken_for_a_named_sum_or_infinitive() -> None:
    text = "He penned a contract worth £100,000 a week to become the record signing, topping the £31.8 million paid."
    assert counts_of(text, "en", 31_800_000) == "topping (paid)"


# A bare number after a second participle joined by "and" counts what the first one's figure counts.
def test_joined_participle_ellipsis() -> None:
    text = "She played a pivotal role after scoring nine goals and creating 13, and left in May."
    assert counts_of(text, "en", 13).startswith("goals")


# A sum converted into a list of currencies in one bracket: each conversion counts what the sum counts.
def test_bracketed_list_of_conversions() -> None:
    text = "Harbour United signed the midfielder for £45 million ($58m, 49.4m euros) on Wednesday."
    assert counts_of(text, "en", 49_400_000) == counts_of(text, "en", 45_000_000)


def test_perfect_participle_and_auxiliary_subject() -> None:
    text = "The movie has found a receptive audience, having grossed $57.3 million domestically to date."
    assert counts_of(text, "en", 57_300_000).startswith("movie")
    assert counts_of("The documentary has collected $3 million so far.", "en", 3_000_000).startswith("documentary")


# Names of a broadcast's season and ratings: no figures.
def test_season_and_ratings_names() -> None:
    assert _values("The audience for season eight episodes has reached 44 million.") == [44_000_000]
    assert _values("The network said the Live+7 viewing will grow to 24 million.") == [24_000_000]
    assert _values("The club is a series 3 points clear.") == [3]


# Poll and election copy.
def test_party_on_share() -> None:
    text = "The Greens had the support of 17% of voters with the Liberals on 8%."
    assert counts_of(text, "en", 8) == "Liberals"
    text = "Polls from Harwood and Pellington show Labour on 34 per cent and 38 per cent respectively, with the " \
           "Conservatives behind on 27 and 31 per cent."  # fmt: skip
    assert counts_of(text, "en", 38) == "Labour"
    assert counts_of(text, "en", 27) == "Conservatives"
    assert counts_of(text, "en", 31) == "Conservatives"


def test_share_not_given_to_a_phrase_with_on() -> None:
    assert "Labour" not in counts_of("Based on 40% of the ballots counted, Labour leads.", "en", 40)


def test_part_and_whole_in_bracket_after_share() -> None:
    text = "The commission certified results from 98.1% of polling units (5,286 out of 5,390) on Thursday."
    assert "polling units" in counts_of(text, "en", 5_286)
    assert "polling units" in counts_of(text, "en", 5_390)


def test_gb_adults_are_no_gigabytes() -> None:
    found = [f for f in figures_of("The pollster interviewed 1,001 GB adults by telephone.") if f.value == 1_001]
    assert found and found[0].unit is None and found[0].counts == "adults"
    found = [f for f in figures_of("The phone has 128 GB of storage.") if f.value == 128]
    assert found and found[0].unit == "gigabytes"


def test_subject_with_apposition_and_hyphened_party() -> None:
    text = "Ahmet Koral won 52.10 per cent while his rival Selim Varol, 74, the leader of the centre-left People’s " \
           "Party, received 47.90 per cent."  # fmt: skip
    assert "Varol" in counts_of(text, "en", 47.9)


def test_chart_move_with_sales_and_bracketed_label() -> None:
    text = 'Her album "Blue Hours" (Northline) declines by 47% in its second week, dropping 1-4 with 257,000.'
    assert "Blue Hours" in counts_of(text, "en", 257_000)
    assert "Blue Hours" in counts_of(text, "en", 47)


# What befell the counted: those on board, a sale's price, a passive's phrase of kind.
def test_people_on_board() -> None:
    assert counts_of("The crash killed all 47 on board and left wreckage strewn for miles.", "en", 47).startswith(
        "people on board"
    )
    assert counts_of("The plane crashed with 150 people on board.", "en", 150) == "people on board"


def test_price_of_a_passive_sale() -> None:
    assert counts_of("The painting was sold for $5 million at auction.", "en", 5_000_000) == "painting (sold)"
    assert counts_of("The city bought the land for $5 million.", "en", 5_000_000) != "land (sold)"


def test_passive_phrase_tells_figures_apart() -> None:
    text = "Of this amount, $1,800,000 was collected in criminal actions and $137,000 was collected in civil actions."
    assert counts_of(text, "en", 1_800_000) == "collected in criminal actions"
    assert counts_of(text, "en", 137_000) == "collected in civil actions"
    assert counts_of("Twelve were killed in the attack on Monday.", "en", 12) == "killed (in the attack)"


# A range whose first end leaves its scale word to the second, and a sum in a currency with no code.
def test_hyphened_to_range_with_scale() -> None:
    found = [f for f in figures_of("The airline loses around 12-to-15 billion rupees annually.") if f.value]
    assert found and found[0].value == 12_000_000_000 and found[0].value_max == 15_000_000_000
    assert "loses" in (found[0].counts or "")
    assert [f.value_max for f in figures_of("The 12- to 18-month campaign ended.")] == [18]


def test_sum_before_a_capitalised_title_is_a_figure() -> None:
    text = "The studio boarded the $14 million Harbour, a drama about a fishing town, at the script stage."
    assert "Harbour" in counts_of(text, "en", 14_000_000)
    assert _values("Its orbit is like 41 Tolvika, which is a small asteroid.") == []


# A set's score and its tie-break, and the halves of a draw: no figures.
def test_tie_break_in_brackets() -> None:
    assert _values("The 36-year-old Marsh beat Dalton 6-4, 7-6 (3) on Tuesday.") == [36]
    assert _values("Oakes won 6-7 (5-7), 6-1, 6-4 against Brenner.") == []


def test_top_half_of_a_draw() -> None:
    assert _values("There will be an all-Swiss semifinal in the top half of the men's draw.") == []
    assert _values("Almost half of the voters stayed home.") == [0.5]


def test_weekend_is_no_span_of_weeks() -> None:
    found = [f for f in figures_of("The film took $18 million over the three-day weekend.") if f.value == 3]
    assert found and found[0].unit == "days"
    found = [f for f in figures_of("The film topped the box office for two weekends.") if f.value == 2]
    assert found and found[0].unit is None
