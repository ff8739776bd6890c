"""A lookup's answer as a message: the one service call and the one drawing every surface uses
(the command, Nästa/Föregående, "Dela i kanalen", the redraw after a change)."""

from __future__ import annotations

from bot.blocks.answers import answer_message
from bot.blocks.common import Message
from bot.blocks.state import ViewState
from bot.core.context import RequestContext
from bot.rules.subcommands import Subcommand
from bot.services import lookups


def answer(ctx: RequestContext, state: ViewState, *, shared_by: str | None = None) -> Message:
    found = lookups.look_up(ctx, Subcommand(state.command), state.args, state.page)
    return draw(ctx, found, state, shared_by=shared_by)


def draw(
    ctx: RequestContext, found: lookups.Found, state: ViewState, *, shared_by: str | None = None
) -> Message:
    """What a service found, drawn as the answer to ``state`` for the user asking."""
    return answer_message(
        found,
        state,
        lang=ctx.lang,
        today=ctx.today,
        controls=shared_by is None and ctx.is_editor,
        shared_by=shared_by,
    )
