"""Key facts scored on real news (tests/corpus/news/<lang>/<split>/): precision and recall per kind.

Run with `-s` to see the table per language and split. Matching rules (the gold format is in
tests/corpus/README.md):
* figures: same sentence, same value, and the gold `counts_key` inside the extracted `counts`;
  "figure values" (printed beside them, with its own floor) asks only for the sentence and value;
* people: the gold `key` is a word of the extracted name (a substring in Arabic and Hebrew, whose
  names carry clitics); roles: a matched person's role contains the gold `role_key`;
* quotes: the extracted quote covers one of the gold quote's sentences and its speaker contains the
  gold `speaker_key`;
* places and organisations: the same name as one of the gold spellings, ignoring case, a leading
  "the", a possessive and edge punctuation;
* dates: same sentence and the gold `key` inside the extracted text.
Several extracted items matching one gold item count once, on both sides (a duplicate is neither a
second hit nor an error). Precision counts every other extracted item as an error, de-duplicated by
its text. The floors below are set from the dev half and met on the test half too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import Document
from briefing_app.core.numbers import same_value, strip_arabic_marks
from briefing_app.core.pipeline import load_document
from tests.conftest import ROOT

NEWS = ROOT / "tests" / "corpus" / "news"
KINDS = ("figures", "figure values", "people", "roles", "quotes", "places", "organisations", "dates")


@dataclass
class Tally:
    gold: int = 0
    gold_hit: int = 0
    pred: int = 0
    pred_hit: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.gold_hit += other.gold_hit
        self.pred += other.pred
        self.pred_hit += other.pred_hit

    @property
    def recall(self) -> float:
        return self.gold_hit / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.pred_hit / self.pred if self.pred else 1.0


@dataclass
class Article:
    path: Path
    language: str
    gold: dict[str, Any]
    document: Document
    facts: list[Fact] = field(default_factory=list)

    def sentence_of(self, fragment: str) -> int:
        # (the reader puts text in Unicode's composed form, which orders stacked Arabic marks: "ٍّ" is read "ٍّ")
        fragment = unicodedata.normalize("NFC", fragment)
        for s in self.document.sentences:
            if fragment in s.text:
                return s.index
        raise AssertionError(f"{self.path.name}: no sentence holds {fragment!r}")


def _norm(name: str) -> str:
    name = strip_arabic_marks(name).replace("’", "'").strip(" .,;:\"'“”«»()")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"'s$", "", name)
    return re.sub(r"\s+", " ", name).lower()


def _score(gold: list[Any], pred: list[Fact], match: Callable[[Any, Fact], bool], key: Callable[[Fact], str]) -> Tally:
    """Recall over gold items; precision over extracted items with duplicates of one fact counted once."""
    hit_gold = sum(1 for g in gold if any(match(g, p) for p in pred))
    matched_groups: set[int] = set()
    wrong: set[str] = set()
    for p in pred:
        hits = [i for i, g in enumerate(gold) if match(g, p)]
        if hits:
            matched_groups.add(hits[0])
        else:
            wrong.add(key(p))
    return Tally(len(gold), hit_gold, len(matched_groups) + len(wrong), len(matched_groups))


def _name_match(language: str) -> Callable[[str, str], bool]:
    def match(key: str, name: str) -> bool:
        if language in ("ar", "he"):
            return strip_arabic_marks(key) in strip_arabic_marks(name)
        return re.search(rf"(?<![\w'’]){re.escape(key)}(?![\w'’])", name) is not None

    return match


@dataclass
class KindCheck:
    """One kind's gold items, extracted items, and how they are matched (the rules in the docstring above)."""

    gold: list[Any]
    pred: list[Fact]
    match: Callable[[Any, Fact], bool]
    key: Callable[[Fact], str]

    def tally(self) -> Tally:
        return _score(self.gold, self.pred, self.match, self.key)


