"""Pages without a text layer: read by Tesseract's Swedish model, or named when they cannot be.

Tesseract is a program of its own (.ci/run installs it); REVISORBOT_TESSERACT says which.
Pointing it at a program that is not there, or at one without the Swedish model, shows
honestly what a machine without OCR does.
"""

from __future__ import annotations

import io
import shutil
import stat
from pathlib import Path

import pytest
from fpdf import FPDF

from bench.eval.forms import scan_page
from bench.eval.typeset import font_file
from ingest import UnreadableDocument, extract_file, read_document
from ingest.messages import describe_warning
from ingest.ocr import ENVIRONMENT
from tests.support import pdf_samples as samples

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed (see .ci/run)"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> bytes:
    """A single-column report of two pages written for these tests."""
    folder = tmp_path_factory.mktemp("ocr")
    return samples.write_report(folder / "parkering.pdf", samples.LOOKS[3]).read_bytes()


def _scanned(report: bytes, page: int, tmp_path: Path) -> Path:
    data, scanned = scan_page(report, page=page)
    assert scanned == page
    path = tmp_path / "inskannad.pdf"
    path.write_bytes(data)
    return path


@needs_tesseract
def test_a_scanned_first_page_is_read_by_ocr_and_said_so(report: bytes, tmp_path: Path) -> None:
    extraction = extract_file(_scanned(report, 1, tmp_path))

    assert [(w.code, w.pages) for w in extraction.warnings] == [("ocr_used", [1])]
    assert (
        describe_warning(extraction.warnings[0]) == "Sidan 1 lästes med OCR – kontrollera texten."
    )
    assert [r.text for r in extraction.recommendations] == [
        samples.plain(text) for text in samples.RECOMMENDATIONS
    ]
    assert extraction.purpose == samples.plain(samples.PURPOSE)


def test_without_tesseract_the_scanned_page_is_named_and_the_rest_is_read(
    report: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "no-such-program"))

    extraction = extract_file(_scanned(report, 1, tmp_path))

    [warning] = extraction.warnings
    assert (warning.code, warning.pages) == ("ocr_unavailable", [1])
    assert "Sidan 1" in describe_warning(warning)
    assert "incomplete" in describe_warning(warning, "en")
    assert extraction.recommendations == []  # they were on the scanned page
    assert "Intervjuerna visar" in read_document(_scanned(report, 1, tmp_path))


def test_a_tesseract_without_the_swedish_model_counts_as_no_ocr(
    report: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    english_only = tmp_path / "tesseract"
    english_only.write_text(
        '#!/bin/sh\necho "List of available languages (2):"\necho eng\necho osd\n'
    )
    english_only.chmod(english_only.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv(ENVIRONMENT, str(english_only))

    extraction = extract_file(_scanned(report, 1, tmp_path))

    assert [(w.code, w.pages) for w in extraction.warnings] == [("ocr_unavailable", [1])]


def test_a_wholly_scanned_pdf_without_ocr_has_no_text(
    report: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "no-such-program"))
    one_page, _ = scan_page(_first_page(report), page=1)
    path = tmp_path / "skannad.pdf"
    path.write_bytes(one_page)

    with pytest.raises(UnreadableDocument) as raised:
        read_document(path)

    assert raised.value.reason == "no_text"


@needs_tesseract
def test_a_picture_without_words_is_a_page_without_text(report: bytes, tmp_path: Path) -> None:
    path = tmp_path / "med-bild.pdf"
    path.write_bytes(_with_picture_page(report))

    extraction = extract_file(path)

    assert [(w.code, w.pages) for w in extraction.warnings] == [("page_without_text", [2])]
    assert extraction.title == samples.TITLE


def test_a_page_left_blank_is_no_warning(report: bytes, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report)))
    writer.insert_blank_page(index=1)
    path = tmp_path / "med-tom-sida.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    extraction = extract_file(path)

    assert extraction.warnings == []
    assert len(extraction.recommendations) == len(samples.RECOMMENDATIONS)


def _first_page(report: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(report)).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _with_picture_page(report: bytes) -> bytes:
    """``report`` with a page holding only a photograph-like picture (shapes, no letters)
    after its first page."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw
    from pypdf import PdfReader, PdfWriter

    picture = Image.new("L", (1200, 900), 235)
    draw = ImageDraw.Draw(picture)
    for n in range(12):
        draw.ellipse((60 + 80 * n, 100 + 40 * n, 300 + 70 * n, 400 + 30 * n), fill=40 + 15 * n)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    page = FPDF(format="A4")
    page.add_page()
    page.image(buffer, x=20, y=40, w=170)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report)))
    writer.insert_page(PdfReader(io.BytesIO(bytes(page.output()))).pages[0], 1)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@needs_tesseract
def test_a_scanned_page_with_a_stamped_page_number_is_still_read_by_ocr(
    report: bytes, tmp_path: Path
) -> None:
    from pypdf import PdfReader, PdfWriter

    scanned, _ = scan_page(report, page=1)
    stamp = FPDF(format="A4")
    stamp.add_font("body", fname=str(font_file("DejaVuSans")))
    stamp.set_font("body", size=8)
    stamp.add_page()
    stamp.set_y(-12)
    stamp.cell(0, 4, "Sida 1 av 2", align="C")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(scanned)))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(bytes(stamp.output()))).pages[0])
    path = tmp_path / "stamplad.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    extraction = extract_file(path)

    assert [(w.code, w.pages) for w in extraction.warnings] == [("ocr_used", [1])]
    assert len(extraction.recommendations) == len(samples.RECOMMENDATIONS)
