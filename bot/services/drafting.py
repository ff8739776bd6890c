"""Corrections to an import's preview before it is saved, and audits entered by hand.

The draft in import_draft holds the user's version of the extraction: each correction (a
recommendation's text and addressees, one removed or added, the response deadline and the
boards that owe it, title, year, firm, organisation) replaces it, and Spara loads exactly
what it holds (bot.services.importing.save_held). Only the editor who made a draft may
change it; nothing is written to the audits until Spara.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import t
from bot.rules.entries import fingerprint
from bot.services.importing import Held, hold, save_held, sha256_of
from ingest.schema import Extraction, Recommendation, ResponseRequest
from storage import drafts
from storage.bodies import lookup_key
from storage.read_models import LoadResult

# A view holds 100 blocks; the second step of `ny` needs one per recommendation and a few more.
MAX_BY_HAND = 90


@dataclass(frozen=True, slots=True)
class DraftForm:
    """A preview with the board names a form offers: the document's and, when the
    organisation is already stored, its boards."""

    held: Held
    boards: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DraftFacts:
    title: str | None
    audit_year: int | None
    audit_firm: str | None
    organisation: str | None


@dataclass(frozen=True, slots=True)
class ByHand:
    """What `/revision ny`'s first step asks for."""

    organisation: str
    title: str
    audit_year: int | None
    audit_firm: str | None
    bodies: tuple[str, ...]
    recommendations: tuple[str, ...]
    deadline: dt.date | None
    responders: tuple[str, ...]


def form(ctx: RequestContext, draft_id: int) -> DraftForm:
    ctx.require_editor()
    with ctx.reading() as session:
        draft = drafts.get_draft(
            session, team_id=ctx.team_id, draft_id=draft_id, user_id=ctx.user_id
        )
        extraction = Extraction.model_validate(draft.extraction)
        organisation = next(
            (
                o
                for o in ctx.names.organisations(session, team_id=ctx.team_id)
                if extraction.organisation
                and o.name.casefold() == extraction.organisation.casefold()
            ),
            None,
        )
    stored = [body.name for body in organisation.bodies] if organisation else []
    return DraftForm(Held(draft_id, extraction), _boards(extraction, stored))


def recommendation_form(
    ctx: RequestContext, draft_id: int, index: int, was: str | None
) -> tuple[DraftForm, Recommendation]:
    """A preview's recommendation ``index`` to correct, if it is still the one the menu showed."""
    found = form(ctx, draft_id)
    return found, _checked(found.held.extraction, index, was)


def _boards(extraction: Extraction, stored: Sequence[str]) -> tuple[str, ...]:
    request = extraction.response_request
    named = [
        *extraction.audited_bodies,
        *(name for r in extraction.recommendations for name in r.addressee),
        *(request.from_bodies if request else ()),
        *(q.body for q in extraction.questions if q.body),
        *(r.body for r in extraction.responses),
        *stored,
    ]
    by_key: dict[str, str] = {}
    for name in named:
        by_key.setdefault(lookup_key(name), name)
    return tuple(by_key.values())


def _change(ctx: RequestContext, draft_id: int, change: Callable[[Extraction], Extraction]) -> Held:
    """Apply ``change`` to the user's own draft, all or nothing."""
    ctx.require_editor()
    with ctx.writing() as edit:
        draft = drafts.get_draft(
            edit.session, team_id=ctx.team_id, draft_id=draft_id, user_id=ctx.user_id
        )
        extraction = change(Extraction.model_validate(draft.extraction))
        # Validated again: what the user typed must still make a loadable extraction.
        extraction = Extraction.model_validate(extraction.model_dump())
        drafts.update_draft(
            edit.session,
            team_id=ctx.team_id,
            draft_id=draft_id,
            user_id=ctx.user_id,
            extraction=extraction.to_json_dict(),
        )
    return Held(draft_id, extraction)


def _checked(extraction: Extraction, index: int, was: str | None) -> Recommendation:
    """The recommendation a form was opened for, still there and still the same."""
    items = extraction.recommendations
    if not 0 <= index < len(items) or (was is not None and fingerprint(items[index].text) != was):
        raise UserFacingError("slack.preview.stale")
    return items[index]


def set_recommendation(
    ctx: RequestContext,
    draft_id: int,
    index: int | None,
    *,
    text: str,
    addressees: Sequence[str],
    was: str | None = None,
) -> Held:
    """Correct recommendation ``index``, or with None add one the importer missed."""
    text = " ".join(text.split())
    if not text:
        raise UserFacingError("slack.edit.empty_text").at("text")

    def change(extraction: Extraction) -> Extraction:
        items = list(extraction.recommendations)
        chosen = list(dict.fromkeys(addressees))
        if index is None:
            items.append(Recommendation(text=text, addressee=chosen))
        else:
            old = _checked(extraction, index, was)
            items[index] = old.model_copy(update={"text": text, "addressee": chosen})
        return extraction.model_copy(update={"recommendations": items})

    return _change(ctx, draft_id, change)


