"""The service layer: the screening pipeline shared by ``screener screen`` and the job.

- :func:`screen_exports`: parsed exports in, :class:`ScreeningResult` out (no database).
- :func:`run_screening`: the same steps over a candidate's stored posts, saving results.
- :func:`accept_upload`, :func:`retry_upload`, :func:`upload_progress`: the upload path
  of the web app; :func:`process_upload` is the job a queue worker runs.
"""

from __future__ import annotations

from .core import Summary, analyse_items, lookback_cutoff, select_posts
from .exports import ScreeningResult, screen_exports
from .process import process_candidate, process_upload, stale_jobs
from .run import reset_for_rescreen, run_screening
from .uploads import (
    accept_upload,
    enqueue,
    ingest_upload,
    register_enqueuer,
    retry_upload,
    upload_progress,
)

__all__ = [
    "ScreeningResult",
    "Summary",
    "accept_upload",
    "analyse_items",
    "enqueue",
    "ingest_upload",
    "lookback_cutoff",
    "process_candidate",
    "process_upload",
    "register_enqueuer",
    "reset_for_rescreen",
    "retry_upload",
    "run_screening",
    "screen_exports",
    "select_posts",
    "stale_jobs",
    "upload_progress",
]
