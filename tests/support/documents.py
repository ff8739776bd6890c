"""Word drafts read back as a reader sees them: headings, paragraphs and tables as text."""

from __future__ import annotations

import io
from dataclasses import dataclass

from docx import Document

Table = list[list[str]]


@dataclass
class ReadBack:
    headings: list[tuple[str, str]]  # (style, text), in order
    paragraphs: list[str]
    tables: list[Table]
    # What the body holds, in order: ("heading", text), ("paragraph", text), ("table", index).
    order: list[tuple[str, object]]
    styles: set[str]
    table_styles: set[str]
    title: str
    language: str

    def table_after(self, heading: str, nth: int = 0) -> Table:
        """The first table after the ``nth`` heading with this text."""
        seen = -1
        for position, (kind, value) in enumerate(self.order):
            if kind == "heading" and value == heading:
                seen += 1
                if seen == nth:
                    following = (v for k, v in self.order[position:] if k == "table")
                    return self.tables[next(following)]
        raise AssertionError(f"no heading {heading!r} (number {nth})")

    def text_after(self, heading: str) -> str:
        """The paragraph right after a heading."""
        position = self.order.index(("heading", heading))
        kind, value = self.order[position + 1]
        assert kind == "paragraph", (kind, value)
        return str(value)


def read_docx(data: bytes) -> ReadBack:
    document = Document(io.BytesIO(data))
    paragraphs = {p._p: p for p in document.paragraphs}
    tables = {t._tbl: t for t in document.tables}
    read = ReadBack([], [], [], [], set(), set(), "", "")
    for child in document.element.body.iterchildren():
        if child in paragraphs:
            paragraph = paragraphs[child]
            style = paragraph.style.name
            read.styles.add(style)
            if style.startswith("Heading") or style in ("Title", "Subtitle"):
                read.headings.append((style, paragraph.text))
                read.order.append(("heading", paragraph.text))
            elif paragraph.text.strip():
                read.paragraphs.append(paragraph.text)
                read.order.append(("paragraph", paragraph.text))
        elif child in tables:
            table = tables[child]
            read.order.append(("table", len(read.tables)))
            # A soft hyphen only shows where Word breaks the word: the reader sees it whole.
            read.tables.append(
                [[cell.text.replace("\u00ad", "") for cell in row.cells] for row in table.rows]
            )
            read.table_styles.add(table.style.name)
            for row in table.rows:
                for cell in row.cells:
                    read.styles |= {p.style.name for p in cell.paragraphs}
    read.title = document.core_properties.title
    read.language = document.core_properties.language
    return read
