"""What a follow-up matrix read back adds: organisations, audits, recommendations and actions
a team's sheet names and the database lacks. Each is logged as imported from the sheet, which
is also what makes it the row's last change in the next export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from storage.boards import fit
from storage.bodies import is_group_label
from storage.edits import Edit
from storage.loader import _Loader
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    Organisation,
    Recommendation,
    RecommendationAddressee,
    Response,
)
from storage.status import refresh_recommendation_status

IMPORTED = "import"


def _loader(edit: Edit, organisation: str) -> tuple[_Loader, Organisation]:
    """The document importer's own way to find (or add) an organisation, then its boards."""
    loader = _Loader(edit.session, team_id=edit.team_id, today=dt.date.today())
    return loader, loader.organisation(fit(Organisation.name, organisation) or organisation)


def add_organisation(edit: Edit, *, name: str) -> int:
    return _loader(edit, name)[1].id


def add_audit(
    edit: Edit, *, organisation_id: int, title: str, year: int | None, source: str
) -> int:
    audit = Audit(
        team_id=edit.team_id,
        organisation=edit.row(Organisation, organisation_id),
        title=fit(Audit.title, title),
        audit_year=year,
    )
    edit.session.add(audit)
    edit.log(audit, IMPORTED, None, source)
    return audit.id


def add_recommendation(
    edit: Edit,
    *,
    audit_id: int,
    text: str,
    addressees: Sequence[tuple[str, bool]],
    comment: str | None,
    status: str | None,
    source: str,
) -> int:
    """A recommendation at the end of the audit's; ``addressees`` are labels, each with whether
    it names a board (found, or added to the organisation) or stays a label ("SN", a group)."""
    audit = edit.row(Audit, audit_id)
    loader, _ = _loader(edit, audit.organisation.name)
    recommendation = Recommendation(
        team_id=edit.team_id, position=len(audit.recommendations), text=text, comment=comment
    )
    for position, (label, is_board) in enumerate(addressees):
        board = is_board and not is_group_label(label)
        recommendation.addressees.append(
            RecommendationAddressee(
                team_id=edit.team_id,
                position=position,
                label=fit(RecommendationAddressee.label, label),
                body=loader.body(label) if board else None,
            )
        )
    audit.recommendations.append(recommendation)
    edit.log(recommendation, IMPORTED, None, source)
    if status is not None:
        recommendation.status, recommendation.status_is_manual = status, True
    return recommendation.id


def add_action(
    edit: Edit,
    *,
    recommendation_id: int,
    board: str,
    text: str,
    timeline_text: str | None,
    due: dt.date | None,
    precision: str,
    source: str,
) -> int:
    """An action on a recommendation, in ``board``'s response to its audit (its latest, or a
    new one without a date when the board has not answered)."""
    recommendation = edit.row(Recommendation, recommendation_id)
    audit = recommendation.audit
    loader, _ = _loader(edit, audit.organisation.name)
    body = loader.body(board)
    response = edit.session.scalar(
        select(Response)
        .where(Response.audit_id == audit.id, Response.body_id == body.id)
        .order_by(Response.position.desc())
    )
    if response is None:
        response = Response(team_id=edit.team_id, body=body, position=len(audit.responses))
        audit.responses.append(response)
    action = Action(
        team_id=edit.team_id,
        position=len(response.actions),
        recommendation_id=recommendation.id,
        text=text,
        timeline_text=timeline_text,
        due=due,
        due_precision=precision,
        board=fit(Action.board, body.abbreviation or body.name),
    )
    response.actions.append(action)
    edit.log(action, IMPORTED, None, source)
    edit.session.add(ActionBoard(action_id=action.id, body_id=body.id))
    edit.session.flush()
    refresh_recommendation_status(edit.session, recommendation)
    return action.id
