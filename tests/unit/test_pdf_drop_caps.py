"""A decorative drop capital is the first letter of its paragraph, not a heading and not a word apart.

Two layouts seen in typeset news: the big initial inside the first text line ("A rmed police…") and in
a frame of its own beside the paragraph (read as a one-letter heading "A"). Both are drawn here the way
a layout program places them: the initial three lines tall, the first lines indented beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from briefing_app.core.documents import read_article
from briefing_app.core.model import BlockKind

HEADLINE = "Storm floods the harbour town"
BODY = (
    "rmed police closed the coastal road on Monday after the sea rose 1.8 metres above normal. "
    "Ferries were cancelled and 1,300 homes lost power, the council said. Residents were told to stay "
    "indoors until the water falls again, and schools stayed shut. The weather service expects the wind "
    "to ease by Wednesday evening, when the repairs can begin."
)
SECOND = "A second paragraph follows with plain text and no decoration at all."


def _draw(path: Path, cap_x: float, text_x: float) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, 770, HEADLINE)
    lines: list[str] = []
    current = ""
    for word in BODY.split():
        limit = 60 if len(lines) < 3 else 75
        if current and len(current) + len(word) + 1 > limit:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    y = 730.0
    pdf.setFont("Helvetica-Bold", 44)
    pdf.drawString(cap_x, y - 26, "A")  # baseline on the third line: three lines tall
    pdf.setFont("Helvetica", 11)
    for number, line in enumerate(lines):
        pdf.drawString(text_x if number < 3 else 72, y, line)
        y -= 13
    pdf.drawString(72, y - 13, SECOND)
    pdf.save()


@pytest.mark.parametrize(("cap_x", "text_x"), [(72, 110), (20, 140)], ids=["inside-the-line", "own-frame"])
def test_drop_capital_joins_its_word(tmp_path: Path, cap_x: float, text_x: float) -> None:
    path = tmp_path / "dropcap.pdf"
    _draw(path, cap_x, text_x)
    article = read_article(path)
    kinds_and_text = [(b.kind, b.text) for b in article.blocks]
    assert article.title == HEADLINE
    assert kinds_and_text[0] == (BlockKind.HEADING, HEADLINE)
    assert kinds_and_text[1][0] is BlockKind.BODY and kinds_and_text[1][1].startswith("Armed police closed")
    assert kinds_and_text[2] == (BlockKind.BODY, SECOND)
    assert len(kinds_and_text) == 3  # no one-letter heading left over
