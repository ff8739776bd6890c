"""What is owed and when: response deadlines not met and dated actions not done.

The one definition of "still owed" and "overdue": the commands' lists (`frister`,
`försenade`, App Home) and the reminder sweep (storage.sweep) both build on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from sqlalchemy import (
    Integer,
    Select,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from storage.enums import ActionStatus, DuePrecision
from storage.models import Action, Audit, Body, Organisation, Response, ResponseRequest
from storage.paging import page_of
from storage.read_models import AuditRef, DueItem, Page
from storage.statements import parameters_of
from storage.views import LABELLED_AUDIT_REF_COLUMNS, action_owners

# Any dated timeline (a day, a month, "under 2019") is listed, and overdue once it has passed...
DATED_PRECISIONS = (DuePrecision.DAY, DuePrecision.MONTH, DuePrecision.YEAR)
# ... but only a day or a month is reminded of 30 and 7 days before (SPEC §4).
REMINDED_PRECISIONS = (DuePrecision.DAY, DuePrecision.MONTH)
# The very terms of the open-actions index (a literal, so PostgreSQL's generic plans can use it).
ACTION_NOT_DONE = or_(
    Action.status.is_(None), Action.status != literal_column(f"'{ActionStatus.DONE.value}'")
)
DUE_PAGE = 25


def owed_responses(*, team_id=None, start=None, end=None) -> list:
    """The conditions for a response still owed, its deadline between ``start`` and ``end``
    (either may be open); in one workspace unless the caller narrows it otherwise."""
    conditions = [ResponseRequest.received_on.is_(None)]
    if team_id is not None:
        conditions.append(ResponseRequest.team_id == team_id)
    if start is not None:
        conditions.append(ResponseRequest.deadline >= start)
    if end is not None:
        conditions.append(ResponseRequest.deadline <= end)
    return conditions


def owed_actions(*, start=None, end=None, precisions=DATED_PRECISIONS) -> list:
    """The conditions for an action not done, with a timeline of ``precisions`` falling between
    ``start`` and ``end`` (either may be open)."""
    conditions = [Action.due.is_not(None), Action.due_precision.in_(precisions), ACTION_NOT_DONE]
    if start is not None:
        conditions.append(Action.due >= start)
    if end is not None:
        conditions.append(Action.due <= end)
    return conditions


def overdue_on(today: dt.date) -> dt.date:
    """The last due day that is overdue ``today``."""
    return today - dt.timedelta(days=1)


def _due_branches(*, team_id, start, end, organisation_ids) -> tuple[Select, Select]:
    """Response deadlines not met and dated actions not done, one row per item, as plain
    columns in the same shape (an order key 0/1 puts responses first on the same day)."""
    requests = (
        select(
            literal(0).label("kind_order"),
            ResponseRequest.id.label("id"),
            ResponseRequest.deadline.label("due"),
            Body.name.label("body"),
            func.coalesce(ResponseRequest.deadline_text, "").label("text"),
            literal(DuePrecision.DAY.value).label("due_precision"),
            *LABELLED_AUDIT_REF_COLUMNS,
        )
        .join(Body, ResponseRequest.body_id == Body.id)
        .join(Audit, ResponseRequest.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(*owed_responses(team_id=team_id, start=start, end=end))
    )
    actions = (
        select(
            literal(1),
            Action.id,
            Action.due,
            func.coalesce(Action.board, Body.name),
            Action.text,
            Action.due_precision,
            *LABELLED_AUDIT_REF_COLUMNS,
        )
        .join(Response, Action.response_id == Response.id)
        .join(Body, Response.body_id == Body.id)
        .join(Audit, Response.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Action.team_id == team_id, *owed_actions(start=start, end=end))
    )
    if organisation_ids is not None:
        requests = requests.where(Audit.organisation_id.in_(organisation_ids))
        actions = actions.where(Audit.organisation_id.in_(organisation_ids))
    return requests, actions


def due_items(
    session: Session,
    *,
    team_id: str,
    start: dt.date | None,
    end: dt.date | None,
    organisation_ids: Sequence[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[DueItem]:
    """Response deadlines not yet met and dated actions not done, due within [start, end],
    nearest first (responses before actions on the same day); ``limit``/``offset`` page."""
    statement = _due_statement(
        start is not None, end is not None, organisation_ids is not None, limit is not None
    )
    parameters = {
        "team_id": team_id,
        "start": start,
        "end": end,
        "organisation_ids": list(organisation_ids or ()),
        "limit": limit,
        "offset": offset,
        "window": offset + (limit or 0),
    }
    rows = session.execute(
        statement, {k: v for k, v in parameters.items() if k in parameters_of(statement)}
    ).all()
    owners = action_owners(session, [row[1] for row in rows if row[0] == 1])
    return [
        DueItem(
            kind="response" if kind_order == 0 else "action",
            id=item_id,
            due=due,
            audit=AuditRef(*audit),
            # A response's board and an action's owners by full name, as the lists show them.
            body=", ".join(owners.get(item_id, ())) or body if kind_order == 1 else body,
            text=text_,
            due_precision=precision,
        )
        for kind_order, item_id, due, body, text_, precision, *audit in rows
    ]


@cache
def _due_statement(has_start: bool, has_end: bool, has_organisations: bool, paged: bool):
    """``due_items``' statement for one combination of filters, built once (``_statement``)."""
    branches = _due_branches(
        team_id=bindparam("team_id"),
        start=bindparam("start", type_=Action.due.type) if has_start else None,
        end=bindparam("end", type_=Action.due.type) if has_end else None,
        organisation_ids=bindparam("organisation_ids", expanding=True)
        if has_organisations
        else None,
    )
    if paged:
        # Each branch reads its index in date order and stops after offset + limit rows;
        # its order must be the outer order within one kind, or rows go missing at the cut.
        branches = tuple(
            select(
                branch.order_by(
                    branch.selected_columns.due, Organisation.name, branch.selected_columns.id
                )
                .limit(bindparam("window", type_=Integer))
                .subquery()
            )
            for branch in branches
        )
    rows = union_all(*branches).subquery("due_rows")
    query = select(rows).order_by(rows.c.due, rows.c.kind_order, rows.c.organisation, rows.c.id)
    if paged:
        query = query.limit(bindparam("limit", type_=Integer)).offset(
            bindparam("offset", type_=Integer)
        )
    return query


