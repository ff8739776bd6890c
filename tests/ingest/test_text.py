"""Swedish sentences as the extractors see them."""

from __future__ import annotations

from ingest.text import sentences


def test_abbreviations_and_statute_references_do_not_end_a_sentence() -> None:
    text = (
        "Enligt 3 kap. 12 § ska nämnden bl.a. följa upp avtalen. "
        "Vi noterar t.ex. att rutinen saknas. Arbetet pågår."
    )
    assert sentences(text) == [
        "Enligt 3 kap. 12 § ska nämnden bl.a. följa upp avtalen.",
        "Vi noterar t.ex. att rutinen saknas.",
        "Arbetet pågår.",
    ]


def test_a_number_closing_a_sentence_ends_it_but_a_numbered_heading_is_one() -> None:
    assert sentences("Beslutet fattades av arbetsgrupp 4. Ordföranden reserverade sig.") == [
        "Beslutet fattades av arbetsgrupp 4.",
        "Ordföranden reserverade sig.",
    ]
    assert sentences("3. Iakttagelser") == ["3. Iakttagelser"]


def test_a_quoted_reply_opens_a_sentence_of_its_own() -> None:
    assert sentences("Granskningen är klar. – Vi tar till oss kritiken, säger ordföranden.") == [
        "Granskningen är klar.",
        "– Vi tar till oss kritiken, säger ordföranden.",
    ]
