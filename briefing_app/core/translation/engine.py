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
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from briefing_app.core.errors import PackMissingError
from briefing_app.core.languages import pack_code
from briefing_app.core.memory import limit_malloc_arenas
from briefing_app.core.progress import CancelToken, ProgressCallback, no_progress
from briefing_app.core.translation.cache import TranslationCache
from briefing_app.core.translation.packs import InstalledPack, PackStore

PIVOT = "en"

# Called with (sentence index, translated text) as soon as a sentence is final for a target.
ResultCallback = Callable[[int, str], None]


@dataclass(frozen=True)
class EngineSettings:
    """How hard the engine works. Defaults measured on 2 cores by bench/ (bench/RESULTS.md)."""

    beam_size: int = 2
    inter_threads: int = 2  # CTranslate2 workers: the largest lever on 2 cores
    intra_threads: int = 1  # 2 never beat 1 when inter_threads is 2
    compute_type: str = "auto"  # int8 for int8 models; "int8" quantises float models on load
    batch_sentences: int = 32  # most sentences in one batch
    # Most padded source pieces in one batch (sentences are sorted by length, so little is padding).
    # Bigger batches are a little faster and hold more memory per worker: a 3-language brief of the
    # sample on base-size packs peaked at 473 MB with 512 and 572 MB with 1024 (bench/RESULTS.md).
    batch_tokens: int = 1024
    first_batch_sentences: int = 4  # a small first batch puts the first sentence on screen sooner
    length_penalty: float = 0.2  # Argos's value, so our output matches its quality
    # Output pieces allowed per sentence: never fewer than Argos's own limit (CTranslate2's default 256;
    # 2 x input + 16 alone cut real output of short inputs), more for very long input. Output that reaches
    # the limit is reported as truncated. bench/decoding_length.py: no cost for sentences that end; only
    # a model that never ends a sentence pays, about 1.6 s a sentence at beam 2 on 2 cores.
    min_decoding_length: int = 256


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
    truncated: bool = False  # the model reached the output length limit: the end may be missing


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


@dataclass(eq=False)
class _Leg:
    """One pack's share of a `translate_many` call, and its progress through the scheduler."""

    pack: InstalledPack
    texts: Sequence[str]
    on_result: ResultCallback
    sources: list[str] = field(default_factory=list)
    outputs: list[tuple[str, float | None]] = field(default_factory=list)
    cache_key: str = ""
    todo: list[int] = field(default_factory=list)  # sentence indexes the model must translate
    done: int = 0
    loading: Future[_LoadedPack] | None = None
    loaded: _LoadedPack | None = None
    tokenizer: Any = None
    units: list[list[str]] = field(default_factory=list)  # pieces; a long sentence spans several
    owners: list[int] = field(default_factory=list)  # the sentence each unit belongs to
    pieces_left: list[int] = field(default_factory=list)
    first_unit: list[int] = field(default_factory=list)
    part_counts: list[int] = field(default_factory=list)
    unit_out: list[tuple[str, float | None]] = field(default_factory=list)
    batches: list[list[int]] = field(default_factory=list)
    truncated: set[int] = field(default_factory=set)  # sentences whose output hit the length limit


class _Tally:
    """Progress over all legs of a call: the sum of their finished sentences, never going back."""

    def __init__(self, progress: ProgressCallback, total: int) -> None:
        self._progress = progress
        self._total = total
        self._done: dict[int, int] = {}

    def add(self, leg: _Leg, done: int) -> None:
        self._done[id(leg)] = done
        self._progress(sum(self._done.values()), self._total, f"{leg.pack.source} -> {leg.pack.target}")


def _wait_batch(async_results: list[Any]) -> list[Any]:
    """Block (without the GIL: CTranslate2 releases it) until a batch's results are all set, and return
    them. Only this thread reads them: CTranslate2's result() must never run in two threads at once."""
    return [async_result.result() for async_result in async_results]


