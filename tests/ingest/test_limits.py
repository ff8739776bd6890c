"""What one import may cost: linear reading, and files beyond a document's size refused or cut."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from bench.eval.typeset import font_file
from bench.samples import write_response_docx
from ingest import UnreadableDocument, extract_text, read_document
from ingest.cleaning import clean
from ingest.limits import MAX_CHARACTERS, MAX_DOCX_PARAGRAPHS, MAX_PAGES
from ingest.readers import read_content

_WORDS = [
    "nämnden",
    "bör",
    "säkerställa",
    "att",
    "uppföljningen",
    "av",
    "verksamheten",
    "sker",
    "löpande",
]


def _one_long_paragraph(characters: int, width: int) -> str:
    """Running text wrapped at ``width`` with no paragraph break: one block of many lines."""
    lines: list[str] = []
    line: list[str] = []
    size = 0
    index = 0
    while size < characters:
        line.append(_WORDS[index % len(_WORDS)])
        index += 1
        if len(" ".join(line)) >= width:
            lines.append(" ".join(line))
            size += len(lines[-1]) + 1
            line = []
    return "\n".join(lines)


# The guard is minutes above what linear reading needs (about a second here) and hours
# below what joining into one growing string cost: 160 KB took 76 s, this is 1.5 MB.
@pytest.mark.timeout(120)
def test_a_paragraph_of_many_short_lines_is_read_in_linear_time() -> None:
    text = _one_long_paragraph(1_500_000, width=24)

    blocks = clean(text).blocks

    assert len(blocks) == 1
    assert blocks[0].lines == text.count("\n") + 1
    assert blocks[0].text == " ".join(text.split())


@pytest.mark.timeout(120)
def test_a_long_report_extracts_in_linear_time() -> None:
    paragraph = _one_long_paragraph(4_000, width=70)
    text = "\n\n".join(["Vi rekommenderar kommunstyrelsen att:", paragraph] * 80)

    extraction = extract_text(text, source="lang.txt")

    assert extraction.source == "lang.txt"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_text_file_that_links_to_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "rapport.txt"
    link.symlink_to("/dev/zero")

    with pytest.raises(UnreadableDocument) as raised:
        read_document(link)

    assert raised.value.reason == "no_access"


def test_a_word_file_of_millions_of_empty_paragraphs_is_refused_before_parsing(
    tmp_path: Path,
) -> None:
    whole = write_response_docx(tmp_path / "hel.docx").read_bytes()
    stuffed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(whole)) as source,
        zipfile.ZipFile(stuffed, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * 3_000_000)
            target.writestr(item.filename, data)
    assert len(stuffed.getvalue()) < 400_000  # it packs to next to nothing

    with pytest.raises(UnreadableDocument) as raised:
        read_content(stuffed.getvalue(), "fyllnad.docx")

    assert raised.value.reason == "too_complex"
    assert MAX_DOCX_PARAGRAPHS < 3_000_000


def test_text_beyond_what_one_import_may_read_is_cut_with_a_warning() -> None:
    line = "Nämnden har följt upp arbetet med internkontroll under året.\n"
    data = (line * (MAX_CHARACTERS // len(line) + 100)).encode()

    reading = read_content(data, "enorm.txt")

    assert len(reading.text) <= MAX_CHARACTERS
    assert reading.text.endswith("under året.")
    assert [warning.code for warning in reading.warnings] == ["truncated"]


def test_pages_beyond_what_one_import_may_read_are_left_with_a_warning() -> None:
    pdf = FPDF()
    pdf.add_font("body", fname=str(font_file("DejaVuSans")))
    pdf.set_font("body", size=11)
    for number in range(1, MAX_PAGES + 6):
        pdf.add_page()
        pdf.set_y(120)
        pdf.cell(0, 10, f"Ärende {number} gäller ett bygglov som beviljades utan grannehöring.")

    reading = read_content(bytes(pdf.output()), "bilagor.pdf")

    assert reading.text.count("\f") == MAX_PAGES - 1
    assert f"Ärende {MAX_PAGES} gäller" in reading.text
    assert [(w.code, w.detail) for w in reading.warnings] == [
        ("truncated", f"{MAX_PAGES} of {MAX_PAGES + 5} pages read")
    ]
