"""`/revision ny`: an audit entered by hand, in two steps — what it is and what it recommends,
then to whom each recommendation is addressed."""

from __future__ import annotations

from typing import Any

from bot.blocks.common import Block, context, section
from bot.blocks.forms import choices_field, date_field, text_field
from bot.blocks.ids import CallbackId
from bot.blocks.modals import modal
from bot.blocks.text import escape, truncate
from bot.core.i18n import t
from bot.services.importing import Held

# What a label shows of a recommendation (plain text; an input's label holds 2,000).
LABEL_TEXT_MAX = 300


def new_audit_modal(*, lang: str) -> dict[str, Any]:
    blocks: list[Block] = [
        context(t("slack.new.intro", lang)),
        text_field("organisation", t("slack.edit.organisation", lang), max_length=200),
        text_field("title", t("slack.edit.title", lang), max_length=500),
        text_field("year", t("slack.edit.year", lang), optional=True, max_length=4),
        text_field("firm", t("slack.edit.firm", lang), optional=True, max_length=100),
        text_field(
            "bodies",
            t("slack.new.bodies", lang),
            multiline=True,
            max_length=1000,
            hint=t("slack.edit.names_hint", lang),
        ),
        text_field(
            "recommendations",
            t("slack.new.recommendations", lang),
            multiline=True,
            optional=True,
            hint=t("slack.new.recommendations_hint", lang),
        ),
        date_field(
            "deadline",
            t("slack.edit.deadline", lang),
            optional=True,
            hint=t("slack.new.deadline_hint", lang),
        ),
        text_field(
            "responders",
            t("slack.new.responders", lang),
            optional=True,
            max_length=1000,
            hint=t("slack.new.responders_hint", lang),
        ),
    ]
    return modal(
        t("slack.new.title", lang),
        blocks,
        callback_id=CallbackId.NEW_AUDIT,
        lang=lang,
        submit=t("slack.new.next", lang),
    )


def addressees_view(held: Held, *, lang: str) -> dict[str, Any]:
    """The second step: each recommendation with a choice of its addressees among the boards
    given (the only one already chosen)."""
    extraction = held.extraction
    boards = list(
        dict.fromkeys(
            [
                *extraction.audited_bodies,
                *(extraction.response_request.from_bodies if extraction.response_request else ()),
            ]
        )
    )
    initial = boards[:1] if len(boards) == 1 else []
    blocks: list[Block] = [
        section(
            t(
                "slack.new.summary",
                lang,
                title=escape(truncate(extraction.title or "", 300)),
                organisation=escape(extraction.organisation or ""),
                n=len(extraction.recommendations),
            )
        )
    ]
    for n, item in enumerate(extraction.recommendations):
        field = choices_field(
            f"rec{n}",
            f"{n + 1}. {truncate(item.text, LABEL_TEXT_MAX)}",
            boards,
            initial=initial,
            optional=False,
        )
        if field is not None:
            blocks.append(field)
    if not extraction.recommendations:
        blocks.append(context(t("slack.new.no_recommendations", lang)))
    return modal(
        t("slack.new.title", lang),
        blocks,
        callback_id=CallbackId.NEW_AUDIT_ADDRESSEES,
        lang=lang,
        submit=t("slack.modal.save", lang),
        private_metadata=str(held.id),
        notify_on_close=True,
    )
