"""Plain text and Markdown articles: decode the bytes, find the headline, rebuild the paragraphs.

The helpers at the top (`decode_text`, `clean_block`, `lines_to_paragraphs`, `ends_sentence`) are shared
with the other readers, so every format normalises whitespace and joins wrapped lines the same way.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from briefing_app.core.errors import EmptyDocumentError, UnsupportedFormatError
from briefing_app.core.model import ArticleText, BlockKind, TextBlock

# Legacy single-byte code pages we expect news files in; charset-normalizer is asked too, but for
# short texts it confuses these with each other, so every candidate is re-scored below.
LEGACY_ENCODINGS = ("cp1252", "cp1256", "cp1255")

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Characters that may end a paragraph: sentence punctuation in Latin, Arabic and Hebrew scripts, closing
# quotes and brackets. A line ending otherwise, followed by a lowercase start, is a wrapped continuation.
_FINAL_PUNCT = set(".!?:;…\"'”’»«)]}؟۔׃") | {"\u061b", "\u06d4"}

_SPACE_RUN = re.compile(r"[ \t\u1680\u2000-\u200a\u205f\u3000\x0b\x0c]+")
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Every Cc character except newline and tab, and stray BOMs (zero-width no-break spaces).
_DROP_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


class NotTextError(ValueError):
    """Raised by `decode_text` for binary data; callers turn it into a `DocumentError` with the path."""


# --------------------------------------------------------------------------------------------- decoding


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). BOMs and strict UTF-8 first (exact), then scored legacy guesses.

    Damage that field files carry is tolerated rather than refused: a few stray NUL bytes (or a run
    of them at the end, left by an interrupted copy) are dropped, and a UTF-8 file with a few
    invalid bytes is read as UTF-8 with U+FFFD in their place instead of as cp1252 mojibake.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError as exc:
                raise NotTextError(f"not a text file: the {name} byte-order mark is followed by invalid data") from exc
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            return guessed
        data = data.rstrip(b"\x00")
        if data.count(0) > max(2, len(data) // 1000):
            raise NotTextError("not a text file: binary data")
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if len(_BINARY_CONTROL.findall(data[:65536])) > max(2, len(data[:65536]) // 100):
        raise NotTextError("not a text file: binary data")
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged
    best = _best_legacy_decoding(data)
    if best is None:
        raise NotTextError("not a text file: binary data (no text encoding fits)")
    return best


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few invalid bytes (a truncated copy, one bad sector): decode with replacements.

    Accepted only when valid multi-byte sequences clearly outnumber the invalid ones: text in a legacy
    code page makes an invalid sequence of nearly every non-ASCII letter and almost no valid ones, so
    cp1252, cp1256 and cp1255 files never land here.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - invalid
    if invalid > 0 and valid_multibyte >= max(4, 2 * invalid):
        return text, "utf-8 (damaged: invalid bytes replaced)"
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: Latin text shows a NUL in every other byte; Arabic or Hebrew text
    decodes, in the right byte order only, to letters of one script with ordinary spaces and digits."""
    if len(data) < 4 or len(data) % 2:
        return None
    for codec, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if any(unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\n\r\t" for c in text):
            continue
        if zeros.count(0) >= 0.4 * len(zeros) and _score(text) >= 0:
            return text, codec
        expected = sum(1 for c in text if _EXPECTED_UTF16.match(c))
        if expected >= 0.95 * len(text) and _score(text) > 0:
            return text, codec
    return None


# Characters a UTF-16 news file in our languages consists of: ASCII and Latin, Hebrew, Arabic,
# general punctuation. The wrong byte order turns these into CJK, dingbats and unassigned points.
_EXPECTED_UTF16 = re.compile("[\x00-\u024f\u0590-\u06ff\u0750-\u077f\u2000-\u206f\ufb1d-\ufeff]")


def _best_legacy_decoding(data: bytes) -> tuple[str, str] | None:
    """Score every plausible decoding by how natural its words look.

    The code pages we expect (cp1252, cp1256, cp1255) are preferred, charset-normalizer's pick first
    among them on ties; another page it suggests is used only when all three decode to mojibake,
    because for a few dozen bytes it often proposes a Cyrillic or Central European page.
    """
    match = from_bytes(data[:262144]).best()
    guess = match.encoding if match is not None else None
    candidates = list(LEGACY_ENCODINGS)
    if guess in candidates:
        candidates.remove(guess)
        candidates.insert(0, guess)
    elif guess:
        candidates.append(guess)
    scored: list[tuple[float, int, str, str]] = []
    for rank, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_score(text), -rank, text, encoding))
    expected = [s for s in scored if s[3] in LEGACY_ENCODINGS]
    if expected and max(expected)[0] >= 0:
        scored = expected  # leave the expected pages only when all of them produce mojibake
    if not scored:
        return None
    _, _, text, encoding = max(scored)
    return text, encoding


def _script(ch: str) -> str:
    """A coarse script name for a letter: enough to tell Latin, Arabic and Hebrew mojibake apart."""
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o < 0x1F00:
        return "latin"
    if 0x590 <= o < 0x600 or 0xFB1D <= o < 0xFB50:
        return "hebrew"
    if 0x600 <= o < 0x700 or 0x750 <= o < 0x780 or 0xFB50 <= o < 0xFE00 or 0xFE70 <= o < 0xFF00:
        return "arabic"
    if 0x370 <= o < 0x530:
        return "greek-cyrillic"
    return "other"


