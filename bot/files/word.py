"""What the Word drafts share: an A4 document in Word's own styles (Title, Heading 1–2, a
table style, one paragraph style for table text), a title page, a footer with page numbers,
and tables whose header row repeats on every page. An auditor can restyle it all from the
style gallery; nothing is formatted by hand except the shade of an assessment cell."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

from bot.core.i18n import t

TABLE_STYLE = "Light List Accent 1"
# Characters XML 1.0 cannot hold (a form feed from a scanned report): python-docx refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TABLE_TEXT = "Table Text"
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
TEXT_WIDTH_CM = 16.0
_INK = RGBColor(0x1F, 0x2A, 0x44)
_GREY = RGBColor(0x59, 0x59, 0x59)


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width_cm: float


def draft(*, lang: str, title: str, organisation: str, year: int, today: dt.date) -> DocumentType:
    """An A4 draft in ``lang`` for the auditors of ``organisation``: its title page done, its
    footer set, ready for the first heading."""
    author = t("report.for", lang, organisation=organisation)
    document = _new_document(
        lang=lang, title=f"{title} {year}", subject=organisation, author=author
    )
    _title_page(
        document,
        title=title,
        subtitle=f"{organisation} – {year}",
        lines=[author, t("report.draft", lang, date=iso(today))],
        note=t("report.draft_note", lang),
    )
    _footer(
        document,
        t("report.footer", lang, organisation=organisation, title=title, year=year),
        t("report.page", lang),
    )
    return document


def _new_document(*, lang: str, title: str, subject: str, author: str) -> DocumentType:
    """An empty A4 document in ``lang``, with the styles every draft uses."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    properties = document.core_properties
    properties.title, properties.subject, properties.author = title, subject, author
    properties.language = LANGUAGE_TAGS.get(lang, lang)
    _set_language(document, LANGUAGE_TAGS.get(lang, lang))
    _tune_styles(document)
    return document


def _set_language(document: DocumentType, tag: str) -> None:
    """Word checks spelling in the document's language (docDefaults), not the user's."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_properties.append(language)
    language.set(qn("w:val"), tag)
    language.set(qn("w:eastAsia"), tag)


def _tune_styles(document: DocumentType) -> None:
    """Word's styles, quieter: a sober ink colour for headings, a readable body size."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    for name, size, before in (("Heading 1", 16, 18), ("Heading 2", 12.5, 14)):
        heading = styles[name]
        heading.font.name = "Calibri"
        heading.font.size = Pt(size)
        heading.font.color.rgb = _INK
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True
    title = styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(28)
    title.font.color.rgb = _INK
    subtitle = styles["Subtitle"]
    subtitle.font.name = "Calibri"
    subtitle.font.size = Pt(15)
    page_footer = styles["Footer"]
    page_footer.font.size = Pt(8.5)
    page_footer.font.color.rgb = _GREY
    stops = page_footer.paragraph_format.tab_stops
    for stop in list(stops):
        stops._pPr.tabs.remove(stop._tab)
    # The template's stops sit on a Letter page's text width; ours is A4's.
    stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
    table_text = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after = Pt(2)
    table_text.quick_style = True


def clean(text: str) -> str:
    """Text from documents and users as a Word document can hold it."""
    return _NOT_XML.sub("", text)


def heading(document: DocumentType, text: str, level: int) -> None:
    document.add_heading(clean(text), level=level)


def paragraph(document: DocumentType, text: str) -> None:
    document.add_paragraph(clean(text))


def _title_page(
    document: DocumentType, *, title: str, subtitle: str, lines: Sequence[str], note: str
) -> None:
    """The first page: title and subtitle a third down, who it is for and the draft's date,
    and a note on what the draft is; then a page break."""
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_before = Pt(150)
    document.add_paragraph(clean(title), style="Title")
    document.add_paragraph(clean(subtitle), style="Subtitle")
    for line in lines:
        paragraph(document, line)
    closing = document.add_paragraph(clean(note))
    closing.paragraph_format.space_before = Pt(200)
    closing.runs[0].italic = True
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _footer(document: DocumentType, text: str, page_label: str) -> None:
    """Every page but the title page: what the document is, and its page number."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    line = section.footer.paragraphs[0]
    line.text = clean(f"{text}\t{page_label}")
    _page_field(line)


def _page_field(line) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    number = OxmlElement("w:t")
    number.text = "1"
    run.append(number)
    field.append(run)
    line._p.append(field)


def table(
    document: DocumentType, columns: Sequence[Column], rows: Sequence[Sequence[object]]
) -> Table:
    """A table in TABLE_STYLE whose header row repeats on each page. A cell's value is text
    (lines become paragraphs) or a list of (text, bold) pieces for one paragraph each."""
    grid = document.add_table(rows=1, cols=len(columns))
    grid.style = document.styles[TABLE_STYLE]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    # The style's header row, without its bold first column (a recommendation's text).
    look = grid._tbl.tblPr.find(qn("w:tblLook"))
    look.set(qn("w:firstColumn"), "0")
    look.set(qn("w:val"), "0420")
    header = grid.rows[0]
    _row_property(header, "w:tblHeader")
    for cell, column in zip(header.cells, columns, strict=True):
        _fill(cell, column.title)
    for values in rows:
        row = grid.add_row()
        _row_property(row, "w:cantSplit")
        for cell, value in zip(row.cells, values, strict=True):
            _fill(cell, value)
    for index, column in enumerate(columns):
        grid.columns[index].width = Cm(column.width_cm)
        for cell in grid.columns[index].cells:
            cell.width = Cm(column.width_cm)
    return grid


def _row_property(row, name: str) -> None:
    """w:tblHeader repeats the row on every page; w:cantSplit keeps it on one page."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _fill(cell: _Cell, value: object) -> None:
    lines = (
        value if isinstance(value, list) else str(value if value is not None else "").split("\n")
    )
    first = True
    for line in lines:
        written = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        written.style = TABLE_TEXT
        if isinstance(line, tuple):
            text, bold = line
            written.add_run(clean(text)).bold = bold
        else:
            written.add_run(clean(line))


def shade(cell: _Cell, fill: str) -> None:
    """A light background for a cell (an assessment's colour), as a hex RGB."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def right_aligned(table_: Table, column: int) -> None:
    """Numbers read best aligned right."""
    for cell in table_.columns[column].cells:
        for written in cell.paragraphs:
            written.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def board_order(name: str) -> tuple[bool, str]:
    """The executive board first (kommunstyrelsen, regionstyrelsen), the others by name."""
    return (not name.casefold().endswith("styrelsen"), name.casefold())


def iso(day: dt.date | None) -> str:
    """Dates as Swedish documents print them (and English ones may): 2030-03-13."""
    return day.isoformat() if day else "–"


def to_bytes(document: DocumentType) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
