"""Follow-up rounds (uppföljning, SPEC §2) as they are read: which recommendations a round
holds or should hold, each with the board's response, its actions and the assessments made,
and a recommendation's latest assessment across rounds. Changes: storage.followup_edits."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.enums import CLOSED_ASSESSMENTS
from storage.errors import NotFound
from storage.followup_models import FollowUpItem, FollowUpRound
from storage.models import (
    Action,
    Audit,
    AuditBody,
    Body,
    Organisation,
    Recommendation,
    RecommendationAddressee,
    Response,
)
from storage.paging import page_of
from storage.read_models import Assessment, AuditRef, Page, RecommendationView, ResponseView
from storage.sweep import answered_audits
from storage.views import AUDIT_REF_COLUMNS, recommendation_views

ROUND_PAGE = 12
# The audits an editor chooses from are offered in one select, which holds at most 100.
AUDIT_CHOICES = 100
_EARLIEST = dt.date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class RoundRef:
    id: int
    organisation_id: int
    organisation: str
    year: int
    created_by: str | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RoundItem:
    """A recommendation in a round, with what the board answered and what was concluded."""

    id: int
    version: int
    recommendation: RecommendationView
    # The boards it concerns: its addressees, or, for "berörda nämnder", the audited boards.
    boards: tuple[str, ...]
    # The audit's responses (yttranden): who answered, when, under which registry number.
    responses: tuple[ResponseView, ...]
    current: Assessment | None
    # The latest assessment of an earlier round, if any.
    previous: Assessment | None


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def assessed(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class RoundPage:
    round: RoundRef
    progress: Progress
    items: Page[RoundItem]


# -- rounds ------------------------------------------------------------------------------


def _round_query():
    return select(
        FollowUpRound.id,
        FollowUpRound.organisation_id,
        Organisation.name,
        FollowUpRound.year,
        FollowUpRound.created_by,
        FollowUpRound.created_at,
    ).join(Organisation, FollowUpRound.organisation_id == Organisation.id)


def find_round(
    session: Session, *, team_id: str, organisation_id: int, year: int
) -> RoundRef | None:
    row = session.execute(
        _round_query().where(
            FollowUpRound.team_id == team_id,
            FollowUpRound.organisation_id == organisation_id,
            FollowUpRound.year == year,
        )
    ).one_or_none()
    return RoundRef(*row) if row else None


def round_by_id(session: Session, *, team_id: str, round_id: int) -> RoundRef:
    row = session.execute(
        _round_query().where(FollowUpRound.team_id == team_id, FollowUpRound.id == round_id)
    ).one_or_none()
    if row is None:
        raise NotFound("follow_up_round", round_id)
    return RoundRef(*row)


def due_recommendations(
    session: Session, *, team_id: str, organisation_id: int, year: int
) -> list[int]:
    """The recommendations the round of ``year`` follows up unless an editor picks others:
    those of audits whose responses were all in by the end of the year before (their
    follow-up falls due a year after, within ``year``), less those an earlier round found
    fixed or no longer relevant."""
    audits = answered_audits(
        session,
        organisation_ids=[organisation_id],
        answered_from=_EARLIEST,
        answered_until=dt.date(year - 1, 12, 31),
    )
    audit_ids = [row.audit_id for row in audits if row.team_id == team_id]
    if not audit_ids:
        return []
    candidates = list(
        session.scalars(
            select(Recommendation.id)
            .where(Recommendation.team_id == team_id, Recommendation.audit_id.in_(audit_ids))
            .order_by(Recommendation.audit_id, Recommendation.position)
        )
    )
    earlier = latest_assessments(session, candidates, before_year=year)
    return [
        rec_id
        for rec_id in candidates
        if rec_id not in earlier or earlier[rec_id].assessment not in CLOSED_ASSESSMENTS
    ]


@dataclass(frozen=True, slots=True)
class AuditChoice:
    audit: AuditRef
    in_round: bool


def audits_in_round(round_id: int):
    return (
        select(Recommendation.audit_id)
        .join(FollowUpItem, FollowUpItem.recommendation_id == Recommendation.id)
        .where(FollowUpItem.round_id == round_id)
    )


def audit_choices(session: Session, *, team_id: str, round_ref: RoundRef) -> list[AuditChoice]:
    """The organisation's audits to choose from: those in the round first, then the others,
    each newest first, as many as one select holds."""
    in_round = Audit.id.in_(audits_in_round(round_ref.id))
    rows = session.execute(
        select(*AUDIT_REF_COLUMNS, in_round)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Audit.team_id == team_id, Audit.organisation_id == round_ref.organisation_id)
        .order_by(in_round.desc(), func.coalesce(Audit.audit_year, 0).desc(), Audit.id.desc())
        .limit(AUDIT_CHOICES)
    )
    return [AuditChoice(AuditRef(*row[:-1]), bool(row[-1])) for row in rows]


# -- reading -----------------------------------------------------------------------------

_ITEM_ORDER = (func.coalesce(Audit.audit_year, 0), Audit.id, Recommendation.position)


def _item_ids(session: Session, round_id: int):
    return (
        select(FollowUpItem.id)
        .join(Recommendation, FollowUpItem.recommendation_id == Recommendation.id)
        .join(Audit, Recommendation.audit_id == Audit.id)
        .where(FollowUpItem.round_id == round_id)
        .order_by(*_ITEM_ORDER)
    )


def progress(session: Session, *, round_id: int) -> Progress:
    """How many recommendations the round holds, and how many are assessed each way."""
    counts: dict[str, int] = {}
    total = 0
    for assessment, n in session.execute(
        select(FollowUpItem.assessment, func.count())
        .where(FollowUpItem.round_id == round_id)
        .group_by(FollowUpItem.assessment)
    ):
        total += n
        if assessment is not None:
            counts[assessment] = n
    return Progress(total, counts)


def round_page(
    session: Session, *, team_id: str, round_ref: RoundRef, page: int = 1, size: int = ROUND_PAGE
) -> RoundPage:
    """Page ``page`` of the round, in the order of the audits, with its progress."""
    counted = progress(session, round_id=round_ref.id)
    items = page_of(
        lambda limit, offset: _items(
            session,
            team_id,
            round_ref,
            list(session.scalars(_item_ids(session, round_ref.id).limit(limit).offset(offset))),
        ),
        number=page,
        size=size,
        total=counted.total,
    )
    return RoundPage(round_ref, counted, items)


def round_items(session: Session, *, team_id: str, round_ref: RoundRef) -> list[RoundItem]:
    """The whole round, in the order of the audits (the follow-up report)."""
    return _items(
        session, team_id, round_ref, list(session.scalars(_item_ids(session, round_ref.id)))
    )


def round_item(session: Session, *, team_id: str, item_id: int) -> tuple[RoundRef, RoundItem]:
    """One recommendation of a round (the assessment form), in the workspace's rounds only."""
    round_id = session.scalar(
        select(FollowUpItem.round_id).where(
            FollowUpItem.team_id == team_id, FollowUpItem.id == item_id
        )
    )
    if round_id is None:
        raise NotFound("follow_up_item", item_id)
    round_ref = round_by_id(session, team_id=team_id, round_id=round_id)
    (item,) = _items(session, team_id, round_ref, [item_id])
    return round_ref, item


