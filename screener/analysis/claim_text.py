"""The words of a claim verdict, in Dutch and English: the explanation and the caveats.

Kept apart from :mod:`.claims` so the rules and the phrasing can be read (and
translated) separately. Every sentence states numbers; none states a conclusion about
the person.
"""

from __future__ import annotations

from ..records import Claim, NetworkResult
from .sectors import sector_label

FEW_EMPLOYEES = 5

_VERDICT = {
    "supported": ("Ondersteund", "Supported"),
    "partly supported": ("Deels ondersteund", "Partly supported"),
    "not supported": ("Niet ondersteund", "Not supported"),
    "cannot be checked": ("Niet te controleren", "Cannot be checked"),
}


def verdict_label(verdict: str, lang: str = "nl") -> str:
    """The verdict as shown to people.

    >>> verdict_label("partly supported"), verdict_label("partly supported", "en")
    ('Deels ondersteund', 'Partly supported')
    """
    nl, en = _VERDICT.get(verdict, (verdict, verdict))
    return en if lang == "en" else nl


def _list(items: tuple[str, ...] | list[str], limit: int = 5) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" (+{len(items) - limit})" if len(items) > limit else "")


def explain(
    claim: Claim,
    verdict: str,
    numbers: dict[str, int],
    people: tuple[str, ...],
    companies: tuple[str, ...],
) -> tuple[str, str]:
    """One Dutch and one English sentence with the numbers behind the verdict."""
    total = numbers.get("candidate_connections", 0)
    threshold = numbers.get("min_shared", 5)
    if claim.kind == "unknown":
        return (
            "Deze claim is niet herkend. Schrijf bijvoorbeeld '500+ connecties', 'netwerk in "
            "de logistiek', 'kent mensen bij PostNL' of 'kent Jan de Vries'.",
            "This claim was not recognised. Write for example '500+ connections', 'network in "
            "logistics', 'knows people at PostNL' or 'knows Jan de Vries'.",
        )
    if total == 0:
        return (
            "Er zijn geen connecties van de kandidaat ingelezen (bijvoorbeeld LinkedIn "
            "Connections.csv), dus deze claim is niet te controleren.",
            "No connections of the candidate were read (for example LinkedIn "
            "Connections.csv), so this claim cannot be checked.",
        )
    if claim.kind == "size":
        claimed = numbers.get("claimed", 0)
        blank = numbers.get("blank_connections", 0)
        nl = (
            f"De kandidaat heeft {total} connecties in de geüploade export(s); geclaimd: {claimed}."
        )
        en = f"The candidate has {total} connections in the uploaded export(s); claimed: {claimed}."
        if claim.number is None:
            nl += f" 'Groot netwerk' is gelezen als minstens {claimed} connecties."
            en += f" 'Large network' was read as at least {claimed} connections."
        if blank:
            nl += f" Daarnaast {blank} lege regels."
            en += f" Plus {blank} blank rows."
        return nl, en
    if claim.kind == "sector":
        nl_label, en_label = (
            sector_label(claim.sector or "", "nl"),
            sector_label(claim.sector or "", "en"),
        )
        own, shared = numbers.get("sector_connections", 0), numbers.get("shared_in_sector", 0)
        if verdict == "cannot be checked":
            return (
                "De connecties hebben geen bedrijf of functie (zoals bij X, Mastodon of "
                "Facebook), dus de sector is niet te bepalen.",
                "The connections have no company or position (as with X, Mastodon or "
                "Facebook), so their sector cannot be determined.",
            )
        nl = (
            f"{own} van de {total} connecties van de kandidaat werken in {nl_label}; {shared} "
            f"daarvan kent ook een medewerker (drempel: {threshold})."
        )
        en = (
            f"{own} of the candidate's {total} connections work in {en_label}; {shared} of "
            f"them are also known to an employee (threshold: {threshold})."
        )
        if people:
            nl += f" Gedeeld: {_list(people)}."
            en += f" Shared: {_list(people)}."
        return nl, en
    if claim.kind == "company":
        own, shared = numbers.get("company_connections", 0), numbers.get("shared_at_company", 0)
        if verdict == "cannot be checked":
            return (
                "De connecties hebben geen bedrijfsnaam (zoals bij X, Mastodon of Facebook), dus "
                "deze claim is niet te controleren.",
                "The connections have no company name (as with X, Mastodon or Facebook), so "
                "this claim cannot be checked.",
            )
        where = _list(companies) if companies else claim.company
        nl = (
            f"{own} connecties van de kandidaat werken bij {where}; {shared} daarvan kent "
            "ook een medewerker."
        )
        en = (
            f"{own} of the candidate's connections work at {where}; {shared} of them are "
            "also known to an employee."
        )
        if people:
            nl += f" Gedeeld: {_list(people)}."
            en += f" Shared: {_list(people)}."
        return nl, en
    found, similar = numbers.get("found", 0), numbers.get("similar", 0)
    if verdict == "cannot be checked":
        return (
            "De geüploade connecties hebben geen namen (zoals bij X), dus deze claim is niet te "
            "controleren.",
            "The uploaded connections have no names (as with X), so this claim cannot be checked.",
        )
    nl = (
        f"{found} connectie(s) met precies de naam {claim.person}, {similar} met een gelijkende "
        "naam (zelfde achternaam en voorletter)."
    )
    en = (
        f"{found} connection(s) named exactly {claim.person}, {similar} with a similar name "
        "(same surname and initial)."
    )
    if people:
        nl += f" Gevonden: {_list(people)}."
        en += f" Found: {_list(people)}."
    return nl, en


