"""The substring gates of costly patterns (`gated.py`) and the per-article caches (`per_document.py`): a gate
must never hide a match the plain pattern finds, and a cache must be emptied for each new article."""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import gated, needles
from briefing_app.core.facts.per_document import new_document, per_document
from tests.unit.facts_helpers import facts_of


def test_needles_are_the_words_every_match_holds() -> None:
    assert set(needles(r"\b(?:published|posted|wrote)\s+by\b")) == {"published", "posted", "wrote"}
    assert needles(r"(?<![\w-])[A-Z]\w+\s+Council\b") == ("Council",)
    assert needles(r"(?:the\s+)?harbour") == ("harbour",)  # an optional part needs nothing
    assert needles(r"\b(?:FC|Real)\s+[A-Z]\w+") == ("FC", "Real")  # a capital makes two letters rare
    assert needles(r"[A-Z]\w+\s+&\s+[A-Z]\w+") == ("&",)  # so is a mark prose seldom uses
    assert needles(r"board(?=\s+meeting)") in (("board",), ("meeting",))  # a look-ahead's words are there too


def test_no_gate_where_a_match_needs_no_word() -> None:
    assert needles(r"[A-Z][a-z]+\s+[A-Z][a-z]+") == ()
    assert needles(r"mayor|[0-9]+") == ()  # one alternative has no word, so the others gate nothing
    assert needles(r"(?i:council)\s+\w+") == ()  # a letter under IGNORECASE may be either case
    assert needles(r"of|in") == ()  # words this short are in nearly every sentence
    assert needles(r"x(?!ylophone)") == ()  # what a negative look-ahead names is not in the text


def test_a_gated_pattern_finds_what_the_pattern_finds() -> None:
    source = r"(?<![\w'-])((?:[A-Z][a-z]+\s+){1,3})(?:reported|tweeted)\b|\bspokes(?:man|woman)\s+for\s+([A-Z]\w+)"
    plain, gate = re.compile(source), gated(source)
    texts = [
        "Harbour Notes reported the fire on Monday.",
        "A spokeswoman for Northwind declined to comment.",
        "Nobody said anything about the harbour.",
        "",
        "Quay Daily tweeted, then Quay Daily reported it again.",
    ]
    for text in texts:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert gate.findall(text) == plain.findall(text)
        assert bool(gate.search(text)) == bool(plain.search(text))
        assert bool(gate.match(text)) == bool(plain.match(text))
        assert bool(gate.search(text, 5, 30)) == bool(plain.search(text, 5, 30))
    assert not gate.possible("Nobody said anything about the harbour.")


def test_per_document_answers_are_forgotten_for_a_new_article() -> None:
    calls: list[str] = []

    @per_document
    def words(text: str) -> tuple[str, ...]:
        calls.append(text)
        return tuple(text.split())

    assert words("a quiet harbour") == ("a", "quiet", "harbour")
    assert words("a quiet harbour") == ("a", "quiet", "harbour")
    assert calls == ["a quiet harbour"]
    new_document()
    words("a quiet harbour")
    assert calls == ["a quiet harbour", "a quiet harbour"]


def test_two_articles_read_in_a_row_keep_their_own_facts() -> None:
    first = ["שר החוץ יוסי כהן אמר כי הממשלה תדון בהצעה."]
    second = ["ראש העיר רונית לוי אמרה כי העירייה תפתח גן."]
    alone = [f.to_json() for f in facts_of(second, "he")]
    facts_of(first, "he")
    assert [f.to_json() for f in facts_of(second, "he")] == alone
