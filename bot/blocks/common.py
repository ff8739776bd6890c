"""Block Kit building blocks, the status controls and paging, all within Slack's limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.blocks.ids import ActionId
from bot.blocks.state import ViewState
from bot.blocks.text import (
    BUTTON_TEXT_MAX,
    CONTEXT_TEXT_MAX,
    FALLBACK_TEXT_MAX,
    HEADER_TEXT_MAX,
    MESSAGE_BLOCKS_MAX,
    OPTION_TEXT_MAX,
    SECTION_TEXT_MAX,
    escape,
    truncate,
)
from bot.core.i18n import format_date, t
from bot.rules.choices import AUTO_STATUS
from storage.enums import ActionStatus, RecommendationStatus
from storage.read_models import ActionView, Page, RecommendationView, ResponseRequestView

Block = dict[str, Any]
_SLACK_ID = re.compile(r"^[A-Z0-9]+$")


def plain(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    return {"type": "plain_text", "text": truncate(text, limit) or " ", "emoji": True}


def mrkdwn(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": truncate(text, limit) or " "}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, HEADER_TEXT_MAX)}


def section(text: str, *, accessory: Block | None = None, block_id: str | None = None) -> Block:
    block: Block = {"type": "section", "text": mrkdwn(text)}
    if accessory is not None:
        block["accessory"] = accessory
    if block_id is not None:
        block["block_id"] = block_id
    return block


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text, CONTEXT_TEXT_MAX) for text in texts[:10]]}


def divider() -> Block:
    return {"type": "divider"}


def button(text: str, action_id: str, value: str, *, style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(text, BUTTON_TEXT_MAX),
        "action_id": str(action_id),
        "value": value[:2000],
    }
    if style is not None:
        element["style"] = style
    return element


def actions(*elements: dict[str, Any], block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements)[:25]}
    if block_id is not None:
        block["block_id"] = block_id
    return block


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text, OPTION_TEXT_MAX), "value": value}


def mention(user_id: str) -> str:
    """A user mention built only from a real Slack id, never from free text."""
    return f"<@{user_id}>" if _SLACK_ID.match(user_id) else escape(user_id)


def channel_link(channel_id: str) -> str:
    return f"<#{channel_id}>" if _SLACK_ID.match(channel_id) else escape(channel_id)


# -- the controls that change data (listeners check the editor permission) ------------------


def mark_received_button(request_id: int, lang: str) -> dict[str, Any]:
    return button(
        t("slack.button.mark_received", lang),
        ActionId.MARK_RECEIVED,
        str(request_id),
        style="primary",
    )


def action_status_select(action: ActionView, lang: str) -> dict[str, Any]:
    options = [
        option(t(f"slack.action_status.{status}", lang), f"{action.id}:{status}")
        for status in ActionStatus
    ]
    current = next(o for o in options if o["value"].endswith(f":{action.effective_status}"))
    return {
        "type": "static_select",
        "action_id": ActionId.ACTION_STATUS.value,
        "placeholder": plain(t("slack.select.status", lang), OPTION_TEXT_MAX),
        "options": options,
        "initial_option": current,
    }


def recommendation_status_select(recommendation: RecommendationView, lang: str) -> dict[str, Any]:
    choices = [*RecommendationStatus, AUTO_STATUS]
    options = [
        option(t(f"slack.recommendation_choice.{status}", lang), f"{recommendation.id}:{status}")
        for status in choices
    ]
    selected = recommendation.status if recommendation.status_is_manual else AUTO_STATUS
    current = next(o for o in options if o["value"] == f"{recommendation.id}:{selected}")
    return {
        "type": "static_select",
        "action_id": ActionId.RECOMMENDATION_STATUS.value,
        "placeholder": plain(t("slack.select.status", lang), OPTION_TEXT_MAX),
        "options": options,
        "initial_option": current,
    }


# -- answers and their pages -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paging:
    """Where a page read from the database stands: its number, whether another follows, and
    how many there are when the list was counted."""

    number: int
    has_next: bool
    pages: int | None = None

    @classmethod
    def of(cls, page: Page) -> Paging:
        return cls(page.number, page.has_next, page.pages)


@dataclass(frozen=True, slots=True)
class Rendered:
    """An answer: a title for notifications and continued pages, and its blocks.

    Without ``paging`` the blocks are the whole answer (one audit), cut into pages here;
    with it they are already one page of a list, cut in the database.
    """

    title: str
    blocks: list[Block]
    paging: Paging | None = None


def range_label(page: Page, lang: str) -> str:
    """ "26–50 av 160", "26–50, fler finns" or "inga fler": which items a page shows."""
    if not page.items:
        return t("slack.page.none_here", lang)
    total = page.total if page.total is not None else (None if page.has_next else page.last)
    if total is None:
        return t("slack.page.range_more", lang, first=page.first, last=page.last)
    return t("slack.page.range", lang, first=page.first, last=page.last, total=total)


@dataclass(frozen=True, slots=True)
class Message:
    text: str
    blocks: list[Block]


# Room on each page for the continued-title, page context and the buttons.
BODY_BLOCKS_PER_PAGE = MESSAGE_BLOCKS_MAX - 4


def page_count(rendered: Rendered, per_page: int = BODY_BLOCKS_PER_PAGE) -> int:
    return max(1, -(-len(rendered.blocks) // per_page))


def paged_message(
    rendered: Rendered,
    *,
    state: ViewState,
    lang: str,
    shared_by: str | None = None,
    per_page: int = BODY_BLOCKS_PER_PAGE,
) -> Message:
    """One page of an answer, with Föregående/Nästa and "Dela i kanalen" when private."""
    if rendered.paging is None:
        pages: int | None = page_count(rendered, per_page)
        page = min(max(state.page, 1), pages)
        body = rendered.blocks[(page - 1) * per_page : page * per_page]
        has_next = page < pages
    else:
        pages, page = rendered.paging.pages, rendered.paging.number
        body = rendered.blocks[:per_page]
        has_next = rendered.paging.has_next
    blocks: list[Block] = []
    if page > 1:
        blocks.append(context(f"*{escape(rendered.title)}* " + t("slack.page.continued", lang)))
    blocks += body
    notes = []
    if pages is None:
        if page > 1 or has_next:
            notes.append(t("slack.page.at", lang, page=page))
    elif pages > 1:
        notes.append(t("slack.page.of", lang, page=page, pages=pages))
    if shared_by is not None:
        notes.append(t("slack.shared_by", lang, user=mention(shared_by)))
    if notes:
        blocks.append(context(" · ".join(notes)))
    if shared_by is None:
        here = state.at_page(page)
        buttons = []
        if page > 1:
            buttons.append(
                button(
                    t("slack.page.previous", lang),
                    ActionId.PAGE_PREVIOUS,
                    here.at_page(page - 1).encode(),
                )
            )
        if has_next:
            buttons.append(
                button(
                    t("slack.page.next", lang), ActionId.PAGE_NEXT, here.at_page(page + 1).encode()
                )
            )
        buttons.append(button(t("slack.share", lang), ActionId.SHARE_IN_CHANNEL, here.encode()))
        blocks.append(actions(*buttons))
    return Message(truncate(escape(rendered.title), FALLBACK_TEXT_MAX), blocks)


def chunked_sections(title: str, lines: list[str]) -> list[Block]:
    """Lines under a bold title, as few sections as Slack's 3,000 characters allow."""
    blocks: list[Block] = []
    current = f"*{title}*"
    for line in lines:
        line = truncate(line, SECTION_TEXT_MAX - 10)
        if len(current) + 1 + len(line) > SECTION_TEXT_MAX:
            blocks.append(section(current))
            current = line
        else:
            current = f"{current}\n{line}"
    blocks.append(section(current))
    return blocks


