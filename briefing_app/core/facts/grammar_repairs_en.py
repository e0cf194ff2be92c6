"""The last English readings of what a figure counts, each a shape of grammar the cascade in `counted` misreads:
a sum after a gerund of handling money, the ends of "a drop in X from A to B", "a 67% increase to its dividend",
a price per share written as a compound adjective, a bare gap to a rival in a table, a part of a whole named only
by a pronoun, a share before a participle of state, a figure in apposition to the subject, a figure that repeats
the participle of the one before, a sum followed by the kind of money, a level in an absolute "with" phrase, the
levels of a ranking, a sum valued in a market, a margin set to a figure, a figure in brackets, a figure read as
its subject's time. Each lives in its own module; this one only runs them in order, after every other reading (they
repair readings, so they come last)."""

from __future__ import annotations

from briefing_app.core.facts.abbreviated_objects_en import abbreviated_objects
from briefing_app.core.facts.adverb_levels_en import adverb_levels
from briefing_app.core.facts.adverb_readings_en import adverb_readings
from briefing_app.core.facts.amounting_to_en import amounting_to
from briefing_app.core.facts.apposed_subjects import apposed_subjects
from briefing_app.core.facts.appositive_changes_en import appositive_changes
from briefing_app.core.facts.appositive_figures import appositive_figures
from briefing_app.core.facts.aside_subjects_en import aside_subjects
from briefing_app.core.facts.basis_measures_en import basis_measures
from briefing_app.core.facts.before_tax_measures_en import before_tax_measures
from briefing_app.core.facts.benchmark_of_en import benchmark_of
from briefing_app.core.facts.bracket_figures import bracketed_figures
from briefing_app.core.facts.bracket_restated_en import bracket_restated
from briefing_app.core.facts.bracketed_changes_en import bracketed_changes
from briefing_app.core.facts.brought_levels_en import brought_levels
from briefing_app.core.facts.change_baselines_en import change_baselines
from briefing_app.core.facts.change_chains_en import change_chains
from briefing_app.core.facts.change_levels_en import change_levels
from briefing_app.core.facts.change_spans_en import change_spans, changes_to, changes_to_levels_in
from briefing_app.core.facts.compared_brackets_en import compared_brackets
from briefing_app.core.facts.contact_baselines_en import contact_baselines
from briefing_app.core.facts.coordinated_changes_en import coordinated_changes
from briefing_app.core.facts.copula_ages_en import copula_ages
from briefing_app.core.facts.dated_subjects_en import dated_subjects
from briefing_app.core.facts.discourse_openers_en import without_openers
from briefing_app.core.facts.excluded_subjects_en import excluded_subjects
from briefing_app.core.facts.followed_by_en import followed_by
from briefing_app.core.facts.fraction_units_en import fraction_units
from briefing_app.core.facts.from_to_levels_en import from_to_levels
from briefing_app.core.facts.fronted_levels_en import fronted_levels
from briefing_app.core.facts.gapped_changes_en import gapped_change_nouns, gapped_changes
from briefing_app.core.facts.gapped_results_en import gapped_results
from briefing_app.core.facts.gerund_subjects_en import gerund_subjects
from briefing_app.core.facts.group_parts_en import group_parts
from briefing_app.core.facts.had_objects_en import had_objects
from briefing_app.core.facts.hollow_readings_en import hollow_readings
from briefing_app.core.facts.index_moves_en import index_moves
from briefing_app.core.facts.ing_changes_en import ing_changes
from briefing_app.core.facts.listed_brackets_en import listed_brackets
from briefing_app.core.facts.listed_moves_en import listed_moves
from briefing_app.core.facts.listed_place_subjects_en import listed_place_subjects
from briefing_app.core.facts.margins_en import margins
from briefing_app.core.facts.marks_from_en import marks_from
from briefing_app.core.facts.measure_phrases_en import measure_phrases
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.money_gerunds import money_gerunds
from briefing_app.core.facts.money_kinds import money_kinds
from briefing_app.core.facts.noun_changes_en import noun_changes
from briefing_app.core.facts.object_changes_en import object_changes
from briefing_app.core.facts.of_which_parts_en import of_which_parts
from briefing_app.core.facts.parallel_clauses_en import parallel_clauses
from briefing_app.core.facts.parallel_participles import parallel_participles
from briefing_app.core.facts.participle_baselines_en import participle_baselines
from briefing_app.core.facts.per_share_compounds import per_share_compounds
from briefing_app.core.facts.per_share_measures_en import per_share_measures
from briefing_app.core.facts.percent_states_en import percent_states
from briefing_app.core.facts.placed_readings_en import placed_readings
from briefing_app.core.facts.possessive_gaps_en import possessive_gaps
from briefing_app.core.facts.present_changes_en import present_changes
from briefing_app.core.facts.price_basis_en import price_basis
from briefing_app.core.facts.pronoun_wholes import pronoun_wholes
from briefing_app.core.facts.purpose_participles_en import purpose_participles
from briefing_app.core.facts.ranging_heads_en import ranging_heads
from briefing_app.core.facts.ranked_measures import ranked_measures
from briefing_app.core.facts.rate_compounds_en import rate_compounds
from briefing_app.core.facts.rate_sums_en import rate_sums
from briefing_app.core.facts.rated_things_en import rated_things
from briefing_app.core.facts.relative_levels_en import relative_levels
from briefing_app.core.facts.removed_from import removed_from
from briefing_app.core.facts.reported_clauses_en import reported_clauses
from briefing_app.core.facts.restated_wholes_en import restated_wholes
from briefing_app.core.facts.running_spans_en import running_spans
from briefing_app.core.facts.said_when_sums import said_when_sums
from briefing_app.core.facts.sentence_terms import sentence_terms
from briefing_app.core.facts.session_levels_en import session_levels
from briefing_app.core.facts.share_more_en import share_more
from briefing_app.core.facts.share_phrases_en import share_phrases
from briefing_app.core.facts.slash_unit_attributes_en import slash_unit_attributes
from briefing_app.core.facts.spend_shares_en import spend_shares
from briefing_app.core.facts.standing_gaps import standing_gaps
from briefing_app.core.facts.subject_changes_en import subject_changes
from briefing_app.core.facts.such_as_en import without_such_as
from briefing_app.core.facts.sum_predicates_en import sum_predicates
from briefing_app.core.facts.temperature_readings_en import temperature_readings
from briefing_app.core.facts.terms_adverbials_en import terms_adverbials
from briefing_app.core.facts.time_baselines_en import time_baselines
from briefing_app.core.facts.timed_changes_en import timed_changes
from briefing_app.core.facts.titled_subjects_en import suffixed_names, titled_subjects
from briefing_app.core.facts.twice_told_changes_en import twice_told_changes
from briefing_app.core.facts.unit_levels_en import unit_levels
from briefing_app.core.facts.unit_objects_en import unit_objects
from briefing_app.core.facts.valued_sums import valued_sums
from briefing_app.core.facts.with_levels import with_levels


