"""Base-size packs whose output length follows the input's, as a real model's does (bench only).

The base-size demo pack decodes exactly `output_tokens` pieces per sentence: the best case for
batching, since every sentence of a batch ends at the same step. A real model's output is about as
long as its input, so short and long sentences of one batch end at different steps. This variant
keeps everything of the base pack (random weights, real dimensions, int8) and changes how it stops:

* the source gets its `</s>` (config `add_source_eos`), the one source position whose stop channel
  is set (its embedding is the base pack's stop weight);
* a block of residual dimensions carries large position sinusoids in +/- pairs, in the encoder and
  the decoder, and no sublayer writes into them (the pairs cancel the layer norms' mean shift; their
  size fixes the layer norms' scale, so the scores below do not depend on the random layers);
* one head of the last decoder layer's cross-attention compares the decoder step's sinusoids with
  each source position's, so at step t it attends to source position t, sharply. A constant query
  on a key that reads the stop channel pulls it to `</s>` once no position matches the step any
  more. Its value reads the stop channel and its output writes into the decoder's: when the head
  lands on `</s>` the stop channel jumps and `</s>` wins, as at the base pack's fixed step.

So a sentence of n source pieces decodes n + 1 steps (checked: 14 sentences of 32-224 pieces, beam
2, full size), capped at 256 like Argos's default decoding limit.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from briefing_app.core.demo_packs.argos_zip import pack_folder_name, pack_metadata, pack_readme, write_argos_package
from briefing_app.core.demo_packs.basesize import (
    _padded_vocabulary,
    _sinusoids,
    build_base_spec,
    pair_seed,
    train_base_sentencepiece,
)
from briefing_app.core.demo_packs.cipher import torch_blocked

FREQUENCIES = 16  # position frequencies in the reserved block (each a sin and a cos, in +/- pairs)
CAP = 256  # the decoder's own stop from this step on, as in the base pack (max_decoding_length's default)
AMPLITUDE = 40.0  # of the reserved sinusoids: they dominate every layer norm's scale, which is then fixed
SHARPNESS = 1.0  # query scale: the aligned position scores 128, the next best at most 99 (see EOS_PULL)
STOP_GAIN = 100.0  # the stop channel gets ~2,000 when the head lands on </s>, ~0 elsewhere
# Query bias on the key dimension that reads the stop channel (only </s> has it): </s> scores about
# 0.1 x EOS_PULL x 28 = 70 against 128 for the aligned position and at most 99 for any other, so
# the head lands on </s> exactly when no position matches the step. Measured on the full-size pack
# (6+6 layers, beam 2): 12 never stops, 40 stops at once, 25 decodes n + 1 steps for n pieces.
EOS_PULL = 25.0  # output weight into the stop channel: ~1e4 when the head lands on </s>
ENCODER_ROWS = 1030  # source positions the encoder's table covers (CTranslate2 truncates at 1024)


def _reserved(d_model: int) -> tuple[list[int], list[int]]:
    """(+ dims, - dims): just below the base pack's stop channel (the last dimension)."""
    first = d_model - 1 - 4 * FREQUENCIES
    plus = list(range(first, first + 2 * FREQUENCIES))
    minus = list(range(first + 2 * FREQUENCIES, d_model - 1))
    return plus, minus


def _position_block(rows: int) -> np.ndarray:
    """sin and cos of each frequency at each position: (rows, 2 * FREQUENCIES)."""
    frequencies = np.geomspace(0.003, 2.5, FREQUENCIES)
    angles = np.arange(rows)[:, None] * frequencies[None, :]
    return AMPLITUDE * np.concatenate([np.sin(angles), np.cos(angles)], axis=1).astype(np.float32)


def _table(rows: int, d_model: int, plus: list[int], minus: list[int]) -> np.ndarray:
    table = _sinusoids(rows, d_model)
    block = _position_block(rows)
    table[:, plus] = block
    table[:, minus] = -block
    table[:, d_model - 1] = 0.0
    return table


def _keep_clean(linear: Any, dims: list[int]) -> None:
    """A sublayer that writes into the residual must not touch the reserved dimensions."""
    weight = np.array(linear.weight)
    bias = np.array(linear.bias)
    weight[dims] = 0.0
    bias[dims] = 0.0
    linear.weight, linear.bias = weight, bias


