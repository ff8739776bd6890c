"""Follow-up rounds in the database: which recommendations a round takes, assessments kept per
round, and a form opened before someone else's save refused instead of writing over it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from storage import followup, followup_edits, history
from storage.audits import get_audit
from storage.db import transaction
from storage.edits import Edit
from storage.errors import NotFound
from storage.followup_edits import StaleForm
from storage.followup_models import FollowUpItem
from storage.migrate import upgrade
from storage.models import Organisation
from tests.conftest import OTHER_TEAM, TEAM
from tests.support.followup import ORGANISATION, load_angsby


@pytest.fixture
def angsby(session_factory: sessionmaker[Session]) -> dict[str, int]:
    return load_angsby(session_factory, team_id=TEAM)


def _organisation_id(session: Session) -> int:
    return session.scalar(select(Organisation.id).where(Organisation.name == ORGANISATION))


def _start(session_factory, year: int, *, actor: str = "U0EDITOR") -> followup.RoundRef:
    with transaction(session_factory) as session:
        round_id, _ = followup_edits.start_round(
            Edit(session, TEAM, actor), organisation_id=_organisation_id(session), year=year
        )
        return followup.round_by_id(session, team_id=TEAM, round_id=round_id)


def _items(session_factory, round_ref) -> list[followup.RoundItem]:
    with session_factory() as session:
        return followup.round_items(session, team_id=TEAM, round_ref=round_ref)


def _assess(session_factory, item, assessment, comment="Sett i protokoll.", *, actor="U0EDITOR"):
    with transaction(session_factory) as session:
        return followup_edits.assess(
            Edit(session, TEAM, actor),
            item_id=item.id,
            seen_version=item.version,
            assessment=assessment,
            comment=comment,
            evidence=None,
        )


def test_a_round_takes_the_audits_answered_by_the_end_of_the_year_before(
    session_factory, angsby
) -> None:
    round_2030 = _start(session_factory, 2030)
    texts = [item.recommendation.text for item in _items(session_factory, round_2030)]
    # Home care (answered 2028) and premises (2029); not procurement (answered January
    # 2030) nor the school audit (Socialnämnden has not answered).
    assert texts == [
        "Inför ett gemensamt schemaverktyg för hemtjänsten.",
        "Följ upp kontinuiteten för brukarna varje kvartal.",
        "Se över introduktionen av nyanställda.",
        "Ta fram en lokalförsörjningsplan för tio år.",
        "Gör en underhållsplan för skolorna.",
    ]
    first = _items(session_factory, round_2030)[0]
    assert [(r.body, r.registry_number) for r in first.responses] == [
        ("Socialnämnden", "SN-2028/77"),
        ("Kommunstyrelsen", "KS-2028/301"),
    ]
    assert [a.text for a in first.recommendation.actions] == [
        "Ett schemaverktyg upphandlas och tas i bruk."
    ]
    group = _items(session_factory, round_2030)[2]
    assert group.boards == ("Socialnämnden", "Kommunstyrelsen")  # "berörda nämnder"


def test_starting_twice_resumes_the_same_round(session_factory, angsby) -> None:
    first = _start(session_factory, 2030)
    again = _start(session_factory, 2030, actor="U0OTHER")
    assert again.id == first.id and again.created_by == "U0EDITOR"
    with session_factory() as session:
        assert followup.progress(session, round_id=first.id).total == 5


def test_assessments_are_kept_per_round_and_the_audit_shows_the_latest(
    session_factory, angsby
) -> None:
    round_2029 = _start(session_factory, 2029)
    schedule, continuity, introduction = _items(session_factory, round_2029)
    _assess(session_factory, schedule, "partly_fixed", "Verktyget är upphandlat men inte i bruk.")
    _assess(session_factory, introduction, "fixed", "Nytt program sedan mars.")
    _assess(session_factory, continuity, "not_fixed", "Ingen kvartalsrapport ännu.")

    round_2030 = _start(session_factory, 2030)
    items = {i.recommendation.text: i for i in _items(session_factory, round_2030)}
    # What an earlier round found fixed is not followed up again; the rest is, with it shown.
    assert "Se över introduktionen av nyanställda." not in items
    carried = items["Inför ett gemensamt schemaverktyg för hemtjänsten."]
    assert carried.current is None
    assert (carried.previous.year, carried.previous.assessment) == (2029, "partly_fixed")

    _assess(session_factory, carried, "fixed", "Verktyget används i alla grupper.")
    with session_factory() as session:
        detail = get_audit(session, team_id=TEAM, audit_id=angsby["home_care"])
        by_text = {r.text: detail.follow_ups.get(r.id) for r in detail.recommendations}
        kept_2029 = followup.round_items(session, team_id=TEAM, round_ref=round_2029)
    assert (by_text["Inför ett gemensamt schemaverktyg för hemtjänsten."].year, "fixed") == (
        2030,
        by_text["Inför ett gemensamt schemaverktyg för hemtjänsten."].assessment,
    )
    assert by_text["Se över introduktionen av nyanställda."].year == 2029
    assert kept_2029[0].current.assessment == "partly_fixed"  # 2029's stays as it was


def test_a_form_opened_before_another_save_is_refused_and_changes_nothing(
    session_factory, angsby
) -> None:
    round_ref = _start(session_factory, 2030)
    opened_by_anna = opened_by_bo = _items(session_factory, round_ref)[0]
    assert _assess(session_factory, opened_by_anna, "fixed", "Klart.", actor="U0ANNA") is True
    with pytest.raises(StaleForm):
        _assess(session_factory, opened_by_bo, "not_fixed", "Inte klart.", actor="U0BO")
    (item,) = [i for i in _items(session_factory, round_ref) if i.id == opened_by_anna.id]
    assert (item.current.assessment, item.current.assessed_by, item.version) == (
        "fixed",
        "U0ANNA",
        1,
    )
    # Bo, shown Anna's assessment, saves over the version he has now seen.
    _assess(session_factory, item, "partly_fixed", "Delvis, se protokoll.", actor="U0BO")
    with session_factory() as session:
        log = history.changes(session, team_id=TEAM, entity="follow_up_item", entity_id=item.id)
    assert [(c.actor, c.field, c.old_value, c.new_value) for c in reversed(log)] == [
        ("U0ANNA", "assessment", None, "fixed"),
        ("U0ANNA", "comment", None, "Klart."),
        ("U0BO", "assessment", "fixed", "partly_fixed"),
        ("U0BO", "comment", "Klart.", "Delvis, se protokoll."),
    ]


def test_two_auditors_saving_at_the_same_moment(session_factory, angsby) -> None:
    """Different recommendations are both saved; the same one is saved once, the other told."""
    round_ref = _start(session_factory, 2030)
    first, second, *_ = _items(session_factory, round_ref)
    jobs = [(first, "U0ANNA"), (second, "U0BO"), (first, "U0CAJ")]
    barrier = threading.Barrier(len(jobs))
    outcomes: dict[str, object] = {}

    def save(item, actor: str) -> None:
        barrier.wait()
        try:
            outcomes[actor] = _assess(session_factory, item, "fixed", f"Av {actor}.", actor=actor)
        except StaleForm as error:
            outcomes[actor] = error

    threads = [threading.Thread(target=save, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes["U0BO"] is True
    assert sorted(type(outcomes[a]).__name__ for a in ("U0ANNA", "U0CAJ")) == ["StaleForm", "bool"]
    saved = {i.id: i.current for i in _items(session_factory, round_ref) if i.current}
    winner = next(a for a in ("U0ANNA", "U0CAJ") if outcomes[a] is True)
    assert saved[first.id].assessed_by == winner and saved[first.id].comment == f"Av {winner}."
    assert saved[second.id].assessed_by == "U0BO"


def test_another_workspace_sees_neither_round_nor_item(session_factory, angsby) -> None:
    round_ref = _start(session_factory, 2030)
    item = _items(session_factory, round_ref)[0]
    with session_factory() as session:
        with pytest.raises(NotFound):
            followup.round_item(session, team_id=OTHER_TEAM, item_id=item.id)
        with pytest.raises(NotFound):
            followup.round_by_id(session, team_id=OTHER_TEAM, round_id=round_ref.id)
    with transaction(session_factory) as session, pytest.raises(NotFound):
        followup_edits.assess(
            Edit(session, OTHER_TEAM, "U0X"),
            item_id=item.id,
            seen_version=0,
            assessment="fixed",
            comment="x",
            evidence=None,
        )


def test_an_editor_chooses_the_rounds_audits_and_no_assessment_is_lost(
    session_factory, angsby
) -> None:
    round_ref = _start(session_factory, 2030)
    with session_factory() as session:
        offered = followup.audit_choices(session, team_id=TEAM, round_ref=round_ref)
    # Those in the round first, then the others, each newest first.
    assert [(c.audit.title, c.in_round) for c in offered] == [
        ("Granskning av lokalförsörjningen", True),
        ("Granskning av hemtjänstens planering", True),
        ("Granskning av elevhälsans samverkan", False),
        ("Granskning av direktupphandlingar", False),
    ]
    _assess(session_factory, _items(session_factory, round_ref)[0], "fixed")
    with transaction(session_factory) as session:
        chosen = followup_edits.choose_audits(
            Edit(session, TEAM, "U0EDITOR"),
            round_id=round_ref.id,
            chosen=[angsby["procurement"], angsby["premises"]],
            offered=[c.audit.id for c in offered],
        )
    # Procurement's two in; home care's out, but for the one assessed.
    assert (chosen.added, chosen.removed, chosen.kept) == (2, 2, 1)
    texts = [item.recommendation.text for item in _items(session_factory, round_ref)]
    assert texts == [
        "Inför ett gemensamt schemaverktyg för hemtjänsten.",
        "Ta fram en lokalförsörjningsplan för tio år.",
        "Gör en underhållsplan för skolorna.",
        "Dokumentera varje direktupphandling över 100 000 kr.",
        "Utbilda beställare i riktlinjen.",
    ]
    with session_factory() as session:
        log = history.changes(session, team_id=TEAM, entity="follow_up_round")
    assert {(c.old_value, c.new_value) for c in log if c.field == "audit"} == {
        (None, str(angsby["procurement"])),
        (str(angsby["home_care"]), None),
    }


def test_an_audit_of_another_organisation_or_workspace_cannot_be_chosen(
    session_factory, angsby
) -> None:
    round_ref = _start(session_factory, 2030)
    other = load_angsby(session_factory, team_id=OTHER_TEAM)
    with session_factory() as session, pytest.raises(NotFound):
        followup_edits.choose_audits(
            Edit(session, TEAM, "U0EDITOR"),
            round_id=round_ref.id,
            chosen=[other["procurement"]],
            offered=[],
        )


def test_the_migration_adds_the_rounds_to_a_database_with_data(
    engine: Engine, session_factory, angsby
) -> None:
    """From the previous head, with audits in it, down and up again: nothing else is lost."""
    _start(session_factory, 2030)
    upgrade_to = "0006_trash"
    from alembic import command

    from storage.migrate import alembic_config

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, upgrade_to)
    with engine.connect() as connection:
        tables = set(
            connection.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                    if engine.dialect.name == "sqlite"
                    else "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                )
            ).scalars()
        )
    assert "follow_up_round" not in tables and "follow_up_item" not in tables
    upgrade(engine)
    with session_factory() as session:
        assert session.scalar(select(FollowUpItem.id)) is None
        assert (
            len(get_audit(session, team_id=TEAM, audit_id=angsby["home_care"]).recommendations) == 3
        )
    assert _start(session_factory, 2030).year == 2030
