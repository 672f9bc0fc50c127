"""Identity resolution: one key per person however the name or URL is written."""

from __future__ import annotations

import pytest

from screener.analysis.identity import (
    name_parts,
    normalize_company,
    normalize_url,
    person_key,
)
from screener.analysis.matching import match_connections
from screener.records import Connection

# The same person written ten ways: one normalised name.
SAME_PERSON = [
    "Jan van der Berg",
    "Jan Van Der Berg",
    "JAN VAN DER BERG",
    "jan van der berg MBA",
    "Jan van der Berg (hij/hem)",
    "ir. Jan van der Berg",
    "Jan van der Berg, MSc",
    "Ján van der Bérg ✅",
    "Jan van der Berg (CSM®)",
    "𝐉𝐚𝐧 van der Berg",
    "drs. Jan van der Berg PhD",
    "  Jan   van der  Berg  ",
]

# Ten different people who look alike: ten different names.
LOOKALIKES = [
    "Jan van der Berg",
    "Jan van den Berg",
    "Jan Berg",
    "Jan van Berg",
    "Jans van der Berg",
    "Jan van der Bergh",
    "Jan-Willem van der Berg",
    "Jan van der Berg-Smit",
    "Jaap van der Berg",
    "Jan de Berg",
]


@pytest.mark.parametrize("written", SAME_PERSON)
def test_name_parts_same_person_one_key(written):
    assert name_parts(written) == ("jan van der berg", "jan", "van der", "berg")


def test_name_parts_lookalikes_stay_apart():
    keys = {name_parts(name)[0] for name in LOOKALIKES}
    assert len(keys) == len(LOOKALIKES)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Jan van 't Hof", ("jan van 't hof", "jan", "van 't", "hof")),
        ("Jan van't Hof", ("jan van 't hof", "jan", "van 't", "hof")),
        ("Petra ten Hove", ("petra ten hove", "petra", "ten", "hove")),
        ("Sanne de Vries (zij/haar)", ("sanne de vries", "sanne", "de", "vries")),
        ("Priyanka ,Bose", ("priyanka bose", "priyanka", "", "bose")),
        ("sʜᴜʙʜᴀᴍ Singh Poonia✅", ("shubham singh poonia", "shubham", "", "poonia")),
        ("Ma Long", ("ma long", "ma", "", "long")),  # "Ma" is a surname, not a degree here
        ("J. van der Berg", ("j van der berg", "j", "van der", "berg")),
        ("🚀🚀", ("", "", "", "")),
    ],
)
def test_name_parts_particles_credentials_and_symbols(written, expected):
    assert name_parts(written) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.linkedin.com/in/jan-de-vries", ("url", "linkedin.com/in/jan-de-vries")),
        ("https://www.LinkedIn.com/in/Jan-De-Vries/", ("url", "linkedin.com/in/jan-de-vries")),
        ("http://nl.linkedin.com/in/jan-de-vries?trk=x", ("url", "linkedin.com/in/jan-de-vries")),
        ("linkedin.com/in/jan-de-vries#about", ("url", "linkedin.com/in/jan-de-vries")),
        (
            "https://www.linkedin.com/in/harika-sezgin-lalo%C4%9Flu-2822536",
            ("url", "linkedin.com/in/harika-sezgin-laloglu-2822536"),
        ),
        (
            "www.linkedin.com/in/harika-sezgin-laloğlu-2822536",
            ("url", "linkedin.com/in/harika-sezgin-laloglu-2822536"),
        ),
        ("https://x.com/JanNL", ("url", "twitter.com/jannl")),
        ("https://mobile.twitter.com/jannl/", ("url", "twitter.com/jannl")),
        ("https://twitter.com/intent/user?user_id=123", ("url", "twitter.com/i/user/123")),
        ("https://mastodon.social/@Jan", ("handle", "jan@mastodon.social")),
        ("https://mastodon.social/@jan@eupolicy.social", ("handle", "jan@eupolicy.social")),
        ("https://www.instagram.com/_u/jan.nl", ("url", "instagram.com/jan.nl")),
        ("", None),
        ("not a url", None),
        ("http://[0]/in/jan", None),  # urlsplit rejects the bracketed host: names nobody
        ("https://[::1/in/jan", None),
    ],
)
def test_normalize_url_cases(url, expected):
    assert normalize_url(url) == expected


