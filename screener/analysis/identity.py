"""Who is who: one person key per connection, from a profile URL, a handle or a name.

Profile URLs and handles are the strongest signal; names are normalised (NFKC,
case-folded, accents folded, emoji, credentials and pronouns removed, Dutch particles
kept apart so "van der Berg" sorts under B). Matching between a candidate and the
organisation's employees lives in :mod:`screener.analysis.matching`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from urllib.parse import parse_qs, unquote, urlsplit

from ..records import Connection, Match, PersonKey

# Dutch (and a few neighbouring) surname particles. "'t" is what "van 't" leaves.
PARTICLES = frozenset(
    "van der den de het 't ten ter te op in 's d' la le du da di del della von zu vd v/d".split()
)
# Degrees, titles and certificates that people put in their LinkedIn name fields.
CREDENTIALS = frozenset(
    """
    mba emba phd msc bsc ir drs dr mr ing prof bc llm llb mpa msc. cpa cfa csm psm pmp
    ra rc re aa cisa cissp cism itil prince2 spc safe scrum kmsm mmc ceo cto cfo coo
    jr sr jr. sr. md mph rn frsa fcca acca mcips cscp cltd cpim cfe ms bba ba ma
    """.split()
)
# Titles written before the name ("ir. Jan", "drs. Petra"); dropped only in front.
PREFIX_TITLES = frozenset("ir drs dr mr ing prof mevr mevrouw dhr bc mrs miss".split())
# Two-letter credentials that are also surnames (Ma, Ba): only dropped after a comma.
_AMBIGUOUS = frozenset({"ma", "ba", "ms", "md", "re", "aa", "ra", "rc"})
PRONOUNS = re.compile(
    r"\b(?:he|she|they|hij|zij|ze|die|hen|hem|haar|hun|him|her|them|xe|hen)\s*/\s*"
    r"(?:him|her|them|his|hers|theirs|hem|haar|hun|hen|die|zij|ze|xem|they)\b"
    r"(?:\s*/\s*\w+)?"
)
_BRACKETS = re.compile(r"[(\[{][^)\]}]*[)\]}]?")
_SMALL_CAPS = str.maketrans(
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ",
    "abcdefghijklmnopqrstuvwyz",
)
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ß": "ss"})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPECIAL = re.compile("[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢøæœłđıßØÆŒŁĐ]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_LEGAL_FORMS = frozenset(
    "bv b.v. nv n.v. vof v.o.f. inc inc. ltd ltd. llc gmbh ag sa s.a. plc co co. corp corp. "
    "holding holdings group groep nederland netherlands nl international b v n".split()
)


def fold(text: str) -> str:
    """NFKC, case-fold and strip accents; for matching only, never for display.

    >>> fold("Ｊosé ÖZİL")
    'jose ozil'
    """
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        if _SPECIAL.search(text):  # str.translate is slow; most names need none of it
            text = text.translate(_SMALL_CAPS).translate(_FOLD)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
        if _SPECIAL.search(text):
            text = text.translate(_FOLD)
        return text
    return text.lower()


_SIMPLE = re.compile(r"[A-Za-z .-]+")
_NOT_NAME = re.compile(r"[^\w' .-]|_")


def _clean_tokens(name: str) -> list[str]:
    if _SIMPLE.fullmatch(name):  # the common case: plain ASCII letters, no symbols
        text = name.lower()
    else:
        text = fold(name)
        if "’" in text or "‘" in text or "`" in text or "´" in text:
            text = text.translate(_APOSTROPHES)
        if "(" in text or "[" in text or "{" in text:
            text = _BRACKETS.sub(" ", text)
        if "/" in text:
            text = PRONOUNS.sub(" ", text)
        if "," in text:
            head, _, tail = text.partition(",")
            if all(t.strip(".") in CREDENTIALS for t in tail.split()):
                text = head  # "Jansen, MBA" / "Jansen, MSc PhD"
            else:
                text = text.replace(",", " ")
        # Keep letters, digits, apostrophes and separators; emoji and symbols go.
        text = _NOT_NAME.sub(" ", text)
    if "-" in text:
        text = text.replace("-", " ")
    tokens = words = text.split()
    if "." in text or "'" in text or "vant" in text:  # otherwise every word stays as it is
        tokens = []
        for raw in words:
            if raw in ("'t", "'s"):
                tokens.append(raw)
            elif raw in ("van't", "vant"):
                tokens.extend(("van", "'t"))
            else:
                token = raw.replace(".", "").replace("'", "") if ("." in raw or "'" in raw) else raw
                if token:
                    tokens.append(token)
    while len(tokens) > 1 and tokens[0] in PREFIX_TITLES:
        tokens.pop(0)
    if len(tokens) > 2 and not CREDENTIALS.isdisjoint(tokens):
        kept = [t for t in tokens if t not in CREDENTIALS or t in _AMBIGUOUS]
        if len(kept) >= 2:
            tokens = kept
    while len(tokens) > 2 and tokens[-1] in CREDENTIALS:
        tokens.pop()
    return tokens


@lru_cache(maxsize=200_000)
def name_parts(name: str) -> tuple[str, str, str, str]:
    """Split a display name into normalised ``(full, first, particles, last)``.

    The surname keeps its particles apart, so "Jan van der Berg" sorts under "berg".

    >>> name_parts("Jan Van Der Berg (CSM®) ✅")
    ('jan van der berg', 'jan', 'van der', 'berg')
    >>> name_parts("ir. Petra ten Hove, MBA")
    ('petra ten hove', 'petra', 'ten', 'hove')
    >>> name_parts("")
    ('', '', '', '')
    """
    tokens = _clean_tokens(name) if name else []
    if not tokens:
        return "", "", "", ""
    first, rest = tokens[0], tokens[1:]
    if PARTICLES.isdisjoint(rest):  # the common case: the surname is the last word
        return " ".join(tokens), first, "", rest[-1] if rest else ""
    # The particles run from the first particle to the first word that is not one ("van der");
    # the surname is everything after them. Words between first name and particles (middle
    # names) are in the full name only.
    start = next(i for i, token in enumerate(rest) if token in PARTICLES)
    end = start + 1
    while end < len(rest) and rest[end] in PARTICLES:
        end += 1
    if end == len(rest):  # "Jan de" or a surname that is a particle
        end -= 1
    return " ".join(tokens), first, " ".join(rest[start:end]), " ".join(rest[end:])


def name_sort_key(name: str) -> tuple[str, str, str]:
    """Sort people Dutch-style: by surname without particles, then first name.

    >>> sorted(["Jan van der Berg", "Piet Aalbers", "Kees de Boer"], key=name_sort_key)
    ['Piet Aalbers', 'Jan van der Berg', 'Kees de Boer']
    """
    full, first, particles, last = name_parts(name)
    return last or full, first, particles


def normalize_name(name: str) -> str:
    """The full normalised name used for equality.

    >>> normalize_name("  JAN van 't HOF  (hij/hem)")
    "jan van 't hof"
    """
    return name_parts(name)[0]


@lru_cache(maxsize=100_000)
def normalize_company(company: str) -> str:
    """Company for comparison: folded, punctuation and legal forms (B.V., Inc.) removed.

    >>> normalize_company("PostNL B.V.")
    'postnl'
    >>> normalize_company("Stripe, Inc.")
    'stripe'
    """
    if not company:
        return ""
    text = re.sub(r"[^\w&.]+", " ", fold(company))
    words = [w for w in text.split() if w not in _LEGAL_FORMS]
    return " ".join(w.strip(".") for w in words).strip() or text.strip()


_LINKEDIN_HEADS = frozenset(
    f"{scheme}{www}" for scheme in ("https://", "http://", "") for www in ("www.", "")
)
_LINKEDIN_FAST = re.compile(
    r"(?:https?://)?(?:www\.|[a-z]{2}\.)?linkedin\.com/in/([^/?#\s]+)/?(?:[?#]\S*)?$", re.I
)
_MASTODON_PATH = re.compile(r"^/@([^/@]+)(?:@([^/]+))?/?$")


def normalize_url(url: str) -> tuple[str, str] | None:
    """Canonical ``(kind, value)`` for a profile URL, or None when it names nobody.

    LinkedIn becomes ``linkedin.com/in/<slug>``, x.com becomes twitter.com, Mastodon
    ``https://host/@user`` becomes the handle ``user@host``.

    >>> normalize_url("https://www.LinkedIn.com/in/Jan-de-Vries-12ab/?trk=x#top")
    ('url', 'linkedin.com/in/jan-de-vries-12ab')
    >>> normalize_url("https://x.com/Jan_NL")
    ('url', 'twitter.com/jan_nl')
    >>> normalize_url("https://mastodon.social/@jan")
    ('handle', 'jan@mastodon.social')
    >>> normalize_url("https://twitter.com/intent/user?user_id=42")
    ('url', 'twitter.com/i/user/42')
    """
    url = (url or "").strip()
    if not url:
        return None
    head, found, slug = url.partition("linkedin.com/in/")
    if found and head in _LINKEDIN_HEADS:  # the common case, as LinkedIn exports it
        slug = slug.rstrip("/")
        if (
            slug.isascii()
            and slug.isprintable()
            and "/" not in slug
            and "?" not in slug
            and "#" not in slug
            and "%" not in slug
            and " " not in slug
        ):
            return "url", "linkedin.com/in/" + slug.lower()  # cheaper than memoising
    return _normalize_url(url)


@lru_cache(maxsize=100_000)
def _normalize_url(url: str) -> tuple[str, str] | None:
    """:func:`normalize_url` for a stripped URL that is not a plain LinkedIn one (memoised)."""
    fast = _LINKEDIN_FAST.match(url)
    if fast:  # LinkedIn with a query, a fragment or a %-encoded slug
        slug = fast.group(1)
        slug = unquote(slug) if "%" in slug else slug
        return "url", "linkedin.com/in/" + (slug.lower() if slug.isascii() else fold(slug))
    if "://" not in url:
        url = "https://" + url.lstrip("/")
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed host ("http://[0]/in/x"): not a profile
        return None
    host = (parts.hostname or "").casefold()
    if host.startswith("www."):
        host = host[4:]
    elif host.startswith(("m.", "mobile.")):
        host = host.split(".", 1)[1]
    if not host or "." not in host:
        return None
    path = unquote(parts.path).rstrip("/")
    if host.endswith("linkedin.com"):
        host = "linkedin.com"
        segments = [s for s in path.split("/") if s]
        if len(segments) >= 2 and segments[0] in ("in", "pub", "profile"):
            return "url", f"linkedin.com/in/{fold(segments[1])}"
        return ("url", f"linkedin.com{fold(path)}") if path else None
    if host in ("x.com", "twitter.com"):
        if path.startswith("/intent/user") or path.startswith("/i/user"):
            user_id = parse_qs(parts.query).get("user_id", [""])[0] or path.rsplit("/", 1)[-1]
            return ("url", f"twitter.com/i/user/{user_id}") if user_id.isdigit() else None
        handle = path.strip("/").split("/")[0].lstrip("@").casefold()
        return ("url", f"twitter.com/{handle}") if handle else None
    if host == "instagram.com":
        segments = [s for s in path.split("/") if s and s != "_u"]
        return ("url", f"instagram.com/{segments[0].casefold()}") if segments else None
    found = _MASTODON_PATH.match(path)
    if found:
        user, user_host = found.group(1), found.group(2) or host
        return "handle", f"{user.casefold()}@{user_host.casefold()}"
    return ("url", f"{host}{path.casefold()}") if path else None


def normalize_handle(handle: str, platform: str = "") -> tuple[str, str] | None:
    """Canonical ``(kind, value)`` for a handle: ``user@host`` for the fediverse.

    >>> normalize_handle("@Jan@Mastodon.Social")
    ('handle', 'jan@mastodon.social')
    >>> normalize_handle("@Jan_NL", "x")
    ('url', 'twitter.com/jan_nl')
    """
    handle = (handle or "").strip().lstrip("@").casefold()
    if not handle:
        return None
    if "@" in handle:
        user, _, host = handle.partition("@")
        return ("handle", f"{user}@{host}") if user and host else None
    if platform in ("x", "twitter"):
        return "url", f"twitter.com/{handle}"
    if platform == "instagram":
        return "url", f"instagram.com/{handle}"
    return "handle", f"{platform}:{handle}"


def id_key(conn: Connection) -> tuple[str, str] | None:
    """The connection's profile URL or handle as a ``(kind, value)`` key, if it has one.

    >>> id_key(Connection("mastodon", "", handle="jan@mastodon.social"))
    ('handle', 'jan@mastodon.social')
    """
    return (normalize_url(conn.profile_url) if conn.profile_url else None) or (
        normalize_handle(conn.handle, conn.platform) if conn.handle else None
    )


@lru_cache(maxsize=100_000)
def person_key(conn: Connection) -> PersonKey:
    """One key per connection: profile URL first, then handle, then normalised name.

    >>> person_key(Connection("linkedin", "Jan de Vries", "https://www.linkedin.com/in/jdv")).value
    'linkedin.com/in/jdv'
    >>> person_key(Connection("facebook", "Jan de Vries")).kind
    'name'
    >>> person_key(Connection("linkedin", "  ")).kind
    'blank'
    """
    return key_of(id_key(conn), conn.name, conn.company)


def key_of(found: tuple[str, str] | None, name: str, company: str) -> PersonKey:
    """The person key of an ID (from :func:`id_key`, or None), a display name and a company.

    Not memoised itself (most rows name someone once); the name and company parts are.

    >>> key = key_of(None, "Jan de Vries, MBA", "PostNL B.V.")
    >>> key.kind, key.name, key.last, key.company
    ('name', 'jan de vries', 'vries', 'postnl')
    """
    return PersonKey(*key_fields(found, name, company))


def key_fields(
    found: tuple[str, str] | None, name: str, company: str
) -> tuple[str, str, str, str, str, str, str]:
    """:func:`key_of`'s fields as a plain tuple, in :class:`PersonKey`'s order.

    For indexes of many thousands of rows, where a tuple is much quicker to make.

    >>> key_fields(("url", "linkedin.com/in/jdv"), "Jan de Vries", "")
    ('url', 'linkedin.com/in/jdv', 'jan de vries', 'jan', 'vries', 'de', '')
    """
    if "@" in name and len(name.split()) == 1:  # a handle standing in for a name (Mastodon)
        name = ""
    full, first, particles, last = name_parts(name) if name else ("", "", "", "")
    company = normalize_company(company)
    if found:
        kind, value = found
    elif full:
        kind, value = "name", full
    else:
        kind, value = "blank", ""
    return kind, value, full, first, last, particles, company


def clear_caches() -> None:
    """Forget every memoised name, URL and key (they hold personal data; see analyse_network)."""
    for cached in (name_parts, normalize_company, _normalize_url, person_key):
        cached.cache_clear()


def match_connections(
    candidate: Sequence[Connection],
    employee_conns: Mapping[str, Sequence[Connection]],
    *,
    threshold: float = 90.0,
) -> list[Match]:
    """Match a candidate's connections against employees' (see :mod:`.matching`)."""
    from .matching import match_connections as _match

    return _match(candidate, employee_conns, threshold=threshold)
