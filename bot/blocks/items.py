"""One recommendation, action, response request or due item as a Block Kit section, the same in
every answer (with its status control for editors)."""

from __future__ import annotations

import datetime as dt

from bot.blocks.common import (
    Block,
    action_status_select,
    mark_received_button,
    recommendation_status_select,
    section,
)
from bot.blocks.state import block_id
from bot.blocks.text import (
    ACTION_STATUS_MARKERS,
    RECOMMENDATION_STATUS_MARKERS,
    audit_label,
    escape,
    truncate,
    when,
)
from bot.core.i18n import format_date, format_due, t
from storage.read_models import (
    ActionView,
    DueItem,
    RecommendationView,
    ResponseRequestView,
    ResponseView,
)

# Long texts are cut in lists; `visa` shows them whole (up to Slack's limit).
LIST_TEXT_MAX = 600
# The auditors' comment under a recommendation: the gist; the follow-up matrix holds it whole.
COMMENT_MAX = 300


def recommendation_section(
    recommendation: RecommendationView,
    *,
    lang: str,
    origin: str | None,
    controls: bool,
    with_audit: bool,
    text_max: int = 2400,
) -> Block:
    marker = RECOMMENDATION_STATUS_MARKERS.get(recommendation.status, ":white_circle:")
    status = t(f"slack.recommendation_status.{recommendation.status}", lang)
    if not recommendation.status_is_manual and recommendation.actions:
        status += " " + t("slack.recommendation_status.derived", lang)
    lines = [f"*{recommendation.position + 1}.* {escape(truncate(recommendation.text, text_max))}"]
    facts = []
    if recommendation.addressees:
        to = ", ".join(escape(a) for a in recommendation.addressees)
        facts.append(t("slack.recommendation.to", lang, bodies=to))
    facts.append(f"{marker} {status}")
    lines.append(" · ".join(facts))
    if recommendation.area:
        lines.append(f"_{escape(truncate(recommendation.area, 200))}_")
    if recommendation.comment:
        comment = escape(truncate(recommendation.comment, COMMENT_MAX))
        lines.append(t("slack.recommendation.comment", lang, comment=comment))
    if with_audit:
        lines.append(f"_{escape(audit_label(recommendation.audit, lang))}_")
    accessory = recommendation_status_select(recommendation, lang) if controls else None
    return section(
        "\n".join(lines), accessory=accessory, block_id=block_id(f"rec{recommendation.id}", origin)
    )


def action_section(
    action: ActionView,
    *,
    lang: str,
    today: dt.date,
    origin: str | None,
    controls: bool,
    with_audit: bool,
    text_max: int = 2400,
) -> Block:
    marker = ACTION_STATUS_MARKERS[action.effective_status]
    status = t(f"slack.action_status.{action.effective_status}", lang)
    lines = [f"{marker} {escape(truncate(action.text, text_max))}"]
    facts = [status]
    who = ", ".join(action.owners) or action.board or action.responding_body
    facts.append(escape(who))
    if action.responsible:
        facts.append(escape(truncate(action.responsible, 200)))
    if action.timeline_text:
        due = f" ({when(action.due, today, action.due_precision, lang)})" if action.due else ""
        facts.append(
            t("slack.action.timeline", lang, timeline=escape(truncate(action.timeline_text, 300)))
            + due
        )
    elif action.due:
        facts.append(when(action.due, today, action.due_precision, lang))
    lines.append("_" + " · ".join(facts) + "_")
    if with_audit:
        lines.append(f"_{escape(audit_label(action.audit, lang))}_")
    accessory = action_status_select(action, lang) if controls else None
    return section(
        "\n".join(lines), accessory=accessory, block_id=block_id(f"act{action.id}", origin)
    )


def due_section(
    item: DueItem, *, lang: str, today: dt.date, origin: str | None, controls: bool
) -> Block:
    due = when(item.due, today, item.due_precision, lang)
    audit = escape(audit_label(item.audit, lang))
    if item.kind == "response":
        text = (
            f"*{due}*\n:incoming_envelope: "
            + t("slack.due.response", lang, body=escape(item.body))
            + f"\n_{audit}_"
        )
        accessory = mark_received_button(item.id, lang) if controls else None
        return section(text, accessory=accessory, block_id=block_id(f"rr{item.id}", origin))
    text = (
        f"*{due}*\n:hammer_and_wrench: {escape(truncate(item.text, LIST_TEXT_MAX))}\n"
        f"_{escape(item.body)} — {audit}_"
    )
    return section(text, block_id=block_id(f"act{item.id}", origin))


def request_section(
    request: ResponseRequestView,
    response: ResponseView | None,
    *,
    lang: str,
    today: dt.date,
    origin: str | None,
    controls: bool,
) -> Block:
    deadline = format_due(request.deadline, today, "day", lang)
    body = escape(request.body)
    if request.received_on is not None:
        text = (
            f":white_check_mark: *{body}* — "
            + t("slack.response.received", lang, date=format_date(request.received_on, lang))
            + "\n"
            + t("slack.response.deadline_was", lang, deadline=format_date(request.deadline, lang))
        )
        if response is not None:
            text += " · " + response_facts(response, lang)
        return section(text, block_id=block_id(f"rr{request.id}", origin))
    marker = ":warning:" if request.deadline < today else ":hourglass_flowing_sand:"
    text = f"{marker} *{body}* — " + t("slack.response.due", lang, deadline=deadline)
    accessory = mark_received_button(request.id, lang) if controls else None
    return section(text, accessory=accessory, block_id=block_id(f"rr{request.id}", origin))


def response_facts(response: ResponseView, lang: str) -> str:
    facts = []
    if response.decision_date:
        facts.append(
            t("slack.response.decided", lang, date=format_date(response.decision_date, lang))
        )
    if response.registry_number:
        facts.append(escape(response.registry_number))
    facts.append(t("slack.response.actions", lang, n=response.action_count))
    return ", ".join(facts)
