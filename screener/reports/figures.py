"""The SVG pictures a report shows, built from the report's own (stored) data."""

from __future__ import annotations

from typing import Any

from ..records import NetworkResult, SharedPerson
from .build import Report
from .charts import timeline_svg
from .graph_svg import graph_svg


def _person(data: dict[str, Any]) -> SharedPerson:
    return SharedPerson(
        name=data.get("name", ""),
        profile_url=data.get("profile_url"),
        match=data.get("match", "fuzzy"),
        employees=tuple(data.get("employees", ())),
        score=float(data.get("score", 100.0)),
        company=data.get("company", ""),
        sectors=tuple(data.get("sectors", ())),
    )


def network_from_json(data: dict[str, Any]) -> NetworkResult:
    """The parts of a stored ``network_to_json`` result that the graph picture needs."""
    per_employee = dict(data.get("per_employee", {}))
    return NetworkResult(
        candidate_connections=int(data.get("candidate_connections", 0)),
        blank_connections=int(data.get("blank_connections", 0)),
        shared=tuple(_person(p) for p in data.get("shared", ())),
        fuzzy_only=tuple(_person(p) for p in data.get("fuzzy_only", ())),
        per_employee=per_employee,
        employees=tuple(per_employee),
        employees_linked=sum(1 for n in per_employee.values() if n),
        companies=(),
        sectors={},
        growth=(),
        bursts=(),
        communities=(),
    )


def report_figures(report: Report, *, lang: str = "nl") -> dict[str, str]:
    """Inline SVG strings: the monthly timeline and the shared-connection graph."""
    figures = {"timeline": "", "graph": ""}
    if report.timeline:
        figures["timeline"] = timeline_svg(list(report.timeline))
    if (report.network or {}).get("shared"):
        figures["graph"] = graph_svg(network_from_json(report.network), lang=lang, fuzzy=False)
    return figures
