"""The demo: one vacancy, its organisation and three candidates, screened on the spot.

``data/demo.json`` (see ``data/README.md``) names the vacancy, its screening profile,
the employees who opted in with their connection exports, and the candidates with their
notice, claims and export folders. Each export folder goes through the same upload path
as the web form (zipped in memory, stored under a random name, parsed, deleted) and is
screened synchronously. Loading twice changes nothing.
"""

from __future__ import annotations

import io
import json
import secrets
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .. import audit, screening
from ..errors import ScreenerError
from ..storage import users, vacancies
from ..storage.posts import write_transaction

DATA = Path(__file__).parent / "data"
SETTING = "demo.vacancy_id"
MANAGER = "manager"


@dataclass
class DemoResult:
    """What loading the demo did (``created`` False: it was there already)."""

    vacancy_id: int
    created: bool
    candidates: list[int] = field(default_factory=list)
    manager: tuple[str, str] | None = None  # (username, password) when created now


def demo_vacancy(db: Database) -> int | None:
    """The demo vacancy's id when the demo is loaded (and not purged)."""
    row = next(db.query("SELECT value FROM settings WHERE key = ?", [SETTING]), None)
    if row is None:
        return None
    vacancy_id = int(row["value"])
    return vacancy_id if vacancies.get_vacancy(db, vacancy_id) else None


def zip_folder(folder: Path) -> bytes:
    """A folder as zip bytes (an upload of an export the way a person would send it)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return buffer.getvalue()


def _user_id(db: Database, user: Any) -> tuple[str, int | None]:
    if isinstance(user, dict):
        return user.get("username", "system"), user.get("id")
    row = users.get_user_by_name(db, str(user)) if user else None
    return str(user or "system"), (row["id"] if row else None)


def _org(db: Database, manifest: dict, data_dir: Path, user_id: int | None) -> int:
    from ..ingest import parse_export
    from ..storage import org

    added = 0
    for employee in manifest.get("employees", []):
        if org.get_member_by_name(db, employee["name"]) is not None:
            continue
        bundle = parse_export(data_dir / employee["export"])
        org.add_member(
            db,
            employee["name"],
            employee["opt_in_at"],
            bundle.connections,
            source=f"demo: {employee.get('position', '')}".strip(),
            user_id=user_id,
        )
        added += 1
    return added


def _claims(db: Database, candidate_id: int, texts: list[str], user_id: int | None) -> None:
    """Store the claims; their verdicts are refreshed when the candidate is screened."""
    from ..analysis.claims import parse_claim, verify_claim
    from ..analysis.network import analyse_network
    from ..storage import claims

    empty = analyse_network([], {})
    for text in texts:
        claims.save_claim(db, candidate_id, verify_claim(parse_claim(text), empty), user_id)


def _manager(db: Database, vacancy_id: int, user_id: int | None) -> tuple[str, str] | None:
    existing = users.get_user_by_name(db, MANAGER)
    created = None
    if existing is None:
        password = secrets.token_urlsafe(12)
        manager_id = users.create_user(
            db, MANAGER, users.hash_password(password), "hiring_manager",
            display_name="Demo hiring manager",
        )  # fmt: skip
        created = (MANAGER, password)
    elif existing["role"] == "hiring_manager":
        manager_id = existing["id"]
    else:
        return None
    vacancies.assign_manager(db, vacancy_id, manager_id, by=user_id)
    return created


def install_demo(
    db: Database,
    cfg: dict[str, Any],
    *,
    user: Any = "system",
    data_dir: Path = DATA,
    background: bool = False,
) -> DemoResult:
    """Load the demo (idempotent) and screen its candidates.

    :param background: queue the uploads for the worker (the web button: the page answers
        at once and shows the progress) instead of screening them here.
    """
    existing = demo_vacancy(db)
    if existing is not None:
        return DemoResult(existing, created=False)
    manifest = json.loads((data_dir / "demo.json").read_text(encoding="utf-8"))
    actor, user_id = _user_id(db, user)
    with write_transaction(db):
        vacancy_id = vacancies.create_vacancy(db, **manifest["vacancy"], user_id=user_id)
        vacancies.save_profile(db, vacancy_id, **manifest["profile"], user_id=user_id)
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [SETTING, str(vacancy_id)]
        )
    _org(db, manifest, data_dir, user_id)
    result = DemoResult(vacancy_id, created=True)
    for person in manifest["candidates"]:
        candidate_id = vacancies.create_candidate(
            db, vacancy_id, person["name"], email=person.get("email", ""), user_id=user_id
        )
        notice = person["notice"]
        vacancies.record_notice(
            db, candidate_id, at=notice["at"], method=notice["method"], user_id=user_id
        )
        _claims(db, candidate_id, person.get("claims", []), user_id)
        for export in person["exports"]:
            folder = data_dir / export
            name = f"{folder.parent.name}-{folder.name}.zip"
            upload_id = screening.accept_upload(
                db, cfg, candidate_id, name, io.BytesIO(zip_folder(folder)),
                user=user, enqueue_job=background,
            )  # fmt: skip
            if background:
                continue
            outcome = screening.process_upload(db, cfg, upload_id)
            if outcome != "done":
                state = screening.upload_progress(db, upload_id)
                raise ScreenerError(f"Demo export {export} failed: {state['error']}")
        result.candidates.append(candidate_id)
    result.manager = _manager(db, vacancy_id, user_id)
    audit.record(
        db, actor, "demo.load", vacancy_id=vacancy_id,
        detail={"candidates": len(result.candidates)},
    )  # fmt: skip
    return result


def load_demo(db: Database, cfg: dict[str, Any], *, user: Any) -> int:
    """Load the demo if needed (the web's "load demo" button); returns the vacancy id.

    The uploads go to the queue, so the page answers at once and shows their progress.
    """
    return install_demo(db, cfg, user=user, background=True).vacancy_id
