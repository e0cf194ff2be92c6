"""Exports of a finished briefing. `export_pdf` writes the PDF briefing (RTL-aware, atomic)."""

from briefing_app.export.pdf import export_pdf

__all__ = ["export_pdf"]