def build_length_spec(
    pieces: list[str], target: str, seed: int, *, d_model: int, layers: int, heads: int, ffn: int
) -> Any:
    spec = build_base_spec(pieces, target, CAP, seed, d_model=d_model, layers=layers, heads=heads, ffn=ffn)
    plus, minus = _reserved(d_model)
    reserved = [*plus, *minus]

    embeddings = np.array(spec.encoder.embeddings[0].weight)
    embeddings[:, reserved] = 0.0
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings
    spec.decoder.projection.weight = embeddings
    spec.encoder.position_encodings.encodings = _table(ENCODER_ROWS, d_model, plus, minus)
    decoder_table = _table(CAP + 16, d_model, plus, minus)
    decoder_table[CAP:, d_model - 1] = 1.0e4  # the base pack's stop, now only a cap
    spec.decoder.position_encodings.encodings = decoder_table

    for layer in spec.encoder.layer:
        _keep_clean(layer.self_attention.linear[1], reserved)
        _keep_clean(layer.ffn.linear_1, reserved)
    for layer in spec.decoder.layer:
        _keep_clean(layer.self_attention.linear[1], reserved)
        _keep_clean(layer.attention.linear[2], reserved)
        _keep_clean(layer.ffn.linear_1, reserved)

    # The aligning head: the first head of the last decoder layer's cross-attention (the one
    # CTranslate2 returns with return_attention, so the alignment can be looked at).
    attention = spec.decoder.layer[-1].attention
    size = d_model // heads
    head = slice(0, size)
    query = np.array(attention.linear[0].weight)
    query_bias = np.array(attention.linear[0].bias)
    key_value = np.array(attention.linear[1].weight)
    key_value_bias = np.array(attention.linear[1].bias)
    query[head] = 0.0
    query_bias[head] = 0.0
    key_value[head] = 0.0
    key_value_bias[head] = 0.0
    value_head = slice(d_model, d_model + size)
    key_value[value_head] = 0.0
    key_value_bias[value_head] = 0.0
    start = 0
    for j, (p, m) in enumerate(zip(plus, minus, strict=True)):
        # (+) minus (-) is 2x the sinusoid divided by the layer norm's scale: the mean shift cancels.
        query[start + j, p], query[start + j, m] = SHARPNESS, -SHARPNESS
        key_value[start + j, p], key_value[start + j, m] = 1.0, -1.0
    # The source's </s> is the one position whose stop channel is set (its embedding is the base
    # pack's stop weight): the value reads it, and a key dimension with a constant query lets the
    # head fall onto </s> once no source position matches the step any more.
    key_value[d_model + start, d_model - 1] = 1.0
    key_value[start + 2 * FREQUENCIES, d_model - 1] = 1.0
    query_bias[start + 2 * FREQUENCIES] = EOS_PULL
    attention.linear[0].weight, attention.linear[0].bias = query, query_bias
    attention.linear[1].weight, attention.linear[1].bias = key_value, key_value_bias
    output = np.array(attention.linear[2].weight)
    output[:, head] = 0.0
    output[d_model - 1, start] = STOP_GAIN
    attention.linear[2].weight = output
    spec.config.add_source_eos = True
    return spec


def build_length_pack(
    source: str, target: str, out_dir: Path, *, vocab_size: int, d_model: int, layers: int, heads: int, ffn: int
) -> Path:
    """The length-following variant of the base pack `source`->`target`, as an .argosmodel file."""
    if d_model // heads < 2 * FREQUENCIES + 1 or d_model < 4 * FREQUENCIES + 1:
        raise ValueError(f"d_model {d_model} with {heads} heads is too small for {FREQUENCIES} frequencies")
    seed = pair_seed(source, target)
    model_proto = train_base_sentencepiece(source, target, vocab_size, seed)
    pieces, _ = _padded_vocabulary(model_proto, vocab_size)
    folder = pack_folder_name(source, target, "base")
    metadata = pack_metadata(source, target, "base", {"demo_output_tokens": "follows the input"})
    readme = pack_readme(metadata, "Random weights with real model dimensions; output as long as the input.")
    with tempfile.TemporaryDirectory(prefix="demo-length-") as temporary, torch_blocked():
        model_dir = Path(temporary) / "model"
        model_dir.mkdir()
        spec = build_length_spec(pieces, target, seed, d_model=d_model, layers=layers, heads=heads, ffn=ffn)
        spec.validate()
        spec.optimize(quantization="int8")
        spec.save(str(model_dir))
        return write_argos_package(
            Path(out_dir) / f"{folder}.argosmodel", folder, model_dir, model_proto, metadata, readme
        )
