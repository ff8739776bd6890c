"""Readers proven on real files the tests generate, and on files that cannot be read."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from bench.samples import font_path, write_report_pdf, write_response_docx, write_response_pdf
from ingest import REASONS, UnreadableDocument, extract_bytes, extract_file, read_document
from ingest.messages import MESSAGES, describe

needs_font = pytest.mark.skipif(font_path() is None, reason="no DejaVu TrueType font")


def reason_for(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as raised:
        read_document(path)
    assert raised.value.filename == path.name
    return raised.value.reason


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory) -> Path:
    if font_path() is None:
        pytest.skip("no DejaVu TrueType font")
    return write_report_pdf(tmp_path_factory.mktemp("pdf") / "lonegranskning.pdf")


@needs_font
def test_a_pdf_report_reads_with_swedish_letters_and_marked_pages(report_pdf: Path) -> None:
    text = read_document(report_pdf)

    assert "\f" in text  # one form feed between the two pages
    assert "Åtgärder för ökad följsamhet" in text
    assert "Är behörigheterna i lönesystemet ändamålsenliga?" in text


@needs_font
def test_a_pdf_report_extracts_like_its_text(report_pdf: Path) -> None:
    extraction = extract_file(report_pdf)

    assert extraction.source == "lonegranskning.pdf"
    assert extraction.organisation == "Testby kommun"
    assert extraction.title == "Granskning av löneprocessen"  # from the running header
    assert extraction.report_date == "2024-11-05"
    assert [(q.text, q.assessment) for q in extraction.questions] == [
        ("Finns det dokumenterade rutiner för ändringar i lönesystemet?", "Uppfyllt"),
        ("Är behörigheterna i lönesystemet ändamålsenliga?", "Delvis uppfyllt"),
    ]
    # The third recommendation is on the next page, after the footer and header.
    assert [r.text for r in extraction.recommendations] == [
        "Dokumentera vem som får registrera och attestera ändringar av lönegrundande uppgifter.",
        "Införa en årlig genomgång av behörigheterna i lönesystemet.",
        "Följa upp att rättelser av felaktiga utbetalningar görs inom en månad.",
    ]


@needs_font
def test_a_thirty_page_pdf_reads_every_page(tmp_path: Path) -> None:
    pdf = write_report_pdf(tmp_path / "lang.pdf", filler_pages=28)

    text = read_document(pdf)

    assert text.count("\f") == 29
    assert extract_file(pdf).title == "Granskning av löneprocessen"


@needs_font
def test_a_pdf_action_table_keeps_each_cell_whole(tmp_path: Path) -> None:
    pdf = write_response_pdf(tmp_path / "svar.pdf")

    response = extract_file(pdf).responses[0]

    assert (response.body, response.registry_number) == ("Socialnämnden", "SN 2025/41")
    assert [
        (a.recommendation_index, a.action, a.responsible, a.due, a.due_precision)
        for a in response.actions
    ] == [
        (
            0,
            "Förvaltningen tar fram en uppföljningsplan som nämnden beslutar om i juni.",
            "Avdelningschef hemtjänst",
            dt.date(2025, 6, 30),
            "day",
        ),
        (0, "Planen följs upp i delårsrapporten.", "Controller", dt.date(2025, 9, 30), "month"),
        (
            1,
            "Avvikelserapport införs som stående punkt på nämndens sammanträden.",
            "Kvalitetsstrateg",
            None,
            "continuous",
        ),
    ]


def test_a_word_response_reads_paragraphs_and_its_action_table(tmp_path: Path) -> None:
    docx = write_response_docx(tmp_path / "yttrande.docx")

    text = read_document(docx)
    response = extract_file(docx).responses[0]

    assert "Rekommendation\tÅtgärd\tAnsvarig\tTidsplan" in text
    assert (response.body, response.date, response.registry_number) == (
        "Tekniska nämnden",
        dt.date(2025, 6, 12),
        "TN 2025/118",
    )
    # The merged recommendation cell spans two actions: both answer the first recommendation.
    assert [(a.recommendation_index, a.action, a.due) for a in response.actions] == [
        (0, "Upphandla ett system för digitala körjournaler.", dt.date(2025, 10, 31)),
        (0, "Utbilda förarna i systemet.", dt.date(2025, 10, 31)),
        (1, "Revidera riktlinjen.", dt.date(2026, 6, 30)),
    ]


def test_text_files_in_utf8_with_bom_and_in_windows_1252(tmp_path: Path) -> None:
    sentence = "Vår samlade bedömning är att nämnden säkerställer en god kvalitet."
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes("\ufeff".encode() + sentence.encode())
    legacy = tmp_path / "gammal.md"
    legacy.write_bytes(sentence.encode("cp1252"))

    assert read_document(with_bom) == sentence
    assert read_document(legacy) == sentence


@needs_font
def test_a_password_protected_pdf_is_refused_as_encrypted(report_pdf: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(report_pdf))
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="AES-256")
    locked = tmp_path / "last.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)

    assert reason_for(locked) == "encrypted"


@needs_font
def test_a_pdf_locked_only_against_editing_still_reads(report_pdf: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(report_pdf))
    writer.encrypt(user_password="", owner_password="ägare", algorithm="AES-128")
    protected = tmp_path / "skyddad.pdf"
    with protected.open("wb") as handle:
        writer.write(handle)

    assert "Testby kommun" in read_document(protected)


@needs_font
def test_a_truncated_pdf_is_broken(report_pdf: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "avbruten.pdf"
    data = report_pdf.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])

    assert reason_for(truncated) == "broken_pdf"


def test_a_pdf_that_is_not_a_pdf_is_broken(tmp_path: Path) -> None:
    fake = tmp_path / "rapport.pdf"
    fake.write_bytes("<html>Det här är en webbsida</html>".encode())

    assert reason_for(fake) == "broken_pdf"


def test_a_pdf_without_a_text_layer_says_so(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    scanned = tmp_path / "inskannad.pdf"
    with scanned.open("wb") as handle:
        writer.write(handle)

    assert reason_for(scanned) == "no_text"


def test_a_broken_word_file(tmp_path: Path) -> None:
    broken = tmp_path / "yttrande.docx"
    broken.write_bytes(b"PK\x03\x04 inte ett riktigt dokument")

    assert reason_for(broken) == "broken_docx"


def test_a_word_file_whose_document_has_no_body_is_broken(tmp_path: Path) -> None:
    whole = write_response_docx(tmp_path / "hel.docx").read_bytes()
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(whole)) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = (
                    b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                    b'wordprocessingml/2006/main"/>'
                )
            target.writestr(item, data)
    path = tmp_path / "utan-brodtext.docx"
    path.write_bytes(damaged.getvalue())
    with pytest.raises(UnreadableDocument) as raised:
        read_document(path)
    assert raised.value.reason == "broken_docx"


@pytest.mark.parametrize("name", ["tom.txt", "tom.pdf", "tom.docx", "blank.md"])
def test_an_empty_file(tmp_path: Path, name: str) -> None:
    empty = tmp_path / name
    empty.write_bytes(b"" if name != "blank.md" else b"  \n\n ")

    assert reason_for(empty) == "empty"


def test_a_binary_file_posing_as_text(tmp_path: Path) -> None:
    binary = tmp_path / "rapport.txt"
    binary.write_bytes(bytes(range(256)) * 20)

    assert reason_for(binary) == "binary"


@pytest.mark.parametrize("name", ["rapport.doc", "rapport.xlsx", "rapport"])
def test_an_unsupported_file_type(tmp_path: Path, name: str) -> None:
    other = tmp_path / name
    other.write_bytes(b"content")

    assert reason_for(other) == "unsupported_type"


def test_a_missing_file(tmp_path: Path) -> None:
    assert reason_for(tmp_path / "finns-inte.pdf") == "not_found"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_reason_has_a_message_naming_the_file(language: str) -> None:
    assert set(MESSAGES[language]) == set(REASONS)
    for reason in REASONS:
        message = describe(UnreadableDocument(reason, "rapport.pdf"), language)
        assert "rapport.pdf" in message


def test_an_upload_held_in_memory_extracts_like_a_file(tmp_path: Path) -> None:
    docx = write_response_docx(tmp_path / "yttrande.docx")

    from_memory = extract_bytes(docx.read_bytes(), filename="yttrande.docx")

    assert from_memory == extract_file(docx)
    with pytest.raises(UnreadableDocument) as raised:
        extract_bytes(b"", filename="tom.pdf")
    assert raised.value.reason == "empty"


def test_a_folder_named_like_a_report_cannot_be_opened(tmp_path: Path) -> None:
    folder = tmp_path / "rapport.pdf"
    folder.mkdir()

    assert reason_for(folder) == "no_access"


def test_utf16_text_without_a_byte_order_mark_is_told_by_its_zero_bytes(tmp_path: Path) -> None:
    sentence = "Vår samlade bedömning är att nämnden säkerställer en god kvalitet."
    little = tmp_path / "utf16le.txt"
    little.write_bytes(sentence.encode("utf-16-le"))
    big = tmp_path / "utf16be.txt"
    big.write_bytes(sentence.encode("utf-16-be"))

    assert read_document(little) == sentence
    assert read_document(big) == sentence


def test_a_dos_text_file_reads_with_its_swedish_letters(tmp_path: Path) -> None:
    sentence = "Överförmyndarnämnden bör säkerställa att årsräkningar granskas i tid."
    dos = tmp_path / "dos.txt"
    dos.write_bytes(sentence.encode("cp850"))

    assert read_document(dos) == sentence


def test_bullets_that_notepad_saved_as_question_marks_are_still_a_list(tmp_path: Path) -> None:
    text = (
        "Vi rekommenderar tekniska nämnden att:\r\n"
        "● Upprätta en underhållsplan för kommunens broar.\r\n"
        "● Följa upp planen årligen – och rapportera avvikelser.\r\n"
    )
    legacy = tmp_path / "anteckningar.txt"
    legacy.write_bytes(text.encode("cp1252", errors="replace"))  # "●" becomes "?"

    extraction = extract_file(legacy)

    assert [r.text for r in extraction.recommendations] == [
        "Upprätta en underhållsplan för kommunens broar.",
        "Följa upp planen årligen – och rapportera avvikelser.",
    ]
