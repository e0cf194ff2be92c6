"""The shared character vocabulary of the cipher packs and the cipher maps.

The cipher packs "translate" one character at a time. Everything here is plain Python so that other
modules' tests can predict the engine's exact output (:func:`cipher_text`) without loading a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Latin letters a-z in order; the cipher maps below are strings of 26 target letters in this order.
_LATIN = "abcdefghijklmnopqrstuvwxyz"

# a-z onto 26 distinct Arabic letters, chosen by rough sound so the output looks like Arabic words.
ARABIC_FOR_LATIN = "ابصدعفغهيجكلمنوثقرستضذشخحز"
# a-z onto 26 distinct Hebrew letters (22 letters + final forms; only ח U+05D7 is left out).
HEBREW_FOR_LATIN = "אבכדעףגהיטךלמנופקרסתםןשץצז"

# Typographic punctuation that news text uses often; anything missing still passes through (byte fallback).
TYPOGRAPHIC = "“”‘’«»–—…•„‚‹›′″€−‐‑‒·№™"

SPACE_PIECE = "\u2581"  # SentencePiece's word-boundary marker "▁"


def _char_range(first: int, last: int) -> str:
    return "".join(chr(code) for code in range(first, last + 1))


def vocabulary_characters() -> list[str]:
    """Characters that get their own piece in the cipher packs' SentencePiece model.

    The list is part of the pack format: changing it changes every cipher pack. Characters outside it
    are not lost: the SentencePiece model has byte fallback, so they travel as UTF-8 byte pieces that the
    cipher maps to themselves.
    """
    groups = [
        _char_range(0x21, 0x7E),  # printable ASCII without the space (the space becomes "▁")
        _char_range(0xA0, 0xFF),  # Latin-1 letters, signs and the no-break space
        TYPOGRAPHIC,
        _char_range(0x0621, 0x064A),  # Arabic letters
        _char_range(0x064B, 0x0652),  # Arabic short-vowel marks (harakat)
        _char_range(0x0660, 0x0669),  # Arabic-Indic digits
        "\u060c\u061b\u061f\u066a\u066b\u066c",  # ، ؛ ؟ ٪ ٫ ٬
        _char_range(0x05D0, 0x05EA),  # Hebrew letters including final forms
        "\u05f3\u05f4\u05be",  # geresh, gershayim, maqaf
    ]
    seen: dict[str, None] = {}
    for group in groups:
        for char in group:
            seen.setdefault(char, None)
    return list(seen)


def _latin_map(targets: str) -> dict[str, str]:
    """a-z and A-Z onto ``targets`` (scripts without case: both cases map to the same letter)."""
    table = {latin: target for latin, target in zip(_LATIN, targets, strict=True)}
    table.update({latin.upper(): target for latin, target in zip(_LATIN, targets, strict=True)})
    return table


def _inverse_map(targets: str) -> dict[str, str]:
    """The 26 target letters back onto lowercase a-z (case is lost on the way out and back)."""
    return {target: latin for latin, target in zip(_LATIN, targets, strict=True)}


def _rot13_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for alphabet in (_LATIN, _LATIN.upper()):
        for index, char in enumerate(alphabet):
            table[char] = alphabet[(index + 13) % 26]
    return table


# Every pair the cipher packs support, as a character map; characters not in a map map to themselves.
CIPHER_MAPS: dict[tuple[str, str], dict[str, str]] = {
    ("en", "ar"): _latin_map(ARABIC_FOR_LATIN),
    ("en", "he"): _latin_map(HEBREW_FOR_LATIN),
    ("en", "da"): _rot13_map(),
    ("ar", "en"): _inverse_map(ARABIC_FOR_LATIN),
    ("he", "en"): _inverse_map(HEBREW_FOR_LATIN),
    ("da", "en"): _rot13_map(),
}

LANGUAGE_NAMES = {"en": "English", "ar": "Arabic", "he": "Hebrew", "da": "Danish"}


def cipher_map(source: str, target: str) -> dict[str, str]:
    """The character map of one pair; raises ``KeyError`` naming the pair if there is no cipher for it."""
    try:
        return CIPHER_MAPS[(source, target)]
    except KeyError:
        raise KeyError(f"no demo cipher for {source}->{target}; known pairs: {sorted(CIPHER_MAPS)}") from None


_SPACES = re.compile(" +")


def sentencepiece_normalise(text: str) -> str:
    """What the cipher packs' SentencePiece round trip does to text besides the cipher.

    The model uses the ``identity`` normalisation rule, so only ASCII spaces are touched: runs of spaces
    collapse to one and leading/trailing spaces are dropped. A literal "▁" (U+2581) reads as a space.
    Tabs, newlines, no-break spaces and every other character are kept exactly.
    """
    return _SPACES.sub(" ", text.replace(SPACE_PIECE, " ")).strip(" ")


def cipher_text(text: str, source: str, target: str) -> str:
    """The exact output of the cipher pack ``source``->``target`` for one sentence.

    Equals ``sp.decode(translate_batch([sp.encode(text, out_type=str)])[0].hypotheses[0])`` for any beam
    size, batched or not, as long as the sentence has at most ``CIPHER_MAX_PIECES`` pieces and
    ``max_decoding_length`` is larger than its piece count. Argos's own ``translate()`` additionally
    turns "_" into spaces (its tokenizer does that for every package).
    """
    table = cipher_map(source, target)
    return sentencepiece_normalise("".join(table.get(char, char) for char in text))


def map_pieces(pieces: Iterable[str], table: dict[str, str]) -> list[str]:
    """Apply a character map to SentencePiece pieces (single characters, "▁", byte and control pieces)."""
    return [table.get(piece, piece) for piece in pieces]
