"""Cleaning: page furniture out (and kept aside), broken lines and hyphenation joined."""

from __future__ import annotations

from bench.samples import PAGED_REPORT
from ingest.cleaning import clean


def texts(text: str) -> list[str]:
    return [block.text for block in clean(text).blocks]


def test_running_headers_and_footers_of_marked_pages_are_set_aside() -> None:
    pages = [
        "Testby kommun\nGranskning av bygglov\nSida 1 av 3\nFörsta sidans text om bygglov.",
        "Testby kommun\nGranskning av bygglov\nSida 2 av 3\nAndra sidans text om tillsyn.",
        "Testby kommun\nGranskning av bygglov\nSida 3 av 3\nTredje sidans text om avgifter.",
    ]

    document = clean("\f".join(pages))

    assert [block.text for block in document.blocks] == [
        "Första sidans text om bygglov.",
        "Andra sidans text om tillsyn.",
        "Tredje sidans text om avgifter.",
    ]
    assert document.furniture == ["Testby kommun", "Granskning av bygglov"]


def test_footers_found_by_copyright_and_page_number_without_page_marks() -> None:
    document = clean(PAGED_REPORT)

    assert "Granskning av löneprocessen" in document.furniture
    assert "2024-11-05" in document.furniture
    assert not any("©" in text or "classification" in text for text in texts(PAGED_REPORT))
    assert "4" not in texts(PAGED_REPORT)


def test_a_list_broken_by_a_page_footer_is_one_list_again() -> None:
    items = [block.text for block in clean(PAGED_REPORT).blocks if block.kind == "item"]

    assert items == [
        "Dokumentera vem som får registrera och attestera ändringar av lönegrundande uppgifter.",
        "Införa en årlig genomgång av behörigheterna i lönesystemet.",
        "Följa upp att rättelser av felaktiga utbetalningar görs inom en månad.",
    ]


def test_a_sentence_repeated_in_the_text_is_not_furniture() -> None:
    text = "\n".join(
        ["Följande frågor har besvarats:"]
        + ["— Sker det någon uppföljning av arbetet?", "— Finns det en plan?"] * 3
    )

    assert texts(text).count("Sker det någon uppföljning av arbetet?") == 3


def test_line_end_hyphenation_is_removed_but_real_hyphens_stay() -> None:
    text = (
        "Nämnden bör stärka trygghets-\narbetet och peka ut fokus-\noch förbättringsområden\n"
        "samt anställa en SIG-\nsamordnare och ta fram en e-\ntjänst för ansökan senast 2025-\n"
        "03-31.\n"
    )

    assert texts(text) == [
        "Nämnden bör stärka trygghetsarbetet och peka ut fokus- och förbättringsområden "
        "samt anställa en SIG-samordnare och ta fram en e-tjänst för ansökan senast 2025-03-31."
    ]


def test_broken_lines_are_joined_into_paragraphs_even_when_double_spaced() -> None:
    text = (
        "Vår samlade bedömning är att nämnden inte i tillräcklig omfattning har säkerställt \n\n"
        "en ändamålsenlig uppföljning av verksamheten. Nämnden bör därför utveckla sin \n\n"
        "uppföljning. \n\n"
        "Nästa stycke börjar här.\n"
    )

    assert texts(text) == [
        "Vår samlade bedömning är att nämnden inte i tillräcklig omfattning har säkerställt "
        "en ändamålsenlig uppföljning av verksamheten. Nämnden bör därför utveckla sin "
        "uppföljning.",
        "Nästa stycke börjar här.",
    ]


def test_bullets_of_every_kind_become_items() -> None:
    text = "\n".join(
        [
            "Vi rekommenderar att:",
            "• Punkt med prick.",
            "– Punkt med tankstreck.",
            "- Punkt med bindestreck.",
            "\uf0b7 Punkt med förlorat typsnittstecken.",
            "1. Numrerad punkt.",
            "a) Bokstavspunkt.",
        ]
    )

    blocks = clean(text).blocks[1:]

    assert [(b.kind, b.text) for b in blocks] == [
        ("item", "Punkt med prick."),
        ("item", "Punkt med tankstreck."),
        ("item", "Punkt med bindestreck."),
        ("item", "Punkt med förlorat typsnittstecken."),
        ("item", "Numrerad punkt."),
        ("item", "Bokstavspunkt."),
    ]
    assert [b.number for b in blocks[-2:]] == ["1", "a"]


def test_a_bullet_whose_glyph_was_lost_starts_its_own_block() -> None:
    text = (
        "Vi rekommenderar nämnden att:\n\n"
        " Ta fram en plan för arbetet med \n\nlokalförsörjning.\n\n"
        " Följa upp planen årligen.\n"
    )

    blocks = clean(text).blocks

    assert [(b.text, b.indented) for b in blocks[1:]] == [
        ("Ta fram en plan för arbetet med lokalförsörjning.", True),
        ("Följa upp planen årligen.", True),
    ]


def test_markdown_and_html_from_converters_are_stripped() -> None:
    text = (
        "## **1.2 Syfte**\n\n"
        "Granskningen *syftar* till att bedöma<sup>3</sup> rutinerna.\n\n"
        "<b>Kontrollmål</b>\t<b>Bedömning</b>\n"
    )

    blocks = clean(text).blocks

    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "1.2 Syfte"),
        ("paragraph", "Granskningen syftar till att bedöma rutinerna."),
        ("row", "Kontrollmål Bedömning"),
    ]
    assert blocks[2].cells == ("Kontrollmål", "Bedömning")


def test_table_rows_keep_their_empty_cells() -> None:
    row = clean("\tUppföljning av planen.\tController\t\tKS\t\n").blocks[0]

    assert row.cells == ("", "Uppföljning av planen.", "Controller", "", "KS", "")


