"""``screener worker`` (a queue consumer) and ``screener serve`` (web app + one worker).

Both read the instance settings, so ``SCREENER_QUEUE_URL=redis://...`` moves the queue
to Redis for every process without a code change.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys

import click

from . import instance_db, instance_settings


@click.command("worker")
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes in this consumer.",
)
@click.option("--verbose", "-v", is_flag=True, help="Log every task.")
def worker_command(workers: int, verbose: bool) -> None:
    """Run a queue consumer that screens uploads (start more for more speed).

    Workers that only analyse batches need no database: on another machine, point
    ``SCREENER_QUEUE_URL`` at the shared Redis.

    Example:

        SCREENER_QUEUE_URL=redis://127.0.0.1:6379/0 screener worker --workers 2
    """
    from .. import jobs

    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s",
    )
    if not verbose:  # "task was revoked" is routine here (see jobs.fanout_scorer)
        logging.getLogger("huey").setLevel(logging.ERROR)
    cfg = instance_settings()
    if cfg.get("QUEUE_IMMEDIATE"):
        raise click.UsageError(
            "QUEUE_IMMEDIATE is on: tasks run inline, a worker has nothing to do"
        )
    huey = jobs.configure(cfg)
    role = "screening and analysis" if jobs.has_database(cfg) else "analysis only (no database)"
    if jobs.has_database(cfg):
        instance_db().close()  # migrate before the first task
        uploads, candidates = jobs.reap_stale(cfg)
        if uploads or candidates:
            click.echo(
                f"Resuming {len(uploads)} upload(s), {len(candidates)} screening(s)", err=True
            )
    consumer = huey.create_consumer(
        workers=workers,
        worker_type="process" if workers > 1 else "thread",
        periodic=True,
        # An idle worker polls at most every quarter second (Huey's default: every 10 s):
        # a job, a batch or a retry after a busy lock waits no longer than that.
        initial_delay=0.05,
        max_delay=0.25,
        backoff=1.15,
    )
    click.echo(
        f"Worker {os.getpid()}: {workers} process(es), {role}, queue {_describe(cfg)}", err=True
    )
    consumer.run()


def _describe(cfg: dict) -> str:
    url = str(cfg.get("QUEUE_URL") or "")
    return url.split("@")[-1] if url else cfg["QUEUE_DATABASE"]


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-worker", is_flag=True, help="Do not start a background worker.")
def serve_command(host: str, port: int, no_worker: bool) -> None:
    """Serve the web app with one background worker (self-hosting).

    Creates ``instance/`` (database, secret key) on first start and prints the first
    admin's password once.

    Example:

        screener serve --port 5000
    """
    from ..storage.users import bootstrap_admin
    from ..web.server import serve

    instance_settings()
    db = instance_db()
    try:
        created = bootstrap_admin(db)
    finally:
        db.close()
    if created:
        username, password = created
        click.echo(f"First start: log in as {username!r} with password {password!r}")
        click.echo("(shown once; change it under Beheer after logging in)")
    worker = None
    if not no_worker:
        worker = subprocess.Popen(
            [sys.executable, "-c", "from screener.cli import main; main()", "worker"],
            env=os.environ.copy(),
        )
    try:
        click.echo(f"Screener on http://{host}:{port}/ (Ctrl+C stops it)")
        serve(host, port)
    finally:
        if worker is not None and worker.poll() is None:
            worker.send_signal(signal.SIGINT)
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()


commands = [worker_command, serve_command]
