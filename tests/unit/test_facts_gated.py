"""The substring gates of costly patterns (`gated.py`) and the per-article caches (`per_document.py`): a gate
must never hide a match the plain pattern finds, and a cache must be emptied for each new article."""

from __future__ import annotations

import re

import pytest

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


def test_the_tail_word_gate_finds_what_the_pattern_finds() -> None:
    from briefing_app.core.facts.orgs import EN_TAIL_RUN

    plain = re.compile(EN_TAIL_RUN.pattern)
    texts = [
        "The Harbour Valley Co-operative Bank said on Monday it would close.",
        "Workers at the Quayside Sun-Times walked out.",
        "She joined the Riverton Co-operative in 2004.",
        "Nobody from the harbour came.",
        "A spokesman for Northwind Holdings declined to comment.",
        "The Committee to Protect Writers and the Harbour Trust agreed.",
    ]
    for text in texts:
        assert [m.span() for m in EN_TAIL_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert not EN_TAIL_RUN.possible("Nobody from the harbour came.")


def test_shape_gates_find_what_the_patterns_find() -> None:
    from briefing_app.core.facts.orgs import CHANNEL, DOMAIN

    texts = [
        "She wrote on harbournotes.org and on quaywire.co.uk, then on Channel 4 and BBC Two.",
        "Fox 32 Riverton reported it first.",
        "Nothing here. Nor here: no address, no channel.",
        "With governance.it is costly, he said.",
    ]
    for gate in (DOMAIN, CHANNEL):
        plain = re.compile(gate.pattern)
        for text in texts:
            assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert not DOMAIN.possible("Nothing here. Nor here: no address, no channel.")


def test_the_clause_start_found_in_one_pass_is_the_pattern_s_match() -> None:
    import random

    from briefing_app.core.facts.figure_words import CLAUSE_START

    rng = random.Random(7)
    pieces = ["and", "But", "the", "rate", "2,500", ",", ";", "said", "SAID", "whereas", "(", "“", "believes", "og",
              "at", "men", "3", "—", "as", "asked", "toll"]  # fmt: skip
    for clause in CLAUSE_START.values():
        for _ in range(500):
            text = "".join(rng.choice(pieces) + rng.choice([" ", "", ",", "  "]) for _ in range(rng.randint(0, 12)))
            found, expected = clause.search(text), clause.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span()), text


def test_a_pattern_at_the_end_is_found_from_the_last_words_only() -> None:
    import random

    from briefing_app.core.facts.gated import AtEnd, tail_start

    assert tail_start("the Bank of  ", 2) == 4
    assert tail_start("Bank", 3) == 0
    shapes = [
        (r"[A-ZÆØÅ][\w.'’-]*\s+(?:of|for|de|du)\s+$", 2),
        (r"\b[Tt]he\s+$", 1),
        (r"[.:!?][\"”']?\s*$", 1),
        (r"\b(?:in|at|from|outside)\s+$", 1),
    ]
    rng = random.Random(11)
    pieces = ["the", "The", "Bank", "of", "for", "in", "outside", "said.", "“Yes!”", "McRoe", "x-Ray", "\n", "  ", " "]
    for pattern, words in shapes:
        at_end, plain = AtEnd(pattern, words), re.compile(pattern)
        for _ in range(400):
            text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\t", "\n"]) for _ in range(rng.randint(0, 9)))
            found, expected = at_end.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span()), (pattern, text)


