"""A count that shares the noun of the count before it keeps its own deed (English).

"hired 300 workers in May but fired 120 in June", "put 12,000 people in shelters and killed at least six": the
second number has no noun and takes the first one's ("workers", "people"); the verb right before it says what was
done to those it counts. Shared whole, the first one's deed came along ("workers hired") and the second's was lost.
"""

from __future__ import annotations

from briefing_app.core.facts.done_to import done_to
from briefing_app.core.facts.figure_context import before_qualifier
from briefing_app.core.numbers import NumberMatch


def with_own_deed(shared: str, text: str, first_number: NumberMatch, second_number: NumberMatch) -> str:
    """`shared` (the first count's reading) with the first count's deed put aside and the second's added, when a
    verb done to its object stands right before each ("hired | 300", "fired | 120")."""
    own = done_to(before_qualifier(text, second_number))
    if own is None or own in shared:
        return shared
    first = done_to(before_qualifier(text, first_number))
    noun = shared.split(" (")[0]
    if first and noun.endswith(f" {first}"):
        noun = noun[: -len(first) - 1]  # "workers hired": the noun without the first one's deed
    elif first and shared.endswith(f"({first})"):
        noun = shared[: -len(first) - 2].strip()
    else:
        noun = shared
    return f"{noun} ({own})"
