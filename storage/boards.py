"""An organisation and its boards found by name, or added: imports, audits entered by hand and
corrections name them the same way, so one board is never stored twice under two spellings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ingest.bodies import abbreviate
from storage.bodies import default_aliases, lookup_key
from storage.models import Body, Organisation


def fit(column: InstrumentedAttribute, value: str | None) -> str | None:
    """``value`` cut to what ``column`` holds. Names and labels come from heuristics run on any
    document, or from what a person typed: one that ran away (a whole page as a title) must
    not make PostgreSQL refuse the row (SQLite stores any length; PostgreSQL raises)."""
    length = getattr(column.type, "length", None)
    if not isinstance(value, str) or length is None or len(value) <= length:
        return value
    return value[: length - 1].rstrip() + "…"


def organisation_named(session: Session, *, team_id: str, name: str) -> Organisation:
    """The workspace's organisation called ``name`` (any case), added if there is none."""
    name = fit(Organisation.name, name.strip()) or ""
    # Compared here, not with SQL lower(): SQLite's folds only ASCII, so "Örebro kommun"
    # never matched itself and its second report broke the unique name.
    key = name.casefold()
    found = next(
        (
            org
            for org in session.scalars(select(Organisation).where(Organisation.team_id == team_id))
            if org.name.casefold() == key
        ),
        None,
    )
    if found is None:
        found = Organisation(team_id=team_id, name=name)
        session.add(found)
        session.flush()
    return found


def body_named(session: Session, organisation: Organisation, name: str) -> Body:
    """The organisation's board called ``name`` (case, accents and spacing aside), added with
    its abbreviation and the aliases people type if there is none."""
    name = fit(Body.name, name.strip()) or ""
    key = lookup_key(name)
    for body in organisation.bodies:
        if lookup_key(body.name) == key:
            return body
    canonical = name[:1].upper() + name[1:]
    body = Body(
        team_id=organisation.team_id,
        name=canonical,
        abbreviation=fit(Body.abbreviation, abbreviate(canonical)) or None,
        aliases=default_aliases(canonical),
    )
    organisation.bodies.append(body)
    session.flush()
    return body
