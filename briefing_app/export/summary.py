"""What every export format says, apart from layout: title rows, key facts, warnings, origin marks.

The PDF, Word and HTML briefings hold the same sections; this module decides their words once so
the three cannot drift apart. No ReportLab, no python-docx here.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.core.briefing import DEMO_NOTICE, Briefing
from briefing_app.core.checks import Check
from briefing_app.core.facts.model import KIND_ORDER, Fact
from briefing_app.core.languages import RTL_LANGUAGES, language_name, primary_subtag

KIND_TITLES = {"figure": "Figures", "person": "People", "quote": "Quotes", "date": "Dates and times",
               "place": "Places", "organisation": "Organisations"}  # fmt: skip


def is_rtl_language(code: str) -> bool:
    return primary_subtag(code) in RTL_LANGUAGES


def display(code: str) -> str:
    return f"{language_name(code)} ({code})"


def title_rows(b: Briefing) -> list[tuple[str, str]]:
    doc = b.document
    lang = doc.language
    how = "set by the user" if lang.overridden else f"detected, confidence {lang.confidence:.0%}"
    packs = [p for t in b.targets for p in t.packs]
    labels = list(dict.fromkeys(f"{p.source} -> {p.target} {p.version}" + (" (demo)" if p.demo else "") for p in packs))
    return [
        ("Source file", doc.path.name),
        ("Source language", f"{display(lang.code)}, {how}"),
        ("Length", f"{doc.word_count} words, {len(doc.sentences)} sentences, {len(doc.paragraphs)} paragraphs"),
        ("Translated into", ", ".join(display(t.language) for t in b.targets) or "none"),
        ("Generated", f"{b.generated_at:%Y-%m-%d %H:%M %Z}".strip() + f" by Briefing Desk {b.app_version}"),
        ("Packs used", "; ".join(labels) or "none"),
    ]


def demo_warning(b: Briefing) -> str:
    if not b.demo:
        return ""
    names = ", ".join(language_name(t.language) for t in b.targets if t.demo)
    return f"DEMO: {DEMO_NOTICE}. These sections do not say what the article says: {names}."


def describe(fact: Fact) -> str:
    """One line for a fact in the source language (the PDF, Word and HTML exports share it)."""
    if fact.kind == "figure":
        extra = [x for x in (fact.unit, fact.counts) if x]
        return fact.text + (f" ({'; '.join(extra)})" if extra else "")
    if fact.kind == "person":
        return fact.text + (f", {fact.role}" if fact.role else "")
    if fact.kind == "quote":
        return f"{fact.speaker or 'unattributed'}: \u201c{fact.text}\u201d"
    return fact.text


@dataclass(frozen=True)
class FactLine:
    group: str
    reference: str  # "S12"
    text: str


def fact_lines(b: Briefing) -> list[FactLine]:
    """The key facts the analyst kept, by kind, then the ones the analyst added."""
    lines = [
        FactLine(KIND_TITLES.get(kind, kind), f"S{f.sentence}", describe(f))
        for kind in KIND_ORDER
        for f in b.facts
        if f.kind == kind
    ]
    lines += [FactLine("Added by the analyst", f"S{f.sentence}", f.text) for f in b.added_facts]
    return lines


def shown_checks(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.severity in ("error", "warning")]


def warning_line(c: Check) -> str:
    return f"{c.severity} [{c.target}] S{c.sentence} {c.kind.replace('_', ' ')}: {c.message}"