def test_footnotes_under_a_blank_rule_are_dropped() -> None:
    text = (
        "Nämnden har antagit en plan för arbetet med 30 mål som ska nås\n"
        "                                                \n"
        "1 Planen antogs av fullmäktige.\n"
        " inom tre år.\n"
    )

    assert texts(text) == [
        "Nämnden har antagit en plan för arbetet med 30 mål som ska nås inom tre år."
    ]


def test_numbered_section_headings_are_headings() -> None:
    blocks = clean("3.2.1 Iakttagelser\nNämnden har en plan.\n").blocks

    assert [(b.kind, b.number) for b in blocks] == [("heading", "3.2.1"), ("paragraph", None)]


def test_each_block_knows_its_page_from_the_form_feeds() -> None:
    pages = [
        "Testby kommun\nSida 1 av 4\nFörsta sidans text om bygglov.",
        "Testby kommun\nSida 2 av 4\nAndra sidans text om tillsyn.\n\nEtt stycke till.",
        "",  # a page without text still counts
        "Testby kommun\nSida 4 av 4\nFjärde sidans text om avgifter.",
    ]

    blocks = clean("\f".join(pages)).blocks

    assert [(block.text, block.page) for block in blocks] == [
        ("Första sidans text om bygglov.", 1),
        ("Andra sidans text om tillsyn.", 2),
        ("Ett stycke till.", 2),
        ("Fjärde sidans text om avgifter.", 4),
    ]


def test_text_without_pages_has_no_page_numbers_unless_it_is_a_paged_document() -> None:
    text = "En rad om revisionen.\n\nEn rad till."

    assert {block.page for block in clean(text).blocks} == {None}
    assert {block.page for block in clean(text, paged=True).blocks} == {1}


def test_numbered_items_past_ninety_nine_are_items() -> None:
    text = "\n".join(f"{n}. Punkt nummer {n}." for n in (98, 99, 100, 101, 150))

    blocks = clean(text).blocks

    assert [(b.kind, b.number) for b in blocks] == [
        ("item", "98"),
        ("item", "99"),
        ("item", "100"),
        ("item", "101"),
        ("item", "150"),
    ]


def test_lower_case_lines_pushed_in_after_a_lead_in_are_items_not_its_continuation() -> None:
    text = (
        "Vi rekommenderar nämnden att\n\n  ta fram en plan för\n  tillsynen\n"
        "  följa upp planen\n\nEn vanlig mening som bryts\nmitt i och fortsätter.\n"
    )
    assert texts(text) == [
        "Vi rekommenderar nämnden att",
        "ta fram en plan för tillsynen",
        "följa upp planen",
        "En vanlig mening som bryts mitt i och fortsätter.",
    ]


def test_a_table_typed_with_spaces_becomes_rows_and_its_recommendations_are_found() -> None:
    from ingest import extract_text

    text = "\n".join(
        [
            "SKRIVELSE                                        Åsvik kommun",
            "                                                 Revisorerna",
            "",
            "Vi har granskat bostadsanpassningen.  Rapporten bifogas.",
            "Handläggningen tar för lång tid.  Besluten motiveras sällan.",
            "",
            "Vi lämnar följande rekommendationer:",
            "",
            "Nr  Rekommendation                                      Ansvarig",
            "1   Korta väntan på beslut om bostadsanpassning          Socialnämnden",
            "2   Motivera avslag så att sökanden förstår dem          Socialnämnden",
            "3   Samordna besiktningarna med fastighetsägarna         Tekniska nämnden",
            "",
            "Revisorerna",
        ]
    )

    blocks = clean(text).blocks
    assert [list(b.cells) for b in blocks if b.kind == "row"] == [
        ["Nr", "Rekommendation", "Ansvarig"],
        ["1", "Korta väntan på beslut om bostadsanpassning", "Socialnämnden"],
        ["2", "Motivera avslag så att sökanden förstår dem", "Socialnämnden"],
        ["3", "Samordna besiktningarna med fastighetsägarna", "Tekniska nämnden"],
    ]
    # The letterhead pushed right and prose with two spaces after a full stop stay text.
    assert "Vi har granskat bostadsanpassningen. Rapporten bifogas." in texts(text)[1:3]
    assert [(r.text, r.addressee) for r in extract_text(text, source="x").recommendations] == [
        ("Korta väntan på beslut om bostadsanpassning", ["Socialnämnden"]),
        ("Motivera avslag så att sökanden förstår dem", ["Socialnämnden"]),
        ("Samordna besiktningarna med fastighetsägarna", ["Tekniska nämnden"]),
    ]


def test_a_cell_of_a_table_typed_with_spaces_wraps_onto_a_line_set_in() -> None:
    text = "\n".join(
        [
            "Rekommendationer",
            "",
            "Nr  Rekommendation                              Ansvarig",
            "1   Inför en rutin för uppföljning av            Kommunstyrelsen",
            "    bolagens ägardirektiv",
            "2   Se över delegationsordningen                 Kommunstyrelsen",
            "3   Redovisa internkontrollen för nämnden        Byggnadsnämnden",
            "    två gånger per år",
            "",
            "Revisorerna",
        ]
    )

    assert [list(b.cells) for b in clean(text).blocks if b.kind == "row"] == [
        ["Nr", "Rekommendation", "Ansvarig"],
        ["1", "Inför en rutin för uppföljning av bolagens ägardirektiv", "Kommunstyrelsen"],
        ["2", "Se över delegationsordningen", "Kommunstyrelsen"],
        ["3", "Redovisa internkontrollen för nämnden två gånger per år", "Byggnadsnämnden"],
    ]
