"""Import previews waiting for the user's Spara or Avbryt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.errors import NotFound
from storage.models import ImportDraft

# A preview nobody saved within a day is dropped when the next one is made.
KEEP_FOR = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DraftView:
    id: int
    user_id: str
    sha256: str
    organisation: str | None
    extraction: dict[str, Any]


def add_draft(
    session: Session,
    *,
    team_id: str,
    user_id: str,
    sha256: str,
    organisation: str | None,
    extraction: dict[str, Any],
    now: dt.datetime,
) -> int:
    session.execute(delete(ImportDraft).where(ImportDraft.created_at < now - KEEP_FOR))
    draft = ImportDraft(
        team_id=team_id,
        user_id=user_id,
        created_at=now,
        sha256=sha256,
        # Only a label: what is saved comes from ``extraction``, which the loader fits.
        organisation=(organisation or "")[: ImportDraft.organisation.type.length] or None,
        extraction=extraction,
    )
    session.add(draft)
    session.flush()
    return draft.id


def get_draft(
    session: Session, *, team_id: str, draft_id: int, user_id: str | None = None
) -> DraftView:
    """A preview by id; with ``user_id``, only that user's (a forged request names another's)."""
    query = select(ImportDraft).where(ImportDraft.team_id == team_id, ImportDraft.id == draft_id)
    if user_id is not None:
        query = query.where(ImportDraft.user_id == user_id)
    draft = session.scalar(query)
    if draft is None:
        raise NotFound("import_draft", draft_id)
    return DraftView(draft.id, draft.user_id, draft.sha256, draft.organisation, draft.extraction)


def update_draft(
    session: Session, *, team_id: str, draft_id: int, user_id: str, extraction: dict[str, Any]
) -> None:
    """Replace what a user's own preview holds with their corrected version."""
    draft = session.scalar(
        select(ImportDraft).where(
            ImportDraft.team_id == team_id,
            ImportDraft.id == draft_id,
            ImportDraft.user_id == user_id,
        )
    )
    if draft is None:
        raise NotFound("import_draft", draft_id)
    draft.extraction = extraction
    draft.organisation = (extraction.get("organisation") or "")[
        : ImportDraft.organisation.type.length
    ] or None


def drop_draft(session: Session, *, team_id: str, draft_id: int, user_id: str) -> bool:
    """Forget a preview; only its own user's (a forged request names another's)."""
    dropped = session.execute(
        delete(ImportDraft).where(
            ImportDraft.team_id == team_id,
            ImportDraft.id == draft_id,
            ImportDraft.user_id == user_id,
        )
    )
    return bool(dropped.rowcount)
