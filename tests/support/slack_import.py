"""Importing through Slack's modal in tests: a file Slack serves, the modal, its preview."""

from __future__ import annotations

import time

from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, Slack


def serve_file(fake: FakeSlackAPI, file_id: str, name: str, data: bytes) -> None:
    """``files.info`` names the file and the fake serves its bytes at its private URL."""
    fake.files[name] = data
    url = fake.base_url.replace("/api/", f"/files/{name}")

    def info(call):
        if call.body.get("file") != file_id:
            return None
        return (
            200,
            {},
            {
                "ok": True,
                "file": {"id": file_id, "name": name, "size": len(data), "url_private": url},
            },
        )

    fake.script("files.info", info)


def updated_view(fake: FakeSlackAPI, count: int = 1) -> dict:
    """The view a lazy listener put in place (it runs beside the request, so wait)."""
    deadline = time.monotonic() + 120
    while len(fake.calls_to("views.update")) < count:
        assert time.monotonic() < deadline, "the preview never came"
        time.sleep(0.05)
    return fake.calls_to("views.update")[count - 1].view


def open_import_modal(slack: Slack, fake: FakeSlackAPI) -> dict:
    assert slack.command("importera", user=EDITOR) == {}
    return fake.calls_to("views.open")[-1].view


def file_values(file_id: str) -> dict:
    """The import modal's fields with the file chosen and nothing else."""
    return {
        "file": {"value": {"type": "file_input", "files": [{"id": file_id}]}},
        "text": {"value": {"type": "plain_text_input", "value": None}},
        "organisation": {"value": {"type": "plain_text_input", "value": None}},
    }
