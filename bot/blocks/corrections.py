"""Correcting what is stored, as Block Kit: the edit menu beside each item of `visa`, the forms
it opens (also pushed over an import preview), the confirmation of a deletion and its Ångra."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from bot.blocks.common import Block, Message, actions, button, context, section
from bot.blocks.forms import (
    choice_field,
    choices_field,
    date_field,
    offered,
    text_field,
)
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.modals import modal
from bot.blocks.state import block_id
from bot.blocks.text import OPTION_TEXT_MAX, audit_label, escape, truncate
from bot.core.i18n import t
from bot.rules.choices import MENU_VERBS, MenuChoice
from bot.services.corrections import (
    ActionForm,
    AuditForm,
    Deletion,
    Form,
    RecommendationForm,
    RequestForm,
)
from storage.read_models import AuditRef
from storage.trash import KEEP_FOR, TrashView

ORGANISATION_MAX = 200
TITLE_MAX = 500
FIRM_MAX = 100


def edit_menu(entity: str, entity_id: int, lang: str) -> dict[str, Any]:
    """The overflow menu of one item: what an editor may do with it."""
    return {
        "type": "overflow",
        "action_id": ActionId.EDIT_MENU.value,
        "options": [
            {
                "text": {
                    "type": "plain_text",
                    "text": truncate(t(f"slack.menu.{entity}.{verb}", lang), OPTION_TEXT_MAX),
                    "emoji": True,
                },
                "value": MenuChoice(verb, entity, entity_id).value,
            }
            for verb in MENU_VERBS[entity]
        ],
    }


def menu_block(entity: str, entity_id: int, lang: str, origin: str | None) -> Block:
    """The menu on a line of its own under the item (the item's accessory is its status
    control or "Markera inkommet")."""
    return actions(
        edit_menu(entity, entity_id, lang), block_id=block_id(f"m_{entity}{entity_id}", origin)
    )


def _form(
    title_key: str,
    blocks: Sequence[Block | None],
    *,
    lang: str,
    callback_id: str,
    metadata: str,
    submit_key: str = "slack.modal.save",
) -> dict[str, Any]:
    return modal(
        t(title_key, lang),
        [b for b in blocks if b is not None],
        callback_id=callback_id,
        lang=lang,
        submit=t(submit_key, lang),
        private_metadata=metadata,
    )


def _about(audit: AuditRef, lang: str) -> Block:
    return context(escape(truncate(audit_label(audit, lang), 1900)))


def recommendation_modal(
    *,
    text: str,
    addressees: Sequence[str],
    boards: Sequence[str],
    about: Block | None,
    lang: str,
    callback_id: str,
    metadata: str,
    new: bool,
) -> dict[str, Any]:
    """A recommendation's text and addressees: the boards offered, anything else typed."""
    choosable = offered(boards)
    others = [a for a in addressees if a not in choosable]
    return _form(
        "slack.edit.new_recommendation" if new else "slack.edit.recommendation",
        [
            about,
            text_field(
                "text", t("slack.edit.recommendation_text", lang), initial=text, multiline=True
            ),
            choices_field(
                "addressees",
                t("slack.edit.addressees", lang),
                boards,
                initial=[a for a in addressees if a in choosable],
            ),
            text_field(
                "other_addressees",
                t("slack.edit.other_addressees", lang),
                initial=", ".join(others),
                optional=True,
                hint=t("slack.edit.names_hint", lang),
            ),
        ],
        lang=lang,
        callback_id=callback_id,
        metadata=metadata,
    )


