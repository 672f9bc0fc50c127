"""Accessibility basics on every HTML page each role can reach, with the demo loaded.

The pages are found by crawling the real app through the Flask test client from ``/``
(following links a user sees), once as a reviewer, an admin and a hiring manager.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

import screener
from screener.demo import load_demo
from screener.storage import open_db, users

PASSWORD = "accessibility test password"
SKIP_SUFFIXES = (".json", ".pdf", ".csv", ".svg", ".zip", ".png", ".js", ".css", ".txt")
SKIP_PARTS = ("/static/", "/logout", "/download", "/export")
LABELLED_ELSEWHERE = {"hidden", "submit", "button", "reset", "image"}
MAX_PAGES = 120


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory):
    """The demo loaded once, with a reviewer, an admin and the demo's hiring manager."""
    from conftest import make_app

    app = make_app(tmp_path_factory.mktemp("a11y"))
    db = open_db(app.config["DATABASE"])
    hashed = users.hash_password(PASSWORD)
    for role in ("reviewer", "admin"):
        users.create_user(db, f"a11y-{role}", hashed, role)
    reviewer = users.get_user_by_name(db, "a11y-reviewer")
    load_demo(db, app.config, user=reviewer)
    manager = next(
        db.query("SELECT u.id, u.username FROM users u JOIN vacancy_managers m ON m.user_id = u.id")
    )
    users.set_password(db, manager["id"], PASSWORD)
    db.close()
    return app, manager["username"]


def _crawl(client, start: str = "/") -> dict[str, BeautifulSoup]:
    """Every same-site HTML page reachable by links from ``start`` (one per path)."""
    seen_paths: set[str] = set()
    pages: dict[str, BeautifulSoup] = {}
    todo = [start]
    while todo and len(pages) < MAX_PAGES:
        url = todo.pop(0)
        parts = urlsplit(url)
        if parts.netloc or parts.path in seen_paths:
            continue
        seen_paths.add(parts.path)
        if parts.path.endswith(SKIP_SUFFIXES) or any(p in parts.path for p in SKIP_PARTS):
            continue
        response = client.get(url)
        if response.status_code != 200 or not response.mimetype == "text/html":
            continue
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        pages[url] = soup
        for link in soup.select("a[href]"):
            href = link["href"].split("#")[0]
            if href.startswith("/") and not href.startswith("//"):
                todo.append(href)
    return pages


def _problems(soup: BeautifulSoup) -> list[str]:
    """What is missing on one page, as readable sentences."""
    found = []
    html = soup.find("html")
    if html is None or not html.get("lang", "").strip():
        found.append("<html> has no lang")
    h1s = soup.find_all("h1")
    if len(h1s) != 1:
        found.append(f"{len(h1s)} <h1> elements")
    labelled = {label["for"] for label in soup.select("label[for]")}
    for control in soup.select("input, select, textarea"):
        if control.name == "input" and control.get("type", "text") in LABELLED_ELSEWHERE:
            continue
        if (
            control.get("id") in labelled
            or control.get("aria-label", "").strip()
            or control.get("aria-labelledby")
            or control.find_parent("label") is not None
        ):
            continue
        found.append(f"unlabelled {control.name} name={control.get('name')!r}")
    for button in soup.select("button, input[type=submit], input[type=button]"):
        text = button.get_text(" ", strip=True) if button.name == "button" else button.get("value")
        if not (text or button.get("aria-label", "").strip()):
            found.append(f"button without text: {button}")
    for img in soup.find_all("img"):
        if img.get("alt") is None:
            found.append(f"img without alt: {img.get('src')}")
    for svg in soup.find_all("svg"):
        if svg.find_parent("svg") is not None or svg.get("aria-hidden") == "true":
            continue
        if not (svg.find("title") or svg.get("aria-label") or svg.get("aria-labelledby")):
            found.append("svg without title or aria-label")
    for element in soup.select("[tabindex]"):
        if re.fullmatch(r"\s*[1-9]\d*\s*", element["tabindex"]):
            found.append(f"positive tabindex on <{element.name}>")
    if soup.select("[style]"):
        found.append("style= attribute (the CSP forbids it)")
    if any(not script.get("src") for script in soup.find_all("script")):
        found.append("inline <script> (the CSP forbids it)")
    return found


