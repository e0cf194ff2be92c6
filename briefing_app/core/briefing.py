"""The briefing model: a document, its translations per target language, and its JSON form.

The JSON layout is a stable, documented interface (README, "Briefing JSON"); add keys, never
rename or remove them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from briefing_app.core.checks import Check
from briefing_app.core.model import Document
from briefing_app.core.ocr_report import ocr_json

if TYPE_CHECKING:
    from briefing_app.core.facts.model import Fact

DEMO_NOTICE = "demo language pack: not a real translation"
# 2: sentences carry `origin` (and `machine_translation` once corrected), `dismissed_facts` and
# `added_facts` record the analyst's review. Version 1 files still open (briefing_app.core.briefing_file).
JSON_FORMAT_VERSION = 2
SentenceOrigin = Literal["model", "memory", "analyst"]


@dataclass(frozen=True)
class PackRef:
    """The pack that translated one leg of a route, as the briefing records it."""

    source: str
    target: str
    version: str
    demo: bool
    name: str = ""
    license: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.target,
            "version": self.version,
            "demo": self.demo,
            "name": self.name,
            "license": self.license,
        }


@dataclass(frozen=True)
class TranslatedSentence:
    index: int
    paragraph: int
    source: str
    translation: str
    pivot_text: str | None = None  # the English in between when the route pivots
    score: float | None = None  # the model's log-probability score, when it gave one
    truncated: bool = False  # the model reached its output length limit (a fidelity check reports it)
    # Who wrote `translation`: the model, the translation memory (an earlier correction), or the
    # analyst here; `machine` keeps the model's own text once it was replaced.
    origin: SentenceOrigin = "model"
    machine: str | None = None


@dataclass(frozen=True)
class AddedFact:
    """A sentence the analyst made a key fact ("Add as key fact"): its index and the text chosen."""

    sentence: int
    text: str

    def to_json(self, targets: list[TargetTranslation]) -> dict[str, Any]:
        renderings = {}
        for t in targets:
            found = [s.translation for s in t.sentences if s.index == self.sentence]
            if found:
                renderings[t.language] = {"sentence": found[0]}
        return {"kind": "analyst", "text": self.text, "sentence": self.sentence, "renderings": renderings}


@dataclass
class TargetTranslation:
    language: str
    packs: list[PackRef]
    sentences: list[TranslatedSentence]
    pivot: str | None = None

    @property
    def demo(self) -> bool:
        return any(p.demo for p in self.packs)

    def paragraph_text(self, paragraph: int) -> str:
        return " ".join(s.translation for s in self.sentences if s.paragraph == paragraph)


@dataclass
class Briefing:
    document: Document
    targets: list[TargetTranslation]
    app_version: str
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    facts: list[Fact] = field(default_factory=list)  # key facts, each rendered in every target
    checks: list[Check] = field(default_factory=list)  # fidelity findings of every target
    # What the caller asked for (targets, source override, beam, glossary): `--resume` compares it.
    settings: dict[str, Any] = field(default_factory=dict)
    # The analyst's review: facts taken out of the briefing, and sentences added as key facts.
    dismissed_facts: list[Fact] = field(default_factory=list)
    added_facts: list[AddedFact] = field(default_factory=list)

    @property
    def demo(self) -> bool:
        return any(t.demo for t in self.targets)

    def target(self, language: str) -> TargetTranslation:
        for t in self.targets:
            if t.language == language:
                return t
        raise KeyError(language)

    def to_json(self) -> dict[str, Any]:
        doc = self.document
        return {
            "format_version": JSON_FORMAT_VERSION,
            "app_version": self.app_version,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "demo": self.demo,
            "demo_notice": DEMO_NOTICE if self.demo else None,
            "settings": dict(self.settings),
            "source": {
                "path": str(doc.path),
                "sha256": doc.sha256,
                "format": doc.format,
                "title": doc.title,
                "metadata": dict(doc.metadata),
                "language": doc.language.code,
                "language_confidence": round(doc.language.confidence, 4),
                "language_overridden": doc.language.overridden,
                "paragraphs": [
                    {
                        "index": p.index,
                        "kind": str(p.kind),
                        "language": p.language.code if p.language else None,
                        "language_confidence": round(p.language.confidence, 4) if p.language else None,
                        "text": p.text,
                        "sentences": [{"index": s.index, "start": s.start, "end": s.end} for s in p.sentences],
                    }
                    for p in doc.paragraphs
                ],
                "ocr": ocr_json(doc),
            },
            "targets": [
                {
                    "language": t.language,
                    "pivot": t.pivot,
                    "demo": t.demo,
                    "demo_notice": DEMO_NOTICE if t.demo else None,
                    "packs": [p.to_json() for p in t.packs],
                    "sentences": [
                        {
                            "index": s.index,
                            "paragraph": s.paragraph,
                            "source": s.source,
                            "translation": s.translation,
                            **({"pivot_text": s.pivot_text} if s.pivot_text is not None else {}),
                            "score": round(s.score, 4) if s.score is not None else None,
                            "origin": s.origin,
                            **({"machine_translation": s.machine} if s.machine is not None else {}),
                            **({"truncated": True} if s.truncated else {}),
                        }
                        for s in t.sentences
                    ],
                }
                for t in self.targets
            ],
            "facts": [f.to_json() for f in self.facts],
            "checks": [c.to_json() for c in self.checks],
            "dismissed_facts": [f.to_json() for f in self.dismissed_facts],
            "added_facts": [f.to_json(self.targets) for f in self.added_facts],
        }

    def to_json_text(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"
