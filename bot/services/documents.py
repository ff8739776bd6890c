"""The Word drafts of the auditors' year: the follow-up report of a round and the basis for the
audit statement (`revisorbot report …` and the round's buttons)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.i18n import t
from bot.files import followup_report
from bot.files import statement as statement_file
from bot.rules.choices import parse_id
from bot.rules.followup import check_year
from bot.services.names import find_organisation
from bot.services.reports import FileToShare, slug
from storage import followup
from storage import statement as stored_statement
from storage.errors import StorageError
from storage.followup import RoundRef
from storage.read_models import OrganisationRef

DOCX = "docx"


def _file(kind: str, round_or_org: str, year: int, lang: str, today, data: bytes) -> FileToShare:
    title = t(f"report.file.{kind}", lang, year=year, organisation=round_or_org)
    stem = t(f"report.stem.{kind}", lang)
    return FileToShare.of(
        filename=f"{stem}-{slug(round_or_org)}-{year}-{today.isoformat()}.{DOCX}",
        title=title,
        data=data,
    )


def _organisation(session: Session, ctx: RequestContext, name: str) -> OrganisationRef:
    return find_organisation(session, ctx, name, "follow_up")


def _round(session: Session, ctx: RequestContext, organisation: OrganisationRef, year: int):
    found = followup.find_round(
        session, team_id=ctx.team_id, organisation_id=organisation.id, year=year
    )
    if found is None:
        raise StorageError("no_follow_up_round", organisation=organisation.name, year=year)
    return found


def _follow_up(
    ctx: RequestContext, session: Session, round_ref: RoundRef, lang: str
) -> FileToShare:
    items = followup.round_items(session, team_id=ctx.team_id, round_ref=round_ref)
    data = followup_report.render(round_ref, items, lang=lang, today=ctx.today)
    return _file("followup", round_ref.organisation, round_ref.year, lang, ctx.today, data)


def follow_up_report(
    ctx: RequestContext, *, organisation: str, year: int, lang: str | None = None
) -> FileToShare:
    """The follow-up report of the organisation's round of ``year``."""
    check_year(year, ctx.today.year)
    with ctx.reading() as session:
        round_ref = _round(session, ctx, _organisation(session, ctx, organisation), year)
        return _follow_up(ctx, session, round_ref, lang or ctx.lang)


def follow_up_report_of_round(ctx: RequestContext, value: str | None) -> FileToShare:
    """The report of the round a button names, in the language of whoever pressed it."""
    with ctx.reading() as session:
        round_ref = followup.round_by_id(session, team_id=ctx.team_id, round_id=parse_id(value))
        return _follow_up(ctx, session, round_ref, ctx.lang)


def _statement(
    ctx: RequestContext, session: Session, organisation: OrganisationRef, year: int, lang: str
) -> FileToShare:
    basis = stored_statement.statement_basis(
        session, team_id=ctx.team_id, organisation=organisation, year=year, today=ctx.today
    )
    data = statement_file.render(basis, lang=lang, today=ctx.today)
    return _file("statement", organisation.name, year, lang, ctx.today, data)


def statement(
    ctx: RequestContext, *, organisation: str, year: int, lang: str | None = None
) -> FileToShare:
    """The basis for the audit statement of ``year`` for the organisation."""
    check_year(year, ctx.today.year)
    with ctx.reading() as session:
        found = _organisation(session, ctx, organisation)
        return _statement(ctx, session, found, year, lang or ctx.lang)


def statement_of_round(ctx: RequestContext, value: str | None) -> FileToShare:
    """The basis for the audit statement of the year and organisation of a round's button."""
    with ctx.reading() as session:
        round_ref = followup.round_by_id(session, team_id=ctx.team_id, round_id=parse_id(value))
        organisation = OrganisationRef(round_ref.organisation_id, round_ref.organisation)
        return _statement(ctx, session, organisation, round_ref.year, ctx.lang)
