"""The sections of a PDF briefing, in order. Each is a function `Context -> list[Flowable]`.

To add a section (key facts, fidelity warnings), write one more such function and put it in
`SECTIONS`; it gets the briefing, the registered fonts and the frame width, and can use `text()` for
any string so right-to-left text is shaped and ordered correctly.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from briefing_app.core.briefing import DEMO_NOTICE, Briefing, PackRef, TargetTranslation
from briefing_app.core.languages import language_name
from briefing_app.core.model import BlockKind
from briefing_app.core.ocr_report import ocr_line
from briefing_app.core.review import origin_note
from briefing_app.export.bidi_text import BidiParagraph
from briefing_app.export.pdf_context import (
    BODY_SIZE,
    DEMO_BACKGROUND,
    DEMO_RED,
    HEADER_BACKGROUND,
    RULE,
    Context,
    Section,
    direction_of,
)
from briefing_app.export.pdf_facts import facts_section, mark_row, row_flags, warnings_section
from briefing_app.export.pdf_table import RowStyle, RowTable

CORRECTED_BLUE = colors.HexColor("#1f5fa8")


def display(code: str) -> str:
    name = language_name(code)
    return f"{name} ({code})" if name != code else code


class OutlineHeading(BidiParagraph):
    """A heading that is also a PDF bookmark (outline entry) pointing at itself."""

    def __init__(self, text: str, key: str, outline_title: str, level: int = 0, **kw: Any) -> None:
        super().__init__(text, **kw)
        self.key = key
        self.outline_title = outline_title
        self.level = level
        self.keepWithNext = True

    def _copy(self, text: str) -> BidiParagraph:
        return OutlineHeading(
            text, self.key, self.outline_title, self.level, font_size=self.font_size, direction=self.direction,
            bold=self.bold, leading=self.leading, color=self.color, align=self.align, fonts=self.fonts,
        )  # fmt: skip

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkHorizontal(self.key, 0, self.height)
        self.canv.addOutlineEntry(self.outline_title, self.key, level=self.level, closed=False)


def pack_label(pack: PackRef) -> str:
    name = f"{pack.name} " if pack.name else ""
    demo = " (demo)" if pack.demo else ""
    return f"{language_name(pack.source)} to {language_name(pack.target)}: {name}version {pack.version}{demo}"


def _packs(briefing: Briefing) -> list[PackRef]:
    seen: dict[tuple[str, str, str, str], PackRef] = {}
    for target in briefing.targets:
        for pack in target.packs:
            seen.setdefault((pack.source, pack.target, pack.name, pack.version), pack)
    return list(seen.values())


def demo_box(ctx: Context, message: str) -> Table:
    """The demo notice, boxed in red so nobody mistakes a demo output for a translation."""
    box = Table(
        [[ctx.text(f"Warning: {DEMO_NOTICE}", 11, bold=True, color=DEMO_RED)], [ctx.text(message, 9)]],
        colWidths=[ctx.frame_width],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, DEMO_RED),
                ("BACKGROUND", (0, 0), (-1, -1), DEMO_BACKGROUND),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def title_section(ctx: Context) -> list[Flowable]:
    """Headline, then the facts a reader needs to judge the briefing: source, language, packs, date."""
    b = ctx.briefing
    doc = b.document
    out: list[Flowable] = [
        ctx.text("Briefing", 9, color=colors.grey),
        ctx.text(doc.title or doc.path.name, 18, direction_of(doc.language.code), bold=True),
        Spacer(1, 3 * mm),
    ]
    if b.demo:
        demo_targets = ", ".join(language_name(t.language) for t in b.targets if t.demo)
        out += [
            demo_box(ctx, f"These sections were produced with a demo language pack and do not say what the "
                          f"article says: {demo_targets}."),
            Spacer(1, 3 * mm),
        ]  # fmt: skip
    lang = doc.language
    how = "set by the user" if lang.overridden else f"detected, confidence {lang.confidence:.0%}"
    rows: list[tuple[str, str]] = [
        ("Source file", doc.path.name),
        ("Format", doc.format.upper()),
        ("Source language", f"{display(lang.code)}, {how}"),
        ("Length", f"{doc.word_count} words, {len(doc.sentences)} sentences, {len(doc.paragraphs)} paragraphs"),
        ("Translated into", ", ".join(display(t.language) for t in b.targets) or "none"),
        ("Generated", f"{b.generated_at:%Y-%m-%d %H:%M %Z}".strip() + f" by Briefing Desk {b.app_version}"),
    ]
    ocr = ocr_line(doc)
    if ocr is not None:
        rows.insert(2, ("Read by OCR", ocr))  # a reader must know the source text may hold misread characters
    packs = _packs(b)
    for i, pack in enumerate(packs):
        rows.append(("Packs used" if i == 0 else "", pack_label(pack)))
    if not packs:
        rows.append(("Packs used", "none"))
    label_width = 32 * mm
    table = Table(
        [[ctx.text(k, 9, "ltr", bold=True), ctx.text(v, 9)] for k, v in rows],
        colWidths=[label_width, ctx.frame_width - label_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [*out, table, Spacer(1, 6 * mm)]


def target_section(ctx: Context, target: TargetTranslation, number: int) -> list[Flowable]:
    """One target language: a bookmarked heading, its packs, and the side-by-side sentence table."""
    doc = ctx.briefing.document
    src, tgt = doc.language.code, target.language
    heading = OutlineHeading(
        f"{display(tgt)}",
        key=f"target-{number}-{tgt}",
        outline_title=f"{language_name(tgt)} ({tgt})",
        font_size=14,
        direction="ltr",
        bold=True,
        fonts=ctx.fonts,
    )
    via = f", via {language_name(target.pivot)}" if target.pivot else ""
    packs = "; ".join(pack_label(p) for p in target.packs) or "no pack recorded"
    intro = ctx.text(f"Translated from {language_name(src)}{via}. {packs}.", 8.5, "ltr", color=colors.grey)
    intro.keepWithNext = True
    out: list[Flowable] = [CondPageBreak(45 * mm), heading, intro, Spacer(1, 2 * mm)]
    if target.demo:
        out += [demo_box(ctx, f"The {language_name(tgt)} column below is not a translation of the article."),
                Spacer(1, 2 * mm)]  # fmt: skip
    out.append(sentence_table(ctx, target))
    out.append(Spacer(1, 8 * mm))
    return out


def sentence_table(ctx: Context, target: TargetTranslation) -> Table:
    """Source sentence beside its translation, one row each, a rule between paragraphs."""
    doc = ctx.briefing.document
    kinds = {p.index: p.kind for p in doc.paragraphs}
    para_lang = {p.index: (p.language.code if p.language else doc.language.code) for p in doc.paragraphs}
    src_name, tgt_name = language_name(doc.language.code), language_name(target.language)
    half = ctx.frame_width / 2
    table = RowTable(
        [half, half],
        ctx.max_row_height,
        left=5, right=5, top=2, bottom=2,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEAFTER", (0, 0), (0, -1), 0.3, RULE),
        ],
    )  # fmt: skip
    table.add([ctx.text(src_name, 9, "ltr", bold=True), ctx.text(tgt_name, 9, "ltr", bold=True)])
    previous: int | None = None
    flags = row_flags(ctx, target.language)
    for s in target.sentences:
        first: list[RowStyle] = []
        if previous is not None and s.paragraph != previous:
            first = [("LINEABOVE", 0, -1, 0.5, RULE), ("TOPPADDING", 0, -1, 6)]
        previous = s.paragraph
        bold = kinds.get(s.paragraph) == BlockKind.HEADING
        src_dir = direction_of(para_lang.get(s.paragraph, doc.language.code))
        translated: Any = ctx.text(s.translation, BODY_SIZE, direction_of(target.language), bold=bold)
        marks: list[RowStyle] = []
        if s.index in flags:  # a fidelity warning: coloured marker and the reason under the translation
            translated, marks = mark_row(ctx, flags[s.index], translated)
        if origin_note(s):  # the analyst's correction, or one remembered from an earlier article
            translated = [*(translated if isinstance(translated, list) else [translated]),
                          ctx.text(f"({origin_note(s)})", 7.5, "ltr", color=CORRECTED_BLUE)]  # fmt: skip
        table.add([ctx.text(s.source, BODY_SIZE, src_dir, bold=bold), translated], styles=marks, first=first)
    return table.build(repeatRows=1)


def translations_section(ctx: Context) -> list[Flowable]:
    out: list[Flowable] = []
    for number, target in enumerate(ctx.briefing.targets, start=1):
        out += target_section(ctx, target, number)
    return out


def added_facts_section(ctx: Context) -> list[Flowable]:
    """Sentences the analyst added as key facts, each with its translation per target."""
    b = ctx.briefing
    if not b.added_facts:
        return []
    out: list[Flowable] = [ctx.text("Key facts added by the analyst", 11, "ltr", bold=True), Spacer(1, 1 * mm)]
    for fact in b.added_facts:
        out.append(ctx.text(f"S{fact.sentence}  {fact.text}", 9, direction_of(b.document.language.code), bold=True))
        for target in b.targets:
            found = [s.translation for s in target.sentences if s.index == fact.sentence]
            if found:
                out.append(ctx.text(f"{target.language}: {found[0]}", 8.5, direction_of(target.language)))
        out.append(Spacer(1, 2 * mm))
    return [*out, Spacer(1, 4 * mm)]


SECTIONS: list[Section] = [title_section, facts_section, added_facts_section, warnings_section, translations_section]
