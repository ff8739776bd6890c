"""The corpus texts rendered the ways municipalities publish them: PDF, Word, old encodings.

Each form is a function ``(source, directory) -> path`` that writes its rendering of a
corpus text into ``directory`` (``FORMS`` names them for ``make eval``). Nothing is stored:
the reports are read from ../shared/corpus and rendered at run time.

The text is first read back into its parts with the importer's own cleaner (headings,
paragraphs, list items with their markers, tab-separated table rows, the running header and
footer lines), and the parts are then laid out afresh:

* ``pdf-single``: A4, one justified and hyphenated column, the running header on every page
  and "Sida N av M" with the firm's copyright line in the footer, tables ruled;
* ``pdf-two-column``: the same in two balanced columns (a serif face), tables across both;
* ``pdf-tables-ruled`` / ``pdf-tables-unruled``: narrow tables whose header cells wrap
  ("Rekommenda-/tion"), whose rows break across pages under a repeated header row, drawn
  with every rule or with none at all (aligned text only);
* ``docx``: Word with real tables, heading styles and automatically numbered lists;
* ``pdf-libreoffice``: that Word file as LibreOffice prints it to PDF: a word processor's
  own line breaking, hyphenation, list indents and table layout rather than ours (only
  where ``soffice`` is installed; CI installs it);
* ``cp1252``: the text as Notepad saves it in Windows-1252 (what it cannot encode is "?");
* ``partly-scanned``: the single-column PDF with one page replaced by a 200 dpi picture of
  itself, without a text layer: the first page of the last board's response (headed
  YTTRANDE), else the last page; a one-page document (the real/ excerpts) stays digital.

The layout functions take a :class:`Layout`, so tests can vary fonts, margins, column gaps
and table styles over documents of their own.
"""

from __future__ import annotations

import functools
import io
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.eval.documents import Document, parse
from bench.eval.typeset import RULED, SINGLE, TWO_COLUMN, UNRULED, render_pdf
from bench.eval.word import render_docx
from bench.office import docx_to_pdf

_RESPONSE_PAGE = re.compile(r"^YTTRANDE\r?$", re.MULTILINE)


def scan_page(pdf: bytes, *, page: int | None = None, dpi: int = 200) -> tuple[bytes, int]:
    """``pdf`` with one page replaced by a picture of itself (no text layer), as a page
    printed, signed and scanned back in would be. Without ``page``, the first page of the
    last board's response (headed YTTRANDE), else the last page. Returns the new PDF and
    the 1-based page number."""
    import pypdfium2 as pdfium
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    document = pdfium.PdfDocument(pdf)
    if page is None:
        texts = [document[n].get_textpage().get_text_range() for n in range(len(document))]
        responses = [n + 1 for n, text in enumerate(texts) if _RESPONSE_PAGE.search(text)]
        page = responses[-1] if responses else len(texts)
    picture = document[page - 1].render(scale=dpi / 72, grayscale=True).to_pil()
    width, height = document[page - 1].get_size()
    document.close()
    scanned = FPDF(unit="pt", format=(width, height))
    scanned.add_page()
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    scanned.image(buffer, x=0, y=0, w=width, h=height)
    image_page = PdfReader(io.BytesIO(bytes(scanned.output()))).pages[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.insert_page(image_page, page - 1)
    writer.remove_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), page


def _read(source: Path) -> Document:
    return parse(source.read_text(encoding="utf-8"))


def _write(directory: Path, source: Path, suffix: str, data: bytes) -> Path:
    path = directory / f"{source.stem}{suffix}"
    path.write_bytes(data)
    return path


def pdf_single(source: Path, directory: Path) -> Path:
    return _write(directory, source, ".pdf", render_pdf(_read(source), SINGLE))


def pdf_two_column(source: Path, directory: Path) -> Path:
    return _write(directory, source, ".pdf", render_pdf(_read(source), TWO_COLUMN))


def pdf_tables_ruled(source: Path, directory: Path) -> Path:
    return _write(directory, source, ".pdf", render_pdf(_read(source), RULED))


def pdf_tables_unruled(source: Path, directory: Path) -> Path:
    return _write(directory, source, ".pdf", render_pdf(_read(source), UNRULED))


def docx(source: Path, directory: Path) -> Path:
    return _write(directory, source, ".docx", render_docx(_read(source)))


def pdf_libreoffice(source: Path, directory: Path) -> Path:
    return docx_to_pdf(docx(source, directory), directory, profile=_office_profile())


@functools.cache
def _office_profile() -> str:
    """A LibreOffice profile of this process's own: one soffice per profile runs at a time,
    and a fresh profile for every document would cost its set-up each time."""
    return tempfile.mkdtemp(prefix="revisorbot-eval-lo-")


def cp1252(source: Path, directory: Path) -> Path:
    text = source.read_text(encoding="utf-8").replace("\n", "\r\n")
    return _write(directory, source, ".txt", text.encode("cp1252", errors="replace"))


def partly_scanned(source: Path, directory: Path) -> Path:
    """The single-column PDF with one page scanned in; a one-page document (the real/
    excerpts) cannot be partly scanned and stays digital."""
    pdf = render_pdf(_read(source), SINGLE)
    if _page_count(pdf) > 1:
        pdf, _ = scan_page(pdf)
    return _write(directory, source, ".pdf", pdf)


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


FORMS: dict[str, Callable[[Path, Path], Path]] = {
    "pdf-single": pdf_single,
    "pdf-two-column": pdf_two_column,
    "pdf-tables-ruled": pdf_tables_ruled,
    "pdf-tables-unruled": pdf_tables_unruled,
    "docx": docx,
    "cp1252": cp1252,
    "partly-scanned": partly_scanned,
}
if shutil.which("soffice"):
    FORMS["pdf-libreoffice"] = pdf_libreoffice


__all__ = ["FORMS", "scan_page"]
