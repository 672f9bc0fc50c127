"""The import rules of ARCHITECTURE.md: the core never imports Flask, layers point one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "screener"
WEB_ONLY = {"flask", "flask_wtf", "werkzeug", "wtforms"}

# module prefix -> screener modules it may import (besides records, errors)
ALLOWED = {
    "ingest": {"ingest"},
    "analysis": {"analysis"},
    "storage": {"storage"},
    "audit": {"storage", "audit"},
    "settings": set(),
    "screening": {"ingest", "analysis", "storage", "audit", "settings"},
    "retention": {"ingest", "analysis", "storage", "audit", "settings", "screening"},
    "reports": {
        "reports",
        "storage",
        "audit",
        "analysis",
        "catalogue",
        "posttext",
        "settings",
        "labels",
    },
    "labels": {"posttext"},
    "catalogue": set(),
    "posttext": set(),
    "jobs": {"screening", "settings", "storage", "retention"},
    "demo": {"ingest", "analysis", "storage", "audit", "settings", "screening", "demo"},
}


def _screener_imports(path: Path) -> tuple[set[str], set[str]]:
    tree = ast.parse(path.read_text())
    module_parts = path.relative_to(PACKAGE).with_suffix("").parts
    internal, external = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top == "screener":
                    internal.add(alias.name.split(".")[1])
                else:
                    external.add(top)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(module_parts[: len(module_parts) - node.level])
                if path.name == "__init__.py":
                    base = list(module_parts[: len(module_parts) - node.level + 1])
                target = base + (node.module.split(".") if node.module else [])
                if target:
                    internal.add(target[0])
                else:
                    internal.update(alias.name for alias in node.names)
            elif node.module and node.module.split(".")[0] == "screener":
                parts = node.module.split(".")
                internal.add(parts[1] if len(parts) > 1 else node.names[0].name)
            elif node.module:
                external.add(node.module.split(".")[0])
    return internal, external


CORE_FILES = [
    p
    for p in sorted(PACKAGE.rglob("*.py"))
    if p.relative_to(PACKAGE).parts[0].removesuffix(".py") in ALLOWED
]


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_respects_import_rules(path):
    layer = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    internal, external = _screener_imports(path)
    assert not (external & WEB_ONLY), f"{path} imports {external & WEB_ONLY}"
    forbidden = internal - ALLOWED[layer] - {"records", "errors", "__version__", layer}
    assert not forbidden, f"{path} ({layer}) imports {forbidden}"


def test_records_and_errors_import_nothing_from_screener():
    for name in ("records.py", "errors.py"):
        internal, _ = _screener_imports(PACKAGE / name)
        assert internal <= {"errors", "records"} - {name.removesuffix(".py")}