def kind_checks(article: Article) -> dict[str, KindCheck]:
    gold, facts, lang = article.gold, article.facts, article.language
    by_kind: dict[str, list[Fact]] = {}
    for f in facts:
        by_kind.setdefault(f.kind, []).append(f)
    names = _name_match(lang)

    figures = [(article.sentence_of(g["sentence_text"]), g) for g in gold["figures"]]

    def figure(g: tuple[int, dict[str, Any]], p: Fact) -> bool:
        index, item = g
        if p.sentence != index or p.value is None or not same_value(p.value, item["value"]):
            return False
        key = item.get("counts_key")
        return key is None or (p.counts is not None and _norm(key) in _norm(p.counts))

    def figure_value(g: tuple[int, dict[str, Any]], p: Fact) -> bool:
        index, item = g
        return p.sentence == index and p.value is not None and same_value(p.value, item["value"])

    def person(g: dict[str, Any], p: Fact) -> bool:
        return names(g["key"], p.text)

    people_with_roles = [g for g in gold["people"] if g.get("role_key")]

    def role(g: dict[str, Any], p: Fact) -> bool:
        return person(g, p) and p.role is not None and g["role_key"].lower() in p.role.lower()

    quotes = [({article.sentence_of(t) for t in g["sentence_texts"]}, g) for g in gold["quotes"]]

    def quote(g: tuple[set[int], dict[str, Any]], p: Fact) -> bool:
        sentences, item = g
        return bool(sentences & set(p.sentences)) and p.speaker is not None and names(item["speaker_key"], p.speaker)

    def named(g: str | list[str], p: Fact) -> bool:
        spellings = [g] if isinstance(g, str) else g
        return any(_norm(s) == _norm(p.text) for s in spellings)

    dates = [(article.sentence_of(g["sentence_text"]), g) for g in gold["dates"]]

    def date(g: tuple[int, dict[str, Any]], p: Fact) -> bool:
        return p.sentence == g[0] and g[1]["key"].lower() in p.text.lower()

    roled = [p for p in by_kind.get("person", []) if p.role and any(person(g, p) for g in gold["people"])]
    text_key: Callable[[Fact], str] = lambda p: _norm(p.text)  # noqa: E731
    figure_key: Callable[[Fact], str] = lambda p: f"{p.sentence}:{p.value}"  # noqa: E731
    return {
        "figures": KindCheck(figures, by_kind.get("figure", []), figure, figure_key),
        "figure values": KindCheck(figures, by_kind.get("figure", []), figure_value, figure_key),
        "people": KindCheck(gold["people"], by_kind.get("person", []), person, text_key),
        "roles": KindCheck(people_with_roles, roled, role, text_key),
        "quotes": KindCheck(quotes, by_kind.get("quote", []), quote, lambda p: f"{p.sentence}"),
        "places": KindCheck(gold["places"], by_kind.get("place", []), named, text_key),
        "organisations": KindCheck(gold["organisations"], by_kind.get("organisation", []), named, text_key),
        "dates": KindCheck(dates, by_kind.get("date", []), date, lambda p: f"{p.sentence}:{p.text.lower()}"),
    }


def score_article(article: Article) -> dict[str, Tally]:
    return {kind: check.tally() for kind, check in kind_checks(article).items()}


@cache
def _batches() -> dict[tuple[str, str], str | None]:
    """(language, slug) -> the manifest's "batch" of that article (None for the first batches)."""
    out: dict[tuple[str, str], str | None] = {}
    for manifest in NEWS.glob("*/manifest.json"):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        for entry in data["articles"]:
            out[(manifest.parent.name, entry["slug"])] = entry.get("batch")
    return out


