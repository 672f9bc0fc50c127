"""Configuration without Flask: defaults, then ``instance/config.py``, then ``SCREENER_*``.

The web app, the CLI and the worker all read their settings here, so a worker on another
machine needs only the environment, never the web node's files.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from .errors import ScreenerError

ROOT = Path(__file__).resolve().parent.parent

DEFAULTS: dict[str, Any] = {
    "ENV": "development",  # "production" refuses to start without a secret key
    "MAX_CONTENT_LENGTH": 512 * 1024 * 1024,  # one request (all files of an upload form)
    "MAX_UPLOAD_FILES": 10,
    "ARCHIVE_MAX_MEMBERS": 20_000,
    "ARCHIVE_MAX_MEMBER_BYTES": 1024 * 1024 * 1024,
    "ARCHIVE_MAX_TOTAL_BYTES": 4 * 1024 * 1024 * 1024,
    "ARCHIVE_MAX_RATIO": 200,
    "QUEUE_URL": "",  # "" = SQLite in instance/; "redis://host:6379/0" = Redis
    "QUEUE_IMMEDIATE": False,
    "SESSION_LIFETIME_MINUTES": 60,  # idle time before a session expires
    "SESSION_MAX_HOURS": 12,  # a session ends this long after log-in, active or not
    "LOGIN_MAX_ATTEMPTS": 5,
    "LOGIN_WINDOW_SECONDS": 300,
    "BATCH_SIZE": 2000,
    "PRIVACY_CONTACT": "",  # shown to candidates: who to contact to object or erase
}


def instance_path(path: str | os.PathLike | None = None) -> Path:
    """Where databases, secrets and uploads live (``SCREENER_INSTANCE`` or ``./instance``)."""
    if path is not None:
        return Path(path)
    return Path(os.environ.get("SCREENER_INSTANCE", ROOT / "instance"))


def load_settings(instance: str | os.PathLike | None = None, **overrides: Any) -> dict[str, Any]:
    """Merge defaults, ``instance/config.py``, ``SCREENER_*`` variables and ``overrides``.

    :param instance: the instance folder; default from :func:`instance_path`.
    :returns: a plain dict with at least ``INSTANCE``, ``DATABASE``, ``UPLOADS``.
    """
    inst = instance_path(instance)
    cfg: dict[str, Any] = dict(DEFAULTS)
    cfg_file = inst / "config.py"
    if cfg_file.exists():
        namespace: dict[str, Any] = {}
        exec(compile(cfg_file.read_text(), str(cfg_file), "exec"), namespace)
        cfg.update({k: v for k, v in namespace.items() if k.isupper()})
    for key, value in os.environ.items():
        if key.startswith("SCREENER_") and key != "SCREENER_INSTANCE":
            name = key.removeprefix("SCREENER_")
            default = cfg.get(name)
            if isinstance(default, bool):
                cfg[name] = value.lower() in ("1", "true", "yes", "on")
            elif isinstance(default, int):
                cfg[name] = int(value)
            else:
                cfg[name] = value
    cfg.update(overrides)
    # Cookies: never readable by scripts, not sent cross-site, HTTPS-only in production.
    cfg.setdefault("SESSION_COOKIE_HTTPONLY", True)
    cfg.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    cfg.setdefault("SESSION_COOKIE_SECURE", cfg.get("ENV") == "production")
    cfg.setdefault("SESSION_COOKIE_NAME", "screener_session")
    cfg["INSTANCE"] = str(inst)
    cfg.setdefault("DATABASE", str(inst / "screener.sqlite3"))
    cfg.setdefault("QUEUE_DATABASE", str(inst / "queue.sqlite3"))
    cfg.setdefault("UPLOADS", str(inst / "uploads"))
    return cfg


def ensure_instance(cfg: dict[str, Any]) -> dict[str, Any]:
    """Create the instance folder and a secret key on first start.

    In production mode a missing key is an error instead: a generated key would
    silently log everyone out on every restart of a multi-process deployment.
    """
    inst = Path(cfg["INSTANCE"])
    inst.mkdir(parents=True, exist_ok=True)
    Path(cfg["UPLOADS"]).mkdir(parents=True, exist_ok=True)
    if cfg.get("SECRET_KEY"):
        return cfg
    key_file = inst / "secret_key"
    if key_file.exists():
        cfg["SECRET_KEY"] = key_file.read_text().strip()
    elif cfg.get("ENV") == "production":
        raise ScreenerError(
            f"No secret key: set SCREENER_SECRET_KEY or write one to {key_file} "
            "(production mode never generates one)."
        )
    else:
        key = secrets.token_hex(32)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key)
        cfg["SECRET_KEY"] = key
    return cfg
