"""Short audit documents for the tests and the benchmark, and builders for real PDF and Word files.

The organisations ("Testby kommun", "Exempelby kommun"), people and sentences are made up.
They follow the layouts of other firms and offices than the seed corpus: numbered lists,
lettered sub-items, dash bullets, prose recommendations, flattened grading tables, a
revision office's letter signed for the auditors, a cover letter that asks for "svar".
"""

from __future__ import annotations

from pathlib import Path

NUMBERED_REPORT = """\
Granskningsrapport 2025
Granskning av direktupphandlingar
Testby kommun
Mars 2025

Sammanfattning
EY har på uppdrag av de förtroendevalda revisorerna i Testby kommun granskat hur
tekniska nämnden och kommunstyrelsen hanterar direktupphandlingar. Uppdraget ingår i
revisionsplanen för 2025.

Vår samlade bedömning är att tekniska nämnden och kommunstyrelsen delvis säkerställer
en ändamålsenlig hantering av direktupphandlingar.

Revisionsfråga Bedömning
1. Finns det aktuella riktlinjer för direktupphandling? Ja
2. Dokumenteras direktupphandlingarna enligt riktlinjerna? (Tekniska nämnden)
Nej
3. Följer kommunstyrelsen upp att avtalen används? Delvis

1 Inledning
1.1 Syfte och revisionsfrågor
Syftet med granskningen är att bedöma om tekniska nämnden och kommunstyrelsen
säkerställer att direktupphandlingar görs enligt lag och egna riktlinjer.

Granskningen avser tekniska nämnden och kommunstyrelsen.

Följande revisionsfrågor besvaras:
1. Finns det aktuella riktlinjer för direktupphandling?
2. Dokumenteras direktupphandlingarna enligt riktlinjerna?
a) Sker dokumentationen i upphandlingssystemet?
3. Följer kommunstyrelsen upp att avtalen används?

1.2 Metod
Granskningen har genomförts genom intervjuer och stickprov.

4 Rekommendationer
Vi rekommenderar tekniska nämnden att:
1. Dokumentera samtliga direktupphandlingar över 100 000 kronor i
upphandlingssystemet.
2. Utbilda alla beställare i den nya riktlinjen.

Vi rekommenderar kommunstyrelsen att:
a) Följa upp avtalstroheten minst en gång om året.

Stockholm den 14 mars 2025
Lisa Provare
Certifierad kommunal revisor
"""

REVISION_LETTER = """\
Revisionsskrivelse
2025-04-02
Till tekniska nämnden
Kopia till kommunstyrelsen

Brister i hanteringen av kommunens fordon

Revisorerna har inom ramen för den löpande granskningen uppmärksammat att flera
av nämndens fordon saknar körjournaler. Vi bedömer att den interna kontrollen inte
är tillräcklig.

Vi rekommenderar tekniska nämnden att införa digitala körjournaler för samtliga
fordon. Vi rekommenderar även kommunstyrelsen att se över riktlinjen för tjänsteresor.

Vi önskar svar från tekniska nämnden och kommunstyrelsen senast den 30 juni 2025 med
en redovisning av vilka åtgärder som ska vidtas och när de ska vara genomförda.

För revisorerna i Testby kommun

Anna Exempelsson
Ordförande
"""

COVER_LETTER_AND_REPORT = """\
Till socialnämnden
2025-05-20

Granskning av hemtjänstens kvalitet

Revisorerna i Exempelby kommun har låtit Deloitte granska hur socialnämnden följer upp
kvaliteten i hemtjänsten. Revisorerna överlämnar härmed rapporten till socialnämnden.
Vi önskar svar på rapportens rekommendationer senast 2025-09-30.

För Exempelby kommuns revisorer
Per Provsson, ordförande

Revisionsrapport
Uppföljning av kvaliteten i hemtjänsten
Exempelby kommun
Maj 2025

1 Sammanfattning
Deloitte har på uppdrag av revisorerna i Exempelby kommun granskat socialnämndens
uppföljning av hemtjänsten. Granskningens syfte är att bedöma om socialnämnden har en
tillräcklig uppföljning av kvaliteten i hemtjänsten.

Vår samlade bedömning är att socialnämnden inte har en tillräcklig uppföljning.

Kontrollmål\tBedömning
Det finns mål för kvaliteten i hemtjänsten.\tUppfyllt
Nämnden följer upp målen minst två gånger per år.\tDelvis uppfyllt
Avvikelser analyseras och leder till åtgärder.\tEj uppfyllt

Vi rekommenderar socialnämnden att:
– Fastställa en plan för uppföljning av hemtjänstens kvalitet.
– Analysera avvikelser och rapportera dem till nämnden varje kvartal.

2 Inledning
2.1 Syfte
Granskningen syftar till att bedöma om socialnämnden har en tillräcklig uppföljning av
kvaliteten i hemtjänsten.
Revisionsobjekt är socialnämnden.
2.2 Kontrollmål
Följande kontrollmål har använts:
– Det finns mål för kvaliteten i hemtjänsten.
– Nämnden följer upp målen minst två gånger per år.
– Avvikelser analyseras och leder till åtgärder.

3 Metod
Granskningen bygger på intervjuer med nämndens presidium och förvaltningen.
"""

