"""Figures: every quantity the article reports, with its unit and what it counts.

Always read from the source text itself, whatever its language (a translation may have changed the
number; that is for the fidelity check to catch). Years, clock times and dates are left to the
dates extractor; ordinals and "the two said" are not figures.

What a figure counts comes from its own sentence: the words after it ("3,500 retail stores", "$10bn
in insurance claims", "42% of all spam"); when nothing follows, the subject before it ("Kmart gained
15 percent", "the deal is to cost $11.5bn"); and a measure named before it joins what follows ("the
death toll passed 80,000 people": "people (death toll)"). Money keeps its currency as the unit (ISO
4217, from `numbers`).

This module reads the numbers of each sentence and makes the facts (`figure_ranges` joins ranges and splits
changes, `composed_numbers` reads numbers written in two parts, `figure_fractions` fractions, `figures_ar`
Arabic duals and ordinal ages, `figure_years` and `numbered_names` drop years and names); `not_figures` says
which numbers are no figures, `counted` what a figure counts (with `noun_after`, `subject_before`,
`durations` and `counted_rtl`; `phrase_edges` where its noun phrase ends and what completes it),
`sharing` what the figures of one sentence share, and `figure_words` holds the words they all know
(units, stop words, verbs, measure nouns per language).
"""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.bracketed_numbers import marks_closed_after
from briefing_app.core.facts.acronym_subjects_en import abbreviated_subject
from briefing_app.core.facts.adverb_parts_en import share_adverb_parts
from briefing_app.core.facts.age_holder import (
    DECADE_AGE_BEFORE,
    age_holder,
    decade_age,
    holder_before,
    nominal_holder,
)
from briefing_app.core.facts.age_parts_en import age_parts
from briefing_app.core.facts.anaphoric_wholes_en import anaphoric_whole
from briefing_app.core.facts.ar_amounting_participle import ar_amounting_participle
from briefing_app.core.facts.ar_bracket_names import ar_bracket_name
from briefing_app.core.facts.ar_bracketed_distance import ar_bracketed_distance
from briefing_app.core.facts.ar_change_from import share_change_ends
from briefing_app.core.facts.ar_elided_noun import ar_elided_noun
from briefing_app.core.facts.ar_from_to_gap import ar_from_to_gap
from briefing_app.core.facts.ar_gapped_leads import ar_gapped_leads
from briefing_app.core.facts.ar_generic_totals import ar_generic_totals
from briefing_app.core.facts.ar_long_cardinals import ar_long_cardinals
from briefing_app.core.facts.ar_moving_levels import ar_moving_levels, ar_points_of_before
from briefing_app.core.facts.ar_of_which_parts import ar_of_which_parts
from briefing_app.core.facts.ar_place_first_list import ar_place_first_list
from briefing_app.core.facts.ar_priced_items import ar_priced_items
from briefing_app.core.facts.ar_prison_terms import ar_prison_terms
from briefing_app.core.facts.ar_pronoun_measure import ar_described_measure, ar_pronoun_measure
from briefing_app.core.facts.ar_rate_of_change import ar_compared_same_noun, ar_rate_of_change
from briefing_app.core.facts.ar_readable import (
    AR_APPROXIMATED,
    ar_spelled_span_end,
    ar_unslashed,
    arabic_definite_figure,
    arabic_readable,
)
from briefing_app.core.facts.ar_share_of_product import ar_share_of_product
from briefing_app.core.facts.ar_single_terms import arabic_single_terms
from briefing_app.core.facts.ar_spoken_decimals import spoken_decimals
from briefing_app.core.facts.ar_told_again import ar_told_again
from briefing_app.core.facts.ar_tranche_rates import ar_tranche_rates
from briefing_app.core.facts.ar_where_clause import arabic_clause_counts
from briefing_app.core.facts.ar_wind_speeds import ar_wind_speeds
from briefing_app.core.facts.audience_counts_en import audience_counts
from briefing_app.core.facts.bare_count_chains_en import share_listed_groups
from briefing_app.core.facts.bare_counts import arabic_price, danish_befell, danish_whole, totals_of
from briefing_app.core.facts.bracket_conversions_en import reshare_conversions
from briefing_app.core.facts.bracketed_shares_en import share_bracketed_shares
from briefing_app.core.facts.brink_of_en import brink_of
from briefing_app.core.facts.business_names import named_number
from briefing_app.core.facts.carried_with_en import carry_with_counts
from briefing_app.core.facts.compared_levels_en import share_compared_levels
from briefing_app.core.facts.composed_numbers import composed_numbers, unit_and_a_half, without_restated_digits
from briefing_app.core.facts.copula_predicates_en import copula_predicates
from briefing_app.core.facts.counted import counts_of, seen_changing
from briefing_app.core.facts.counted_accounts import accounting_measure
from briefing_app.core.facts.counted_clause import clause_before
from briefing_app.core.facts.counted_compared import share_restated
from briefing_app.core.facts.counted_da import danish_for_doing, danish_listed_age, danish_part_of_them
from briefing_app.core.facts.counted_da_v2 import (
    danish_expected_measure,
    danish_inverted_subject,
    danish_raised_subject,
)
from briefing_app.core.facts.counted_deeds_en import deeds_of_counts
from briefing_app.core.facts.counted_destinations import sums_given_as, sums_going_to
from briefing_app.core.facts.counted_elided import share_elided_noun, share_from_level, share_restated_change
from briefing_app.core.facts.counted_en import english_counts
from briefing_app.core.facts.counted_extras import danish_cost, with_extras
from briefing_app.core.facts.counted_from_to import with_shared_noun
from briefing_app.core.facts.counted_passive import passive_complement
from briefing_app.core.facts.counted_per_share import per_share_and_baselines
from briefing_app.core.facts.counted_possessive import whole_possessive
from briefing_app.core.facts.counted_predicate import with_predicates
from briefing_app.core.facts.counted_restated_en import confined_term
from briefing_app.core.facts.counted_revised import revised_levels
from briefing_app.core.facts.counted_rtl import source_restated
from briefing_app.core.facts.counted_sent import share_sent_object
from briefing_app.core.facts.counted_set import set_or_changed
from briefing_app.core.facts.counted_subjects_en import verb_subjects
from briefing_app.core.facts.counted_tags import (
    after_preposition,
    counted_one,
    event_verb,
    noun_before,
    verb_just_before,
)
from briefing_app.core.facts.counted_timed import timed_change
from briefing_app.core.facts.cricket_figures_en import bowling_analysis
from briefing_app.core.facts.da_change_nouns import danish_change_measured, danish_rate_base
from briefing_app.core.facts.da_change_to_level import da_without_level_after
from briefing_app.core.facts.da_clause_subject import da_clause_subject
from briefing_app.core.facts.da_comparatives import da_as_many_rest
from briefing_app.core.facts.da_degree_harmed import da_degree_harmed
from briefing_app.core.facts.da_dummy_subject import da_dummy_subject
from briefing_app.core.facts.da_set_to_change import da_set_to_change
from briefing_app.core.facts.da_subject_asides import without_subject_asides
from briefing_app.core.facts.da_subordinators import da_without_subordinator
from briefing_app.core.facts.da_verb_readings import da_verb_reading_subject
from briefing_app.core.facts.deal_prices_en import deal_prices
from briefing_app.core.facts.exam_grades_en import without_exam_grades
from briefing_app.core.facts.expected_measure import expected_measure
from briefing_app.core.facts.fact_box_labels_en import fact_box_counts
from briefing_app.core.facts.figure_anaphora_en import share_figure_anaphora, share_pronoun_change
from briefing_app.core.facts.figure_fractions import (
    danish_out_of,
    english_fractions,
    fraction_matches,
    fraction_text_spans,
    slash_fractions,
    unit_fractions,
    word_fractions,
)
from briefing_app.core.facts.figure_ranges import PERCENT_AFTER_NEXT, changes_apart, local_ranges, percent_of_a_count
from briefing_app.core.facts.figure_signs import figure_text, minus_before, without_sign_letters
from briefing_app.core.facts.figure_words import (
    BELOW_ZERO,
    CURRENCY_WORDS,
    DURATIONS,
    EN_STOP,
    LENGTHS,
    STOP,
    unit_after,
)
from briefing_app.core.facts.figure_years import (
    danish_changed_by_year_shape,
    danish_counted_year_shape,
    danish_year_then_verb,
    dotted_clock_time,
    four_digit_clock_time,
    glued_day_year,
    older_year,
    ra_clock_time,
)
from briefing_app.core.facts.figures_ar import (
    AR_DEFINITE_SCALE,
    AR_DEFINITE_SPAN_AFTER,
    AR_DUAL_SPAN_AFTER,
    AR_INDEFINITE_NOUN,
    AR_SPAN_BEFORE,
    AR_TIME_DUAL,
    arabic_counted_year,
    arabic_duals,
    arabic_noun_dual_counts,
    arabic_ordinal_ages,
    counted_before_article,
)
from briefing_app.core.facts.figures_he import hebrew_and_a_half, hebrew_counts, share_hebrew_time_ellipsis
from briefing_app.core.facts.fraction_units_en import one_of_unit_end
from briefing_app.core.facts.fronted_parts import fronted_measure, listed_parts
from briefing_app.core.facts.fronted_times_en import without_fronted_time
from briefing_app.core.facts.gapped_counts_en import (
    share_gapped_counts,
    share_gapped_terms,
    share_listed_prepositions,
    share_listed_shares,
    share_out_of_whole,
)
from briefing_app.core.facts.glued_signs_en import blank_glued_signs
from briefing_app.core.facts.grammar_repairs_en import grammar_repairs
from briefing_app.core.facts.group_of_en import group_sizes
from briefing_app.core.facts.he_age_lists import he_age_lists
from briefing_app.core.facts.he_bare_list import he_bare_list
from briefing_app.core.facts.he_changed_object import he_changed_object
from briefing_app.core.facts.he_gapped_items import he_gapped_items
from briefing_app.core.facts.he_level_ends import he_gapped_time, he_level_ends, he_span_noun
from briefing_app.core.facts.he_maqaf import maqaf_as_hyphen
from briefing_app.core.facts.he_of_measure import he_of_measure
from briefing_app.core.facts.he_part_of_them import he_part_of_them
from briefing_app.core.facts.he_verb_first import he_verb_first
from briefing_app.core.facts.hyphen_nouns_en import compound_nouns
from briefing_app.core.facts.included_parts_en import share_included_parts
from briefing_app.core.facts.lag_objects import verb_with_object
from briefing_app.core.facts.latin_code_names import latin_coded, masked_code_names, unmask
from briefing_app.core.facts.level_marks_en import mark_owner
from briefing_app.core.facts.light_heads import light_head_verb
from briefing_app.core.facts.made_levels_en import made_levels
from briefing_app.core.facts.milestone_marks_en import milestone_counts
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.more_of_before import share_more
from briefing_app.core.facts.multiples import (
    MULTIPLE_WORDS,
    changed_part,
    compared_quality,
    is_multiple,
    with_multiples,
)
from briefing_app.core.facts.multiplied import DA_MULTIPLYING, danish_multiplied, is_multiplying_verb, multiplied
from briefing_app.core.facts.nearest_baselines_en import nearest_baselines
from briefing_app.core.facts.not_figures import (
    arabic_spelled_years,
    is_date_part,
    is_list_marker,
    is_score,
    one_after_noun,
    one_or_another,
    part_of_name,
    rank_or_grade,
    skip_spelled,
    vote_tally,
)
from briefing_app.core.facts.not_figures_he import (
    hebrew_age_with_article,
    hebrew_definite_span,
    hebrew_threshold,
    not_a_hebrew_figure,
)
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.nounless_counts_en import nounless_counts
from briefing_app.core.facts.number_dates import danish_dotted_clock
from briefing_app.core.facts.number_of_en import number_of_subjects
from briefing_app.core.facts.numbered_names import without_numbered_names
from briefing_app.core.facts.of_those_en import share_fronted_pronoun
from briefing_app.core.facts.one_spans import is_one_moment
from briefing_app.core.facts.open_compounds_en import hyphenate_open_compounds
from briefing_app.core.facts.opening_subordinators_en import without_opening_subordinator
from briefing_app.core.facts.paired_counts_en import paired_counts
from briefing_app.core.facts.paired_movers_en import pair_movers
from briefing_app.core.facts.participle_measures_en import participle_measures
from briefing_app.core.facts.per_unit_heads_en import with_per_unit
from briefing_app.core.facts.pitch_places_en import pitch_place
from briefing_app.core.facts.plural_rounds import is_plural_round
from briefing_app.core.facts.point_terms import is_point_term
from briefing_app.core.facts.poll_shares import poll_readings
from briefing_app.core.facts.product_numbers import (
    in_a_name,
    is_product_number,
    names_with_number_words,
    product_numbers,
)
from briefing_app.core.facts.pronoun_antecedents_en import pronoun_antecedents
from briefing_app.core.facts.pronoun_counts import danish_pronoun_subject, pronoun_referent, pronoun_subject
from briefing_app.core.facts.pronoun_levels_en import pronoun_levels
from briefing_app.core.facts.pronoun_states import pronoun_state
from briefing_app.core.facts.race_times_en import race_times
from briefing_app.core.facts.ranked_shares_en import ranked_shares
from briefing_app.core.facts.rate_bases import is_rate_base
from briefing_app.core.facts.rate_periods_en import rate_periods
from briefing_app.core.facts.ratio_margins_en import ratio_first, ratio_margins, ratio_second
from briefing_app.core.facts.repeated_verb_counts_en import share_repeated_verb_counts
from briefing_app.core.facts.share_states_en import absolute_states
from briefing_app.core.facts.sharing import share_counts, share_forward
from briefing_app.core.facts.sharing_copula_pairs import share_copula_pairs
from briefing_app.core.facts.sharing_lists import share_lists, share_respectively
from briefing_app.core.facts.spaced_dashes_en import spaced_hyphens_as_dashes
from briefing_app.core.facts.subject_heads_en import amount_subjects
from briefing_app.core.facts.table_places_en import table_place
from briefing_app.core.facts.table_rows import share_table_rows
from briefing_app.core.facts.title_case_headlines_en import title_case_readings
from briefing_app.core.facts.total_verb_en import total_subject
from briefing_app.core.facts.two_unit_durations_en import two_unit_durations
from briefing_app.core.facts.unit_lists import share_units
from briefing_app.core.facts.weekday_adjuncts_en import blank_weekday_ahead
from briefing_app.core.facts.window_terms_en import is_window_term
from briefing_app.core.facts.year_shaped_counts_en import counted_round_year, counted_tally_year
from briefing_app.core.numbers import (
    DOLLAR_SIGN_LETTERS,
    NumberMatch,
    as_quantity,
    dual_unit,
    find_numbers,
    strip_arabic_marks,
)

