"""Numbers that are not figures: parts of names and codes, dates and times, ordinals, anaphora, scores.

Each test takes the sentence and one number read by `core.numbers` and says why it is no quantity
the article reports. The tests live in modules of one job each; this module gathers them for `figures`:
`number_names` (names, models, ranks, addresses, codes), `number_dates` (dates and times),
`spelled_numbers` (anaphora and membership of spelled numbers), `match_scores` (scores and vote tallies),
`list_markers` (list and section numbers).
"""

from __future__ import annotations

from briefing_app.core.facts.list_markers import is_list_marker
from briefing_app.core.facts.match_scores import is_score, vote_tally
from briefing_app.core.facts.number_dates import arabic_spelled_years, is_date_part
from briefing_app.core.facts.number_names import part_of_name
from briefing_app.core.facts.spelled_numbers import one_after_noun, one_or_another, rank_or_grade, skip_spelled

__all__ = [
    "arabic_spelled_years",
    "is_date_part",
    "is_list_marker",
    "is_score",
    "one_after_noun",
    "one_or_another",
    "part_of_name",
    "rank_or_grade",
    "skip_spelled",
    "vote_tally",
]
