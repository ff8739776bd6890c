"""The report's own text kept as passages, and each question's bedömning beside its grade, in
reports written for the tests."""

from __future__ import annotations

from ingest import extract_text

REPORT = """\
Granskningsrapport
Granskning av skolskjutsar
Strandvik kommun

Innehåll
1 Inledning ..... 3
2 Granskningsresultat ..... 4

1 Inledning
1.1 Bakgrund
Revisorerna har beslutat att granska hur barn- och utbildningsnämnden planerar skolskjutsarna.

1.2 Revisionsfrågor
- Finns det riktlinjer för skolskjuts som är beslutade av nämnden?
- Följer nämnden upp att skolskjutsarna går enligt tidtabell?

2 Granskningsresultat

2.1 Riktlinjer för skolskjuts

Finns det riktlinjer för skolskjuts som är beslutade av nämnden?

2.1.1 Iakttagelser

Riktlinjerna antogs av nämnden 2021 och publiceras på kommunens webbplats.

2.1.2 Bedömning

Vi bedömer att det finns aktuella och beslutade riktlinjer.
\f
2.2 Uppföljning av tidtabellen

Följer nämnden upp att skolskjutsarna går enligt tidtabell?

2.2.1 Iakttagelser om förseningar

Förseningar rapporteras av chaufförerna men sammanställs inte.

Bedömning: Nämnden följer inte upp förseningarna systematiskt.

3 Rekommendationer
Vi rekommenderar barn- och utbildningsnämnden att:
- Sammanställa förseningarna varje månad.
"""


def test_passages_keep_their_headings_page_and_kind() -> None:
    passages = extract_text(REPORT, source="skolskjuts.pdf").passages
    by_text = {p.text: p for p in passages}

    observation = by_text["Förseningar rapporteras av chaufförerna men sammanställs inte."]
    assert observation.heading_path == [
        "2 Granskningsresultat",
        "2.2 Uppföljning av tidtabellen",
        "2.2.1 Iakttagelser om förseningar",
    ]
    assert observation.kind == "observation"
    assert observation.page == 2

    assessment = by_text["Vi bedömer att det finns aktuella och beslutade riktlinjer."]
    assert assessment.kind == "assessment" and assessment.page == 1
    assert by_text["Bedömning: Nämnden följer inte upp förseningarna systematiskt."].kind == (
        "assessment"
    )
    background = next(p for p in passages if p.text.startswith("Revisorerna har beslutat"))
    assert background.kind == "background"
    assert any(p.kind == "recommendation" for p in passages)


def test_the_table_of_contents_is_not_a_passage() -> None:
    passages = extract_text(REPORT, source="skolskjuts.txt").passages
    assert not any("....." in p.text for p in passages)


def test_text_without_pages_gives_passages_without_a_page() -> None:
    passages = extract_text(REPORT.replace("\f", ""), source="skolskjuts.txt").passages
    assert passages and all(p.page is None for p in passages)


def test_each_question_carries_the_assessment_of_its_section() -> None:
    questions = extract_text(REPORT, source="skolskjuts.txt").questions
    assert [q.assessment_text for q in questions] == [
        "Vi bedömer att det finns aktuella och beslutade riktlinjer.",
        None,  # its section has no Bedömning heading; the "Bedömning:" paragraph is a passage
    ]


def test_the_text_beside_a_grade_in_a_flattened_table() -> None:
    text = """\
Revisionsfrågor
1. Har nämnden en plan för lokalvården?
2. Följs städkvaliteten upp?

Sammanfattande bedömning per revisionsfråga
Revisionsfråga Bedömning
Har nämnden en plan för lokalvården?
Ja
Planen är antagen och följs.
Följs städkvaliteten upp?
Nej
Kvaliteten mäts inte.
"""
    questions = extract_text(text, source="x.txt").questions
    assert [(q.assessment, q.assessment_text) for q in questions] == [
        ("Ja", "Planen är antagen och följs."),
        ("Nej", "Kvaliteten mäts inte."),
    ]


def test_a_long_report_gives_a_few_hundred_passages() -> None:
    def section(n: int, part: int) -> str:
        return f"Nämnden har i del {part} av område {n} gjort en översyn av rutinerna. " * 4

    chapters = "\n".join(
        f"\f{n} Avsnitt {n}\n\n{n}.1 Iakttagelser\n\n"
        + "\n\n".join(section(n, part) for part in range(3))
        for n in range(1, 101)
    )
    passages = extract_text(chapters, source="lang.pdf").passages
    assert 100 <= len(passages) <= 400


def test_a_question_answered_in_a_chapter_of_another_order() -> None:
    text = """\
2 Inledning

2.1 Revisionsfrågor

Granskningen besvarar följande revisionsfrågor:
• Har nämnden en aktuell plan för underhåll av gatubelysningen?
• Följer nämnden upp energiförbrukningen för gatubelysningen?

3 Resultat

3.1 Energi

3.1.1 Bedömning

Vår bedömning är att nämnden inte följer upp energiförbrukningen för gatubelysningen.

3.2 Underhåll

3.2.1 Bedömning

Vi bedömer att nämnden har en aktuell plan för underhåll av gatubelysningen.
"""
    questions = extract_text(text, source="x.txt").questions
    assert [q.assessment_text for q in questions] == [
        "Vi bedömer att nämnden har en aktuell plan för underhåll av gatubelysningen.",
        "Vår bedömning är att nämnden inte följer upp energiförbrukningen för gatubelysningen.",
    ]
