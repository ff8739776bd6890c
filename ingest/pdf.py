"""Read a PDF: pypdf's text, with action tables re-read by pdfplumber (being replaced)."""

from __future__ import annotations

import io
import logging
import re

from ingest.errors import UnreadableDocument
from ingest.readers import Reading

logger = logging.getLogger(__name__)
_ACTION_TABLE_HINT = re.compile(r"\båtgärd", re.IGNORECASE)
_ACTION_TABLE_COLUMNS = re.compile(r"\btids?plan\b|\bansvarig\b", re.IGNORECASE)


def read_pdf(data: bytes, name: str) -> Reading:
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
    return Reading("\f".join(pages), paged=True)


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
