"""Write the demo exports (fictional people) in the platforms' exact formats.

Deterministic: the same seed gives byte-identical files. Run from the project root::

    python screener/demo/data/make_demo.py

The output (``demo.json``, ``org/``, ``candidates/``) is committed next to this script;
``screener demo`` only reads it. See ``README.md`` in this folder for the story.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261123
sys.path.insert(0, str(HERE))

FIRST_M = (
    "Jan Pieter Kees Bram Daan Sem Lucas Thijs Ruud Henk Joost Martijn Sander Niels Bas Wouter "
    "Erik Rob Jeroen Stefan Dennis Mark Tim Tom Koen Jesse Lars Gijs Rik Frank Hans Arjan Marco "
    "René André José Jurriën Mehmet Mohamed Youssef Hamza Ahmet Emre Łukasz Piotr Tomasz Rajesh "
    "Vikram James Oliver Harry George Jack Liam Noah Ethan Daniel Michael David Chris Ryan Sean"
).split()
FIRST_F = (
    "Anouk Sophie Lotte Sanne Eva Emma Julia Fleur Iris Noor Femke Ilse Marieke Linda Esther "
    "Karin Ingrid Petra Anke Marloes Renée Zoë Chloë Inge Mirjam Fatima Samira Yasmina Elif "
    "Ayşe Zeynep Agnieszka Katarzyna Priya Anjali Emily Sarah Laura Rachel Hannah Olivia Grace "
    "Charlotte Jessica Amy Lucy Kate"
).split()
LAST = (
    "de Vries|Jansen|de Jong|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|"
    "Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|"
    "van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|"
    "de Bruijn|Schouten|van Beek|Willems|van Dijk|Hoekstra|Verhoeven|Koster|Prins|Huisman|Peeters|"
    "van Wijk|Kuipers|Veenstra|Kramer|van der Wal|Postma|Timmermans|Yılmaz|Yıldız|Öztürk|Kaya|"
    "El Amrani|Bouzid|El Idrissi|Benali|Kowalski|Nowak|Wiśniewska|Sharma|Patel|Singh|Smith|Jones|"
    "Williams|Brown|Taylor|Davies|Evans|Wilson|Thomas|Roberts|Walker|O'Brien|Murphy|Kelly"
).split("|")

# sector -> (weight in the general pool, companies, positions)
SECTORS = {
    "logistics": (
        34,
        "PostNL|DHL Supply Chain|DB Schenker|Kuehne+Nagel|DSV|Rhenus Logistics|Geodis|"
        "CEVA Logistics|"
        "Brabant Distributie Groep|Transportbedrijf Brouwer|De Haan Transport|Noordzee Cargo|"
        "Kempen Warehousing|Maasvlakte Forwarding",
        "Planner|Transportplanner|Warehouse manager|Teamleider expeditie|Shiftleader warehouse|"
        "Supply chain analist|Operations manager|Logistiek medewerker|Hoofd distributie|Inkoper|"
        "Customs specialist|Site manager|Fleet manager|Chauffeur CE|Logistics engineer|"
        "Key accountmanager logistiek|Teamleider inbound",
    ),
    "retail": (
        14,
        "Albert Heijn|Jumbo|HEMA|Action|Coolblue|bol|Kruidvat|Plus Retail|Praxis",
        "Filiaalmanager|Category manager|E-commerce specialist|Teamleider winkel|Store manager|"
        "Assortimentsmanager|Bedrijfsleider",
    ),
    "it": (
        22,
        "Centric|Ordina|Capgemini|Sogeti|Topicus|Exact|Adyen|Booking.com|ASML|Cloudwerk B.V.|"
        "Brainport Software|Datalab Eindhoven",
        "Software engineer|Data engineer|Scrum master|DevOps engineer|IT consultant|Product owner|"
        "Frontend developer|Test automation engineer|Solution architect|IT project manager|"
        "QA lead|Business analyst",
    ),
    "finance": (
        8,
        "Rabobank|ING|ABN AMRO|Van Lanschot|Achmea",
        "Accountmanager MKB|Risk analyst|Financial controller|Relatiebeheerder",
    ),
    "other": (
        22,
        "Gemeente Tilburg|Fontys Hogescholen|Randstad|Tempo-Team|Rijkswaterstaat|ROC Tilburg|"
        "Philips|Zuyderland|Heijmans|Vakantiehuis De Kempen",
        "Recruiter|Docent|Projectleider|Beleidsadviseur|HR-adviseur|Adviseur|Ondernemer|"
        "Consultant|Manager|Medewerker klantenservice",
    ),
}
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def ascii_slug(text: str) -> str:
    """A LinkedIn-style slug part: lower case, ASCII, hyphens.

    >>> ascii_slug("Mehmet Yıldız") + " " + ascii_slug("van der Linden")
    'mehmet-yildiz van-der-linden'
    """
    import unicodedata

    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in folded.lower()).split())


def csv_field(value: str) -> str:
    """One CSV field, quoted only when it must be (as LinkedIn writes them).

    >>> print(csv_field('Stripe, Inc.'), csv_field('a "b" c'), csv_field("plain"))
    "Stripe, Inc." "a ""b"" c" plain
    """
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(values: list[str]) -> str:
    return ",".join(csv_field(v) for v in values)


class People:
    """A deterministic pool of fictional people with LinkedIn profile URLs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.slugs: set[str] = set()

    def person(self, sector: str | None = None, company: str = "", position: str = "") -> dict:
        rng = self.rng
        if sector is None:
            sector = rng.choices(list(SECTORS), [v[0] for v in SECTORS.values()])[0]
        _, companies, positions = SECTORS[sector]
        first = rng.choice(FIRST_M + FIRST_F)
        last = rng.choice(LAST)
        while True:
            suffix = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 8, 9))))
            slug = f"{ascii_slug(first)}-{ascii_slug(last)}-{suffix}"
            if slug not in self.slugs:
                self.slugs.add(slug)
                break
        return {
            "first": first,
            "last": last,
            "url": f"https://www.linkedin.com/in/{slug}",
            "company": company or rng.choice(companies.split("|")),
            "position": position or rng.choice(positions.split("|")),
            "sector": sector,
            "hide_job": rng.random() < 0.12,  # LinkedIn leaves company/position empty
        }

    def many(self, count: int, weights: dict[str, float]) -> list[dict]:
        sectors = self.rng.choices(list(weights), list(weights.values()), k=count)
        return [self.person(s) for s in sectors]