# A range whose high end has its own minus after the joiner ("2C to -5", "3 and minus 6"), read with the minus
# before its low end: both ends are below zero.
_SIGNED_RANGE = re.compile(r"\b(?:to|and|or)\s*(?:[-−]|minus\s+)\s*\d[\d.,]*\D{0,3}$", re.IGNORECASE)

# A dollar sign's letters before digits ("US$61"): blanked so that no reading takes "US" for a noun.
_SIGN_LETTERS_AHEAD = re.compile(rf"\b(?:{'|'.join(DOLLAR_SIGN_LETTERS)})\$(?=\s?\d)")
# A sum's conversion in brackets right after it, before the words that say what it is: "£84 million (€97 million)
# forecast by brokers", "£2bn ($3.5bn) of debt" (read past the bracket, the words are the sum's; the bracket then
# takes the sum's reading in `bracket_conversions_en`).
_CONVERSION_AHEAD = re.compile(
    r"^\s*\((?:US|A|C|NZ|HK|S)?[$£€¥₹]\s?\d[\d,.]*\s*(?:million|billion|trillion|bn|mn|m|k)?\)(?=\s+[a-z])"
)
# Currency words whose code is not in doubt (a riyal, a dinar or a pound may be one of several).
_CURRENCY_AFTER = re.compile(
    r"\s+(dollars?|euros?|pounds?|kroner|دولار|يورو|דולר|אירו|יורו|שקל|שקלים)(?:ا|ات|اً)?(?!\w)", re.IGNORECASE
)
_CURRENCY_CODES = {"dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR",
                   "kroner": "DKK", "يورو": "EUR",
                   "דולר": "USD", "אירו": "EUR", "יורו": "EUR", "שקל": "ILS", "שקלים": "ILS"}  # fmt: skip
_CURRENCY_CODES["دولار"] = "USD"


# Hebrew duals name two of a unit in one word ("יומיים", two days): the unit they count.
_HE_DUALS = {"יומיים": "days", "שבועיים": "weeks", "חודשיים": "months", "שנתיים": "years", "שעתיים": "hours",
             "פעמיים": "times"}  # fmt: skip


