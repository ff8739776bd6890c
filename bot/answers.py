"""Answers to the `/revision` lookups: run the use case, render it, and cut out one page.

A ViewState names the answer (sub-command, arguments, page), so the same answer can be drawn
for the command, for Nästa/Föregående, for "Dela i kanalen" and again after a change.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.blocks import answers as render
from bot.blocks.common import Message, Rendered, paged_message
from bot.blocks.state import ViewState
from bot.i18n import t
from bot.services import lookups
from bot.subcommands import LOOKUPS, Subcommand


def answer(
    session: Session,
    *,
    team_id: str,
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
        team_id=team_id,
        lang=lang,
        today=today,
        origin=None if shared_by else state.encode(),
        controls=controls and shared_by is None,
    )
    return paged_message(rendered, state=state, lang=lang, shared_by=shared_by)


def _render(
    session: Session,
    sub: Subcommand,
    args: str,
    *,
    team_id: str,
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
        items = lookups.upcoming(session, team_id=team_id, today=today, days=days)
        return render.due_blocks(
            items,
            title=t("slack.deadlines.title", lang, days=days),
            empty=t("slack.deadlines.none", lang, days=days),
            **drawn,
        )
    if sub is Subcommand.OVERDUE:
        items = lookups.overdue(session, team_id=team_id, today=today)
        return render.due_blocks(
            items,
            title=t("slack.overdue.title", lang),
            empty=t("slack.overdue.none", lang),
            **drawn,
        )
    if sub is Subcommand.AUDITS:
        listing = lookups.audit_list(session, team_id=team_id, text=args)
        return render.audits_blocks(
            listing.audits,
            organisation=listing.organisation,
            year=listing.year,
            lang=lang,
            today=today,
        )
    if sub is Subcommand.SHOW:
        detail = lookups.audit_detail(session, team_id=team_id, query=args)
        return render.audit_blocks(detail, **drawn)
    if sub is Subcommand.RECOMMENDATIONS:
        target, found = lookups.recommendations_for(session, team_id=team_id, query=args)
        return render.recommendations_blocks(target, found, **drawn)
    if sub is Subcommand.OPEN:
        target, items = lookups.open_for(session, team_id=team_id, query=args)
        return render.open_blocks(target, items, **drawn)
    if sub is Subcommand.SEARCH:
        hits = lookups.search(session, team_id=team_id, text=args)
        return render.search_blocks(args, hits, lang=lang)
    if sub is Subcommand.HISTORY:
        detail, changes = lookups.history_of(session, team_id=team_id, query=args)
        return render.history_blocks(detail, changes, lang=lang)
    audit, found_actions = lookups.actions_of(session, team_id=team_id, query=args)
    return render.actions_blocks(audit, found_actions, **drawn)
