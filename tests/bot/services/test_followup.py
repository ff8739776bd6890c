"""The round's use cases as the handlers call them: who may do what, and what a forged or
stale value from Slack does (nothing)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.core.errors import PermissionDenied, UserFacingError
from bot.services import followup
from storage import history
from storage.errors import NotFound
from tests.conftest import OTHER_TEAM, TEAM
from tests.support.context import request_context
from tests.support.followup import load_angsby

TODAY = dt.date(2030, 3, 13)


@pytest.fixture
def editor(session_factory: sessionmaker[Session]):
    load_angsby(session_factory, team_id=TEAM)
    return request_context(session_factory, team_id=TEAM, today=TODAY)


def test_the_year_defaults_to_this_year_and_a_second_start_resumes(editor) -> None:
    first = followup.start_or_resume(editor, "ängsby")
    again = followup.start_or_resume(editor, "Ängsby kommun 2030")
    assert (first.started, again.started) == (True, False)
    assert first.page.round.id == again.page.round.id and first.page.round.year == 2030


def test_forged_or_stale_values_change_nothing(editor, session_factory) -> None:
    item = followup.start_or_resume(editor, "ängsby").page.items.items[0]
    values = {"assessment": "fixed", "comment": "Klart.", "evidence": None}
    for version in ("0", None, True, 1.0):
        with pytest.raises(UserFacingError):
            followup.assess(editor, item_id=str(item.id), seen_version=version, **values)
    for item_id in ("", "x", "99999999999", "-1"):
        with pytest.raises(UserFacingError):
            followup.assess(editor, item_id=item_id, seen_version=0, **values)
    with pytest.raises(NotFound):
        followup.assess(editor, item_id="999999", seen_version=0, **values)
    round_id = str(followup.start_or_resume(editor, "ängsby").page.round.id)
    for forged in (["x"], ["999999"]):
        with pytest.raises((UserFacingError, NotFound)):
            followup.choose_audits(editor, round_id=round_id, chosen=forged, offered=[])
    with session_factory() as session:
        assert history.changes(session, team_id=TEAM, entity="follow_up_item") == []


def test_a_reader_and_another_workspace_are_refused(editor, session_factory) -> None:
    item = followup.start_or_resume(editor, "ängsby").page.items.items[0]
    reader = request_context(session_factory, team_id=TEAM, today=TODAY, editor=False)
    with pytest.raises(PermissionDenied):
        followup.assessment_form(reader, str(item.id))
    with pytest.raises(PermissionDenied):
        followup.audit_choices(reader, "1")
    elsewhere = request_context(session_factory, team_id=OTHER_TEAM, today=TODAY)
    with pytest.raises(NotFound):
        followup.assessment_form(elsewhere, str(item.id))
    # The reader may read the round all the same.
    assert followup.start_or_resume(reader, "ängsby").page.progress.total == 5
