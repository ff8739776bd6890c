"""What the `/revision` lookups ask of the data: names resolved forgivingly, then queried."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot import matching
from bot.errors import UserFacingError
from bot.matching import Target
from storage import history, queries, subscriptions
from storage.read_models import (
    ActionView,
    AuditDetail,
    AuditRef,
    AuditSummary,
    ChangeView,
    DueItem,
    OpenItems,
    OrganisationRef,
    RecommendationView,
    SearchHit,
)
from storage.subscriptions import SubscriptionView

DEFAULT_DAYS = 30
MAX_DAYS = 3650
SEARCH_LIMIT = 25


def _require(text: str, usage_key: str) -> str:
    if not text.strip():
        raise UserFacingError(f"slack.missing.{usage_key}")
    return text.strip()


def find_audit(session: Session, *, team_id: str, query: str) -> AuditRef:
    query = _require(query, "show")
    return matching.find_audit(
        query,
        queries.list_audit_refs(session, team_id=team_id),
        queries.list_organisations(session, team_id=team_id),
    )


def find_organisation(session: Session, *, team_id: str, query: str) -> OrganisationRef:
    query = _require(query, "watch")
    return matching.find_organisation(query, queries.list_organisations(session, team_id=team_id))


def find_target(session: Session, *, team_id: str, query: str, usage: str) -> Target:
    query = _require(query, usage)
    return matching.find_target(
        query,
        queries.list_organisations(session, team_id=team_id),
        queries.list_bodies(session, team_id=team_id),
    )


def audit_detail(session: Session, *, team_id: str, query: str) -> AuditDetail:
    ref = find_audit(session, team_id=team_id, query=query)
    detail = queries.get_audit(session, team_id=team_id, audit_id=ref.id)
    if detail is None:  # deleted between the two reads
        raise UserFacingError("match.none.audit", query=query)
    return detail


def parse_days(text: str) -> int:
    if not text.strip():
        return DEFAULT_DAYS
    try:
        days = int(text.strip().split()[0])
    except ValueError as error:
        raise UserFacingError("slack.error.days", value=text.strip()) from error
    if not 1 <= days <= MAX_DAYS:
        raise UserFacingError("slack.error.days", value=text.strip())
    return days


def upcoming(session: Session, *, team_id: str, today: dt.date, days: int) -> list[DueItem]:
    return queries.due_items(
        session, team_id=team_id, start=today, end=today + dt.timedelta(days=days)
    )


def overdue(session: Session, *, team_id: str, today: dt.date) -> list[DueItem]:
    return queries.overdue_items(session, team_id=team_id, today=today)


@dataclass(frozen=True, slots=True)
class AuditList:
    organisation: OrganisationRef | None
    year: int | None
    audits: list[AuditSummary]


def audit_list(session: Session, *, team_id: str, text: str) -> AuditList:
    name, year = matching.parse_year(text.strip())
    org = None
    if name:
        org = matching.find_organisation(name, queries.list_organisations(session, team_id=team_id))
    summaries = queries.audits(
        session, team_id=team_id, organisation_id=org.id if org else None, year=year
    )
    return AuditList(org, year, summaries)


def _body_ids(target: Target) -> list[int] | None:
    return [body.id for body in target.bodies] if target.bodies else None


def recommendations_for(
    session: Session, *, team_id: str, query: str
) -> tuple[Target, list[RecommendationView]]:
    target = find_target(session, team_id=team_id, query=query, usage="recs")
    found = queries.recommendations(
        session,
        team_id=team_id,
        organisation_id=target.organisation.id if target.organisation else None,
        body_ids=_body_ids(target),
    )
    return target, found


def open_for(session: Session, *, team_id: str, query: str) -> tuple[Target, OpenItems]:
    target = find_target(session, team_id=team_id, query=query, usage="open")
    items = queries.open_items(
        session,
        team_id=team_id,
        organisation_id=target.organisation.id if target.organisation else None,
        body_ids=_body_ids(target),
    )
    return target, items


def search(session: Session, *, team_id: str, text: str) -> list[SearchHit]:
    text = _require(text, "search")
    return queries.search(session, team_id=team_id, text=text, limit=SEARCH_LIMIT)


def actions_of(session: Session, *, team_id: str, query: str) -> tuple[AuditRef, list[ActionView]]:
    query = _require(query, "actions")
    ref = find_audit(session, team_id=team_id, query=query)
    return ref, queries.audit_actions(session, team_id=team_id, audit_id=ref.id)


def watched(session: Session, *, team_id: str) -> list[SubscriptionView]:
    """Which channels watch which organisations (their reminders go there)."""
    return subscriptions.subscriptions(session, team_id=team_id)


def history_of(
    session: Session, *, team_id: str, query: str
) -> tuple[AuditDetail, list[ChangeView]]:
    detail = audit_detail(session, team_id=team_id, query=_require(query, "history"))
    return detail, history.audit_changes(session, team_id=team_id, audit_id=detail.audit.id)
