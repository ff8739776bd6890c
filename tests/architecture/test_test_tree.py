"""The test tree's own imports: bench/ never reaches into tests/, and no test module imports
another. What tests share lives in tests/support (helpers, fakes, the fixtures plugins) or the
top conftest, so moving or deleting a test module never breaks a different one."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = ("tests.conftest", "tests.support")


def _module(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(source: str, module: str, *, is_package: bool = False) -> list[tuple[str, int]]:
    """The modules ``source`` (the text of ``module``) imports, relative ones resolved, at any
    depth (an import inside a function counts), each with its line."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            imported = ".".join([*base, node.module] if node.module else base)
            if imported == "tests" or not node.module:
                # `from tests import support`, `from . import samples`: the names are modules.
                found += [(f"{imported}.{alias.name}", node.lineno) for alias in node.names]
            else:
                found.append((imported, node.lineno))
    return found


def _imports(path: Path) -> list[tuple[str, int]]:
    return _targets(
        path.read_text(encoding="utf-8"), _module(path), is_package=path.name == "__init__.py"
    )


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _unshared(imports: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The imports of test-tree modules other than the shared ones."""
    return [
        (imported, line)
        for imported, line in imports
        if _inside(imported, "tests") and not any(_inside(imported, s) for s in SHARED)
    ]


def _python_files(folder: str) -> list[Path]:
    return sorted(p for p in (REPO / folder).rglob("*.py") if "__pycache__" not in p.parts)


def test_bench_never_imports_the_tests() -> None:
    problems = [
        f"{path.relative_to(REPO)}:{line} imports {imported}"
        for path in _python_files("bench")
        for imported, line in _imports(path)
        if _inside(imported, "tests")
    ]
    assert not problems, "bench/ must stand without tests/ (move the helper into bench):\n" + (
        "\n".join(problems)
    )


def test_no_test_module_imports_another() -> None:
    problems = [
        f"{path.relative_to(REPO)}:{line} imports {imported}"
        for path in _python_files("tests")
        for imported, line in _unshared(_imports(path))
    ]
    assert not problems, (
        "only tests.conftest and tests.support may be imported; move what is shared there:\n"
        + "\n".join(problems)
    )


JUDGED = [  # (source, the module it is in, whether the check must object)
    ("from tests.reminders.test_engine import posts", "tests.a.test_b", True),
    ("from .test_engine import posts", "tests.reminders.test_corpus", True),
    ("from .conftest import corpus_dir", "tests.ingest.test_corpus", True),
    ("from . import samples", "tests.ingest.test_readers", True),
    ("def f():\n    from tests.ingest import samples", "tests.a.test_b", True),
    ("import tests.handlers.test_year", "tests.a.test_b", True),
    ("from tests import support", "tests.a.test_b", False),
    ("from tests.conftest import TEAM", "tests.a.test_b", False),
    ("from tests.support.reminders import posts", "tests.a.test_b", False),
    ("from ..support.blockkit import all_text", "tests.handlers.test_year", False),
    ("from bench.samples import NUMBERED_REPORT", "tests.a.test_b", False),
]


def test_the_check_judges_each_form_of_import() -> None:
    misjudged = [
        f"{module}: {source!r}"
        for source, module, objected in JUDGED
        if bool(_unshared(_targets(source, module))) is not objected
    ]
    assert not misjudged, "misjudged:\n" + "\n".join(misjudged)


def test_the_check_sees_the_imports_it_judges() -> None:
    imported = {name for name, _ in _imports(REPO / "tests" / "handlers" / "test_year.py")}
    assert "tests.support.slack_app" in imported
    bench = {name for path in _python_files("bench") for name, _ in _imports(path)}
    assert "bench.samples" in bench, "the check no longer reads bench's imports inside functions"
