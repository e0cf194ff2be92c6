"""PDF sections for key facts and fidelity warnings, and the row marks of the side-by-side table.

Key facts come first so a reader sees the figures, people and quotes before the running text; each
fact carries its sentence reference ("S12") and, per target language, how it reads there (a figure's
number as it must read, and the translated sentence). Warnings come before the tables, listed by
target, because a changed number matters more than anything else in the briefing.
"""

from __future__ import annotations

import itertools
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from briefing_app.core.checks import SEVERITY_ORDER, Check
from briefing_app.core.facts.model import KIND_ORDER, Fact, digits_of
from briefing_app.core.languages import language_name
from briefing_app.export.pdf_context import Context, direction_of
from briefing_app.export.pdf_table import RowStyle, RowTable
from briefing_app.export.summary import describe

WARN_RED = colors.HexColor("#b00020")
WARN_AMBER = colors.HexColor("#b26a00")
WARN_BACKGROUND = colors.HexColor("#fff4e5")
ERROR_BACKGROUND = colors.HexColor("#fdecee")
FACT_RULE = colors.HexColor("#d5d9e0")
_TITLES = {"figure": "Figures", "person": "People", "quote": "Quotes", "date": "Dates and times",
           "place": "Places", "organisation": "Organisations"}  # fmt: skip
_COMPACT = {"place", "organisation"}  # listed by name only; their per-target text is in the JSON


def ref(fact: Fact) -> str:
    return ", ".join(f"S{i}" for i in fact.sentences[:6]) + ("…" if len(fact.sentences) > 6 else "")


def _figure_readings(fact: Fact, targets: list[Any], digits: dict[str, str] | None = None) -> str:
    """ "ar ٢٠٠ · he 200 · da 200": how a figure's number must read in each target.

    Written in the digits of the translation beside it (an Arabic translation that writes 200 is
    shown 200, as the window's facts panel does); `digits` holds every digit each target's
    translation writes (`digits_of`), computed once per target rather than once per fact.
    """
    if digits is None:
        digits = {t.language: digits_of(s.translation for s in t.sentences) for t in targets}
    readings = []
    for target in targets:
        rendering = fact.renderings.get(target.language)
        shown = rendering.figure_in(digits[target.language]) if rendering is not None else None
        if shown:
            readings.append(f"{target.language} {shown}")
    return "  \u00b7  ".join(readings)


def facts_section(ctx: Context) -> list[Flowable]:
    """ "Key facts", grouped by kind, each with its sentence reference and its reading per target."""
    b = ctx.briefing
    if not b.facts:
        return []
    src = b.document.language.code
    digits = {t.language: digits_of(s.translation for s in t.sentences) for t in b.targets}
    out: list[Flowable] = [ctx.text("Key facts", 14, "ltr", bold=True), Spacer(1, 2 * mm)]
    ref_width = 18 * mm
    lang_width = 12 * mm
    for kind in KIND_ORDER:
        facts = [f for f in b.facts if f.kind == kind]
        if not facts:
            continue
        heading = ctx.text(_TITLES[kind], 11, "ltr", bold=True)
        heading.keepWithNext = True
        out += [heading, Spacer(1, 1 * mm)]
        if kind in _COMPACT:
            names = "; ".join(f"{f.text} ({ref(f)})" for f in facts)
            out += [ctx.text(names, 8.5, "ltr"), Spacer(1, 3 * mm)]
            continue
        table = RowTable(
            [ref_width, lang_width, ctx.frame_width - ref_width - lang_width],
            ctx.max_row_height,
            left=3, right=3, top=1, bottom=1,
            style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
        )  # fmt: skip
        # Facts of one sentence share its translations: the sentence is shown once per target, and
        # each figure says how its number must read in every target on its own line.
        for number, (_, group) in enumerate(itertools.groupby(facts, key=lambda f: f.sentence)):
            group_facts = list(group)
            rule: list[RowStyle] = [("LINEABOVE", 0, -1, 0.4, FACT_RULE)] if number else []
            for fact in group_facts:
                table.add([ctx.text(ref(fact), 8, "ltr", color=colors.grey),
                           ctx.text(describe(fact), 9, direction_of(src), bold=True), ""],
                          span=(1, 2), first=rule)  # fmt: skip
                rule = []
                readings = _figure_readings(fact, b.targets, digits)
                if readings:
                    table.add(["", ctx.text(readings, 8.5, "ltr"), ""], span=(1, 2))
            for target in b.targets:
                rendering = group_facts[0].renderings.get(target.language)
                if rendering is None:
                    continue
                shown = rendering.sentence if len(rendering.sentence) < 400 else rendering.sentence[:400] + "…"
                table.add([
                    "",
                    ctx.text(target.language, 8, "ltr", color=colors.grey),
                    ctx.text(shown, 8.5, direction_of(target.language)),
                ])  # fmt: skip
        out += [table.build(), Spacer(1, 3 * mm)]
    return [*out, Spacer(1, 4 * mm)]