RESPONSES = """\
Tekniska nämnden
Datum: 2025-06-12
Dnr TN 2025/118

YTTRANDE

Svar på revisionsskrivelse om kommunens fordon

Tekniska nämnden har tagit del av revisorernas skrivelse och lämnar följande svar.

Rekommendation\tÅtgärd\tAnsvarig\tKlart senast\tStatus
Införa digitala körjournaler för samtliga fordon.\tUpphandla ett system för digitala \
körjournaler.\tFordonssamordnare\tht 2025\tPåbörjad
\tUtbilda förarna i det nya systemet.\tFordonssamordnare Utbildningsansvarig\tse ovan\tEj påbörjad
Se över riktlinjen för tjänsteresor.\tRiktlinjen revideras och beslutas av nämnden.\t\
Förvaltningschef\tQ1 2026\t
\tUppföljning av körjournalerna.\tController\tLöpande\tKlar

Kommunstyrelsen
Handläggare
Ola Testare
Datum
2025-06-20
YTTRANDE
Diarienummer
KS 2025/77

Kommunstyrelsens svar på revisionsskrivelsen

Revisorerna har lämnat följande rekommendation:

1. Se över riktlinjen för tjänsteresor.

Åtgärd: Kommunstyrelsen ger kommundirektören i uppdrag att revidera riktlinjen.

Ansvarig: Kommundirektör

Tidsplan: senast december 2025
"""

# A report as a text extraction of a paged PDF shows it: each page ends with its number,
# the firm's copyright and a classification line, and the next begins with the running
# header. The recommendation list runs over a page break.
_PAGE_BREAK = """
{page}

© 2024 Exempelrevision AB. All rights reserved.

Document classification: Exempelrevision Public

Testby kommun
Granskning av löneprocessen
2024-11-05
"""
PAGED_REPORT = (
    """\
1 Sammanfattning
Vi har av Testby kommuns revisorer fått i uppdrag att granska löneprocessen. Uppdraget
ingår i revisionsplanen för 2024.

Syftet med granskningen är att bedöma om personalnämnden har en ändamålsenlig intern
kontroll i löneprocessen.

Vår samlade bedömning är att personalnämnden i huvudsak har en ändamålsenlig intern
kontroll i löneprocessen, men att kontrollen av behörigheter behöver stärkas.
"""
    + _PAGE_BREAK.format(page=3)
    + """\
Utifrån vår granskning rekommenderar vi personalnämnden att:

— Dokumentera vem som får registrera och attestera ändringar av
lönegrundande uppgifter.

— Införa en årlig genomgång av behörigheterna i lönesystemet.
"""
    + _PAGE_BREAK.format(page=4)
    + """\
— Följa upp att rättelser av felaktiga utbetalningar görs inom en
månad.

2 Inledning
Granskningen avser personalnämnden.
"""
    + _PAGE_BREAK.format(page=5)
    + """\
3 Metod
Vi har intervjuat lönechefen och gått igenom ett urval av utbetalningar.
"""
)


def font_path() -> Path | None:
    """A TrueType font with Swedish letters: DejaVu from the system or from matplotlib."""
    candidates = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:
        pass
    return next((path for path in candidates if path.exists()), None)


