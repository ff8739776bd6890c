"""Read a Word (.docx) file as the cleaner reads text: lines, list markers, table rows.

The body is walked in document order. A paragraph is one line; a Word list item gets the
marker Word would print for it ("1.", "a)", "•", "–"), computed from its numbering
definition (numId, ilvl, the level's format, text and start, numbers restarted the way Word
restarts them), since python-docx gives a paragraph's text without its number. A heading
style gives a "# " line. A table row is one tab-separated line (a cell's paragraphs joined
by spaces). Text boxes are read where they stand; the page headers and footers are the
document's furniture.

A document is refused before it is parsed when its content would cost minutes and
gigabytes (ingest.limits): generated filler of millions of empty paragraphs, a zip bomb.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ingest.errors import UnreadableDocument
from ingest.limits import MAX_DOCX_PARAGRAPHS, MAX_DOCX_XML_BYTES
from ingest.readers import Reading

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {
    "w": _W,
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
_TEXT_BOXES = etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]", namespaces=_NS)
_PARAGRAPH_TAGS = (b"<w:p>", b"<w:p ", b"<w:p/>", b"<w:tr>", b"<w:tr ")


def _q(name: str) -> str:
    return f"{{{_W}}}{name}"


def read_docx(data: bytes, name: str) -> Reading:
    _check_cost(data, name)
    from docx import Document

    # A damaged package fails in python-docx or lxml, on opening or only when the body is
    # walked (a document part without a body element), with whatever exception they raise.
    try:
        document = Document(io.BytesIO(data))
        numbering = _Numbering.of(document)
        lines: list[str] = []
        for element in _body_items(document.element.body):
            if element.tag == _q("p"):
                lines.extend(_text_boxes(element))
                lines.append(_paragraph_line(element, numbering))
            else:
                lines.extend(_table_lines(element))
        furniture = _headers_and_footers(document)
    except UnreadableDocument:
        raise
    except Exception as error:
        raise UnreadableDocument("broken_docx", name, f"{type(error).__name__}: {error}") from error
    return Reading(text="\n".join(lines), furniture=furniture)


def _check_cost(data: bytes, name: str) -> None:
    """Refuse a package whose parts unpack beyond what a document holds, before parsing."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            # Pictures may be large; the XML parts are what python-docx parses.
            unpacked = sum(
                member.file_size
                for member in package.infolist()
                if member.filename.endswith((".xml", ".rels"))
            )
            if unpacked > MAX_DOCX_XML_BYTES:
                raise UnreadableDocument("too_complex", name, f"{unpacked} bytes unpacked")
            if "word/document.xml" in package.namelist():
                # The declared size bounds what zipfile will inflate, so this read is bounded.
                body = package.read("word/document.xml")
                count = sum(body.count(tag) for tag in _PARAGRAPH_TAGS)
                if count > MAX_DOCX_PARAGRAPHS:
                    raise UnreadableDocument("too_complex", name, f"{count} paragraphs and rows")
    except UnreadableDocument:
        raise
    except Exception as error:  # not a zip, or a damaged one
        raise UnreadableDocument("broken_docx", name, f"{type(error).__name__}: {error}") from error


def _body_items(container):
    """Paragraphs and tables in document order, looking into content controls (w:sdt)."""
    for child in container.iterchildren():
        if child.tag in (_q("p"), _q("tbl")):
            yield child
        elif child.tag == _q("sdt"):
            content = child.find(_q("sdtContent"))
            if content is not None:
                yield from _body_items(content)


def _runs_text(paragraph) -> str:
    """A paragraph's text as Word shows it: runs, hyperlinks, tabs and line breaks, but not
    the text of text boxes anchored in it, nor deleted text."""
    from docx.text.paragraph import Paragraph

    return Paragraph(paragraph, None).text


def _text_boxes(paragraph) -> list[str]:
    """Lines of the text boxes anchored in ``paragraph`` (a cover's title often is one). A
    box is stored twice, as DrawingML and as a VML fallback: the fallback is skipped."""
    boxes = _TEXT_BOXES(paragraph)
    lines: list[str] = []
    for box in boxes:
        for inner in box.iterchildren(_q("p")):
            text = _runs_text(inner).strip()
            if text:
                lines.append(text)
    return lines


