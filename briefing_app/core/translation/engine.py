"""The translation engine: the pack's tokenizer and CTranslate2, driven directly.

Argos's `translate()` splits sentences with models it downloads, translates paragraph by
paragraph and reloads nothing only by luck. Here a document's sentences (already segmented
offline) go through each pack in a few large batches: sorted by length so batches are dense,
submitted asynchronously so both CTranslate2 workers stay busy, checked for cancellation between
batches, and reported sentence by sentence as they finish. Each model is loaded once per engine.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from briefing_app.core.errors import PackMissingError
from briefing_app.core.progress import CancelToken, ProgressCallback, no_progress
from briefing_app.core.translation.cache import TranslationCache
from briefing_app.core.translation.packs import InstalledPack, PackStore

PIVOT = "en"

# Called with (sentence index, translated text) as soon as a sentence is final for a target.
ResultCallback = Callable[[int, str], None]


@dataclass(frozen=True)
class EngineSettings:
    """How hard the engine works. Defaults measured on 2 cores (shared/notes/test-packs.md)."""

    beam_size: int = 2
    inter_threads: int = 2  # CTranslate2 workers: the largest lever on 2 cores
    intra_threads: int = 1  # 2 never beat 1 when inter_threads is 2
    compute_type: str = "auto"  # int8 for int8 models; "int8" quantises float models on load
    batch_sentences: int = 32
    first_batch_sentences: int = 4  # a small first batch puts the first sentence on screen sooner
    length_penalty: float = 0.2  # Argos's value, so our output matches its quality


@dataclass(frozen=True)
class Route:
    """How to get from `source` to `target`: one pack, two through English, or none (same language)."""

    source: str
    target: str
    legs: tuple[InstalledPack, ...]

    @property
    def pivot(self) -> str | None:
        return self.legs[0].target if len(self.legs) == 2 else None


@dataclass(frozen=True)
class SentenceResult:
    text: str
    score: float | None = None
    pivot_text: str | None = None


class _Tokenizer(Protocol):
    def encode(self, text: str) -> list[str]: ...

    def decode(self, pieces: list[str]) -> str: ...


class _SentencePiece:
    """SentencePiece driven directly: Argos's wrapper also turns every "_" into a space."""

    def __init__(self, model_file: str) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=model_file)

    def encode(self, text: str) -> list[str]:
        return list(self._sp.encode(text, out_type=str))

    def decode(self, pieces: list[str]) -> str:
        return str(self._sp.decode(pieces))


@dataclass
class _LoadedPack:
    pack: InstalledPack
    translator: Any  # ctranslate2.Translator
    tokenizer: _Tokenizer


def plan_route(packs: Sequence[InstalledPack], source: str, target: str) -> Route:
    """The route from `source` to `target`: a direct pack, else a pivot through English."""
    if source == target:
        return Route(source, target, ())
    by_pair = {(p.source, p.target): p for p in packs}
    direct = by_pair.get((source, target))
    if direct is not None:
        return Route(source, target, (direct,))
    first, second = by_pair.get((source, PIVOT)), by_pair.get((PIVOT, target))
    if first is not None and second is not None:
        return Route(source, target, (first, second))
    missing = [f"{a} -> {b}" for a, b, p in ((source, PIVOT, first), (PIVOT, target, second)) if p is None]
    detail = "no direct pack, and for the route through English: missing " + " and ".join(missing)
    raise PackMissingError(source, target, detail)


