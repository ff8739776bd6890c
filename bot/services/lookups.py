"""What the `/revision` lookups ask of the data: one call per answer, one session per call.

``look_up`` resolves what the user typed (bot.services.names) and reads one page of the
answer (storage cuts the pages); the result is a plain value that bot.blocks.answers draws.
The same call answers the command, Nästa/Föregående, "Dela i kanalen" and the redraw after a
change, so an answer on screen is always what the data says now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules import matching
from bot.rules.matching import Target
from bot.rules.reminded import follow_up_of
from bot.rules.reminder_types import FollowUp
from bot.rules.subcommands import Subcommand
from bot.rules.yearwheel import MilestoneOccurrence, definitions, due_on, next_due, occurrences
from bot.services import followup
from bot.services.names import find_audit, find_organisation, find_target, require, scope_of
from storage import audits, channels, due, history, items, milestones, search, sweep, trash
from storage.channels import SubscriptionView
from storage.items import OpenPage
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
from storage.trash import TrashView

DEFAULT_DAYS = 30
MAX_DAYS = 3650
SEARCH_LIMIT = 25
# `årshjul` shows the auditors' year from today on, a year ahead; follow-up reviews are due
# a year after the responses, so those answered in the past year (and a day) can be due.
YEAR_AHEAD_DAYS = 366


@dataclass(frozen=True, slots=True)
class Help:
    """`hjälp`: nothing to read."""


@dataclass(frozen=True, slots=True)
class DueList:
    """`frister` (upcoming within ``days``) or `försenade` (overdue: ``days`` is None)."""

    days: int | None
    items: Page[DueItem]


@dataclass(frozen=True, slots=True)
class AuditList:
    organisation: OrganisationRef | None
    year: int | None
    audits: Page[AuditSummary]


@dataclass(frozen=True, slots=True)
class Recommendations:
    target: Target
    recommendations: Page[RecommendationView]


@dataclass(frozen=True, slots=True)
class OpenItems:
    target: Target
    items: OpenPage


@dataclass(frozen=True, slots=True)
class SearchHits:
    text: str
    hits: list[SearchHit]
    # The words searched for, as the index matched them (each a prefix).
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditHistory:
    detail: AuditDetail
    changes: list[ChangeView]
    # What was deleted from the audit: the history names those items by it.
    deleted: list[TrashView]


@dataclass(frozen=True, slots=True)
class AuditActions:
    audit: AuditRef
    actions: list[ActionView]


@dataclass(frozen=True, slots=True)
class YearAhead:
    """An organisation's auditors' year from today: milestones and follow-up reviews."""

    organisation: OrganisationRef
    items: list[MilestoneOccurrence | FollowUp]
    # Milestones the team turned off, at the date they would have had.
    off: list[MilestoneOccurrence]


Found = (
    Help
    | DueList
    | AuditList
    | AuditDetail
    | Recommendations
    | OpenItems
    | SearchHits
    | AuditHistory
    | AuditActions
    | YearAhead
    | followup.Round
)


def look_up(ctx: RequestContext, sub: Subcommand, args: str, page: int = 1) -> Found:
    """The answer to a lookup sub-command, page ``page`` of it where it is a list."""
    with ctx.reading() as session:
        return look_up_in(session, ctx, sub, args, page)


def look_up_in(
    session: Session, ctx: RequestContext, sub: Subcommand, args: str, page: int = 1
) -> Found:
    """``look_up`` in a session the caller holds (one that has not committed yet)."""
    read = _LOOKUPS.get(sub)
    if read is None:
        raise ValueError(f"{sub} is not a lookup")
    return read(session, ctx, args, page)


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


def _help(session: Session, ctx: RequestContext, args: str, page: int) -> Help:
    return Help()


def _upcoming(session: Session, ctx: RequestContext, args: str, page: int) -> DueList:
    days = parse_days(args)
    end = ctx.today + dt.timedelta(days=days)
    return DueList(
        days, due.due_page(session, team_id=ctx.team_id, start=ctx.today, end=end, page=page)
    )


def _overdue(session: Session, ctx: RequestContext, args: str, page: int) -> DueList:
    return DueList(None, due.overdue_page(session, team_id=ctx.team_id, today=ctx.today, page=page))


def _audit_list(session: Session, ctx: RequestContext, args: str, page: int) -> AuditList:
    name, year = matching.parse_year(args.strip())
    organisation = find_organisation(session, ctx, name, "audits") if name else None
    found = audits.audit_page(
        session,
        team_id=ctx.team_id,
        organisation_id=organisation.id if organisation else None,
        year=year,
        page=page,
    )
    return AuditList(organisation, year, found)


def _audit_detail(session: Session, ctx: RequestContext, args: str, page: int) -> AuditDetail:
    ref = find_audit(session, ctx, args)
    detail = audits.get_audit(session, team_id=ctx.team_id, audit_id=ref.id)
    if detail is None:  # deleted between the two reads
        raise UserFacingError("match.none.audit", query=args)
    return detail


def _recommendations(session: Session, ctx: RequestContext, args: str, page: int):
    target = find_target(session, ctx, args, "recs")
    return Recommendations(
        target, items.recommendation_page(session, scope_of(ctx, target), page=page)
    )


def _open(session: Session, ctx: RequestContext, args: str, page: int) -> OpenItems:
    target = find_target(session, ctx, args, "open")
    return OpenItems(target, items.open_page(session, scope_of(ctx, target), page=page))


def _search(session: Session, ctx: RequestContext, args: str, page: int) -> SearchHits:
    text = require(args, "search")
    return SearchHits(
        text,
        search.search(session, team_id=ctx.team_id, text=text, limit=SEARCH_LIMIT),
        tuple(search.search_terms(text)),
    )


def _history(session: Session, ctx: RequestContext, args: str, page: int) -> AuditHistory:
    detail = _audit_detail(session, ctx, require(args, "history"), page)
    changes = history.audit_changes(session, team_id=ctx.team_id, audit_id=detail.audit.id)
    deleted = trash.audit_deletions(session, team_id=ctx.team_id, audit_id=detail.audit.id)
    return AuditHistory(detail, changes, deleted)


def _actions(session: Session, ctx: RequestContext, args: str, page: int) -> AuditActions:
    ref = find_audit(session, ctx, args, "actions")
    return AuditActions(ref, audits.audit_actions(session, team_id=ctx.team_id, audit_id=ref.id))


def _year(session: Session, ctx: RequestContext, args: str, page: int) -> YearAhead:
    """The milestones (the team's own dates where it changed them) and follow-up reviews
    falling in the coming year, as the reminders will bring them, nearest first."""
    today = ctx.today
    organisation = find_organisation(session, ctx, args, "year")
    # Up to the same day next year, not including it: each milestone comes once.
    last = due_on(today.year + 1, today.month, today.day)
    overrides = milestones.organisation_milestones(
        session, team_id=ctx.team_id, organisation_id=organisation.id
    )
    planned = occurrences(
        team_id=ctx.team_id,
        organisation_id=organisation.id,
        organisation=organisation.name,
        overrides=overrides,
        years=(today.year, today.year + 1),
    )
    follow_ups = [
        follow_up_of(row)
        for row in sweep.answered_audits(
            session,
            organisation_ids=[organisation.id],
            answered_from=today - dt.timedelta(days=YEAR_AHEAD_DAYS),
            answered_until=today,
        )
    ]
    ahead = [item for item in (*planned, *follow_ups) if today <= item.due < last]
    ahead.sort(key=lambda item: (item.due, isinstance(item, FollowUp)))
    off = [
        MilestoneOccurrence(
            team_id=ctx.team_id,
            organisation_id=organisation.id,
            organisation=organisation.name,
            kind=definition.kind,
            label=definition.label,
            due=next_due(definition.month, definition.day, today),
        )
        for definition in definitions(overrides)
        if not definition.enabled
    ]
    return YearAhead(organisation, ahead, off)


_LOOKUPS: dict[Subcommand, Callable[[Session, RequestContext, str, int], Found]] = {
    Subcommand.HELP: _help,
    Subcommand.DEADLINES: _upcoming,
    Subcommand.OVERDUE: _overdue,
    Subcommand.AUDITS: _audit_list,
    Subcommand.SHOW: _audit_detail,
    Subcommand.RECOMMENDATIONS: _recommendations,
    Subcommand.OPEN: _open,
    Subcommand.SEARCH: _search,
    Subcommand.HISTORY: _history,
    Subcommand.ACTIONS: _actions,
    Subcommand.YEAR: _year,
    Subcommand.FOLLOW_UP: followup.round_in,
}


@dataclass(frozen=True, slots=True)
class Home:
    """A user's App Home: what is overdue, what falls due soon, which channels watch what."""

    overdue: Page[DueItem]
    upcoming: Page[DueItem]
    watched: list[SubscriptionView]


def home(ctx: RequestContext, *, days: int, overdue_size: int, upcoming_size: int) -> Home:
    with ctx.reading() as session:
        end = ctx.today + dt.timedelta(days=days)
        return Home(
            overdue=due.overdue_page(
                session, team_id=ctx.team_id, today=ctx.today, size=overdue_size
            ),
            upcoming=due.due_page(
                session, team_id=ctx.team_id, start=ctx.today, end=end, size=upcoming_size
            ),
            watched=channels.subscriptions(session, team_id=ctx.team_id),
        )


def has_audits(ctx: RequestContext) -> bool:
    """Whether the workspace holds any audit at all (an empty database says so)."""
    with ctx.reading() as session:
        return audits.count_audits(session, team_id=ctx.team_id) > 0


def due_soon(ctx: RequestContext, *, days: int) -> tuple[list[DueItem], list[DueItem]]:
    """Everything overdue, and everything due in the next ``days`` (`revisorbot due`)."""
    with ctx.reading() as session:
        overdue = due.overdue_items(session, team_id=ctx.team_id, today=ctx.today)
        upcoming = due.due_items(
            session,
            team_id=ctx.team_id,
            start=ctx.today,
            end=ctx.today + dt.timedelta(days=days),
        )
    return overdue, upcoming
