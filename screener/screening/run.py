"""The database-backed screening job: the steps of :mod:`.core` over stored posts.

Resumable and idempotent: a post's analysis is stored in ``posts.score`` in the same
transaction as its findings, one transaction per batch. A re-run scores only posts
without a score, so a job killed half-way finishes where it stopped, and re-running a
finished job changes nothing. A profile change resets the scores (see
:func:`reset_for_rescreen`); the findings that still fire keep their review decisions,
open findings that no longer fire are removed.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import socket
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlite_utils import Database

from ..errors import NotFoundError, ValidationError
from ..records import PostScore
from ..storage import findings as finding_store
from ..storage import now_iso
from ..storage import posts as post_store
from ..storage.tx import write
from ..storage.vacancies import get_candidate, get_profile
from . import core
from .fingerprint import network_key, posts_key
from .prefetch import Prefetched

log = logging.getLogger(__name__)


def _to_json(data: dict[str, Any]) -> str:
    """A post's score as stored in ``posts.score`` (compact JSON text, UTF-8 as is)."""
    return orjson.dumps(data).decode()


# (batches, categories, started=handles of batches already queued, by index) -> yields
# (batch index, plain score dicts, worker id) in any order
BatchScorer = Callable[..., Iterator[tuple]]
ProgressSink = Callable[[str, int, int], None]  # (stage, done, total)


def default_batch_size() -> int:
    """Posts per analysis batch (setting ``SCREENER_BATCH_SIZE``, default 2000)."""
    return int(os.environ.get("SCREENER_BATCH_SIZE", "2000"))


def worker_id() -> str:
    """``host:pid`` of this process, recorded with the work it does."""
    return f"{socket.gethostname()}:{os.getpid()}"


def preload_coordinator() -> None:
    """Import what an upload job needs besides the scorer (parsers, network, patterns):
    a worker does it once at start, not in its first job (about half a second)."""
    import importlib

    for name in ("ingest", "analysis.claims", "analysis.network", "analysis.patterns"):
        importlib.import_module(f"screener.{name}")


def local_scorer(batches, categories, started=None) -> Iterator[tuple[int, list[dict], str]]:
    """Score batches in this process, one after the other (none may be queued)."""
    if started:
        raise ValueError("local_scorer cannot take over batches sent to a queue")
    for index, batch in enumerate(batches):
        yield index, core.analyse_items(batch, categories), worker_id()


def reset_for_rescreen(db: Database, candidate_id: int) -> int:
    """Forget the stored analysis so the next run scores every post under the new profile."""
    with post_store.write_transaction(db):
        n = post_store.reset_scores(db, candidate_id)
        write(
            db,
            "UPDATE candidates SET screening_status = 'queued', screening_heartbeat_at = ?"
            " WHERE id = ?",
            [now_iso(), candidate_id],
        )
    return n


def _candidate_progress(db: Database, candidate_id: int) -> ProgressSink:
    def sink(stage: str, done: int, total: int) -> None:
        write(
            db,
            "UPDATE candidates SET screening_progress = ?, screening_heartbeat_at = ? WHERE id = ?",
            [json.dumps({"stage": stage, "done": done, "total": total}), now_iso(), candidate_id],
        )

    return sink


