"""Glossary: protected terms and their required rendering per target language.

File format (paste into the README)
-----------------------------------
A glossary is a plain UTF-8 text file, tab-separated (``.tsv``, ``.txt``) or comma-separated
(``.csv``, quoted as spreadsheets write it). Lines starting with ``#`` and blank lines are ignored.
The first other line is the header: ``term`` followed by target language codes::

    # term           Arabic            Hebrew          Danish
    term             ar                he              da
    Jane Roe         جين رو            ג'יין רו         Jane Roe
    Acme Corp        =                 =               =
    Copenhagen       كوبنهاغن          קופנהגן          København

* ``term`` is written as it appears in the articles (source language), matched case-sensitively as a
  whole word; longer terms win ("Jane Roe" before "Roe").
* a cell gives the rendering the translation must contain in that language; ``=`` means "keep the
  term exactly as written"; an empty cell means "no rule": the model translates it freely.
* a term with a rule for any target is protected before translation (replaced by a numeric
  placeholder the model copies through, then restored); in a target whose cell is empty it is restored
  as written.

After translation every term's required rendering is checked (``briefing_app.core.fidelity``).
A malformed file raises ``GlossaryError`` naming the file and line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.errors import BriefingError
from briefing_app.core.numbers import ascii_digits
from briefing_app.core.package_data import read_resource_text

KEEP = "="
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")


class GlossaryError(BriefingError):
    """A glossary file that cannot be used, with the file and line to fix."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = Path(path), line, reason
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    renderings: dict[str, str]  # target language -> required rendering (KEEP resolved to the term)
    line: int = 0

    def rendering(self, target: str) -> str | None:
        """What `target` must contain for this term, or None when the glossary sets no rule."""
        return self.renderings.get(target.split("-")[0].lower(), self.renderings.get("*"))


@dataclass
class Glossary:
    entries: list[GlossaryEntry] = field(default_factory=list)
    path: Path | None = None
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def languages(self) -> list[str]:
        return sorted({lang for e in self.entries for lang in e.renderings if lang != "*"})

    def entry(self, term: str) -> GlossaryEntry | None:
        return next((e for e in self.entries if e.term == term), None)

    def rendering(self, term: str, target: str) -> str | None:
        entry = self.entry(term)
        return entry.rendering(target) if entry else None

    def occurrences(self, text: str) -> list[tuple[int, int, GlossaryEntry]]:
        """(start, end, entry) of every term in `text`, longest first, never overlapping."""
        if not self.entries:
            return []
        if self._pattern is None:
            terms = sorted((e.term for e in self.entries), key=len, reverse=True)
            self._pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in terms) + r")(?!\w)")
        by_term = {e.term: e for e in self.entries}
        return [(m.start(), m.end(), by_term[m.group(1)]) for m in self._pattern.finditer(text)]


def _rows(path: Path, text: str) -> Iterable[tuple[int, list[str]]]:
    lines = text.splitlines()
    content = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.lstrip().startswith("#")]
    if not content:
        return []
    comma = path.suffix.lower() == ".csv" or ("\t" not in content[0][1] and "," in content[0][1])
    if not comma:
        return [(n, [c.strip() for c in line.split("\t")]) for n, line in content]
    out = []
    for n, line in content:
        try:
            out.append((n, [c.strip() for c in next(csv.reader(io.StringIO(line)))]))
        except (csv.Error, StopIteration) as err:
            raise GlossaryError(path, n, f"cannot read this CSV line: {err}") from None
    return out


