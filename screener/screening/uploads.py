"""Accepting an upload, parsing it into the database, and reporting its progress.

The raw file is written to ``instance/uploads/<uuid4>`` (never the client's name), parsed
in full, stored in ONE transaction (a failure leaves no rows) and deleted as soon as it
is parsed. Records of platforms the profile does not allow are counted, not stored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlite_utils import Database

from .. import audit
from ..errors import NotFoundError, ScreenerError, ValidationError
from ..records import ExportBundle
from ..storage import now_iso
from ..storage import posts as post_store
from ..storage.tx import write
from ..storage.vacancies import get_candidate, get_profile

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
IMPORT_CACHE_KB = 64 * 1024
GENERIC_ERROR = (
    "Het bestand kon door een interne fout niet worden verwerkt. Probeer het opnieuw of "
    "neem contact op met de beheerder."
)

# The queue plugs itself in here (screener.jobs imports this package, never the reverse).
_enqueuers: dict[str, Callable[[Mapping[str, Any], int], Any]] = {}


def register_enqueuer(kind: str, func: Callable[[Mapping[str, Any], int], Any]) -> None:
    """Called by :mod:`screener.jobs` with ``"upload"`` and ``"screening"``."""
    _enqueuers[kind] = func


def enqueue(kind: str, cfg: Mapping[str, Any], ident: int) -> Any:
    """Hand a job to the queue (importing the queue module on first use)."""
    if kind not in _enqueuers:
        import importlib

        importlib.import_module("screener.jobs")
    return _enqueuers[kind](cfg, ident)


def _actor(db: Database, user: Any) -> tuple[str, int | None]:
    if isinstance(user, Mapping):
        return str(user.get("username") or "system"), user.get("id")
    name = str(user or "system")
    row = next(db.query("SELECT id FROM users WHERE username = ?", [name]), None)
    return name, (row["id"] if row else None)


def display_name(filename: str) -> str:
    """The client's file name made safe for display only (never used as a path).

    >>> display_name("../../etc/pass\\u202ewd.zip")
    'passwd.zip'
    """
    name = re.split(r"[\\\\/]", filename or "")[-1]
    name = "".join(
        ch for ch in name if ch.isprintable() and ch not in "\u202a\u202b\u202c\u202d\u202e"
    )
    return name.strip()[:200] or "upload"


def require_uploadable(db: Database, candidate_id: int) -> tuple[dict, dict]:
    """The candidate and its profile; refuses when notice or profile is missing."""
    candidate = get_candidate(db, candidate_id)
    if candidate is None:
        raise NotFoundError(f"Kandidaat {candidate_id} bestaat niet.")
    if not candidate.get("notice_at"):
        raise ValidationError(
            "Leg eerst vast wanneer en hoe de kandidaat over de screening is geïnformeerd."
        )
    profile = get_profile(db, candidate["vacancy_id"])
    if profile is None:
        raise ValidationError("Stel eerst het screeningsprofiel van de vacature in.")
    return candidate, profile


def accept_upload(
    db: Database,
    cfg: Mapping[str, Any],
    candidate_id: int,
    filename: str,
    stream: BinaryIO,
    *,
    user: Any,
    enqueue_job: bool = True,
) -> int:
    """Store an uploaded file under a random name, record it and enqueue its job.

    :param stream: a binary file object (e.g. Werkzeug's ``FileStorage.stream``).
    :param user: the acting user (row dict or user name).
    :param enqueue_job: False to run the job yourself (``process_upload``), as the demo does.
    :returns: the new upload's id.
    :raises ValidationError: no notice or profile yet, an empty or a too large file.
    """
    candidate, _profile = require_uploadable(db, candidate_id)
    limit = int(cfg.get("MAX_UPLOAD_BYTES") or cfg.get("MAX_CONTENT_LENGTH") or 512 * 2**20)
    folder = Path(cfg["UPLOADS"])
    folder.mkdir(parents=True, exist_ok=True)
    stored = uuid.uuid4().hex
    path = folder / stored
    digest, size = hashlib.sha256(), 0
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ValidationError(
                        f"Het bestand is groter dan {limit // 2**20} MB; dat is de grens."
                    )
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise ValidationError("Het bestand is leeg.")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    actor, user_id = _actor(db, user)
    name = display_name(filename)
    try:
        with post_store.write_transaction(db):
            upload_id = post_store.create_upload(
                db,
                candidate_id,
                filename=name,
                stored_name=stored,
                sha256=digest.hexdigest(),
                size=size,
                created_by=user_id,
            )
            write(
                db, "UPDATE candidates SET screening_status = 'queued' WHERE id = ?", [candidate_id]
            )
            audit.record(
                db,
                actor,
                "upload.create",
                candidate_id=candidate_id,
                vacancy_id=candidate["vacancy_id"],
                detail={"upload_id": upload_id, "size": size, "sha256": digest.hexdigest()},
            )
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if enqueue_job:
        enqueue("upload", cfg, upload_id)
    return upload_id


def retry_upload(db: Database, cfg: Mapping[str, Any], upload_id: int, *, user: Any) -> None:
    """Queue a failed upload again (its file must still be there)."""
    upload = post_store.get_upload(db, upload_id)
    if upload is None:
        raise NotFoundError(f"Upload {upload_id} bestaat niet.")
    if upload["status"] != "failed":
        raise ValidationError("Alleen een mislukte upload kan opnieuw worden geprobeerd.")
    parsed = "posts" in upload["counts"]
    if not parsed and not (
        upload["stored_name"] and (Path(cfg["UPLOADS"]) / upload["stored_name"]).exists()
    ):
        raise ValidationError("Het bestand is niet meer aanwezig; upload het opnieuw.")
    actor, _user_id = _actor(db, user)
    with post_store.write_transaction(db):
        write(
            db,
            "UPDATE uploads SET status = 'queued', error = NULL, finished_at = NULL,"
            " heartbeat_at = ?, stage = '' WHERE id = ?",
            [now_iso(), upload_id],
        )
        audit.record(
            db,
            actor,
            "upload.retry",
            candidate_id=upload["candidate_id"],
            detail={"upload_id": upload_id},
        )
    enqueue("upload", cfg, upload_id)


def upload_progress(db: Database, upload_id: int) -> dict[str, Any]:
    """Status, stage, posts done of total, estimated seconds left, error and counts."""
    upload = post_store.get_upload(db, upload_id)
    if upload is None:
        raise NotFoundError(f"Upload {upload_id} bestaat niet.")
    done, total = upload["progress_done"], upload["progress_total"]
    eta = None
    if upload["status"] == "analysing" and upload["started_at"] and 0 < done < total:
        started = datetime.fromisoformat(upload["started_at"])
        elapsed = (datetime.fromisoformat(now_iso()) - started).total_seconds()
        eta = round(max(elapsed, 1.0) * (total - done) / done, 1)
    elif upload["status"] == "done":
        eta = 0.0
    return {
        "id": upload_id,
        "candidate_id": upload["candidate_id"],
        "status": upload["status"],
        "stage": upload["stage"],
        "done": done,
        "total": total,
        "eta_seconds": eta,
        "error": upload["error"],
        "counts": upload["counts"],
        "attempts": upload["attempts"],
    }


def archive_limits(cfg: Mapping[str, Any]) -> Any:
    """``ArchiveLimits`` from the ``ARCHIVE_*`` settings (field ``max_ratio`` <-
    ``ARCHIVE_MAX_RATIO`` and so on)."""
    from ..ingest import ArchiveLimits

    if hasattr(ArchiveLimits, "from_settings"):
        return ArchiveLimits.from_settings(dict(cfg))
    values = {}
    for f in dataclasses.fields(ArchiveLimits):
        key = "ARCHIVE_" + f.name.upper()
        if key in cfg:
            values[f.name] = cfg[key]
    return ArchiveLimits(**values)


def ingest_upload(
    db: Database,
    cfg: Mapping[str, Any],
    upload: Mapping[str, Any],
    *,
    after_parse: Callable[[ExportBundle, Mapping[str, Any]], None] | None = None,
) -> dict:
    """Parse the upload's file and store its records in one transaction; delete the file.

    :param after_parse: called with the parsed export and the screening profile before
        the records are stored (the upload job sends out the first analysis batches).
    :raises ScreenerError: the file is not a readable export (the file is deleted too:
        nothing a retry could change).
    """
    from ..ingest import parse_export

    upload_id = upload["id"]
    candidate = get_candidate(db, upload["candidate_id"])
    profile = get_profile(db, candidate["vacancy_id"]) if candidate else None
    if candidate is None or profile is None:
        raise ValidationError("De kandidaat of het screeningsprofiel bestaat niet meer.")
    if not upload["stored_name"]:
        raise ValidationError("Het bestand is niet meer aanwezig; upload het opnieuw.")
    path = Path(cfg["UPLOADS"]) / upload["stored_name"]
    post_store.set_upload_progress(db, upload_id, done=0, total=0, stage="parsing")
    try:
        bundle = parse_export(path, limits=archive_limits(cfg))
    except ScreenerError:
        delete_upload_file(db, cfg, upload)
        raise
    if after_parse is not None:
        after_parse(bundle, profile)
    # A large import touches many index and FTS pages: a bigger page cache for this
    # connection saves about a third of the insert time.
    db.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KB}")
    with post_store.write_transaction(db):
        counts = post_store.save_bundle(
            db, candidate["id"], upload_id, bundle, platforms=profile["platforms"]
        )
        counts.update(
            skipped_files=len(bundle.skipped),
            dropped_private=bundle.dropped_private,
            blank_connections=bundle.blank_connections,
        )
        post_store.set_upload_status(
            db, upload_id, "analysing", stage="stored", counts=counts, platforms=bundle.platforms
        )
    delete_upload_file(db, cfg, upload)
    return counts


def delete_upload_file(db: Database, cfg: Mapping[str, Any], upload: Mapping[str, Any]) -> None:
    """Remove the raw file (privacy: kept only until it is parsed)."""
    if upload.get("stored_name"):
        (Path(cfg["UPLOADS"]) / upload["stored_name"]).unlink(missing_ok=True)
        write(db, "UPDATE uploads SET stored_name = NULL WHERE id = ?", [upload["id"]])
