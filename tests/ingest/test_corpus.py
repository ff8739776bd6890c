"""Acceptance: every seed report extracts exactly as its hand-checked expected/<stem>.json.

Every field of the expected schema counts except ``notes``; fields the importer gives beyond
that schema (passages, warnings, each question's assessment text) are compared elsewhere.
Texts are compared after collapsing whitespace. The corpus is read at run time and never
copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest import extract_file
from tests.support.corpus import corpus_dir, corpus_reports

pytestmark = pytest.mark.corpus


def _normalised(value):
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items() if key != "notes"}
    return value


# Beyond ../shared/corpus/expected/README.md's schema: not in the expected files.
_BEYOND_SCHEMA = {"passages", "warnings", "assessment_text"}


def _differences(got, expected, path: str = "") -> list[str]:
    if isinstance(got, dict) and isinstance(expected, dict):
        return [
            difference
            for key in sorted((set(got) - _BEYOND_SCHEMA) | set(expected))
            for difference in _differences(
                got.get(key, "<missing>"), expected.get(key, "<missing>"), f"{path}.{key}"
            )
        ]
    if isinstance(got, list) and isinstance(expected, list):
        found = (
            []
            if len(got) == len(expected)
            else [f"{path}: {len(got)} items, expected {len(expected)}"]
        )
        for index, (left, right) in enumerate(zip(got, expected, strict=False)):
            found += _differences(left, right, f"{path}[{index}]")
        return found
    return [] if got == expected else [f"{path}: got {got!r}, expected {expected!r}"]


@pytest.mark.skipif(corpus_dir() is None, reason="no ../shared/corpus (or $REVISORBOT_CORPUS)")
@pytest.mark.parametrize("report", corpus_reports(), ids=lambda path: path.stem)
def test_the_report_extracts_exactly_as_expected(report: Path) -> None:
    expected = json.loads((report.parent.parent / "expected" / f"{report.stem}.json").read_text())

    got = extract_file(report).to_json_dict()

    differences = _differences(_normalised(got), _normalised(expected))
    assert not differences, "\n".join(differences)


@pytest.mark.skipif(corpus_dir() is None, reason="no ../shared/corpus (or $REVISORBOT_CORPUS)")
def test_the_corpus_has_the_five_seed_reports() -> None:
    assert len(corpus_reports()) == 5
