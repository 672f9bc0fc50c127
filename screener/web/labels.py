"""Human names (Dutch, translated on use) for the codes the workflow stores."""

from __future__ import annotations

from flask import Flask

from ..posttext import visible_text
from .i18n import gettext as _

CATEGORY = {
    "complaint": "Klagen over werk",
    "insult": "Belediging",
    "profanity": "Grof taalgebruik",
    "hate": "Haat",
    "threat": "Bedreiging",
    "harassment": "Intimidatie",
    "confidential": "Vertrouwelijke informatie",
    "drugs_crime": "Drugs en criminaliteit",
}
DISMISS_REASON = {
    "context": "Context maakt het onschuldig",
    "irony": "Ironie of grap",
    "quote": "Citaat van iemand anders",
    "not_job_relevant": "Niet functierelevant",
    "wrong_language": "Taal verkeerd herkend",
    "special_category": "Bijzondere persoonsgegevens",
}
NOTICE_METHOD = {
    "email": "E-mail",
    "letter": "Brief",
    "in_person": "Persoonlijk",
    "phone": "Telefoon",
}
PLATFORM = {
    "linkedin": "LinkedIn",
    "x": "X (Twitter)",
    "facebook": "Facebook",
    "mastodon": "Mastodon",
    "instagram": "Instagram",
    "generic": "Overig (CSV/JSON)",
}
STATUS = {
    "open": "Open",
    "confirmed": "Bevestigd",
    "dismissed": "Afgewezen",
    "not_screened": "Nog niet gescreend",
    "in_review": "In beoordeling",
    "reviewed": "Beoordeeld",
    "new": "Nieuw",
    "queued": "In de wachtrij",
    "running": "Bezig",
    "done": "Klaar",
    "failed": "Mislukt",
    "high": "Hoog",
    "medium": "Middel",
    "low": "Laag",
    "stable": "stabiel",
    "rising": "stijgend",
    "increasing": "stijgend",
    "escalating": "escalerend",
    "falling": "dalend",
    "decreasing": "dalend",
    "supported": "ondersteund",
    "partly supported": "deels ondersteund",
    "not supported": "niet ondersteund",
    "cannot be checked": "niet te controleren",
    "admin": "Beheerder",
    "reviewer": "Beoordelaar",
    "hiring_manager": "Hiring manager",
}


def _lookup(table: dict[str, str]):
    def label(code: str | None) -> str:
        return _(table[code]) if code in table else (code or "")

    return label


def init_app(app: Flask) -> None:
    """Make ``label_category(code)`` etc. available in every template."""
    app.jinja_env.globals.update(
        label_category=_lookup(CATEGORY),
        label_reason=_lookup(DISMISS_REASON),
        label_method=_lookup(NOTICE_METHOD),
        label_platform=_lookup(PLATFORM),
        label_status=_lookup(STATUS),
        visible_text=visible_text,  # names and titles with bidi/invisible characters shown
    )
