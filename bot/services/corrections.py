"""Corrections after saving, from the edit menu beside each item of `visa`: change or delete
a recommendation, an action, a response request; change or delete an audit; ask for a
response; add a recommendation or an action. Editors only; each change in one transaction,
logged as theirs. A deletion can be undone (storage.trash) for 30 days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules.choices import MenuChoice
from storage import audits, corrections, trash
from storage.corrections import ActionFields, AuditBoards, AuditFacts
from storage.errors import NotFound
from storage.names import find_audit_ref
from storage.read_models import AuditRef
from storage.trash import TrashView


@dataclass(frozen=True, slots=True)
class AuditForm:
    audit: AuditRef


@dataclass(frozen=True, slots=True)
class RecommendationForm:
    audit: AuditRef
    id: int | None
    text: str
    addressees: tuple[str, ...]
    boards: AuditBoards


@dataclass(frozen=True, slots=True)
class ActionForm:
    audit: AuditRef
    # The recommendation a new action answers; None when an existing one is changed.
    recommendation_id: int | None
    id: int | None
    fields: ActionFields
    # The board whose action plan it is in (chosen for a new action, fixed for one stored).
    board: str | None
    boards: AuditBoards


@dataclass(frozen=True, slots=True)
class RequestForm:
    audit: AuditRef
    id: int | None
    board: str | None
    deadline: dt.date | None
    received_on: dt.date | None
    boards: AuditBoards


@dataclass(frozen=True, slots=True)
class Deletion:
    """What "Ta bort" asks to confirm."""

    choice: MenuChoice
    audit: AuditRef
    label: str


Form = AuditForm | RecommendationForm | ActionForm | RequestForm | Deletion


def form_for(ctx: RequestContext, choice: MenuChoice) -> Form:
    """What the form (or the confirmation) an edit menu's option opens shows."""
    ctx.require_editor()
    with ctx.reading() as session:
        return _form(session, ctx, choice)


def _audit(session: Session, ctx: RequestContext, audit_id: int) -> AuditRef:
    ref = find_audit_ref(session, team_id=ctx.team_id, audit_id=audit_id)
    if ref is None:
        raise NotFound("audit", audit_id)
    return ref


def _form(session: Session, ctx: RequestContext, choice: MenuChoice) -> Form:
    team = ctx.team_id
    if choice.entity == "audit":
        audit = _audit(session, ctx, choice.id)
        boards = corrections.audit_boards(session, team_id=team, audit_id=audit.id)
        match choice.verb:
            case "edit":
                return AuditForm(audit)
            case "add_recommendation":
                return RecommendationForm(audit, None, "", (), boards)
            case "request":
                return RequestForm(audit, None, None, None, None, boards)
        return Deletion(choice, audit, audit.title or f"#{audit.id}")
    if choice.entity == "recommendation":
        item = corrections.recommendation(session, team_id=team, recommendation_id=choice.id)
        boards = corrections.audit_boards(session, team_id=team, audit_id=item.audit.id)
        match choice.verb:
            case "edit":
                return RecommendationForm(item.audit, item.id, item.text, item.addressees, boards)
            case "add_action":
                board = next(iter(item.addressees), None)
                empty = ActionFields("", None, None, None)
                return ActionForm(item.audit, item.id, None, empty, board, boards)
        return Deletion(choice, item.audit, item.text)
    if choice.entity == "action":
        action = corrections.action(session, team_id=team, action_id=choice.id)
        if choice.verb == "delete":
            return Deletion(choice, action.audit, action.text)
        boards = corrections.audit_boards(session, team_id=team, audit_id=action.audit.id)
        fields = ActionFields(action.text, action.responsible, action.timeline_text, action.due)
        return ActionForm(action.audit, None, action.id, fields, action.responding_body, boards)
    request = audits.response_request(session, team_id=team, request_id=choice.id)
    if request is None:
        raise NotFound("response_request", choice.id)
    if choice.verb == "delete":
        return Deletion(choice, request.audit, request.body)
    boards = corrections.audit_boards(session, team_id=team, audit_id=request.audit.id)
    return RequestForm(
        request.audit, request.id, request.body, request.deadline, request.received_on, boards
    )