@cache
def articles(split: str, batch: str | None = None) -> tuple[Article, ...]:
    """The split's articles; with `batch`, only those the manifests record in that batch."""
    out = []
    for gold_path in sorted(NEWS.glob(f"*/{split}/*.gold.json")):
        slug = gold_path.name.removesuffix(".gold.json")
        if batch is not None and _batches().get((gold_path.parent.parent.name, slug)) != batch:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        lang = gold["language"]
        document = load_document(gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt"), language=lang)
        out.append(Article(gold_path, lang, gold, document, extract_facts(document)))
    return tuple(out)


def score_split(split: str, batch: str | None = None) -> dict[str, dict[str, Tally]]:
    """Per language (and "all"), per kind, summed over the split's articles; prints the table."""
    table: dict[str, dict[str, Tally]] = {}
    for article in articles(split, batch):
        scores = score_article(article)
        for lang in (article.language, "all"):
            row = table.setdefault(lang, {k: Tally() for k in KINDS})
            for kind in KINDS:
                row[kind].add(scores[kind])
    langs = sorted(table)
    counts = {lang: sum(1 for a in articles(split, batch) if lang in ("all", a.language)) for lang in langs}
    which = f"{split} half" + (f", {batch} only" if batch else "")
    print(f"\nkey facts on real news, {which}: precision / recall (gold items, extracted items)")
    print(f"  {'kind':<22}" + "".join(f"{f'{lang} ({counts[lang]} art.)':<22}" for lang in langs))
    for kind in KINDS:
        label = "figures (value only)" if kind == "figure values" else kind
        cells = "".join(
            f"{f'{t.precision:.2f}/{t.recall:.2f} ({t.gold},{t.pred})':<22}"
            for t in (table[lang][kind] for lang in langs)
        )
        print(f"  {label:<22}{cells}")
    return table


# Floors per kind over all languages of a split: (precision, recall). The extractor is developed on the
# dev half only; the test half is scored at the end of a round. Twenty-second round (this table's source): dev 347
# articles, test 320 (en 209, ar 64, he 28, da 19). P/R dev / test after the round's code (test before it, the
# twenty-first round's code on the same articles): figures .92/.93, .72/.75 (.72/.75); figure values .97/.98,
# .89/.92 (.89/.92); people .95/.94, .88/.86 (.87/.86); roles .96/.89, .92/.74 (.92/.74); quotes .95/.96,
# .72/.74 (.72/.73); places .93/.89, .88/.85 (.88/.85); organisations .85/.84, .71/.70 (.70/.70); dates
# .88/.92, .88/.89 (.88/.89). Each floor is a little under the lower of the two halves, so that a change
# that makes either worse fails here.
FLOORS: dict[str, tuple[float, float]] = {
    "figures": (0.71, 0.74),
    "figure values": (0.88, 0.91),
    "people": (0.86, 0.85),
    "roles": (0.92, 0.73),
    "quotes": (0.72, 0.73),
    "places": (0.87, 0.84),
    "organisations": (0.69, 0.69),
    # (test recall .89 until the thirtieth round's blind batch, whose 8 test articles hold 32 dates read at .72,
    # brought the half to .889 with the same code)
    "dates": (0.87, 0.88),
}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_key_facts_on_real_news_meet_the_floors(split: str) -> None:
    if not list(NEWS.glob(f"*/{split}/*.gold.json")):
        pytest.fail(f"no gold in tests/corpus/news/*/{split}/")
    table = score_split(split)
    row = table["all"]
    for kind, (precision, recall) in FLOORS.items():
        assert row[kind].precision >= precision, f"{split} {kind} precision {row[kind].precision:.2f}"
        assert row[kind].recall >= recall, f"{split} {kind} recall {row[kind].recall:.2f}"


FRESH_BATCH = "round 37"

# The latest batch's test articles (4: 3 English, a Voice of America story from a repost, a VOA Learning English story,
# another VOA story from a repost; 1 Danish Commission release) were annotated blind and first scored before the
# thirty-ninth round's code was merged, then after it, with the same reading to two decimals: figures .73/.81, figure
# values .87/.96, people .86/1.00, roles 1.00/.50 (6 gold people, 3 with a role read), quotes .50/.50 (4 gold quotes),
# places 1.00/.93, organisations .70/1.00, dates .84/.80. So few articles move a score by several points per fact, so
# the floors sit three points under the reading.
FRESH_FLOORS: dict[str, tuple[float, float]] = {
    "figures": (0.70, 0.78),
    "figure values": (0.84, 0.93),
    "people": (0.83, 0.97),
    "roles": (0.97, 0.47),
    "quotes": (0.47, 0.47),
    "places": (0.97, 0.90),
    "organisations": (0.67, 0.97),
    "dates": (0.81, 0.77),
}


def test_fresh_test_articles_are_reported_on_their_own() -> None:
    """The test articles added in the latest batch were never scored while the extractor changed, so
    their table (printed with -s) is the most honest reading; it must clear its own floors (FRESH_FLOORS)."""
    if not articles("test", FRESH_BATCH):
        pytest.fail(f"no test article of batch {FRESH_BATCH!r} in the manifests")
    row = score_split("test", FRESH_BATCH)["all"]
    for kind, (precision, recall) in FRESH_FLOORS.items():
        assert row[kind].precision >= precision, f"fresh test {kind} precision {row[kind].precision:.2f}"
        assert row[kind].recall >= recall, f"fresh test {kind} recall {row[kind].recall:.2f}"
