"""Board names as users and reports write them, printed one way."""

from __future__ import annotations

import pytest

from ingest.bodies import abbreviate, find_addressees, find_bodies, is_body_name


def test_boards_are_found_in_order_and_capitalised() -> None:
    sentence = "Granskningen avser kommunstyrelsen, barn- och skolnämnden samt miljönämnden."

    assert find_bodies(sentence) == ["Kommunstyrelsen", "Barn- och skolnämnden", "Miljönämnden"]


def test_genitives_become_the_board_itself() -> None:
    sentence = "Granskningen avser kommunstyrelsens och kulturnämndens ansvarsområden."

    assert find_bodies(sentence) == ["Kommunstyrelsen", "Kulturnämnden"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rekommenderar vi nämnden för arbete och välfärd att:", "Nämnden för arbete och välfärd"),
        ("Tekniska nämnden ansvarar för gatorna.", "Tekniska nämnden"),
        ("barn-, kultur- och fritidsnämnden beslutar", "Barn-, kultur- och fritidsnämnden"),
        ("Regionstyrelsen har tagit del av rapporten.", "Regionstyrelsen"),
    ],
)
def test_each_kind_of_board_name(text: str, name: str) -> None:
    assert find_bodies(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["ansvarar nämnden för att följa upp", "styrelsen", "berörda nämnder", "Skolans styrelse"],
)
def test_generic_words_are_not_boards(text: str) -> None:
    assert find_bodies(text) == []


def test_a_group_of_boards_stays_as_printed_beside_the_named_board() -> None:
    lead = "rekommenderar vi kommunstyrelsen och berörda nämnder att:"

    assert find_addressees(lead) == ["Kommunstyrelsen", "berörda nämnder"]


def test_a_board_name_alone_is_recognised() -> None:
    assert is_body_name("Socialnämnden")
    assert not is_body_name("Handläggare")


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Kommunstyrelsen", "KS"),
        ("Socialnämnden", "SN"),
        ("Barn- och utbildningsnämnden", "BUN"),
        ("Nämnden för arbete och välfärd", "NAV"),
        ("Tekniska nämnden", "TN"),
        ("Arbetsutskottet", "AU"),
        ("Kommunstyrelsens arbetsutskott", "KSAU"),
    ],
)
def test_abbreviations_follow_municipal_practice(name: str, initials: str) -> None:
    assert abbreviate(name) == initials


def test_a_district_board_keeps_the_district_it_is_named_by() -> None:
    sentence = "Stadsdelsnämnden Väster och stadsdelsnämnden Norrmarks verksamhet"

    assert find_bodies(sentence) == ["Stadsdelsnämnden Väster", "Stadsdelsnämnden Norrmark"]


def test_a_verb_before_nämnden_is_not_taken_for_a_board() -> None:
    assert find_bodies("Revisorerna vill ha nämndens svar och ska informera nämnden.") == []


def test_a_company_whose_name_has_och_in_it_is_one_company() -> None:
    sentence = "Rapporten överlämnas till Norrvik Vatten och Avfall AB och kommunstyrelsen."

    assert find_addressees(sentence) == ["Norrvik Vatten och Avfall AB", "Kommunstyrelsen"]
    # A board and a company joined by "och" stay two.
    assert find_addressees("Kommunstyrelsen och Norrvik Hamn AB") == [
        "Kommunstyrelsen",
        "Norrvik Hamn AB",
    ]
