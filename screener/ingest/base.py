"""What every parser shares: the per-upload context and the file-type registry entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..errors import BadExportError, ScreenerError
from ..records import Connection, Post, Profile, SkippedFile

Record = Post | Connection | Profile


@dataclass(slots=True)
class ParseContext:
    """Mutable state of one upload, passed to each file's parser.

    Parsers stay pure functions of their bytes: the context only carries what one file
    tells another (the X handle from ``account.js``) and the tallies the bundle reports.
    """

    name: str = "<bytes>"
    handle: str | None = None
    # newest version seen per post id, for platforms that export edit histories (X)
    versions: dict[str, int] = field(default_factory=dict)
    # files a manifest lists (name -> what they hold), checked against the upload
    expected: dict[str, str] = field(default_factory=dict)
    blank_connections: int = 0
    dropped_private: int = 0
    notes: list[SkippedFile] = field(default_factory=list)


Parser = Callable[[bytes, ParseContext], Iterator[Record]]


@dataclass(frozen=True, slots=True)
class FileType:
    """One kind of export file: its platform, parser and parse order (lower first)."""

    key: str
    platform: str
    parse: Parser
    order: int = 50

    label: str = ""

    def __call__(self, data: bytes, ctx: ParseContext | None = None) -> Iterator[Record]:
        """Parse ``data``; a fresh context is used when none is given.

        Whatever the bytes, the only exception that escapes is a ScreenerError: a file
        whose structure surprises the parser is reported as a bad export, by name.
        """
        ctx = ctx if ctx is not None else ParseContext()
        try:
            # materialised inside the guard: errors surface here, and one list is cheaper
            # than resuming a wrapping generator for each of 100k records
            return iter(list(self.parse(data, ctx)))
        except ScreenerError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            raise BadExportError(
                f"{ctx.name}: not a readable {self.label or self.key} file "
                f"({type(exc).__name__}: {exc})"
            ) from None
        except RecursionError:
            raise BadExportError(f"{ctx.name}: nested too deeply to be an export") from None
