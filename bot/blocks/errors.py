"""What the user reads when something cannot be done: typed errors and unexpected failures.

Anything unexpected is logged with a short id that the user also sees; nothing is swallowed.
"""

from __future__ import annotations

import logging
import secrets

from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import DBAPIError

from bot.blocks.common import Block, Message, button, context, section
from bot.blocks.ids import ActionId
from bot.blocks.text import audit_label, escape, truncate
from bot.core.errors import Ambiguous, NoMatch, NoWords, UserFacingError
from bot.core.i18n import t
from bot.core.locales import sv
from bot.rules.subcommands import ENGLISH, Subcommand
from ingest.errors import UnreadableDocument
from ingest.messages import describe
from storage.errors import StorageError
from storage.read_models import AuditRef

# Slack's own errors that mean the bot cannot reach the channel, or the app lacks a scope;
# anything else is unexpected.
CHANNEL_ERRORS = ("not_in_channel", "channel_not_found", "is_archived", "missing_scope")
CATALOGUE_KEYS = frozenset(sv.MESSAGES)

log = logging.getLogger("revisorbot.errors")


def _params(params: dict[str, object], lang: str) -> dict[str, object]:
    escaped = {k: escape(v) if isinstance(v, str) else v for k, v in params.items()}
    if isinstance(params.get("entity"), str):
        escaped["entity"] = t(f"slack.entity.{params['entity']}", lang)
    return escaped


def error_text(error: UserFacingError | StorageError, lang: str) -> str:
    """One line of mrkdwn; also what a modal shows under the field."""
    if isinstance(error, StorageError):
        # A Slack wording where the shared one speaks of the command line.
        key = f"slack.error.{error.code}"
        if key not in CATALOGUE_KEYS:
            key = f"error.{error.code}"
        return t(key, lang, **_params(error.params, lang))
    text = t(error.key, lang, **_params(error.params, lang))
    if isinstance(error, NoMatch) and error.suggestions:
        names = ", ".join(f"*{escape(_name(s, lang))}*" for s in error.suggestions)
        text += " " + t("match.did_you_mean", lang, names=names)
    if isinstance(error, NoWords):
        text += " " + t(f"slack.missing.{error.usage}", lang)
    return text


def _name(suggestion: object, lang: str) -> str:
    if isinstance(suggestion, AuditRef):
        return audit_label(suggestion, lang)
    if isinstance(suggestion, Subcommand):  # the sub-command in the reader's language
        return ENGLISH[suggestion] if lang == "en" else suggestion.value
    return str(suggestion)


def error_message(error: UserFacingError | StorageError, lang: str) -> Message:
    text = error_text(error, lang)
    blocks: list[Block] = [section(f":warning: {text}")]
    if isinstance(error, Ambiguous):
        for choice in error.choices:
            blocks.append(
                section(
                    escape(audit_label(choice, lang)) + f" (#{choice.id})",
                    accessory=button(
                        t("slack.button.show", lang), ActionId.OPEN_AUDIT, str(choice.id)
                    ),
                )
            )
    if isinstance(error, NoMatch) and error.kind == "subcommand":
        blocks.append(context(t("slack.error.see_help", lang)))
    return Message(truncate(text, 3000), blocks)


def channel_error_message(code: str, lang: str, *, needed: str = "?") -> Message:
    text = t(f"slack.error.{code}", lang, needed=escape(needed))
    return Message(text, [section(f":warning: {text}")])


def unexpected_message(error_id: str, lang: str) -> Message:
    text = t("slack.error.unexpected", lang, error_id=error_id)
    return Message(text, [section(f":boom: {text}")])


def unreadable_message(error: UnreadableDocument, lang: str) -> Message:
    text = escape(describe(error, lang))
    return Message(text, [section(f":warning: {text}")])


def explain(error: Exception, lang: str) -> tuple[Message, str]:
    """What to tell the user about ``error``: a message and a one-line text for a modal field."""
    if isinstance(error, UnreadableDocument):
        log.info("Unreadable document: %s", error)
        message = unreadable_message(error, lang)
        return message, message.text
    if isinstance(error, UserFacingError | StorageError):
        log.info("Told the user: %s", getattr(error, "key", None) or error)
        return error_message(error, lang), error_text(error, lang)
    if isinstance(error, SlackApiError) and error.response.get("error") in CHANNEL_ERRORS:
        message = channel_error_message(
            error.response["error"], lang, needed=str(error.response.get("needed") or "?")
        )
        return message, message.text
    error_id = secrets.token_hex(4)
    if isinstance(error, DBAPIError):
        log.error("Database error %s", error_id, exc_info=error)
        text = t("slack.error.database", lang, error_id=error_id)
        return Message(text, [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]), text
    log.error("Unexpected error %s", error_id, exc_info=error)
    message = unexpected_message(error_id, lang)
    return message, message.text