# The ordinal half of a compound number ("twenty-first", "thirty-second"), in the number read or right after it.
_ORDINAL_END = re.compile(r"^\S*-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE)


def find_figures(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """Figure facts of the source sentences; `value` normalised (scale words and suffixes applied)."""
    lang = language.split("-")[0].lower()
    if lang not in ("ar", "he"):
        # ("Lønudviklingen - som er uden bonusser - ventes at ende på 3 procent": the aside is no reading)
        found = _find_figures(without_subject_asides(list(sentences)) if lang == "da" else sentences, language)
        with_predicates(found, sentences, language)  # "people (taken to a local shelter)"
        with_shared_noun(found, sentences, language)  # "from 55,915 | to 67,805 offences": offences both
        return found
    # ("مؤشر "EGX 30"", "מדד ת"א 35": a name's number, read as letters so that no reader takes it for a figure)
    masked, restore = masked_code_names(list(sentences))
    found = _find_figures(masked, language)
    for f in found if restore else []:
        f.counts = unmask(f.counts, restore)
    return found


_FIND_FIGURES_RE1 = re.compile(r"(?<=\d)-to-(?=\d)")
_FIND_FIGURES_RE2 = re.compile(r"±\s*$")
_FIND_FIGURES_RE3 = re.compile(r"(?<!\S)[وبل]?ال(?:ـ\s*)?$|(?<!\S)ה-?$")
_FIND_FIGURES_RE4 = re.compile(r"^\s*±\s*\d[\d.,]*")
_FIND_FIGURES_RE5 = re.compile(r"[\u064b-\u065f\u0670]+")
_FIND_FIGURES_RE6 = re.compile(r"\d{1,3}")
_FIND_FIGURES_RE7 = re.compile(r"\.(?:-|\s*[a-zæøå])")
_FIND_FIGURES_RE8 = re.compile(r"-(?:year|month|week|day)s?-old$")
_FIND_FIGURES_RE9 = re.compile(r"-(?:year|month|week|day)s?$")
_FIND_FIGURES_RE10 = re.compile(r"[- ]olds?\b")
_FIND_FIGURES_RE11 = re.compile(r"-(?:month|week)s?$")
_FIND_FIGURES_RE12 = re.compile(r"\s+(?:baby|infant)\b")


def _find_figures(sentences: list[SourceSentence], language: str) -> list[Fact]:
    lang = language.split("-")[0].lower()
    sentences = maqaf_as_hyphen(sentences) if lang == "he" else list(sentences)  # "עלה ב־0.7%" as "עלה ב-0.7%"
    out: list[Fact] = []
    whole = " ".join(s.text.lower() for s in sentences)  # the text before a number: a first mention or not
    offsets = [0]
    for s in sentences:
        offsets.append(offsets[-1] + len(s.text) + 1)
    # A headline alone in its paragraph, with no full stop, names nothing first: "the nine passengers" in the story is
    # a first mention even when the headline said "nine passengers survive".
    titled = len(sentences) > 1 and sentences[1].paragraph != sentences[0].paragraph
    story_start = offsets[1] if titled and not re.search(r"[.!?\"”]\s*$", sentences[0].text) else 0
    products = product_numbers([s.text for s in sentences]) if lang == "en" else frozenset()
    number_names = names_with_number_words([s.text for s in sentences]) if lang == "en" else frozenset()
    before_figures: list[Fact] = []  # the figures of the sentence before, and its text
    before_text = ""
    for position, s in enumerate(sentences):
        sentence_start = len(out)
        if lang == "ar" and "/" in s.text:  # "سبعة ملايين و/ 118 / ألفا": WAM's slashes, blanked
            s = dataclasses.replace(s, text=ar_unslashed(s.text))
        # Arabic glues "and" to a number ("و20 %"): read it as if spaced, at the same offsets.
        # So are "by" and "to", often with a tatweel ("بـ3 أهداف", "لـ50 قتيلا").
        # Hebrew glues its prefixes too, mostly with a hyphen (ב-8%) but not always (ב8%).
        glued = {"ar": r"(?<!\S)[وبلفك]\u0640?(?=[0-9\u0660-\u0669])", "he": r"(?<!\S)[ובלמהכש]{1,2}(?=[0-9])"}
        readable = re.sub(glued[lang], lambda m: " " * len(m.group(0)), s.text) if lang in glued else s.text
        readable = arabic_readable(readable) if lang == "ar" else readable  # "12،08 مليون", "حاجز الـ100"
        if lang == "en":  # "around 12-to-15 billion rupees": a range written as one word, read as "12 to 15"
            readable = _FIND_FIGURES_RE1.sub(" to ", readable)
        numbers = changes_apart(s.text, local_ranges(s.text, find_numbers(readable, lang), lang), lang)
        read_apart = {id(n) for n in numbers}
        numbers = ar_long_cardinals(s.text, numbers) if lang == "ar" else numbers  # "ثلاثمائة وخمسة ملايين وأربعمائة"
        numbers = composed_numbers(s.text, numbers, lang)
        numbers = spoken_decimals(s.text, numbers) if lang == "ar" else numbers  # "ثمانية وعشرين فارزة سبعة": 28.7
        composed = [(n.start, n.end) for n in numbers if id(n) not in read_apart]
        if lang == "en":  # "posted a time of 2:22:37": a race time in seconds, not a clock's "2:22" and 37
            timed, numbers = race_times(s, numbers)
            out.extend(timed)
        numbers = without_restated_digits(s.text, numbers)  # "three (3) trucks": one figure
        numbers = with_multiples(s.text, numbers, lang)  # "won it twice", "once a week", "cut by half"
        of_units = unit_fractions(s.text) if lang == "en" else []  # "a quarter of a century": 25 years
        spans_of_years = [n for n, _ in of_units]
        if spans_of_years:
            outside = [n for n in numbers if not any(y.start < n.end and n.start < y.end for y in spans_of_years)]
            numbers = sorted([*outside, *spans_of_years], key=lambda n: n.start)
        halves = unit_and_a_half(s, numbers, lang)
        out.extend(halves)
        half_spans = [(h.number.start, h.number.end) for h in halves if h.number is not None]
        fraction_found = fraction_matches(s.text) if lang == "en" else []
        # not the "a half of" of "an hour and a half of talks": the half of that hour
        fraction_found = [m for m in fraction_found if not any(c < m.end() and m.start() < d for c, d in half_spans)]
        fraction_found = [m for m in fraction_found if not any(y.start < m.end() and m.start() < y.end
                                                               for y in spans_of_years)]  # fmt: skip
        fraction_spans = [m.span() for m in fraction_found]
        if lang == "en":  # "a fifth of 1 percent": the "1" is the unit's, read with the fraction
            fraction_spans = [(a, one_of_unit_end(s.text, b) or b) for a, b in fraction_spans]
        fraction_spans = [(a, b) for a, b in fraction_spans if not any(c <= a < d for c, d in composed)]
        if lang == "en":
            fractions = english_fractions(s, fraction_found)
            out.extend(f for f in fractions if not any(c <= s.text.find(f.text) < d for c, d in composed))
        else:
            if lang == "he":  # "שנה וחצי": one and a half, no number written (unless read above with its unit)
                he_halves, he_spans = hebrew_and_a_half(s)
                kept = [i for i, (a, b) in enumerate(he_spans) if not any(c < b and a < d for c, d in half_spans)]
                out.extend(he_halves[i] for i in kept)
                fraction_spans = [he_spans[i] for i in kept]
            if lang == "da":  # "Tre ud af fire danskere mener": one share, its two numbers no figures of their own
                shares, share_spans = danish_out_of(s)
                out.extend(shares)
                fraction_spans = [*fraction_spans, *share_spans]
            for fraction, (a, b) in zip(*word_fractions(s, lang), strict=True):
                inside = any(a < y and x < b for x, y in fraction_spans)  # the half of "שנה וחצי"
                apart = not any(c < b and a < d for c, d in half_spans)  # "ساعة ونصف": read with its unit
                # "أربع ساعات ونصف عقب ...": the half a number before and its unit already took (4.5 hours)
                apart = apart and not any(n.end <= a and n.value % 1 == 0.5 and len(s.text[n.end : a].split()) == 1
                                          for n in numbers)  # fmt: skip
                # ("to tredjedele", "Næsten tre fjerdedele": the number word is the fraction's numerator, which the
                # number reader took alone as 2 or 3; the fraction is the figure, the number none of its own)
                numerator = [n for n in numbers if n.start < b and a < n.end and a <= n.end <= b]
                if lang == "da" and numerator and fraction.text.split()[0].lower() in ("to", "tre"):
                    numbers = [n for n in numbers if n not in numerator]
                if not inside and apart and not any(n.start < b and a < n.end for n in numbers):
                    out.append(fraction)  # not the half of "to og en halv time" (2.5, read as one number)
                    fraction_spans.append((a, b))
        if lang in ("en", "da") and "/" in s.text:
            slashed = slash_fractions(s, lang)
            out.extend(slashed)
            # (the "2" of "2-1/2 feet", the "1" of "About 1/3 of voters": parts of the fraction, no figures)
            parts_of = fraction_text_spans(s.text, slashed)
            numbers = [n for n in numbers if not any(a < n.end <= b for a, b in parts_of)]
        if lang == "ar":
            # (not a dual whose "two" is written after it, "متهمين اثنين": that number is the figure, the dual its noun)
            two_after = re.compile(r"\s+و?اثن(?:ان|ين|تان|تين)(?![\u0621-\u064a])")
            out.extend(d for d in arabic_duals(s, numbers, whole)  # (the article, where a dual's singular is sought)
                       if not two_after.match(s.text, s.text.find(d.text) + len(d.text)))  # fmt: skip
            out.extend(arabic_ordinal_ages(s))
            out.extend(arabic_single_terms(s))  # "بالسجن النافذ سنة", "بسنة حبسا نافذا": one year, the noun alone
        if lang == "en":  # "a trade surplus of N2.22 trillion": the readers see "of", not a word "N"
            s = sentences[position] = hyphenate_open_compounds(blank_glued_signs(s, numbers))  # "Year to date X"
            s = sentences[position] = dataclasses.replace(s, text=without_opening_subordinator(s.text))  # "Although"
            s = sentences[position] = dataclasses.replace(s, text=spaced_hyphens_as_dashes(s.text))  # "X - two in Y"
        start = len(out)
        spelled_years = arabic_spelled_years(s.text, numbers) if lang == "ar" else set()
        for n in numbers:
            marks = _FIND_FIGURES_RE5.match(s.text[n.end :]) if lang == "ar" else None
            if marks:  # "151 ألفَ زائر": a vowel mark on the number's last word is part of it, not a word after it
                n = dataclasses.replace(n, end=n.end + marks.end(), text=n.text + marks.group(0))
            if n.start in spelled_years or any(a <= n.start < b for a, b in fraction_spans):
                continue  # the "two" of "two thirds of" is read with its fraction
            if (
                lang == "ar"
                and n.spelled
                and re.match(r"[وبل]?ال", n.text)
                and n.value_max is None
                and not (AR_DEFINITE_SCALE.fullmatch(n.text) and AR_INDEFINITE_NOUN.match(s.text[n.end :]))
                and not (n.raw == 2 and AR_SPAN_BEFORE.search(s.text[: n.start]))
                and not (AR_TIME_DUAL.fullmatch(n.text) and AR_DUAL_SPAN_AFTER.match(s.text[n.end :]))
                and not AR_DEFINITE_SPAN_AFTER.match(s.text[n.end :])  # "في العشر سنين الماضية": how long
                and not ar_spelled_span_end(s.text[: n.start], s.text[n.end :])  # "السنوات الخمس الماضية" too
                # ("ابنتها ذات الثلاث عشرة عاما": "of the thirteen years", an age the possessive noun gives)
                and not re.search(r"(?<![\u0621-\u064a])(?:ذات|ذو|ذي)\s+$", s.text[: n.start])
                # ("ما يقارب العشرين مليون إنسان": a scale word or an approximation makes it a quantity, no anaphora)
                and not (n.scale != 1.0 or AR_APPROXIMATED.search(s.text[max(0, n.start - 16) : n.start]))
            ):
                continue  # "المصابين الثلاثة", "نقل الثلاثة": the three already named, not a new figure
            if (
                lang == "he"
                and n.spelled
                and re.match(r"[ובלמש]?ה", n.text)
                and n.value_max is None
                and not hebrew_definite_span(s.text, n)  # ("השנתיים הקרובות", "בן השנתיים": a span, an age)
            ):
                continue  # "השני", "השלושה": an ordinal or the ones already named
            if lang == "ar" and ar_bracket_name(s.text, n):
                continue  # "و(كويت 15) 07ر0 نقطة": an index named by its number, no figure
            if lang in ("ar", "he") and latin_coded(s.text, n):
                continue  # "مؤشر "EGX 30"", "מדד ת"א 35", "SA-5": a name's number, no figure
            if lang == "en" and ratio_second(s.text, n):
                continue  # the 1 of "by nearly 4-to-1": the ratio is one figure, its first number
            ratio = lang == "en" and ratio_first(s.text, n)  # ("by almost 3-1,": a ratio, no match score)
            if (is_score(s.text, n) and not ratio) or is_list_marker(s.text, n):
                continue
            if lang == "en" and n.value_max is not None and bowling_analysis(s.text, n):
                n = dataclasses.replace(n, value_max=None)  # "took 5-41": five wickets for 41 runs, no range
            if lang == "en" and pitch_place(s.text, n):
                continue  # "deep inside his own 22", "the back nine", "birdied 17": a place of play, no count
            # (what the story told before the number, the headline left out: a count's first mention or not; built
            # only for Hebrew, as it copies the article's text up to the number)
            if lang == "he" and not_a_hebrew_figure(
                s.text, n, whole[min(story_start, offsets[position]) : offsets[position]] + " " + s.text[: n.start]
            ):
                continue
            if lang == "en" and anaphoric_whole(s.text, n):
                continue  # "Of the 18, only two were admitted": the 18 named before, no new figure
            if lang in ("en", "da", "ar") and is_rate_base(s.text[: n.start], n):
                continue  # "98.7 cases per 100,000 people": the base of the rate, part of its unit
            if _FIND_FIGURES_RE2.search(s.text[: n.start]):
                continue  # "5.2±0.4 g/cm³", "37±12%": the uncertainty of the figure before, no figure of its own
            if n.raw == 0 and re.search(r"(?:\bbelow|\bunder|تحت|מתחת\s+ל)\s*$", s.text[: n.start], re.IGNORECASE):
                continue  # the zero of "below zero": the other figure's sign, not a figure
            if n.spelled and _ORDINAL_END.search(f"{n.text} {s.text[n.end : n.end + 8]}"):
                continue  # "the twenty-first century", "his thirty-second birthday": an ordinal
            if lang == "en" and re.match(r"[\s-]*(?:hundred|thousand|million|billion)th\b", s.text[n.end :], re.I):
                continue  # "its five millionth customer", "the 10 millionth visitor": an ordinal
            if lang == "en" and n.spelled and re.fullmatch(r"[A-Za-z]+-dimensional", n.text):
                continue  # "a three-dimensional structure": a kind of space, no count
            if lang == "en" and n.spelled and n.raw == 1 and _THE_ONLY_ONE.search(s.text[: n.start]) and re.match(
                r"\s*(?:to|who|that|which|of|[,.;:!?]|$)|\s+[a-z]+\s*(?:[,.;:!?]|$)", s.text[n.end :]
            ):
                continue  # "wasn't the only one to promote a boycott": a pronoun, no count
            if lang == "da" and _FIND_FIGURES_RE6.fullmatch(n.text) and _FIND_FIGURES_RE7.match(s.text[n.end :]):
                continue  # "12.-pladsen", "3. plads": a Danish ordinal is written with a full stop
            aged = n.kind == "year" and re.match(r"\s*-?\s*years?[- ]old\b", s.text[n.end :])
            if aged:  # "a 2000 year old tradition": an age, not a date
                n = dataclasses.replace(n, kind="number")
            elif n.kind == "year":
                quantity = as_quantity(s.text, n, lang)
                counted = quantity.qualifier and quantity.qualifier.lower() not in ("up to", "op til", "op mod")
                # (not a span of years: "from roughly 1976 to 1983", "since about 1990")
                spanned = re.match(r"\s*(?:to|and|until|till|through|-|–)\s*(?:\d{2}|\d{4})\b", s.text[n.end :])
                counted = counted and not spanned and not re.search(
                    r"\b(?:from|since|between|until|till|in|by|before|after)\s+\S+\s+$", s.text[: n.start], re.I)
                # ("omkring 2017 valgte kommunen at ...": an approximation of a year that is no round count, a date;
                # "omkring 2000 demonstranter" is round, a count)
                counted = counted and not (lang == "da" and danish_year_then_verb(s.text, n))
                if counted and re.match(r"\s+(?:[A-ZÆØÅ][\w'’-]*\s+){0,2}[^\W\d_A-ZÆØÅ]", s.text[n.end :]):
                    n = quantity  # "more than 2000 homes", "over 2000 Kenyan teachers": a quantity, not a year
                elif lang == "en" and counted_round_year(s.text, n):
                    n = quantity  # "among 2000 firefighters battling blazes": a round count, no year
                elif lang == "en" and counted_tally_year(s.text, n) and not re.search(
                    r"\b(?:from|since|between|until|till|in|by|before|after)\s+$", s.text[: n.start], re.I
                ):
                    n = quantity  # "the Whigs won 1937 seats", "1937 to the Greens' 1204": a tally, no year
                elif lang == "ar" and arabic_counted_year(s.text, n):
                    n = dataclasses.replace(quantity, kind="number")  # "ما مجموعه 1902 قافلة": a count
                elif lang == "da" and danish_counted_year_shape(s.text, n):
                    n = dataclasses.replace(quantity, kind="number")  # "opnå 2000 point": a count, no year
                elif lang == "da" and danish_changed_by_year_shape(s.text, n):
                    n = dataclasses.replace(quantity, kind="number")  # "faldet med cirka 2000": a change's size
            if n.kind in ("year", "time") or is_date_part(s.text, n, lang):
                continue
            if part_of_name(s.text, n, lang) and not ratio:  # (not the 3 of "by 3-1", hyphened as a code is)
                continue
            if lang == "en" and named_number(s.text, n):
                continue  # "Standard & Poor's 500 Index", "2seventy bio": a name's number
            if lang == "en" and (is_product_number(s.text, n, products) or in_a_name(s.text, n, number_names)):
                continue  # "the 360 was the only console" after "Xbox 360", "Six Nations": a name, no count
            if lang == "en" and is_plural_round(s.text, n):
                continue  # "100s of homes": a loose "hundreds of", no seconds and no figure
            if lang == "en" and is_point_term(s.text, n):
                continue  # "a three-point play", "a five-figure crowd": a kind of shot, a size in digits; no count
            if lang == "en" and is_window_term(s.text, n):
                continue  # "the three month rolling average", "the 3m/3m rate", "six-monthly": a measure's span
            if lang == "en" and is_one_moment(s.text, n):
                continue  # "the one-year anniversary", "a one-minute silence": a moment, no figure
            if lang in ("en", "da") and not n.spelled and rank_or_grade(n, s.text[: n.start], s.text[n.end :]):
                continue  # "a 5-star hotel", "the top 10": a grade or a rank
            if lang == "en" and table_place(s.text, n):
                continue  # "at 88 in the world", "Brass Age is at 6,": a place on a ranking or a chart
            if older_year(s.text, n) or (lang in ("en", "da") and dotted_clock_time(s.text, n)):
                continue  # "in 1890,", "at 10.30 on Tuesday": a date or a time
            if four_digit_clock_time(s.text, n) or glued_day_year(s.text, n):
                continue  # "at 1451 GMT", "from 2200 to 0600 hours": a time; "September 30,2019": a date
            if lang == "ar" and ra_clock_time(s.text, n):
                continue  # "حتى 00ر6 من مساء الغد": four o'clock, in the agency's decimal letter
            decade = lang == "en" and n.text[-1:] == "0" and re.match(r"['’]?s\b", s.text[n.end :]) is not None
            lead = s.text[max(0, n.start - 12) : n.start]
            age_band = decade and DECADE_AGE_BEFORE.search(s.text[max(0, n.start - 40) : n.start]) is not None
            # ("in the high 20s": a band of temperatures or scores, no seconds; "in her early 30s" is an age)
            if decade and not age_band and re.search(r"\b(?:the|early|late|mid|high|low)[\s-]+$", lead, re.IGNORECASE):
                continue  # "the 90s", "the 1800s", "the mid-1990s": a decade, a date rather than a figure
            decade = age_band
            # (the article glued with no tatweel too, "الدورة ال63"; set apart by a space it is read as before)
            article = _FIND_FIGURES_RE3.search(s.text[max(0, n.start - 8) : n.start])
            # ("حاجز الـ100 مليون", "الأيام ال12 الماضية": a threshold, a past span; figures with the article)
            threshold = lang == "ar" and arabic_definite_figure(s.text, n)
            threshold = threshold or (lang == "he" and hebrew_threshold(s.text[: n.start], n))  # "את ה-5,000"
            if not n.spelled and article and not (lang == "he" and hebrew_age_with_article(s.text[: n.start])) and (
                not threshold
            ):
                continue  # "الدورة الـ 63", "הפסטיבל ה-65": a number with the article is an ordinal or anaphora
            after = s.text[n.end :]
            after = _FIND_FIGURES_RE4.sub("", after)  # "37±12% of its crust": read on past the uncertainty
            told = whole[min(story_start, offsets[position]) : offsets[position]]
            earlier = f"{told} {s.text[: n.start].lower()}" if n.spelled else None
            if (
                n.spelled
                and skip_spelled(n, s.text[: n.start], after, lang, earlier)
                and not (lang == "en" and n.raw == 1 and n.value == 1 and counted_one(s.text, n.start, n.end))
                and not (lang == "en" and n.raw >= 2 and _ends_after_preposition(s.text, n, after))
                and not (lang == "en" and n.value >= 100 and re.match(r"\s+(?:who|that)\s+[a-z]", after))
                and not (lang == "da" and DA_MULTIPLYING.fullmatch(n.text))  # "er halveret.": the verb, no anaphora
            ):  # ("the half a million who walked ...": a crowd the clause describes, not one named before)
                continue
            if lang == "da" and danish_dotted_clock(n, s.text[: n.start], after):
                continue  # "vil 12.30 blive fremstillet i grundlovsforhør": a time of day, no figure
            if n.spelled and one_or_another(n, after, lang):
                continue  # "one structure over another"
            if lang == "ar" and n.spelled and re.fullmatch(r"(?:[بف]|في\s+)?الم[ئا]+ة", n.text):
                continue  # "بنسبة 15 بالمئة": the percent sign of the number before, spelled out, no hundred
            unit, span = unit_after(after, lang)
            closed = marks_closed_after(s.text, n.start, n.end) if unit is None and lang == "ar" else None
            if closed is not None and (marked := unit_after(s.text[closed:], lang))[0] is not None:
                unit, span = marked[0], closed - n.end + marked[1]  # "(48) كيلوغراما", "/37/ كيلومترا": past the mark
            span_end = ar_spelled_span_end(s.text[: n.start], after) if lang == "ar" and n.spelled and not unit else 0
            if span_end:  # "خلال السنوات الخمس الماضية": the plural of time before the number is its unit
                plural = re.sub(r"^[وبلف]?(?:ال|لل)", "", s.text[: n.start].split()[-1])
                unit, span = unit_after(" " + plural, lang)[0], span_end
            unit = next((u for y, u in of_units if n is y), unit)  # "half an hour": hours
            if decade:  # "in his 40s": an age by decade, not seconds
                unit, span = None, len(after) - len(after.lstrip("'’s"))
            if unit is None and n.spelled and n.text.lower().endswith("fold"):
                unit = "times"  # "tenfold"
            if unit is None and n.spelled and "-" in n.text:
                unit = unit_after(n.text[n.text.index("-") :], lang)[0]  # "a three-year contract"
                unit = unit or unit_after(n.text[n.text.rindex("-") :], lang)[0]  # "a three-and-a-half-hour talk"
                inner = _SPELLED_UNIT_PART.search(n.text)
                if unit is None and inner is not None:  # "Twenty-two-year-old": the unit after a hyphenated number
                    unit = unit_after(inner.group(0), lang)[0]
            hundredth = re.match(r"\s+(?:euro|dollar)[\s-]cents?\b", after, re.IGNORECASE) if n.currency else None
            if hundredth and lang == "en":  # "14 euro cents a share": the currency's hundredth, as "14 cents"
                n, unit, span = dataclasses.replace(n, currency=None), "cents", hundredth.end()
            elif n.currency:
                unit = n.currency
            elif unit is None and n.kind == "percent":
                unit = "percent"
                short = re.match(r"\s?pct?\b\.?", after)  # "5pc", "5 pct": the British and agency signs
                span = short.end() if short else span
            # (not "על פי": according to, "על פי 60 נקודות")
            elif unit is None and lang == "he" and re.search(r"(?<!\S)(?<!על\s)פי\s+$", s.text[: n.start]):
                unit = "times"  # "פי שלושה": threefold
            elif unit is None and re.match(PERCENT_AFTER_NEXT, after) and not percent_of_a_count(n, after):
                unit, span = "percent", len(after) - len(after.lstrip())  # "fra 5 til 7 procent": both percent
            if unit is None and n.spelled and n.raw == 1 and one_after_noun(n, s.text[: n.start], lang):
                unit = unit_after(" " + s.text[: n.start].split()[-1], lang)[0]  # "שנה אחת", "عام واحد": one year
            if lang == "ar" and n.spelled and dual_unit(n.text.split()[0]):
                unit = dual_unit(n.text.split()[0])
            if lang == "he" and n.spelled:
                unit = next((u for w, u in _HE_DUALS.items() if re.fullmatch(rf"[ובלמהכש]{{0,2}}-?{w}", n.text)), unit)
            scaled_pounds = unit == "pounds" and n.spelled and re.search(r"(?:million|billion)$", n.text, re.I)
            unit = None if scaled_pounds else unit  # "five million pounds": sterling (a weight is never so large)
            currency = re.match(_CURRENCY_AFTER, after) if n.currency is None and unit is None else None
            if currency:  # "ملياري دولار", "a million euros": a spelled sum the number reader left bare
                n = dataclasses.replace(n, currency=_CURRENCY_CODES[currency.group(1).lower()])
                unit = n.currency
            joined = n.currency is not None and re.match(r"-(?=[a-z])", after) is not None  # "a 500-million-dollar"
            rest = after[span:] if not n.currency else re.sub(CURRENCY_WORDS, "", " " + after[1:] if joined else after)
            rest = re.sub(CURRENCY_WORDS, "", strip_arabic_marks(after)) if lang == "ar" and n.currency else rest
            # ("Aktien steg 2,3 pct. til 180 kr.": the level after the change is no noun of the percentage)
            rest = da_without_level_after(rest) if lang == "da" and unit == "percent" else rest
            if unit is None and n.spelled and n.text.lower() in MULTIPLE_WORDS and is_multiple(n, after):
                unit = "times"  # "once a week", "won it twice.": how often what the clause says happened
            if lang == "en":  # "by US$1.3 billion to US$61.3 billion": the code is the sign's ("US$61" is no noun)
                rest = _SIGN_LETTERS_AHEAD.sub(lambda m: " " * (len(m.group(0)) - 1) + "$", rest)
                rest = blank_weekday_ahead(rest)  # "killed 12 Tuesday": when, no word of what was counted
                if n.currency:  # "£84 million (€97 million) forecast by brokers": the words past the bracket
                    rest = _CONVERSION_AHEAD.sub(lambda m: " " * len(m.group(0)), rest)
            # ("saw temperatures soar to 42C", "saw profits climb to $5m": a level of what was seen change, too)
            measured = n.kind == "percent" or n.currency is not None or unit not in (None, "times")
            seen = seen_changing(s.text[: n.start]) if lang == "en" and measured else None
            counts = seen or changed_part(s.text[: n.start], n) or counts_of(s.text, n, rest, unit, lang)
            if lang == "en":  # "The rate increased last month from 10.1 percent to 10.4 percent": not "month"
                counts = timed_change(s.text, n, rest, unit, counts, counts_of)
                counts = whole_possessive(s.text[: n.start], counts)  # "the year's high of 13.7 million": not "s high"
                counts = total_subject(s.text[: n.start], counts) or counts  # "This investment will total £300m"
            counts = decade_age(s.text[: n.start]) if decade else counts  # "in the patient's 50s": an age
            if lang == "en" and is_multiplying_verb(s.text, n):  # "Sales have tripled", "doubled its profits"
                counts, unit = multiplied(s.text, n, counts), ("times" if n.value > 1 else None)
            elif lang == "da" and n.spelled and DA_MULTIPLYING.fullmatch(n.text):  # "Eksporten er fordoblet"
                noun = n.text.lower().endswith(("ing", "ingen"))  # "en tredobling af det beløb"
                counts = danish_multiplied(s.text[: n.start], s.text[n.end :], noun) or counts
                unit = "times" if n.value > 1 else None
            if unit is None and n.spelled and n.text.lower() in MULTIPLE_WORDS:
                unit = "times"  # "twice denied visas": what follows says what happened twice
            if lang == "en":  # "Of the dead, 12 were children", "68 percent said ...", "Ana, now 10,"
                counts = light_head_verb(s.text, n, english_counts(s.text, n, counts))  # "people (died)"
                previous = sentences[position - 1].text if position else ""
                counts = fronted_measure(s.text, n.start, n.end, n.end + span, previous) or counts  # "Covering 40 ha,"
                counts = with_extras(s.text, n, counts)  # "per household", "For her design, ...", "are volunteers"
                counts = pronoun_referent(s.text, n, counts)  # "the number of X ..., it's less than 100"
                counts = pronoun_subject(s.text[: n.start], counts, unit, out, sentences[:position])  # "They rose 4%"
                counts = pronoun_state(s.text[: n.start], after, counts, sentences[:position])  # "It's 97% contained"
                # "Analysts expected $7.33 billion": the measure the figure before in its unit counts
                counts = expected_measure(s.text[: n.start], counts, unit, s.index, out, sentences[:position])
                counts = confined_term(after, counts, unit)  # "penalties of up to 20 years in prison": the prison term
                counts = accounting_measure(s.text[: n.start], counts)  # "profit before exceptional items of £5m"
                # "$1.8m was collected in criminal actions": sums only ("Of these 40 were accepted" counts "accepted")
                counts = passive_complement(rest, counts) if n.currency else counts
                # "The hour-long special peaked at 14 million": a bare television audience counts viewers
                counts = audience_counts(s.text, n.start, n.end, n.value, unit, counts) if not n.currency else counts
                unit = None if counts and counts.startswith("age (") and unit == "seconds" else unit  # "under-18s"
            elif lang == "da":  # "Af de 300 passagerer blev 12 kørt på hospitalet"
                many_da = da_as_many_rest(n.text, after)  # "næsten dobbelt så mange timer": what there is more of
                counts = (after_phrase(many_da, "da") or counts) if many_da else counts
                inverted = danish_inverted_subject(s.text[: n.start]) or danish_raised_subject(s.text[: n.start])
                # ("opjusterede forventningerne til årets resultat til 18 mia.": the measure expected, not who expects)
                inverted = danish_expected_measure(s.text[: n.start]) or inverted
                # ("den største stigning med 1,1 procentpoint": the change noun before "med"/"på", and of what)
                inverted = danish_change_measured(s.text[: n.start]) or inverted
                # ("Prisen står til at stige med 21 procent": what is set to change, not "stige")
                inverted = da_set_to_change(s.text[: n.start]) or inverted
                # (not over a plain noun right after the figure: "På DR nåede dækningen ud til 2,3 millioner seere")
                noun_after = unit is None and bool(counts) and after.lstrip().startswith((counts or "").split()[0])
                if inverted and inverted.split()[0] not in (counts or "").split() and not noun_after:
                    # "I Københavns Omegn sælges husene nu i snit for 40.000 kr.": the subject after the verb
                    counts = inverted
                # ("to mænd på henholdsvis 24 og 39 år", "manden, der er 34 år": their ages)
                counts = danish_listed_age(s.text, n.start, n.end, counts) if n.value < 130 else counts
                counts = danish_whole(s.text, n, counts)
                counts = danish_pronoun_subject(s.text[: n.start], counts, out, sentences[:position])  # "Det er 5 pct."
                counts = danish_befell(s.text, n, counts) if unit is None else counts  # "23 blev anholdt"
                counts = da_degree_harmed(after, counts) if unit is None else counts  # "To svært kvæstede"
                # ("16 beboere måtte evakueres. To af dem blev reddet": a part of the group counted just before)
                told_before = [f for f in out if f.kind == "figure" and f.sentence == s.index - 1]
                counts = danish_part_of_them(s.text, n.start, n.end, counts, told_before) if n.spelled else counts
                # (a sum in millions with its currency left unsaid too: "brugte sygehusene 162 millioner på ...")
                sum_like = n.currency is not None or (unit is None and n.scale >= 1e6)
                counts = danish_cost(s.text[: n.start], rest, counts) if sum_like else counts
                counts = da_without_subordinator(counts)  # "da en person kørte med 207 km/t": no "da"
                counts = da_verb_reading_subject(s.text[: n.start], counts)  # "Skatten fastholdes på 26,2 pct."
                counts = counts or (danish_for_doing(rest) if sum_like else None)  # "19,1 mia. kr. til at bygge"
                counts = danish_rate_base(after, counts) if sum_like else counts  # "60.000 kroner pr. kvadratmeter"
                if sum_like or unit == "percent":  # "Huset blev solgt for 2,5 mio. kr.": the house (not a span's verb)
                    counts = da_clause_subject(s.text[: n.start], counts)
            elif lang == "ar":  # "تستحوذ على واتس آب مقابل 19 مليار دولار": the price of the deal
                counts = counted_before_article(s.text, n) or arabic_price(s.text, n, counts)
                # ("، حيث بلغت 80%", "، بما قدره 10.4%", "التي استمرت ل30 عاما": named in the clause before)
                counts = arabic_clause_counts(s.text[: n.start], n, unit in DURATIONS, counts)
            if lang == "en" and vote_tally(s.text, n) and "vote" not in (counts or ""):
                counts = f"votes ({counts})" if counts else "votes"  # "the Senate voted 68-31": votes, and whose
            if lang == "he" and "(age)" not in (counts or ""):  # an age in brackets stays an age
                counts = hebrew_counts(s.text, n, counts) or counts
                # ("אז הוא עמד על 72.3%": a pronoun alone says nothing of what is counted)
                counts = None if counts in ("הוא", "היא", "הם", "הן") else counts
            restated = source_restated(s.text, n.start, lang) if lang in ("ar", "he") else None
            if restated and not own_after(after, lang):  # "..., לפי המשטרה כ-30 אלף": the police are the source
                counts = restated
            # (also a baby's age with no "old": "an 8 month baby", "a six-week baby girl")
            old_age = re.match(_OLD_AFTER, after) or _FIND_FIGURES_RE8.search(n.text) or (
                # ("Nineteen-year old Dan Roe": the number read with its unit, then "old" after a space)
                _FIND_FIGURES_RE9.search(n.text) and _FIND_FIGURES_RE10.match(after)) or (
                _FIND_FIGURES_RE11.search(n.text) and _FIND_FIGURES_RE12.match(after))
            # "a 25-year-old", "a 15 year old", "a seven-year-old", "the 12-month-old baby", "a six-week-old puppy"
            if unit in ("years", "months", "weeks", "days") and old_age:
                holder = age_holder(counts.split(" (")[0], after, lang) if counts and lang in ("en", "da") else counts
                holder = holder_before(s.text[: n.start], after, holder) if lang == "en" else holder  # "kids under 6"
                holder = nominal_holder(after, holder) if lang == "en" else holder  # "the 25-year-old accused"
                if re.match(r"(?:[- ]?(?:year|month|week|day)s?[- ]old)?['’]?s\b", after):
                    holder = None  # "praised the 30-year-old's skills": the age is the noun, what follows is owned
                    # (and a plural noun of age, "The 16-year-olds, who ...", "two 18-year-olds": they are aged)
                counts = f"age ({holder})" if holder and holder != "age" else "age"
            if BELOW_ZERO.match(after):  # "15 degrees below zero", "10 درجات تحت الصفر": a negative figure
                n = dataclasses.replace(n, value=-n.value, value_max=-n.value_max if n.value_max else None)
                unit = unit or "degrees"
            elif n.value_max is None and n.value > 0 and minus_before(s.text[: n.start], unit):
                n = dataclasses.replace(n, value=-n.value)  # "-5 degrees", "minus 40C", "fell by -2%"
            elif n.value_max and n.value > 0 and minus_before(s.text[: n.start], unit):
                # "-1C to -4C": both ends below zero; "from -3C to 4C": the low end only
                high = -n.value_max if _SIGNED_RANGE.search(n.text) else n.value_max
                n = dataclasses.replace(n, value=-n.value, value_max=high)
            counts = seen or counts  # (no later reading takes the verb "jump" for what the change counts)
            counts = without_sign_letters(s.text[: n.start], counts) if n.currency else counts  # "HK$": no "HK"
            out.append(
                Fact("figure", figure_text(s.text, n), s.index, value=n.value, value_max=n.value_max,
                     qualifier=n.qualifier, unit=unit, counts=counts, number=n)
            )  # fmt: skip
        share_counts([f for f in out[start:] if f.number is not None], s.text)
        share_forward([f for f in out[start:] if f.number is not None], s.text, lang)
        share_lists([f for f in out[start:] if f.number is not None], s.text, lang)  # "37, 16 and 3 complaints"
        share_units([f for f in out[start:] if f.number is not None], s.text, lang)  # "given 4.5 and 3 years"
        numbered = [f for f in out[start:] if f.number is not None]
        share_table_rows(numbered, s.text, before_figures, before_text, lang)  # "X with 717 points. Y, 693; Z, 666"
        before_figures, before_text = numbered, s.text
        share_respectively([f for f in out[start:] if f.number is not None], s.text, lang, STOP.get(lang, EN_STOP))
        if lang == "en":  # "Pellmar and Rocklin gained 0.84% and 2.07%": each its own mover
            pair_movers([f for f in out[start:] if f.number is not None], s.text)
        if lang == "en":  # "Four blasts, including two at the station and three at the market": parts and places
            listed_parts([f for f in out[start:] if f.number is not None], s.text)
        if lang == "en":  # "12 new cases, bringing the total to 312": a total of the cases
            totals_of([f for f in out[start:] if f.number is not None], s.text)
        if lang == "en":  # "$1.59 billion, or $1.02 per share", "up 54 percent from $4.31 billion"
            per_share_and_baselines([f for f in out[start:] if f.number is not None], s.text)
            revised_levels([f for f in out[start:] if f.number is not None], s.text)  # "was revised to 172,000"
            sums_going_to([f for f in out[start:] if f.number is not None], s.text)  # "$10m will go toward X"
            sums_given_as([f for f in out[start:] if f.number is not None], s.text)  # "approved $5m as compensation"
            share_from_level([f for f in out[start:] if f.number is not None], s.text)  # "from US$1.33 billion, or 27"
            share_elided_noun([f for f in out[start:] if f.number is not None], s.text)  # "after losing 2.7 million"
            share_compared_levels(out[sentence_start:], s.text)  # "two-thirds of X, compared to 44 per cent in 2002"
            share_included_parts([f for f in out[start:] if f.number is not None], s.text)  # "X jobs, including Y"
            share_adverb_parts([f for f in out[start:] if f.number is not None], s.text)  # "10 partially and six"
            share_sent_object([f for f in out[start:] if f.number is not None], s.text)  # "sending the stock down 5%"
            share_copula_pairs([f for f in out[start:] if f.number is not None], s.text)  # "A and B were $4bn and $1bn"
        for f in out[start:]:
            if lang == "en" and f.number is not None:  # (not shared: "$5bn and a rise in its dividend to $0.26")
                seen_kind = f.number.kind == "percent" or f.number.currency is not None or f.unit not in (None, "times")
                if not seen_kind or seen_changing(s.text[: f.number.start]) is None:  # ("saw X jump by")
                    f.counts = set_or_changed(s.text[: f.number.start], s.text[f.number.end :], f.counts)
            if f.counts is None and f.number is not None:
                f.counts = clause_before(s.text, f.number, lang)
                f.counts = with_extras(s.text, f.number, f.counts) if lang == "en" else f.counts
                f.counts = da_without_subordinator(f.counts) if lang == "da" else f.counts
            if lang == "en" and f.number is not None:  # "Last year sales rose 5%": not "year sales"
                f.counts = without_fronted_time(s.text, f.number.start, f.counts)
                f.counts = with_per_unit(s.text, f.counts)  # "Basic earnings per share (EPS) ... stood at"
                f.counts = abbreviated_subject(s.text[: f.number.start], f.counts)  # "..., and amortisation (EBITDA)"
        share_change_ends([f for f in out[start:] if f.number is not None], s.text, lang)  # "من 5 إلى 7 مليار دولار"
        if lang == "ar":  # "ارتفعت التجارة مع سويسرا بنسبة 120%، ومع الهند بنسبة 33%": the gapped items
            ar_gapped_leads([f for f in out[start:] if f.number is not None], s.text)
            ar_generic_totals([f for f in out[start:] if f.number is not None])  # "ليصل الإجمالي إلى 426"
            ar_from_to_gap([f for f in out[start:] if f.number is not None], s.text)  # "من X (Y) ...، إلى Z (W)"
            ar_tranche_rates([f for f in out[start:] if f.number is not None], s.text)  # "40 % على X و20 على Y"
            ar_elided_noun([f for f in out[start:] if f.number is not None], s.text)  # "54 مخالفا للإقامة و9 للاشتباه"
            ar_pronoun_measure([f for f in out[start:] if f.number is not None], s.text)  # "لتبلغ قيمتها 11 مليار"
            ar_described_measure([f for f in out[start:] if f.number is not None], s.text)  # "مسيرة طولها 700 كم"
            ar_share_of_product([f for f in out[start:] if f.number is not None], s.text)  # "3.6% من الناتج"
            arabic_noun_dual_counts(out[start:])  # "أدى إلى وفاة شخصين": two people
            ar_amounting_participle([f for f in out[start:] if f.number is not None], s.text)  # "البالغ 26 دولار"
            ar_of_which_parts([f for f in out[start:] if f.number is not None], s.text)  # "منها 13.5% للذكور"
            ar_moving_levels([f for f in out[start:] if f.number is not None], s.text)  # "، منتقلا من 12 إلى 11.5"
            ar_points_of_before([f for f in out[start:] if f.number is not None])  # "أي بناقص 0.4 نقطة"
            ar_told_again([f for f in out[start:] if f.number is not None], s.text)  # "وبقيمة 523 مليون"
            ar_bracketed_distance([f for f in out[start:] if f.number is not None], s.text)  # "(90 كم غرب X)"
            ar_wind_speeds([f for f in out[start:] if f.number is not None], s.text)  # "والرياح ... 35 – 70 كم/ساعة"
            ar_prison_terms([f for f in out[start:] if f.number is not None], s.text)  # "بسجن الجناة جميعا 4 سنوات"
            ar_rate_of_change([f for f in out[start:] if f.number is not None], s.text)  # "بزيادة 16 ألف فرد بنسبة"
            ar_compared_same_noun([f for f in out[start:] if f.number is not None], s.text)  # "X فرد، مقابل Y فرد"
            ar_place_first_list([f for f in out[start:] if f.number is not None], s.text)  # "تبوك 38 حالة والخرج 5"
            ar_priced_items([f for f in out[start:] if f.number is not None], s.text)  # "تشمل رصف الطرق بمبلغ 15 مليون"
        if lang == "en":  # "..., sharply down 78.6 percent from a year earlier": the change of the figure before
            share_restated_change([f for f in out[start:] if f.number is not None], s.text)
        if lang == "he":  # "הפצועים היו בגילאים: 2, 7, 8 ו-50": ages, each of them
            he_age_lists([f for f in out[start:] if f.number is not None], s.text)
            he_part_of_them([f for f in out[start:] if f.number is not None], s.text)  # "הפצועים ..., שניים מהם"
            he_level_ends([f for f in out[start:] if f.number is not None], s.text)  # "מרמה של X לרמה של Y"
            he_gapped_time([f for f in out[start:] if f.number is not None], s.text)  # "ומתחילת השנה ב-0.8%"
            he_span_noun([f for f in out[start:] if f.number is not None], s.text)  # "ב-12 החודשים האחרונים"
            he_of_measure([f for f in out[start:] if f.number is not None], s.text)  # "במרחק של 45 ק"מ מצפון"
            he_verb_first([f for f in out[start:] if f.number is not None], s.text)  # "גדל הפדיון בענפי X ב-5%"
            he_changed_object([f for f in out[start:] if f.number is not None], s.text)  # "העלה ב-0.5% את הריבית"
        if lang == "he":  # "הגירעון יעמוד על 6.8% וב-2022 על 3.9%": the same measure a year later
            share_hebrew_time_ellipsis([f for f in out[start:] if f.number is not None], s.text)
            he_bare_list([f for f in out[start:] if f.number is not None], s.text)  # "פירות 1.5%, תחבורה 1.6%"
            he_gapped_items([f for f in out[start:] if f.number is not None], s.text)  # "X 28 מנדטים, Y ב-14"
        # "بارتفاع بنسبة 14 %", "مقابل 470 مليون", "לעומת 40 מיליארד", "og udgør 21,5 mia.": another figure's noun
        share_restated([f for f in out[start:] if f.number is not None], s.text, lang, out[:sentence_start])
        if lang == "en":  # "two of the victims dying and three sustaining injuries": three victims
            share_gapped_counts([f for f in out[start:] if f.number is not None], s.text)
            # "jailed for five years and his wife for four": four years
            share_gapped_terms([f for f in out[start:] if f.number is not None], s.text)
            share_out_of_whole([f for f in out[start:] if f.number is not None], s.text)  # "50 seats out of 75"
            # "179 suspects for robbery, 100 for kidnapping": a list's later counts share the first one's noun
            share_listed_prepositions([f for f in out[start:] if f.number is not None], s.text)
            # "61% of renters in Tolvia, 58% in Marsh county": the renters, in Marsh county
            share_listed_shares([f for f in out[start:] if f.number is not None], s.text)
            share_listed_groups([f for f in out[start:] if f.number is not None], s.text)  # "two died, three remain"
            # "The injured passengers were taken to hospital. Of those, 17 were treated": injured passengers
            share_fronted_pronoun([f for f in out[start:] if f.number is not None], s.text,
                                  sentences[position - 1].text if position else "",
                                  [f for f in out[:sentence_start] if f.sentence == s.index - 1])  # fmt: skip
        if lang == "en":  # "Of those, 1,585 (7%) had been waiting": the share is of the count's patients
            share_bracketed_shares([f for f in out[start:] if f.number is not None], s.text)
        if lang == "en":  # "nine officers charged. Four more have since been implicated": more officers
            share_more(out[start:], s.text, out[:sentence_start], s.index)
        if lang == "en":  # "... stays strong at Number 2 with over 201,000.": the copies counted just before
            carry_with_counts([f for f in out[start:] if f.number is not None], s.text,
                              [f for f in out[:sentence_start] if f.number is not None], s.index)  # fmt: skip
            # "1,816 new cases were recorded. That figure is up 14%": the cases
            share_figure_anaphora(out[start:], s.text, out[:sentence_start], s.index)
            share_pronoun_change(out[start:], s.text, out[:sentence_start], s.index)  # "It was 45 per cent more"
        if lang == "da":  # "Blandt kvinderne er det 40 pct.", "..., mens det året før var 28 pct.": a dummy "det"
            da_dummy_subject([f for f in out[start:] if f.number is not None], s.text)
        for f in out[start:] if lang == "da" else []:  # "45 sekunder efter vinderen": the span's unit, as in English
            said = _DA_SPAN_UNIT.match(s.text[f.number.end :]) if f.number and f.unit in DURATIONS else None
            if said and said.group(1) not in (f.counts or "").split() and not (f.counts or "").startswith("age"):
                f.counts = f"{said.group(1)} ({f.counts})" if f.counts else said.group(1)
        if lang == "en":  # "was allowed in only once", "protested for three weeks": the event measured
            for f in out[start:]:
                age = (f.counts or "").startswith(("age", "since "))  # an age, or how long since an event named
                quality = compared_quality(s.text[f.number.end :]) if f.number and f.unit == "times" else None
                many = _AS_MANY.match(s.text[f.number.end :]) if f.number and f.unit == "times" else None
                if many and f.number is not None and not f.counts:  # "Twice as many women as men said ...": the women
                    f.counts = after_phrase(" " + s.text[f.number.end + many.end() :], lang)
                if quality and quality.split()[0] not in (f.counts or ""):
                    # "twice as resistant to rust": the quality compared, and whose
                    f.counts = f"{quality} ({f.counts})" if f.counts else quality
                elif f.number is not None and (f.unit in DURATIONS or f.unit == "times") and not age and not (
                    is_multiplying_verb(s.text, f.number)  # "will triple the prize": the verb is the figure itself
                ):
                    verb = event_verb(s.text, f.number.start, f.number.end)
                    # ("issue its preliminary report three to five days after ...": the deed the lag dates)
                    verb = verb_with_object(s.text, verb, f.number.start, f.number.end) if verb else verb
                    light = verb is not None and verb.lower() in ("took", "take", "takes", "taking") and f.counts
                    if verb and verb.lower() not in (f.counts or "").lower() and not light:  # "took 25 years to build"
                        f.counts = f"{f.counts} ({verb})" if f.counts else verb
                rest_of = s.text[f.number.end :] if f.number is not None else ""
                unit_span = unit_after(rest_of, lang)[1] if f.number is not None else 0
                moving = f.unit in LENGTHS or f.unit in ("centimetres", "millimetres", "inches", "yards")
                sized = _SIZE_AFTER.match(rest_of[unit_span:]) if moving and f.number is not None else None
                if sized and f.number is not None and _SIZES[sized.group(1).lower()] not in (f.counts or ""):
                    # "in water 35 metres (115 feet) deep", "The lake is 40 metres deep": the size, and of what
                    before_it = re.search(r"\b(?:in|of)\s+([a-z]{3,})\s+$", s.text[: f.number.start])
                    holder = before_it.group(1) if before_it and before_it.group(1) not in EN_STOP else f.counts
                    size = _SIZES[sized.group(1).lower()]
                    f.counts = f"{size} ({holder})" if holder else size
                per_time = moving and _PER_TIME.match(rest_of[unit_span:]) is not None
                per_time = per_time or f.unit in ("mph", "km/h", "kph", "knots")  # ("driving 91 mph": a speed too)
                if per_time and "speed" not in (f.counts or ""):
                    f.counts = f"speed ({f.counts})" if f.counts else "speed"  # "moved at 5.4 centimeters per second"
                of_the = r"\s+of\s+(?:the|his|her|its|their)\s"
                spanned = re.match(of_the, rest_of[unit_span:]) if f.unit in DURATIONS else None
                if spanned and f.counts and f.unit and f.unit not in f.counts and not age:
                    # "the first four days of the shutdown": the days, of what (a news key is often the unit)
                    f.counts = f"{f.unit} of {f.counts}"
                said = _SPAN_UNIT.match(rest_of) if f.unit in DURATIONS and not age and not spanned else None
                head = (f.counts or "").split(" (")[0].split()[-1:] or [""]
                if said and said.group(1) not in (f.counts or "").split() and head[0] not in _TIME_MEASURES:
                    # "over three days", "within six days": the span's own noun first (news keys a span on it as often
                    # as on what lasted), then what lasted
                    f.counts = f"{said.group(1)} ({f.counts})" if f.counts else said.group(1)
                if f.number is not None and f.unit in LENGTHS:  # "sailed 2,000 miles from Tolvik": the motion
                    verb = verb_just_before(s.text, f.number.start)
                    if verb and verb.lower() not in (f.counts or "").lower():
                        f.counts = f"{f.counts} ({verb})" if f.counts else verb
                if f.counts is None and f.number is not None:
                    bare = f.unit is None and f.number.kind == "number"  # (a bare count: no time it leaves unsaid)
                    f.counts = noun_before(s.text, f.number.start, bare)  # no reading at all: the last thing named
                    mark = mark_owner(s.text[: f.number.start], f.counts) if f.counts and lang == "en" else None
                    f.counts = f"{mark} ({f.counts})" if mark else f.counts  # "was at its highest level, 4.45m,"
                if f.number is not None and re.fullmatch(r"(?:US|C|A|NZ|HK|S)\$?", f.counts or ""):
                    f.counts = None  # "It was US$2.46 billion": the code of the figure's own sign, no noun
            for f in out[sentence_start:]:  # fractions too ("a third of a square mile ... of forest")
                f.counts = _unit_of(s.text, f, lang)
    texts = {s.index: s.text for s in sentences}
    if lang == "en":  # '"Peter Rabbit 2" collected $6.1 million': the film that earned it, not "collected"
        verb_subjects(out, texts)
        amount_subjects(out, texts)  # "Flight delays within, into or out of the US totaled 4,500": the delays
        paired_counts(out, texts)  # "maximum sentences of seven and 14 years": the 14 years are sentences too
        absolute_states(out, texts)  # "With the fire 30 percent contained, ...": the fire, contained
        number_of_subjects(out, texts)  # "with the number of exchanges exceeding 800": the exchanges
        copula_predicates(out, texts)  # "In addition, 59 are recovering patients": patients
        group_sizes(out, texts)  # "A family of six was displaced": the family's size
        age_parts(out, texts)  # "at the age of 17 years and 285 days": the days are the age's too
        poll_readings(out, texts)  # "with the Lib Dems on 8%", "(5,286 out of 5,390)", "1,001 GB adults"
        ratio_margins(out, texts)  # "by nearly 4-to-1", "a 5 to 1 margin": the margin
        deeds_of_counts(out, texts)  # "killed all 47 on board", "was sold for 290,000 euros"
        grammar_repairs(out, texts)  # "towards saving £45m", "a $5-a-share offer", "four clear of X"
        reshare_conversions(out, texts)  # "at 91.8F (33.2C)": the conversion reads what the first measure reads
        compound_nouns(out, texts)  # "measured at 6.1-magnitude, 10 kilometers below ground": the magnitude
        fact_box_counts(out, texts)  # "Injuries: 71 to firefighters, and 27 to civilians": injuries, both
        two_unit_durations(out, texts)  # "jailed for two years and six months": one span of 2.5 years
        pronoun_levels(out, texts)  # "By 2016/17 it had risen to 94.1 per cent": the proportion before
        made_levels(out, texts)  # "..., making the total payout 25.25 cents": the payout
        deal_prices(out, texts)  # "bought the keeper to Fulham in 1997 for £800,000": bought the keeper to Fulham
        brink_of(out, texts)  # "Group on brink of £2.7bn deal": the deal, not the brink
        milestone_counts(out, texts)  # "to top the 4 million mark in paid downloads": the downloads
        nearest_baselines(out, texts)  # "7.37m treatments for 6.23m patients, up from 7.36m": the treatments
        share_repeated_verb_counts(out, texts)  # "X, who polled 1,255 votes, ... Y, who polled 365": votes
        participle_measures(out, texts)  # "1,019 tablets weighing 540 grams worth Rs 30.57 lakh": the tablets'
        rate_periods(out, texts)  # "ran at least twenty-four kilometers a week": a distance a week
        ranked_shares(out, texts)  # "It's followed by the Free State with 87.5%": the pass rate before, its
        title_case_readings(out, sentences, find_figures)  # "Man Jailed For 12 Years": as "man jailed for 12 years"
        pronoun_antecedents(out)  # "28,070 of them, equivalent to 97.6%": the candidates, not "them"
        nounless_counts(out, texts)  # "The tour dipped 2%, holding steady with £3.1m": the tour (holding steady)
    out = without_numbered_names(out, texts)
    return without_exam_grades(out, texts) if lang == "en" else out  # "the top 9 grade", "at 8 or 9": no counts


# The time unit a span is written with, as a word of its own (not "years old", "two hours' drive", "a 10-day").
_SPAN_UNIT = re.compile(r"\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?![-'’]|\s+old\b)")
_DA_SPAN_UNIT = re.compile(r"\s+(sekunder|minutter|timer|døgn|dage|uger|måneder|år)\b(?![-'’]|\s+gam)")
# Nouns that are a measure of time themselves ("The life expectancy is 54 years"): the span's unit adds nothing.
_TIME_MEASURES = {"expectancy", "lifespan", "term", "tenure", "sentence", "wait", "delay", "duration", "period",
                  "age", "career", "reign"}  # fmt: skip
# "N times as many/much X": the noun after "as many" is what the multiple counts.
_AS_MANY = re.compile(r"\s*(?:times\s+)?as\s+(?:many|much)\s+(?!as\b|than\b)", re.IGNORECASE)
_THE_ONLY_ONE = re.compile(r"\b(?:the|not\s+the)\s+only\s+$", re.IGNORECASE)
# A length per unit of time after a figure: "5.4 centimeters per second", "200 miles an hour": a speed.
_PER_TIME = re.compile(r"\s*(?:per|an|a|every)\s+(?:second|minute|hour)\b|\s*/\s*(?:s|h|hr|sec)\b")
# A unit of time glued after a spelled number that has a hyphen of its own: "twenty-two-year-old", "forty-five-minute".
_SPELLED_UNIT_PART = re.compile(r"-(?:year|month|week|day|hour|minute|second)s?(?=-|$)", re.IGNORECASE)
# An age after a number: "-year-old", "year old", Danish "-årig", and a baby's with no "old" ("8 month baby").
_OLD_AFTER = re.compile(r"[- ]?(?:year|month|week|day)s?[- ]olds?\b|-årig|[- ](?:month|week)s?\s+(?:baby|infant)\b")
# A size adjective after a length (past a bracketed conversion): "35 metres (115 feet) deep".
_SIZE_AFTER = re.compile(
    r"\)?\s*(?:\([^)]*\)\s*)?(deep|high|tall|long|wide|thick)\b(?!\s+(?:of|as|ago|before|after|since)\b)", re.IGNORECASE
)
_SIZES = {"deep": "depth", "high": "height", "tall": "height", "long": "length", "wide": "width", "thick": "thickness"}
_AREA = re.compile(r"(?:square|cubic|sq\.?)\s+[a-z]+")


def _unit_of(text: str, f: Fact, lang: str) -> str | None:
    """What a figure measures when its reading is a unit ("a third of a square kilometre (0.13
    square miles) of forest"): the noun phrase after the unit's "of", past a bracketed conversion; else its counts."""
    counts = f.counts
    end = f.number.end if f.number is not None else text.find(f.text) + len(f.text)  # a fraction has no number
    if not counts or end < len(f.text) or (unit_after(" " + counts, lang)[0] is None and not _AREA.fullmatch(counts)):
        return counts
    at = text.find(counts, end)
    of = re.match(r"\s*(?:\([^)]*\)\s*)?\)?\s*of\s+", text[at + len(counts) :]) if at >= 0 else None
    what = after_phrase(" " + text[at + len(counts) + of.end() :], lang) if of else None
    return f"{what} ({counts})" if what else counts


def own_after(after: str, lang: str) -> bool:
    """Whether a word of the figure's own follows it (a noun, not a scale word, a stop or the end)."""
    first = re.match(r"\s*([^\W\d_][\w\u0640-]*)", after)
    if first is None:
        return False
    word = strip_arabic_marks(first.group(1))
    return word not in STOP.get(lang, set()) and not re.fullmatch(r"(?:[وب]?أل[فا]\w*|آلاف|مليون\w*|مليار\w*|אלף|אלפים|"
                                                                   r"מיליון|מיליארד)", word)


def _ends_after_preposition(text: str, n: NumberMatch, after: str) -> bool:
    """A spelled number after a preposition that ends its clause ("the toll rose to three.", "a family of
    four,"): the preposition's object, a figure; not "the two." (anaphora), which the skip rules read."""
    if not re.match(r"\s*[,.;:]", after) or re.search(r"\b(?:the|these|those)\s+$", text[: n.start], re.I):
        return False
    return after_preposition(text, n.start)
