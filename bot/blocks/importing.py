"""The import modals: paste text or pick a file, then a preview to save or cancel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.blocks.common import (
    Block,
    Message,
    button,
    chunked_sections,
    context,
    header,
    plain,
    section,
)
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.modals import modal
from bot.blocks.text import VIEW_BLOCKS_MAX, escape, truncate
from bot.core.i18n import count, format_date, format_names, relative_days, t
from ingest.schema import Extraction
from storage.read_models import LoadResult

TEXT_BLOCK = "text"
FILE_BLOCK = "file"
ORGANISATION_BLOCK = "organisation"
INPUT_ACTION = "value"
FILE_TYPES = ["pdf", "docx", "txt", "md"]
PASTE_MAX = 3000
PREVIEW_TEXT_MAX = 400


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


def loading_view(*, lang: str) -> dict[str, Any]:
    return modal(
        t("slack.import.title", lang),
        [section(":hourglass_flowing_sand: " + t("slack.import.reading", lang))],
        callback_id=CallbackId.IMPORT_DONE,
        lang=lang,
    )


def preview_view(
    extraction: Extraction, *, draft_id: int, lang: str, today: dt.date
) -> dict[str, Any]:
    """What the importer found, to check before Spara; asks for the organisation if missing."""
    blocks: list[Block] = [
        header(extraction.title or t("slack.import.untitled", lang)),
        context(_facts(extraction, lang)),
        section(_counts(extraction, lang)),
    ]
    request = extraction.response_request
    if request is not None:
        bodies = format_names([escape(b) for b in request.from_bodies], lang) or "–"
        blocks.append(
            section(
                t(
                    "slack.import.deadline",
                    lang,
                    date=format_date(request.deadline, lang),
                    relative=relative_days(request.deadline, today, lang),
                    bodies=bodies,
                )
            )
        )
    if extraction.overall_assessment:
        blocks.append(
            section(
                f"*{t('slack.audit.overall', lang)}*\n"
                + escape(truncate(extraction.overall_assessment, PREVIEW_TEXT_MAX))
            )
        )
    if extraction.questions:
        lines = [
            f"• *{escape(q.assessment)}* — {escape(truncate(q.text, 300))}"
            if q.assessment
            else f"• {escape(truncate(q.text, 300))}"
            for q in extraction.questions
        ]
        blocks += chunked_sections(t("slack.audit.questions", lang, n=len(lines)), lines)
    if extraction.recommendations:
        lines = [
            f"{n}. {escape(truncate(r.text, PREVIEW_TEXT_MAX))}"
            + (f" — _{escape(', '.join(r.addressee))}_" if r.addressee else "")
            for n, r in enumerate(extraction.recommendations, start=1)
        ]
        title = t("slack.audit.recommendations", lang, n=len(lines))
        blocks += chunked_sections(title, lines)
    if extraction.responses:
        lines = [
            t(
                "slack.import.response",
                lang,
                body=escape(response.body),
                date=format_date(response.date, lang) if response.date else "–",
                n=len(response.actions),
            )
            for response in extraction.responses
        ]
        blocks += chunked_sections(t("slack.audit.responses", lang), lines)
    if not (extraction.recommendations or extraction.questions or extraction.responses):
        blocks.append(context(":warning: " + t("slack.import.nothing_found", lang)))
    if not extraction.organisation:
        blocks.append(
            {
                "type": "input",
                "block_id": ORGANISATION_BLOCK,
                "label": plain(t("slack.import.organisation", lang), 2000),
                "hint": plain(t("slack.import.organisation_missing", lang), 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": INPUT_ACTION,
                    "max_length": 200,
                },
            }
        )
    return modal(
        t("slack.import.preview_title", lang),
        blocks[:VIEW_BLOCKS_MAX],
        callback_id=CallbackId.IMPORT_PREVIEW,
        lang=lang,
        submit=t("slack.modal.save", lang),
        private_metadata=str(draft_id),
        notify_on_close=True,
    )


def _facts(extraction: Extraction, lang: str) -> str:
    facts = [
        f"*{escape(extraction.organisation)}*"
        if extraction.organisation
        else t("slack.import.no_organisation", lang)
    ]
    for value in (extraction.audit_firm, extraction.report_date):
        if value:
            facts.append(escape(value))
    if extraction.audit_year:
        facts.append(t("slack.audit.year", lang, year=extraction.audit_year))
    facts.append(escape(truncate(extraction.source, 200)))
    return " · ".join(facts)


def _counts(extraction: Extraction, lang: str) -> str:
    return t(
        "slack.import.counts",
        lang,
        questions=count("questions", len(extraction.questions), lang),
        recommendations=count("recommendations", len(extraction.recommendations), lang),
        responses=count("responses", len(extraction.responses), lang),
        actions=count("actions", sum(len(r.actions) for r in extraction.responses), lang),
    )


def saved_view(extraction: Extraction, result: LoadResult, *, lang: str) -> dict[str, Any]:
    if result.already_imported:
        text = t("slack.import.already", lang, id=result.audit_id)
    else:
        key = "slack.import.saved" if result.created else "slack.import.attached"
        name = extraction.title or extraction.source
        text = t(key, lang, name=escape(truncate(name, 300)), id=result.audit_id)
    return modal(
        t("slack.import.title", lang),
        [section(text)],
        callback_id=CallbackId.IMPORT_DONE,
        lang=lang,
    )


def problem_view(message: Message, *, lang: str) -> dict[str, Any]:
    """The import modal turned into what went wrong (a file that cannot be read, say)."""
    return modal(
        t("slack.import.title", lang),
        message.blocks,
        callback_id=CallbackId.IMPORT_DONE,
        lang=lang,
    )


def file_offer(file_id: str, name: str, *, lang: str) -> Message:
    """The private note to whoever shared a report: preview it and save it?"""
    text = t("slack.import.offer", lang, name=escape(truncate(name, 200)))
    button_ = button(t("slack.import.offer_button", lang), ActionId.PREVIEW_FILE, file_id)
    return Message(text, [section(text, accessory=button_)])
