"""Who owes what: recommendations addressed to boards, and the actions boards own, a page at
a time (storage.paging)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.orm import Session

from storage.due import ACTION_NOT_DONE
from storage.enums import OPEN_RECOMMENDATION_STATUSES
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    AuditBody,
    Organisation,
    Recommendation,
    RecommendationAddressee,
    Response,
)
from storage.paging import (
    FEW_BODIES,
    Groups,
    Scope,
    ids_by_organisation,
    organisations_in_order,
    page_of,
)
from storage.read_models import ActionView, OpenItems, Page, RecommendationView
from storage.views import ACTION_ORDER, RECOMMENDATION_ORDER, action_views, recommendation_views

RECOMMENDATION_PAGE = 20
OPEN_PAGE = 10


def _addressed_to(body_ids: Collection[int]):
    """Recommendations addressed to one of the bodies, directly or as "berörda nämnder".

    Direct addressees are read from the (body, recommendation) index. For group addressees
    the cheaper side depends on how many bodies are asked about: a few bodies' audits, or,
    for a name shared by hundreds of organisations, the addressees without a body, whose
    audit's bodies are then checked against the list (``+ 0`` keeps the planner from probing
    the audited-body index once per listed body). The explicit join must not correlate with
    the enclosing query's recommendation.
    """
    direct = select(RecommendationAddressee.recommendation_id).where(
        RecommendationAddressee.body_id.in_(body_ids)
    )
    audited = AuditBody.body_id if len(body_ids) <= FEW_BODIES else AuditBody.body_id + 0
    via_group = (
        select(RecommendationAddressee.recommendation_id)
        .join(Recommendation, Recommendation.id == RecommendationAddressee.recommendation_id)
        .join(AuditBody, AuditBody.audit_id == Recommendation.audit_id)
        .where(RecommendationAddressee.body_id.is_(None), audited.in_(body_ids))
        .correlate(None)
    )
    return Recommendation.id.in_(union_all(direct, via_group))


def _recommendation_filters(
    query: Select,
    *,
    team_id: str,
    organisation_id: int | None,
    body_ids: Collection[int] | None,
    statuses: Collection[str] | None,
    audit_id: int | None,
) -> Select:
    query = query.where(Recommendation.team_id == team_id)
    if organisation_id is not None:
        query = query.where(Audit.organisation_id == organisation_id)
    if audit_id is not None:
        query = query.where(Recommendation.audit_id == audit_id)
    if body_ids is not None:
        query = query.where(_addressed_to(body_ids))
    if statuses is not None:
        query = query.where(Recommendation.status.in_(statuses))
    return query


def recommendation_ids(**filters) -> Select:
    return _recommendation_filters(
        select(Recommendation.id)
        .join(Audit, Recommendation.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id),
        **filters,
    )


def recommendations(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    body_ids: Collection[int] | None = None,
    statuses: Collection[str] | None = None,
    audit_id: int | None = None,
    limit: int | None = None,
    offset: int = 0,
    groups: Groups | None = None,
) -> list[RecommendationView]:
    """Recommendations by organisation, newest audit first; ``limit``/``offset`` take a page.

    ``groups``: ``body_ids`` by organisation in name order, when the caller has them (the
    name cache lists bodies in that order); otherwise they are looked up for a page.
    """
    filters = {
        "team_id": team_id,
        "organisation_id": organisation_id,
        "body_ids": body_ids,
        "statuses": statuses,
        "audit_id": audit_id,
    }
    if limit is None:
        return recommendation_views(session, recommendation_ids(**filters))
    return _recommendation_page(session, filters, limit=limit, offset=offset, groups=groups)


def _recommendation_page(
    session: Session,
    filters: dict,
    *,
    limit: int,
    offset: int,
    groups: Groups | None = None,
) -> list[RecommendationView]:
    def fetch(organisation_id: int | None, body_ids: Collection[int] | None, n: int):
        query = recommendation_ids(
            **{**filters, "organisation_id": organisation_id, "body_ids": body_ids}
        )
        return list(session.scalars(query.order_by(*RECOMMENDATION_ORDER).limit(n)))

    ids = ids_by_organisation(
        session,
        fetch,
        team_id=filters["team_id"],
        organisation_id=filters["organisation_id"],
        body_ids=filters["body_ids"],
        limit=limit,
        offset=offset,
        across_organisations=filters["audit_id"] is None,
        groups=groups,
    )
    return recommendation_views(session, ids)


def count_recommendations(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    body_ids: Collection[int] | None = None,
    statuses: Collection[str] | None = None,
    audit_id: int | None = None,
) -> int:
    query = select(func.count(Recommendation.id))
    if organisation_id is not None:
        query = query.join(Audit, Recommendation.audit_id == Audit.id)
    query = _recommendation_filters(
        query,
        team_id=team_id,
        organisation_id=organisation_id,
        body_ids=body_ids,
        statuses=statuses,
        audit_id=audit_id,
    )
    return session.scalar(query) or 0


def _open_action_ids(
    *, team_id: str, organisation_id: int | None, body_ids: Collection[int] | None
) -> Select:
    """Actions not done, joined up to their organisation; owned by one of ``body_ids``."""
    query = (
        select(Action.id)
        .join(Response, Action.response_id == Response.id)
        .join(Audit, Response.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Action.team_id == team_id, ACTION_NOT_DONE)
    )
    if organisation_id is not None:
        query = query.where(Audit.organisation_id == organisation_id)
    if body_ids is not None:
        owned = select(ActionBoard.action_id).where(ActionBoard.body_id.in_(body_ids))
        query = query.where(Action.id.in_(owned))
    return query


def open_items(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    body_ids: Collection[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
    groups: Groups | None = None,
) -> OpenItems:
    """What is not done yet across all years: recommendations and the actions bodies own.

    With ``limit``, each list holds one page (the same ``offset`` into both); the totals
    come from ``count_open_items`` when the caller wants them. ``groups`` as for
    ``recommendations``.
    """
    if limit is None:
        open_recommendations = recommendations(
            session,
            team_id=team_id,
            organisation_id=organisation_id,
            body_ids=body_ids,
            statuses=OPEN_RECOMMENDATION_STATUSES,
        )
        query = _open_action_ids(
            team_id=team_id, organisation_id=organisation_id, body_ids=body_ids
        )
        ids = list(session.scalars(query.order_by(*ACTION_ORDER)))
    else:
        # Both lists walk the same organisations: find them once.
        if organisation_id is None and groups is None:
            groups = organisations_in_order(session, team_id=team_id, body_ids=body_ids)
        filters = {
            "team_id": team_id,
            "organisation_id": organisation_id,
            "body_ids": body_ids,
            "statuses": OPEN_RECOMMENDATION_STATUSES,
            "audit_id": None,
        }
        open_recommendations = _recommendation_page(
            session, filters, limit=limit, offset=offset, groups=groups
        )

        def fetch(organisation_id: int | None, body_ids: Collection[int] | None, n: int):
            page = _open_action_ids(
                team_id=team_id, organisation_id=organisation_id, body_ids=body_ids
            )
            return list(session.scalars(page.order_by(*ACTION_ORDER).limit(n)))

        ids = ids_by_organisation(
            session,
            fetch,
            team_id=team_id,
            organisation_id=organisation_id,
            body_ids=body_ids,
            limit=limit,
            offset=offset,
            groups=groups,
        )
    by_id = {action.id: action for action in action_views(session, ids)}
    return OpenItems(tuple(open_recommendations), tuple(by_id[i] for i in ids if i in by_id))


def count_open_items(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    body_ids: Collection[int] | None = None,
) -> tuple[int, int]:
    """How many recommendations and actions ``open_items`` would list without a limit."""
    recommendation_count = count_recommendations(
        session,
        team_id=team_id,
        organisation_id=organisation_id,
        body_ids=body_ids,
        statuses=OPEN_RECOMMENDATION_STATUSES,
    )
    query = select(func.count(Action.id)).where(Action.team_id == team_id, ACTION_NOT_DONE)
    if organisation_id is not None:
        query = (
            query.join(Response, Action.response_id == Response.id)
            .join(Audit, Response.audit_id == Audit.id)
            .where(Audit.organisation_id == organisation_id)
        )
    if body_ids is not None:
        owned = select(ActionBoard.action_id).where(ActionBoard.body_id.in_(body_ids))
        query = query.where(Action.id.in_(owned))
    return recommendation_count, session.scalar(query) or 0


def recommendation_page(
    session: Session, scope: Scope, *, page: int = 1, size: int = RECOMMENDATION_PAGE
) -> Page[RecommendationView]:
    """Page ``page`` of the recommendations addressed within ``scope``; counted when that is
    cheap (``Scope.countable``)."""
    filters = {
        "team_id": scope.team_id,
        "organisation_id": scope.organisation_id,
        "body_ids": scope.body_ids,
    }
    return page_of(
        lambda limit, offset: recommendations(
            session, **filters, limit=limit, offset=offset, groups=scope.groups
        ),
        number=page,
        size=size,
        total=count_recommendations(session, **filters) if scope.countable else None,
    )


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


def open_page(session: Session, scope: Scope, *, page: int = 1, size: int = OPEN_PAGE) -> OpenPage:
    """Page ``page`` of what is not done within ``scope``: recommendations and actions side by
    side, the same stretch of each; counted when that is cheap."""
    filters = {
        "team_id": scope.team_id,
        "organisation_id": scope.organisation_id,
        "body_ids": scope.body_ids,
    }
    totals = count_open_items(session, **filters) if scope.countable else None
    number = max(page, 1)
    if totals is not None:
        number = min(number, max(1, -(-max(totals) // size)))
    read = size if totals is not None else size + 1

    def both(number: int) -> OpenItems:
        return open_items(
            session, **filters, limit=read, offset=(number - 1) * size, groups=scope.groups
        )

    items = both(number)
    if totals is None and number > 1 and not (items.recommendations or items.actions):
        number, items = 1, both(1)

    def page_of_list(found: tuple, total: int | None) -> Page:
        has_next = number * size < total if total is not None else len(found) > size
        return Page(found[:size], number, size, total, has_next)

    return OpenPage(
        page_of_list(items.recommendations, totals[0] if totals else None),
        page_of_list(items.actions, totals[1] if totals else None),
    )
