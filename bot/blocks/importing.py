"""The import modals: paste text or pick a file, then a preview to save or cancel."""

from __future__ import annotations

from typing import Any

from bot.blocks.common import Block, context, plain
from bot.blocks.ids import CallbackId
from bot.blocks.modals import modal
from bot.i18n import t

TEXT_BLOCK = "text"
FILE_BLOCK = "file"
ORGANISATION_BLOCK = "organisation"
INPUT_ACTION = "value"
FILE_TYPES = ["pdf", "docx", "txt", "md"]
PASTE_MAX = 3000


def import_modal(*, lang: str) -> dict[str, Any]:
    blocks: list[Block] = [
        context(t("slack.import.intro", lang)),
        {
            "type": "input",
            "block_id": FILE_BLOCK,
            "optional": True,
            "label": plain(t("slack.import.file", lang), 2000),
            "element": {
                "type": "file_input",
                "action_id": INPUT_ACTION,
                "filetypes": FILE_TYPES,
                "max_files": 1,
            },
        },
        {
            "type": "input",
            "block_id": TEXT_BLOCK,
            "optional": True,
            "label": plain(t("slack.import.text", lang), 2000),
            "element": {
                "type": "plain_text_input",
                "action_id": INPUT_ACTION,
                "multiline": True,
                "max_length": PASTE_MAX,
            },
        },
        {
            "type": "input",
            "block_id": ORGANISATION_BLOCK,
            "optional": True,
            "label": plain(t("slack.import.organisation", lang), 2000),
            "hint": plain(t("slack.import.organisation_hint", lang), 2000),
            "element": {"type": "plain_text_input", "action_id": INPUT_ACTION, "max_length": 200},
        },
    ]
    return modal(
        t("slack.import.title", lang),
        blocks,
        callback_id=CallbackId.IMPORT,
        lang=lang,
        submit=t("slack.import.preview", lang),
    )
