"""Every form of the web app, one FlaskForm per purpose."""

from __future__ import annotations

from flask import current_app
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length, StopValidation

from .i18n import gettext as _


class LoginForm(FlaskForm):
    username = StringField("Gebruikersnaam", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Wachtwoord", validators=[DataRequired(), Length(max=200)])


# --------------------------------------------------------------------------- uploads

_ARCHIVE_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"BZh")
_TEXT_CONTROLS = set(range(32)) - {9, 10, 12, 13}


def _looks_like_export(head: bytes) -> bool:
    """A zip, gzip or tar archive, or plain text (CSV/JSON/JS), judged by content only.

    The real check is parsing in the job; this only turns away images, PDFs and the like
    before they are stored.
    """
    if head.startswith(_ARCHIVE_MAGIC) or head[257:262] == b"ustar":
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM (old LinkedIn)
        return True
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut off by the sample
            return False
        text = head[: exc.start].decode("utf-8")
    return bool(text.strip()) and not any(ord(c) in _TEXT_CONTROLS for c in text)


class UploadForm(FlaskForm):
    """One or more export files (archives or loose CSV/JSON) for one candidate."""

    exports = MultipleFileField("Exportbestanden")

    def validate_exports(self, field: MultipleFileField) -> None:
        files = [f for f in (field.data or []) if f and f.filename]
        if not files:
            raise StopValidation(_("Kies minstens één exportbestand."))
        limit = current_app.config["MAX_UPLOAD_FILES"]
        if len(files) > limit:
            raise StopValidation(_("Kies hoogstens {n} bestanden tegelijk.", n=limit))
        for storage in files:
            head = storage.stream.read(4096)
            storage.stream.seek(0)
            if not head:
                raise StopValidation(_("Het bestand {name} is leeg.", name=storage.filename))
            if not _looks_like_export(head):
                raise StopValidation(
                    _(
                        "{name} is geen export die Screener kan lezen: kies het zip-bestand"
                        " (of de CSV/JSON-bestanden) dat het platform je gaf.",
                        name=storage.filename,
                    )
                )
        field.data = files
