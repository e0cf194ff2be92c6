"""The core of the analyst's review: saved briefings read back exactly, bad files refused by name,
corrections rechecked, facts dismissed and added, the translation memory ahead of the model."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest

from briefing_app.core.briefing_file import BriefingFileError, read_briefing, save_briefing
from briefing_app.core.pipeline import load_document, translate_document
from briefing_app.core.review import add_fact, correct_sentence, dismiss_fact
from briefing_app.core.translation.engine import TranslationEngine
from briefing_app.core.translation.memory import TranslationMemory
from briefing_app.export.html import build_html
from briefing_app.export.summary import describe, fact_lines
from tests.conftest import SEEDS

SEED = SEEDS / "blinken-ceasefire-en.txt"


@pytest.fixture(scope="module")
def saved_json(engine: TranslationEngine, tmp_path_factory: pytest.TempPathFactory) -> Path:
    briefing = translate_document(load_document(SEED), ["ar", "da"], engine, app_version="t")
    path = tmp_path_factory.mktemp("saved") / "seed.briefing.json"
    save_briefing(briefing, path)
    return path


def test_a_saved_briefing_reads_back_exactly(saved_json: Path) -> None:
    data = json.loads(saved_json.read_text(encoding="utf-8"))
    assert read_briefing(saved_json).to_json() == data


def test_a_version_1_file_still_opens(saved_json: Path, tmp_path: Path) -> None:
    data = json.loads(saved_json.read_text(encoding="utf-8"))
    data["format_version"] = 1
    for key in ("dismissed_facts", "added_facts"):
        del data[key]
    for target in data["targets"]:
        for sentence in target["sentences"]:
            del sentence["origin"]
    old = tmp_path / "old.briefing.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    briefing = read_briefing(old)
    assert {s.origin for t in briefing.targets for s in t.sentences} == {"model"}
    assert briefing.to_json()["format_version"] == 2


def test_correction_is_rechecked_and_kept_beside_the_machine_text(saved_json: Path) -> None:
    briefing = read_briefing(saved_json)
    sentence = next(s for s in briefing.target("da").sentences if "200" in s.translation)
    previous = correct_sentence(briefing, "da", sentence.index, sentence.translation.replace("200", "2000"))
    now = briefing.target("da").sentences[sentence.index]
    assert now.origin == "analyst" and now.machine == previous.translation
    found = [c for c in briefing.checks if c.sentence == sentence.index and c.target == "da"]
    assert [(c.kind, c.expected, c.found) for c in found] == [("number_changed", "200", "2000")]
    # Figures' renderings follow the corrected sentence.
    figure = next(f for f in briefing.facts if f.sentence == sentence.index)
    assert "2000" in figure.renderings["da"].sentence
    # Typing the model's text back is no correction any more.
    correct_sentence(briefing, "da", sentence.index, previous.translation)
    again = briefing.target("da").sentences[sentence.index]
    assert again.origin == "model" and again.machine is None
    assert not [c for c in briefing.checks if c.sentence == sentence.index and c.target == "da"]


def test_dismissed_facts_leave_the_exports_and_stay_in_the_json(saved_json: Path) -> None:
    briefing = read_briefing(saved_json)
    person = next(f for f in briefing.facts if f.kind == "person")
    dismiss_fact(briefing, person)
    add_fact(briefing, 4)
    html = build_html(briefing)
    line = f'<span class="kicker">S{person.sentence}</span> <span lang="en" dir="ltr">{escape(describe(person))}</span>'
    assert line not in html and describe(person) not in [f.text for f in fact_lines(briefing)]
    assert escape(briefing.document.sentences[4].text) in html.split("Added by the analyst")[1]
    data = briefing.to_json()
    assert [f["text"] for f in data["dismissed_facts"]] == [person.text]
    assert data["added_facts"][0]["sentence"] == 4 and set(data["added_facts"][0]["renderings"]) == {"ar", "da"}


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda d: d["targets"][0]["sentences"].pop(), "translated sentences for an article of"),
        (lambda d: d["source"]["paragraphs"][0]["sentences"][0].update(end=10_000), "is outside its paragraph"),
        (lambda d: d["facts"][0].update(sentence=99_999), "'sentence' is 99999"),
        (lambda d: d["targets"][0]["sentences"][0].update(origin="robot"), "'origin' is 'robot'"),
        (lambda d: d.update(generated_at="yesterday"), "'generated_at' is not a date"),
        (lambda d: d.pop("source"), "'source' is missing"),
    ],
)
def test_nonsense_is_refused_with_the_file_and_the_field(saved_json: Path, tmp_path: Path, mutate, reason) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(saved_json.read_text(encoding="utf-8"))
    mutate(data)
    bad = tmp_path / "bad.briefing.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BriefingFileError) as caught:
        read_briefing(bad)
    assert str(caught.value).startswith(f"{bad}: not a valid briefing") and reason in str(caught.value)


def test_empty_truncated_and_missing_files(saved_json: Path, tmp_path: Path) -> None:
    text = saved_json.read_text(encoding="utf-8")
    cut = tmp_path / "cut.briefing.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    empty = tmp_path / "empty.briefing.json"
    empty.write_text("", encoding="utf-8")
    for path, reason in ((cut, "cut short"), (empty, "empty"), (tmp_path / "gone.briefing.json", "cannot read")):
        with pytest.raises(BriefingFileError, match=reason) as caught:
            read_briefing(path)
        assert caught.value.path == path


def test_saving_over_the_article_is_refused(saved_json: Path, tmp_path: Path) -> None:
    briefing = read_briefing(saved_json)
    article = tmp_path / "article.txt"
    article.write_text("Headline\n\nText.\n", encoding="utf-8")
    briefing.document.path = article
    with pytest.raises(BriefingFileError, match="refusing to overwrite the source article"):
        save_briefing(briefing, article)
    assert article.read_text(encoding="utf-8") == "Headline\n\nText.\n"


def test_memory_comes_ahead_of_the_model(engine: TranslationEngine, tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path)
    document = load_document(SEED)
    source = document.sentences[3].text
    memory.put("en", "ar", source, "ترجمة المحلل", None)
    streamed: dict[tuple[str, int], str] = {}
    briefing = translate_document(
        document, ["ar", "da"], engine, app_version="t", memory=memory,
        on_result=lambda target, index, text: streamed.__setitem__((target, index), text),
    )  # fmt: skip
    ar = briefing.target("ar").sentences[3]
    assert ar.translation == "ترجمة المحلل" and ar.origin == "memory" and ar.machine
    assert streamed[("ar", 3)] == "ترجمة المحلل"  # the window shows it as it streams, too
    assert briefing.target("da").sentences[3].origin == "model"  # another route: not remembered
    assert memory.forget("en:ar", source) == 1
    assert memory.get_many("en", "ar", [source]) == {}
