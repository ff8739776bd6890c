"""PDFs of documents written for these tests, laid out by fpdf2's own engines.

The text is made up ("Exempelby kommun", its parking and its road maintenance). The layout
is not ours: fpdf2 flows text into balanced columns (``text_columns``), justifies and
breaks lines at soft hyphens, and draws tables in its border styles, so the reader is
proven on pages it was not written against. Fonts, margins, column gaps and table styles
vary by parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.eval.typeset import font_file

TITLE = "Granskning av kommunens parkeringsverksamhet"
ORGANISATION = "Exempelby kommun"

SUMMARY = (
    "Revisorerna i Exempelby kommun har gett oss i uppdrag att granska hur tekniska nämnden "
    "styr och följer upp parkeringsverksamheten. Uppdraget ingår i revisions\u00adplanen för "
    "2025."
)
PURPOSE = (
    "Syftet med granskningen är att bedöma om tekniska nämnden säkerställer en ända\u00admåls"
    "\u00adenlig styrning, uppföljning och intern kontroll av parkerings\u00adverksamheten, "
    "inklusive avgifter, felparkerings\u00adavgifter och tillstånd."
)
ASSESSMENT = (
    "Vår samlade bedömning är att tekniska nämnden delvis säkerställer en ändamålsenlig "
    "styrning av parkerings\u00adverksamheten. Barn- och utbildningsförvaltningens och "
    "fritids- och kulturförvaltningens parkeringar sköts utan avtal, och intäkterna "
    "stäms inte av mot kassa\u00adsystemet varje månad."
)
FILLER = (
    "Intervjuerna visar att handläggarna känner väl till de lokala trafik\u00adföreskrifterna "
    "men att rutinerna för tillstånd inte har reviderats sedan de antogs. Stickproven "
    "omfattade tjugo beslut om parkerings\u00adtillstånd för rörelsehindrade och femton "
    "avskrivna felparkerings\u00adavgifter; i fyra av dem saknades en dokumenterad motivering."
)
LEAD_IN = "Utifrån granskningen rekommenderar vi tekniska nämnden att:"
RECOMMENDATIONS = [
    "Teckna skriftliga avtal med de förvaltningar vars parkeringar nämnden sköter.",
    "Stämma av parkerings\u00adintäkterna mot kassa\u00adsystemet varje månad och dokumentera "
    "avstämningen.",
    "Revidera rutinen för parkerings\u00adtillstånd och följa upp att den tillämpas.",
]


def plain(text: str) -> str:
    """``text`` as it should read once extracted: soft hyphens are not text."""
    return text.replace("\u00ad", "")


@dataclass(frozen=True)
class Look:
    """One way of laying the document out."""

    font: str
    bold: str
    size: float
    margin: float
    gutter: float
    columns: int = 2
    # Bullets hang (the text's later lines stand under its first word), or the bullet is
    # typed in front of the text and later lines go back to the margin. fpdf2 lets a hanging
    # list's justified lines run into a narrow gutter, so that look types its bullets.
    hanging: bool = True


LOOKS = [
    Look("DejaVuSerif", "DejaVuSerif-Bold", 10, margin=15, gutter=6, hanging=False),
    Look("DejaVuSans", "DejaVuSans-Bold", 9.5, margin=25, gutter=14),
    Look("STIXGeneral", "STIXGeneralBol", 11, margin=20, gutter=9),
    Look("DejaVuSans", "DejaVuSans-Bold", 10.5, margin=22, gutter=0, columns=1),
]


def _paper(look: Look, *, header: bool = True):
    from fpdf import FPDF

    class Paper(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("body", size=8)
                self.cell(0, 4, ORGANISATION, align="L")
                self.cell(0, 4, TITLE, align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(6)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("body", size=8)
            self.cell(0, 4, f"Sida {self.page_no()} av {{nb}}", align="C")

    pdf = Paper(format="A4")
    pdf.set_margins(look.margin, look.margin, look.margin)
    pdf.set_auto_page_break(True, margin=look.margin)
    pdf.add_font("body", fname=str(font_file(look.font)))
    pdf.add_font("body", style="B", fname=str(font_file(look.bold)))
    pdf.add_font("bullet", fname=str(font_file("DejaVuSans")))
    return pdf


def write_report(path: Path, look: Look) -> Path:
    """A three-page report in ``look``'s columns: headings, justified paragraphs with words
    hyphenated at their line ends, and the recommendations as a bulleted list."""
    pdf = _paper(look)
    pdf.add_page()

    with pdf.text_columns(
        ncols=look.columns, gutter=look.gutter, balance=False, text_align="J"
    ) as columns:

        def heading(text: str) -> None:
            pdf.set_font("body", style="B", size=look.size + 3)
            with columns.paragraph(text_align="L", top_margin=3, bottom_margin=2) as part:
                part.write(text)

        def paragraph(text: str) -> None:
            pdf.set_font("body", size=look.size)
            with columns.paragraph(bottom_margin=2.5) as part:
                part.write(text)

        heading("1 Sammanfattning")
        paragraph(SUMMARY)
        paragraph(ASSESSMENT)
        paragraph(LEAD_IN)
        for recommendation in RECOMMENDATIONS:
            pdf.set_font("body", size=look.size)
            if look.hanging:
                with columns.paragraph(
                    indent=6, bullet_string="•", bullet_r_margin=2, bottom_margin=1.5
                ) as part:
                    part.write(recommendation)
            else:
                with columns.paragraph(bottom_margin=1.5) as part:
                    part.write("• " + recommendation)
        heading("2 Inledning")
        paragraph(PURPOSE)
        for number in range(1, 9):
            heading(f"3.{number} Iakttagelser om område {number}")
            paragraph(FILLER)
            paragraph(FILLER)
    pdf.output(str(path))
    return path


ACTIONS = [
    (
        "Teckna skriftliga avtal med förvaltningarna.",
        "Avtal tecknas med de tre förvaltningar som har egna parkeringar.",
        "Trafik\u00adingenjör",
        "2025-10-31",
    ),
    ("", "Avtalen följs upp i nämndens internkontrollplan.", "Controller", "Löpande"),
    (
        "Stämma av intäkterna mot kassasystemet.",
        "En månatlig avstämning införs och dokumenteras i ärende\u00adsystemet.",
        "Ekonom",
        "senast december 2025",
    ),
]


def write_response(path: Path, look: Look, borders: str) -> Path:
    """A board's response whose action table fpdf2 draws in ``borders`` style (ALL,
    HORIZONTAL_LINES, NONE …), with narrow columns so header cells wrap at a hyphen."""
    pdf = _paper(look, header=False)
    pdf.add_page()
    pdf.set_font("body", size=look.size)
    for line in ("Tekniska nämnden", "Datum: 2025-05-20", "Dnr TN 2025/77", "YTTRANDE"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", style="B", size=look.size + 2)
    pdf.multi_cell(
        0, 8, "Svar på revisionsrapport om parkeringsverksamheten", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("body", size=look.size)
    pdf.multi_cell(
        0,
        6,
        "Nämnden har tagit del av rapporten och planerar följande åtgärder.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("body", size=look.size - 1)
    with pdf.table(
        col_widths=(42, 60, 24, 24),
        text_align="LEFT",
        borders_layout=borders,
        headings_style=_bold(),
        padding=1.5,
    ) as table:
        header = table.row()
        for text in ("Rekommen\u00addation", "Åtgärd", "Ansvarig", "Tidsplan"):
            header.cell(text)
        for row in ACTIONS:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.output(str(path))
    return path


def _bold():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD")


QUESTIONS = [
    (
        "Finns det aktuella och beslutade riktlinjer för parkeringstillstånd och för hur "
        "avgifterna ska tas ut?",
        "Delvis",
    ),
    ("Stäms intäkterna av mot kassasystemet?", "Nej"),
    (
        "Får nämnden regelbundet rapporter om intäkter, avskrivningar och handläggningstider "
        "som underlag för sin uppföljning?",
        "Ja",
    ),
]


def write_grading(path: Path, look: Look) -> Path:
    """The questions and their grades as a two-column table without rules, each question
    wrapping over two or three lines beside its one-word grade."""
    pdf = _paper(look)
    pdf.add_page()
    pdf.set_font("body", size=look.size)
    pdf.multi_cell(0, 6, f"{TITLE}\n{ORGANISATION}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5.5, plain(PURPOSE), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.table(
        col_widths=(100, 30),
        width=130,
        align="LEFT",
        text_align="LEFT",
        borders_layout="NONE",
        headings_style=_bold(),
        padding=(1, 2),
    ) as table:
        header = table.row()
        header.cell("Revisionsfråga")
        header.cell("Bedömning")
        for number, (question, grade) in enumerate(QUESTIONS, start=1):
            row = table.row()
            row.cell(f"{number}. {question}")
            row.cell(grade)
    pdf.output(str(path))
    return path
