"""The engine through the real CTranslate2 runtime with the cipher demo packs: exact output."""

from __future__ import annotations

import threading

import pytest

from briefing_app.core.demo_packs import cipher_text
from briefing_app.core.errors import Cancelled, PackMissingError
from briefing_app.core.progress import CancelToken
from briefing_app.core.translation.engine import EngineSettings, TranslationEngine, plan_route
from briefing_app.core.translation.packs import PackStore

SENTENCES = [
    "Blinken said 1,300 people were wounded, including 59 children.",
    "At least 200 Palestinians have been killed.",
    "",
    'He said: "We are prepared to lend our support."',
]


@pytest.mark.parametrize("target", ["ar", "he", "da"])
def test_direct_translation_is_exact(engine: TranslationEngine, target: str) -> None:
    results = engine.translate(SENTENCES, "en", target)
    assert [r.text for r in results] == [cipher_text(s, "en", target) if s else "" for s in SENTENCES]
    assert "1,300" in results[0].text and "59" in results[0].text
    assert all(r.score is not None for r, s in zip(results, SENTENCES, strict=True) if s)


def test_arabic_output_is_arabic_script(engine: TranslationEngine) -> None:
    text = engine.translate(["Gaza health ministry"], "en", "ar")[0].text
    letters = [ch for ch in text if ch.isalpha()]
    assert letters and all("\u0600" <= ch <= "\u06ff" for ch in letters)


def test_pivot_through_english(engine: TranslationEngine, session_store: PackStore) -> None:
    route = plan_route(session_store.packs(), "ar", "he")
    assert [leg.key for leg in route.legs] == ["ar:en", "en:he"]
    assert route.pivot == "en"
    source = cipher_text("the ministry said 42 people died", "en", "ar")
    [result] = engine.translate([source], "ar", "he")
    english = cipher_text(source, "ar", "en")
    assert result.pivot_text == english
    assert result.text == cipher_text(english, "en", "he")


def test_danish_to_arabic_shares_nothing_it_should_not(engine: TranslationEngine) -> None:
    results = engine.translate_many(["Vandet steg 1,5 meter."], "da", ["ar", "he", "en", "da"])
    english = cipher_text("Vandet steg 1,5 meter.", "da", "en")
    assert results["en"][0].text == english
    assert results["ar"][0].text == cipher_text(english, "en", "ar")
    assert results["he"][0].text == cipher_text(english, "en", "he")
    assert results["da"][0].text == "Vandet steg 1,5 meter."  # the source language itself: untouched


def test_missing_pack_names_the_pair_and_the_fix(engine: TranslationEngine) -> None:
    with pytest.raises(PackMissingError) as info:
        engine.translate(["hello"], "en", "fr")
    message = str(info.value)
    assert "en -> fr" in message and "--install-pack" in message


def test_missing_pivot_leg_is_named(empty_store: PackStore) -> None:
    with pytest.raises(PackMissingError, match="missing fr -> en and en -> ar"):
        TranslationEngine(empty_store).translate(["bonjour"], "fr", "ar")


def test_progress_reaches_every_sentence_and_results_stream(engine: TranslationEngine) -> None:
    texts = [f"sentence number {i} has {i * 7} words." for i in range(40)]
    seen: list[tuple[int, int]] = []
    streamed: dict[int, str] = {}
    results = engine.translate(
        texts, "en", "ar", progress=lambda d, t, m: seen.append((d, t)), on_result=streamed.__setitem__
    )
    assert seen[-1] == (40, 40)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) >= 3  # more than start and end: per batch
    assert streamed == {i: r.text for i, r in enumerate(results)}


def test_cancel_between_batches(session_store: PackStore) -> None:
    engine = TranslationEngine(session_store, EngineSettings(batch_sentences=2, first_batch_sentences=1))
    cancel = CancelToken()
    texts = [f"line {i} of a long document." for i in range(200)]
    done: list[int] = []

    def progress(d: int, t: int, m: str) -> None:
        done.append(d)
        if d >= 3:
            cancel.cancel()

    with pytest.raises(Cancelled):
        engine.translate(texts, "en", "he", progress=progress, cancel=cancel)
    assert max(done) < 20  # stopped after a few batches, not at the end


def test_an_error_with_batches_in_flight_unwinds_cleanly_again_and_again(session_store: PackStore) -> None:
    # A brief that fails while both workers hold a batch (here its progress callback raises) used to read
    # CTranslate2's results from two threads at once, the unwinding brief and each batch's waiter, which
    # crashed the whole process now and then (a GUI test did, once).
    settings = EngineSettings(inter_threads=2, batch_sentences=2, first_batch_sentences=2)
    engine = TranslationEngine(session_store, settings)
    texts = [f"line {i} of a long document about the harbour and its ferries." for i in range(40)]

    def progress(done: int, total: int, message: str) -> None:
        if done >= 1:
            raise RuntimeError("the window went away")

    for _ in range(40):
        with pytest.raises(RuntimeError, match="went away"):
            engine.translate(texts, "en", "da", progress=progress)
    [after] = engine.translate(["At least 200 people."], "en", "da")
    assert after.text == cipher_text("At least 200 people.", "en", "da")


def test_overlong_sentence_is_split_to_fit_the_model(session_store: PackStore) -> None:
    engine = TranslationEngine(session_store)
    pack = session_store.find("en", "da")
    assert pack is not None
    words = " ".join(f"word{i}" for i in range(400))  # far more pieces than the pack accepts
    assert len(words) > pack.max_input_pieces
    [result] = engine.translate([words], "en", "da")
    assert result.text == cipher_text(words, "en", "da")


def test_models_load_once_and_concurrent_use_is_safe(session_store: PackStore) -> None:
    engine = TranslationEngine(session_store)
    outputs: list[str] = []

    def work() -> None:
        outputs.append(engine.translate(["the same sentence"], "en", "ar")[0].text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outputs == [cipher_text("the same sentence", "en", "ar")] * 4
    assert len(engine._loaded) == 1
