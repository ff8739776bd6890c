"""Dependencies point one way: every import runs from a higher layer to a lower one (or within
one), so a newcomer can follow a command in one direction. The layers, lowest first, are the
README's map of the code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("ingest", "storage", "bot", "handlers")

LAYERS: list[tuple[str, ...]] = [
    ("ingest",),  # pure report parsing
    ("storage",),  # models, queries by question, edits; may read ingest's schema
    ("bot.core",),  # errors, clock, settings, i18n, the runtime and the request context
    # Pure functions: domain rules (matching, sub-commands, reminders, the calendar), and the
    # documents people take away (the follow-up matrix, the picture), which services write.
    ("bot.rules", "bot.files"),
    ("bot.services",),  # use cases; each owns its transaction
    ("bot.blocks",),  # Block Kit: pure functions of what services return
    ("bot.slack", "handlers"),  # Slack adapters and the thin listeners
    ("bot.app", "bot.cli", "bot.console", "bot.scheduler", "bot.demo", "bot"),  # composition
]


def _layer(module: str) -> int:
    best = None
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            inside = module == prefix or module.startswith(prefix + ".")
            if inside and (best is None or len(prefix) > best[1]):
                best = (index, len(prefix))
    assert best is not None, f"{module} is in no layer: add it to LAYERS and the README's map"
    return best[0]


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(REPO).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> list[tuple[str, int]]:
    """The project modules ``path`` imports, each with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name in modules and name.split(".")[0] in PACKAGES:
                found.append((name, node.lineno))
    return found


def _violations() -> list[str]:
    modules = _modules()
    problems = []
    for module, path in modules.items():
        own = _layer(module)
        for imported, line in _imports(path, modules):
            if imported == module:
                continue
            where = f"{path.relative_to(REPO)}:{line}"
            if _layer(imported) > own:
                problems.append(f"{where} {module} → {imported}")
            elif (
                imported.startswith("handlers") and module.startswith("bot") and module != "bot.app"
            ):
                problems.append(f"{where} only bot.app may import handlers")
    return problems


def test_no_import_runs_from_a_lower_layer_to_a_higher_one() -> None:
    problems = _violations()
    assert not problems, "imports against the layers:\n" + "\n".join(problems)


def test_ingest_stands_alone_and_storage_knows_nothing_of_bot() -> None:
    modules = _modules()
    for module, path in modules.items():
        top = module.split(".")[0]
        for imported, line in _imports(path, modules):
            if top == "ingest":
                assert imported.startswith("ingest"), f"{path}:{line} imports {imported}"
            if top == "storage":
                assert imported.split(".")[0] in {"storage", "ingest"}, f"{path}:{line} {imported}"


def test_only_the_app_and_handlers_know_slack_bolt() -> None:
    for module, path in _modules().items():
        if module == "bot.app" or module.startswith("handlers") or module.startswith("bot.console"):
            continue
        text = path.read_text(encoding="utf-8")
        assert "slack_bolt" not in text, f"{path} imports slack_bolt"


@pytest.mark.parametrize("module", ["bot.services.lookups", "handlers.commands"])
def test_the_check_sees_the_imports_it_judges(module: str) -> None:
    modules = _modules()
    assert _imports(modules[module], modules), "the import reader found nothing"