def _wait_any(in_flight: list[tuple[_Leg, list[int], list[Any], Future[list[Any]]]]) -> int:
    """Index of a finished batch, the oldest first.

    CTranslate2 offers no "any" wait, so each batch in flight has a thread blocked in its results
    (`_wait_batch`) and this waits on those threads. It used to poll every millisecond: 5,000 polls
    and 2-3 % of a core per brief of the sample, taken from the engine on a 2-core machine.
    """
    waits = [w for *_, w in in_flight]
    futures.wait(waits, return_when=futures.FIRST_COMPLETED)
    return next(position for position, w in enumerate(waits) if w.done())


def plan_route(packs: Sequence[InstalledPack], source: str, target: str) -> Route:
    """The route from `source` to `target`: a direct pack, else a pivot through English."""
    # Detected or typed codes as the installed packs write them ("no" -> "nb", "zh-tw" -> "zt").
    codes = {p.source for p in packs} | {p.target for p in packs}
    source, target = pack_code(source, codes), pack_code(target, codes)
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
        self._tokenizers: dict[str, _Tokenizer] = {}
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

        The legs of every target run together through one scheduler, so both CTranslate2 workers
        stay busy across the change from one language to the next (run one after another, each
        language ended with one worker idle on its last batch). Pivot routes run in two stages: the
        English legs first, then the legs that read their output.

        Raises PackMissingError before any work starts if a route is missing.
        """
        cancel = cancel or CancelToken()
        planned = {t: (routes or {}).get(t) or self.route(source, t) for t in targets}
        unique = {str(leg.path) for r in planned.values() for leg in r.legs}
        total = len(unique) * len(texts)
        legs: dict[str, _Leg] = {}
        tally = _Tally(progress, total)

        def streamer(final_targets: list[str]) -> ResultCallback:
            def stream(index: int, text: str) -> None:
                if on_result:
                    for target in final_targets:
                        on_result(target, index, text)

            return stream

        for stage in (0, 1):
            jobs: list[_Leg] = []
            for route in planned.values():
                if len(route.legs) <= stage:
                    continue
                leg = route.legs[stage]
                key = str(leg.path)
                if key in legs:
                    continue
                finals = [t for t, r in planned.items() if r.legs and str(r.legs[-1].path) == key]
                inputs = texts if stage == 0 else [m for m, _ in legs[str(route.legs[0].path)].outputs]
                legs[key] = _Leg(leg, inputs, streamer(finals))
                jobs.append(legs[key])
            if jobs:
                self._run_legs(jobs, tally, cancel)

        results: dict[str, list[SentenceResult]] = {}
        for target, route in planned.items():
            if not route.legs:
                results[target] = [SentenceResult(t) for t in texts]
                if on_result:
                    for i, t in enumerate(texts):
                        on_result(target, i, t)
            elif len(route.legs) == 1:
                only = legs[str(route.legs[0].path)]
                results[target] = [
                    SentenceResult(text, score, truncated=i in only.truncated)
                    for i, (text, score) in enumerate(only.outputs)
                ]
            else:
                first, second = legs[str(route.legs[0].path)], legs[str(route.legs[1].path)]
                results[target] = [
                    SentenceResult(
                        text,
                        _add_scores(score, mid_score),
                        mid,
                        truncated=i in first.truncated or i in second.truncated,
                    )
                    for i, ((text, score), (mid, mid_score)) in enumerate(
                        zip(second.outputs, first.outputs, strict=True)
                    )
                ]
        progress(total, total, "done")
        return results

    def _run_legs(self, jobs: list[_Leg], tally: _Tally, cancel: CancelToken) -> None:
        """Translate independent legs together: their batches share one queue and the workers.

        At most `inter_threads` batches are in flight, whichever translator they belong to, so the
        cores are neither idle nor oversubscribed; a batch is submitted as soon as any finishes.
        Models load in a background thread while earlier legs already translate.
        """
        cancel.raise_if_cancelled()
        for job in jobs:
            self._look_up_cache(job)
            tally.add(job, 0)
        work = [job for job in jobs if job.todo]
        if not work:
            return
        loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-model-load")
        loads = {id(job): loader.submit(self._load, job.pack) for job in work}
        loader.shutdown(wait=False)
        for job in work:
            self._prepare(job, loads[id(job)])
        queue: deque[tuple[_Leg, list[int]]] = deque((job, batch) for job in work for batch in job.batches)
        in_flight: list[tuple[_Leg, list[int], list[Any], Future[list[Any]]]] = []
        workers = max(1, self.settings.inter_threads)
        waiter = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="briefing-batch-wait")
        try:
            while queue or in_flight:
                while queue and len(in_flight) < workers and not cancel.cancelled:
                    job, batch = queue.popleft()
                    async_results = self._submit(job, batch)
                    in_flight.append((job, batch, async_results, waiter.submit(_wait_batch, async_results)))
                if not in_flight:
                    break
                finished = _wait_any(in_flight)
                job, batch, _async_results, wait = in_flight.pop(finished)
                self._collect(job, batch, wait.result())
                tally.add(job, job.done)
        finally:
            # Let in-flight work end before unwinding. Each batch in flight has a waiter thread blocked in
            # its results, so wait for those threads rather than calling result() here too: CTranslate2's
            # result() must not run in two threads at once (it crashed the process when a cancelled brief
            # unwound while its waiters were still blocked).
            waiter.shutdown(wait=True)
            for job in work:
                self._store_in_cache(job)
        cancel.raise_if_cancelled()

    def _look_up_cache(self, job: _Leg) -> None:
        """Fill what the cache knows and what needs no model (blank sentences); list the rest."""
        job.sources = [t.strip() for t in job.texts]
        job.outputs = [("", None)] * len(job.texts)
        cached: dict[int, tuple[str, float | None]] = {}
        if self.cache is not None:
            job.cache_key = self.cache.key_prefix(
                job.pack.path, job.pack.version, self.settings.beam_size, self.settings.length_penalty
            )
            cached = self.cache.get_many(job.cache_key, job.sources)
        for index, source in enumerate(job.sources):
            if index in cached or not source:  # known already, or nothing to translate
                job.outputs[index] = cached.get(index, ("", None))
                job.done += 1
                job.on_result(index, job.outputs[index][0])
            else:
                job.todo.append(index)

    def _prepare(self, job: _Leg, loading: Future[_LoadedPack]) -> None:
        """Tokenise the leg's sentences, sorted by length, into batches (the model may still load)."""
        job.loading = loading
        job.tokenizer = self._tokenizer(job.pack)
        units, owners = _units(job.tokenizer, job.pack.max_input_pieces, [(i, job.sources[i]) for i in job.todo])
        job.units, job.owners = units, owners
        job.pieces_left = [0] * len(job.texts)
        job.first_unit = [0] * len(job.texts)
        for unit, owner in reversed(list(enumerate(owners))):
            job.pieces_left[owner] += 1
            job.first_unit[owner] = unit
        job.part_counts = list(job.pieces_left)
        job.unit_out = [("", None)] * len(units)
        order = sorted(range(len(units)), key=lambda i: len(units[i]))
        job.batches = self._batches(order, [len(u) for u in units])

    def _submit(self, job: _Leg, batch: list[int]) -> list[Any]:
        if job.loaded is None:
            assert job.loading is not None
            job.loaded = job.loading.result()
        prefix = job.pack.metadata.get("target_prefix") or ""
        source = [job.units[i] for i in batch]
        longest = max(len(s) for s in source)
        kwargs: dict[str, Any] = {
            "beam_size": self.settings.beam_size,
            "max_batch_size": len(source),  # one job per batch: the scheduler spreads the batches
            "return_scores": True,
            "replace_unknowns": True,
            "length_penalty": self.settings.length_penalty,
            "max_decoding_length": self._decoding_limit(longest),
            "asynchronous": True,
        }
        if prefix:
            kwargs["target_prefix"] = [[prefix]] * len(source)
        return list(job.loaded.translator.translate_batch(source, **kwargs))

    def _decoding_limit(self, longest: int) -> int:
        """Most output pieces for a batch whose longest input has `longest` pieces."""
        return min(max(self.settings.min_decoding_length, 2 * longest + 16), 1024)

    def _collect(self, job: _Leg, batch: list[int], results: list[Any]) -> None:
        """Decode a finished batch and report every sentence whose parts are now all translated."""
        prefix = job.pack.metadata.get("target_prefix") or ""
        limit = self._decoding_limit(max(len(job.units[i]) for i in batch))
        for unit, result in zip(batch, results, strict=True):
            tokens = list(result.hypotheses[0])
            if len(tokens) >= limit:  # no end of sentence within the limit: the output was cut
                job.truncated.add(job.owners[unit])
            if prefix and tokens and tokens[0] == prefix:
                tokens = tokens[1:]
            score = float(result.scores[0]) if result.scores else None
            job.unit_out[unit] = (job.tokenizer.decode(tokens), score)
            owner = job.owners[unit]
            job.pieces_left[owner] -= 1
            if job.pieces_left[owner] == 0:
                start = job.first_unit[owner]
                job.outputs[owner] = _join_parts(job.unit_out[start : start + job.part_counts[owner]])
                job.done += 1
                job.on_result(owner, job.outputs[owner][0])

    def _store_in_cache(self, job: _Leg) -> None:
        if self.cache is not None and job.todo and job.pieces_left:
            # A cut output is not kept: the next run translates it again and reports it again.
            finished = [
                i for i in job.todo if job.pieces_left[i] == 0 and job.part_counts[i] > 0 and i not in job.truncated
            ]
            self.cache.put_many(job.cache_key, [(job.sources[i], *job.outputs[i]) for i in finished])

    def _batches(self, order: list[int], lengths: list[int]) -> list[list[int]]:
        """Batches of sentences of similar length: a small first one, so the first sentence shows
        quickly, then as many as fit `batch_sentences` and `batch_tokens` (padded source pieces)."""
        first = max(1, self.settings.first_batch_sentences)
        size = max(1, self.settings.batch_sentences)
        budget = max(1, self.settings.batch_tokens)
        batches: list[list[int]] = [order[:first]] if order else []
        current: list[int] = []
        for unit in order[first:]:
            # Sorted by length, so this unit is the longest: the padded size is count x its length.
            if current and (len(current) >= size or (len(current) + 1) * lengths[unit] > budget):
                batches.append(current)
                current = []
            current.append(unit)
        if current:
            batches.append(current)
        return batches

    # -- models ----------------------------------------------------------------------------------

    def _load(self, pack: InstalledPack) -> _LoadedPack:
        key = str(pack.path)
        with self._lock:
            loaded = self._loaded.get(key)
            if loaded is None:
                loaded = _LoadedPack(pack, self._open_translator(pack), self._tokenizer_locked(pack))
                self._loaded[key] = loaded
            return loaded

    def _tokenizer(self, pack: InstalledPack) -> _Tokenizer:
        """The pack's tokenizer alone (milliseconds), so sentences are cut while the model loads."""
        with self._lock:
            return self._tokenizer_locked(pack)

    def _tokenizer_locked(self, pack: InstalledPack) -> _Tokenizer:
        key = str(pack.path)
        tokenizer = self._tokenizers.get(key)
        if tokenizer is None:
            tokenizer = self._tokenizers[key] = _open_tokenizer(pack)
        return tokenizer

    def _open_translator(self, pack: InstalledPack) -> Any:
        import ctranslate2

        limit_malloc_arenas()  # before CTranslate2 starts its worker threads

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
            self._tokenizers.clear()


def _open_tokenizer(pack: InstalledPack) -> _Tokenizer:
    sp_model = pack.path / "sentencepiece.model"
    if sp_model.is_file():
        return _SentencePiece(str(sp_model))
    from argostranslate.tokenizer import BPETokenizer  # Moses + BPE packs (e.g. en->da 1.9)

    return BPETokenizer(pack.path / "bpe.model", pack.source, pack.target)  # type: ignore[no-any-return]


def _units(tokenizer: _Tokenizer, limit: int, texts: Sequence[tuple[int, str]]) -> tuple[list[list[str]], list[int]]:
    """Tokenise (index, text) pairs; texts longer than the model accepts are split at spaces."""
    units: list[list[str]] = []
    owners: list[int] = []
    for index, text in texts:
        for part in _fit(text, tokenizer, limit):
            units.append(part)
            owners.append(index)
    return units, owners


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