def remove_recommendation(ctx: RequestContext, draft_id: int, index: int, was: str | None) -> Held:
    """Drop one the importer found by mistake; the actions that answered it answer none."""

    def change(extraction: Extraction) -> Extraction:
        _checked(extraction, index, was)
        items = [r for n, r in enumerate(extraction.recommendations) if n != index]
        responses = [
            response.model_copy(
                update={
                    "actions": [
                        action.model_copy(
                            update={"recommendation_index": _shifted(action.recommendation_index)}
                        )
                        for action in response.actions
                    ]
                }
            )
            for response in extraction.responses
        ]
        return extraction.model_copy(update={"recommendations": items, "responses": responses})

    def _shifted(position: int | None) -> int | None:
        if position is None or position == index:
            return None
        return position - 1 if position > index else position

    return _change(ctx, draft_id, change)


def set_facts(ctx: RequestContext, draft_id: int, facts: DraftFacts) -> Held:
    return _change(
        ctx,
        draft_id,
        lambda extraction: extraction.model_copy(
            update={
                "title": facts.title,
                "audit_year": facts.audit_year,
                "audit_firm": facts.audit_firm,
                "organisation": facts.organisation or extraction.organisation,
            }
        ),
    )


def set_request(
    ctx: RequestContext, draft_id: int, *, deadline: dt.date | None, boards: Sequence[str]
) -> Held:
    """The response deadline and the boards that owe it; neither given: no request."""
    if boards and deadline is None:
        raise UserFacingError("slack.preview.deadline_needed").at("deadline")
    if deadline is not None and not boards:
        raise UserFacingError("slack.preview.boards_needed").at("boards")

    def change(extraction: Extraction) -> Extraction:
        old = extraction.response_request
        if deadline is None:
            return extraction.model_copy(update={"response_request": None})
        request = (old or ResponseRequest()).model_copy(
            update={"deadline": deadline, "from_bodies": list(dict.fromkeys(boards))}
        )
        return extraction.model_copy(update={"response_request": request})

    return _change(ctx, draft_id, change)


def enter_by_hand(ctx: RequestContext, entry: ByHand) -> Held:
    """`/revision ny`: an audit typed in, held as a draft until its addressees are chosen."""
    ctx.require_editor()
    if not entry.organisation.strip():
        raise UserFacingError("slack.edit.organisation_needed").at("organisation")
    if not entry.title.strip():
        raise UserFacingError("slack.new.title_needed").at("title")
    if not entry.bodies:
        raise UserFacingError("slack.new.bodies_needed").at("bodies")
    if len(entry.recommendations) > MAX_BY_HAND:
        raise UserFacingError("slack.new.too_many", n=MAX_BY_HAND).at("recommendations")
    if entry.responders and entry.deadline is None:
        raise UserFacingError("slack.preview.deadline_needed").at("deadline")
    request = None
    if entry.deadline is not None:
        request = ResponseRequest(
            deadline=entry.deadline, from_bodies=list(entry.responders or entry.bodies)
        )
    extraction = Extraction(
        source=t("slack.new.source", ctx.lang),
        organisation=entry.organisation,
        title=entry.title,
        audit_firm=entry.audit_firm,
        audit_year=entry.audit_year,
        audited_bodies=list(entry.bodies),
        recommendations=[Recommendation(text=text) for text in entry.recommendations],
        response_request=request,
    )
    # The same audit typed in twice is the same document: the second Spara says so.
    digest = sha256_of(json.dumps(extraction.to_json_dict(), sort_keys=True, ensure_ascii=False))
    return hold(ctx, extraction=extraction, sha256=digest)


def save_by_hand(
    ctx: RequestContext, draft_id: int, addressees: Sequence[Sequence[str]]
) -> tuple[Extraction, LoadResult]:
    """`ny`'s second step: each recommendation's addressees, then saved like an import."""

    def change(extraction: Extraction) -> Extraction:
        items = extraction.recommendations
        if len(addressees) != len(items):
            raise UserFacingError("slack.preview.stale")
        chosen = [
            item.model_copy(update={"addressee": list(dict.fromkeys(names))})
            for item, names in zip(items, addressees, strict=True)
        ]
        return extraction.model_copy(update={"recommendations": chosen})

    _change(ctx, draft_id, change)
    return save_held(ctx, draft_id=draft_id, organisation=None)