class TranslationEngine:
    """Translates lists of sentences between languages with the packs of a `PackStore`."""

    def __init__(
        self,
        store: PackStore | None = None,
        settings: EngineSettings | None = None,
        cache: TranslationCache | None = None,
    ) -> None:
        self.store = store or PackStore()
        self.settings = settings or EngineSettings()
        self.cache = cache
        self._loaded: dict[str, _LoadedPack] = {}
        self._lock = threading.Lock()

    # -- routes ----------------------------------------------------------------------------------

    def route(self, source: str, target: str) -> Route:
        return plan_route(self.store.packs(), source, target)

    # -- translation -----------------------------------------------------------------------------

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        on_result: ResultCallback | None = None,
        route: Route | None = None,
    ) -> list[SentenceResult]:
        """Translate every text; results come back in input order."""
        return self.translate_many(
            texts,
            source,
            [target],
            progress=progress,
            cancel=cancel,
            on_result=(lambda _t, i, s: on_result(i, s)) if on_result else None,
            routes={target: route} if route else None,
        )[target]

    def translate_many(
        self,
        texts: Sequence[str],
        source: str,
        targets: Sequence[str],
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        on_result: Callable[[str, int, str], None] | None = None,
        routes: dict[str, Route] | None = None,
    ) -> dict[str, list[SentenceResult]]:
        """Translate into several targets, sharing the source -> English leg between pivot routes.

        Raises PackMissingError before any work starts if a route is missing.
        """
        cancel = cancel or CancelToken()
        planned = {t: (routes or {}).get(t) or self.route(source, t) for t in targets}
        legs_to_run = [leg for r in planned.values() for leg in r.legs]
        unique_legs = len({leg.path for leg in legs_to_run})
        total = unique_legs * len(texts)
        done_before = 0
        leg_outputs: dict[str, list[tuple[str, float | None]]] = {}

        def run(leg: InstalledPack, inputs: Sequence[str], final_target: str | None) -> list[tuple[str, float | None]]:
            nonlocal done_before
            key = str(leg.path)
            if key in leg_outputs:
                return leg_outputs[key]
            offset = done_before

            def leg_progress(done: int, _total: int, message: str) -> None:
                progress(offset + done, total, message)

            def leg_result(index: int, text: str) -> None:
                if on_result and final_target:
                    on_result(final_target, index, text)

            out = self._run_leg(leg, inputs, leg_progress, cancel, leg_result)
            leg_outputs[key] = out
            done_before += len(inputs)
            return out

        results: dict[str, list[SentenceResult]] = {}
        for target, route in planned.items():
            if not route.legs:
                results[target] = [SentenceResult(t) for t in texts]
                if on_result:
                    for i, t in enumerate(texts):
                        on_result(target, i, t)
                continue
            if len(route.legs) == 1:
                out = run(route.legs[0], texts, target)
                results[target] = [SentenceResult(text, score) for text, score in out]
                continue
            middle = run(route.legs[0], texts, None)
            out = run(route.legs[1], [m for m, _ in middle], target)
            results[target] = [
                SentenceResult(text, _add_scores(score, mid_score), mid)
                for (text, score), (mid, mid_score) in zip(out, middle, strict=True)
            ]
        progress(total, total, "done")
        return results

    def _run_leg(
        self,
        pack: InstalledPack,
        texts: Sequence[str],
        progress: ProgressCallback,
        cancel: CancelToken,
        on_result: ResultCallback,
    ) -> list[tuple[str, float | None]]:
        cancel.raise_if_cancelled()
        label = f"{pack.source} -> {pack.target}"
        outputs: list[tuple[str, float | None]] = [("", None)] * len(texts)
        sources = [t.strip() for t in texts]
        cache_key = ""
        cached: dict[int, tuple[str, float | None]] = {}
        if self.cache is not None:
            cache_key = self.cache.key_prefix(
                pack.path, pack.version, self.settings.beam_size, self.settings.length_penalty
            )
            cached = self.cache.get_many(cache_key, sources)
        done = 0
        todo: list[int] = []
        for index, source in enumerate(sources):
            if index in cached or not source:  # known already, or nothing to translate
                outputs[index] = cached.get(index, ("", None))
                done += 1
                on_result(index, outputs[index][0])
            else:
                todo.append(index)
        progress(done, len(texts), label)
        if not todo:
            return outputs  # a second look never even loads the model

        loaded = self._load(pack)
        units, owners = self._units(loaded, [(i, sources[i]) for i in todo])
        pieces_left = [0] * len(texts)
        first_unit = [0] * len(texts)
        for unit, owner in reversed(list(enumerate(owners))):
            pieces_left[owner] += 1
            first_unit[owner] = unit
        part_counts = list(pieces_left)
        unit_out: list[tuple[str, float | None]] = [("", None)] * len(units)

        order = sorted(range(len(units)), key=lambda i: len(units[i]))
        batches = list(self._batches(order))
        in_flight: deque[tuple[list[int], list[Any]]] = deque()
        prefix = pack.metadata.get("target_prefix") or ""
        options: dict[str, Any] = {
            "beam_size": self.settings.beam_size,
            "max_batch_size": self.settings.batch_sentences,
            "return_scores": True,
            "replace_unknowns": True,
            "length_penalty": self.settings.length_penalty,
        }

        def submit(batch: list[int]) -> None:
            source = [units[i] for i in batch]
            longest = max(len(s) for s in source)
            kwargs: dict[str, Any] = dict(options, max_decoding_length=min(2 * longest + 16, 1024))
            if prefix:
                kwargs["target_prefix"] = [[prefix]] * len(source)
            in_flight.append((batch, loaded.translator.translate_batch(source, asynchronous=True, **kwargs)))

        pending = deque(batches)
        workers = max(1, self.settings.inter_threads)
        try:
            while pending or in_flight:
                while pending and len(in_flight) < workers and not cancel.cancelled:
                    submit(pending.popleft())
                if not in_flight:
                    break
                batch, async_results = in_flight.popleft()
                for unit, async_result in zip(batch, async_results, strict=True):
                    result = async_result.result()
                    tokens = list(result.hypotheses[0])
                    if prefix and tokens and tokens[0] == prefix:
                        tokens = tokens[1:]
                    score = float(result.scores[0]) if result.scores else None
                    unit_out[unit] = (loaded.tokenizer.decode(tokens), score)
                    owner = owners[unit]
                    pieces_left[owner] -= 1
                    if pieces_left[owner] == 0:
                        start = first_unit[owner]
                        outputs[owner] = _join_parts(unit_out[start : start + part_counts[owner]])
                        done += 1
                        on_result(owner, outputs[owner][0])
                progress(done, len(texts), label)
        finally:
            for _batch, async_results in in_flight:  # let in-flight work end before unwinding
                for async_result in async_results:
                    try:
                        async_result.result()
                    except Exception:  # noqa: BLE001 - we are already unwinding from an error
                        pass
        if self.cache is not None:
            self.cache.put_many(cache_key, [(sources[i], *outputs[i]) for i in todo if pieces_left[i] == 0])
        cancel.raise_if_cancelled()
        return outputs

    def _units(self, loaded: _LoadedPack, texts: Sequence[tuple[int, str]]) -> tuple[list[list[str]], list[int]]:
        """Tokenise (index, text) pairs; texts longer than the model accepts are split at spaces."""
        limit = loaded.pack.max_input_pieces
        units: list[list[str]] = []
        owners: list[int] = []
        for index, text in texts:
            for part in _fit(text, loaded.tokenizer, limit):
                units.append(part)
                owners.append(index)
        return units, owners

    def _batches(self, order: list[int]) -> list[list[int]]:
        first = max(1, self.settings.first_batch_sentences)
        size = max(1, self.settings.batch_sentences)
        batches = [order[:first]] if order else []
        batches += [order[i : i + size] for i in range(first, len(order), size)]
        return [b for b in batches if b]

    # -- models ----------------------------------------------------------------------------------

    def _load(self, pack: InstalledPack) -> _LoadedPack:
        key = str(pack.path)
        with self._lock:
            loaded = self._loaded.get(key)
            if loaded is None:
                loaded = _LoadedPack(pack, self._open_translator(pack), _open_tokenizer(pack))
                self._loaded[key] = loaded
            return loaded

    def _open_translator(self, pack: InstalledPack) -> Any:
        import ctranslate2

        return ctranslate2.Translator(
            str(pack.path / "model"),
            device="cpu",
            compute_type=self.settings.compute_type,
            inter_threads=self.settings.inter_threads,
            intra_threads=self.settings.intra_threads,
        )

    def preload(self, packs: Sequence[InstalledPack]) -> None:
        for pack in packs:
            self._load(pack)

    def unload(self) -> None:
        with self._lock:
            self._loaded.clear()


