"""Human names (Dutch, translated on use) for the codes Screener stores.

Shared by the web pages and the reports rendered outside a request, so a category or a
verdict reads the same on screen and on paper.
"""

from __future__ import annotations

from collections.abc import Callable

from .posttext import visible_text

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


def label_functions(translate: Callable[[str], str]) -> dict[str, Callable]:
    """``label_category(code)`` and friends for templates, in ``translate``'s language."""

    def lookup(table: dict[str, str]) -> Callable[[str | None], str]:
        def label(code: str | None) -> str:
            return translate(table[code]) if code in table else (code or "")

        return label

    return {
        "label_category": lookup(CATEGORY),
        "label_reason": lookup(DISMISS_REASON),
        "label_method": lookup(NOTICE_METHOD),
        "label_platform": lookup(PLATFORM),
        "label_status": lookup(STATUS),
        "visible_text": visible_text,  # names and titles with bidi/invisible characters shown
    }