def run_screening(
    db: Database,
    candidate_id: int,
    *,
    scorer: BatchScorer | None = None,
    progress: ProgressSink | None = None,
    now: datetime | None = None,
    batch_size: int | None = None,
    prefetched: Prefetched | None = None,
) -> dict[str, Any]:
    """Screen a candidate's stored posts and connections under the vacancy's profile.

    :param scorer: how batches are scored: in this process (default) or fanned out to
        queue workers (:mod:`screener.jobs`).
    :param prefetched: batches the scorer's queue already holds, sent before the posts
        were stored (:mod:`.prefetch`); they are scored first.
    :param progress: receives (stage, posts done, posts total); default: the candidate row.
    :returns: counts: ``scored`` now, ``findings`` in total, workers that took batches.
    """
    candidate = get_candidate(db, candidate_id)
    if candidate is None:
        raise NotFoundError(f"Kandidaat {candidate_id} bestaat niet.")
    profile = get_profile(db, candidate["vacancy_id"])
    if profile is None:
        raise ValidationError("Stel eerst het screeningsprofiel van de vacature in.")
    categories = list(profile["categories"])
    scorer = scorer or local_scorer
    progress = progress or _candidate_progress(db, candidate_id)
    batch_size = batch_size or default_batch_size()
    write(
        db,
        "UPDATE candidates SET screening_status = 'running', screening_heartbeat_at = ?"
        " WHERE id = ?",
        [now_iso(), candidate_id],
    )
    cutoff = post_store.iso_utc(core.lookback_cutoff(profile["lookback_years"], now))
    in_scope = "is_repost = 0 AND created_at >= ?"
    total = next(
        db.query(
            f"SELECT count(*) AS n FROM posts WHERE candidate_id = ? AND {in_scope}",
            [candidate_id, cutoff],
        )
    )["n"]
    if prefetched is not None and prefetched.categories != categories:
        prefetched.cancel()  # the profile changed since they were sent
        prefetched = None
    rows = _post_tuples(
        db, candidate_id, "id, text, lang, platform, post_id", f"score IS NULL AND {in_scope}",
        [cutoff],
    )  # fmt: skip
    ids: list[list[int | None]] = []  # stored post id per prefetched item, or None
    claimed: set[int] = set()
    if prefetched is None:
        todo = [(str(pk), text, lang) for pk, text, lang, _p, _id in rows]
    else:
        waiting = {(p, post_id): (pk, text, lang) for pk, text, lang, p, post_id in rows}
        ids = prefetched.claim(waiting)
        claimed = {pk for batch_ids in ids for pk in batch_ids if pk is not None}
        todo = [(str(pk), text, lang) for pk, text, lang in waiting.values() if pk not in claimed]
        del waiting
    batches = [*(prefetched.batches if prefetched else ()), *core.batched(todo, batch_size)]
    started = prefetched.handles if prefetched else {}
    done = total - len(todo) - len(claimed)
    del todo
    progress("analysing", done, total)
    workers: dict[str, int] = {}
    # The scores of this run, kept for the summary so it need not decode them again.
    scored_now: dict[int, PostScore] = {}
    for index, results, worker in scorer(batches, categories, started=started):
        batch = batches[index]
        stored_ids = ids[index] if index < len(ids) else [int(key) for key, _t, _l in batch]
        with post_store.write_transaction(db):
            rows, found = [], []
            for pk, data in zip(stored_ids, results, strict=True):
                if pk is None:
                    continue  # a prefetched post that was not stored as parsed
                if data["id"] != str(pk):  # a prefetched item: keyed by position
                    data = core.rekey(data, str(pk))
                score = core.score_from_dict(data, str(pk))
                rows.append((pk, score.lang, _to_json(data), score.negative, score.sensitive))
                found.extend(score.findings)
                scored_now[pk] = score
            post_store.save_scores(db, rows)
            finding_store.save_findings(db, candidate_id, found)
            done += len(rows)
            progress("analysing", done, total)
        workers[worker] = workers.get(worker, 0) + 1
    versions = core.lexicon_versions()
    previous = finding_store.load_screening(db, candidate_id)
    before = previous["fingerprint"] if previous["updated_at"] else {}
    fingerprint = {
        "posts": posts_key(db, candidate_id, cutoff, profile, versions),
        "network": network_key(db, candidate_id, profile),
    }
    progress("patterns", done, total)
    if before.get("posts") == fingerprint["posts"]:  # nothing new: keep what is stored
        summary = None
        result = {k: previous[k] for k in ("patterns", "excluded", "languages")}
    else:
        summary = _summarise_stored(db, candidate_id, categories, cutoff, scored_now)
        result = {
            "patterns": summary.patterns,
            "excluded": summary.excluded,
            "languages": summary.languages,
        }
    progress("network", done, total)
    if before.get("network") == fingerprint["network"]:
        network = previous["network"]
    else:
        network = _network(db, candidate_id, profile)
    removed = 0
    with post_store.write_transaction(db):
        if summary is not None:
            # Findings of posts scored in this run were saved with their batch; the rest
            # (posts scored before, the harassment pattern) are saved or refreshed now.
            finding_store.save_findings(
                db,
                candidate_id,
                [
                    f
                    for f in summary.findings
                    if (known := scored_now.get(int(f.post_id))) is None or f not in known.findings
                ],
            )
            firing = {(int(f.post_id), f.category, f.rule) for f in summary.findings}
            removed = finding_store.sync_findings(db, candidate_id, firing)
        finding_store.save_screening(
            db,
            candidate_id,
            {
                "profile_version": profile["version"],
                **result,
                "network": network,
                "lexicon_versions": versions,
                "fingerprint": fingerprint,
            },
        )
        write(
            db,
            "UPDATE candidates SET screening_status = 'done', screened_at = ?,"
            " screened_profile_version = ?, screening_heartbeat_at = ? WHERE id = ?",
            [now_iso(), profile["version"], now_iso(), candidate_id],
        )
        progress("done", done, total)
    findings = sum(finding_store.count_findings(db, candidate_id).values())
    return {
        "posts": total,
        "findings": findings,
        "removed_findings": removed,
        "workers": workers,
    }


