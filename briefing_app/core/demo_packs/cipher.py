"""The cipher pack: a hand-wired CTranslate2 Transformer whose "translation" is an exact character cipher.

Why: the app must be tested end to end (tokenizer, engine, beam search, batching, right-to-left output)
without real language packs, and tests need to know the exact translation. This model copies source
piece ``s_t`` to output step ``t`` through the cipher ``f``, so the output is ``f(s_0) ... f(s_n-1) </s>``.

Weight layout (one encoder and one decoder layer, one head, pre-norm)::

    residual dims  [0, V)        token one-hot (V = SentencePiece vocabulary size)
                   [V, V+P)      position one-hot, P = CIPHER_MAX_PIECES positions
                   V+P           "far" slot: positions >= P (nothing reads it)
                   rest          zero padding up to a multiple of 16

* Encoder: embedding = token one-hot, learned position table = position one-hot; self-attention and
  FFN weights are zero, so the encoder output is token + position. Its final layer norm is made an
  exact identity (see :func:`_identity_layer_norm`).
* Decoder: embeddings are zero (the previous output token does not matter), the position table gives
  the step one-hot; self-attention and FFN are zero.
* Cross-attention head (``head_dim`` H >= max(P + 1, V)): the query of step t is the one-hot of t plus a
  constant on head dim P; the key of source position s is the one-hot of s, plus a bonus on head dim P
  when the source token is ``</s>``. After CTranslate2's 1/sqrt(H) scaling, step t scores 90 on source
  position t and 40 on the source ``</s>``, so it copies position t while t < n and ``</s>`` after that
  (no beam can run on past the end). The value is the source token's one-hot pushed through the cipher;
  the output projection writes it back into the (empty) token block of the decoder residual.
* Output projection reads the token block with weight 40: the right piece wins by 40 logits.
"""

from __future__ import annotations

import functools
import io
import math
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from briefing_app.core.demo_packs.argos_zip import pack_folder_name, pack_metadata, pack_readme, write_argos_package
from briefing_app.core.demo_packs.vocab import cipher_map, map_pieces, vocabulary_characters

# Longest sentence, in SentencePiece pieces (one per character, plus one "▁" per word start), that a
# cipher pack copies exactly. Longer input comes out cut after this many pieces. Callers must also
# pass ``max_decoding_length`` > the piece count (CTranslate2's default of 256 cuts output earlier).
CIPHER_MAX_PIECES = 512
# ``max_decoding_length`` that covers every sentence the pack handles exactly (pieces + "</s>").
CIPHER_MAX_DECODING_LENGTH = CIPHER_MAX_PIECES + 1
# Rows of the learned position tables. CTranslate2 fails on positions past the table, so they cover its
# default ``max_input_length`` of 1024 (plus "</s>") on the source side and as many decoding steps.
_POSITION_ROWS = 1030

_COPY_SCORE = 90.0  # attention score of the aligned source position (after the 1/sqrt(H) scaling)
_EOS_SCORE = 40.0  # attention score of the source "</s>" for every step
_LOGIT_MARGIN = 40.0  # logit of the copied piece; every other piece gets 0
_LN_EPSILON = 1e-6
_SMALL_HEAD_DIM = 8  # head size of the zeroed self-attention layers (keeps the pack small)
_SMALL_FFN = 8  # inner size of the zeroed feed-forward layers


@contextmanager
def torch_blocked() -> Iterator[None]:
    """Hide torch while building: ``ctranslate2.specs`` imports it whenever it is importable (slow, huge).

    Setting ``sys.modules["torch"] = None`` makes ``import torch`` fail fast; the previous state is
    restored afterwards so nothing else in the process is affected.
    """
    missing = object()
    saved = sys.modules.get("torch", missing)
    if saved is missing:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if saved is missing:
            sys.modules.pop("torch", None)


def ctranslate2_specs() -> Any:
    """Import ``ctranslate2.specs`` without torch (call inside :func:`torch_blocked`)."""
    import ctranslate2.specs

    return ctranslate2.specs


@dataclass(frozen=True)
class _Layout:
    """Where things live in the residual stream and in the cross-attention head."""

    vocab_size: int
    positions: int = CIPHER_MAX_PIECES

    @property
    def position_start(self) -> int:
        return self.vocab_size

    @property
    def far_slot(self) -> int:
        return self.vocab_size + self.positions

    @property
    def d_model(self) -> int:
        return _round_up(self.far_slot + 1, 16)

    @property
    def head_dim(self) -> int:
        # Query/key use head dims [0, P) for positions and P for the "</s>" bonus; values use [0, V).
        return _round_up(max(self.positions + 1, self.vocab_size), 8)

    @property
    def bonus_dim(self) -> int:
        return self.positions


