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
from tests.support.corpus import corpus_dir, corpus_reports, differences, normalised

pytestmark = pytest.mark.corpus


@pytest.mark.skipif(corpus_dir() is None, reason="no ../shared/corpus (or $REVISORBOT_CORPUS)")
@pytest.mark.parametrize("report", corpus_reports(), ids=lambda path: path.stem)
def test_the_report_extracts_exactly_as_expected(report: Path) -> None:
    expected = json.loads((report.parent.parent / "expected" / f"{report.stem}.json").read_text())

    got = extract_file(report).to_json_dict()

    found = differences(normalised(got), normalised(expected))
    assert not found, "\n".join(found)


@pytest.mark.skipif(corpus_dir() is None, reason="no ../shared/corpus (or $REVISORBOT_CORPUS)")
def test_the_corpus_has_the_five_seed_reports() -> None:
    assert len(corpus_reports()) == 5
