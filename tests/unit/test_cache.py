"""The persistent translation cache: a second look skips the model; damage and concurrency are harmless."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from briefing_app.core.demo_packs import cipher_text
from briefing_app.core.translation.cache import CACHE_FILE, TranslationCache
from briefing_app.core.translation.engine import EngineSettings, TranslationEngine
from briefing_app.core.translation.packs import PackStore

TEXTS = ["At least 200 Palestinians have been killed.", "", "Blinken said 1,300 people were wounded."]


def test_second_look_comes_from_the_cache_without_loading_the_model(session_store: PackStore, tmp_path: Path) -> None:
    first = TranslationEngine(session_store, cache=TranslationCache(tmp_path))
    expected = [cipher_text(t, "en", "ar") if t else "" for t in TEXTS]
    assert [r.text for r in first.translate(TEXTS, "en", "ar")] == expected
    second = TranslationEngine(session_store, cache=TranslationCache(tmp_path))
    streamed: dict[int, str] = {}
    results = second.translate(TEXTS, "en", "ar", on_result=streamed.__setitem__)
    assert [r.text for r in results] == expected
    assert results[0].score is not None  # scores are cached too
    assert second._loaded == {}  # no model was loaded
    assert streamed == dict(enumerate(expected))


def test_partial_hits_translate_only_the_rest(session_store: PackStore, tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path)
    TranslationEngine(session_store, cache=cache).translate(TEXTS[:1], "en", "he")
    results = TranslationEngine(session_store, cache=cache).translate(TEXTS, "en", "he")
    assert [r.text for r in results] == [cipher_text(t, "en", "he") if t else "" for t in TEXTS]


def test_settings_that_change_output_are_part_of_the_key(session_store: PackStore, tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path)
    TranslationEngine(session_store, EngineSettings(beam_size=1), cache=cache).translate(TEXTS, "en", "da")
    other = TranslationEngine(session_store, EngineSettings(beam_size=4), cache=cache)
    other.translate(TEXTS, "en", "da")
    assert other._loaded != {}  # beam 4 could differ from beam 1: translated again


def test_pivot_routes_cache_both_legs(session_store: PackStore, tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path)
    first = TranslationEngine(session_store, cache=cache).translate(["Vandet steg 1,5 meter."], "da", "ar")
    again = TranslationEngine(session_store, cache=cache)
    assert again.translate(["Vandet steg 1,5 meter."], "da", "ar") == first
    assert again._loaded == {}


def test_a_corrupt_cache_file_is_set_aside_and_rebuilt(session_store: PackStore, tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    engine = TranslationEngine(session_store, cache=TranslationCache(tmp_path))
    assert engine.translate(TEXTS[:1], "en", "ar")[0].text == cipher_text(TEXTS[0], "en", "ar")
    assert list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    assert TranslationCache(tmp_path).get_many(
        TranslationCache.key_prefix(session_store.find("en", "ar").path, "1.0", 2, 0.2),
        TEXTS[:1],  # type: ignore[union-attr]
    )


def test_an_unusable_cache_folder_only_costs_speed(session_store: PackStore, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    engine = TranslationEngine(session_store, cache=TranslationCache(blocker / "cache"))
    assert engine.translate(TEXTS[:1], "en", "ar")[0].text == cipher_text(TEXTS[0], "en", "ar")


def _writer(folder: str, worker: int) -> int:
    cache = TranslationCache(Path(folder))
    for round_ in range(30):
        cache.put_many("p", [(f"sentence {worker}-{round_}-{i}", f"t{i}", -0.1) for i in range(20)])
        cache.get_many("p", [f"sentence {worker}-{round_}-{i}" for i in range(20)])
    return len(cache.get_many("p", [f"sentence {worker}-29-{i}" for i in range(20)]))


def test_concurrent_processes_share_the_cache_safely(tmp_path: Path) -> None:
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        counts = pool.starmap(_writer, [(str(tmp_path), w) for w in range(3)])
    assert counts == [20, 20, 20]
    assert len(TranslationCache(tmp_path).get_many("p", [f"sentence 0-{r}-0" for r in range(30)])) == 30


def test_least_recently_used_rows_are_pruned(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path, max_entries=50)
    cache.put_many("p", [(f"s{i}", "t", None) for i in range(10_000)])
    assert len(cache.get_many("p", [f"s{i}" for i in range(10_000)])) == 50
