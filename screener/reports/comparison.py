"""The comparison PDF of a vacancy: the same table as the web page, in landscape."""

from __future__ import annotations

from sqlite_utils import Database

from .. import __version__, audit
from ..storage import now_iso
from ..storage.compare import comparison
from ..storage.profiles import get_profile
from ..storage.vacancies import get_vacancy
from .documents import Document, file_hash, slug
from .pdf import html_to_pdf
from .render import render


def issue_comparison(
    db: Database, vacancy_id: int, *, actor: str, lang: str = "nl", sort: str = "name"
) -> Document:
    """Render and log the comparison of a vacancy's candidates (confirmed findings only).

    :raises LookupError: for an unknown vacancy.
    """
    vacancy = get_vacancy(db, vacancy_id)
    if vacancy is None:
        raise LookupError(f"No vacancy with id {vacancy_id}.")
    table = comparison(db, vacancy_id, sort=sort)
    generated_at = now_iso()
    html = render(
        "reports/comparison.html",
        lang=lang,
        vacancy=vacancy,
        profile=get_profile(db, vacancy_id),
        table=table,
        generated_at=generated_at,
        version=__version__,
    )
    data = html_to_pdf(html, landscape=True)
    digest = file_hash(data)
    audit.record(
        db,
        actor,
        "report.comparison",
        vacancy_id=vacancy_id,
        detail={"file_sha256": digest, "candidates": len(table["candidates"]), "lang": lang},
    )
    filename = f"screener-vergelijking-{slug(vacancy['title'])}-{generated_at[:10]}.pdf"
    return Document(data, filename, digest)
