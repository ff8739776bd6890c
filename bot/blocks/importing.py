"""The import modals: paste text or pick a file, then a preview to correct, save or cancel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.blocks.common import (
    Block,
    Message,
    actions,
    button,
    chunked_sections,
    context,
    divider,
    header,
    plain,
    section,
)
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.modals import modal
from bot.blocks.text import OPTION_TEXT_MAX, VIEW_BLOCKS_MAX, escape, truncate
from bot.core.i18n import count, format_date, format_names, relative_days, t
from bot.rules.choices import PREVIEW_VERBS
from bot.rules.entries import fingerprint
from bot.rules.titles import is_derived
from ingest.messages import describe_warning
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
    """What the importer found, to check and correct before Spara: the warnings first, a menu
    beside each recommendation, buttons for the facts, the deadline and a missed
    recommendation; asks for the organisation if missing."""
    head: list[Block] = [header(extraction.title or t("slack.import.untitled", lang))]
    if extraction.warnings:
        lines = [
            "• " + escape(truncate(describe_warning(w, lang), 500)) for w in extraction.warnings
        ]
        head += chunked_sections(":warning: " + t("slack.preview.warnings", lang), lines)
    head.append(context(_facts(extraction, lang)))
    if is_derived(extraction):
        head.append(context(t("slack.preview.derived_title", lang)))
    head.append(
        actions(
            button(t("slack.preview.facts", lang), ActionId.PREVIEW_FACTS, str(draft_id)),
            button(t("slack.preview.request", lang), ActionId.PREVIEW_REQUEST, str(draft_id)),
            button(t("slack.preview.add", lang), ActionId.PREVIEW_ADD, str(draft_id)),
            block_id="preview_buttons",
        )
    )
    head.append(section(_counts(extraction, lang)))
    request = extraction.response_request
    if request is not None and request.deadline is not None and request.from_bodies:
        bodies = format_names([escape(b) for b in request.from_bodies], lang)
        head.append(
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
    elif request is not None:
        head.append(context(":warning: " + t("slack.preview.request_incomplete", lang)))
    if extraction.overall_assessment:
        head.append(
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
        head += chunked_sections(t("slack.audit.questions", lang, n=len(lines)), lines)[:3]
    tail: list[Block] = []
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
        tail += chunked_sections(t("slack.audit.responses", lang), lines)[:3]
    if not (extraction.recommendations or extraction.questions or extraction.responses):
        tail.append(context(":warning: " + t("slack.import.nothing_found", lang)))
    if not extraction.organisation:
        tail.append(
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
    room = VIEW_BLOCKS_MAX - len(head) - len(tail) - 3
    return modal(
        t("slack.import.preview_title", lang),
        (head + _recommendation_blocks(extraction, room, lang) + tail)[:VIEW_BLOCKS_MAX],
        callback_id=CallbackId.IMPORT_PREVIEW,
        lang=lang,
        submit=t("slack.modal.save", lang),
        private_metadata=str(draft_id),
        notify_on_close=True,
    )


def _recommendation_blocks(extraction: Extraction, room: int, lang: str) -> list[Block]:
    """Each recommendation with its menu (Ändra, Ta bort), as many as the view has room for."""
    items = extraction.recommendations
    blocks: list[Block] = [
        divider(),
        section(f"*{t('slack.audit.recommendations', lang, n=len(items))}*"),
    ]
    shown = items if len(items) <= room else items[: max(room - 1, 0)]
    for n, item in enumerate(shown):
        line = f"{n + 1}. {escape(truncate(item.text, PREVIEW_TEXT_MAX))}"
        line += (
            f" — _{escape(', '.join(item.addressee))}_"
            if item.addressee
            else " — _" + t("slack.preview.no_addressee", lang) + "_"
        )
        blocks.append(
            section(line, accessory=preview_menu(n, item.text, lang), block_id=f"prev_rec{n}")
        )
    if len(shown) < len(items):
        blocks.append(context(t("slack.preview.more", lang, n=len(items) - len(shown))))
    return blocks


def preview_menu(index: int, text: str, lang: str) -> dict[str, Any]:
    mark = fingerprint(text)
    return {
        "type": "overflow",
        "action_id": ActionId.PREVIEW_MENU.value,
        "options": [
            {
                "text": plain(t(f"slack.preview.menu.{verb}", lang), OPTION_TEXT_MAX),
                "value": f"{verb}:{index}:{mark}",
            }
            for verb in PREVIEW_VERBS
        ],
    }


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


def saved_view(
    extraction: Extraction, result: LoadResult, *, lang: str, title_key: str = "slack.import.title"
) -> dict[str, Any]:
    if result.already_imported:
        key = "slack.import.already_filled" if result.passages_added else "slack.import.already"
        text = t(key, lang, id=result.audit_id)
    else:
        key = "slack.import.saved" if result.created else "slack.import.attached"
        name = extraction.title or extraction.source
        text = t(key, lang, name=escape(truncate(name, 300)), id=result.audit_id)
    return modal(
        t(title_key, lang),
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