def test_intent_links_of_different_users_stay_different():
    # Dropping the query must not merge every X follower into one person.
    a = normalize_url("https://twitter.com/intent/user?user_id=1")
    b = normalize_url("https://twitter.com/intent/user?user_id=2")
    assert a != b


def test_person_key_mastodon_handle_equals_profile_url():
    by_handle = person_key(Connection("mastodon", "", handle="Jan@Mastodon.Social"))
    by_url = person_key(Connection("mastodon", "Jan", profile_url="https://mastodon.social/@jan"))
    assert (
        (by_handle.kind, by_handle.value)
        == (by_url.kind, by_url.value)
        == (
            "handle",
            "jan@mastodon.social",
        )
    )


def test_person_key_blank_row_is_blank():
    assert person_key(Connection("linkedin", "")).kind == "blank"
    assert person_key(Connection("linkedin", " ✅ ")).kind == "blank"


@pytest.mark.parametrize(
    ("a", "b"),
    [("PostNL", "PostNL B.V."), ("Rabobank", "Rabobank Nederland"), ("Stripe", "Stripe, Inc.")],
)
def test_normalize_company_drops_legal_forms(a, b):
    assert normalize_company(a) == normalize_company(b)


def _li(name, url=None, company=""):
    return Connection("linkedin", name, profile_url=url, company=company)


@pytest.mark.parametrize(
    ("candidate", "employee", "kind"),
    [
        (
            _li("Jan", "https://linkedin.com/in/jdv"),
            _li("X", "https://www.linkedin.com/in/JDV/"),
            "exact",
        ),
        (
            _li("Jan van der Berg", company="PostNL"),
            _li("Jan Van Der Berg", company="PostNL B.V."),
            "strong",
        ),
        (
            _li("J. van der Berg", company="PostNL"),
            _li("Jan van der Berg", company="PostNL"),
            "strong",
        ),
        (_li("Jan van der Berg"), _li("Jan van der Berg"), "fuzzy"),  # name only
        (
            _li("Jan van der Berg", company="PostNL"),
            _li("Jan van der Bergh", company="DHL"),
            "fuzzy",
        ),
        # An initial without a second signal is no match at all.
        (_li("J. van der Berg"), _li("Jan van der Berg"), None),
        # Two different LinkedIn profiles are two people, even with the same name and company.
        (
            _li("Jan van der Berg", "https://linkedin.com/in/a", "PostNL"),
            _li("Jan van der Berg", "https://linkedin.com/in/b", "PostNL"),
            None,
        ),
        (
            _li("Jan van der Berg", company="PostNL"),
            _li("Piet van der Berg", company="PostNL"),
            None,
        ),
        (_li(""), _li(""), None),
    ],
)
def test_match_connections_kinds(candidate, employee, kind):
    matches = match_connections([candidate], {"Eva": [employee]})
    assert [m.kind for m in matches] == ([kind] if kind else [])


def test_match_connections_large_fuzzy_block_scores_like_token_sort_ratio():
    """A block of more than 64 name pairs: every name-only pair at 90 or more, exact scores."""
    from rapidfuzz import fuzz

    firsts = ["Jan", "Janne", "Jannes", "Janneke", "Jantje", "Jasper", "Jaap", "Jacob", "Jade"]
    candidate = [_li(f"{first} Jansen") for first in firsts] + [_li("Jan-Willem Jansen")]
    org = {
        "Eva": [_li(f"{first} Janssen") for first in firsts] + [_li("Jan Willem Jansen")],
        "Piet": [_li(f"{first} {last}") for first in firsts[::2] for last in ("Jansen", "Jansens")],
    }
    matches = match_connections(candidate, org)

    def norm(conn: Connection) -> str:
        return name_parts(conn.name)[0]

    expected = {}
    for conn in candidate:
        best = {}
        for employee, conns in org.items():
            scores = [fuzz.token_sort_ratio(norm(conn), norm(other)) for other in conns]
            if max(scores) >= 90:
                best[employee] = max(scores)
        if best:
            expected[conn.name] = (tuple(sorted(best)), max(best.values()))
    assert len(candidate) * len(org["Eva"]) > 64
    assert {m.candidate.name: (tuple(e for e, _ in m.org), m.score) for m in matches} == expected
    assert {m.kind for m in matches} == {"fuzzy"}
