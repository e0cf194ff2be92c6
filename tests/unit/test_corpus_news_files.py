"""The real-news corpus (tests/corpus/news/<lang>/) is well formed: gold that the scorer can use.

This checks the files, never the extractor: the gold must stay independent of the code it scores.
Every `sentence_text` must lie inside exactly one sentence as the segmenter cuts the article, so a
gold item can be matched to the sentence an extracted item comes from; splits and sources must be
as the manifest says, so test articles stay apart and every file carries its attribution.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from briefing_app.core.pipeline import load_document
from tests.conftest import ROOT

NEWS = ROOT / "tests" / "corpus" / "news"
SPLITS = ("dev", "test")
GOLD_KEYS = {"language", "annotated_by", "figures", "people", "places", "organisations", "dates", "quotes"}
FIGURE_KEYS = {"sentence_text", "text", "value", "value_max", "qualifier", "unit", "counts", "counts_key"}
PERSON_KEYS = {"name", "key", "role", "role_key"}
DATE_KEYS = {"sentence_text", "key"}
QUOTE_KEYS = {"sentence_texts", "speaker", "speaker_key"}
# Manifests are written by different hands; these are the spellings accepted for the two fields
# every entry must carry.
SOURCE_FIELDS = ("source_url", "url", "source")
LICENCE_FIELDS = ("licence", "license")


def _languages() -> list[Path]:
    return sorted(p for p in NEWS.iterdir() if p.is_dir()) if NEWS.is_dir() else []


def _gold_files() -> list[Path]:
    return sorted(p for lang in _languages() for split in SPLITS for p in (lang / split).glob("*.gold.json"))


def _article_for(gold: Path) -> Path:
    return gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")


def _manifest_entries(lang_dir: Path) -> list[dict[str, Any]]:
    manifest = lang_dir / "manifest.json"
    assert manifest.is_file(), f"{lang_dir.name}: no manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    entries = data.get("articles") if isinstance(data, dict) else data
    assert isinstance(entries, list), f"{manifest}: no list of articles"
    return entries


@cache
def _sentences(article: Path, language: str) -> tuple[str, ...]:
    # The gold's own language is given so that segmentation does not hang on detection.
    return tuple(s.text for s in load_document(article, language=language).sentences)


def _the_sentence(sentences: tuple[str, ...], fragment: str, where: str) -> str:
    fragment = unicodedata.normalize("NFC", fragment)  # (the reader composes text: stacked Arabic marks reorder)
    hits = [s for s in sentences if fragment in s]
    assert len(hits) == 1, f"{where}: {fragment!r} is in {len(hits)} sentences, not exactly one"
    return hits[0]


def _names(entry: object, where: str) -> list[str]:
    names = entry if isinstance(entry, list) else [entry]
    assert names and all(isinstance(n, str) and n.strip() for n in names), f"{where}: bad entry {entry!r}"
    return names


def test_the_corpus_has_articles() -> None:
    assert _languages(), f"no language folders under {NEWS}"
    for lang_dir in _languages():
        assert any((lang_dir / split).glob("*.gold.json") for split in SPLITS), f"{lang_dir}: no gold files"


@pytest.mark.parametrize("lang_dir", _languages(), ids=lambda p: p.name)
def test_manifest_matches_the_files(lang_dir: Path) -> None:
    entries = _manifest_entries(lang_dir)
    listed: dict[str, str] = {}
    for entry in entries:
        slug, split = entry.get("slug"), entry.get("split")
        assert isinstance(slug, str) and slug, f"{lang_dir.name}: an entry has no slug: {entry}"
        assert split in SPLITS, f"{lang_dir.name}/{slug}: split {split!r} is not one of {SPLITS}"
        assert slug not in listed, f"{lang_dir.name}/{slug}: listed twice"
        listed[slug] = split
        assert any(entry.get(f) for f in SOURCE_FIELDS), f"{lang_dir.name}/{slug}: no source address"
        assert any(entry.get(f) for f in LICENCE_FIELDS), f"{lang_dir.name}/{slug}: no licence"
        assert (lang_dir / split / f"{slug}.txt").is_file(), f"{lang_dir.name}/{split}/{slug}.txt is missing"
        assert (lang_dir / split / f"{slug}.gold.json").is_file(), f"{lang_dir.name}/{split}/{slug}.gold.json missing"
    on_disk = {
        p.name.removesuffix(".gold.json"): split for split in SPLITS for p in (lang_dir / split).glob("*.gold.json")
    }
    texts = {p.stem: split for split in SPLITS for p in (lang_dir / split).glob("*.txt")}
    assert on_disk == listed, f"{lang_dir.name}: gold files and manifest disagree"
    assert texts == listed, f"{lang_dir.name}: article files and manifest disagree"


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}")
def test_gold_file_is_well_formed(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    where = str(gold_path.relative_to(NEWS))
    assert GOLD_KEYS <= gold.keys(), f"{where}: missing {sorted(GOLD_KEYS - gold.keys())}"
    language = gold["language"]
    assert language == gold_path.parent.parent.name, f"{where}: language {language!r} is not its folder's"
    article = _article_for(gold_path)
    lines = article.read_text(encoding="utf-8").split("\n")
    assert len(lines) > 2 and lines[0].strip() and not lines[1].strip(), f"{article}: headline, blank line, body"
    text = article.read_text(encoding="utf-8")
    sentences = _sentences(article, language)

    for figure in gold["figures"]:
        assert FIGURE_KEYS <= figure.keys(), f"{where}: figure {figure} lacks {sorted(FIGURE_KEYS - figure.keys())}"
        sentence = _the_sentence(sentences, figure["sentence_text"], where)
        assert figure["text"] in sentence, f"{where}: figure {figure['text']!r} is not in its sentence"
        assert isinstance(figure["value"], int | float), f"{where}: {figure['text']!r} has no numeric value"
        if figure["value_max"] is not None:
            assert figure["value_max"] > figure["value"], f"{where}: {figure['text']!r} range is upside down"
        if figure["counts"] is None:
            assert figure["counts_key"] is None, f"{where}: {figure['text']!r} has a counts_key but no counts"
        elif figure["counts_key"] is not None:
            assert figure["counts_key"].casefold() in figure["counts"].casefold(), f"{where}: {figure}"

    people_keys = [p["key"] for p in gold["people"]]
    assert len(people_keys) == len(set(people_keys)), f"{where}: a person is listed twice"
    for person in gold["people"]:
        assert PERSON_KEYS <= person.keys(), f"{where}: person {person} lacks {sorted(PERSON_KEYS - person.keys())}"
        assert person["key"] in text, f"{where}: {person['key']!r} is not in the article"
        if person["role"] is None:
            assert person["role_key"] is None, f"{where}: {person['name']} has a role_key but no role"
        else:
            assert person["role_key"] is not None, f"{where}: {person['name']} has a role but no role_key"
            assert person["role_key"].casefold() in person["role"].casefold(), f"{where}: {person}"

    for kind in ("places", "organisations"):
        seen: set[str] = set()
        for entry in gold[kind]:
            names = _names(entry, f"{where} {kind}")
            assert any(n in text for n in names), f"{where}: none of {names} is in the article"
            assert not seen & set(names), f"{where}: {kind} lists {names} twice"
            seen.update(names)

    for date in gold["dates"]:
        assert DATE_KEYS <= date.keys(), f"{where}: date {date} lacks {sorted(DATE_KEYS - date.keys())}"
        sentence = _the_sentence(sentences, date["sentence_text"], where)
        assert date["key"].casefold() in sentence.casefold(), f"{where}: date key {date['key']!r} not in its sentence"

    for quote in gold["quotes"]:
        assert QUOTE_KEYS <= quote.keys(), f"{where}: quote {quote} lacks {sorted(QUOTE_KEYS - quote.keys())}"
        assert quote["sentence_texts"], f"{where}: a quote covers no sentence"
        covered = [sentences.index(_the_sentence(sentences, t, where)) for t in quote["sentence_texts"]]
        assert covered == sorted(set(covered)), f"{where}: a quote's sentences repeat or are out of order"
        assert quote["speaker_key"].casefold() in quote["speaker"].casefold(), f"{where}: {quote['speaker']!r}"