def parse_glossary(text: str, path: Path | str = "<glossary>") -> Glossary:
    """A glossary from the text of a glossary file (see the module docstring for the format)."""
    path = Path(path)
    rows = list(_rows(path, text.lstrip("\ufeff")))
    if not rows:
        raise GlossaryError(path, None, "the file is empty: expected a header line 'term<TAB>ar<TAB>he ...'")
    header_line, header = rows[0]
    if not header or header[0].lower() != "term":
        raise GlossaryError(path, header_line, f"the header must start with 'term', found {header[0]!r}")
    languages = [h.lower() for h in header[1:]]
    for lang in languages:
        if not _LANGUAGE.match(lang):
            raise GlossaryError(path, header_line, f"{lang!r} is not a language code (use ISO 639-1, e.g. ar, he, da)")
    if len(set(languages)) != len(languages):
        raise GlossaryError(path, header_line, "a language appears twice in the header")
    entries: list[GlossaryEntry] = []
    seen: dict[str, int] = {}
    for line, cells in rows[1:]:
        if len(cells) > len(header):
            raise GlossaryError(path, line, f"{len(cells)} columns, but the header has {len(header)}")
        term = cells[0]
        if not term:
            raise GlossaryError(path, line, "the term (first column) is empty")
        if term in seen:
            raise GlossaryError(path, line, f"{term!r} is already defined on line {seen[term]}")
        seen[term] = line
        renderings: dict[str, str] = {}
        for lang, cell in zip(languages, cells[1:], strict=False):
            if cell:
                renderings[lang] = term if cell == KEEP else cell
        if not languages:  # a bare list of terms: keep each as written everywhere
            renderings = {}
        entries.append(GlossaryEntry(term, renderings, line))
    if not languages:
        return Glossary([GlossaryEntry(e.term, {"*": e.term}, e.line) for e in entries], path)
    return Glossary(entries, path)


def load_glossary(path: Path | str) -> Glossary:
    """Read and validate a glossary file; GlossaryError names the file and line of any problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise GlossaryError(path, None, f"cannot read the file: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise GlossaryError(path, line, "not valid UTF-8 text; save the glossary as UTF-8") from None
    return parse_glossary(text, path)


def starter_glossary() -> Glossary:
    """The packaged starter glossary: every country's name in Arabic, Hebrew and Danish (CLDR)."""
    return parse_glossary(read_resource_text("glossary", "starter.tsv"), "starter.tsv")


# -- protection around translation ------------------------------------------------------------------


@dataclass(frozen=True)
class Protected:
    """A sentence with its glossary terms replaced by numeric placeholders, and what each stands for."""

    text: str
    slots: tuple[tuple[str, GlossaryEntry], ...] = ()


_DIGIT_RUN = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9](?:[.,\u066c\u00a0\u202f ]?[0-9\u0660-\u0669\u06f0-\u06f9])*")


def _placeholder(base: str, number: int) -> str:
    # Digits only: every model (and the cipher demo packs) copies a number through untouched.
    return f"{base}{base}{number:02d}{base}"


def protect(text: str, glossary: Glossary | None) -> Protected:
    """Replace every glossary term in `text` by a placeholder such as 99019."""
    if glossary is None:
        return Protected(text)
    found = glossary.occurrences(text)
    if not found:
        return Protected(text)
    digits = ascii_digits(text)
    base = next(b for b in "98765432" if b * 2 not in digits)
    out, slots, last = [], [], 0
    for i, (start, end, entry) in enumerate(found):
        token = _placeholder(base, i)
        out.append(text[last:start] + token)
        slots.append((token, entry))
        last = end
    out.append(text[last:])
    return Protected("".join(out), tuple(slots))


def restore(text: str, protected: Protected, target: str) -> str:
    """`text` (a translation of `protected.text`) with each placeholder replaced by its rendering.

    Placeholders a model reformatted ("99.019", "٩٩٠١٩") are recognised too. A term without a rule for
    `target` comes back as written.
    """
    if not protected.slots:
        return text
    slots = dict(protected.slots)
    for token, entry in protected.slots:  # the usual case: copied through exactly
        text = text.replace(token, entry.rendering(target) or entry.term)

    def swap(m: re.Match[str]) -> str:
        key = re.sub(r"[.,\u066c\u00a0\u202f ]", "", ascii_digits(m.group(0)))
        entry = slots.get(key)
        if entry is None:
            return m.group(0)
        return entry.rendering(target) or entry.term

    return _DIGIT_RUN.sub(swap, text)
