"""Answers to the `/revision` lookups: run the use case for one page, and render it.

A ViewState names the answer (sub-command, arguments, page), so the same answer can be drawn
for the command, for Nästa/Föregående, for "Dela i kanalen" and again after a change. Lists
are read a page at a time from the database; one audit (`visa`, `åtgärder`, `historik`) is
read whole and cut into pages after rendering.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bot.blocks import answers as render
from bot.blocks.common import Message, Paging, Rendered, paged_message
from bot.blocks.state import ViewState
from bot.core.i18n import t
from bot.rules.subcommands import LOOKUPS, Subcommand
from bot.services import lookups
from storage.names import NameCache

if TYPE_CHECKING:
    from bot.core.runtime import Runtime


def answer(
    session: Session,
    *,
    team_id: str,
    names: NameCache,
    state: ViewState,
    lang: str,
    today: dt.date,
    controls: bool,
    shared_by: str | None = None,
) -> Message:
    rendered = _render(
        session,
        Subcommand(state.command),
        state.args,
        page=state.page,
        team_id=team_id,
        names=names,
        lang=lang,
        today=today,
        origin=None if shared_by else state.encode(),
        controls=controls and shared_by is None,
    )
    return paged_message(rendered, state=state, lang=lang, shared_by=shared_by)


def read_answer(
    runtime: Runtime,
    state: ViewState,
    *,
    team_id: str,
    lang: str,
    today: dt.date,
    controls: bool,
    shared_by: str | None = None,
) -> Message:
    """``answer`` in a session of its own, with the process's name cache: what listeners use."""
    with runtime.session_factory() as session:
        return answer(
            session,
            team_id=team_id,
            names=runtime.names,
            state=state,
            lang=lang,
            today=today,
            controls=controls,
            shared_by=shared_by,
        )


def _render(
    session: Session,
    sub: Subcommand,
    args: str,
    *,
    page: int,
    team_id: str,
    names: NameCache,
    lang: str,
    today: dt.date,
    origin: str | None,
    controls: bool,
) -> Rendered:
    if sub not in LOOKUPS:
        raise ValueError(f"{sub} is not a lookup")
    drawn = {"lang": lang, "today": today, "origin": origin, "controls": controls}
    if sub is Subcommand.HELP:
        return render.help_blocks(lang)
    if sub is Subcommand.DEADLINES:
        days = lookups.parse_days(args)
        items = lookups.upcoming(session, team_id=team_id, today=today, days=days, page=page)
        return render.due_blocks(
            items,
            title=t("slack.deadlines.title", lang, days=days),
            empty=t("slack.deadlines.none", lang, days=days),
            **drawn,
        )
    if sub is Subcommand.OVERDUE:
        items = lookups.overdue(session, team_id=team_id, today=today, page=page)
        return render.due_blocks(
            items,
            title=t("slack.overdue.title", lang),
            empty=t("slack.overdue.none", lang),
            **drawn,
        )
    if sub is Subcommand.AUDITS:
        listing = lookups.audit_list(session, team_id=team_id, names=names, text=args, page=page)
        return render.audits_blocks(
            listing.audits,
            organisation=listing.organisation,
            year=listing.year,
            lang=lang,
            today=today,
        )
    if sub is Subcommand.SHOW:
        detail = lookups.audit_detail(session, team_id=team_id, names=names, query=args)
        return render.audit_blocks(detail, **drawn)
    if sub is Subcommand.RECOMMENDATIONS:
        target, found = lookups.recommendations_for(
            session, team_id=team_id, names=names, query=args, page=page
        )
        return render.recommendations_blocks(target, found, **drawn)
    if sub is Subcommand.OPEN:
        target, both = lookups.open_for(
            session, team_id=team_id, names=names, query=args, page=page
        )
        paging = Paging(both.number, both.has_next, both.pages)
        return render.open_blocks(
            target, both.recommendations, both.actions, paging=paging, **drawn
        )
    if sub is Subcommand.SEARCH:
        hits = lookups.search(session, team_id=team_id, text=args)
        return render.search_blocks(args, hits, lang=lang)
    if sub is Subcommand.HISTORY:
        detail, changes = lookups.history_of(session, team_id=team_id, names=names, query=args)
        return render.history_blocks(detail, changes, lang=lang)
    if sub is Subcommand.YEAR:
        ahead = lookups.year_ahead(session, team_id=team_id, names=names, query=args, today=today)
        return render.year_blocks(ahead.organisation, ahead.items, ahead.off, **drawn)
    audit, found_actions = lookups.actions_of(session, team_id=team_id, names=names, query=args)
    return render.actions_blocks(audit, found_actions, **drawn)
