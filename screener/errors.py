"""Every error Screener raises on purpose, with a message a reviewer can act on."""

from __future__ import annotations


class ScreenerError(Exception):
    """Base class: the message is shown to a person as it is, so write it for them."""


class BadExportError(ScreenerError):
    """The file is not an export we can read (wrong file, truncated, wrong encoding)."""


class UnsafeArchiveError(ScreenerError):
    """An archive was refused: path traversal, links, too many members, a zip bomb."""


class UnknownPlatformError(BadExportError):
    """No parser recognises the contents of the upload."""


class NotFoundError(ScreenerError):
    """A vacancy, candidate, upload or finding that does not exist."""


class PermissionDeniedError(ScreenerError):
    """The acting user's role does not allow this action."""


class ValidationError(ScreenerError):
    """Input that violates a rule of the workflow (e.g. upload before notice)."""


class AuditChainError(ScreenerError):
    """The audit log's hash chain is broken at a given event."""
