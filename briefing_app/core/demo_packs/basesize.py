"""The base-size pack: random weights with Argos's real model dimensions, as a speed stand-in.

Why: the cipher pack is tiny, so it says nothing about real translation speed. This pack has the shape
of a real Argos model (6+6 layers, d_model 512, 8 heads, FFN 2048, shared vocabulary of 32,000, tied
embeddings, sinusoidal positions, int8) so benchmarks and progress reporting see realistic costs.
Its output is gibberish in the target script, and always exactly ``output_tokens`` pieces long so every
pipeline decodes the same amount of work.

How the length is fixed: residual dimension ``STOP`` (the last one) is a "stop channel" that no weight
writes into (embedding columns, attention output rows and FFN output rows are zero there). The learned
decoder position table puts a huge value into it from step ``output_tokens`` on; after the final layer
norm that dimension then dominates. The ``</s>`` row of the tied embedding/projection reads only that
dimension, with a large negative bias: ``</s>`` scores below -800 before the step and about +1000 at
it, so every beam ends there.
"""

from __future__ import annotations

import io
import math
import tempfile
import unicodedata
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from briefing_app.core.demo_packs.argos_zip import pack_folder_name, pack_metadata, pack_readme, write_argos_package
from briefing_app.core.demo_packs.cipher import ctranslate2_specs, torch_blocked
from briefing_app.core.demo_packs.vocab import CIPHER_MAPS

BASE_PAIRS = [("en", "ar"), ("en", "he"), ("en", "da")]
_STOP_VALUE = 1.0e4  # stop channel value in the decoder position table from step ``output_tokens`` on
_BLOCKED_BIAS = -1000.0  # projection bias of </s> and of pieces the output must never contain
_MAX_SENTENCEPIECE_VOCAB = 8000  # the real SentencePiece model; the CTranslate2 vocabulary is padded

_SCRIPTS = {"ar": "ARABIC", "he": "HEBREW"}
_CONSONANTS = "bcdfghjklmnprstvwyz"
_VOWELS = "aeiou"


def _pseudo_words(rng: np.random.Generator, count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        syllables = rng.integers(1, 4)
        words.add("".join(rng.choice(list(_CONSONANTS)) + rng.choice(list(_VOWELS)) for _ in range(syllables)))
    return sorted(words)


def _training_sentences(source: str, target: str, rng: np.random.Generator, count: int) -> list[str]:
    """English-like pseudo sentences with numbers and punctuation, plus their cipher into the target script.

    The cipher copy gives the tokenizer pieces in the target's script, so the gibberish output looks like
    the target language (right-to-left script for ar and he).
    """
    words = _pseudo_words(rng, 3000)
    weights = 1.0 / np.arange(1, len(words) + 1)  # Zipf-like word frequencies
    weights /= weights.sum()
    table = CIPHER_MAPS.get((source, target), {})
    sentences = []
    for _ in range(count):
        picked = list(rng.choice(words, size=int(rng.integers(5, 20)), p=weights))
        picked[0] = picked[0].capitalize()
        if rng.random() < 0.4:
            picked.insert(int(rng.integers(0, len(picked))), f"{int(rng.integers(1, 5000)):,}")
        sentence = " ".join(picked) + str(rng.choice([".", ".", ".", "?", "!", ","]))
        sentences.append(sentence)
        sentences.append("".join(table.get(char, char) for char in sentence))
    return sentences


def _corpus_size(pieces: int) -> int:
    """Sentences to generate: about two per piece is enough for unigram training (fewer for tiny tests)."""
    return 1000 if pieces <= 1000 else 2 * pieces


def train_base_sentencepiece(source: str, target: str, vocab_size: int, seed: int) -> bytes:
    """A real unigram SentencePiece model trained on generated text (see :func:`_training_sentences`)."""
    import sentencepiece as spm

    rng = np.random.default_rng(seed)
    pieces = min(vocab_size, _MAX_SENTENCEPIECE_VOCAB)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_training_sentences(source, target, rng, count=_corpus_size(pieces))),
        model_writer=model,
        model_type="unigram",
        vocab_size=pieces,
        hard_vocab_limit=False,
        character_coverage=1.0,
        byte_fallback=True,
        num_threads=2,
        minloglevel=2,
    )
    return model.getvalue()