def count_due_items(
    session: Session,
    *,
    team_id: str,
    start: dt.date | None,
    end: dt.date | None,
    organisation_ids: Sequence[int] | None = None,
) -> int:
    requests = select(func.count(ResponseRequest.id)).where(
        *owed_responses(team_id=team_id, start=start, end=end)
    )
    actions = select(func.count(Action.id)).where(
        Action.team_id == team_id, *owed_actions(start=start, end=end)
    )
    if organisation_ids is not None:
        requests = requests.join(Audit, ResponseRequest.audit_id == Audit.id).where(
            Audit.organisation_id.in_(organisation_ids)
        )
        actions = (
            actions.join(Response, Action.response_id == Response.id)
            .join(Audit, Response.audit_id == Audit.id)
            .where(Audit.organisation_id.in_(organisation_ids))
        )
    return (session.scalar(requests) or 0) + (session.scalar(actions) or 0)


def overdue_items(
    session: Session,
    *,
    team_id: str,
    today: dt.date,
    organisation_ids: Sequence[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[DueItem]:
    return due_items(
        session,
        team_id=team_id,
        start=None,
        end=overdue_on(today),
        organisation_ids=organisation_ids,
        limit=limit,
        offset=offset,
    )


def due_page(
    session: Session,
    *,
    team_id: str,
    start: dt.date | None,
    end: dt.date | None,
    page: int = 1,
    size: int = DUE_PAGE,
) -> Page[DueItem]:
    """Page ``page`` of ``due_items``, nearest first, with the total."""
    return page_of(
        lambda limit, offset: due_items(
            session, team_id=team_id, start=start, end=end, limit=limit, offset=offset
        ),
        number=page,
        size=size,
        total=count_due_items(session, team_id=team_id, start=start, end=end),
    )


def overdue_page(
    session: Session, *, team_id: str, today: dt.date, page: int = 1, size: int = DUE_PAGE
) -> Page[DueItem]:
    """Page ``page`` of what is overdue ``today``, the longest overdue first."""
    return due_page(
        session, team_id=team_id, start=None, end=overdue_on(today), page=page, size=size
    )