def _open_tokenizer(pack: InstalledPack) -> _Tokenizer:
    sp_model = pack.path / "sentencepiece.model"
    if sp_model.is_file():
        return _SentencePiece(str(sp_model))
    from argostranslate.tokenizer import BPETokenizer  # Moses + BPE packs (e.g. en->da 1.9)

    return BPETokenizer(pack.path / "bpe.model", pack.source, pack.target)  # type: ignore[no-any-return]


def _fit(text: str, tokenizer: _Tokenizer, limit: int) -> list[list[str]]:
    """Pieces for `text`, split at the space nearest the middle until each part fits `limit`."""
    if not text:
        return []
    pieces = tokenizer.encode(text)
    if len(pieces) <= limit:
        return [pieces]
    middle = len(text) // 2
    left, right = text.rfind(" ", 0, middle), text.find(" ", middle)
    cut = left if left > 0 and (right < 0 or middle - left <= right - middle) else right
    if cut <= 0:
        cut = middle  # no space at all: cut the run in two
    return _fit(text[:cut].strip(), tokenizer, limit) + _fit(text[cut:].strip(), tokenizer, limit)


def _join_parts(parts: list[tuple[str, float | None]]) -> tuple[str, float | None]:
    """One sentence's translation from the translations of the parts it was split into."""
    text = " ".join(p[0] for p in parts if p[0])
    scores = [p[1] for p in parts if p[1] is not None]
    return text, (min(scores) if scores else None)


def _add_scores(a: float | None, b: float | None) -> float | None:
    """A pivot's confidence is its weaker leg's."""
    if a is None or b is None:
        return a if b is None else b
    return min(a, b)