def _padded_vocabulary(model_proto: bytes, vocab_size: int) -> tuple[list[str], int]:
    """SentencePiece pieces followed by ``<pad_N>`` filler up to ``vocab_size``; also the real count."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model_proto)
    pieces = [processor.id_to_piece(index) for index in range(processor.get_piece_size())]
    if len(pieces) > vocab_size:
        raise ValueError(f"vocab_size {vocab_size} is smaller than the tokenizer's {len(pieces)} pieces")
    return pieces + [f"<pad_{index}>" for index in range(len(pieces), vocab_size)], len(pieces)


def _allowed_output(piece: str, target: str) -> bool:
    """Pieces the output may contain: real pieces whose letters are in the target's script."""
    if piece.startswith("<") and piece.endswith(">"):
        return False  # control, byte-fallback and padding pieces
    script = _SCRIPTS.get(target, "LATIN")
    return all(unicodedata.name(char, "").startswith(script) for char in piece if char.isalpha())


def _sinusoids(rows: int, d_model: int) -> np.ndarray:
    """Sinusoidal position encodings (sin half, cos half), as CTranslate2 generates them."""
    half = d_model // 2
    frequencies = np.exp(-math.log(10000.0) * np.arange(half) / max(half - 1, 1))
    angles = np.arange(rows)[:, None] * frequencies[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1).astype(np.float32)


