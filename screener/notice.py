"""The notice a candidate receives before their exports are screened, in Dutch and English.

Generated from the vacancy's screening profile, so what the candidate is told is exactly
what will be screened: the platforms, the categories and why, the look-back period, the
retention period and the candidate's rights.
"""

from __future__ import annotations

from typing import Any

CATEGORY_NAMES = {
    "complaint": ("aanhoudend klagen over werk", "persistent complaining about work"),
    "insult": ("beledigingen", "insults"),
    "profanity": ("grof taalgebruik", "profanity"),
    "hate": ("haatdragende uitingen", "hateful statements"),
    "threat": ("bedreigingen", "threats"),
    "harassment": ("intimidatie en pesten", "harassment and bullying"),
    "confidential": ("lekken van vertrouwelijke informatie", "leaking confidential information"),
    "drugs_crime": ("drugs en criminaliteit", "drugs and crime"),
}
PLATFORM_NAMES = {
    "linkedin": "LinkedIn",
    "x": "X (Twitter)",
    "facebook": "Facebook",
    "mastodon": "Mastodon",
    "instagram": "Instagram",
    "generic": "",
}


def _platforms(profile: dict[str, Any], other: str) -> str:
    names = [PLATFORM_NAMES[p] or other for p in profile["platforms"] if p in PLATFORM_NAMES]
    return ", ".join(names)


def _categories(profile: dict[str, Any], lang: int) -> str:
    lines = []
    for category in profile["categories"]:
        name = CATEGORY_NAMES.get(category, (category, category))[lang]
        lines.append(f"- {name}: {profile['reasons'].get(category, '').strip()}")
    return "\n".join(lines)


def notice_texts(
    vacancy: dict[str, Any], profile: dict[str, Any], *, candidate_name: str = ""
) -> dict[str, str]:
    """Dutch (``"nl"``) and English (``"en"``) notice texts for a vacancy's candidates.

    >>> texts = notice_texts({"title": "Planner"}, {"platforms": ["linkedin"],
    ...     "categories": ["threat"], "reasons": {"threat": "Veiligheid van collega's"},
    ...     "lookback_years": 5, "retention_weeks": 4, "min_shared": 5})
    >>> "LinkedIn" in texts["nl"] and "bedreigingen: Veiligheid" in texts["nl"]
    True
    >>> "4 weeks after the vacancy closes" in texts["en"]
    True
    """
    greeting_nl = f"Beste {candidate_name}," if candidate_name else "Beste kandidaat,"
    greeting_en = f"Dear {candidate_name}," if candidate_name else "Dear candidate,"
    title = vacancy["title"]
    years, weeks = profile["lookback_years"], profile["retention_weeks"]
    nl = f"""{greeting_nl}

Voor de vacature "{title}" vragen wij je om een export van je eigen socialemediagegevens.
Die export gebruiken wij alleen voor het volgende:

1. Wij controleren uitspraken over je netwerk aan de hand van je connecties en die van
   medewerkers die daarvoor toestemming hebben gegeven.
2. Wij zoeken in je openbare berichten van de afgelopen {years} jaar naar uitingen die
   voor deze functie relevant zijn, namelijk:
{_categories(profile, 0)}

Wij gebruiken alleen: {_platforms(profile, "een eigen export (CSV/JSON)")}.
Privéberichten, berichten voor volgers en bijzondere persoonsgegevens (zoals religie,
politieke voorkeur, gezondheid, seksuele geaardheid, afkomst of vakbondslidmaatschap)
worden niet bekeken of afgeleid. Een computer doet alleen voorstellen; een medewerker
beoordeelt elk voorstel en jij krijgt de gelegenheid om een toelichting te geven.

Wij bewaren je gegevens tot {weeks} weken nadat de vacature is gesloten en verwijderen ze
daarna volledig. Je hebt recht op inzage, correctie en verwijdering van je gegevens en je
kunt bezwaar maken tegen deze verwerking. Je kunt ook een klacht indienen bij de
Autoriteit Persoonsgegevens.
"""
    en = f"""{greeting_en}

For the vacancy "{title}" we ask you for an export of your own social-media data.
We use that export only for the following:

1. We check statements about your network against your connections and those of
   employees who have agreed to this.
2. We look through your public posts of the past {years} years for statements that are
   relevant to this role, namely:
{_categories(profile, 1)}

We only use: {_platforms(profile, "an export of your own (CSV/JSON)")}.
Direct messages, followers-only posts and special-category data (such as religion,
political opinions, health, sexual orientation, ethnic origin or union membership) are
not looked at or inferred. A computer only makes suggestions; a person reviews each
suggestion and you will have the opportunity to explain.

We keep your data until {weeks} weeks after the vacancy closes and then delete it
completely. You have the right to access, correct and erase your data, and you can
object to this processing. You can also complain to the Dutch Data Protection Authority
(Autoriteit Persoonsgegevens).
"""
    return {"nl": nl, "en": en}