def write_connections(path: Path, rows: list[dict], rng: random.Random, exported: date) -> None:
    """A 2024 ``Connections.csv``: Notes preamble, URL column, newest first, a few blanks."""
    start = date(2014, 1, 1)
    span = (exported - start).days
    dated = [(start + timedelta(days=rng.randrange(span)), r) for r in rows]
    dated += [(start + timedelta(days=rng.randrange(span)), None) for _ in range(rng.randint(2, 5))]
    dated.sort(key=lambda pair: pair[0], reverse=True)
    lines = [CONNECTIONS_HEADER]
    for when, row in dated:
        stamp = when.strftime("%d %b %Y")
        if row is None:  # a member who closed or hid their account
            lines.append(f",,,,,,{stamp}")
            continue
        email = row.get("email", "")
        company, position = row["company"], row["position"]
        if row.get("hide_job"):
            company = position = ""
        lines.append(
            csv_line([row["first"], row["last"], row["url"], email, company, position, stamp])
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PREAMBLE + "\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def linkedin_share_field(text: str) -> str:
    """ShareCommentary as LinkedIn writes it: every newline becomes quote, CRLF, quote.

    >>> linkedin_share_field("a\\nb") == '"a""\\r\\n""b"'
    True
    """
    value = text.replace("\n", '"\r\n"')
    return '"' + value.replace('"', '""') + '"'


def share_id(rng: random.Random, when: datetime) -> str:
    base = 7_000_000_000_000_000_000 + int(when.replace(tzinfo=UTC).timestamp()) * 1_000_000
    return str(base + rng.randrange(1_000_000))


def write_shares(path: Path, shares: list[tuple[datetime, str]], rng: random.Random) -> None:
    """A 2022+ ``Shares.csv`` (CRLF, newest first, the quote-newline-quote quirk)."""
    lines = ["Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility"]
    for when, text in sorted(shares, reverse=True):
        kind = rng.choice(("share", "share", "ugcPost", "activity"))
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3A{kind}%3A{share_id(rng, when)}"
        shared = ""
        if "https://lnkd.in/" in text:
            shared = "https://www.example.org/artikel/" + ascii_slug(text[:30])
        commentary = linkedin_share_field(text) if "\n" in text or '"' in text else csv_field(text)
        stamp = when.strftime("%Y-%m-%d %H:%M:%S")
        lines.append(f"{stamp},{link},{commentary},{shared},,MEMBER_NETWORK")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def write_comments(path: Path, comments: list[tuple[datetime, str]], rng: random.Random) -> None:
    """A 2024 ``Comments.csv`` (CRLF, RFC doubled quotes)."""
    lines = ["Date,Link,Message"]
    for when, text in sorted(comments, reverse=True):
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{share_id(rng, when)}"
        lines.append(f"{when:%Y-%m-%d %H:%M:%S},{link},{csv_field(text)}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def write_profile(path: Path, profile: dict, positions: list[dict]) -> None:
    """``Profile.csv`` (2022+ columns) and ``Positions.csv`` beside it."""
    header = (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers"
    )
    keys = (
        "first",
        "last",
        "",
        "",
        "",
        "headline",
        "summary",
        "industry",
        "",
        "geo",
        "twitter",
        "",
        "",
    )
    row = csv_line([profile.get(k, "") if k else "" for k in keys])
    path.write_text(header + "\n" + row + "\n", encoding="utf-8", newline="\n")
    lines = ["Company Name,Title,Description,Location,Started On,Finished On"]
    for p in positions:
        fields = [p["company"], p["title"], p.get("description", ""), p["location"]]
        lines.append(csv_line([*fields, p["start"], p.get("end", "")]))
    (path.parent / "Positions.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    from demo_story import main

    main()