def _paged_pdf(header: tuple[str, ...]):
    """An FPDF document in DejaVu whose every page has ``header`` at the top and "Sida N av M"
    at the foot, set in 11 points."""
    from fpdf import FPDF

    font = font_path()
    assert font is not None, "no DejaVu font; callers skip without one"

    class Paged(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", size=8)
            for line in header:
                self.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")

    pdf = Paged()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.add_font("DejaVu", style="B", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    return pdf


def write_report_pdf(path: Path, *, filler_pages: int = 0) -> Path:
    """A real multi-page PDF report: running header, numbered footer, a grading table, a
    recommendation list that a page break cuts in two, and ``filler_pages`` more pages."""
    pdf = _paged_pdf(("Testby kommun", "Granskning av löneprocessen", "2024-11-05"))

    def paragraph(text: str) -> None:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.add_page()
    paragraph("1 Sammanfattning")
    paragraph(
        "Vi har av Testby kommuns revisorer fått i uppdrag att granska löneprocessen. "
        "Uppdraget ingår i revisionsplanen för 2024."
    )
    paragraph(
        "Syftet med granskningen är att bedöma om personalnämnden har en ändamålsenlig "
        "intern kontroll i löneprocessen."
    )
    paragraph(
        "Vår samlade bedömning är att personalnämnden i huvudsak har en ändamålsenlig intern "
        "kontroll i löneprocessen, men att kontrollen av behörigheter behöver stärkas."
    )
    paragraph("Granskningen har besvarat följande revisionsfrågor:")
    for question in (
        "Finns det dokumenterade rutiner för ändringar i lönesystemet?",
        "Är behörigheterna i lönesystemet ändamålsenliga?",
    ):
        paragraph("• " + question)
    with pdf.table(col_widths=(130, 40), text_align="LEFT") as table:
        for row in (
            ("Revisionsfråga", "Bedömning"),
            ("Finns det dokumenterade rutiner för ändringar i lönesystemet?", "Uppfyllt"),
            ("Är behörigheterna i lönesystemet ändamålsenliga?", "Delvis uppfyllt"),
        ):
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)
    paragraph("Utifrån vår granskning rekommenderar vi personalnämnden att:")
    paragraph(
        "• Dokumentera vem som får registrera och attestera ändringar av lönegrundande uppgifter."
    )
    paragraph("• Införa en årlig genomgång av behörigheterna i lönesystemet.")
    pdf.add_page()
    paragraph("• Följa upp att rättelser av felaktiga utbetalningar görs inom en månad.")
    paragraph("2 Inledning")
    paragraph("Granskningen avser personalnämnden. Åtgärder för ökad följsamhet ska följas upp.")
    for page in range(filler_pages):
        pdf.add_page()
        paragraph(f"{page + 3} Iakttagelser")
        for number in range(8):
            paragraph(
                f"Iakttagelse {number + 1}. Lönespecialisten kontrollerar varje månad ett urval "
                "av ändringar, och avvikelser rapporteras till lönechefen som beslutar om "
                "rättelse. Kontrollen dokumenteras i ett särskilt ärende i diariet."
            )
    pdf.output(str(path))
    return path


def write_response_docx(path: Path) -> Path:
    """A real Word response: header lines, paragraphs, and an action table whose
    recommendation cell is merged down over the two actions answering it."""
    from docx import Document

    document = Document()
    document.add_paragraph("Tekniska nämnden")
    document.add_paragraph("Datum: 2025-06-12")
    document.add_paragraph("Dnr TN 2025/118")
    document.add_paragraph("YTTRANDE")
    document.add_heading("Svar på revisionsskrivelse om kommunens fordon", level=1)
    document.add_paragraph("Nämnden har tagit del av revisorernas skrivelse och svarar så här.")
    table = document.add_table(rows=4, cols=4)
    rows = (
        ("Rekommendation", "Åtgärd", "Ansvarig", "Tidsplan"),
        (
            "Införa digitala körjournaler för samtliga fordon.",
            "Upphandla ett system för digitala körjournaler.",
            "Fordonssamordnare",
            "2025-10-31",
        ),
        ("", "Utbilda förarna i systemet.", "Fordonssamordnare", "se ovan"),
        (
            "Se över riktlinjen för tjänsteresor.",
            "Revidera riktlinjen.",
            "Förvaltningschef",
            "vt 2026",
        ),
    )
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            if text:
                cell.text = text
    merged = table.cell(1, 0).merge(table.cell(2, 0))
    merged.text = rows[1][0]
    document.add_paragraph("Nämnden återkommer med en redovisning när åtgärderna är klara.")
    document.save(str(path))
    return path


def write_response_pdf(path: Path) -> Path:
    """A real PDF response whose action table has cells of several lines each."""
    from fpdf import FPDF

    font = font_path()
    assert font is not None, "no DejaVu font; callers skip without one"
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.add_font("DejaVu", style="B", fname=str(font))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for line in (
        "Socialnämnden",
        "Datum: 2025-03-03",
        "Dnr SN 2025/41",
        "YTTRANDE",
        "Socialnämndens svar på granskningen av hemtjänsten",
    ):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = (
        ("Rekommendation", "Åtgärd", "Ansvarig", "Tidsplan"),
        (
            "Fastställa en plan för uppföljning av hemtjänstens kvalitet.",
            "Förvaltningen tar fram en uppföljningsplan som nämnden beslutar om i juni.",
            "Avdelningschef hemtjänst",
            "2025-06-30",
        ),
        ("", "Planen följs upp i delårsrapporten.", "Controller", "Q3 2025"),
        (
            "Analysera avvikelser och rapportera dem till nämnden varje kvartal.",
            "Avvikelserapport införs som stående punkt på nämndens sammanträden.",
            "Kvalitetsstrateg",
            "Löpande",
        ),
    )
    with pdf.table(col_widths=(50, 70, 40, 30), text_align="LEFT") as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.output(str(path))
    return path


# A report on winter road maintenance, one string per printed page. "sandlådorna" (the grit
# bins) stands only in the findings on page 3: no question or recommendation has it.
FINDINGS_REPORT_HEADER = ("Granbacka kommun", "Granskning av vinterväghållningen")
FINDINGS_REPORT_PAGES = (
    """\
Revisionsrapport
Granskning av vinterväghållningen
Granbacka kommun
Oktober 2025

Sammanfattning
På uppdrag av de förtroendevalda revisorerna i Granbacka kommun har vi granskat om tekniska
nämnden säkerställer en ändamålsenlig vinterväghållning. Granskningen ingår i
revisionsplanen för 2025.

Vår samlade bedömning är att tekniska nämnden delvis säkerställer en ändamålsenlig
vinterväghållning.""",
    """\
1 Inledning
1.1 Bakgrund
Kommunen ansvarar för snöröjning och halkbekämpning på gator, gång- och cykelvägar. Arbetet
utförs av två entreprenörer enligt avtal som löper till och med 2027.

1.2 Syfte och revisionsfrågor
Syftet med granskningen är att bedöma om tekniska nämnden säkerställer en ändamålsenlig
vinterväghållning. Följande revisionsfrågor besvaras:
- Finns det en aktuell plan för snöröjning och halkbekämpning?
- Följer nämnden upp att entreprenörerna utför arbetet enligt avtalen?""",
    """\
2 Granskningsresultat
2.1 Plan för vinterväghållningen
Finns det en aktuell plan för snöröjning och halkbekämpning?

2.1.1 Iakttagelser
Planen antogs av nämnden 2019 och har inte reviderats sedan dess. Vid våra besök i januari
var flera av sandlådorna vid busshållplatserna tomma, och ingen på förvaltningen kunde säga
vem som ansvarar för att fylla på dem.

2.1.2 Bedömning
Vi bedömer att planen är inaktuell och att ansvaret för påfyllning av sand är otydligt.""",
    """\
2.2 Uppföljning av entreprenörerna
Följer nämnden upp att entreprenörerna utför arbetet enligt avtalen?

2.2.1 Iakttagelser
Förvaltningen håller möten med entreprenörerna två gånger per säsong men dokumenterar
inte vad som sägs på mötena.

2.2.2 Bedömning
Vi bedömer att uppföljningen av entreprenörerna inte är systematisk.

3 Rekommendationer
Vi rekommenderar tekniska nämnden att:
- Revidera planen för snöröjning och halkbekämpning.
- Dokumentera uppföljningsmötena med entreprenörerna.""",
)


def write_pages_pdf(
    path: Path, pages: tuple[str, ...], header: tuple[str, ...] = FINDINGS_REPORT_HEADER
) -> Path:
    """A real PDF with each of ``pages`` on a page of its own under a running header, with
    "Sida N av M" in the footer; a blank line in a page's text separates paragraphs."""
    pdf = _paged_pdf(header)
    for page in pages:
        pdf.add_page()
        for paragraph in page.split("\n\n"):
            for line in paragraph.splitlines():
                pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(path))
    return path