def save_audit(ctx: RequestContext, audit_id: int, facts: AuditFacts) -> bool:
    ctx.require_editor()
    if not facts.organisation.strip():
        raise UserFacingError("slack.edit.organisation_needed").at("organisation")
    with ctx.writing() as edit:
        return corrections.set_audit_facts(edit, audit_id=audit_id, facts=facts)


def save_recommendation(
    ctx: RequestContext,
    *,
    audit_id: int | None = None,
    recommendation_id: int | None = None,
    text: str,
    addressees: Sequence[str],
) -> None:
    """A recommendation changed, or (given the audit instead) added to the audit."""
    ctx.require_editor()
    text = _text(text)
    with ctx.writing() as edit:
        if recommendation_id is None:
            if audit_id is None:
                raise UserFacingError("slack.error.bad_choice")
            corrections.add_recommendation(
                edit, audit_id=audit_id, text=text, addressees=addressees
            )
        else:
            corrections.set_recommendation(
                edit, recommendation_id=recommendation_id, text=text, addressees=addressees
            )


def save_action(
    ctx: RequestContext,
    *,
    action_id: int | None,
    recommendation_id: int | None,
    board: str | None,
    fields: ActionFields,
) -> None:
    """An action changed, or with no id added to the recommendation in ``board``'s plan."""
    ctx.require_editor()
    fields = ActionFields(_text(fields.text), fields.responsible, fields.timeline_text, fields.due)
    with ctx.writing() as edit:
        if action_id is not None:
            corrections.set_action(edit, action_id=action_id, fields=fields)
            return
        if recommendation_id is None:
            raise UserFacingError("slack.error.bad_choice")
        if not board:
            raise UserFacingError("slack.edit.board_needed").at("board")
        corrections.add_action(
            edit, recommendation_id=recommendation_id, board=board, fields=fields
        )


def save_request(
    ctx: RequestContext,
    *,
    request_id: int,
    board: str | None,
    deadline: dt.date | None,
    received_on: dt.date | None,
) -> None:
    ctx.require_editor()
    if not board:
        raise UserFacingError("slack.edit.board_needed").at("board")
    if deadline is None:
        raise UserFacingError("slack.preview.deadline_needed").at("deadline")
    if received_on is not None and received_on > ctx.today:
        raise UserFacingError("slack.error.future_date").at("received")
    with ctx.writing() as edit:
        corrections.set_response_request(
            edit, request_id=request_id, board=board, deadline=deadline, received_on=received_on
        )


def request_responses(
    ctx: RequestContext, *, audit_id: int, boards: Sequence[str], deadline: dt.date | None
) -> int:
    """ "Begär yttrande": the boards asked to respond by ``deadline``; how many were added."""
    ctx.require_editor()
    if not boards:
        raise UserFacingError("slack.preview.boards_needed").at("boards")
    if deadline is None:
        raise UserFacingError("slack.preview.deadline_needed").at("deadline")
    with ctx.writing() as edit:
        return len(
            corrections.request_responses(edit, audit_id=audit_id, boards=boards, deadline=deadline)
        )


def delete(ctx: RequestContext, choice: MenuChoice) -> TrashView:
    """Delete what a menu's "Ta bort" named; it can be restored for 30 days."""
    ctx.require_editor()
    if choice.verb != "delete":
        raise UserFacingError("slack.error.bad_choice")
    with ctx.writing() as edit:
        return trash.delete_item(edit, entity=choice.entity, entity_id=choice.id, now=ctx.now())


def restore(ctx: RequestContext, trash_id: int) -> TrashView:
    """ "Ångra", or `revisorbot restore`: a deletion's rows back, with their ids."""
    ctx.require_editor()
    with ctx.writing() as edit:
        return trash.restore(edit, trash_id=trash_id, now=ctx.now())


def deletions(ctx: RequestContext) -> list[TrashView]:
    """What may still be restored, and what was deleted and restored, in the last 30 days."""
    ctx.require_editor()
    with ctx.reading() as session:
        return trash.deletions(session, team_id=ctx.team_id, since=ctx.now() - trash.KEEP_FOR)


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise UserFacingError("slack.edit.empty_text").at("text")
    return text