def notice(text: str) -> Message:
    """A short confirmation; ``text`` is catalogue text whose parameters are already escaped."""
    return Message(truncate(text, FALLBACK_TEXT_MAX), [section(text)])


def watch_notice(organisation: str, *, watching: bool, changed: bool, lang: str) -> Message:
    key = ("slack.watch." if watching else "slack.unwatch.") + ("done" if changed else "unchanged")
    return notice(t(key, lang, organisation=escape(organisation)))


def chair_notice(organisation: str, user_id: str | None, *, changed: bool, lang: str) -> Message:
    if user_id is None:
        return notice(t("slack.chair.removed", lang, organisation=escape(organisation)))
    key = "slack.chair.done" if changed else "slack.chair.unchanged"
    return notice(t(key, lang, organisation=escape(organisation), user=f"<@{user_id}>"))


def status_confirmation(kind: str, status: str, lang: str) -> str:
    """ "Åtgärdens status är nu *Pågår*." for a control in a message we cannot redraw."""
    label_key = (
        f"slack.action_status.{status}"
        if kind == "action"
        else f"slack.recommendation_choice.{status}"
    )
    return t(f"slack.status_changed.{kind}", lang, status=t(label_key, lang))


def received_confirmation(request: ResponseRequestView, lang: str) -> str:
    return t(
        "slack.mark_received.done",
        lang,
        body=escape(request.body),
        date=format_date(request.received_on, lang) if request.received_on else "",
    )
