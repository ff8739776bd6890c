"""The five seed reports as municipalities publish them (PDF in one and two columns, tables
ruled and unruled, Word, Windows-1252, a page scanned in) extract exactly as their text.

Each form is rendered from ../shared/corpus at run time by bench/eval/forms.py into a
temporary directory; nothing of the corpus is stored. The comparison is tests/support/corpus.py's:
every field of the expected schema, texts after collapsing whitespace, each action's
recommendation_index and clean cell texts included.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench.eval import forms
from bench.eval.documents import parse
from bench.eval.typeset import render_pdf
from ingest import extract_file
from ingest.ocr import ENVIRONMENT
from tests.support.corpus import corpus_dir, corpus_reports, differences, normalised

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(corpus_dir() is None, reason="no ../shared/corpus (or $REVISORBOT_CORPUS)"),
]

EXACT_FORMS = [
    "pdf-single",
    "pdf-two-column",
    "pdf-tables-ruled",
    "pdf-tables-unruled",
    "docx",
    "cp1252",
]
KNIVSTA = "003_3d467266c3c08858"  # the report with two boards' responses


def _expected(report: Path) -> dict:
    return json.loads((report.parent.parent / "expected" / f"{report.stem}.json").read_text())


def _differences_from_expected(path: Path, report: Path) -> list[str]:
    got = extract_file(path).to_json_dict()
    expected = _expected(report)
    assert got["source"] == path.name
    got["source"] = expected["source"]  # the rendering's file name, not the text's
    return differences(normalised(got), normalised(expected))


@pytest.mark.parametrize("form", EXACT_FORMS)
@pytest.mark.parametrize("report", corpus_reports(), ids=lambda path: path.stem[:3])
def test_each_form_of_each_report_extracts_exactly_as_expected(
    form: str, report: Path, tmp_path: Path
) -> None:
    rendered = forms.FORMS[form](report, tmp_path)

    differences = _differences_from_expected(rendered, report)

    assert not differences, "\n".join(differences)


def test_make_eval_scores_every_form() -> None:
    from bench.eval import available_forms

    # A word processor's own PDF where LibreOffice is installed (CI installs it).
    office = ["pdf-libreoffice"] if shutil.which("soffice") else []
    assert list(available_forms()) == ["text", *EXACT_FORMS, "partly-scanned", *office]


def _knivsta() -> Path:
    return next(path for path in corpus_reports() if path.stem == KNIVSTA)


@pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed (see .ci/run)"
)
def test_a_response_scanned_into_the_pdf_is_read_by_ocr_and_said_so(tmp_path: Path) -> None:
    report = _knivsta()
    scanned, page = forms.scan_page(render_pdf(parse(report.read_text())))
    path = tmp_path / f"{report.stem}.pdf"
    path.write_bytes(scanned)

    extraction = extract_file(path)

    assert [(w.code, w.pages) for w in extraction.warnings] == [("ocr_used", [page])]
    got = extraction.to_json_dict()
    got["source"] = f"{report.stem}.txt"
    found = differences(normalised(got), normalised(_expected(report)))
    assert not found, "\n".join(found)


def test_without_ocr_the_scanned_page_is_named_and_its_response_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "no-such-tesseract"))
    report = _knivsta()
    scanned, page = forms.scan_page(render_pdf(parse(report.read_text())))
    path = tmp_path / f"{report.stem}.pdf"
    path.write_bytes(scanned)

    extraction = extract_file(path)

    [warning] = extraction.warnings
    assert (warning.code, warning.pages) == ("ocr_unavailable", [page])
    # The scanned page held the socialnämnd's response: the import is incomplete without it.
    assert [response.body for response in extraction.responses] == ["Kommunstyrelsen"]
