"""Data stranded under another workspace: seeing it, moving it, and adopting it on start.

Reports imported before SLACK_BOT_TOKEN was set are stored under the local team id, where
the bot's own workspace never looks. ``move`` gives them to the context's workspace; the
bot adopts them by itself (``adopt``) when it starts in a workspace that holds nothing yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from storage import workspaces
from storage.edits import Edit
from storage.models import Organisation
from storage.workspaces import WorkspaceSummary


@dataclass(frozen=True, slots=True)
class Moved:
    source: str
    target: str
    organisations: tuple[str, ...]
    rows: dict[str, int]

    def count(self, table: str) -> int:
        return self.rows.get(table, 0)


def overview(ctx: RequestContext) -> list[WorkspaceSummary]:
    with ctx.reading() as session:
        return workspaces.summaries(session)


def stranded(ctx: RequestContext, *, source: str) -> list[str]:
    """The organisations ``source`` holds that the context's workspace cannot see."""
    if source == ctx.team_id:
        return []
    with ctx.reading() as session:
        return workspaces.organisation_names(session, team_id=source)


def move(ctx: RequestContext, *, source: str, merge: bool = False) -> Moved:
    """Give everything ``source`` holds to the context's workspace. A workspace that already
    holds data takes more only with ``merge``, and never two of one organisation or document:
    those are named and nothing moves."""
    ctx.require_editor()
    if source == ctx.team_id:
        raise UserFacingError("workspace.same", team=source)
    try:
        with ctx.writing() as edit:
            if not workspaces.holds_data(edit.session, team_id=source):
                raise UserFacingError("workspace.source_empty", team=source)
            if not merge and workspaces.holds_data(edit.session, team_id=ctx.team_id):
                raise UserFacingError("workspace.target_holds_data", team=ctx.team_id)
            clashes = workspaces.collisions(edit.session, source=source, target=ctx.team_id)
            if clashes:
                raise UserFacingError(
                    "workspace.collisions", team=ctx.team_id, names=", ".join(clashes)
                )
            return _move(edit, source)
    except IntegrityError as error:
        # Something else both hold that only one may (a reminder sent to the same channel):
        # the transaction is rolled back, and nothing has moved.
        raise UserFacingError("workspace.conflict", team=ctx.team_id) from error


def adopt(ctx: RequestContext, *, source: str) -> Moved | None:
    """On start: when the context's workspace holds nothing and ``source`` holds data, move it
    here; otherwise (or if another process just did) change nothing and return None."""
    if source == ctx.team_id:
        return None
    with ctx.writing() as edit:
        if workspaces.holds_data(edit.session, team_id=ctx.team_id):
            return None
        if not workspaces.holds_data(edit.session, team_id=source):
            return None
        return _move(edit, source)


def _move(edit: Edit, source: str) -> Moved:
    names = workspaces.organisation_names(edit.session, team_id=source)
    rows = workspaces.move(edit.session, source=source, target=edit.team_id)
    moved = edit.session.scalars(
        select(Organisation).where(
            Organisation.team_id == edit.team_id, Organisation.name.in_(names)
        )
    )
    for organisation in moved:
        edit.log(organisation, "team_id", source, edit.team_id)
    return Moved(source, edit.team_id, tuple(names), rows)
