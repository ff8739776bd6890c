"""Read a .pdf, .docx, .txt or .md file into plain text, or say precisely why not.

PDF text comes from pypdf: it reads a page several times faster than pdfplumber and keeps
the reading order of running text. A page whose text holds an action table (its headers
"Åtgärd" and "Tidsplan" or "Ansvarig") is read again with pdfplumber, whose table finder
keeps each cell whole, and its rows are written as tab-separated lines in place; only those
pages pay for the slower reader. Pages are separated by form feeds, so cleaning can see
the running header and footer of each page.

Word files are read with python-docx in document order: paragraphs as lines, each table row
as one tab-separated line (a cell's paragraphs joined by spaces).
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

from ingest.errors import UnreadableDocument

logger = logging.getLogger(__name__)

MAX_BYTES = 100 * 1024 * 1024
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
_ACTION_TABLE_HINT = re.compile(r"\båtgärd", re.IGNORECASE)
_ACTION_TABLE_COLUMNS = re.compile(r"\btids?plan\b|\bansvarig\b", re.IGNORECASE)


def read_document(path: Path) -> str:
    """The text of ``path``; raises UnreadableDocument with a reason code when it has none."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.casefold()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocument("unsupported_type", name, f"suffix {suffix or '(none)'}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableDocument("too_large", name, f"{size} bytes")
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UnreadableDocument("not_found", name, str(error)) from error
    except OSError as error:  # a directory, no permission, a vanished network share
        raise UnreadableDocument("no_access", name, str(error)) from error
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> str:
    """The text of a file's content ``data`` (a Slack upload, say); ``name`` gives its type."""
    suffix = Path(name).suffix.casefold()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocument("unsupported_type", name, f"suffix {suffix or '(none)'}")
    if len(data) > MAX_BYTES:
        raise UnreadableDocument("too_large", name, f"{len(data)} bytes")
    if not data.strip():
        raise UnreadableDocument("empty", name)
    if suffix == ".pdf":
        text = read_pdf(data, name)
    elif suffix == ".docx":
        text = read_docx(data, name)
    else:
        text = read_plain_text(data, name)
    if not text.strip():
        raise UnreadableDocument("no_text" if suffix == ".pdf" else "empty", name)
    return text


def read_plain_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:4096] or data.startswith((b"%PDF", b"PK\x03\x04")):
        raise UnreadableDocument("binary", name, "NUL bytes or a binary signature")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample and control / len(sample) > 0.02:
        raise UnreadableDocument("binary", name, f"{control} control characters in the start")
    return text


def read_pdf(data: bytes, name: str) -> str:
    from pypdf import PdfReader

    if b"%PDF" not in data[:1024]:
        raise UnreadableDocument("broken_pdf", name, "no %PDF header")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as error:  # pypdf raises several types for unknown ciphers
                raise UnreadableDocument("encrypted", name, str(error)) from error
            if not opened:
                raise UnreadableDocument("encrypted", name, "a password is needed")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except Exception as error:  # a damaged file fails deep inside pypdf in many ways
        raise UnreadableDocument("broken_pdf", name, f"{type(error).__name__}: {error}") from error
    table_pages = [
        n
        for n, text in enumerate(pages)
        if _ACTION_TABLE_HINT.search(text) and _ACTION_TABLE_COLUMNS.search(text)
    ]
    if table_pages:
        try:
            pages = _with_tables(data, pages, table_pages)
        except Exception:  # pypdf read the page already; its text is the fallback
            logger.warning("%s: pdfplumber could not read the table pages", name, exc_info=True)
    return "\f".join(pages)


def _with_tables(data: bytes, pages: list[str], numbers: list[int]) -> list[str]:
    """Re-read the pages that hold tables with pdfplumber, writing rows as tab-separated lines."""
    import pdfplumber

    pages = list(pages)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in numbers:
            page = pdf.pages[number]
            tables = page.find_tables()
            if not tables:
                continue
            boxes = [table.bbox for table in tables]

            def outside(obj, boxes=boxes) -> bool:
                return not any(
                    x0 <= obj["x0"]
                    and obj["x1"] <= x1
                    and top <= obj["top"]
                    and obj["bottom"] <= bottom
                    for x0, top, x1, bottom in boxes
                )

            pieces: list[tuple[float, str]] = []
            for line in page.filter(outside).extract_text_lines():
                pieces.append((line["top"], line["text"]))
            for table in tables:
                for offset, row in enumerate(table.extract()):
                    cells = [" ".join((cell or "").split()) for cell in row]
                    pieces.append((table.bbox[1] + offset * 0.01, "\t".join(cells)))
            pieces.sort(key=lambda piece: piece[0])
            pages[number] = "\n".join(text for _, text in pieces)
    return pages


def read_docx(data: bytes, name: str) -> str:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableDocument("broken_docx", name, "not a zip archive")
    # A damaged package fails in python-docx or lxml, on opening or only when the body is
    # walked (a document part without a body element), with whatever exception they raise.
    try:
        document = Document(io.BytesIO(data))
        lines: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                lines.append(_paragraph_text(item))
            elif isinstance(item, Table):
                lines.extend(_table_lines(item))
    except Exception as error:
        raise UnreadableDocument("broken_docx", name, f"{type(error).__name__}: {error}") from error
    return "\n".join(lines)


def _paragraph_text(paragraph) -> str:
    text = paragraph.text
    style = (paragraph.style.name or "").casefold() if paragraph.style is not None else ""
    if style.startswith(("list", "liststycke")) and text and not re.match(r"^\W", text):
        return "- " + text
    if style.startswith(("heading", "rubrik")) and text:
        return "# " + text
    return text


def _table_lines(table) -> list[str]:
    """One tab-separated line per row. A cell merged across columns is written once; a cell
    merged down over rows is written in its first row only, so a recommendation spanning its
    actions' rows reads like a table whose later rows leave that cell empty."""
    lines: list[str] = []
    above: list[object] = []
    for row in table.rows:
        cells: list[str] = []
        current: list[object] = []
        for column, cell in enumerate(row.cells):
            element = cell._tc
            current.append(element)
            if column > 0 and element is current[column - 1]:
                continue
            if column < len(above) and element is above[column]:
                cells.append("")
                continue
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        above = current
        lines.append("\t".join(cells))
    return lines
