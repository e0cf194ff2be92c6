"""Round 30 (k-fig28): a bare "m" after a number is millions when its clause counts something.

Made-up sentences; near misses keep metres.
"""

from __future__ import annotations

from briefing_app.core.numbers import find_numbers


def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text, "en")]


def test_bare_m_after_a_count_subject_is_millions() -> None:
    assert 6.2e6 in _values("June passenger numbers rose 4.1% year-on-year to 6.2m.")
    assert 9.4e6 in _values("Viewing figures peaked at 9.4m for the final episode.")
    assert 71.5e6 in _values("That took the rolling passenger figure to 71.5m.")


def test_bare_m_near_misses_stay_metres() -> None:
    assert 6.2e6 not in _values("He cleared 6.2m in the pole vault, a record for jumpers in the numbers game.")
    assert 100e6 not in _values("Her numbers show she won the 100m in 10.9 seconds.")
    assert 4.5e6 not in _values("Visitor numbers were high as waves reached 4.5m.")