def test_gated_date_patterns_find_what_the_plain_patterns_find() -> None:
    # dates.py runs every date pattern behind the words its matches hold; made-up sentences with and without dates
    from briefing_app.core.facts.dates import _compiled

    texts = {
        "en": ["The board met on Monday, 4 March 2024, at 9 a.m.", "Sales rose in the spring.", "No date here."],
        "da": ["Mødet holdes tirsdag den 14. oktober 2025.", "Havnen lukker i weekenden.", "Ingen dato."],
        "ar": [
            "عقد المجلس اجتماعه يوم الاثنين 4 مارس 2024.",
            "قال المدير إن المصنع سيفتح في العام المقبل.",
            "لا تاريخ هنا.",
        ],
        "he": ["הוועדה תתכנס ביום שני, 12 במרץ 2019.", "העירייה הודיעה אמש על סגירת הכביש.", "אין כאן תאריך."],
    }
    for lang, sentences in texts.items():
        for pattern in _compiled(lang):
            plain = re.compile(pattern.core.pattern, pattern.core.compiled.flags)
            for text in sentences:
                found = [m.span() for m in pattern.core.finditer(text)]
                assert found == [m.span() for m in plain.finditer(text)], (lang, pattern.core.pattern, text)


def test_gazetteer_word_caches_are_per_article() -> None:
    # gazetteer.py keeps a word's lookup forms, normal form and entry per article only (per_document)
    from briefing_app.core.facts import gazetteer

    text = "Ministers met in Paris and in Kessby on Monday."
    first = gazetteer.find_mentions(text, "en")
    assert [m.written for m in first] == ["Paris"]
    assert gazetteer._forms.cache_info().currsize > 0  # type: ignore[attr-defined]
    new_document()
    for cached in (gazetteer._forms, gazetteer.normalise, gazetteer.lookup):
        assert cached.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert gazetteer.find_mentions(text, "en") == first


def test_one_scan_finds_every_gate_s_words_a_sentence_holds() -> None:
    # needles that are prefixes of one another, or overlap, or sit inside a longer one: each one the text holds
    # is found, as a substring test per needle would find it
    words = ["spokes", "spokesman", "spokeswoman", "man", "Council", "Coun", "&", "oun", "Northwind"]
    gates = [gated(re.escape(w) + r"\b") for w in words] + [gated(r"\b(?:spokes|Counc)\w*\s+for")]
    texts = [
        "A spokeswoman for the Council said so.",
        "Coun Roe & Co.",
        "The spokesman, a man from Northwind.",
        "Nothing here.",
        "",
    ]
    new_document()
    for text in texts:
        for gate in gates:
            assert gate.possible(text) == any(needle in text for needle in gate.needles)
    for text in texts:  # a gate made after the sentence was scanned is answered with its own words too
        late = gated(r"Counci\w+")
        assert late.possible(text) == ("Counci" in text)


def test_arabic_and_hebrew_words_ruled_out_at_once_start_no_listed_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # gazetteer._may_start_a_name rules a word out before its clitics are read one by one: the forms found must be
    # those the full reading finds, for listed names with clitics and the article glued on and for other words
    from briefing_app.core.facts import gazetteer

    keys = [k for k in gazetteer._index() if len(k) > 2 and gazetteer._RTL.match(k)]
    he = [k for k in keys if "\u05d0" <= k[0] <= "\u05ea"][:40]
    ar = [k for k in keys if "\u0621" <= k[0] <= "\u064a"][:40]
    words = {
        "he": [p + k for k in he for p in ("", "ו", "ב", "וב", "ש", "כשב", "ה")] + ["מילה", "ושמילה", "א"],
        "ar": [p + k for k in ar for p in ("", "و", "ب", "لل", "ول", "فب")]
        + [p + k[2:] for k in ar if k.startswith("ال") for p in ("لل", "ول", "بال")]
        + ["كلمة", "وكلمة", "ا"],
    }
    for lang, forms in words.items():
        new_document()
        quick = [gazetteer._forms(w, lang) for w in forms]
        new_document()
        monkeypatch.setattr(gazetteer, "_may_start_a_name", lambda first, clitics: True)
        assert [gazetteer._forms(w, lang) for w in forms] == quick
        assert sum(map(bool, quick)) > len(forms) // 3  # (the glued names are found)
        monkeypatch.undo()
    new_document()
