"""The `Fact` record every extractor returns, and its JSON form (the briefing's `facts` list)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from briefing_app.core.numbers import NumberMatch

FactKind = Literal["figure", "person", "place", "organisation", "date", "quote"]
KIND_ORDER: tuple[FactKind, ...] = ("figure", "person", "quote", "date", "place", "organisation")


@dataclass(frozen=True)
class Rendering:
    """How one fact reads in one target language: the translated sentence, and a figure's number."""

    sentence: str
    figure: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, **({"figure": self.figure} if self.figure is not None else {})}


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
        }


@dataclass(frozen=True)
class SourceSentence:
    """What the extractors read: a sentence's index, paragraph and text (source or English pivot)."""

    index: int
    paragraph: int
    text: str