def _post_tuples(
    db: Database, candidate_id: int, columns: str, where: str, params: Sequence[Any]
) -> Iterator[tuple]:
    """Stream a candidate's post rows as tuples (oldest first), like
    :func:`~screener.storage.posts.iter_post_rows` without a dict per row."""
    return db.conn.execute(
        f"SELECT {columns} FROM posts WHERE candidate_id = ? AND ({where}) ORDER BY created_at, id",
        [candidate_id, *params],
    )


def _summarise_stored(
    db: Database,
    candidate_id: int,
    categories: list[str],
    cutoff: str,
    known: Mapping[int, PostScore] | None = None,
) -> core.Summary:
    """The summary over every scored post in scope; ``known`` holds scores already
    decoded (this run's), the others are read from ``posts.score``."""
    known = known or {}
    scored, texts = [], {}
    fromiso = datetime.fromisoformat
    collect = gc.isenabled()
    gc.disable()  # many small records, no cycles
    try:
        for pk, created_at, text, stored in _post_tuples(
            db,
            candidate_id,
            "id, created_at, text, score",
            "score IS NOT NULL AND is_repost = 0 AND created_at >= ?",
            [cutoff],
        ):
            key = str(pk)
            score = known.get(pk)
            if score is None:
                score = core.score_from_dict(orjson.loads(stored), key)
            scored.append((key, fromiso(created_at), score))
            if score.findings:  # the patterns read the text of flagged posts only
                texts[key] = text
    finally:
        if collect:
            gc.enable()
    outside = next(
        db.query(
            "SELECT count(*) AS n FROM posts WHERE candidate_id = ? AND created_at < ?",
            [candidate_id, cutoff],
        )
    )["n"]
    summary = core.summarise(scored, texts, categories, outside_lookback=outside)
    reposts = next(
        db.query(
            "SELECT count(*) AS n FROM posts WHERE candidate_id = ? AND is_repost = 1"
            " AND created_at >= ?",
            [candidate_id, cutoff],
        )
    )["n"]
    summary.excluded["reposts"] = reposts
    return summary


def _network(db: Database, candidate_id: int, profile: Mapping[str, Any]) -> dict[str, Any]:
    from ..storage import claims as claim_store
    from ..storage.org import load_org_network

    connections = post_store.load_connections(db, candidate_id)
    org = load_org_network(db)
    claims = claim_store.list_claims(db, candidate_id)
    network, verdicts = core.network_section(
        connections, org, [c["text"] for c in claims], min_shared=profile["min_shared"]
    )
    _refresh_claims(db, claims, verdicts)
    return network


def _refresh_claims(db: Database, claims: list[dict[str, Any]], verdicts: list[Any]) -> None:
    """Store each claim's verdict against the network as it is now (connections may have
    arrived after the reviewer typed the claim)."""
    from ..analysis.claims import verdict_to_json

    for claim, verdict in zip(claims, verdicts, strict=True):
        data = verdict_to_json(verdict)
        write(
            db,
            "UPDATE claims SET kind = ?, parsed = ?, verdict = ?, evidence = ? WHERE id = ?",
            [
                verdict.claim.kind,
                json.dumps(data.get("parsed", {}), ensure_ascii=False),
                verdict.verdict,
                json.dumps(data, ensure_ascii=False),
                claim["id"],
            ],
        )
