"""Files people take away: the follow-up matrix and the overview picture (CLI and Slack)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.i18n import t
from bot.files import chart, matrix
from bot.services.names import find_organisation
from storage import due, items
from storage import matrix as stored_matrix
from storage.read_models import MatrixRow, OrganisationRef

OVERVIEW_HORIZON_DAYS = 90


@dataclass(frozen=True, slots=True)
class FileToShare:
    filename: str
    title: str
    data: bytes
    rows: int = 0


def parse_export_args(text: str) -> tuple[str, str]:
    """ "knivsta csv" → ("knivsta", "csv"); the format word may stand anywhere, xlsx by default."""
    words = text.split()
    formats = [w.casefold() for w in words if w.casefold() in matrix.FORMATS]
    rest = " ".join(w for w in words if w.casefold() not in matrix.FORMATS)
    return rest, (formats[-1] if formats else "xlsx")


def _scope(session: Session, ctx: RequestContext, query: str) -> OrganisationRef | None:
    if not query.strip():
        return None
    return find_organisation(session, ctx, query, "organisation")


def _scope_name(org: OrganisationRef | None, lang: str) -> str:
    return org.name if org else t("chart.all_organisations", lang)


def follow_up_title(ctx: RequestContext, query: str) -> str:
    """The export's title, found before it is built: an unknown organisation is refused here."""
    with ctx.reading() as session:
        scope = _scope_name(_scope(session, ctx, query), ctx.lang)
    return t("export.file_title", ctx.lang, scope=scope)


def overview_title(ctx: RequestContext, query: str) -> str:
    """The picture's title, found before it is drawn: an unknown organisation is refused here."""
    with ctx.reading() as session:
        scope = _scope_name(_scope(session, ctx, query), ctx.lang)
    return t("chart.title", ctx.lang, scope=scope)


def slug(text: str) -> str:
    return (
        re.sub(
            r"[^a-z0-9]+",
            "-",
            text.casefold().replace("å", "a").replace("ä", "a").replace("ö", "o"),
        ).strip("-")
        or "alla"
    )


def follow_up_file(
    ctx: RequestContext,
    query: str,
    *,
    fmt: str,
    progress: Callable[[int, int], None] | None = None,
) -> FileToShare:
    """The follow-up matrix, read and written an organisation at a time (a workbook also gets
    the audits' questions and assessments on a second sheet); ``progress(done, total)`` hears
    of each organisation written."""
    lang, today = ctx.lang, ctx.today
    with ctx.reading() as session:
        org = _scope(session, ctx, query)
        batches = stored_matrix.matrix_batches(
            session, team_id=ctx.team_id, organisation_id=org.id if org else None
        )
        total = 1 if org else len(ctx.names.organisations(session, team_id=ctx.team_id))
        counted = [0]

        def rows() -> Iterator[MatrixRow]:
            for done, batch in enumerate(batches, start=1):
                counted[0] += len(batch)
                yield from batch
                if progress is not None:
                    progress(done, total)

        assessments = (
            row
            for batch in stored_matrix.assessment_batches(
                session, team_id=ctx.team_id, organisation_id=org.id if org else None
            )
            for row in batch
        )
        data = matrix.render(rows(), fmt=fmt, lang=lang, tz=ctx.tz, assessments=assessments)
    scope = _scope_name(org, lang)
    return FileToShare(
        filename=f"{t('export.file_stem', lang)}-{slug(scope)}-{today.isoformat()}.{fmt}",
        title=t("export.file_title", lang, scope=scope),
        data=data,
        rows=counted[0],
    )


def overview_file(ctx: RequestContext, query: str) -> FileToShare:
    lang, today = ctx.lang, ctx.today
    with ctx.reading() as session:
        org = _scope(session, ctx, query)
        org_id = org.id if org else None
        recommendations = items.recommendations(
            session, team_id=ctx.team_id, organisation_id=org_id
        )
        deadlines = due.due_items(
            session,
            team_id=ctx.team_id,
            start=today,
            end=today + dt.timedelta(days=OVERVIEW_HORIZON_DAYS),
            organisation_ids=[org_id] if org_id else None,
        )
        overdue = due.overdue_items(
            session,
            team_id=ctx.team_id,
            today=today,
            organisation_ids=[org_id] if org_id else None,
        )
    scope = _scope_name(org, lang)
    title = t("chart.title", lang, scope=scope)
    return FileToShare(
        filename=f"{t('chart.file_stem', lang)}-{slug(scope)}-{today.isoformat()}.png",
        title=title,
        data=chart.png(
            chart.overview_figure(
                recommendations,
                deadlines,
                overdue=overdue,
                title=title,
                today=today,
                lang=lang,
                by_organisation=org is None,
                horizon_days=OVERVIEW_HORIZON_DAYS,
            )
        ),
        rows=len(recommendations),
    )
