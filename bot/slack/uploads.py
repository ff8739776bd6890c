"""Files into a channel, streamed: Slack's three upload steps, the middle one sent in chunks.

slack_sdk's ``files_upload_v2`` reads a whole file into memory before it sends it; a national
export is 64 MB of CSV, which would take the serving process over its memory target. So the
two API steps go through the client (its retries and base URL) and the bytes are posted to
the upload address Slack gives, a chunk at a time, with their length said first.
"""

from __future__ import annotations

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackRequestError

from bot.services.reports import FileToShare


def share(client: WebClient, shared: FileToShare, *, channel_id: str, initial_comment: str) -> str:
    """Upload ``shared`` to ``channel_id`` with a comment; returns Slack's id of the file."""
    size = shared.size
    address = client.files_getUploadURLExternal(filename=shared.filename, length=size)
    file_id, upload_url = address["file_id"], address["upload_url"]
    sent = httpx.post(
        upload_url,
        content=shared.chunks(),
        headers={"Content-Length": str(size), "Content-Type": "application/octet-stream"},
        timeout=client.timeout,
    )
    if sent.status_code != 200:
        raise SlackRequestError(
            f"Failed to upload {shared.filename} (status {sent.status_code}: {sent.text[:200]})"
        )
    client.files_completeUploadExternal(
        files=[{"id": file_id, "title": shared.title}],
        channel_id=channel_id,
        initial_comment=initial_comment,
    )
    return file_id
