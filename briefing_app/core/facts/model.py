"""The `Fact` record every extractor returns, and its JSON form (the briefing's `facts` list)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from briefing_app.core.numbers import AR_DECIMAL, AR_THOUSANDS, ARABIC_INDIC, NumberMatch, ascii_digits

FactKind = Literal["figure", "person", "place", "organisation", "date", "quote"]
KIND_ORDER: tuple[FactKind, ...] = ("figure", "person", "quote", "date", "place", "organisation")


@dataclass(frozen=True)
class Rendering:
    """How one fact reads in one target language: the translated sentence, and a figure's number."""

    sentence: str
    figure: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, **({"figure": self.figure} if self.figure is not None else {})}

    @property
    def shown_figure(self) -> str | None:
        """The figure in the digits its translated sentence uses, for showing beside that sentence.

        Arabic may be written with Arabic-Indic digits (١٢) or with European ones (12); a reader
        comparing the figure with the translation must see the same digits in both. The `figure`
        field keeps the language's default; only the digit system (and its separators) changes.
        """
        return self.figure_in("")

    def figure_in(self, translation: str) -> str | None:
        """`shown_figure`; when its sentence writes no digit at all ("eight ministers"), the digits of
        the whole `translation` decide."""
        if self.figure is None:
            return None
        if not any(c.isdigit() for c in self.sentence):
            return in_digits_of(self.figure, translation)
        return in_digits_of(self.figure, self.sentence)


def digits_of(texts: Iterable[str]) -> str:
    """Every digit the texts write, in order: which digit system a translation uses."""
    return "".join(c for text in texts for c in text if c.isdigit())


_INDIC = set(ARABIC_INDIC) | set("۰۱۲۳۴۵۶۷۸۹")


def in_digits_of(figure: str, sentence: str) -> str:
    """`figure` with the digit system `sentence` uses, when the sentence uses only the other one."""
    sentence_indic = any(c in _INDIC for c in sentence)
    sentence_ascii = any(c.isascii() and c.isdigit() for c in sentence)
    figure_indic = any(c in _INDIC for c in figure)
    if figure_indic and sentence_ascii and not sentence_indic:
        return ascii_digits(figure).replace(AR_THOUSANDS, ",").replace(AR_DECIMAL, ".")
    if not figure_indic and sentence_indic and not sentence_ascii and any(c.isdigit() for c in figure):
        table = {ord(str(i)): ARABIC_INDIC[i] for i in range(10)} | {ord(","): AR_THOUSANDS, ord("."): AR_DECIMAL}
        return figure.translate(table)
    return figure


@dataclass
class Fact:
    """One key fact and the sentence it came from.

    `text` is the fact as written (figure, name, place, date, quote); `sentences` every sentence that
    mentions it (a person named again by surname, a quote running over several sentences), the first
    being `sentence`. `number` is kept for rendering figures and is not part of the JSON.
    """

    kind: FactKind
    text: str
    sentence: int
    value: float | None = None
    value_max: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    counts: str | None = None
    role: str | None = None
    speaker: str | None = None
    sentences: list[int] = field(default_factory=list)
    number: NumberMatch | None = field(default=None, repr=False, compare=False)
    renderings: dict[str, Rendering] = field(default_factory=dict)
    # The figure is in a word OCR read with low confidence: it may be misread (core/ocr_checks.py).
    ocr_uncertain: bool = False

    def __post_init__(self) -> None:
        if not self.sentences:
            self.sentences = [self.sentence]

    def to_json(self) -> dict[str, Any]:
        def num(v: float | None) -> float | int | None:
            return None if v is None else (int(v) if float(v).is_integer() else v)

        return {
            "kind": self.kind,
            "text": self.text,
            "value": num(self.value),
            "value_max": num(self.value_max),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "counts": self.counts,
            "role": self.role,
            "speaker": self.speaker,
            "sentence": self.sentence,
            "sentences": list(self.sentences),
            "renderings": {lang: r.to_json() for lang, r in self.renderings.items()},
            **({"ocr_uncertain": True} if self.ocr_uncertain else {}),
        }


@dataclass(frozen=True)
class SourceSentence:
    """What the extractors read: a sentence's index, paragraph and text (source or English pivot)."""

    index: int
    paragraph: int
    text: str
