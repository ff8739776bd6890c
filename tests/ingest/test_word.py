"""Word files as offices write them: automatic numbering, nested lists, Symbol bullets,
heading styles, a title kept only in the page header, indented paragraphs, real tables."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest import extract_file, read_document
from ingest.readers import read_content

_NUMBERING = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="31">'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%2)"/></w:lvl>'
    "</w:abstractNum>"
)
_SYMBOL_BULLETS = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="32">'
    '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
    '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>'
    "</w:abstractNum>"
)


def _with_lists(document) -> None:
    """Two list definitions (numbers with lettered sub-items; Symbol bullets) and three
    instances: 41 and 42 share the numbered definition, 42 restarting at 1."""
    root = document.part.numbering_part.element
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for definition in (_NUMBERING, _SYMBOL_BULLETS):
        element = parse_xml(definition)
        if first_num is not None:
            first_num.addprevious(element)
        else:
            root.append(element)
    for num_id, abstract, restart in (("41", "31", False), ("42", "31", True), ("43", "32", False)):
        override = (
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart
            else ""
        )
        root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract}"/>{override}</w:num>'
            )
        )


def _item(document, text: str, num_id: str, level: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def _report(path: Path) -> Path:
    document = Document()
    _with_lists(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Granskning av kommunens idrottsanläggningar"
    section.footer.paragraphs[0].text = "Exempelby kommun – revisorerna"
    document.add_heading("1 Sammanfattning", level=1)
    document.add_paragraph(
        "Revisorerna i Exempelby kommun har granskat hur kultur- och fritidsnämnden sköter "
        "kommunens idrottsanläggningar. Granskningen ingår i revisionsplanen för 2025."
    )
    document.add_paragraph("Granskningen besvarar följande revisionsfrågor:")
    _item(document, "Finns det en underhållsplan för anläggningarna?", "41")
    _item(document, "Följer nämnden upp att planen genomförs?", "41")
    _item(document, "Rapporteras avvikelserna till nämnden?", "41", level=1)
    _item(document, "Är bokningsreglerna kända av föreningarna?", "41")
    document.add_paragraph("Vi rekommenderar kultur- och fritidsnämnden att:")
    _item(document, "Besluta om en underhållsplan för samtliga anläggningar.", "42")
    _item(document, "Följa upp planen i varje tertialrapport.", "42")
    document.add_paragraph("Följande underlag har använts:")
    _item(document, "Nämndens protokoll för 2024.", "43")
    _item(document, "Fastighetsenhetens besiktningar.", "43")
    quotation = document.add_paragraph("Anläggningarna ska vara tillgängliga för alla.")
    quotation.paragraph_format.left_indent = 360000  # EMU: a centimetre
    out = io.BytesIO()
    document.save(out)
    path.write_bytes(out.getvalue())
    return path


def test_list_items_get_the_numbers_and_bullets_word_prints(tmp_path: Path) -> None:
    text = read_document(_report(tmp_path / "idrott.docx"))

    assert text.splitlines()[3:12] == [
        "1. Finns det en underhållsplan för anläggningarna?",
        "2. Följer nämnden upp att planen genomförs?",
        "a) Rapporteras avvikelserna till nämnden?",
        "3. Är bokningsreglerna kända av föreningarna?",
        "Vi rekommenderar kultur- och fritidsnämnden att:",
        "1. Besluta om en underhållsplan för samtliga anläggningar.",
        "2. Följa upp planen i varje tertialrapport.",
        "Följande underlag har använts:",
        "• Nämndens protokoll för 2024.",
    ]
    assert " Anläggningarna ska vara tillgängliga för alla." in text.splitlines()


def test_a_numbered_word_report_extracts_its_questions_and_recommendations(
    tmp_path: Path,
) -> None:
    extraction = extract_file(_report(tmp_path / "idrott.docx"))

    assert extraction.title == "Granskning av kommunens idrottsanläggningar"  # the page header
    assert [(r.text, r.addressee) for r in extraction.recommendations] == [
        ("Besluta om en underhållsplan för samtliga anläggningar.", ["Kultur- och fritidsnämnden"]),
        ("Följa upp planen i varje tertialrapport.", ["Kultur- och fritidsnämnden"]),
    ]


def test_the_list_styles_of_words_own_template_are_numbered(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Vi rekommenderar tekniska nämnden att:")
    document.add_paragraph("Inventera kommunens broar.", style="List Number")
    document.add_paragraph("Besluta om en åtgärdsplan.", style="List Number")
    document.add_paragraph("Broarna besiktigas vart tredje år.", style="List Bullet")
    out = io.BytesIO()
    document.save(out)

    lines = read_content(out.getvalue(), "broar.docx").text.splitlines()

    assert lines[1:3] == ["1. Inventera kommunens broar.", "2. Besluta om en åtgärdsplan."]
    assert lines[3].endswith("Broarna besiktigas vart tredje år.")
    assert lines[3][0] in "•·-–"


def test_items_set_in_without_bullets_under_a_lead_in_paragraph_are_recommendations(
    tmp_path: Path,
) -> None:
    # Word paragraphs have no blank lines between them: the lead-in ending in "att" is right
    # above its items, which are indented a centimetre and have lost their bullets.
    document = Document()
    document.add_heading("5 Rekommendationer", level=1)
    document.add_paragraph(
        "Utifrån det vi har sett i granskningen rekommenderar vi byggnadsnämnden att"
    )
    items = [
        "förkorta handläggningstiderna för bygglov",
        "följa upp tiderna varje kvartal",
        "informera sökande om när beslut kan väntas",
    ]
    for text in items:
        document.add_paragraph(text).paragraph_format.left_indent = 360000
    document.add_paragraph("Revisorerna önskar nämndens svar senast den 30 juni 2025.")
    path = tmp_path / "bygglov.docx"
    document.save(str(path))

    found = extract_file(path).recommendations

    assert [r.text for r in found] == items
    assert all(r.addressee == ["Byggnadsnämnden"] for r in found)
