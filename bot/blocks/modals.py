"""Modal views: a received response, a milestone of the auditors' year (the import modals
live in importing.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.blocks.common import Block, plain, section
from bot.blocks.ids import CallbackId
from bot.blocks.text import MODAL_TITLE_MAX, audit_label, escape
from bot.core.i18n import format_due, t
from storage.read_models import ResponseRequestView

RECEIVED_BLOCK = "received_on"
RECEIVED_ACTION = "date"
MILESTONE_DATE_BLOCK = "milestone_date"
MILESTONE_ON_BLOCK = "milestone_on"
MILESTONE_ACTION = "value"
MILESTONE_ON = "on"
MILESTONE_LABEL_BLOCK = "milestone_label"
MILESTONE_LABEL_MAX = 150


def modal(
    title: str,
    blocks: list[Block],
    *,
    callback_id: str,
    lang: str,
    submit: str | None = None,
    private_metadata: str = "",
    notify_on_close: bool = False,
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "type": "modal",
        "callback_id": str(callback_id),
        "title": plain(title, MODAL_TITLE_MAX),
        "close": plain(
            t("slack.modal.close" if submit is None else "slack.modal.cancel", lang), 24
        ),
        "blocks": blocks,
        "private_metadata": private_metadata,
    }
    if submit is not None:
        view["submit"] = plain(submit, 24)
    if notify_on_close:
        view["notify_on_close"] = True
    return view


def mark_received_modal(
    request: ResponseRequestView, *, lang: str, today: dt.date, private_metadata: str
) -> dict[str, Any]:
    intro = t(
        "slack.mark_received.intro",
        lang,
        body=escape(request.body),
        audit=escape(audit_label(request.audit, lang)),
        deadline=format_due(request.deadline, today, "day", lang),
    )
    blocks: list[Block] = [
        section(intro),
        {
            "type": "input",
            "block_id": RECEIVED_BLOCK,
            "label": plain(t("slack.mark_received.label", lang), 2000),
            "element": {
                "type": "datepicker",
                "action_id": RECEIVED_ACTION,
                "initial_date": today.isoformat(),
            },
        },
    ]
    return modal(
        t("slack.mark_received.title", lang),
        blocks,
        callback_id=CallbackId.MARK_RECEIVED,
        lang=lang,
        submit=t("slack.modal.save", lang),
        private_metadata=private_metadata,
    )


def milestone_modal(
    label: str | None,
    organisation: str,
    due: dt.date,
    *,
    enabled: bool,
    lang: str,
    private_metadata: str,
) -> dict[str, Any]:
    """Move a milestone of the auditors' year, or turn its reminders off or on; without a
    label, add the team's own (it is asked for first)."""
    reminded = {
        "text": plain(t("slack.milestone.remind", lang), 75),
        "value": MILESTONE_ON,
    }
    checkboxes: dict[str, Any] = {
        "type": "checkboxes",
        "action_id": MILESTONE_ACTION,
        "options": [reminded],
    }
    if enabled:
        checkboxes["initial_options"] = [reminded]
    if label is None:
        blocks: list[Block] = [
            section(t("slack.milestone.new_intro", lang, organisation=escape(organisation))),
            {
                "type": "input",
                "block_id": MILESTONE_LABEL_BLOCK,
                "label": plain(t("slack.milestone.label", lang), 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": MILESTONE_ACTION,
                    "max_length": MILESTONE_LABEL_MAX,
                },
            },
        ]
    else:
        blocks = [
            section(
                t("slack.milestone.intro", lang, label=label, organisation=escape(organisation))
            )
        ]
    blocks += [
        {
            "type": "input",
            "block_id": MILESTONE_DATE_BLOCK,
            "label": plain(t("slack.milestone.date", lang), 2000),
            "hint": plain(t("slack.milestone.date_hint", lang), 2000),
            "element": {
                "type": "datepicker",
                "action_id": MILESTONE_ACTION,
                "initial_date": due.isoformat(),
            },
        },
        {
            "type": "input",
            "block_id": MILESTONE_ON_BLOCK,
            "optional": True,
            "label": plain(t("slack.milestone.reminders", lang), 2000),
            "element": checkboxes,
        },
    ]
    return modal(
        t("slack.milestone.title" if label is not None else "slack.milestone.new_title", lang),
        blocks,
        callback_id=CallbackId.EDIT_MILESTONE,
        lang=lang,
        submit=t("slack.modal.save", lang),
        private_metadata=private_metadata,
    )
