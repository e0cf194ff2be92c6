"""The number checks on human translations: few false errors, and nearly every injected corruption caught.

Real sentence pairs translated by people (tests/corpus/parallel, see its manifest) are checked in all six
directions with the human translation as the target. A human translation is taken as correct, so any
error is a false error; a pair whose translator really left a number out or added one carries a note
in a third column and is counted apart. Then each number of the target is corrupted in turn (one digit
changed, the number dropped, its scale swapped, its decimal point shifted) and the check must catch
the change: an error the clean pair did not have.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing_app.core.fidelity_numbers import number_checks
from briefing_app.core.numbers import DECIMAL_COMMA, NumberMatch, find_numbers

PARALLEL = Path(__file__).parents[1] / "corpus" / "parallel"
MAX_FALSE_ERRORS = 0.005
MIN_CAUGHT = 0.98
_SCALE_SWAP = {
    "en": ("million", "billion"), "da": ("millioner", "milliarder"), "ar": ("مليون", "مليار"),
    "he": ("מיליון", "מיליארד"),
}  # fmt: skip
_INDIC = "٠١٢٣٤٥٦٧٨٩"


@dataclass(frozen=True)
class Pair:
    source: str
    src_lang: str
    target: str
    tgt_lang: str
    divergent: str  # the note on a pair whose human translation really adds or drops a number, else ""


def pairs(split: str) -> Iterator[tuple[str, list[Pair]]]:
    """Each direction's pairs of one split: en->xx and xx->en from every en-xx folder."""
    for folder in sorted(p for p in PARALLEL.iterdir() if p.is_dir()):
        other = folder.name.split("-")[1]
        rows = [line.split("\t") for line in (folder / f"{split}.tsv").read_text(encoding="utf-8").splitlines()]
        yield f"en->{other}", [Pair(r[0], "en", r[1], other, r[2] if len(r) > 2 else "") for r in rows]
        yield f"{other}->en", [Pair(r[1], other, r[0], "en", r[2] if len(r) > 2 else "") for r in rows]


def errors(pair: Pair, target: str) -> set[tuple[str, str, str]]:
    checks = number_checks(pair.source, pair.src_lang, target, pair.tgt_lang, 0)
    return {(c.kind, c.expected, c.found) for c in checks if c.severity == "error"}


def _bump(digit: str) -> str:
    if digit in _INDIC:
        return _INDIC[(_INDIC.index(digit) + 1) % 10]
    return str((int(digit) + 1) % 10)


def corruptions(text: str, lang: str) -> Iterator[tuple[str, str]]:
    """(kind, corrupted text) for every digit number of `text`, one change at a time."""
    numbers: list[NumberMatch] = find_numbers(text, lang, spelled=False)
    for n in numbers:
        digits = [i for i in range(n.start, n.end) if text[i].isdigit()]
        if not digits:
            continue
        last = digits[-1]
        yield "digit changed", text[:last] + _bump(text[last]) + text[last + 1 :]
        yield "number dropped", text[: n.start] + text[n.end :]
        small, big = _SCALE_SWAP[lang]
        if small in n.text or big in n.text:
            swapped = n.text.replace(small, big) if small in n.text else n.text.replace(big, small)
            yield "scale swapped", text[: n.start] + swapped + text[n.end :]
        elif n.kind == "number" and re.match(r"[\s,;.)]|$", text[n.end : n.end + 1]) and not _clock(text, n):
            yield "scale swapped", text[: n.end] + " " + big + text[n.end :]  # "30 people" -> "30 billion people"
        token = text[n.start : last + 1]
        point = "\u066b" if text[last] in _INDIC else ("," if lang in DECIMAL_COMMA else ".")
        if not float(n.raw).is_integer() and token.count(point) == 1:
            shifted = token.replace(point, "")  # "2.5" -> "25"
        elif len(digits) >= 2 and re.fullmatch(r"[0-9]+|[٠-٩]+", token):
            shifted = token[:-1] + point + token[-1]  # "30" -> "3.0"
        else:
            shifted = token + ("٠" if text[last] in _INDIC else "0")  # "6" -> "60"
        yield "decimal shifted", text[: n.start] + shifted + text[last + 1 :]


def _clock(text: str, n: NumberMatch) -> bool:
    """A clock time ("kl. 12.00", "3 p.m."): a scale word after it would not be a realistic mistake."""
    return bool(re.search(r"(kl\.?|الساعة|בשעה)\s*$", text[: n.start]) or re.match(r"\s*[ap]\.?m\b", text[n.end :]))


@dataclass
class Score:
    pairs: int = 0
    false: int = 0
    divergent: int = 0
    divergent_flagged: int = 0
    corruptions: int = 0
    caught: int = 0

    @property
    def false_share(self) -> float:
        return self.false / max(1, self.pairs)

    @property
    def caught_share(self) -> float:
        return self.caught / max(1, self.corruptions)


def score(direction_pairs: list[Pair], misses: list[str]) -> Score:
    result = Score()
    for pair in direction_pairs:
        clean = errors(pair, pair.target)
        if pair.divergent:  # the translator really changed a number: nothing to count against
            result.divergent += 1
            result.divergent_flagged += bool(clean)
            continue
        result.pairs += 1
        if clean:
            result.false += 1
            misses.append(f"FALSE {pair.src_lang}->{pair.tgt_lang}: {sorted(clean)} | {pair.source} | {pair.target}")
        for kind, corrupted in corruptions(pair.target, pair.tgt_lang):
            result.corruptions += 1
            if errors(pair, corrupted) - clean:
                result.caught += 1
            else:
                misses.append(f"MISSED {kind} {pair.src_lang}->{pair.tgt_lang}: {pair.source} | {corrupted}")
    return result


@pytest.mark.parametrize("split", ["dev", "test"])
def test_number_checks_on_human_translations(split: str, capsys: pytest.CaptureFixture[str]) -> None:
    misses: list[str] = []
    scores = {direction: score(ps, misses) for direction, ps in pairs(split)}
    with capsys.disabled():
        print(f"\nnumber checks on human translations ({split}): false errors / corruptions caught")
        for direction, s in scores.items():
            print(
                f"  {direction}: {s.false_share:6.1%} of {s.pairs} pairs / {s.caught_share:6.1%} of "
                f"{s.corruptions} corruptions; {s.divergent_flagged}/{s.divergent} real divergences flagged"
            )
        for line in misses[:40]:
            print("   ", line)
    assert scores and all(s.pairs and s.corruptions for s in scores.values())
    for direction, s in scores.items():
        assert s.false_share <= MAX_FALSE_ERRORS, (direction, s)
        assert s.caught_share >= MIN_CAUGHT, (direction, s)


def test_manifest_counts_match_the_files() -> None:
    manifest = json.loads((PARALLEL / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["pairs"]:
        for split in ("dev", "test"):
            lines = (PARALLEL / entry["folder"] / f"{split}.tsv").read_text(encoding="utf-8").splitlines()
            assert len(lines) == entry["counts"][split], (entry["folder"], split)
            assert all(len(line.split("\t")) in (2, 3) and all(line.split("\t")[:2]) for line in lines)
