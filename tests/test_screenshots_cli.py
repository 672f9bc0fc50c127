"""``screener screenshots`` is registered and fails with one clear line without a browser."""

from __future__ import annotations

import sys

from click.testing import CliRunner

from screener.commands import COMMANDS, screenshots


def test_screenshots_command_is_registered():
    assert "screenshots" in {command.name for command in COMMANDS}


def test_screenshots_without_chromium_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(screenshots, "CHROMIUM", str(tmp_path / "no-chromium"))
    result = CliRunner().invoke(screenshots.screenshots_command, ["--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "no-chromium is missing" in lines[0], result.output
    assert not (tmp_path / "o").exists()


def test_screenshots_without_playwright_says_so(monkeypatch, tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("")
    monkeypatch.setattr(screenshots, "CHROMIUM", str(fake))
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # import fails
    result = CliRunner().invoke(screenshots.screenshots_command, ["--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Playwright for Python is missing" in lines[0], result.output
