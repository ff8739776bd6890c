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
* ``cp1252``: the text as Notepad saves it in Windows-1252 (what it cannot encode is "?");
* ``partly-scanned``: the single-column PDF with one page replaced by a 200 dpi picture of
  itself, without a text layer: the first page of the last board's response (headed
  YTTRANDE), else the last page; a one-page document (the real/ excerpts) stays digital.

The layout functions take a :class:`Layout`, so tests can vary fonts, margins, column gaps
and table styles over documents of their own.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ingest.cleaning import Block, clean

# -- the parts of a text ---------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    rows: list[tuple[str, ...]]


@dataclass
class Document:
    """A text's parts in order (blocks, with consecutive table rows gathered into tables),
    and its running header and footer lines."""

    parts: list[Block | Table]
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


_FOOTER_LINE = re.compile(r"©|\(c\)|copyright|rights reserved|classification|klassificering", re.I)


def parse(text: str) -> Document:
    """The parts of a corpus text, as the cleaner reads them."""
    cleaned = clean(text)
    parts: list[Block | Table] = []
    for block in cleaned.blocks:
        if block.kind == "row":
            if not any(cell.strip() for cell in block.cells):
                continue
            if parts and isinstance(parts[-1], Table):
                parts[-1].rows.append(block.cells)
            else:
                parts.append(Table([block.cells]))
        else:
            parts.append(block)
    header = [line for line in cleaned.furniture if not _FOOTER_LINE.search(line)]
    footer = [line for line in cleaned.furniture if _FOOTER_LINE.search(line)]
    return Document(parts, header, footer)


# -- Swedish hyphenation, good enough for typesetting -----------------------------------------

_VOWELS = set("aeiouyåäöéü")


def hyphenate(word: str) -> list[int]:
    """Where ``word`` may be broken: before a consonant that a vowel follows, keeping three
    letters on each side ("styr-do-ku-ment"). Only plain lower-case words are broken."""
    if len(word) < 7 or not word.isalpha() or not word[1:].islower():
        return []
    lower = word.casefold()
    return [
        i
        for i in range(3, len(word) - 2)
        if lower[i] not in _VOWELS
        and lower[i + 1] in _VOWELS
        and lower[i - 1] != lower[i]
        and lower[i - 1 : i + 1] not in ("ch", "ck", "sk", "sj", "tj", "kj", "gj", "dj", "lj")
    ]


# -- the layout ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """How a document is laid out on paper."""

    font: str = "DejaVuSans"
    bold_font: str = "DejaVuSans-Bold"
    size: float = 10.5
    heading_size: float = 13.0
    leading: float = 1.35  # line height as a multiple of the font size
    margins: tuple[float, float, float, float] = (25, 28, 25, 22)  # left, top, right, bottom mm
    columns: int = 1
    gutter: float = 9.0
    align: str = "J"
    hyphenate: bool = True
    paragraph_space: float = 2.2  # mm after a paragraph
    table_rules: str = "all"  # "all", "none", "horizontal"
    table_size: float = 9.0
    table_widths: str = "content"  # "content" or "narrow" (header cells wrap)
    header_size: float = 8.0


SINGLE = Layout()
TWO_COLUMN = Layout(
    font="DejaVuSerif",
    bold_font="DejaVuSerif-Bold",
    size=9.5,
    heading_size=11.5,
    margins=(18, 24, 18, 20),
    columns=2,
    gutter=8.0,
)
RULED = Layout(table_widths="narrow", table_size=8.5)
UNRULED = Layout(table_widths="narrow", table_size=8.5, table_rules="none", align="L")

_MARKERS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢"}


def _font_dirs() -> list[Path]:
    found = [Path("/usr/share/fonts/truetype/dejavu")]
    try:
        import matplotlib

        found.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except ImportError:
        pass
    return found


@cache
def font_file(name: str) -> Path:
    for directory in _font_dirs():
        candidate = directory / f"{name}.ttf"
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no {name}.ttf (DejaVu from the system or matplotlib)")


def render_pdf(document: Document, layout: Layout = SINGLE) -> bytes:
    """``document`` typeset as an A4 PDF in ``layout``."""
    return _Typesetter(document, layout).run()


