"""Every message and view the bot produces must pass slack_sdk's Block Kit models."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MESSAGE_BLOCKS_MAX = 50
VIEW_BLOCKS_MAX = 100


def assert_valid_blocks(blocks: list[dict[str, Any]], *, limit: int = MESSAGE_BLOCKS_MAX) -> None:
    assert blocks, "a message without blocks"
    assert len(blocks) <= limit, f"{len(blocks)} blocks, Slack allows {limit}"
    block_ids = [b["block_id"] for b in blocks if "block_id" in b]
    assert len(block_ids) == len(set(block_ids)), "block ids must be unique"
    for block in blocks:
        parsed = Block.parse(block)
        assert parsed is not None, f"unknown block {block}"
        parsed.validate_json()
        for element in block.get("elements") or []:
            if isinstance(element, dict) and element.get("type") == "mrkdwn":
                assert len(element["text"]) <= 2000


def assert_valid_view(view: dict[str, Any]) -> None:
    View(**view).validate_json()
    assert_valid_blocks(view["blocks"], limit=VIEW_BLOCKS_MAX)


def payload_of(call_body: dict[str, Any]) -> tuple[list[dict] | None, dict | None]:
    """The blocks or the view a recorded Web API / response_url call carried."""
    view = call_body.get("view")
    if isinstance(view, str):
        view = json.loads(view)
    blocks = call_body.get("blocks")
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return blocks, view


def all_text(blocks: list[dict[str, Any]]) -> str:
    """What a reader sees: every text in the blocks, in order, one per line."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and "text" in node:
                found.append(node["text"])
                return
            for key, value in node.items():
                if key not in ("options", "initial_option"):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return "\n".join(found)
