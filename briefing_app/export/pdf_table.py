"""Tables whose rows may hold more text than a page: long cells become several rows, split between lines.

ReportLab moves a table row that does not fit to the next page and fails ("too large on page N")
when a single row is taller than a whole page. Its in-row splitting (`splitInRow`) does not rescue
every case (checked with ReportLab 5.1): it measures a spanned cell at the width of its first column
only, gives up when an empty string cell shares a row split just below the previous row, and with
`repeatRows` it puts a repeated header and a sliver of a row at the foot of a page. A long quote
among the key facts, or one endless "sentence" of an article without full stops, made the whole
PDF export fail.

So the tables of a briefing are built from *logical* rows: a row whose cells would be taller than
`max_row_height` is cut between lines (`BidiParagraph.split`, logical order, any direction) into
several physical rows, each short enough to fit on any page, and tables split only between rows.
The row's styles (background, warning marker, column span) repeat on every piece; a rule above the
row stays above its first piece; the padding between pieces is dropped so the text reads on as one
cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from briefing_app.export.bidi_text import BidiParagraph

Cell = Any  # a flowable, a list of flowables, or "" for an empty cell
# (command, first column, last column, *arguments): a style for the whole width given, every row piece
RowStyle = tuple[Any, ...]

_UNBOUNDED = 1e9


def _flowables(cell: Cell) -> list[Flowable]:
    if isinstance(cell, (list, tuple)):
        return list(cell)
    return [] if isinstance(cell, str) else [cell]


def split_cell(cell: Cell, width: float, max_height: float) -> list[list[Flowable]]:
    """The flowables of one cell in pieces no taller than `max_height` (at the content `width`).

    Paragraphs are cut between lines; anything that cannot be split (a single line, a spacer) goes
    whole into a piece, starting a new one when it does not fit in what is left of the current.
    """
    pieces: list[list[Flowable]] = [[]]
    room = max_height
    for flowable in _flowables(cell):
        height = flowable.wrap(width, _UNBOUNDED)[1]
        while height > room:
            parts = flowable.split(width, room) if isinstance(flowable, BidiParagraph) else []
            if len(parts) == 2:
                pieces[-1].append(parts[0])
                flowable = parts[1]
                height = flowable.wrap(width, _UNBOUNDED)[1]
            elif not pieces[-1]:
                break  # taller than a whole piece and unsplittable: it gets a piece of its own
            pieces.append([])
            room = max_height
        pieces[-1].append(flowable)
        room -= height
    return pieces


class RowTable:
    """Collects logical rows, then builds one ReportLab Table whose every row fits on a page.

    `left`/`right`/`top`/`bottom` are the cell paddings of the whole table (the builder sets them,
    so the width a cell's text is cut at is the width ReportLab draws it at).
    """

    def __init__(
        self,
        col_widths: Sequence[float],
        max_row_height: float,
        *,
        left: float = 6,
        right: float = 6,
        top: float = 3,
        bottom: float = 3,
        style: Sequence[tuple[Any, ...]] = (),
    ) -> None:
        self.col_widths = list(col_widths)
        self.max_row_height = max_row_height
        self.pad = (left, right, top, bottom)
        self.rows: list[list[Cell]] = []
        self.style: list[tuple[Any, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), left),
            ("RIGHTPADDING", (0, 0), (-1, -1), right),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            *style,
        ]

    def add(
        self,
        cells: Sequence[Cell],
        *,
        span: tuple[int, int] | None = None,
        styles: Sequence[RowStyle] = (),
        first: Sequence[RowStyle] = (),
    ) -> int:
        """Add one logical row; returns its first physical row.

        `span` joins columns (first, last) of the row (its text lies in the first of them);
        `styles` apply to every piece of the row, `first` to its first piece only (a rule above it,
        extra space before it).
        """
        left, right, top, bottom = self.pad
        widths = list(self.col_widths)
        if span is not None:
            widths[span[0]] = sum(self.col_widths[span[0] : span[1] + 1])
        inner = self.max_row_height - top - bottom
        split = [
            split_cell(cell, max(widths[col] - left - right, 1.0), inner) if not isinstance(cell, str) else [[cell]]
            for col, cell in enumerate(cells)
        ]
        count = max(len(pieces) for pieces in split)
        start = len(self.rows)
        for k in range(count):
            self.rows.append([_unwrap(pieces[k]) if k < len(pieces) else "" for pieces in split])
        end = start + count - 1
        if span is not None:
            self.style += [("SPAN", (span[0], row), (span[1], row)) for row in range(start, end + 1)]
        for command, col0, col1, *args in styles:
            self.style.append((command, (col0, start), (col1, end), *args))
        for command, col0, col1, *args in first:
            self.style.append((command, (col0, start), (col1, start), *args))
        if count > 1:  # the pieces read on as one cell: no padding between them
            self.style.append(("BOTTOMPADDING", (0, start), (-1, end - 1), 0))
            self.style.append(("TOPPADDING", (0, start + 1), (-1, end), 0))
        return start

    def build(self, **kw: Any) -> Table:
        table = Table(self.rows, colWidths=self.col_widths, **kw)
        table.setStyle(TableStyle(self.style))
        return table


def _unwrap(piece: list[Flowable]) -> Cell:
    if not piece:
        return ""
    return piece[0] if len(piece) == 1 else piece
