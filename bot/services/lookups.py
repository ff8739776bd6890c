"""What the `/revision` lookups ask of the data: names resolved forgivingly, then queried.

Names are matched against the process's name cache (``storage.names.NameCache``), an audit
against the audits of the organisation named first. Lists come a page at a time, cut in the
database (``Page``): at national scale "öppna socialnämnden" owes thousands of items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.orm import Session

from bot.core.errors import UserFacingError
from bot.rules import matching
from bot.rules.matching import Target
from bot.rules.reminders import FollowUp, follow_up_of
from bot.rules.yearwheel import MilestoneOccurrence, definitions, due_on, occurrences
from storage import history, queries, subscriptions
from storage import reminders as reminder_store
from storage.names import NameCache
from storage.read_models import (
    ActionView,
    AuditDetail,
    AuditRef,
    AuditSummary,
    ChangeView,
    DueItem,
    OrganisationRef,
    Page,
    RecommendationView,
    SearchHit,
)
from storage.subscriptions import SubscriptionView

T = TypeVar("T")

DEFAULT_DAYS = 30
MAX_DAYS = 3650
SEARCH_LIMIT = 25
# Ids are INTEGER columns; a larger number names nothing (and SQLite cannot bind it).
MAX_ID = 2**31 - 1
# Items per page, so that a page with its headings stays within Slack's 50 blocks: a list
# grouped under its audits needs up to two blocks an item, open items show two lists.
DUE_PAGE = 25
AUDIT_PAGE = 25
RECOMMENDATION_PAGE = 20
OPEN_PAGE = 10
# Totals are counted when the list belongs to one organisation or a few boards; for a board
# name found in hundreds of organisations counting costs more than the page (BENCHMARKS.md),
# and the answer says which items it shows and whether more follow instead.
COUNT_BODIES_MAX = 16
# `årshjul` shows the auditors' year from today on, a year ahead; follow-up reviews are due
# a year after the responses, so those answered in the past year (and a day) can be due.
YEAR_AHEAD_DAYS = 366


def _require(text: str, usage_key: str) -> str:
    if not text.strip():
        raise UserFacingError(f"slack.missing.{usage_key}")
    return text.strip()


@dataclass(frozen=True, slots=True)
class _StoredAudits:
    """The workspace's audits as ``matching.find_audit`` reads them: one organisation's
    at a time, or one by id; all of them, from the name cache, when no organisation is
    named."""

    session: Session
    team_id: str
    names: NameCache

    def by_id(self, audit_id: int) -> AuditRef | None:
        if audit_id > MAX_ID:
            return None
        return queries.find_audit_ref(self.session, team_id=self.team_id, audit_id=audit_id)

    def of(self, organisation: OrganisationRef | None) -> Sequence[AuditRef]:
        if organisation is None:
            return self.names.audits(self.session, team_id=self.team_id)
        return queries.list_audit_refs(
            self.session, team_id=self.team_id, organisation_id=organisation.id
        )


def find_audit(session: Session, *, team_id: str, names: NameCache, query: str) -> AuditRef:
    query = _require(query, "show")
    return matching.find_audit(
        query,
        _StoredAudits(session, team_id, names),
        names.organisations(session, team_id=team_id),
    )


def find_organisation(
    session: Session, *, team_id: str, names: NameCache, query: str
) -> OrganisationRef:
    query = _require(query, "watch")
    return matching.find_organisation(query, names.organisations(session, team_id=team_id))


def find_target(
    session: Session, *, team_id: str, names: NameCache, query: str, usage: str
) -> Target:
    query = _require(query, usage)
    return matching.find_target(query, *names.both(session, team_id=team_id))


def audit_detail(session: Session, *, team_id: str, names: NameCache, query: str) -> AuditDetail:
    ref = find_audit(session, team_id=team_id, names=names, query=query)
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


def _page(
    fetch: Callable[[int, int], Sequence[T]], *, number: int, size: int, total: int | None
) -> Page[T]:
    """Page ``number`` of a list, read with ``fetch(limit, offset)``.

    With a total, a page past the end shows the last page; without one, a row more than the
    page is read to know whether another follows, and a page the list no longer reaches
    (items done since the reader turned to it) starts again from the first.
    """
    number = max(number, 1)
    if total is not None:
        last = max(1, -(-total // size))
        number = min(number, last)
        items = fetch(size, (number - 1) * size)
        return Page(tuple(items), number, size, total, number < last)
    items = fetch(size + 1, (number - 1) * size)
    if not items and number > 1:
        number, items = 1, fetch(size + 1, 0)
    return Page(tuple(items[:size]), number, size, None, len(items) > size)


def upcoming(
    session: Session,
    *,
    team_id: str,
    today: dt.date,
    days: int,
    page: int = 1,
    size: int = DUE_PAGE,
) -> Page[DueItem]:
    end = today + dt.timedelta(days=days)
    return _page(
        lambda limit, offset: queries.due_items(
            session, team_id=team_id, start=today, end=end, limit=limit, offset=offset
        ),
        number=page,
        size=size,
        total=queries.count_due_items(session, team_id=team_id, start=today, end=end),
    )


def overdue(
    session: Session, *, team_id: str, today: dt.date, page: int = 1, size: int = DUE_PAGE
) -> Page[DueItem]:
    total = queries.count_due_items(
        session, team_id=team_id, start=None, end=today - dt.timedelta(days=1)
    )
    return _page(
        lambda limit, offset: queries.overdue_items(
            session, team_id=team_id, today=today, limit=limit, offset=offset
        ),
        number=page,
        size=size,
        total=total,
    )


@dataclass(frozen=True, slots=True)
class AuditList:
    organisation: OrganisationRef | None
    year: int | None
    audits: Page[AuditSummary]


def audit_list(
    session: Session, *, team_id: str, names: NameCache, text: str, page: int = 1
) -> AuditList:
    name, year = matching.parse_year(text.strip())
    org = None
    if name:
        org = matching.find_organisation(name, names.organisations(session, team_id=team_id))
    scope = {"team_id": team_id, "organisation_id": org.id if org else None, "year": year}
    summaries = _page(
        lambda limit, offset: queries.audits(session, **scope, limit=limit, offset=offset),
        number=page,
        size=AUDIT_PAGE,
        total=queries.count_audits(session, **scope),
    )
    return AuditList(org, year, summaries)


def _body_ids(target: Target) -> list[int] | None:
    return [body.id for body in target.bodies] if target.bodies else None


def _groups(target: Target) -> list[tuple[int, list[int]]] | None:
    """The target's boards by organisation, in the name cache's order, which is the
    database's order of organisation names: storage need not look them up again."""
    if target.organisation is not None or not target.bodies:
        return None
    groups: dict[int, list[int]] = {}
    for body in target.bodies:
        groups.setdefault(body.organisation_id, []).append(body.id)
    return list(groups.items())


