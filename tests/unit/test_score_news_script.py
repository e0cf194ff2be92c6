"""scripts/score_news.py: scoring a folder of articles kept outside the repository, with the corpus test's rules."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("score_news", ROOT / "scripts" / "score_news.py")
assert _spec and _spec.loader
score_news = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_news)

TEXT = """Council approves new bridge

The Kessby council approved a £12m bridge on Tuesday, its leader Ann Roe said.
"This bridge will carry 4,000 cars a day," said Ms Roe. The bridge links Kessby with Leeds.
"""


def _folder(tmp_path: Path, figure_fragment: str = "approved a £12m bridge") -> Path:
    (tmp_path / "made-up-one.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "language": "en",
        "figures": [
            {"sentence_text": figure_fragment, "text": "£12m", "value": 12_000_000, "unit": "GBP",
             "counts": "bridge", "counts_key": "bridge"},
            {"sentence_text": "4,000 cars", "text": "4,000", "value": 4000, "counts": "cars", "counts_key": "cars"},
        ],
        "people": [{"name": "Ann Roe", "key": "Roe", "role": "leader", "role_key": "leader"}],
        "quotes": [{"sentence_texts": ["4,000 cars"], "speaker": "Ann Roe", "speaker_key": "Roe"}],
    }
    (tmp_path / "made-up-one.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_halves_depend_on_the_slug_alone_and_split_evenly() -> None:
    assert score_news.half_of("made-up-one") == score_news.half_of("made-up-one")
    halves = [score_news.half_of(f"slug-{i}") for i in range(400)]
    assert 160 < halves.count("A") < 240


def test_score_prints_precision_and_recall_of_the_kinds_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    assert score_news.main(["score", str(folder), "--half", "all", "--kinds", "figures", "quotes", "places"]) == 0
    out = capsys.readouterr().out
    assert "figures        1.000 / 1.000  (2, 2)" in out
    assert "quotes         1.000 / 1.000  (1, 1)" in out
    # the gold names no place, so the extracted "Leeds" is an error and "people" was not asked for
    assert "places         0.000 / 1.000  (0, 1)" in out
    assert "people" not in out


def test_errors_name_the_wrong_item_and_its_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    score_news.main(["errors", str(folder), "places", "--half", "all"])
    out = capsys.readouterr().out
    assert "WRONG 'Leeds'" in out and "links Kessby with Leeds" in out


def test_check_reports_a_gold_fragment_no_sentence_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, figure_fragment="approved a £13m bridge")
    assert score_news.main(["check", str(folder)]) == 1
    assert "'approved a £13m bridge' is in 0 sentences" in capsys.readouterr().out
