"""The demo story: organisation, vacancy, three candidates; writes every file and demo.json.

Run ``python screener/demo/data/make_demo.py``; see README.md here for what a reviewer
should find.
"""

from __future__ import annotations

import json
import random
import shutil
from datetime import date

import demo_texts as T
from demo_x import spread
from make_demo import (
    HERE,
    SEED,
    People,
    write_comments,
    write_connections,
    write_profile,
    write_shares,
)

ORG = "Van Houten Logistiek"
EXPORTED = date(2026, 11, 10)
EMPLOYEES = [  # first, last, position, opt-in date, connections, sector weights
    (
        "Anouk",
        "de Wit",
        "HR-manager",
        "2026-09-14",
        210,
        {"other": 40, "logistics": 40, "retail": 10, "it": 5, "finance": 5},
    ),
    (
        "Mehmet",
        "Yıldız",
        "Operationeel directeur",
        "2026-09-16",
        380,
        {"logistics": 65, "retail": 15, "finance": 10, "other": 10},
    ),
    (
        "Pieter",
        "van der Linden",
        "Teamleider warehouse",
        "2026-09-18",
        260,
        {"logistics": 75, "retail": 10, "other": 15},
    ),
    (
        "Sophie",
        "Jansen",
        "Planner transport",
        "2026-09-21",
        190,
        {"logistics": 70, "retail": 10, "other": 15, "it": 5},
    ),
    ("Kees", "Verhoeven", "Hoofd IT", "2026-09-22", 240, {"it": 70, "logistics": 20, "other": 10}),
    (
        "Fatima",
        "El Amrani",
        "Recruiter",
        "2026-10-01",
        170,
        {"other": 45, "logistics": 35, "retail": 10, "it": 10},
    ),
]
VARIANTS = [  # how one person's name can read in another member's (newer) export
    lambda f, la: (f.replace("ı", "i").replace("é", "e").replace("ë", "e"), la.replace("ı", "i")),
    lambda f, la: (f, la + " MBA"),
    lambda f, la: (f + " (zij/haar)", la),
    lambda f, la: (f.upper(), la.upper()),
    lambda f, la: (f, la + " 🚚"),
    lambda f, la: ("ing. " + f, la),
    lambda f, la: (f, la + ", MSc"),
    lambda f, la: (f + " ", la),
]
REASONS = {
    "complaint": "Een teamleider is het gezicht van het bedrijf naar klanten en team; "
    "structureel publiekelijk afgeven op werkgever, collega's of klanten raakt de functie.",
    "insult": "De teamleider stuurt twintig mensen aan en moet respectvol communiceren.",
    "hate": "Wij werken met collega's uit veel landen; discriminatie is onverenigbaar met "
    "leidinggeven aan een divers team.",
    "threat": "Bedreigingen raken de veiligheid van collega's en klanten.",
    "harassment": "Herhaald iemand lastigvallen past niet bij een leidinggevende rol.",
    "confidential": "De teamleider werkt met klantcontracten en planningen die vertrouwelijk zijn.",
    "drugs_crime": "De functie omvat heftruck- en veiligheidsverantwoordelijkheid; alleen ter "
    "verificatie in een gesprek, nooit als vaststaand feit.",
}


def pools(people: People) -> dict[str, list[dict]]:
    """Sector pools the employees' networks are drawn from (so their networks overlap)."""
    sizes = {"logistics": 520, "retail": 150, "it": 320, "finance": 80, "other": 260}
    return {s: [people.person(s) for _ in range(n)] for s, n in sizes.items()}


def draw(rng: random.Random, pool: dict[str, list[dict]], size: int, weights: dict) -> list[dict]:
    sectors = rng.choices(list(weights), list(weights.values()), k=size)
    chosen: dict[str, dict] = {}
    for sector in sectors:
        person = rng.choice(pool[sector])
        chosen.setdefault(person["url"], person)
    return list(chosen.values())