def grammar_repairs(figures: list[Fact], texts: dict[int, str]) -> None:
    """Repair the readings of English figures whose grammar the readings before took for another shape."""
    money_gerunds(figures, texts)  # "towards saving £45 million": the savings
    change_spans(figures, texts)  # "a drop in profit from £61.8m to £55.8m": the profit
    changes_to(figures, texts)  # "a 67% increase to its interim dividend": the dividend
    changes_to_levels_in(figures, texts)  # "a 16 per cent rise to €1,338 million in exports": the exports
    change_levels(figures, texts)  # "a fourfold increase in net profits for the quarter, to $295m": the profits
    per_share_compounds(figures, texts)  # "a $5-a-share offer": the offer, per share
    slash_unit_attributes(figures, texts)  # "forecast a $6.50/kg milk price": the milk price
    standing_gaps(figures, texts)  # "74 points from 30 games, four clear of X": four points
    pronoun_wholes(figures, texts)  # "Smartphones accounted for 216.2 million of those": the smartphones
    percent_states(figures, texts)  # "and was just 23 percent contained": contained
    appositive_figures(figures, texts)  # "The majority of cases reported this year, 94%, are ...": the majority
    parallel_participles(figures, texts)  # "24 cases reported last week and 11 reported before": 11 cases
    money_kinds(figures, texts)  # "seized eight phones and Rs 6,100 in cash": the cash
    with_levels(figures, texts)  # "with property there averaging £266,277": the property
    ranked_measures(figures, texts)  # "the region with the highest average house price at £484,000": the price
    valued_sums(figures, texts)  # "heroin, valued at Rs 15 crore in the market": the heroin
    margins(figures, texts)  # "narrow the margin to three points": the margin
    bracketed_figures(figures, texts)  # "of patients (4.5million)", "Holm Trust (43.2 per cent)": the bracket's
    said_when_sums(figures, texts)  # "said on Sunday that £13bn would be spent on X": not "Sunday"
    apposed_subjects(figures, texts)  # "Retail, the largest contributor ..., fell 13.43 per cent": retail
    sentence_terms(figures, texts)  # "given 4.5 and 3 years custodial sentence": the custodial sentence
    removed_from(figures, texts)  # "slash £35 billion from public spending": the public spending
    object_changes(figures, texts)  # "increased its market share 0.4 points to 31.4%": the share
    change_baselines(figures, texts)  # "a 27 per cent jump from the $11.7 billion": the revenues a year before
    change_chains(figures, texts)  # "fell $2.80, or 3.87 per cent, to trade at $69.52": the contract's
    placed_readings(figures, texts)  # "employment has increased in Canada by 1.2%": employment, not the place
    gapped_changes(figures, texts)  # "rose by 0.1% in Leeds, by 0.2% in the north-west": prices, not the place
    gapped_change_nouns(figures, texts)  # "a 12% increase in exports to X, an 11% increase to Y": exports too
    restated_wholes(figures, texts)  # "up from $482.5 million, or 84 cents a share": the whole, not per share
    relative_levels(figures, texts)  # "costs which went up by a quarter to Sh8.7 billion": the costs
    rated_things(figures, texts)  # "100 Vestas 2.2MW turbines": the turbines' rating
    marks_from(figures, texts)  # "down from a recent high of 3.3%": whose high
    benchmark_of(figures, texts)  # "came in above a mean forecast of S$2.07bn": the forecast's
    rate_sums(figures, texts)  # "paid workers as little as $2.43 per hour": a rate, per hour
    terms_adverbials(figures, texts)  # "output fell by 21.2 percent in volume terms": the output
    brought_levels(figures, texts)  # "taking them to an average £230,184": what rose, not "them"
    session_levels(figures, texts)  # "fell 3% to $12.50 in early trade": the shares, not the trade
    contact_baselines(figures, texts)  # "up from the 35.1 per cent the company achieved": the margin's
    coordinated_changes(figures, texts)  # "imports rose 3% compared to X, but declined by 10%": the imports
    compared_brackets(figures, texts)  # "rose 8% compared to the amount recorded in Q1 ($6.4bn)": what rose
    unit_levels(figures, texts)  # "registrations fell by 21.2% to 330,295 units": the registrations, in units
    unit_objects(figures, texts)  # "E-reader deliveries passed 2.3 million units": the deliveries, in units
    adverb_levels(figures, texts)  # "rose 18 percent, year on year, to £640m": what rose
    appositive_changes(figures, texts)  # "2.14 million passengers ..., a fall of 5 per cent": the passengers' fall
    per_share_measures(figures, texts)  # "its earnings per share slipping to 9.1 cents": the earnings per share
    gerund_subjects(figures, texts)  # "on the back of the number of flights increasing by 2.7%": the flights
    without_such_as(figures)  # "Industrial projects such as buildings ... jumped": not "Industrial projects such"
    fraction_units(figures, texts)  # "the rate falling two-tenths of a percentage point": the rate, in points
    bracket_restated(figures, texts)  # "an increase of 0.9% (+£2,623)": the increase, in pounds
    adverb_readings(figures, texts)  # "Debt will be $904 billion instead of ...": the debt, not "instead"
    possessive_gaps(figures, texts)  # "the average tax is £1,898, Rutland's is £2,195": the tax, Rutland's
    ranging_heads(figures, texts)  # "Prices, ranging from $5 to $10, ...": the prices, not "ranging"
    share_more(figures, texts)  # "said nine per cent more surveys reported rises": the surveys
    excluded_subjects(figures, texts)  # "Earnings excluding charges and a tax credit was 33 cents": the earnings
    hollow_readings(figures, texts)  # "... and remained at $16.6 billion": the exports, not "remained at"
    basis_measures(figures, texts)  # "posted profits on an equivalent measure of £12.93bn": the profits
    spend_shares(figures, texts)  # "£530m more to spend", "about 60p in every pound"
    running_spans(figures, texts)  # "gained 200,000 jobs a month for five straight months": months, of the gains
    had_objects(figures, texts)  # "two had serious injuries, and two had minor injuries": what each had
    temperature_readings(figures, texts)  # "with 38.9C recorded in Bad Kreuznach": a temperature, where
    titled_subjects(figures, texts)  # "Rep. Dick Gephardt of Missouri was third at 10 percent": not "Rep"
    suffixed_names(figures, texts)  # "15,000 Northern Indiana Public Service Co. customers": the customers
    followed_by(figures, texts)  # "Oxford was top at 12.1%, followed by Cambridge at 10.7%": Cambridge's
    from_to_levels(figures, texts)  # "from 19 percent in April to 30 percent in July": both the same measure
    measure_phrases(figures, texts)  # "an error margin of plus or minus 4 points", "9.4 on the Richter scale"
    purpose_participles(figures, texts)  # "the £575.7m needed for the revenue budget": the budget
    copula_ages(figures, texts)  # "The other men were 24 and 46": their ages
    group_parts(figures, texts)  # "including 11,000 in New Jersey", "up from the 197,067 who were ...": the same noun
    parallel_clauses(figures, texts)  # "341 members got over 50% of votes and 201 got less than 50%": members, votes
    share_phrases(figures, texts)  # "79 (26 per cent)", "with 50 per cent and above of the total votes"
    participle_baselines(figures, texts)  # "as against N108.35 billion recorded in ...": what the sum before counts
    amounting_to(figures, texts)  # "an interim dividend payout amounting to 4.8 billion shillings": the payout
    present_changes(figures, texts)  # "Trade surplus narrows to $1.6b as exports dip": the surplus
    bracketed_changes(figures, texts)  # "declines in cereal grains (-11 per cent) and wool (-8 per cent)": each noun
    of_which_parts(figures, texts)  # "an overall charge of about $1 billion, of which $100 million ...": the charge
    subject_changes(figures, texts)  # "Rural goods eked out a 1 per cent gain": the goods' gain
    sum_predicates(figures, texts)  # "said $6.75 was still a good payout": the payout, not the speaker
    twice_told_changes(figures, texts)  # "was a 14 per cent, or $464 million, increase in the value of X": X's
    aside_subjects(figures, texts)  # "The price cap – which sets ... – will rise by £111": the price cap
    ing_changes(figures, texts)  # "forecast the trade deficit widening to $44bn", "while decreasing by 3.7%"
    listed_brackets(figures, texts)  # "deficits with the European Union (15.7 billion dollars), Mexico (...)"
    rate_compounds(figures, texts)  # "The new $6.75 per kgMS mid-point", "a $15 per hour minimum wage"
    gapped_results(figures, texts)  # "X posted a profit of N120 billion, while Y recorded N98 billion": Y's profit
    reported_clauses(figures, texts)  # "The survey shows Iraq's production rose by 70,000 barrels": the production
    listed_moves(figures, texts)  # "recorded for iron-ore, down 17.1%; copper, down 15%": each item
    noun_changes(figures, texts)  # "posted a revenue growth of 10 per cent to ₹37,933 crore": the revenue
    price_basis(figures, texts)  # "mineral sales at current prices decreased by 1.8%": the sales, not the prices
    fronted_levels(figures, texts)  # "At $8 billion, remittances grew by 12.5%": the remittances
    time_baselines(figures, texts)  # "to £16.3bn, from £16.1bn the year before": the turnover, not "year"
    timed_changes(figures, texts)  # "to go up by an average 4 per cent next month": the fares, not "month"
    listed_place_subjects(figures, texts)  # "Exports to Germany, France and Italy fell 4%": the exports
    before_tax_measures(figures, texts)  # "(reported profit before tax: £958m)": the profit, not "tax"
    abbreviated_objects(figures, texts)  # "held its main policy rate (MPR) at 4.25 percent": the rate, not the bank
    dated_subjects(figures, texts)  # "The ratio in August 2011, at 41.2 percent, was ...": the ratio, not "August"
    without_openers(figures)  # "Meanwhile house prices ... tumbled by 0.5 per cent": the house prices
    index_moves(figures, texts)  # "with the X 50 up 25.6 points at 5,876.1": the index's move and level
