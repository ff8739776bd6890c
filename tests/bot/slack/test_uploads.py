"""Files reach the channel through Slack's three upload steps, the bytes streamed from the
file they were written to: what arrives is the file, in the length announced for it."""

from __future__ import annotations

import json
import random
import tempfile

import pytest
from slack_sdk.errors import SlackRequestError

from bot.services.reports import CHUNK_BYTES, FileToShare
from bot.slack import uploads
from tests.support.reminders import web_client
from tests.support.slack_api import FakeSlackAPI


@pytest.fixture
def fake() -> FakeSlackAPI:
    fake = FakeSlackAPI().start()
    yield fake
    fake.stop()


def _on_disk(data: bytes, name: str = "matris.csv") -> FileToShare:
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - the FileToShare closes it
    spool.write(data)
    return FileToShare(filename=name, title="Uppföljningsmatris", content=spool, rows=3)


def test_a_file_of_many_chunks_arrives_whole_in_the_length_announced(fake) -> None:
    data = random.Random(7).randbytes(5 * CHUNK_BYTES + 12_345)
    with _on_disk(data) as shared:
        file_id = uploads.share(
            web_client(fake), shared, channel_id="C0TEAM", initial_comment="delade matrisen"
        )
    assert fake.uploads == {"matris.csv": data}
    (asked,) = fake.calls_to("files.getUploadURLExternal")
    assert asked.body["filename"] == "matris.csv"
    assert int(asked.body["length"]) == len(data)
    (completed,) = fake.calls_to("files.completeUploadExternal")
    assert json.loads(completed.body["files"]) == [{"id": file_id, "title": "Uppföljningsmatris"}]
    assert completed.body["channel_id"] == "C0TEAM"
    assert completed.body["initial_comment"] == "delade matrisen"


def test_an_empty_file_is_still_announced_and_completed(fake) -> None:
    with FileToShare.of(filename="tom.csv", title="Tom", data=b"") as shared:
        uploads.share(web_client(fake), shared, channel_id="C0TEAM", initial_comment="")
    assert fake.uploads == {"tom.csv": b""}
    assert len(fake.calls_to("files.completeUploadExternal")) == 1


def test_an_upload_slack_refuses_is_not_completed_into_the_channel(fake) -> None:
    fake.script("upload", lambda call: (500, {}, {"ok": False}))
    with (
        _on_disk(b"a;b\r\n1;2\r\n") as shared,
        pytest.raises(SlackRequestError, match="status 500"),
    ):
        uploads.share(web_client(fake), shared, channel_id="C0TEAM", initial_comment="")
    assert fake.calls_to("files.completeUploadExternal") == []