def action_modal(form: ActionForm, *, lang: str, metadata: str) -> dict[str, Any]:
    fields = form.fields
    if form.id is None:
        board: Block | None = choice_field(
            "board",
            t("slack.edit.action_board", lang),
            form.boards.organisation,
            initial=form.board,
        ) or text_field("board", t("slack.edit.action_board", lang), max_length=200)
    else:
        board = context(t("slack.actions.from", lang, body=escape(form.board or "–")))
    return _form(
        "slack.edit.new_action" if form.id is None else "slack.edit.action",
        [
            _about(form.audit, lang),
            board,
            text_field(
                "text", t("slack.edit.action_text", lang), initial=fields.text, multiline=True
            ),
            text_field(
                "responsible",
                t("slack.edit.responsible", lang),
                initial=fields.responsible,
                optional=True,
                max_length=500,
            ),
            text_field(
                "timeline",
                t("slack.edit.timeline", lang),
                initial=fields.timeline_text,
                optional=True,
                max_length=500,
            ),
            date_field(
                "due",
                t("slack.edit.due", lang),
                initial=fields.due,
                optional=True,
                hint=t("slack.edit.due_hint", lang),
            ),
        ],
        lang=lang,
        callback_id=CallbackId.CORRECTION,
        metadata=metadata,
    )


def request_modal(form: RequestForm, *, lang: str, metadata: str) -> dict[str, Any]:
    """A response request changed (its board, deadline, received date), or, without an id,
    "Begär yttrande": boards asked for a response by a deadline."""
    if form.id is None:
        asked = set(form.boards.asked)
        waiting = [b for b in form.boards.organisation if b not in asked]
        fields: list[Block | None] = [
            section(t("slack.edit.ask_intro", lang)),
            choices_field(
                "boards",
                t("slack.edit.boards", lang),
                waiting,
                initial=[b for b in form.boards.audited if b not in asked],
            ),
            text_field(
                "other_boards",
                t("slack.edit.other_boards", lang),
                optional=True,
                hint=t("slack.edit.names_hint", lang),
            ),
            date_field("deadline", t("slack.edit.deadline", lang)),
        ]
        title = "slack.edit.ask"
    else:
        fields = [
            choice_field(
                "board", t("slack.edit.board", lang), form.boards.organisation, initial=form.board
            ),
            date_field("deadline", t("slack.edit.deadline", lang), initial=form.deadline),
            date_field(
                "received",
                t("slack.edit.received", lang),
                initial=form.received_on,
                optional=True,
                hint=t("slack.edit.received_hint", lang),
            ),
        ]
        title = "slack.edit.request"
    return _form(
        title,
        [_about(form.audit, lang), *fields],
        lang=lang,
        callback_id=CallbackId.CORRECTION,
        metadata=metadata,
        submit_key="slack.edit.ask_submit" if form.id is None else "slack.modal.save",
    )


def facts_modal(
    *,
    title: str | None,
    year: int | None,
    firm: str | None,
    organisation: str | None,
    lang: str,
    callback_id: str,
    metadata: str,
) -> dict[str, Any]:
    """An audit's title, year, firm and organisation."""
    return _form(
        "slack.edit.facts",
        [
            text_field(
                "title",
                t("slack.edit.title", lang),
                initial=title,
                optional=True,
                max_length=TITLE_MAX,
            ),
            text_field(
                "year",
                t("slack.edit.year", lang),
                initial=str(year) if year else None,
                optional=True,
                max_length=4,
            ),
            text_field(
                "firm", t("slack.edit.firm", lang), initial=firm, optional=True, max_length=FIRM_MAX
            ),
            text_field(
                "organisation",
                t("slack.edit.organisation", lang),
                initial=organisation,
                max_length=ORGANISATION_MAX,
            ),
        ],
        lang=lang,
        callback_id=callback_id,
        metadata=metadata,
    )


def delete_modal(deletion: Deletion, *, lang: str, metadata: str) -> dict[str, Any]:
    entity = deletion.choice.entity
    question = t(
        f"slack.delete.confirm.{entity}",
        lang,
        label=escape(truncate(deletion.label, 1500)),
    )
    return modal(
        t("slack.delete.title", lang),
        [
            section(question),
            _about(deletion.audit, lang),
            context(t("slack.delete.undo_hint", lang, days=KEEP_FOR.days)),
        ],
        callback_id=CallbackId.DELETE,
        lang=lang,
        submit=t("slack.delete.submit", lang),
        private_metadata=metadata,
    )