def _paragraph_line(paragraph, numbering: _Numbering) -> str:
    text = _runs_text(paragraph)
    style = numbering.style_name(paragraph)
    marker = numbering.marker(paragraph)
    if marker is not None:
        return f"{marker} {text.lstrip()}" if marker else text
    folded = style.casefold()
    if folded.startswith(("list", "liststycke")) and text and not re.match(r"^\W", text):
        return "- " + text
    if folded.startswith(("heading", "rubrik", "title")) and text.strip():
        return "# " + text
    if text.strip() and _set_in(paragraph):
        return " " + text.lstrip()  # the cleaner's sign of a list whose bullets are lost
    return text


def _set_in(paragraph) -> bool:
    """Whether the paragraph is indented from the margin as a whole (not just its first
    line): a quotation, or list items typed without bullets."""
    indent = paragraph.find(f"{_q('pPr')}/{_q('ind')}")
    if indent is None:
        return False
    left = indent.get(_q("left")) or indent.get(_q("start"))
    return _int(left, 0) >= 280  # twips: half a centimetre


def _table_lines(table) -> list[str]:
    """One tab-separated line per row. A cell merged across columns (gridSpan) is written
    once; a cell merged down over rows (vMerge) is written in its first row only, so a
    recommendation spanning its actions' rows reads like a table whose later rows leave
    that cell empty. A table nested in a cell is read as the cell's text."""
    lines: list[str] = []
    for row in table.iterchildren(_q("tr")):
        cells: list[str] = []
        for cell in row.iterchildren(_q("tc")):
            properties = cell.find(_q("tcPr"))
            merge = properties.find(_q("vMerge")) if properties is not None else None
            continued = merge is not None and merge.get(_q("val"), "continue") == "continue"
            if continued:
                cells.append("")
                continue
            texts = [_runs_text(p).strip() for p in cell.iter(_q("p")) if _runs_text(p).strip()]
            cells.append(" ".join(" ".join(texts).split("\t")))
        lines.append("\t".join(cells))
    return lines


def _headers_and_footers(document) -> list[str]:
    lines: list[str] = []
    for section in document.sections:
        for part in (
            section.header,
            section.first_page_header,
            section.footer,
            section.first_page_footer,
        ):
            if part.is_linked_to_previous:
                continue
            for paragraph in part.paragraphs:
                for line in paragraph.text.split("\n"):
                    text = " ".join(line.replace("\t", " ").split())
                    if text and text not in lines:
                        lines.append(text)
    return lines


# -- numbering -------------------------------------------------------------------------------