def _colour(severity: str) -> colors.Color:
    return WARN_RED if severity == "error" else WARN_AMBER


def shown_checks(checks: list[Check]) -> list[Check]:
    """Errors and warnings (notes of severity "info" stay in the JSON)."""
    return [c for c in checks if c.severity in ("error", "warning")]


def warnings_section(ctx: Context) -> list[Flowable]:
    """Fidelity warnings, before the side-by-side text; says so when there are none."""
    checks = shown_checks(ctx.briefing.checks)
    out: list[Flowable] = [ctx.text("Fidelity warnings", 14, "ltr", bold=True), Spacer(1, 2 * mm)]
    if not checks:
        return [*out, ctx.text("No fidelity warnings.", 10, "ltr"), Spacer(1, 6 * mm)]
    errors = sum(1 for c in checks if c.severity == "error")
    summary = (
        f"{errors} error(s) and {len(checks) - errors} warning(s); the flagged sentences are marked in the tables."
    )
    out.append(ctx.text(summary, 9.5, "ltr", bold=True, color=WARN_RED if errors else WARN_AMBER))
    out.append(Spacer(1, 2 * mm))
    table = RowTable(
        [18 * mm, 32 * mm, ctx.frame_width - 50 * mm],
        ctx.max_row_height,
        left=4, right=6, top=1.5, bottom=1.5,
        style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
    )  # fmt: skip
    ordered = sorted(checks, key=lambda c: (c.target, SEVERITY_ORDER.index(c.severity), c.sentence))
    for c in ordered:
        table.add(
            [
                ctx.text(c.severity.upper(), 8, "ltr", bold=True, color=_colour(c.severity)),
                ctx.text(f"{language_name(c.target)}, S{c.sentence}", 8.5, "ltr"),
                ctx.text(f"{c.kind.replace('_', ' ')}: {c.message}", 8.5),
            ],
            styles=[
                ("LINEBEFORE", 0, 0, 3, _colour(c.severity)),
                ("BACKGROUND", 0, -1, ERROR_BACKGROUND if c.severity == "error" else WARN_BACKGROUND),
            ],
        )
    return [*out, table.build(), Spacer(1, 6 * mm)]


def row_flags(ctx: Context, language: str) -> dict[int, list[Check]]:
    """The errors and warnings of one target, by sentence index, for marking table rows."""
    flags: dict[int, list[Check]] = {}
    for c in shown_checks(ctx.briefing.checks):
        if c.target == language:
            flags.setdefault(c.sentence, []).append(c)
    return flags


def mark_row(ctx: Context, checks: list[Check], cell: Flowable) -> tuple[list[Flowable], list[RowStyle]]:
    """A flagged translation cell (the translation plus the reasons) and the row's marker styles."""
    severity = "error" if any(c.severity == "error" for c in checks) else "warning"
    reasons = "; ".join(f"{c.kind.replace('_', ' ')}: {c.message}" for c in checks)
    note = ctx.text(f"\u25b2 {reasons}", 7.5, "ltr", color=_colour(severity))
    styles: list[RowStyle] = [
        ("BACKGROUND", 0, -1, ERROR_BACKGROUND if severity == "error" else WARN_BACKGROUND),
        ("LINEBEFORE", 0, 0, 3, _colour(severity)),
    ]
    return [cell, note], styles
