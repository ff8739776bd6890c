"""What reminders use, set from the command line: a channel's settings, the auditors' chair,
and the team's changes to the auditors' year. Each change an editor's, logged as theirs."""

from __future__ import annotations

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules.reminder_settings import ReminderSettings, parse_settings
from bot.rules.yearwheel import MilestoneDefinition, definitions
from storage import channels, edits, milestones, sweep
from storage.bodies import lookup_key
from storage.read_models import OrganisationRef


def organisation_named(ctx: RequestContext, name: str) -> OrganisationRef:
    """The organisation by name: exact (ignoring case and accents), or a unique prefix."""
    with ctx.reading() as session:
        organisations = ctx.names.organisations(session, team_id=ctx.team_id)
    key = lookup_key(name)
    exact = [o for o in organisations if lookup_key(o.name) == key]
    prefixed = [o for o in organisations if lookup_key(o.name).startswith(key)]
    match = exact or (prefixed if len(prefixed) == 1 else [])
    if not match:
        raise UserFacingError("export.unknown_organisation", name=name)
    return match[0]


def channel_settings(
    ctx: RequestContext, *, channel_id: str, organisation: OrganisationRef, changes: list[str]
) -> ReminderSettings:
    """The watching channel's settings after ``changes`` ("KEY=VALUE"; "KEY=" restores the
    default). Raises pydantic's ValidationError for a value that is not allowed; nothing is
    saved then."""
    with ctx.writing() as edit:
        stored = channels.subscription_settings(
            edit, channel_id=channel_id, organisation_id=organisation.id
        )
        if stored is None:
            raise UserFacingError(
                "cli.settings.not_watching", channel=channel_id, organisation=organisation.name
            )
        current = parse_settings(stored)
        if changes:
            updates = dict(stored)
            for change in changes:
                key, _, value = change.partition("=")
                if value == "":
                    updates.pop(key.strip(), None)
                else:
                    updates[key.strip()] = value
            current = parse_settings(updates)
            channels.set_subscription_settings(
                edit,
                channel_id=channel_id,
                organisation_id=organisation.id,
                settings=current.to_json(),
            )
    return current


def set_chair(ctx: RequestContext, organisation: OrganisationRef, user_id: str | None) -> bool:
    with ctx.writing() as edit:
        return edits.set_chair(edit, organisation_id=organisation.id, user_id=user_id)


def chairs(ctx: RequestContext) -> list[tuple[OrganisationRef, str | None]]:
    """Every organisation and its registered chair (None: nobody gets escalations)."""
    with ctx.reading() as session:
        organisations = ctx.names.organisations(session, team_id=ctx.team_id)
        chair_of = {
            row.organisation_id: row.user_id
            for row in sweep.chairs(session, organisation_ids=[o.id for o in organisations])
        }
    return [(o, chair_of.get(o.id)) for o in organisations]


def year_wheel(ctx: RequestContext, organisation: OrganisationRef) -> list[MilestoneDefinition]:
    """The organisation's auditors' year: the defaults with the team's changes."""
    with ctx.reading() as session:
        return definitions(
            milestones.organisation_milestones(
                session, team_id=ctx.team_id, organisation_id=organisation.id
            )
        )


def set_milestone(
    ctx: RequestContext,
    organisation: OrganisationRef,
    *,
    kind: str,
    month: int,
    day: int,
    label: str | None,
    enabled: bool,
) -> None:
    with ctx.writing() as edit:
        milestones.set_milestone(
            edit,
            organisation_id=organisation.id,
            kind=kind,
            month=month,
            day=day,
            label=label,
            enabled=enabled,
        )


def reset_milestone(ctx: RequestContext, organisation: OrganisationRef, kind: str) -> bool:
    with ctx.writing() as edit:
        return milestones.reset_milestone(edit, organisation_id=organisation.id, kind=kind)
