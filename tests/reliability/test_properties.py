"""Property tests (hypothesis): segmentation, number normalisation, right-to-left line layout, readers.

Settings stay modest (100-200 examples, no deadline) so the suite stays fast; a failure prints the
smallest input that breaks the property.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core import segmentation
from briefing_app.core.documents import read_article
from briefing_app.core.errors import DocumentError
from briefing_app.core.model import ArticleText

MIXED = st.sampled_from(
    list("abcdefXYZ éøå")
    + list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
    + list("אבגדהוזחטיכלמנסעפצקרשת")
    + list("0123456789٠١٢٣٤٥٦٧٨٩")
    + list(".,;:!?؟،؛…\"'()«»-–— \n\t")
    + ["\u064e", "\u05b8", "\u0301", "U.S.", "Mr.", "1,300", "5.5", ". ", "? ", "\u00a0"]
)
TEXT = st.lists(MIXED, max_size=300).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=TEXT, language=st.sampled_from(["en", "da", "ar", "he", "xx"]), max_chars=st.integers(8, 400))
def test_segmentation_partitions_the_paragraph(text: str, language: str, max_chars: int) -> None:
    spans = segmentation.segment(text, language, max_chars)
    assert "".join(text[a:b] for a, b in spans) == text  # sentences rejoin to the paragraph
    position = 0
    for start, end in spans:
        assert start == position and 0 <= start < end <= len(text)  # in order, in range, never empty
        position = end
    assert position == len(text)
    for start, end in spans:
        # Each piece fits the limit, except a single cluster (a letter with its marks) at a hard cut.
        piece = text[start:end].strip()
        assert len(piece) <= max_chars or len(piece.split()) == 1 and len(piece) <= max_chars + 4


@SETTINGS
@given(
    value=st.one_of(st.integers(0, 10**12), st.decimals(0, 10**6, places=2).map(float)),
    language=st.sampled_from(["en", "da", "ar", "he"]),
)
def test_number_normalisation_round_trips(value: float, language: str) -> None:
    numbers = pytest.importorskip("briefing_app.core.numbers")
    written = numbers.format_number(value, language)
    assert numbers.parse_number(written, language) == pytest.approx(value)


@SETTINGS
@given(digits=st.lists(st.integers(0, 9), min_size=1, max_size=18), script=st.sampled_from(["0", "\u0660", "\u06f0"]))
def test_digits_in_any_script_become_ascii(digits: list[int], script: str) -> None:
    numbers = pytest.importorskip("briefing_app.core.numbers")
    native = "".join(chr(ord(script) + d) for d in digits)
    ascii_form = "".join(str(d) for d in digits)
    assert numbers.ascii_digits(native) == ascii_form and len(numbers.ascii_digits(native)) == len(native)
    assert numbers.parse_number(native, "en") == float(ascii_form)


LAYOUT_TEXT = st.lists(st.sampled_from(list("abc אבג بتث 0123 ,.()\n") + ["\u064e", "  "]), max_size=120).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=LAYOUT_TEXT, width=st.floats(20, 300))
def test_rtl_line_layout_keeps_every_character_and_fits(text: str, width: float) -> None:
    from briefing_app.export.bidi_text import Shaper, layout_lines
    from briefing_app.export.fonts import register_fonts

    shaper = Shaper(register_fonts())

    def measure(s: str) -> float:
        return shaper.measure(s, 10)

    lines = layout_lines(text, width, measure)
    assert "".join(text[ln.start : ln.end] for ln in lines) == text  # the spans partition the text
    for ln in lines:
        span = text[ln.start : ln.end]
        assert ln.text.strip() == ln.text and ln.text in span
        assert span.replace(ln.text, "", 1).strip() == ""  # only whitespace is dropped at a break
        clusters = len([c for c in ln.text if not __import__("unicodedata").combining(c)])
        if clusters > 1:
            assert measure(ln.text) <= width + 1e-9, ln  # every line fits (a lone cluster may not)
    kept = "".join(ch for ln in lines for ch in ln.text if not ch.isspace())
    assert kept == "".join(ch for ch in text if not ch.isspace())  # nothing lost or duplicated


def _seed_prefixes() -> dict[str, bytes]:
    """Real file starts, so hypothesis explores damaged versions of each format, not only noise."""
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    return {ext: (seeds / f"blinken-ceasefire-en{ext}").read_bytes() for ext in (".txt", ".html", ".docx", ".pdf")}


SEED_BYTES = _seed_prefixes()
SEED_BYTES[".md"] = SEED_BYTES[".txt"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    extension=st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf"]),
    data=st.one_of(
        st.binary(max_size=2048),
        st.tuples(st.integers(0, 100_000), st.binary(max_size=64), st.integers(0, 4000)),
    ),
)
def test_any_bytes_give_a_document_or_a_typed_error(extension: str, data: object) -> None:
    if isinstance(data, tuple):  # a seed file of this format, cut and with some bytes overwritten
        cut, junk, where = data
        seed = SEED_BYTES[extension]
        body = seed[: max(1, cut % (len(seed) + 1))]
        where = where % (len(body) + 1)
        content = body[:where] + junk + body[where + len(junk) :]
    else:
        assert isinstance(data, bytes)
        content = data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{extension}"
        path.write_bytes(content)
        try:
            article = read_article(path)
        except DocumentError as err:
            assert err.path == path and err.reason and str(path) in str(err)
            return
        assert isinstance(article, ArticleText) and article.blocks and article.title
        assert all(b.text and b.text == b.text.strip() for b in article.blocks)
