"""HTML export of a briefing: one self-contained file, readable offline in any browser.

No scripts, no external resources: fonts are named (with generic fallbacks), styles are inline in a
`<style>` element. Every element holding text in a language carries `lang`, and right-to-left text
carries `dir="rtl"`, so the browser orders and shapes Arabic and Hebrew itself.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from briefing_app.core.atomic import write_text_atomic
from briefing_app.core.briefing import Briefing, TargetTranslation
from briefing_app.core.errors import ExportError
from briefing_app.core.model import BlockKind
from briefing_app.core.review import origin_note
from briefing_app.export.summary import (
    demo_warning,
    display,
    fact_lines,
    is_rtl_language,
    shown_checks,
    title_rows,
    warning_line,
)
from briefing_app.export.target import check_export_path

STYLE = """
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 60em;
       color: #1d1d1f; line-height: 1.45; padding: 0 1em; }
[lang|="ar"] { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; }
[lang|="he"] { font-family: "Noto Sans Hebrew", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.25em; margin-top: 1.6em; }
.kicker { color: #666; font-size: .85em; } .demo { color: #b00020; font-weight: bold; border: 1px solid #b00020;
       background: #fdecee; padding: .5em .8em; }
table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; padding: .25em .5em; }
table.info td:first-child { font-weight: bold; white-space: nowrap; width: 11em; }
table.side td, table.side th { border: 1px solid #b8bec8; width: 50%; } table.side th { background: #eef1f5; }
tr.heading td { font-weight: bold; } tr.error { background: #fdecee; } tr.warning { background: #fff4e5; }
.flag { color: #b00020; font-size: .8em; display: block; } .origin { color: #1f5fa8; font-size: .8em;
       font-style: italic; display: block; } li.error { color: #b00020; }
"""


def _attrs(language: str) -> str:
    return f' lang="{escape(language)}"' + (' dir="rtl"' if is_rtl_language(language) else ' dir="ltr"')


def _target(briefing: Briefing, target: TargetTranslation) -> list[str]:
    doc = briefing.document
    kinds = {p.index: p.kind for p in doc.paragraphs}
    langs = {p.index: (p.language.code if p.language else doc.language.code) for p in doc.paragraphs}
    flags: dict[int, list[tuple[str, str]]] = {}
    for c in shown_checks(briefing.checks):
        if c.target == target.language:
            flags.setdefault(c.sentence, []).append((c.severity, f"\u25b2 {c.kind.replace('_', ' ')}: {c.message}"))
    via = f", via {escape(target.pivot)}" if target.pivot else ""
    out = [
        f'<section id="target-{escape(target.language)}"><h2>{escape(display(target.language))}</h2>',
        f'<p class="kicker">Translated from {escape(display(doc.language.code))}{via}.</p>',
    ]
    if target.demo:
        out.append('<p class="demo">This column is not a translation of the article (demo language pack).</p>')
    out.append(
        f'<table class="side"><thead><tr><th>{escape(display(doc.language.code))}</th>'
        f"<th>{escape(display(target.language))}</th></tr></thead><tbody>"
    )
    for s in target.sentences:
        marks = flags.get(s.index, [])
        classes = []
        if kinds.get(s.paragraph) == BlockKind.HEADING:
            classes.append("heading")
        if marks:
            classes.append("error" if any(sev == "error" for sev, _ in marks) else "warning")
        if s.origin != "model":
            classes.append(s.origin)
        row_class = f' class="{" ".join(classes)}"' if classes else ""
        notes = "".join(f'<span class="flag" lang="en" dir="ltr">{escape(text)}</span>' for _sev, text in marks)
        if origin_note(s):
            notes += f'<span class="origin" lang="en" dir="ltr">({escape(origin_note(s))})</span>'
        source_lang = langs.get(s.paragraph, doc.language.code)
        out.append(
            f'<tr{row_class} id="{escape(target.language)}-s{s.index}"><td{_attrs(source_lang)}>{escape(s.source)}</td>'
            f"<td><span{_attrs(target.language)}>{escape(s.translation)}</span>{notes}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return out


def build_html(briefing: Briefing) -> str:
    doc = briefing.document
    title = doc.title or doc.path.name
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
        '<meta name="generator" content="Briefing Desk">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        '<p class="kicker">Briefing</p>',
        f"<h1{_attrs(doc.language.code)}>{escape(title)}</h1>",
    ]
    if briefing.demo:
        parts.append(f'<p class="demo">{escape(demo_warning(briefing))}</p>')
    parts.append('<table class="info">')
    parts += [f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in title_rows(briefing)]
    parts.append("</table><h2>Fidelity warnings</h2>")
    checks = shown_checks(briefing.checks)
    if checks:
        parts.append(
            "<ul>" + "".join(f'<li class="{c.severity}">{escape(warning_line(c))}</li>' for c in checks) + "</ul>"
        )
    else:
        parts.append("<p>No fidelity warnings: every number and protected name survived translation.</p>")
    lines = fact_lines(briefing)
    if lines:
        parts.append("<h2>Key facts</h2>")
        group = None
        for line in lines:
            if line.group != group:
                if group is not None:
                    parts.append("</ul>")
                group = line.group
                parts.append(f"<h3>{escape(group)}</h3><ul>")
            parts.append(f'<li><span class="kicker">{line.reference}</span> <span{_attrs(doc.language.code)}>'
                         f"{escape(line.text)}</span></li>")  # fmt: skip
        parts.append("</ul>")
    for target in briefing.targets:
        parts += _target(briefing, target)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def export_html(briefing: Briefing, out_path: Path) -> None:
    """Write the HTML briefing to `out_path` atomically; ExportError with the reason otherwise."""
    out_path = Path(out_path)
    check_export_path(out_path, briefing.document.path)
    try:
        write_text_atomic(out_path, build_html(briefing))
    except OSError as exc:
        raise ExportError(f"{out_path}: could not write the HTML briefing: {exc.strerror or exc}") from exc