def _log_in(client, username: str) -> None:
    response = client.post("/auth/login", data={"username": username, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]


@pytest.mark.parametrize("role", ["reviewer", "admin", "hiring_manager"])
def test_accessibility_every_page_of_a_role(demo_app, role):
    app, manager = demo_app
    client = app.test_client()
    _log_in(client, manager if role == "hiring_manager" else f"a11y-{role}")
    pages = _crawl(client)
    expected = {
        "reviewer": [
            "/candidates/1",
            "/candidates/2/review",
            "/candidates/1/network",
            "/candidates/1/uploads/new",
            "/vacancies/1/profile",
            "/vacancies/new",
            "/uploads/1",
        ],
        "admin": ["/admin/users", "/admin/audit", "/org/", "/org/1", "/candidates/3/report"],
        "hiring_manager": ["/vacancies/1", "/vacancies/1/compare", "/candidates/2/report"],
    }[role]
    paths = {urlsplit(url).path for url in pages}
    assert set(expected) <= paths, sorted(paths)
    failures = {url: problems for url, soup in pages.items() if (problems := _problems(soup))}
    assert not failures, failures


def test_accessibility_error_pages(demo_app):
    app, manager = demo_app
    client = app.test_client()
    _log_in(client, manager)
    for url, status in (("/no/such/page", 404), ("/admin/users", 403), ("/candidates/1", 403)):
        response = client.get(url)
        assert response.status_code == status, url
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        assert _problems(soup) == [], url


def test_accessibility_login_page_anonymous(demo_app):
    app, _manager = demo_app
    soup = BeautifulSoup(app.test_client().get("/auth/login").get_data(as_text=True), "html.parser")
    assert _problems(soup) == []
    assert soup.select_one("input[name=password]")["type"] == "password"


def test_accessibility_checker_finds_problems():
    """The checks above can fail: a page with every mistake yields every complaint."""
    bad = BeautifulSoup(
        '<html><body><h1>a</h1><h1>b</h1><input name="q"><button></button>'
        '<img src="x.png"><svg></svg><a tabindex="2" style="color:red">x</a>'
        "<script>alert(1)</script></body></html>",
        "html.parser",
    )
    problems = " | ".join(_problems(bad))
    for expected in (
        "no lang",
        "2 <h1>",
        "unlabelled input",
        "button without text",
        "img without alt",
        "svg without",
        "positive tabindex",
        "style=",
        "inline <script>",
    ):
        assert expected in problems


STYLESHEET = Path(screener.__file__).parent / "static" / "style.css"
HEX = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")


def _luminance(colour: str) -> float:
    digits = colour[1:] if len(colour) == 7 else "".join(c * 2 for c in colour[1:])
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _colour_pairs(css: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every rule that sets both as hex or var()."""
    variables = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\b", css))

    def resolve(value: str) -> str | None:
        value = value.replace("!important", "").strip()
        if found := re.fullmatch(r"var\(--([\w-]+)\)", value):
            value = variables.get(found.group(1), "")
        return value if HEX.fullmatch(value) else None

    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        background = re.search(r"background(?:-color)?:\s*([^;]+)", body)
        colour = re.search(r"(?<![-\w])color:\s*([^;]+)", body)
        if background and colour:
            bg, fg = resolve(background.group(1)), resolve(colour.group(1))
            if bg and fg:
                pairs.append((selector.strip(), fg, bg))
    return pairs


def test_accessibility_stylesheet_contrast_is_aa():
    css = STYLESHEET.read_text(encoding="utf-8")
    pairs = _colour_pairs(css)
    assert len(pairs) >= 15  # badges, flashes, buttons, header
    variables = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\b", css))
    for text in ("ink", "muted", "accent", "bad", "ok", "warn"):
        for background in ("bg", "card"):
            pairs.append((f"--{text} on --{background}", variables[text], variables[background]))
    low = {sel: round(_contrast(fg, bg), 2) for sel, fg, bg in pairs if _contrast(fg, bg) < 4.5}
    assert not low, low


def test_accessibility_contrast_formula():
    assert round(_contrast("#000", "#fff"), 1) == 21.0
    assert round(_contrast("#777777", "#ffffff"), 2) == 4.48  # the classic just-too-light grey
    assert _colour_pairs(".x { background: #fff; color: #777; }") == [(".x", "#777", "#fff")]


def test_accessibility_stylesheet_is_our_own():
    css = STYLESHEET.read_text(encoding="utf-8")
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", css)
    assert "@media print" in css and ":focus-visible" in css