def build_org(rng: random.Random, people: People, pool: dict) -> tuple[list, list, dict]:
    staff = [
        people.person("logistics", ORG, e[2]) | {"first": e[0], "last": e[1]} for e in EMPLOYEES
    ]
    colleagues = [people.person("logistics", ORG) for _ in range(25)]
    manifest, networks = [], {}
    for me, (first, last, position, opt_in, size, weights) in zip(staff, EMPLOYEES, strict=True):
        rows = [p for p in staff if p is not me] + rng.sample(colleagues, 12)
        rows += draw(rng, pool, size - len(rows), weights)
        slug = f"{first}-{last}".lower().replace(" ", "-").replace("ı", "i")
        path = HERE / "org" / slug / "Connections.csv"
        write_connections(path, rows, rng, date.fromisoformat(opt_in))
        networks[slug] = rows
        manifest.append(
            {
                "name": f"{first} {last}",
                "position": position,
                "opt_in_at": opt_in,
                "profile_url": me["url"],
                "export": f"org/{slug}/Connections.csv",
            }
        )
    return staff, manifest, networks


def known_by_org(networks: dict, sector: str | None = None, member: str | None = None) -> list:
    seen: dict[str, dict] = {}
    for slug, rows in networks.items():
        if member and slug != member:
            continue
        for p in rows:
            if p["company"] != ORG and (sector is None or p["sector"] == sector):
                seen.setdefault(p["url"], p)
    return sorted(seen.values(), key=lambda p: p["url"])


def linkedin(folder, rng, connections, shares, comments, profile, positions) -> None:
    write_connections(folder / "Connections.csv", connections, rng, EXPORTED)
    write_shares(folder / "Shares.csv", shares, rng)
    write_comments(folder / "Comments.csv", comments, rng)
    write_profile(folder / "Profile.csv", profile, positions)


def daan(rng: random.Random, people: People, staff: list, networks: dict) -> dict:
    shared = rng.sample(known_by_org(networks, "logistics"), 52)
    shared += [staff[2], staff[3]]  # Pieter and Sophie know him from the Logistica fair
    others = [p for p in known_by_org(networks) if p not in shared and not p["hide_job"]]
    renamed = []
    accented = [p for p in others if not (p["first"] + p["last"]).isascii()]
    picks = accented[:1] + rng.sample([p for p in others if p not in accented[:1]], 7)
    for person, variant in zip(picks, VARIANTS, strict=True):
        first, last = variant(person["first"], person["last"])
        # no profile URL on these rows: only name and company can link them
        renamed.append(person | {"first": first, "last": last, "url": ""})
    postnl = [people.person("logistics", "PostNL") for _ in range(9)]
    rest = people.many(
        540 - len(shared) - len(renamed) - len(postnl),
        {"logistics": 60, "retail": 12, "it": 5, "finance": 5, "other": 18},
    )
    texts = list(T.DAAN_SHARES)
    for n in range(52):
        template = T.DAAN_SHARE_TEMPLATES[n % 3]
        texts.append(
            template.format(
                n=n + 1,
                topic=T.DAAN_TOPICS[n % 6],
                result=T.DAAN_RESULTS[(n * 5) % 6],
                event=T.DAAN_EVENTS[n % 7],
                closing=T.DAAN_CLOSINGS[n % 5],
                article=T.DAAN_ARTICLES[n % 5],
                code=f"d{n:02d}Xk{(n * 7) % 10}q",
            )
        )
    texts = list(dict.fromkeys(texts))
    shares = spread(rng, texts, date(2023, 1, 9), date(2026, 11, 6))
    shares += spread(rng, T.DAAN_TRAINS, date(2024, 2, 1), date(2026, 10, 1))
    comments = spread(rng, T.DAAN_COMMENTS, date(2023, 3, 1), date(2026, 11, 1))
    folder = HERE / "candidates" / "daan-visser" / "linkedin"
    profile = {
        "first": "Daan",
        "last": "Visser",
        "geo": "Tilburg, Noord-Brabant, Nederland",
        "headline": "Shiftleader warehouse | Lean green belt | Logistiek met mensen",
        "summary": "Tien jaar in de logistiek, van orderpicker tot shiftleader.\n"
        "Ik geloof in veilige, rustige en goed geplande operaties.",
        "industry": "Transportation, Logistics, Supply Chain and Storage",
    }
    positions = [
        {
            "company": "Brabant Distributie Groep",
            "title": "Shiftleader warehouse",
            "description": '- Leiding aan 2 ploegen (45 mensen)\n- "Veilig werken" programma',
            "location": "Waalwijk",
            "start": "Mar 2022",
        },
        {
            "company": "Kempen Warehousing",
            "title": "Teamleider inbound",
            "location": "Tilburg",
            "start": "Jan 2018",
            "end": "Feb 2022",
        },
        {
            "company": "DHL Supply Chain ",
            "title": "Orderpicker",
            "location": "Tilburg",
            "start": "Sep 2016",
            "end": "Dec 2017",
        },
    ]
    rows = shared + renamed + postnl + rest
    rng.shuffle(rows)
    linkedin(folder, rng, rows, shares, comments, profile, positions)
    return {
        "name": "Daan Visser",
        "email": "daan.visser@example.nl",
        "lang": "nl",
        "notice": {"at": "2026-11-04", "method": "email", "text": notice_nl("Daan")},
        "claims": ["500+ connecties", "netwerk in de logistiek", "kent mensen bij PostNL"],
        "exports": ["candidates/daan-visser/linkedin"],
        "story": "Sterk logistiek netwerk: veel gedeelde connecties met medewerkers, een deel "
        "alleen op naam te herkennen (accenten, MBA, voornaamwoorden, nieuwe profiel-URL). "
        "Professionele berichten en twee keer mopperen over de trein: geen bevindingen.",
        "expected": {
            "complaint_pattern_flagged": False,
            "must_have_categories": [],
            "must_not_have_categories": ["complaint", "insult", "hate", "threat"],
            "shared_by_url": len(shared),
            "shared_by_name_only": len(renamed),
            "claims": {
                "500+ connecties": "supported (540 connections)",
                "netwerk in de logistiek": "supported (half of them in "
                "logistics, dozens shared with employees)",
                "kent mensen bij PostNL": "supported (PostNL connections, some shared)",
            },
        },
    }


