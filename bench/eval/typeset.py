"""The corpus texts typeset as A4 PDF the way municipalities publish them: justified and
hyphenated, one or two columns, running header and "Sida N av M" footer, tables with and
without rules (fpdf2)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bench.eval.documents import Document, Table
from ingest.cleaning import Block

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
            indent, marker, after = 7.5, marker_of(block), layout.paragraph_space * 0.6
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


def marker_of(block: Block) -> str:
    marker = block.marker or "•"
    return _MARKERS.get(marker, "•" if "\uf000" <= marker[:1] <= "\uf8ff" else marker)