def caveats(
    claim: Claim, verdict: str, result: NetworkResult, numbers: dict[str, int]
) -> tuple[list[str], list[str]]:
    """Plain warnings where the numbers prove little, Dutch and English in parallel."""
    nl: list[str] = []
    en: list[str] = []
    weak = verdict in ("not supported", "partly supported")
    if claim.kind in ("sector", "company") and weak:
        employees = numbers.get("employees", 0)
        if employees < FEW_EMPLOYEES:
            nl.append(
                f"Maar {employees} medewerker(s) hebben hun netwerk gedeeld; weinig overlap "
                "zegt dan weinig."
            )
            en.append(
                f"Only {employees} employee(s) shared their network; little overlap means "
                "little then."
            )
        nl.append(
            "Geen overlap bewijst weinig: carrièreswitchers, kandidaten uit het buitenland of "
            "uit een andere regio kennen vaak nog niemand van de organisatie."
        )
        en.append(
            "No overlap proves little: career switchers and candidates from abroad or from "
            "another region often know nobody at the organisation yet."
        )
    if claim.kind == "company" and weak:
        nl.append(
            "Een export toont alleen de huidige werkgever van elke connectie; oud-collega's "
            "tellen niet mee."
        )
        en.append(
            "An export shows only each connection's current employer; former colleagues do "
            "not count."
        )
    if claim.kind == "size":
        blank = numbers.get("blank_connections", 0)
        if blank:
            nl.append(
                f"{blank} lege regels (vermoedelijk verwijderde of verborgen accounts) zijn "
                "niet meegeteld; het profiel zelf kan een hoger getal tonen."
            )
            en.append(
                f"{blank} blank rows (probably closed or hidden accounts) were not counted; "
                "the profile itself may show a higher number."
            )
        if weak:
            nl.append("Alleen de geüploade exports tellen mee; andere platforms ontbreken.")
            en.append("Only the uploaded exports count; other platforms are missing.")
    if claim.kind == "person" and weak:
        nl.append(
            "Iemand kennen zonder online connectie komt veel voor; vraag ernaar in het gesprek."
        )
        en.append("Knowing someone without an online connection is common; ask in the interview.")
    fuzzy = numbers.get("fuzzy_only", 0)
    if fuzzy and claim.kind in ("sector", "company"):
        nl.append(
            f"{fuzzy} mogelijke overeenkomst(en) alleen op naam zijn niet meegeteld; "
            "controleer ze zelf in de lijst."
        )
        en.append(
            f"{fuzzy} possible name-only match(es) were not counted; check them yourself in "
            "the list."
        )
    del result
    return nl, en