def _countable(target: Target) -> bool:
    return target.organisation is not None or len(target.bodies) <= COUNT_BODIES_MAX


def recommendations_for(
    session: Session, *, team_id: str, names: NameCache, query: str, page: int = 1
) -> tuple[Target, Page[RecommendationView]]:
    target = find_target(session, team_id=team_id, names=names, query=query, usage="recs")
    scope = {
        "team_id": team_id,
        "organisation_id": target.organisation.id if target.organisation else None,
        "body_ids": _body_ids(target),
    }
    found = _page(
        lambda limit, offset: queries.recommendations(
            session, **scope, limit=limit, offset=offset, groups=_groups(target)
        ),
        number=page,
        size=RECOMMENDATION_PAGE,
        total=queries.count_recommendations(session, **scope) if _countable(target) else None,
    )
    return target, found


@dataclass(frozen=True, slots=True)
class OpenPage:
    """Page ``number`` of both open lists: the same stretch of each."""

    recommendations: Page[RecommendationView]
    actions: Page[ActionView]

    @property
    def number(self) -> int:
        return self.recommendations.number

    @property
    def has_next(self) -> bool:
        return self.recommendations.has_next or self.actions.has_next

    @property
    def pages(self) -> int | None:
        counted = (self.recommendations.pages, self.actions.pages)
        return None if None in counted else max(counted)  # type: ignore[type-var]


