"""Names as people type them find the organisation, board or audit they mean."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.errors import Ambiguous, NoMatch
from bot.rules.matching import (
    AuditsInHand,
    find_audit,
    find_organisation,
    find_target,
    match_bodies,
)
from bot.rules.subcommands import Subcommand, parse
from ingest.bodies import abbreviate
from storage.bodies import default_aliases
from storage.read_models import AuditRef, BodyRef, OrganisationRef


def _body(id_: int, name: str, org_id: int, org: str) -> BodyRef:
    return BodyRef(id_, name, abbreviate(name), org_id, org, tuple(default_aliases(name)))


ORGS = [
    OrganisationRef(1, "Ängby kommun"),
    OrganisationRef(2, "Östra Vik kommun"),
    OrganisationRef(3, "Region Norrby"),
]
BODIES = [
    _body(10, "Kommunstyrelsen", 1, "Ängby kommun"),
    _body(11, "Socialnämnden", 1, "Ängby kommun"),
    _body(12, "Barn- och ungdomsnämnden", 1, "Ängby kommun"),
    _body(20, "Socialnämnden", 2, "Östra Vik kommun"),
    _body(30, "Nämnden för arbete och välfärd", 3, "Region Norrby"),
]
AUDITS = [
    AuditRef(
        100,
        1,
        "Ängby kommun",
        "Granskning av äldreomsorgens bemanning",
        "PwC",
        dt.date(2029, 5, 1),
        2029,
    ),
    AuditRef(
        101,
        1,
        "Ängby kommun",
        "Granskning av integrationsarbetet",
        "KPMG",
        dt.date(2028, 5, 1),
        2028,
    ),
    AuditRef(200, 2, "Östra Vik kommun", "Integration och etablering", "EY", None, 2029),
    AuditRef(300, 3, "Region Norrby", None, "PwC", None, 2030),
]


@pytest.mark.parametrize("typed", ["ängby", "Angby", "ÄNGBY KOMMUN", "angby kommun", "ängbu"])
def test_organisations_without_accents_case_or_kommun(typed: str) -> None:
    assert find_organisation(typed, ORGS).id == 1


def test_region_names_match_with_or_without_region() -> None:
    assert find_organisation("norrby", ORGS).id == 3
    assert find_organisation("region norrby", ORGS).id == 3


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("socialnämnden", {11, 20}),
        ("socialnamnden", {11, 20}),
        ("social", {11, 20}),
        ("SN", {11, 20}),
        ("socialnämden", {11, 20}),
        ("bun", {12}),
        ("barn och ungdom", {12}),
        ("KS", {10}),
        ("arbete och välfärd", {30}),
        ("NAV", {30}),
    ],
)
def test_boards_by_name_abbreviation_alias_or_typo(typed: str, ids: set[int]) -> None:
    assert {b.id for b in match_bodies(typed, BODIES)} == ids


def test_target_is_a_board_of_one_organisation_or_of_all() -> None:
    one = find_target("ängby sn", ORGS, BODIES)
    assert one.organisation.id == 1 and [b.id for b in one.bodies] == [11]
    everywhere = find_target("socialnämnden", ORGS, BODIES)
    assert everywhere.organisation is None and {b.id for b in everywhere.bodies} == {11, 20}
    assert find_target("östra vik", ORGS, BODIES).bodies == ()


def test_unknown_target_suggests_the_nearest() -> None:
    with pytest.raises(NoMatch) as raised:
        find_target("ängby byggnadsnämnden", ORGS, BODIES)
    assert raised.value.kind == "body"


@pytest.mark.parametrize(
    ("typed", "audit_id"),
    [
        ("100", 100),
        ("#101", 101),
        ("ängby äldre", 100),
        ("angby aldreomsorg", 100),
        ("ängby integr", 101),
        ("ängby integartion", 101),
        ("östra vik", 200),
        ("norrby", 300),
        ("norrby 2030", 300),
        ("ängby 2028", 101),
        ("integration östra vik", 200),
    ],
)
def test_audits_by_id_organisation_year_or_title_words(typed: str, audit_id: int) -> None:
    assert find_audit(typed, AuditsInHand(AUDITS), ORGS).id == audit_id


def test_several_equally_good_audits_are_offered() -> None:
    with pytest.raises(Ambiguous) as raised:
        find_audit("ängby", AuditsInHand(AUDITS), ORGS)
    assert [a.id for a in raised.value.choices] == [100, 101]


def test_no_audit_suggests_what_was_meant() -> None:
    with pytest.raises(NoMatch) as raised:
        find_audit("ängby bemanning skola", AuditsInHand(AUDITS), ORGS)
    assert raised.value.suggestions[0].id == 100
    with pytest.raises(NoMatch):
        find_audit("9999", AuditsInHand(AUDITS), ORGS)


@pytest.mark.parametrize(
    ("text", "sub", "args"),
    [
        ("", Subcommand.HELP, ""),
        ("help", Subcommand.HELP, ""),
        ("deadlines 14", Subcommand.DEADLINES, "14"),
        ("Oppna socialnamnden", Subcommand.OPEN, "socialnamnden"),
        ("sok orosanmälan", Subcommand.SEARCH, "orosanmälan"),
        ("atgarder 12", Subcommand.ACTIONS, "12"),
        ("sluta bevaka ängby", Subcommand.UNWATCH, "ängby"),
        ("unwatch ängby", Subcommand.UNWATCH, "ängby"),
    ],
)
def test_sub_commands_and_their_english_aliases(text: str, sub: Subcommand, args: str) -> None:
    assert parse(text) == (sub, args)


FILLER = [
    AuditRef(
        1000 + n,
        4,
        "Fyllby kommun",
        f"Granskning av {('upphandling', 'arkivet', 'bisysslor', 'attesträtter')[n % 4]} {n}",
        "EY",
        None,
        2020 + n % 10,
    )
    for n in range(2000)
]


def test_a_title_without_an_organisation_is_found_among_thousands_of_audits() -> None:
    """Without an organisation every audit of the workspace is a candidate; at that size a
    word index picks which to score, and the answers are those of the small list."""
    few, many = AuditsInHand(AUDITS), AuditsInHand([*FILLER, *AUDITS])
    for typed in ("aldreomsorg", "äldreomsorgens bemaning", "integartion", "integr etabl"):
        assert find_audit(typed, many, ORGS) == find_audit(typed, few, ORGS), typed
    assert find_audit("aldreomsorg", many, ORGS).id == 100
    assert find_audit("bisysslor 1002", many, ORGS).id == 2002
    with pytest.raises(Ambiguous) as raised:
        find_audit("granskning 2029", many, ORGS)
    assert len(raised.value.choices) == 10
    with pytest.raises(NoMatch) as nothing:
        find_audit("äldreomsorgens bemanning skola", many, ORGS)
    assert nothing.value.suggestions[0].id == 100
