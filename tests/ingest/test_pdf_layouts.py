"""PDFs read by their layout: documents written for these tests, in layouts we did not make.

fpdf2 lays them out (balanced columns, justified lines broken at soft hyphens, tables in
each of its border styles); fonts, margins and column gaps vary. What must come out is
the text as written: columns one after the other, hyphens at line ends undone but
"barn- och" kept, running headers and page numbers out, every table row whole.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from bench.eval.documents import Document, Table
from bench.eval.typeset import RULED, UNRULED, Layout, font_file, render_pdf
from ingest import extract_file, read_document
from ingest.cleaning import Block
from tests.support import pdf_samples as samples

_BORDERS = [
    "ALL",
    "HORIZONTAL_LINES",
    "NONE",
    "SINGLE_TOP_LINE",
    "MINIMAL",
    "NO_HORIZONTAL_LINES",
    "INTERNAL",
]


@pytest.mark.parametrize("look", samples.LOOKS, ids=lambda look: f"{look.font}-{look.columns}col")
def test_a_report_in_columns_reads_column_after_column(look: samples.Look, tmp_path: Path) -> None:
    extraction = extract_file(samples.write_report(tmp_path / "parkering.pdf", look))

    assert extraction.title == samples.TITLE  # from the running header
    assert extraction.organisation == samples.ORGANISATION
    assert extraction.purpose == samples.plain(samples.PURPOSE)
    # Words broken at a line's end are whole again; "Barn- och" and "fritids- och" are not.
    assert extraction.overall_assessment == samples.plain(samples.ASSESSMENT)
    assert [r.text for r in extraction.recommendations] == [
        samples.plain(text) for text in samples.RECOMMENDATIONS
    ]
    assert all(r.addressee == ["Tekniska nämnden"] for r in extraction.recommendations)


def test_page_numbers_and_the_running_header_are_not_text(tmp_path: Path) -> None:
    text = read_document(samples.write_report(tmp_path / "parkering.pdf", samples.LOOKS[1]))

    assert "Sida" not in text
    assert samples.TITLE not in text
    assert text.count("\f") >= 1


@pytest.mark.parametrize("borders", _BORDERS)
def test_an_action_table_in_each_border_style_gives_one_action_per_row(
    borders: str, tmp_path: Path
) -> None:
    path = samples.write_response(tmp_path / "svar.pdf", samples.LOOKS[1], borders)

    [response] = extract_file(path).responses

    assert (response.body, response.date, response.registry_number) == (
        "Tekniska nämnden",
        dt.date(2025, 5, 20),
        "TN 2025/77",
    )
    assert [
        (a.recommendation_index, a.action, a.responsible, a.timeline_text) for a in response.actions
    ] == [
        (0, samples.plain(samples.ACTIONS[0][1]), "Trafikingenjör", "2025-10-31"),
        (0, samples.ACTIONS[1][1], "Controller", "Löpande"),
        (1, samples.plain(samples.ACTIONS[2][1]), "Ekonom", "senast december 2025"),
    ]


@pytest.mark.parametrize("look", samples.LOOKS[:2], ids=["serif", "sans"])
def test_questions_keep_their_grades_when_they_wrap_beside_them(
    look: samples.Look, tmp_path: Path
) -> None:
    extraction = extract_file(samples.write_grading(tmp_path / "fragor.pdf", look))

    assert [(q.number, q.text, q.assessment) for q in extraction.questions] == [
        (str(n), question, grade) for n, (question, grade) in enumerate(samples.QUESTIONS, 1)
    ]


# -- tables and labels laid out by bench/eval/forms.py's typesetter --------------------------


def _paragraph(text: str, kind: str = "paragraph") -> Block:
    return Block(kind=kind, text=text)  # type: ignore[arg-type]


_LONG_ACTION = (
    "Förvaltningen inventerar samtliga gator med beläggningsskador, rangordnar dem efter "
    "trafikmängd, olycksrisk och kollektivtrafikens behov och tar fram en flerårig "
    "underhållsplan som nämnden beslutar om, med kostnader per år, en beskrivning av hur "
    "arbetet samordnas med ledningsägarna så att samma gata inte grävs upp två gånger, en "
    "redovisning av vilka gång- och cykelvägar som prioriteras under vintern och hur "
    "boende och näringsidkare informeras inför varje etapp, och med en uppföljning av "
    "kostnaderna i varje tertialrapport som visar avvikelser mot plan och deras orsaker, "
    "så att nämnden i tid kan besluta om omprioriteringar mellan etapperna."
)


def _maintenance_response() -> Document:
    rows = [("Rekommendation", "Åtgärd", "Ansvarig", "Tidsplan", "Ansvarig nämnd")]
    for number in range(1, 7):
        rows.append(
            (
                f"Ta fram en underhållsplan för gatunätet, etapp {number}.",
                f"Etapp {number}: {_LONG_ACTION.strip()}",
                "Gatuchef",
                f"202{5 + number % 3}-06-30",
                "TN",
            )
        )
    parts: list[Block | Table] = [
        _paragraph("Tekniska nämnden"),
        _paragraph("Datum: 2025-09-02"),
        _paragraph("Dnr TN 2025/101"),
        _paragraph("YTTRANDE"),
        _paragraph("Svar på granskningen av gatuunderhållet", "heading"),
        _paragraph("Nämnden planerar följande åtgärder med anledning av rapporten."),
        Table(rows),
    ]
    return Document(parts)


# A row cut between two sentences in a table without rules cannot be told from a row of
# its own with only that cell filled; these rows are cut inside a sentence.
@pytest.mark.parametrize("layout", [RULED, UNRULED], ids=["ruled", "unruled"])
def test_table_rows_that_break_across_pages_are_whole_again(layout: Layout, tmp_path: Path) -> None:
    path = tmp_path / "gator.pdf"
    path.write_bytes(render_pdf(_maintenance_response(), layout))

    [response] = extract_file(path).responses

    assert read_document(path).count("\f") >= 2  # the six rows take three pages
    assert [(a.recommendation_index, a.action) for a in response.actions] == [
        (n - 1, f"Etapp {n}: {_LONG_ACTION}") for n in range(1, 7)
    ]
    assert {a.responsible for a in response.actions} == {"Gatuchef"}
    assert {a.board for a in response.actions} == {"TN"}


def test_action_and_timeline_labels_stay_apart_in_a_pdf(tmp_path: Path) -> None:
    parts: list[Block | Table] = [
        _paragraph("Kultur- och fritidsnämnden"),
        _paragraph("Datum: 2025-04-15"),
        _paragraph("Dnr KFN 2025/12"),
        _paragraph("YTTRANDE"),
        _paragraph("Rekommendationerna är följande:"),
        Block(kind="item", text="Upprätta en plan för underhåll av idrottshallarna.", marker="•"),
        _paragraph(
            "Åtgärd: En underhållsplan tas fram tillsammans med fastighetsenheten och "
            "läggs fram för nämnden. Planen omfattar samtliga hallar och deras "
            "omklädningsrum, och den uppdateras varje år."
        ),
        _paragraph("Tidsplan: Planen beslutas senast 2025-11-30."),
        Block(kind="item", text="Följa upp bokningarna av hallarna.", marker="•"),
        _paragraph("Åtgärd: Bokningsstatistik redovisas i tertialrapporterna."),
        _paragraph("Tidsplan: Löpande från 2026."),
    ]
    path = tmp_path / "kfn.pdf"
    path.write_bytes(render_pdf(Document(parts)))

    [response] = extract_file(path).responses

    assert [(a.recommendation_index, a.action, a.timeline_text) for a in response.actions] == [
        (
            0,
            "En underhållsplan tas fram tillsammans med fastighetsenheten och läggs fram "
            "för nämnden. Planen omfattar samtliga hallar och deras omklädningsrum, och den "
            "uppdateras varje år.",
            "Planen beslutas senast 2025-11-30.",
        ),
        (1, "Bokningsstatistik redovisas i tertialrapporterna.", "Löpande från 2026."),
    ]


def test_a_heading_at_the_top_of_every_page_is_not_a_running_header(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_font("body", fname=str(font_file("DejaVuSans")))
    pdf.add_font("body", style="B", fname=str(font_file("DejaVuSans-Bold")))
    for number, subject in enumerate(("bygglov", "strandskydd", "tillsyn"), start=1):
        pdf.add_page()
        pdf.set_font("body", style="B", size=15)
        pdf.cell(0, 10, f"Bilaga {number}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("body", size=10.5)
        pdf.multi_cell(0, 6, f"Förteckning över granskade ärenden om {subject} under 2024.")
    path = tmp_path / "bilagor.pdf"
    pdf.output(str(path))

    text = read_document(path)

    assert [line for line in text.splitlines() if "Bilaga" in line] == [
        "# Bilaga 1",
        "# Bilaga 2",
        "# Bilaga 3",
    ]


def test_words_too_long_for_a_narrow_ruled_cell_are_whole_again(tmp_path: Path) -> None:
    # A word processor breaks a word wider than its cell anywhere, without a hyphen
    # ("Integrationss" / "amordnare"); across the cell's padding that is one word again,
    # and short words that merely end a line stay apart.
    pdf = FPDF(format="A4")
    pdf.add_font("body", fname=str(font_file("DejaVuSans")))
    pdf.add_font("body", style="B", fname=str(font_file("DejaVuSans-Bold")))
    pdf.add_page()
    pdf.set_font("body", size=10)
    for line in (
        "Kultur- och fritidsnämnden",
        "Datum: 2025-04-15",
        "Dnr KFN 2025/12",
        "YTTRANDE",
        "Svar på revisionsrapport om föreningsstödet",
        "Nämnden har tagit del av rapporten och planerar följande åtgärder.",
    ):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Rekommendation", "Åtgärd", "Ansvarig", "Tidsplan"),
        (
            "Utveckla en kommunövergripande strategi för föreningsstödet.",
            "Föreningsstödets riktlinjer revideras av nämnden.",
            "Verksamhetsutvecklare",
            "2025-06-30",
        ),
        (
            "Följ upp bidragen till studieförbunden varje år.",
            "Uppföljningen redovisas i verksamhetsberättelsen.",
            "Kultursekreterare",
            "Årligen",
        ),
    ]
    with pdf.table(col_widths=(22, 30, 22, 22), width=96, text_align="LEFT", padding=1.5) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)
    path = tmp_path / "svar.pdf"
    pdf.output(str(path))
    printed = pdfium.PdfDocument(path)[0].get_textpage().get_text_range()
    assert "Verksamhetsutvecklare" not in printed and "2025-06-30" not in printed  # broken

    [response] = extract_file(path).responses

    assert [(a.action, a.responsible, a.timeline_text) for a in response.actions] == [
        (rows[1][1], "Verksamhetsutvecklare", "2025-06-30"),
        (rows[2][1], "Kultursekreterare", "Årligen"),
    ]