def open_for(
    session: Session, *, team_id: str, names: NameCache, query: str, page: int = 1
) -> tuple[Target, OpenPage]:
    target = find_target(session, team_id=team_id, names=names, query=query, usage="open")
    scope = {
        "team_id": team_id,
        "organisation_id": target.organisation.id if target.organisation else None,
        "body_ids": _body_ids(target),
    }
    size = OPEN_PAGE
    totals = queries.count_open_items(session, **scope) if _countable(target) else None
    number = max(page, 1)
    if totals is not None:
        number = min(number, max(1, -(-max(totals) // size)))
    read = size if totals is not None else size + 1

    def both(number: int):
        return queries.open_items(
            session, **scope, limit=read, offset=(number - 1) * size, groups=_groups(target)
        )

    items = both(number)
    if totals is None and number > 1 and not (items.recommendations or items.actions):
        number, items = 1, both(1)

    def page_of(found: tuple, total: int | None) -> Page:
        has_next = number * size < total if total is not None else len(found) > size
        return Page(found[:size], number, size, total, has_next)

    return target, OpenPage(
        page_of(items.recommendations, totals[0] if totals else None),
        page_of(items.actions, totals[1] if totals else None),
    )


def search(session: Session, *, team_id: str, text: str) -> list[SearchHit]:
    text = _require(text, "search")
    return queries.search(session, team_id=team_id, text=text, limit=SEARCH_LIMIT)


def actions_of(
    session: Session, *, team_id: str, names: NameCache, query: str
) -> tuple[AuditRef, list[ActionView]]:
    query = _require(query, "actions")
    ref = find_audit(session, team_id=team_id, names=names, query=query)
    return ref, queries.audit_actions(session, team_id=team_id, audit_id=ref.id)


def watched(session: Session, *, team_id: str) -> list[SubscriptionView]:
    """Which channels watch which organisations (their reminders go there)."""
    return subscriptions.subscriptions(session, team_id=team_id)


def history_of(
    session: Session, *, team_id: str, names: NameCache, query: str
) -> tuple[AuditDetail, list[ChangeView]]:
    detail = audit_detail(session, team_id=team_id, names=names, query=_require(query, "history"))
    return detail, history.audit_changes(session, team_id=team_id, audit_id=detail.audit.id)


@dataclass(frozen=True, slots=True)
class YearAhead:
    """An organisation's auditors' year from today: milestones and follow-up reviews."""

    organisation: OrganisationRef
    items: list[MilestoneOccurrence | FollowUp]
    # Milestones the team turned off, at the date they would have had.
    off: list[MilestoneOccurrence]


def year_ahead(
    session: Session, *, team_id: str, names: NameCache, query: str, today: dt.date
) -> YearAhead:
    """The milestones (the team's own dates where it changed them) and follow-up reviews
    falling in the coming year, as the reminders will bring them, nearest first."""
    organisation = matching.find_organisation(
        _require(query, "year"), names.organisations(session, team_id=team_id)
    )
    # Up to the same day next year, not including it: each milestone comes once.
    last = due_on(today.year + 1, today.month, today.day)
    overrides = reminder_store.organisation_milestones(
        session, team_id=team_id, organisation_id=organisation.id
    )
    milestones = occurrences(
        team_id=team_id,
        organisation_id=organisation.id,
        organisation=organisation.name,
        overrides=overrides,
        years=(today.year, today.year + 1),
    )
    follow_ups = [
        follow_up_of(row)
        for row in reminder_store.answered_audits(
            session,
            organisation_ids=[organisation.id],
            answered_from=today - dt.timedelta(days=YEAR_AHEAD_DAYS),
            answered_until=today,
        )
    ]
    items = [item for item in (*milestones, *follow_ups) if today <= item.due < last]
    items.sort(key=lambda item: (item.due, isinstance(item, FollowUp)))
    off = [
        MilestoneOccurrence(
            team_id=team_id,
            organisation_id=organisation.id,
            organisation=organisation.name,
            kind=definition.kind,
            label=definition.label,
            due=next_due(definition.month, definition.day, today),
        )
        for definition in definitions(overrides)
        if not definition.enabled
    ]
    return YearAhead(organisation, items, off)


def next_due(month: int, day: int, today: dt.date) -> dt.date:
    """A yearly date's next occurrence, today included."""
    this_year = due_on(today.year, month, day)
    return this_year if this_year >= today else due_on(today.year + 1, month, day)
