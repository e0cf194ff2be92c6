"""Markdown articles, parsed with markdown-it-py (CommonMark) rather than by hand.

Headings become HEADING blocks, paragraphs and list items BODY blocks, inline markup plain text;
images, raw HTML and code blocks are dropped. A YAML front-matter block gives title, author, date.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing_app.core.errors import EmptyDocumentError
from briefing_app.core.model import ArticleText, BlockKind, TextBlock

from .text import clean_block, lines_to_paragraphs, read_bytes_as_text

_PARSER = MarkdownIt("commonmark")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A blank line between two lines of text: the file separates its paragraphs with blank lines.
_BLANK_BETWEEN_TEXT = re.compile(r"^[ \t]*[^\s#>|-][^\n]*\n[ \t]*\n[ \t]*[^\s#>|-]", re.MULTILINE)


def read_markdown(path: Path, data: bytes) -> ArticleText:
    text, encoding = read_bytes_as_text(path, data)
    meta, body = _front_matter(text)
    # Wire copy saved as .md often has one paragraph per line and no blank lines; CommonMark would
    # make it one paragraph, so then its lines are split the way plain text is.
    one_per_line = _BLANK_BETWEEN_TEXT.search(body) is None
    blocks: list[TextBlock] = []
    tokens = _PARSER.parse(body)
    for i, token in enumerate(tokens):
        if token.type != "inline" or i == 0:
            continue
        kind = BlockKind.HEADING if tokens[i - 1].type == "heading_open" else BlockKind.BODY
        lines = _plain_lines(token.children or [])
        if kind is BlockKind.BODY and one_per_line:
            blocks.extend(TextBlock(p) for p in lines_to_paragraphs(lines))
        else:
            cleaned = clean_block(" ".join(lines))
            if cleaned:
                blocks.append(TextBlock(cleaned, kind))
    if not blocks:
        raise EmptyDocumentError(path, "the file contains no text")
    title = meta.get("title") or next((b.text for b in blocks if b.kind is BlockKind.HEADING), "")
    if not title:
        blocks[0] = TextBlock(blocks[0].text, BlockKind.HEADING)
        title = blocks[0].text
    metadata = {"encoding": encoding}
    metadata.update({key: meta[key] for key in ("author", "date") if meta.get(key)})
    return ArticleText(path=path, format="md", title=clean_block(title), blocks=blocks, metadata=metadata)


def _plain_lines(children: list[Token]) -> list[str]:
    """The text of an inline token, split at its line breaks; images and raw HTML dropped."""
    lines = [""]
    for child in children:
        if child.type == "image":
            continue  # its alt text is a caption for something the briefing does not show
        if child.type in ("softbreak", "hardbreak"):
            lines.append("")
        elif child.type in ("text", "code_inline"):
            lines[-1] += child.content
    return lines


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` pairs from a YAML front-matter block at the top, and the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and value.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[match.end() :]
