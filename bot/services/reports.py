"""Files people take away: the follow-up matrix and the overview picture (CLI and Slack)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.i18n import t
from bot.files import chart, matrix
from bot.services.names import find_organisation
from storage import due, items
from storage import matrix as stored_matrix
from storage.read_models import MatrixRow, OrganisationRef

OVERVIEW_HORIZON_DAYS = 90
# An export up to this size is kept in memory; a larger one goes on to a temporary file.
IN_MEMORY_BYTES = 4 << 20
CHUNK_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class FileToShare:
    """A file to hand over, read back in chunks: the follow-up matrix is written as its rows
    come into a temporary file (a national CSV is 64 MB) and is never held whole in memory.
    Close it, or use it in a ``with``, when it has been handed over."""

    filename: str
    title: str
    content: BinaryIO
    rows: int = 0

    @classmethod
    def of(cls, *, filename: str, title: str, data: bytes, rows: int = 0) -> FileToShare:
        return cls(filename=filename, title=title, content=io.BytesIO(data), rows=rows)

    @property
    def size(self) -> int:
        return self.content.seek(0, io.SEEK_END)

    @property
    def data(self) -> bytes:
        """The whole file: for the small ones (a Word draft, a picture) and for tests."""
        self.content.seek(0)
        return self.content.read()

    def chunks(self, size: int = CHUNK_BYTES) -> Iterator[bytes]:
        self.content.seek(0)
        while block := self.content.read(size):
            yield block

    def save(self, path: Path) -> None:
        self.content.seek(0)
        with path.open("wb") as out:
            shutil.copyfileobj(self.content, out, CHUNK_BYTES)

    def close(self) -> None:
        self.content.close()

    def __enter__(self) -> FileToShare:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
        with contextlib.ExitStack() as on_failure:
            spool = on_failure.enter_context(
                tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES)
            )
            matrix.write(rows(), spool, fmt=fmt, lang=lang, tz=ctx.tz, assessments=assessments)
            on_failure.pop_all()  # written: the file is the caller's to close
    scope = _scope_name(org, lang)
    return FileToShare(
        filename=f"{t('export.file_stem', lang)}-{slug(scope)}-{today.isoformat()}.{fmt}",
        title=t("export.file_title", lang, scope=scope),
        content=spool,
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
    return FileToShare.of(
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
