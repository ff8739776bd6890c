"""The corpus texts as Word documents: real tables and automatically numbered lists
(python-docx)."""

from __future__ import annotations

import io
import re

from bench.eval.documents import Document, Table
from bench.eval.typeset import marker_of
from ingest.cleaning import Block


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
    roman = _roman_items(document.parts)
    previous: Block | Table | None = None
    for position, part in enumerate(document.parts):
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
            numbering.apply(
                paragraph, marker_of(part), restart=not continuing, roman=position in roman
            )
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

    def apply(self, paragraph, marker: str, *, restart: bool, roman: bool = False) -> None:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        kind, text = ("lowerRoman", "%1" + marker[-1]) if roman else _word_level(marker)
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
                    f'<w:lvlOverride w:ilvl="0">'
                    f'<w:startOverride w:val="{_start(marker, roman=roman)}"/>'
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


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _roman_items(parts: list) -> set[int]:
    """The positions of items in lists numbered i, ii, iii …: a list holding a marker that
    can only be a roman numeral ("ii)"), so that its "i)" is one too, not the letter i."""
    found: set[int] = set()
    group: list[int] = []
    for position, part in enumerate([*parts, None]):
        if isinstance(part, Block) and part.kind == "item" and not part.label:
            group.append(position)
            continue
        markers = [marker_of(parts[n])[:-1] for n in group]
        if any(m in _ROMAN[1:] and m != "v" and m != "x" for m in markers):
            found.update(group)
        group = []
    return found


def _start(marker: str, *, roman: bool = False) -> int:
    if roman:
        return _ROMAN.index(marker[:-1]) + 1 if marker[:-1] in _ROMAN else 1
    if re.fullmatch(r"\d+[.)]", marker):
        return int(marker[:-1])
    if re.fullmatch(r"[a-z][.)]", marker):
        return ord(marker[0]) - ord("a") + 1
    return 1