def _items(
    session: Session, team_id: str, round_ref: RoundRef, item_ids: list[int]
) -> list[RoundItem]:
    if not item_ids:
        return []
    rows = session.execute(
        select(
            FollowUpItem.id,
            FollowUpItem.version,
            FollowUpItem.recommendation_id,
            FollowUpItem.assessment,
            FollowUpItem.comment,
            FollowUpItem.evidence,
            FollowUpItem.assessed_by,
            FollowUpItem.assessed_at,
        ).where(FollowUpItem.team_id == team_id, FollowUpItem.id.in_(item_ids))
    ).all()
    by_item = {row[0]: row for row in rows}
    recommendation_ids = [row[2] for row in rows]
    recommendations = {r.id: r for r in recommendation_views(session, recommendation_ids)}
    boards = boards_of(session, recommendation_ids)
    responses = responses_of(session, {r.audit.id for r in recommendations.values()})
    earlier = latest_assessments(session, recommendation_ids, before_year=round_ref.year)
    items = []
    for item_id in item_ids:
        if item_id not in by_item:
            continue
        _, version, rec_id, assessment, comment, evidence, by, at = by_item[item_id]
        recommendation = recommendations[rec_id]
        current = (
            Assessment(round_ref.year, assessment, comment, evidence, by, at)
            if assessment is not None
            else None
        )
        items.append(
            RoundItem(
                id=item_id,
                version=version,
                recommendation=recommendation,
                boards=boards.get(rec_id, ()),
                responses=responses.get(recommendation.audit.id, ()),
                current=current,
                previous=earlier.get(rec_id),
            )
        )
    return items