@dataclass
class _Line:
    words: list[str]
    width: float  # of the words without spaces
    last: bool  # a paragraph's last line is not justified


@dataclass
class _Piece:
    """A paragraph's lines, ready to be placed: a heading, paragraph or item."""

    lines: list[_Line]
    bold: bool
    size: float
    indent: float
    marker: str | None
    before: float
    after: float
    align: str

    @property
    def line_height(self) -> float:
        return self.size * 0.3528 * _LEADING


_LEADING = 1.35
_PT = 0.3528  # mm per point


class _Typesetter:
    """A small typesetter: greedy line breaking with hyphenation, justified or ragged
    lines placed word by word, one or two columns balanced before each table and at the
    end, tables whose rows break across pages under a repeated header row."""

    def __init__(self, document: Document, layout: Layout) -> None:
        from fpdf import FPDF

        self.document = document
        self.layout = layout
        header_lines, footer_lines = document.header, document.footer
        size = layout.header_size

        class Paper(FPDF):
            def header(self) -> None:
                self.set_font("body", size=size)
                self.set_y(9)
                for line in header_lines:
                    self.cell(0, size * 0.45, line, align="R", new_x="LMARGIN", new_y="NEXT")

            def footer(self) -> None:
                self.set_font("body", size=size)
                self.set_y(-15)
                for line in footer_lines:
                    self.cell(0, size * 0.45, line, align="L", new_x="LMARGIN", new_y="NEXT")
                self.set_y(-15)
                self.cell(0, size * 0.45, f"Sida {self.page_no()} av {{nb}}", align="R")

        self.pdf = Paper(format="A4", unit="mm")
        left, top, right, bottom = layout.margins
        self.pdf.set_margins(left, top, right)
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("body", fname=str(font_file(layout.font)))
        self.pdf.add_font("body", style="B", fname=str(font_file(layout.bold_font)))
        # Bullets come from a face that has them all (a serif face lacks "❖").
        self.pdf.add_font("marker", fname=str(font_file("DejaVuSans")))
        self.left = left
        self.top = top
        self.width = self.pdf.w - left - right
        self.bottom = self.pdf.h - bottom
        self.widths: dict[tuple[bool, float, str], float] = {}

    def run(self) -> bytes:
        self.pdf.add_page()
        self.y = self.top
        run: list[Block] = []
        for part in self.document.parts:
            if isinstance(part, Table):
                self.flow(run)
                run = []
                self.table(part)
            else:
                run.append(part)
        self.flow(run)
        return bytes(self.pdf.output())

    # measuring and breaking

    def measure(self, text: str, bold: bool, size: float) -> float:
        key = (bold, size, text)
        if key not in self.widths:
            self.pdf.set_font("body", style="B" if bold else "", size=size)
            self.widths[key] = self.pdf.get_string_width(text)
        return self.widths[key]

    def break_lines(self, text: str, width: float, bold: bool, size: float) -> list[_Line]:
        space = self.measure(" ", bold, size)
        lines: list[_Line] = []
        words: list[str] = []
        used = 0.0
        queue = text.split()
        while queue:
            word = queue.pop(0)
            need = self.measure(word, bold, size)
            gap = space if words else 0.0
            if used + gap + need <= width:
                words.append(word)
                used += gap + need
                continue
            head, tail = self.split_word(word, width - used - gap, bold, size)
            if head:
                words.append(head)
                used += gap + self.measure(head, bold, size)
                queue.insert(0, tail)
            elif not words:  # a word longer than the line: it overflows
                words.append(word)
                used = need
                continue
            else:
                queue.insert(0, word)
            lines.append(_Line(words, used - space * (len(words) - 1), last=False))
            words, used = [], 0.0
        if words:
            lines.append(_Line(words, used - space * (len(words) - 1), last=True))
        return lines

    def split_word(self, word: str, room: float, bold: bool, size: float) -> tuple[str, str]:
        if not self.layout.hyphenate:
            return "", word
        core = word.rstrip('.,;:!?)”"')
        for point in reversed(hyphenate(core)):
            head = word[:point] + "-"
            if self.measure(head, bold, size) <= room:
                return head, word[point:]
        return "", word

    def piece(self, block: Block, width: float) -> _Piece:
        layout = self.layout
        if block.kind == "heading":
            size = layout.heading_size
            return _Piece(
                self.break_lines(block.text, width, True, size), True, size, 0, None, 3.5, 1.6, "L"
            )
        text, indent, marker, after = block.text, 0.0, None, layout.paragraph_space
        if block.kind == "item" and block.label:
            text = f"{block.label} {block.number} – {block.text}"
        elif block.kind == "item":
            indent, marker, after = 7.5, _marker(block), layout.paragraph_space * 0.6
        elif block.indented:
            indent = 7.5
        lines = self.break_lines(text, width - indent, False, layout.size)
        return _Piece(lines, False, layout.size, indent, marker, 0, after, layout.align)

    # placing running text

    def flow(self, blocks: list[Block]) -> None:
        if not blocks:
            return
        columns = self.layout.columns
        gutter = self.layout.gutter
        width = (self.width - gutter * (columns - 1)) / columns
        # Every line with the space above it, so columns can be cut between any two lines.
        # A column never starts with the space after a paragraph.
        rows: list[tuple[float, _Piece, int]] = []
        for block in blocks:
            piece = self.piece(block, width)
            for n in range(len(piece.lines)):
                space = piece.before if n == 0 else 0.0
                rows.append((space, piece, n))
            rows.append((piece.after, piece, -1))  # the space after: a marker row
        while rows:
            room = self.bottom - self.y
            if self.fits(rows, room) == 0:
                self.new_page()
                continue
            if columns == 1:
                taken = self.fits(rows, room)
                self.place(rows[:taken], self.left, width)
                rows = rows[taken:]
            else:
                total = sum(self.row_height(r) for r in rows)
                # What fits on this page is balanced over the columns; a longer run fills
                # the columns one after the other and goes on on the next page.
                balance = total <= columns * room
                start = self.y
                lowest = start
                for column in range(columns):
                    if not rows:
                        break
                    self.y = start
                    if balance and column < columns - 1:
                        taken = self.balanced_cut(rows, total / columns)
                    else:
                        taken = self.fits(rows, room)
                    self.place(rows[:taken], self.left + column * (width + gutter), width)
                    rows = rows[taken:]
                    lowest = max(lowest, self.y)
                self.y = lowest
            if rows:
                self.new_page()

    def row_height(self, row: tuple[float, _Piece, int]) -> float:
        space, piece, n = row
        return space if n < 0 else space + piece.line_height

    def fits(self, rows: list[tuple[float, _Piece, int]], room: float) -> int:
        used = 0.0
        for count, row in enumerate(rows):
            used += self.row_height(row)
            if used > room:
                return count
        return len(rows)

    def balanced_cut(self, rows: list[tuple[float, _Piece, int]], target: float) -> int:
        used = 0.0
        for count, row in enumerate(rows):
            if used >= target:
                return count
            used += self.row_height(row)
        return len(rows)

    def place(self, rows: list[tuple[float, _Piece, int]], x: float, width: float) -> None:
        pdf = self.pdf
        first = True
        for space, piece, n in rows:
            if n < 0:
                if not first:
                    self.y += space
                continue
            if not first:
                self.y += space
            first = False
            line = piece.lines[n]
            size = piece.size
            pdf.set_font("body", style="B" if piece.bold else "", size=size)
            baseline = self.y + size * _PT * 1.0
            if n == 0 and piece.marker:
                pdf.set_font("marker", size=size)
                pdf.text(x, baseline, piece.marker)
                pdf.set_font("body", style="B" if piece.bold else "", size=size)
            left = x + piece.indent
            room = width - piece.indent
            self.words(line, left, baseline, room, piece)
            self.y += piece.line_height

    def words(self, line: _Line, left: float, baseline: float, room: float, piece: _Piece) -> None:
        pdf = self.pdf
        if piece.align == "J" and not line.last and len(line.words) > 1:
            gap = (room - line.width) / (len(line.words) - 1)
            x = left
            for word in line.words:
                pdf.text(x, baseline, word)
                x += self.measure(word, piece.bold, piece.size) + gap
        else:
            pdf.text(left, baseline, " ".join(line.words))

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = self.top

    # tables

    def table(self, table: Table) -> None:
        """A table that may break inside a row: the lines that fit stay on the page, the
        rest go on under the header row repeated on the next page."""
        layout = self.layout
        size = layout.table_size
        count = max(len(row) for row in table.rows)
        rows = [tuple(row) + ("",) * (count - len(row)) for row in table.rows]
        widths = self.column_widths(rows)
        line = size * _PT * 1.25
        pad = 1.2 if layout.table_rules != "none" else 1.8
        cells = [
            [
                self.break_lines(text, w - 2 * _CELL_PAD, index == 0, size) if text.strip() else []
                for text, w in zip(row, widths, strict=True)
            ]
            for index, row in enumerate(rows)
        ]
        header = cells[0]
        self.y += 2

        def height(part: list[list[_Line]]) -> float:
            return max((len(cell) for cell in part), default=0) * line + 2 * pad

        def draw(part: list[list[_Line]], bold: bool, top: bool, bottom: bool) -> None:
            pdf = self.pdf
            tall = height(part)
            x = self.left
            pdf.set_font("body", style="B" if bold else "", size=size)
            for cell, w in zip(part, widths, strict=True):
                for n, text_line in enumerate(cell):
                    pdf.text(
                        x + _CELL_PAD,
                        self.y + pad + n * line + size * _PT,
                        " ".join(text_line.words),
                    )
                if layout.table_rules == "all":
                    pdf.line(x, self.y, x, self.y + tall)
                x += w
            if layout.table_rules == "all":
                pdf.line(x, self.y, x, self.y + tall)
            if layout.table_rules in ("all", "horizontal"):
                if top:
                    pdf.line(self.left, self.y, self.left + self.width, self.y)
                if bottom:
                    pdf.line(self.left, self.y + tall, self.left + self.width, self.y + tall)
            self.y += tall

        if self.y + height(header) + 3 * line > self.bottom:
            self.new_page()
        draw(header, True, True, True)
        for row in cells[1:]:
            remaining = row
            while True:
                room = self.bottom - self.y
                if height(remaining) <= room:
                    draw(remaining, False, False, True)
                    break
                fit = int((room - 2 * pad) // line)
                if fit >= 2:
                    draw([cell[:fit] for cell in remaining], False, False, False)
                    remaining = [cell[fit:] for cell in remaining]
                self.new_page()
                draw(header, True, True, True)
        self.y += 4

    def pieces(self, word: str) -> list[str]:
        """What a word may be cut into at line ends: itself, or in a narrow table its
        syllables (each but the last with its hyphen)."""
        if self.layout.table_widths != "narrow":
            return [word]
        points = hyphenate(word.rstrip(".,;:!?)"))
        cuts = [0, *points, len(word)]
        return [word[a:b] + ("-" if b < len(word) else "") for a, b in itertools.pairwise(cuts)]

    def column_widths(self, rows: list[tuple[str, ...]]) -> list[float]:
        """Each column at least as wide as its longest word, the rest of the width shared
        by how much each column holds. Narrow tables let long words (the header's too)
        break at a hyphen instead, so header cells wrap ("Rekommenda-/tion")."""
        count = len(rows[0])
        size = self.layout.table_size
        body = rows[1:] or rows
        weights, floors = [], []
        for column in range(count):
            texts = [row[column] for row in body]
            weights.append(max(sum(len(t) for t in texts) / len(texts), 4.0) ** 0.6)
            words = [w for t in [*texts, rows[0][column]] for w in t.split()]
            longest = max(
                (self.measure(piece, True, size) for w in words for piece in self.pieces(w)),
                default=8.0,
            )
            floors.append(longest + 2 * _CELL_PAD + 0.5)
        floors = [max(floor, 11.0) for floor in floors]
        if sum(floors) >= self.width:
            return [f * self.width / sum(floors) for f in floors]
        extra = self.width - sum(floors)
        return [f + extra * w / sum(weights) for f, w in zip(floors, weights, strict=True)]


_CELL_PAD = 1.4  # mm on each side of a cell's text


def _marker(block: Block) -> str:
    marker = block.marker or "•"
    return _MARKERS.get(marker, "•" if "\uf000" <= marker[:1] <= "\uf8ff" else marker)


# -- Word ------------------------------------------------------------------------------------


def render_docx(document: Document) -> bytes:
    """``document`` as a Word file: heading styles, real tables, and list items numbered or
    bulleted by Word's own list definitions (the marker is not in the text)."""
    from docx import Document as WordDocument

    word = WordDocument()
    numbering = _WordLists(word)
    section = word.sections[0]
    for line in document.header:
        section.header.add_paragraph(line)
    for line in document.footer:
        section.footer.add_paragraph(line)
    previous: Block | Table | None = None
    for part in document.parts:
        if isinstance(part, Table):
            count = max(len(row) for row in part.rows)
            table = word.add_table(rows=len(part.rows), cols=count)
            table.style = "Table Grid"
            for row, cells in zip(table.rows, part.rows, strict=True):
                for cell, text in zip(row.cells, cells, strict=False):
                    cell.text = text
        elif part.kind == "heading":
            word.add_heading(part.text, level=2)
        elif part.kind == "item" and not part.label:
            continuing = isinstance(previous, Block) and previous.kind == "item"
            paragraph = word.add_paragraph(part.text)
            numbering.apply(paragraph, _marker(part), restart=not continuing)
        elif part.kind == "item":
            word.add_paragraph(f"{part.label} {part.number} – {part.text}")
        else:
            paragraph = word.add_paragraph(part.text)
            if part.indented:
                paragraph.paragraph_format.left_indent = 270000  # EMU: 7.5 mm
        previous = part
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


class _WordLists:
    """Word list definitions made on demand: one per kind of marker, a new list instance
    (numbering restarted) for each list in the text."""

    def __init__(self, word) -> None:
        self.root = word.part.numbering_part.element
        self.abstract: dict[str, str] = {}
        self.current: dict[str, str] = {}

    def apply(self, paragraph, marker: str, *, restart: bool) -> None:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        kind, text = _word_level(marker)
        if kind not in self.abstract:
            abstract_id = str(len(self.abstract) + 10)
            self.abstract[kind] = abstract_id
            definition = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
                f"</w:abstractNum>"
            )
            first_num = self.root.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num"
            )
            if first_num is not None:
                first_num.addprevious(definition)
            else:
                self.root.append(definition)
        if restart or kind not in self.current:
            num_id = str(
                len(
                    self.root.findall(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num"
                    )
                )
                + 100
            )
            self.root.append(
                parse_xml(
                    f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                    f'<w:abstractNumId w:val="{self.abstract[kind]}"/>'
                    f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{_start(marker)}"/>'
                    f"</w:lvlOverride></w:num>"
                )
            )
            self.current[kind] = num_id
        properties = paragraph._p.get_or_add_pPr()
        properties.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                f'<w:numId w:val="{self.current[kind]}"/></w:numPr>'
            )
        )


def _word_level(marker: str) -> tuple[str, str]:
    if re.fullmatch(r"\d+[.)]", marker):
        return ("decimal", "%1" + marker[-1])
    if re.fullmatch(r"[a-zåäö][.)]", marker):
        return ("lowerLetter", "%1" + marker[-1])
    return ("bullet", marker)


def _start(marker: str) -> int:
    if re.fullmatch(r"\d+[.)]", marker):
        return int(marker[:-1])
    if re.fullmatch(r"[a-z][.)]", marker):
        return ord(marker[0]) - ord("a") + 1
    return 1


# -- a scanned page --------------------------------------------------------------------------

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


# -- the forms -------------------------------------------------------------------------------


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

__all__ = [
    "FORMS",
    "RULED",
    "SINGLE",
    "TWO_COLUMN",
    "UNRULED",
    "Document",
    "Layout",
    "Table",
    "parse",
    "render_docx",
    "render_pdf",
    "scan_page",
]
