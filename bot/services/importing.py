"""Importing a report from Slack (or the CLI): bytes or text → a preview Extraction → saved.

A preview waits in import_draft until the user presses Spara (or Avbryt), corrected meanwhile
as the user sees fit (bot.services.drafting); saving loads it through storage.loader in the
caller's transaction, once per document (its sha256). A report that prints no title gets one
derived from its own words (bot.rules.titles), shown in the preview and stored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules.titles import with_title
from ingest.errors import UnreadableDocument
from ingest.extract import extract_bytes, extract_text
from ingest.readers import MAX_BYTES
from ingest.schema import Extraction
from storage import drafts
from storage.edits import Edit
from storage.errors import NotFound
from storage.loader import load_extraction
from storage.read_models import LoadResult

DOWNLOAD_TIMEOUT = 30.0
FILE_GONE = ("file_not_found", "file_deleted")


def sha256_of(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def preview_bytes(data: bytes, *, filename: str, organisation: str | None = None) -> Extraction:
    return extract_bytes(data, filename=filename, organisation=organisation or None)


def preview_text(text: str, *, source: str, organisation: str | None = None) -> Extraction:
    if not text.strip():
        raise UnreadableDocument("empty", source)
    return extract_text(text, source=source, organisation=organisation or None)


def has_content(extraction: Extraction) -> bool:
    """Whether a file brings anything to keep: a recommendation, an audit question, a request
    for a response by a known date or a board's response. Without any (a shopping list, a
    cover page) it is not saved: an audit with nothing in it would only stand in every answer
    about its organisation as "Granskning utan titel"."""
    request = extraction.response_request
    return bool(
        extraction.recommendations
        or extraction.questions
        or (request is not None and request.deadline is not None)
        or extraction.responses
    )


def require_content(extraction: Extraction) -> None:
    """Refuse, in words the user reads, a file that :func:`has_content` would not save."""
    if not has_content(extraction):
        raise UserFacingError("import.nothing_usable", name=extraction.source)


def save(
    ctx: RequestContext,
    *,
    extraction: Extraction,
    sha256: str,
    organisation: str | None = None,
) -> LoadResult:
    """Store the extraction (everything or nothing); a document seen before changes nothing,
    and one with nothing to keep is refused (``require_content``)."""
    ctx.require_editor()
    require_content(extraction)
    with ctx.writing() as edit:
        return _load(edit, ctx, extraction, sha256, organisation)


def _load(
    edit: Edit,
    ctx: RequestContext,
    extraction: Extraction,
    sha256: str,
    organisation: str | None,
) -> LoadResult:
    return load_extraction(
        edit.session,
        team_id=ctx.team_id,
        extraction=with_title(extraction),
        sha256=sha256,
        actor=ctx.actor,
        organisation=organisation or None,
        today=ctx.today,
    )


@dataclass(frozen=True, slots=True)
class SlackFile:
    id: str
    name: str
    data: bytes


def download(client: WebClient, file_id: str) -> SlackFile:
    """A file shared in Slack, fetched with the bot token (files.info, then url_private)."""
    try:
        info = client.files_info(file=file_id)["file"]
    except SlackApiError as error:
        # Deleted since it was shared, or an offer older than the file.
        if error.response.get("error") in FILE_GONE:
            raise UserFacingError("slack.import.file_gone") from error
        raise
    name = info.get("name") or info.get("title") or file_id
    if int(info.get("size") or 0) > MAX_BYTES:
        raise UnreadableDocument("too_large", name)
    url = info.get("url_private_download") or info.get("url_private")
    if not url:
        raise UserFacingError("slack.import.no_download")
    response = httpx.get(
        url,
        headers={"Authorization": f"Bearer {client.token}"},
        follow_redirects=True,
        timeout=DOWNLOAD_TIMEOUT,
    )
    if response.status_code != 200 or response.headers.get("content-type", "").startswith(
        "text/html"
    ):
        # Slack answers a login page, not an error, when the token may not read the file.
        raise UserFacingError("slack.import.no_download")
    return SlackFile(file_id, name, response.content)


@dataclass(frozen=True, slots=True)
class Held:
    """A preview waiting for Spara: the draft id it carries and what it holds now."""

    id: int
    extraction: Extraction


def hold(ctx: RequestContext, *, extraction: Extraction, sha256: str) -> Held:
    """Keep the preview until the user decides (with a title derived where none is printed)."""
    extraction = with_title(extraction)
    with ctx.writing() as edit:
        draft_id = drafts.add_draft(
            edit.session,
            team_id=ctx.team_id,
            user_id=ctx.user_id,
            sha256=sha256,
            organisation=extraction.organisation,
            extraction=extraction.to_json_dict(),
            now=ctx.now(),
        )
    return Held(draft_id, extraction)


def save_held(
    ctx: RequestContext, *, draft_id: int, organisation: str | None
) -> tuple[Extraction, LoadResult]:
    """Save the preview. One with nothing to keep is refused and forgotten, so that the
    modal that says so leaves no draft behind."""
    ctx.require_editor()
    result = None
    with ctx.writing() as edit:
        try:
            draft = drafts.get_draft(
                edit.session, team_id=ctx.team_id, draft_id=draft_id, user_id=ctx.user_id
            )
        except NotFound as error:
            # Spara pressed again (another device, a double click): the first press saved it.
            raise UserFacingError("slack.import.gone") from error
        extraction = Extraction.model_validate(draft.extraction)
        request = extraction.response_request
        if request is not None and request.from_bodies and request.deadline is None:
            # Nothing can be reminded without a date: the preview asks for one, or no request.
            raise UserFacingError("slack.preview.deadline_needed")
        if has_content(extraction):
            result = _load(edit, ctx, extraction, draft.sha256, organisation)
        drafts.drop_draft(
            edit.session, team_id=ctx.team_id, draft_id=draft_id, user_id=draft.user_id
        )
    if result is None:
        raise UserFacingError("import.nothing_usable", name=extraction.source)
    return extraction, result


def drop_held(ctx: RequestContext, *, draft_id: int) -> None:
    """Avbryt: the user's own preview is forgotten."""
    with ctx.writing() as edit:
        drafts.drop_draft(edit.session, team_id=ctx.team_id, draft_id=draft_id, user_id=ctx.user_id)