def boards_of(session: Session, recommendation_ids: Collection[int]) -> dict[int, tuple[str, ...]]:
    """The boards each recommendation concerns: the boards it names; for a group it names
    ("berörda nämnder") the audit's audited boards; failing both, the words printed."""
    if not recommendation_ids:
        return {}
    ids = list(recommendation_ids)
    named: dict[int, list[str]] = defaultdict(list)
    printed: dict[int, list[str]] = defaultdict(list)
    for rec_id, body, label in session.execute(
        select(RecommendationAddressee.recommendation_id, Body.name, RecommendationAddressee.label)
        .outerjoin(Body, RecommendationAddressee.body_id == Body.id)
        .where(RecommendationAddressee.recommendation_id.in_(ids))
        .order_by(RecommendationAddressee.recommendation_id, RecommendationAddressee.position)
    ):
        (named if body is not None else printed)[rec_id].append(body or label)
    audited: dict[int, list[str]] = defaultdict(list)
    for rec_id, body in session.execute(
        select(Recommendation.id, Body.name)
        .join(AuditBody, AuditBody.audit_id == Recommendation.audit_id)
        .join(Body, AuditBody.body_id == Body.id)
        .where(Recommendation.id.in_(ids))
        .order_by(Recommendation.id, AuditBody.position)
    ):
        audited[rec_id].append(body)
    boards = {}
    for rec_id in ids:
        found = named[rec_id] + (audited[rec_id] if printed[rec_id] else [])
        boards[rec_id] = tuple(dict.fromkeys(found or printed[rec_id] or audited[rec_id]))
    return boards


def responses_of(
    session: Session, audit_ids: Collection[int]
) -> dict[int, tuple[ResponseView, ...]]:
    """Each audit's responses (yttranden) in the order they are listed."""
    if not audit_ids:
        return {}
    action_count = (
        select(func.count(Action.id)).where(Action.response_id == Response.id).scalar_subquery()
    )
    found: dict[int, list[ResponseView]] = defaultdict(list)
    for audit_id, *fields in session.execute(
        select(
            Response.audit_id,
            Response.id,
            Body.name,
            Response.decision_date,
            Response.registry_number,
            action_count,
        )
        .join(Body, Response.body_id == Body.id)
        .where(Response.audit_id.in_(list(audit_ids)))
        .order_by(Response.audit_id, Response.position)
    ):
        found[audit_id].append(ResponseView(*fields))
    return {audit_id: tuple(views) for audit_id, views in found.items()}


def latest_assessments(
    session: Session, recommendation_ids: Collection[int], *, before_year: int | None = None
) -> dict[int, Assessment]:
    """Each recommendation's assessment in the latest round that assessed it (before
    ``before_year``'s round, if given)."""
    if not recommendation_ids:
        return {}
    query = (
        select(
            FollowUpItem.recommendation_id,
            FollowUpRound.year,
            FollowUpItem.assessment,
            FollowUpItem.comment,
            FollowUpItem.evidence,
            FollowUpItem.assessed_by,
            FollowUpItem.assessed_at,
        )
        .join(FollowUpRound, FollowUpItem.round_id == FollowUpRound.id)
        .where(
            FollowUpItem.recommendation_id.in_(list(recommendation_ids)),
            FollowUpItem.assessment.is_not(None),
        )
        .order_by(FollowUpItem.recommendation_id, FollowUpRound.year.desc())
    )
    if before_year is not None:
        query = query.where(FollowUpRound.year < before_year)
    latest: dict[int, Assessment] = {}
    for rec_id, *fields in session.execute(query):
        latest.setdefault(rec_id, Assessment(*fields))
    return latest