class _RandomWeights:
    """Random weights scaled like a trained Transformer, with nothing written into the stop channel."""

    def __init__(self, seed: int, d_model: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.d_model = d_model
        self.stop = d_model - 1

    def matrix(self, rows: int, columns: int) -> np.ndarray:
        return (self.rng.standard_normal((rows, columns)) / math.sqrt(columns)).astype(np.float32)

    def bias(self, size: int) -> np.ndarray:
        return (self.rng.standard_normal(size) * 0.02).astype(np.float32)

    def linear(self, spec: Any, rows: int, columns: int, writes_residual: bool = False) -> None:
        spec.weight = self.matrix(rows, columns)
        spec.bias = self.bias(rows)
        if writes_residual:  # this layer's output is added to the residual: keep the stop channel clean
            spec.weight[self.stop] = 0.0
            spec.bias[self.stop] = 0.0

    def layer_norm(self, spec: Any) -> None:
        spec.gamma = np.ones(self.d_model, dtype=np.float32)
        spec.beta = np.zeros(self.d_model, dtype=np.float32)

    def self_attention(self, spec: Any) -> None:
        self.layer_norm(spec.layer_norm)
        self.linear(spec.linear[0], 3 * self.d_model, self.d_model)  # fused query/key/value
        self.linear(spec.linear[1], self.d_model, self.d_model, writes_residual=True)

    def cross_attention(self, spec: Any) -> None:
        self.layer_norm(spec.layer_norm)
        self.linear(spec.linear[0], self.d_model, self.d_model)  # query
        self.linear(spec.linear[1], 2 * self.d_model, self.d_model)  # fused key/value of the encoder output
        self.linear(spec.linear[2], self.d_model, self.d_model, writes_residual=True)

    def ffn(self, spec: Any, inner: int) -> None:
        self.layer_norm(spec.layer_norm)
        self.linear(spec.linear_0, inner, self.d_model)
        self.linear(spec.linear_1, self.d_model, inner, writes_residual=True)


def build_base_spec(
    pieces: list[str], target: str, output_tokens: int, seed: int, *, d_model: int, layers: int, heads: int, ffn: int
) -> Any:
    """The random CTranslate2 ``TransformerSpec`` (call inside :func:`torch_blocked`)."""
    specs = ctranslate2_specs()
    spec = specs.TransformerSpec.from_config((layers, layers), heads, pre_norm=True)
    weights = _RandomWeights(seed, d_model)
    eos = pieces.index("</s>")

    # One table for source embeddings, target embeddings and output projection (tied, stored once).
    embeddings = weights.matrix(len(pieces), d_model)
    embeddings[:, weights.stop] = 0.0
    embeddings[eos] = 0.0
    # After the final layer norm the stop channel reads about sqrt(d_model) once the stop value is in,
    # and at most about 1 before: this weight puts </s> at about +1000 then and below -800 before.
    embeddings[eos, weights.stop] = -2.0 * _BLOCKED_BIAS / math.sqrt(d_model)
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings
    spec.decoder.projection.weight = embeddings
    spec.decoder.projection.bias = np.array(
        [0.0 if _allowed_output(piece, target) else _BLOCKED_BIAS for piece in pieces], dtype=np.float32
    )

    # Encoder positions stay unset: CTranslate2 then uses sinusoidal encodings of any length. The decoder
    # gets the same sinusoids as a learned table, plus the stop channel from step ``output_tokens`` on.
    table = _sinusoids(output_tokens + 16, d_model)
    table[:, weights.stop] = 0.0
    table[output_tokens:, weights.stop] = _STOP_VALUE
    spec.decoder.position_encodings.encodings = table

    for layer in spec.encoder.layer:
        weights.self_attention(layer.self_attention)
        weights.ffn(layer.ffn, ffn)
    for layer in spec.decoder.layer:
        weights.self_attention(layer.self_attention)
        weights.cross_attention(layer.attention)
        weights.ffn(layer.ffn, ffn)
    weights.layer_norm(spec.encoder.layer_norm)
    weights.layer_norm(spec.decoder.layer_norm)

    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    return spec


def pair_seed(source: str, target: str) -> int:
    """A fixed seed per pair, so rebuilding a pack gives the same weights."""
    return zlib.crc32(f"briefing-desk-demo-base:{source}-{target}".encode())


def build_base_pack(
    source: str,
    target: str,
    out_dir: Path,
    output_tokens: int = 30,
    *,
    vocab_size: int = 32000,
    d_model: int = 512,
    layers: int = 6,
    heads: int = 8,
    ffn: int = 2048,
) -> Path:
    """Build the base-size random pack ``source``->``target``; returns the ``.argosmodel`` path.

    Full size takes a few seconds and about 60 MB (int8); tests pass small dimensions.
    """
    if output_tokens < 1:
        raise ValueError("output_tokens must be at least 1")
    seed = pair_seed(source, target)
    model_proto = train_base_sentencepiece(source, target, vocab_size, seed)
    pieces, real_pieces = _padded_vocabulary(model_proto, vocab_size)
    folder = pack_folder_name(source, target, "base")
    metadata = pack_metadata(
        source,
        target,
        "base",
        {
            "demo_output_tokens": output_tokens,
            "demo_dimensions": {
                "vocab_size": vocab_size,
                "d_model": d_model,
                "layers": layers,
                "heads": heads,
                "ffn": ffn,
            },
        },
    )
    readme = pack_readme(
        metadata,
        f"Random weights with real model dimensions ({layers}+{layers} layers, d_model {d_model}, {heads} heads, "
        f"FFN {ffn}, vocabulary {vocab_size}, int8), for speed tests only. Every output is exactly "
        f"{output_tokens} pieces of gibberish. The tokenizer is a real SentencePiece model with "
        f"{real_pieces} pieces trained on generated text; the model vocabulary is padded to {vocab_size}.",
    )
    with tempfile.TemporaryDirectory(prefix="demo-base-") as temporary, torch_blocked():
        model_dir = Path(temporary) / "model"
        model_dir.mkdir()
        spec = build_base_spec(
            pieces, target, output_tokens, seed, d_model=d_model, layers=layers, heads=heads, ffn=ffn
        )
        spec.validate()
        spec.optimize(quantization="int8")
        spec.save(str(model_dir))
        return write_argos_package(
            Path(out_dir) / f"{folder}.argosmodel", folder, model_dir, model_proto, metadata, readme
        )
