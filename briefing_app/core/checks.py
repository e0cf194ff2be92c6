"""The fidelity finding type, shared by the checks that make findings and everything that shows them.

Its own module so that the number comparison, the fidelity checks, the briefing model, the exports and
the window can all import it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
CheckKind = Literal[
    "number_missing", "number_changed", "number_added", "number_format", "unit_converted", "glossary",
    "untranslated", "wrong_script", "empty", "low_confidence", "truncated",
    "ocr_uncertain",  # a number in a word OCR read with low confidence (core/ocr_checks.py)
]  # fmt: skip
SEVERITY_ORDER: tuple[Severity, ...] = ("error", "warning", "info")
# What `--strict` fails on, and what the batch counts as "fidelity warnings": notes ("info") never count.
FLAGGED_SEVERITIES: frozenset[Severity] = frozenset({"error", "warning"})


@dataclass(frozen=True)
class Check:
    """One fidelity finding for one sentence in one target language."""

    kind: CheckKind
    severity: Severity
    sentence: int
    target: str
    expected: str
    found: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "sentence": self.sentence,
            "target": self.target,
            "expected": self.expected,
            "found": self.found,
            "message": self.message,
        }


def has_errors(checks: list[Check]) -> bool:
    """True when any check is an error (a number changed or lost, a glossary term broken...)."""
    return any(c.severity == "error" for c in checks)


def flagged(checks: list[Check]) -> list[Check]:
    """The errors and warnings: what `--strict` fails on (exit 4) and the batch summary counts."""
    return [c for c in checks if c.severity in FLAGGED_SEVERITIES]
