"""Analysis batches sent to the queue straight from a parsed export, before storing it.

Storing a 100k-post archive takes a few seconds, all on the coordinating worker; a
second worker would sit idle meanwhile. So the coordinator hands out the first batches
of the parsed posts at once (:func:`prefetch`), stores the export, and then
:func:`~screener.screening.run.run_screening` takes those batches over: their items are
keyed by position, and :meth:`Prefetched.claim` maps each one to the stored post it
became. An item whose post was not stored as it was parsed (a duplicate, another
platform, outside the look-back, a different text) maps to nothing and its result is
dropped; that post, if it needs a score, gets one from an ordinary batch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..records import ExportBundle
from . import core

MAX_BATCHES = 16  # batches offered to the queue (it takes as many as its window holds)

# (batches, categories) -> queue handles of the batches it sent, by batch index (from 0)
BatchStarter = Callable[[Sequence[Sequence[core.Item]], Sequence[str]], dict[int, Any]]


@dataclass
class Prefetched:
    """Batches already in the queue: items keyed ``str(i)``, ``refs[i]`` is the
    ``(platform, post id, text, lang)`` the item was made from."""

    categories: list[str]
    batches: list[Sequence[core.Item]]
    handles: dict[int, Any]
    refs: list[tuple[str, str, str, str | None]] = field(default_factory=list)

    def claim(self, waiting: Mapping[tuple[str, str], tuple[int, str, str | None]]) -> list:
        """Per batch, the stored post id of each item (``None``: drop its result).

        :param waiting: ``(platform, post id) -> (row id, text, lang)`` of the stored
            posts that still need a score.
        """
        taken: set[int] = set()
        out = []
        for batch in self.batches:
            ids = []
            for key, _text, _lang in batch:
                platform, post_id, text, lang = self.refs[int(key)]
                row = waiting.get((platform, post_id))
                if row is None or row[0] in taken or row[1] != text or row[2] != lang:
                    ids.append(None)
                    continue
                taken.add(row[0])
                ids.append(row[0])
            out.append(ids)
        return out

    def cancel(self) -> None:
        """Take the batches back out of the queue (the job stops before using them)."""
        for handle in self.handles.values():
            handle.revoke()
        self.handles.clear()


def prefetch(
    bundle: ExportBundle,
    profile: Mapping[str, Any],
    start: BatchStarter,
    *,
    batch_size: int,
    now: datetime | None = None,
) -> Prefetched | None:
    """Send the first batches of ``bundle``'s posts that the screening will score.

    The same posts as the screening's: the profile's platforms, no reposts, inside the
    look-back. ``start`` decides how many batches it sends (none when no other worker
    could take them); the rest are left to the screening.
    """
    cutoff = core.lookback_cutoff(profile["lookback_years"], now)
    allowed = set(profile["platforms"])
    most = batch_size * MAX_BATCHES
    refs: list[tuple[str, str, str, str | None]] = []
    for post in bundle.posts:
        if post.is_repost or post.platform not in allowed:
            continue
        created = post.created_at
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        if created >= cutoff:
            refs.append((post.platform, post.id, post.text, post.lang))
            if len(refs) == most:
                break
    if len(refs) <= batch_size:
        return None  # one batch: the coordinator scores it sooner than the queue would
    items = [(str(i), text, lang) for i, (_p, _id, text, lang) in enumerate(refs)]
    batches = list(core.batched(items, batch_size))
    categories = list(profile["categories"])
    handles = start(batches, categories)
    if not handles:
        return None
    sent = batches[: len(handles)]
    return Prefetched(categories, sent, handles, refs[: sum(len(b) for b in sent)])
