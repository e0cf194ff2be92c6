"""Danish "de <number> <noun>": a group the story tells for the first time is a count; one it told before is
anaphora. Made-up sentences with invented names (round 51, the shape of misses found on real Danish news in several
outlets), each with near misses that must stay anaphora."""

from __future__ import annotations

from tests.unit.facts_helpers import facts_of


def _figures(*paragraphs: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.counts) for f in facts_of(["Nyt fra byen", *paragraphs], "da") if f.kind == "figure"]


def _has(figures: list[tuple[float | None, str | None]], value: float, key: str) -> bool:
    return any(v == value and key in (c or "") for v, c in figures)


def test_a_group_first_told_after_de_is_a_count() -> None:
    figures = _figures("Planen bygger på de seks krav, som udvalget blev enige om i foråret.")
    assert _has(figures, 6, "krav")
    figures = _figures("Aftalen gælder for de syv kommuner på øen og deres skoler.")
    assert _has(figures, 7, "kommuner")
    # an adjective before the noun
    figures = _figures("Her mødes de fem nordiske ministre hvert andet år.")
    assert _has(figures, 5, "ministre")


def test_a_superlative_after_de_ranks_a_count_even_of_a_noun_told_before() -> None:
    figures = _figures("Byerne voksede i år.", "Blandt de tre største byer er Kessby og Tolvik.")
    assert _has(figures, 3, "byer")


def test_a_pair_counts_only_when_its_two_members_are_named_after_it() -> None:
    figures = _figures("Om bord var de to piloter Jens Holm og Ole Berg.")
    assert _has(figures, 2, "piloter")
    # a date before ("2. maj") is no earlier mention of the number
    figures = _figures("Den 2. maj styrtede et fly ned.", "De to piloter Jens Holm og Ole Berg overlevede.")
    assert _has(figures, 2, "piloter")
    # "de to stater" after two names is the pair again, no count
    assert not any(v == 2 for v, _ in _figures("Kessland og Tolvia har indgået en aftale.", "De to stater betaler."))


def test_a_group_told_before_stays_anaphora() -> None:
    # the number was said before: the same group again
    told = _figures("Tre mænd blev anholdt i nat.", "De tre unge mænd er sigtet for røveri.")
    assert [v for v, _ in told].count(3) == 1
    # the noun was named before: "the shops" again
    named = _figures("Butikkerne i gaden lukker.", "Ejerne af de fire butikker vil sælge.")
    assert not any(v == 4 for v, _ in named)
    # a past verb after the number: the three of a list of names
    listed = _figures("Mads Ravn, Ole Vang og Jens Bak var med.", "De tre kørte hjem om aftenen.")
    assert not any(v == 3 for v, _ in listed)
