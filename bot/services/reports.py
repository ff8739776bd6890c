"""Files people take away: the follow-up matrix and the overview picture (CLI and Slack)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.core.i18n import t
from bot.files import chart
from bot.files import matrix as followup
from bot.services.lookups import find_organisation
from storage import queries
from storage.names import NameCache
from storage.read_models import FollowUpRow, OrganisationRef

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
    formats = [w.casefold() for w in words if w.casefold() in followup.FORMATS]
    rest = " ".join(w for w in words if w.casefold() not in followup.FORMATS)
    return rest, (formats[-1] if formats else "xlsx")


def _scope(session: Session, team_id: str, names: NameCache, query: str) -> OrganisationRef | None:
    if not query.strip():
        return None
    return find_organisation(session, team_id=team_id, names=names, query=query)


def _scope_name(org: OrganisationRef | None, lang: str) -> str:
    return org.name if org else t("chart.all_organisations", lang)


def follow_up_title(
    session: Session, *, team_id: str, names: NameCache, query: str, lang: str
) -> str:
    """The export's title, found before it is built: an unknown organisation is refused here."""
    return t(
        "export.file_title", lang, scope=_scope_name(_scope(session, team_id, names, query), lang)
    )


def overview_title(
    session: Session, *, team_id: str, names: NameCache, query: str, lang: str
) -> str:
    """The picture's title, found before it is drawn: an unknown organisation is refused here."""
    return t("chart.title", lang, scope=_scope_name(_scope(session, team_id, names, query), lang))


def _slug(text: str) -> str:
    return (
        re.sub(
            r"[^a-z0-9]+",
            "-",
            text.casefold().replace("å", "a").replace("ä", "a").replace("ö", "o"),
        ).strip("-")
        or "alla"
    )


def follow_up_file(
    session: Session,
    *,
    team_id: str,
    names: NameCache,
    query: str,
    fmt: str,
    lang: str,
    tz: ZoneInfo,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
) -> FileToShare:
    """The follow-up matrix, read and written an organisation at a time; ``progress(done,
    total)`` hears of each organisation written."""
    org = _scope(session, team_id, names, query)
    batches = queries.follow_up_batches(
        session, team_id=team_id, organisation_id=org.id if org else None
    )
    total = 1 if org else len(names.organisations(session, team_id=team_id))
    counted = [0]

    def rows() -> Iterator[FollowUpRow]:
        for done, batch in enumerate(batches, start=1):
            counted[0] += len(batch)
            yield from batch
            if progress is not None:
                progress(done, total)

    data = followup.render(rows(), fmt=fmt, lang=lang, tz=tz)
    scope = _scope_name(org, lang)
    return FileToShare(
        filename=f"{t('export.file_stem', lang)}-{_slug(scope)}-{today.isoformat()}.{fmt}",
        title=t("export.file_title", lang, scope=scope),
        data=data,
        rows=counted[0],
    )


def overview_file(
    session: Session, *, team_id: str, names: NameCache, query: str, lang: str, today: dt.date
) -> FileToShare:
    org = _scope(session, team_id, names, query)
    org_id = org.id if org else None
    recommendations = queries.recommendations(session, team_id=team_id, organisation_id=org_id)
    deadlines = queries.due_items(
        session,
        team_id=team_id,
        start=today,
        end=today + dt.timedelta(days=OVERVIEW_HORIZON_DAYS),
        organisation_ids=[org_id] if org_id else None,
    )
    scope = _scope_name(org, lang)
    title = t("chart.title", lang, scope=scope)
    return FileToShare(
        filename=f"{t('chart.file_stem', lang)}-{_slug(scope)}-{today.isoformat()}.png",
        title=title,
        data=chart.overview_png(recommendations, deadlines, title=title, today=today, lang=lang),
        rows=len(recommendations),
    )