def _round_up(value: int, multiple: int) -> int:
    return -(-value // multiple) * multiple


@functools.cache
def train_cipher_sentencepiece() -> bytes:
    """A character-level SentencePiece model over :func:`vocabulary_characters`, with byte fallback.

    Byte fallback is what lets any character pass through: one outside the vocabulary becomes its UTF-8
    byte pieces, the cipher maps those to themselves and decoding puts the character back together.
    """
    import sentencepiece as spm

    characters = vocabulary_characters()
    lines = [" ".join(characters[start : start + 40]) for start in range(0, len(characters), 40)]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type="char",
        character_coverage=1.0,
        normalization_rule_name="identity",
        hard_vocab_limit=False,
        vocab_size=len(characters) + 300,
        byte_fallback=True,
        minloglevel=2,
    )
    return model.getvalue()


def sentencepiece_vocabulary(model_proto: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model_proto)
    pieces = [processor.id_to_piece(index) for index in range(processor.get_piece_size())]
    if pieces[:3] != ["<unk>", "<s>", "</s>"]:
        raise RuntimeError(f"unexpected special pieces in the cipher vocabulary: {pieces[:3]}")
    return pieces


def _one_hot_rows(rows: int, columns: int, targets: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """A rows x columns matrix with ``scale`` at (i, targets[i]) and zeros elsewhere."""
    matrix = np.zeros((rows, columns), dtype=np.float32)
    matrix[np.arange(rows), targets] = scale
    return matrix


def _position_table(layout: _Layout) -> np.ndarray:
    """Row t is the one-hot of position t for t < P and the far slot beyond."""
    targets = np.full(_POSITION_ROWS, layout.far_slot)
    targets[: layout.positions] = layout.position_start + np.arange(layout.positions)
    return _one_hot_rows(_POSITION_ROWS, layout.d_model, targets)


def _identity_layer_norm(spec: Any, d_model: int, ones_per_row: int) -> None:
    """Make a layer norm the identity on rows that hold exactly ``ones_per_row`` ones and zeros elsewhere.

    Such rows all share one mean m and variance v, so gamma = sqrt(v + eps) and beta = m undo the
    normalisation exactly. Every row this layer norm sees in the cipher model has that shape.
    """
    mean = ones_per_row / d_model
    variance = ones_per_row / d_model - mean**2
    spec.gamma = np.full(d_model, math.sqrt(variance + _LN_EPSILON), dtype=np.float32)
    spec.beta = np.full(d_model, mean, dtype=np.float32)


def _plain_layer_norm(spec: Any, d_model: int) -> None:
    """Layer norms in front of zeroed sublayers: their output is multiplied by zero anyway."""
    spec.gamma = np.ones(d_model, dtype=np.float32)
    spec.beta = np.zeros(d_model, dtype=np.float32)


def _zero_self_attention(spec: Any, d_model: int) -> None:
    _plain_layer_norm(spec.layer_norm, d_model)
    spec.head_dim = np.int32(_SMALL_HEAD_DIM)
    spec.linear[0].weight = np.zeros((3 * _SMALL_HEAD_DIM, d_model), dtype=np.float32)
    spec.linear[1].weight = np.zeros((d_model, _SMALL_HEAD_DIM), dtype=np.float32)


def _zero_ffn(spec: Any, d_model: int) -> None:
    _plain_layer_norm(spec.layer_norm, d_model)
    spec.linear_0.weight = np.zeros((_SMALL_FFN, d_model), dtype=np.float32)
    spec.linear_1.weight = np.zeros((d_model, _SMALL_FFN), dtype=np.float32)


def _cross_attention(spec: Any, layout: _Layout, mapping: np.ndarray, eos_id: int) -> None:
    """The copying head, see the module docstring. ``mapping[i]`` is the id of f(piece i)."""
    d_model, head_dim, positions = layout.d_model, layout.head_dim, layout.positions
    # Split each score between query and key weights so neither needs a huge int8 scale.
    copy_weight = math.sqrt(_COPY_SCORE * math.sqrt(head_dim))
    eos_weight = math.sqrt(_EOS_SCORE * math.sqrt(head_dim))
    _identity_layer_norm(spec.layer_norm, d_model, ones_per_row=1)  # the decoder row is a lone position

    query = np.zeros((head_dim, d_model), dtype=np.float32)
    query[np.arange(positions), layout.position_start + np.arange(positions)] = copy_weight
    query_bias = np.zeros(head_dim, dtype=np.float32)
    query_bias[layout.bonus_dim] = eos_weight
    spec.linear[0].weight = query
    spec.linear[0].bias = query_bias

    # linear[1] is the fused [key; value] projection of the encoder output.
    key = np.zeros((head_dim, d_model), dtype=np.float32)
    key[np.arange(positions), layout.position_start + np.arange(positions)] = copy_weight
    key[layout.bonus_dim, eos_id] = eos_weight
    value = np.zeros((head_dim, d_model), dtype=np.float32)
    value[mapping, np.arange(layout.vocab_size)] = 1.0
    spec.linear[1].weight = np.concatenate([key, value])

    output = np.zeros((d_model, head_dim), dtype=np.float32)
    output[np.arange(layout.vocab_size), np.arange(layout.vocab_size)] = 1.0
    spec.linear[2].weight = output
    spec.head_dim = np.int32(head_dim)


def build_cipher_spec(pieces: list[str], table: dict[str, str]) -> Any:
    """The CTranslate2 ``TransformerSpec`` of one cipher, vocabulary registered, ready to save."""
    specs = ctranslate2_specs()
    layout = _Layout(vocab_size=len(pieces))
    d_model = layout.d_model
    index = {piece: position for position, piece in enumerate(pieces)}
    missing = sorted({piece for piece in map_pieces(pieces, table) if piece not in index})
    if missing:
        raise RuntimeError(f"cipher outputs missing from the vocabulary: {missing}")
    # Not a permutation in general: en->ar sends "a", "A" and "ا" itself all to "ا".
    mapping = np.array([index[piece] for piece in map_pieces(pieces, table)])

    # head_dim is passed so that every attention spec has the attribute; the self-attention layers then
    # get the small size and the cross-attention the large one.
    encoder = specs.TransformerEncoderSpec(1, 1, pre_norm=True, head_dim=_SMALL_HEAD_DIM)
    decoder = specs.TransformerDecoderSpec(1, 1, pre_norm=True, head_dim=layout.head_dim)
    spec = specs.TransformerSpec(encoder, decoder)

    encoder.scale_embeddings = False
    encoder.embeddings[0].weight = np.eye(len(pieces), d_model, dtype=np.float32)
    encoder.position_encodings.encodings = _position_table(layout)
    _zero_self_attention(encoder.layer[0].self_attention, d_model)
    _zero_ffn(encoder.layer[0].ffn, d_model)
    _identity_layer_norm(encoder.layer_norm, d_model, ones_per_row=2)  # token + position

    decoder.scale_embeddings = False
    decoder.embeddings.weight = np.zeros((len(pieces), d_model), dtype=np.float32)
    decoder.position_encodings.encodings = _position_table(layout)
    _zero_self_attention(decoder.layer[0].self_attention, d_model)
    _cross_attention(decoder.layer[0].attention, layout, mapping, eos_id=index["</s>"])
    _zero_ffn(decoder.layer[0].ffn, d_model)
    _identity_layer_norm(decoder.layer_norm, d_model, ones_per_row=2)  # position + copied token
    decoder.projection.weight = np.eye(len(pieces), d_model, dtype=np.float32) * _LOGIT_MARGIN

    spec.config.add_source_eos = True
    spec.config.layer_norm_epsilon = _LN_EPSILON
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    return spec


def save_cipher_model(source: str, target: str, model_dir: Path, quantization: str = "int8") -> bytes:
    """Write the CTranslate2 model of one cipher pair into ``model_dir``; returns the SentencePiece model."""
    model_proto = train_cipher_sentencepiece()
    with torch_blocked():
        spec = build_cipher_spec(sentencepiece_vocabulary(model_proto), cipher_map(source, target))
        spec.validate()
        spec.optimize(quantization=quantization)
        spec.save(str(model_dir))
    return model_proto


def build_cipher_pack(source: str, target: str, out_dir: Path) -> Path:
    """Build the cipher pack ``source``->``target`` into ``out_dir``; returns the ``.argosmodel`` path."""
    folder = pack_folder_name(source, target, "cipher")
    metadata = pack_metadata(source, target, "cipher", {"demo_max_pieces": CIPHER_MAX_PIECES})
    readme = pack_readme(
        metadata,
        "The model copies its input one character at a time through a fixed cipher (English letters to "
        "Arabic or Hebrew letters, ROT13 for Danish, and back); digits, punctuation and every other "
        f"character pass through unchanged. It is exact for sentences of up to {CIPHER_MAX_PIECES} pieces.",
    )
    with tempfile.TemporaryDirectory(prefix="demo-cipher-") as temporary:
        model_dir = Path(temporary) / "model"
        model_dir.mkdir()
        model_proto = save_cipher_model(source, target, model_dir)
        return write_argos_package(
            Path(out_dir) / f"{folder}.argosmodel", folder, model_dir, model_proto, metadata, readme
        )
