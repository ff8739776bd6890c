"""The follow-up round (`/revision uppföljning`): start or resume it, read a page of it, and
the assessments editors make in it, each in a transaction of its own."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules import matching
from bot.rules.choices import parse_id
from bot.rules.followup import check_year, parse_assessment, parse_comment, parse_evidence
from bot.services.names import find_organisation
from storage import followup, followup_edits
from storage.followup import AuditChoice, RoundItem, RoundPage, RoundRef
from storage.followup_edits import Chosen, StaleForm


@dataclass(frozen=True, slots=True)
class Round:
    """A page of a round as the answer draws it; ``started`` when this request started it."""

    page: RoundPage
    started: bool = False


@dataclass(frozen=True, slots=True)
class Saved:
    round: RoundRef
    item: RoundItem
    changed: bool


@dataclass(frozen=True, slots=True)
class Conflict:
    """The form was opened before someone else saved: their assessment, and what this user
    typed (already checked), for them to look at before saving again."""

    round: RoundRef
    item: RoundItem
    assessment: str
    comment: str
    evidence: str | None


def _organisation_and_year(session: Session, ctx: RequestContext, args: str):
    query, year = matching.parse_year(args.strip())
    organisation = find_organisation(session, ctx, query, "follow_up")
    return organisation, check_year(year or ctx.today.year, ctx.today.year)


def start_or_resume(ctx: RequestContext, args: str) -> Round:
    """The year's round of the organisation typed (``"knivsta 2030"``; this year if none is
    given); an editor starts it when there is none yet, a reader is told there is none."""
    with ctx.reading() as session:
        organisation, year = _organisation_and_year(session, ctx, args)
        found = followup.find_round(
            session, team_id=ctx.team_id, organisation_id=organisation.id, year=year
        )
    started = False
    if found is None:
        if not ctx.is_editor:
            raise UserFacingError(
                "slack.follow_up.not_started", organisation=organisation.name, year=year
            )
        with ctx.writing() as edit:
            _, started = followup_edits.start_round(
                edit, organisation_id=organisation.id, year=year
            )
    with ctx.reading() as session:
        return Round(_page(session, ctx, organisation.id, year, 1), started)


def round_in(session: Session, ctx: RequestContext, args: str, page: int) -> Round:
    """A page of a round already started (paging, sharing, the redraw after a change)."""
    organisation, year = _organisation_and_year(session, ctx, args)
    return Round(_page(session, ctx, organisation.id, year, page))


def _page(
    session: Session, ctx: RequestContext, organisation_id: int, year: int, page: int
) -> RoundPage:
    found = followup.find_round(
        session, team_id=ctx.team_id, organisation_id=organisation_id, year=year
    )
    if found is None:
        raise UserFacingError("slack.follow_up.gone")
    return followup.round_page(session, team_id=ctx.team_id, round_ref=found, page=page)


def assessment_form(ctx: RequestContext, value: str | None) -> tuple[RoundRef, RoundItem]:
    """The recommendation a "Bedöm" button names, as its form shows it (editors only)."""
    ctx.require_editor()
    with ctx.reading() as session:
        return followup.round_item(session, team_id=ctx.team_id, item_id=parse_id(value))


def assess(
    ctx: RequestContext,
    *,
    item_id: str | None,
    seen_version: object,
    assessment: str | None,
    comment: str | None,
    evidence: str | None,
) -> Saved | Conflict:
    """Save one assessment, in its own transaction, over the version the form was opened
    on; if someone saved since, nothing is written and their assessment comes back."""
    ctx.require_editor()
    item = parse_id(item_id)
    if not isinstance(seen_version, int) or isinstance(seen_version, bool):
        raise UserFacingError("slack.error.stale")
    checked = {
        "assessment": parse_assessment(assessment),
        "comment": parse_comment(comment),
        "evidence": parse_evidence(evidence),
    }
    try:
        with ctx.writing() as edit:
            changed = followup_edits.assess(
                edit, item_id=item, seen_version=seen_version, **checked
            )
    except StaleForm:
        with ctx.reading() as session:
            round_ref, newer = followup.round_item(session, team_id=ctx.team_id, item_id=item)
        return Conflict(round_ref, newer, **checked)
    with ctx.reading() as session:
        round_ref, saved = followup.round_item(session, team_id=ctx.team_id, item_id=item)
    return Saved(round_ref, saved, changed)


def audit_choices(ctx: RequestContext, value: str | None) -> tuple[RoundRef, list[AuditChoice]]:
    """The round a "Välj granskningar" button names, and the audits to choose from."""
    ctx.require_editor()
    with ctx.reading() as session:
        round_ref = followup.round_by_id(session, team_id=ctx.team_id, round_id=parse_id(value))
        return round_ref, followup.audit_choices(session, team_id=ctx.team_id, round_ref=round_ref)


def choose_audits(
    ctx: RequestContext, *, round_id: str | None, chosen: list[str], offered: list[object]
) -> tuple[RoundRef, Chosen]:
    """Make the chosen audits, of those the form offered, the round's (an assessed
    recommendation stays whatever is chosen)."""
    ctx.require_editor()
    picked = [parse_id(value) for value in chosen]
    shown = [parse_id(str(value)) for value in offered]
    with ctx.writing() as edit:
        round_ref = followup.round_by_id(
            edit.session, team_id=ctx.team_id, round_id=parse_id(round_id)
        )
        done = followup_edits.choose_audits(
            edit, round_id=round_ref.id, chosen=picked, offered=shown
        )
    return round_ref, done