@dataclass
class _Level:
    format: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    """The document's list definitions and the counters of the lists read so far."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId →
    instances: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId →
    style_numbering: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    style_names: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document) -> _Numbering:
        numbering = cls()
        styles = document.styles.element
        based_on: dict[str, str] = {}
        for style in styles.iterchildren(_q("style")):
            style_id = style.get(_q("styleId"), "")
            name = style.find(_q("name"))
            numbering.style_names[style_id] = name.get(_q("val"), "") if name is not None else ""
            parent = style.find(_q("basedOn"))
            if parent is not None:
                based_on[style_id] = parent.get(_q("val"), "")
            num_pr = style.find(f"{_q('pPr')}/{_q('numPr')}")
            if num_pr is not None:
                numbering.style_numbering[style_id] = _num_pr_values(num_pr)
        # A style without numbering of its own inherits its base style's.
        for style_id in list(numbering.style_names):
            seen = {style_id}
            current = style_id
            while current not in numbering.style_numbering and current in based_on:
                current = based_on[current]
                if current in seen:
                    break
                seen.add(current)
            if current in numbering.style_numbering:
                numbering.style_numbering[style_id] = numbering.style_numbering[current]
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return numbering
        for abstract in root.iterchildren(_q("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(_q("lvl")):
                level = _Level()
                for tag, attribute in (("numFmt", "format"), ("lvlText", "text")):
                    node = lvl.find(_q(tag))
                    if node is not None and node.get(_q("val")) is not None:
                        setattr(level, attribute, node.get(_q("val")))
                start = lvl.find(_q("start"))
                if start is not None:
                    level.start = _int(start.get(_q("val")), 1)
                levels[_int(lvl.get(_q("ilvl")), 0)] = level
            numbering.levels[abstract.get(_q("abstractNumId"), "")] = levels
        for num in root.iterchildren(_q("num")):
            abstract_id = num.find(_q("abstractNumId"))
            overrides: dict[int, int] = {}
            for override in num.iterchildren(_q("lvlOverride")):
                start = override.find(_q("startOverride"))
                if start is not None:
                    overrides[_int(override.get(_q("ilvl")), 0)] = _int(start.get(_q("val")), 1)
            if abstract_id is not None:
                numbering.instances[num.get(_q("numId"), "")] = (
                    abstract_id.get(_q("val"), ""),
                    overrides,
                )
        return numbering

    def style_name(self, paragraph) -> str:
        style = paragraph.find(f"{_q('pPr')}/{_q('pStyle')}")
        style_id = style.get(_q("val"), "") if style is not None else ""
        return self.style_names.get(style_id, style_id)

    def marker(self, paragraph) -> str | None:
        """The number or bullet Word prints before ``paragraph``, or None when it is no
        list item ("" for a list level that prints nothing)."""
        properties = paragraph.find(_q("pPr"))
        if properties is None:
            return None
        num_id, ilvl = None, None
        style = properties.find(_q("pStyle"))
        if style is not None:
            num_id, ilvl = self.style_numbering.get(style.get(_q("val"), ""), (None, None))
        num_pr = properties.find(_q("numPr"))
        if num_pr is not None:
            own_id, own_level = _num_pr_values(num_pr)
            num_id = own_id if own_id is not None else num_id
            ilvl = own_level if own_level is not None else ilvl
        if num_id is None or num_id == "0" or num_id not in self.instances:
            return None
        abstract_id, overrides = self.instances[num_id]
        levels = self.levels.get(abstract_id, {})
        depth = _int(ilvl, 0)
        level = levels.get(depth, _Level())
        # Word counts per list definition; a list instance that overrides its start
        # restarts the count the first time it is used.
        counters = self.counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for overridden, start in overrides.items():
                if 0 <= overridden < 9:
                    counters[overridden] = start - 1
        if not 0 <= depth < 9:
            depth = 0
        current = counters[depth]
        counters[depth] = (current if current is not None else level.start - 1) + 1
        for deeper in range(depth + 1, 9):
            counters[deeper] = None
        if level.format == "bullet":
            return _bullet(level.text, depth)
        if level.format == "none":
            return ""

        def number(match: re.Match[str]) -> str:
            at = int(match[1]) - 1
            shown = levels.get(at, _Level())
            value = counters[at] if 0 <= at < 9 and counters[at] is not None else shown.start
            return _format_number(value, shown.format)

        return re.sub(r"%([1-9])", number, level.text).strip()


def _num_pr_values(num_pr) -> tuple[str | None, str | None]:
    num_id = num_pr.find(_q("numId"))
    ilvl = num_pr.find(_q("ilvl"))
    return (
        num_id.get(_q("val")) if num_id is not None else None,
        ilvl.get(_q("val")) if ilvl is not None else None,
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _bullet(text: str, depth: int) -> str:
    """A bullet as a character the cleaner knows. Symbol and Wingdings bullets are stored as
    private-use characters that mean nothing outside their font."""
    glyph = text.strip()[:1]
    if glyph and not "\uf000" <= glyph <= "\uf8ff":
        return glyph
    return ("•", "◦", "▪")[min(depth, 2)]


def _format_number(value: int, style: str) -> str:
    if style in ("lowerLetter", "upperLetter"):
        letters = ""
        n = max(value, 1)
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if style == "lowerLetter" else letters.upper()
    if style in ("lowerRoman", "upperRoman"):
        roman = _roman(max(value, 1))
        return roman if style == "upperRoman" else roman.casefold()
    if style == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for amount, digits in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= amount:
            out += digits
            value -= amount
    return out