_WORD = re.compile(r"[^\W\d_]+(?:[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]+[^\W\d_]*)*")


_ORPHAN_MARK = re.compile(
    r"(?<![^\W\d_])(?<![\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670])[\u0591-\u05c7\u064b-\u065f]"
)


def _score(text: str) -> float:
    """Fraction of plausible words minus implausible ones among words with non-ASCII letters.

    Mojibake shows as words that mix scripts (Danish "møller" read as cp1256 puts an Arabic letter
    between Latin ones), Latin words made only of accented letters (Arabic or Hebrew read as cp1252
    gives "ÇáÍßæãÉ"), marks that outnumber letters (Arabic read as cp1255 becomes Hebrew points),
    combining marks after a space, and C1 control characters.
    """
    good = bad = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        letters = [c for c in word if unicodedata.category(c).startswith("L")]
        marks = len(word) - len(letters)
        scripts = {_script(c) for c in letters}
        if not letters or len(scripts) > 1 or marks > len(letters) / 2 or unicodedata.category(word[0]) == "Mn":
            bad += 1
        elif scripts == {"latin"} and len(letters) >= 2 and not any(c.isascii() for c in letters):
            bad += 1
        else:
            good += 1
    bad += len(_ORPHAN_MARK.findall(text))
    bad += 3 * sum(1 for c in text if 0x80 <= ord(c) < 0xA0)
    total = good + bad
    return 0.0 if total == 0 else (good - bad) / total


# --------------------------------------------------------------------------------------------- cleaning


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no control characters except newline and tab, no stray BOMs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # A regex rather than a per-character loop: on a 50 MB file the loop took seconds and a list
    # of fifty million one-character strings (hundreds of MB).
    text = _DROP_CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_block(text: str) -> str:
    """One block on one line: any newline becomes a space, runs of spaces collapse, ends are stripped.

    Non-breaking spaces are kept: they hold numbers and units together in several languages.
    """
    text = clean_text(text).replace("\n", " ").replace("\t", " ")
    return _SPACE_RUN.sub(" ", text).strip()


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] in _FINAL_PUNCT


# A line starting with these opens something of its own, whatever letter follows: a quoted post or
# hashtag ("@saveyourvoice: Fifth day..."), a list item, a dash quote ("– vi skal...").
_OPENS_BLOCK = ("@", "#", "•", "–", "—", "- ", "* ")


def starts_lowercase(line: str) -> bool:
    if line.lstrip().startswith(_OPENS_BLOCK):
        return False
    for ch in line.lstrip():
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def join_wrapped(first: str, second: str) -> str:
    """Join two pieces of one paragraph; a line-end hyphen before a lowercase letter keeps its hyphen."""
    first, second = first.rstrip(), second.lstrip()
    if first.endswith("\u00ad"):
        return first[:-1] + second
    if first.endswith("-") and len(first) > 1 and first[-2].isalpha() and starts_lowercase(second):
        return first + second
    return f"{first} {second}"


def lines_to_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from lines: blank-line separated if there are blank lines, else one per line.

    In one-paragraph-per-line text a line that does not end a sentence, followed by a line that starts
    in lowercase, was wrapped by hand and is joined to the next ("nine rescue" + "workers.").
    """
    stripped = [line.strip() for line in lines]
    while stripped and not stripped[0]:
        stripped.pop(0)
    while stripped and not stripped[-1]:
        stripped.pop()
    paragraphs: list[str] = []
    if "" in stripped:
        current: list[str] = []
        for line in [*stripped, ""]:
            if line:
                current.append(line)
            elif current:
                text = current[0]
                for nxt in current[1:]:
                    text = join_wrapped(text, nxt)
                paragraphs.append(text)
                current = []
    else:
        for line in stripped:
            if paragraphs and not ends_sentence(paragraphs[-1]) and starts_lowercase(line):
                paragraphs[-1] = join_wrapped(paragraphs[-1], line)
            else:
                paragraphs.append(line)
    return [p for p in (clean_block(p) for p in paragraphs) if p]


# --------------------------------------------------------------------------------------------- readers


def read_bytes_as_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode with path-aware errors: binary data is reported as an unsupported format, blank as empty."""
    try:
        text, encoding = decode_text(data)
    except NotTextError as exc:
        raise UnsupportedFormatError(path, str(exc)) from None
    text = clean_text(text)
    if not text.strip():
        raise EmptyDocumentError(path, "the file contains no text" if data else "the file is empty (0 bytes)")
    return text, encoding


def read_text(path: Path, data: bytes) -> ArticleText:
    """Plain text: first non-empty line is the headline (title and a HEADING block), the rest paragraphs."""
    text, encoding = read_bytes_as_text(path, data)
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    title = clean_block(lines[first])
    blocks = [TextBlock(title, BlockKind.HEADING)]
    blocks += [TextBlock(p) for p in lines_to_paragraphs(lines[first + 1 :])]
    return ArticleText(path=path, format="txt", title=title, blocks=blocks, metadata={"encoding": encoding})
