"""HTML to PDF with WeasyPrint: the only module that imports it."""

from __future__ import annotations

from weasyprint import CSS, HTML

from ..settings import ROOT

PRINT_CSS = ROOT / "screener" / "static" / "report-print.css"
_LANDSCAPE = "@page { size: A4 landscape; }"


def html_to_pdf(html: str, *, landscape: bool = False) -> bytes:
    """Render ``html`` (a complete document) to PDF bytes with the print stylesheet.

    Metadata comes from the document's own ``<title>`` and ``<meta>`` tags (the report's
    content hash travels in ``<meta name="keywords">``).

    :param landscape: A4 landscape instead of portrait (the comparison).
    """
    sheets = [CSS(filename=str(PRINT_CSS))]
    if landscape:
        sheets.append(CSS(string=_LANDSCAPE))
    return HTML(string=html, base_url=str(ROOT)).write_pdf(stylesheets=sheets)