def notice_nl(first: str) -> str:
    return (
        f"Beste {first}, voor de functie Teamleider logistiek bekijken wij met jouw "
        "toestemming de gegevens die je zelf bij LinkedIn en X hebt gedownload. We kijken "
        "alleen naar functierelevante zaken (zie het screeningsprofiel), nooit naar "
        "religie, politiek, gezondheid, seksualiteit, afkomst of vakbondslidmaatschap. "
        "Een mens beoordeelt elke melding en je kunt op alles reageren. Wij bewaren de "
        "gegevens vier weken. Vragen? Mail hr@vanhoutenlogistiek.example."
    )


def main() -> None:
    rng = random.Random(SEED)
    for sub in ("org", "candidates"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
    people = People(rng)
    pool = pools(people)
    staff, employees, networks = build_org(rng, people, pool)
    from demo_story_more import emily, kevin

    candidates = [
        daan(rng, people, staff, networks),
        kevin(rng, people, networks),
        emily(rng, people, networks),
    ]
    demo = {
        "version": 1,
        "organisation": {"name": f"{ORG} B.V.", "city": "Tilburg", "sector": "logistics"},
        "vacancy": {
            "title": "Teamleider logistiek",
            "department": "Distributiecentrum Tilburg",
            "description": "Als teamleider stuur je twee ploegen van samen twintig "
            "logistiek medewerkers aan in ons distributiecentrum voor retailklanten. Je "
            "verdeelt het werk, bewaakt veiligheid en doorlooptijd en bent aanspreekpunt "
            "voor klanten en vervoerders.",
        },
        "profile": {
            "categories": list(REASONS),
            "reasons": REASONS,
            "platforms": ["linkedin", "x"],
            "lookback_years": 5,
            "min_shared": 5,
            "retention_weeks": 4,
        },
        "employees": employees,
        "candidates": candidates,
    }
    text = json.dumps(demo, indent=2, ensure_ascii=False) + "\n"
    (HERE / "demo.json").write_text(text, encoding="utf-8")