def deleted_text(entry: TrashView, lang: str) -> str:
    return t(
        f"slack.delete.done.{entry.entity}",
        lang,
        label=escape(truncate(entry.label, 1500)),
        days=KEEP_FOR.days,
    )


def undo_button(entry: TrashView, lang: str) -> dict[str, Any]:
    return button(t("slack.delete.undo", lang), ActionId.UNDO_DELETE, str(entry.id))


def deleted_view(entry: TrashView, *, lang: str, metadata: str) -> dict[str, Any]:
    """The confirmation modal turned into what happened, with Ångra."""
    return modal(
        t("slack.delete.title", lang),
        [section(deleted_text(entry, lang)), actions(undo_button(entry, lang), block_id="undo")],
        callback_id=CallbackId.DELETED,
        lang=lang,
        private_metadata=metadata,
    )


def deleted_message(entry: TrashView, *, lang: str, origin: str | None) -> Message:
    """What replaces `visa` of an audit just deleted: said, with Ångra."""
    text = deleted_text(entry, lang)
    return Message(
        text,
        [
            section(text),
            actions(undo_button(entry, lang), block_id=block_id(f"undo{entry.id}", origin)),
        ],
    )


def restored_text(entry: TrashView, lang: str) -> str:
    return t(
        f"slack.delete.restored.{entry.entity}", lang, label=escape(truncate(entry.label, 1500))
    )


def restored_view(entry: TrashView, *, lang: str) -> dict[str, Any]:
    return modal(
        t("slack.delete.restored_title", lang),
        [section(restored_text(entry, lang))],
        callback_id=CallbackId.DELETED,
        lang=lang,
    )


def deadline_modal(
    *,
    deadline: dt.date | None,
    boards: Sequence[str],
    chosen: Sequence[str],
    lang: str,
    callback_id: str,
    metadata: str,
) -> dict[str, Any]:
    """An import preview's response request: the deadline and the boards that owe it (both
    left empty: the document asks for no response)."""
    choosable = offered(boards)
    return _form(
        "slack.edit.request",
        [
            context(t("slack.preview.request_intro", lang)),
            date_field("deadline", t("slack.edit.deadline", lang), initial=deadline, optional=True),
            choices_field(
                "boards",
                t("slack.edit.boards", lang),
                boards,
                initial=[b for b in chosen if b in choosable],
            ),
            text_field(
                "other_boards",
                t("slack.edit.other_boards", lang),
                initial=", ".join(b for b in chosen if b not in choosable),
                optional=True,
                hint=t("slack.edit.names_hint", lang),
            ),
        ],
        lang=lang,
        callback_id=callback_id,
        metadata=metadata,
    )


def correction_modal(form: Form, *, lang: str, metadata: str) -> dict[str, Any]:
    """The form (or the confirmation) an option of `visa`'s edit menu opens."""
    match form:
        case AuditForm(audit=audit):
            return facts_modal(
                title=audit.title,
                year=audit.audit_year,
                firm=audit.audit_firm,
                organisation=audit.organisation,
                lang=lang,
                callback_id=CallbackId.CORRECTION,
                metadata=metadata,
            )
        case RecommendationForm():
            return recommendation_modal(
                text=form.text,
                addressees=form.addressees,
                boards=form.boards.organisation,
                about=_about(form.audit, lang),
                lang=lang,
                callback_id=CallbackId.CORRECTION,
                metadata=metadata,
                new=form.id is None,
            )
        case ActionForm():
            return action_modal(form, lang=lang, metadata=metadata)
        case RequestForm():
            return request_modal(form, lang=lang, metadata=metadata)
    return delete_modal(form, lang=lang, metadata=metadata)
