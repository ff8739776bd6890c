"""What the user typed, resolved forgivingly against the workspace's names (bot.rules.matching).

Names come from the process's name cache (``storage.names.NameCache``); an audit is looked
for among the audits of the organisation named first, or by its id.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.errors import NoWords, UserFacingError
from bot.rules import matching
from bot.rules.matching import Target
from storage import audits
from storage import names as stored_names
from storage.base import MAX_ID
from storage.errors import NotFound
from storage.paging import Scope
from storage.read_models import AuditRef, OrganisationRef


def require(text: str, usage_key: str) -> str:
    """The words a sub-command needs; without any, the answer says how to use it. Text with
    no letter or digit matches nothing: said so, rather than every audit offered as a fit."""
    if not text.strip():
        raise UserFacingError(f"slack.missing.{usage_key}")
    if not any(character.isalnum() for character in text):
        raise NoWords(text.strip(), usage_key)
    return text.strip()


@dataclass(frozen=True, slots=True)
class _StoredAudits:
    """The workspace's audits as ``matching.find_audit`` reads them: one organisation's
    at a time, or one by id; all of them, from the name cache, when no organisation is
    named."""

    session: Session
    ctx: RequestContext

    def by_id(self, audit_id: int) -> AuditRef | None:
        if audit_id > MAX_ID:
            return None
        return stored_names.find_audit_ref(
            self.session, team_id=self.ctx.team_id, audit_id=audit_id
        )

    def of(self, organisation: OrganisationRef | None) -> Sequence[AuditRef]:
        if organisation is None:
            return self.ctx.names.audits(self.session, team_id=self.ctx.team_id)
        return stored_names.list_audit_refs(
            self.session, team_id=self.ctx.team_id, organisation_id=organisation.id
        )

    def dated(
        self,
        organisation: OrganisationRef | None,
        years: set[int],
        among: Collection[int] | None = None,
    ) -> set[int]:
        return audits.audit_ids_dated(
            self.session,
            team_id=self.ctx.team_id,
            organisation_id=organisation.id if organisation else None,
            years=years,
            among=among,
        )


def find_audit(session: Session, ctx: RequestContext, query: str, usage: str = "show") -> AuditRef:
    return matching.find_audit(
        require(query, usage),
        _StoredAudits(session, ctx),
        ctx.names.organisations(session, team_id=ctx.team_id),
    )


def find_organisation(
    session: Session, ctx: RequestContext, query: str, usage: str = "watch"
) -> OrganisationRef:
    return matching.find_organisation(
        require(query, usage), ctx.names.organisations(session, team_id=ctx.team_id)
    )


def organisation_by_id(
    session: Session, ctx: RequestContext, organisation_id: int
) -> OrganisationRef:
    """One of the workspace's organisations by id (a button's value)."""
    found = next(
        (
            o
            for o in ctx.names.organisations(session, team_id=ctx.team_id)
            if o.id == organisation_id
        ),
        None,
    )
    if found is None:
        raise NotFound("organisation", organisation_id)
    return found


def find_target(session: Session, ctx: RequestContext, query: str, usage: str) -> Target:
    return matching.find_target(
        require(query, usage), *ctx.names.both(session, team_id=ctx.team_id)
    )


def scope_of(ctx: RequestContext, target: Target) -> Scope:
    """Where storage looks for a target's items. The boards by organisation come in the name
    cache's order, which is the database's order of organisation names: storage need not
    look them up again."""
    if target.organisation is not None:
        body_ids = tuple(body.id for body in target.bodies) or None
        return Scope(ctx.team_id, target.organisation.id, body_ids)
    groups: dict[int, list[int]] = {}
    for body in target.bodies:
        groups.setdefault(body.organisation_id, []).append(body.id)
    return Scope(
        ctx.team_id,
        None,
        tuple(body.id for body in target.bodies),
        tuple((org_id, tuple(ids)) for org_id, ids in groups.items()),
    )
