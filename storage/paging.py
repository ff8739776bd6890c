"""Lists a page at a time, cut where the data is: a caller asks for page N and gets a Page.

At national scale (SPEC §5) "öppna socialnämnden" owes thousands of items. A list is cut in
the database; when counting it would cost more than reading the page (a board name found in
hundreds of organisations, BENCHMARKS.md), the page says whether another follows instead of
how many there are. Lists across organisations are read an organisation at a time, in the
order the page shows, until the page is full.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Body, Organisation
from storage.read_models import Page

T = TypeVar("T")

# Up to this many boards a list is counted, and a group addressee ("berörda nämnder") is found
# from the boards' audits; beyond it counting costs more than the page (BENCHMARKS.md).
FEW_BODIES = 16

# Bodies by organisation, the organisations in name order: how a list across organisations
# is paged (``organisations_in_order``).
Groups = Sequence[tuple[int, Sequence[int] | None]]


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose items a list holds: one organisation's, some boards' (in any organisation), or,
    with neither, the whole workspace's. ``groups`` are the boards by organisation in
    organisation-name order when the caller already knows them (the name cache does)."""

    team_id: str
    organisation_id: int | None = None
    body_ids: tuple[int, ...] | None = None
    groups: Groups | None = None

    @property
    def countable(self) -> bool:
        return (
            self.organisation_id is not None
            or self.body_ids is None
            or len(self.body_ids) <= FEW_BODIES
        )


def page_of(
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


def organisations_in_order(
    session: Session, *, team_id: str, body_ids: Collection[int] | None
) -> list[tuple[int, list[int] | None]]:
    """Organisations in name order, each with its bodies among ``body_ids`` (every
    organisation, with None, when no bodies are given).

    A name like "Socialnämnden" matches a body in each of 290 organisations; a page of what
    they owe is then read one organisation at a time, in the order the page shows, and the
    reading stops when the page is full — instead of collecting and sorting every match.
    """
    if body_ids is None:
        organisations = session.scalars(
            select(Organisation.id)
            .where(Organisation.team_id == team_id)
            .order_by(Organisation.name)
        )
        return [(organisation_id, None) for organisation_id in organisations]
    rows = session.execute(
        select(Body.organisation_id, Body.id)
        .join(Organisation, Body.organisation_id == Organisation.id)
        .where(Organisation.team_id == team_id, Body.id.in_(body_ids))
        .order_by(Organisation.name, Body.id)
    )
    groups: dict[int, list[int]] = {}
    for organisation_id, body_id in rows:
        groups.setdefault(organisation_id, []).append(body_id)
    return list(groups.items())


def ids_by_organisation(
    session: Session,
    fetch: Callable[[int | None, Collection[int] | None, int], list[int]],
    *,
    team_id: str,
    organisation_id: int | None,
    body_ids: Collection[int] | None,
    limit: int,
    offset: int,
    across_organisations: bool = True,
    groups: Groups | None = None,
) -> list[int]:
    """Ids ``offset`` to ``offset + limit`` of a list ordered by organisation name first.

    ``fetch(organisation_id, body_ids, n)`` gives the first ``n`` ids for one organisation
    (or, with None, for all). Unless one organisation is asked for (or the caller knows its
    filter is narrow), they are fetched organisation by organisation until enough are in hand;
    ``groups`` is ``_by_organisation``'s answer when the caller already has it.
    """
    wanted = offset + limit
    if organisation_id is not None or not across_organisations:
        return fetch(organisation_id, body_ids, wanted)[offset:]
    if groups is None:
        groups = organisations_in_order(session, team_id=team_id, body_ids=body_ids)
    ids: list[int] = []
    for group_organisation, group_bodies in groups:
        ids += fetch(group_organisation, group_bodies, wanted - len(ids))
        if len(ids) >= wanted:
            break
    return ids[offset:wanted]
