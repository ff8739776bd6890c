"""One audit on one screen (`visa`), and its history (`historik`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.blocks.common import (
    Block,
    Rendered,
    chunked_sections,
    context,
    divider,
    header,
    mention,
    section,
)
from bot.blocks.corrections import menu_block
from bot.blocks.followup import latest_follow_up
from bot.blocks.items import action_section, recommendation_section, request_section, response_facts
from bot.blocks.mrkdwn import shorten
from bot.blocks.text import (
    SCALE_MARKERS,
    UNKNOWN_SCALE_MARKER,
    audit_label,
    audit_name,
    escape,
    slack_time,
    truncate,
)
from bot.core.i18n import format_date, t
from bot.core.locales.sv import MESSAGES as _SV
from storage.read_models import (
    AuditDetail,
    ChangeView,
    QuestionView,
)
from storage.trash import TrashView

# A question's bedömning under its grade in `visa`: the gist, not the report's page.
ASSESSMENT_TEXT_MAX = 500


def audit_blocks(
    detail: AuditDetail, *, lang: str, today: dt.date, origin: str | None, controls: bool
) -> Rendered:
    audit = detail.audit
    blocks: list[Block] = [header(audit_name(audit, lang)), context(_audit_facts(detail, lang))]
    if controls:
        blocks.append(menu_block("audit", audit.id, lang, origin))
    if detail.purpose and not audit.title:
        blocks.append(section(f"*{t('slack.audit.purpose', lang)}*\n{escape(detail.purpose)}"))
    if detail.overall_assessment:
        blocks.append(
            section(f"*{t('slack.audit.overall', lang)}*\n{escape(detail.overall_assessment)}")
        )
    if detail.questions:
        lines = [_question_line(question) for question in detail.questions]
        blocks += chunked_sections(t("slack.audit.questions", lang, n=len(lines)), lines)

    blocks += [
        divider(),
        section(f"*{t('slack.audit.recommendations', lang, n=len(detail.recommendations))}*"),
    ]
    if not detail.recommendations:
        blocks.append(context(t("slack.audit.no_recommendations", lang)))
    for recommendation in detail.recommendations:
        blocks.append(
            recommendation_section(
                recommendation, lang=lang, origin=origin, controls=controls, with_audit=False
            )
        )
        if controls:
            blocks.append(menu_block("recommendation", recommendation.id, lang, origin))
        followed_up = detail.follow_ups.get(recommendation.id)
        if followed_up is not None:
            blocks.append(latest_follow_up(followed_up, lang))

    blocks += [divider(), section(f"*{t('slack.audit.responses', lang)}*")]
    blocks += _response_blocks(detail, lang=lang, today=today, origin=origin, controls=controls)

    audit_actions = detail.actions
    if audit_actions:
        blocks += [divider(), section(f"*{t('slack.audit.actions', lang, n=len(audit_actions))}*")]
        for action in audit_actions:
            blocks.append(
                action_section(
                    action,
                    lang=lang,
                    today=today,
                    origin=origin,
                    controls=controls,
                    with_audit=False,
                )
            )
            if controls:
                blocks.append(menu_block("action", action.id, lang, origin))
    return Rendered(audit_label(audit, lang), blocks)


def _audit_facts(detail: AuditDetail, lang: str) -> str:
    audit = detail.audit
    facts = [f"*{escape(audit.organisation)}*"]
    if audit.audit_firm:
        facts.append(escape(audit.audit_firm))
    if audit.report_date:
        facts.append(format_date(audit.report_date, lang))
    if audit.audit_year:
        facts.append(t("slack.audit.year", lang, year=audit.audit_year))
    if detail.audited_bodies:
        bodies = ", ".join(escape(b) for b in detail.audited_bodies)
        facts.append(t("slack.audit.audited", lang, bodies=bodies))
    facts.append(f"#{audit.id}")
    return " · ".join(facts)


def _question_line(question: QuestionView) -> str:
    """The question with its printed grade, and under it the report's bedömning, folded to a
    few lines (the whole answer is paged; each section holds 3,000 characters)."""
    prefix = f"{escape(question.number)}. " if question.number else ""
    if question.assessment_label is None:
        line = f"• {prefix}{escape(question.text)}"
    else:
        marker = SCALE_MARKERS.get(question.assessment_scale or "", UNKNOWN_SCALE_MARKER)
        line = f"{marker} *{escape(question.assessment_label)}* — {prefix}{escape(question.text)}"
    if question.assessment_text:
        line += "\n>" + escape(shorten(question.assessment_text, ASSESSMENT_TEXT_MAX))
    return line


def _response_blocks(
    detail: AuditDetail, *, lang: str, today: dt.date, origin: str | None, controls: bool
) -> list[Block]:
    responses = {response.body: response for response in detail.responses}
    blocks = []
    for request in detail.response_requests:
        blocks.append(
            request_section(
                request,
                responses.get(request.body),
                lang=lang,
                today=today,
                origin=origin,
                controls=controls,
            )
        )
        if controls:
            blocks.append(menu_block("response_request", request.id, lang, origin))
    asked = {request.body for request in detail.response_requests}
    for response in detail.responses:
        if response.body not in asked:
            blocks.append(
                section(
                    f":white_check_mark: *{escape(response.body)}* — "
                    + response_facts(response, lang)
                )
            )
    if not blocks:
        blocks.append(context(t("slack.audit.no_request", lang)))
    return blocks


# -- history -----------------------------------------------------------------------------


def _actor(actor: str, lang: str) -> str:
    if actor[:1] in ("U", "W") and actor[1:].isalnum():
        return mention(actor)
    if actor.startswith("cli:"):
        return t("slack.history.cli", lang, user=escape(actor.removeprefix("cli:")))
    return escape(actor)


def _value(field: str, value: str | None, lang: str) -> str:
    if value is None:
        return t("slack.history.empty", lang)
    if field == "status":
        status, _, auto = value.partition(" ")
        for key in (f"slack.action_status.{status}", f"slack.recommendation_choice.{status}"):
            if key in _SV:
                label = t(key, lang)
                return f"{label} {t('slack.history.auto', lang)}" if auto else label
    if field in ("received_on", "deadline", "due"):
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            pass
    return escape(truncate(value, 200))


def _subject(change: ChangeView, names: dict[tuple[str, int], str], lang: str) -> str:
    kind = t(f"slack.history.entity.{change.entity}", lang)
    name = names.get((change.entity, change.entity_id))
    if not name:
        return kind
    return t("slack.history.named", lang, kind=kind, name=escape(truncate(name, 80)))


def _change_line(change: ChangeView, names: dict[tuple[str, int], str], lang: str) -> str:
    if change.field in ("import", "import_attached", "import_passages"):
        return t(f"slack.history.{change.field}", lang, document=escape(change.new_value or ""))
    if change.field in ("added", "deleted", "restored"):
        # The row's own words, logged with the change, name it also once it is gone.
        label = change.old_value if change.field == "deleted" else change.new_value
        named = {**names, (change.entity, change.entity_id): label} if label else names
        return t(f"slack.history.{change.field}", lang, subject=_subject(change, named, lang))
    field_key = f"slack.history.field.{change.field}"
    if field_key in _SV:
        return t(
            "slack.history.changed_field",
            lang,
            subject=_subject(change, names, lang),
            field=t(field_key, lang),
            old=_value(change.field, change.old_value, lang),
            new=_value(change.field, change.new_value, lang),
        )
    return t(
        "slack.history.changed",
        lang,
        subject=_subject(change, names, lang),
        old=_value(change.field, change.old_value, lang),
        new=_value(change.field, change.new_value, lang),
    )


def history_blocks(
    detail: AuditDetail,
    changes: Sequence[ChangeView],
    *,
    lang: str,
    deleted: Sequence[TrashView] = (),
) -> Rendered:
    """Who changed what and when, newest first; items deleted since are named by the words
    the trash keeps of them."""
    audit = detail.audit
    title = t("slack.history.title", lang, audit=audit_name(audit, lang))
    blocks: list[Block] = [header(title), context(escape(audit_label(audit, lang)))]
    if not changes:
        blocks.append(section(t("slack.history.none", lang)))
    names: dict[tuple[str, int], str] = {
        (entry.entity, entry.entity_id): entry.label for entry in deleted
    }
    for rec in detail.recommendations:
        names[("recommendation", rec.id)] = rec.text
    for action in detail.actions:
        names[("action", action.id)] = action.text
    for request in detail.response_requests:
        names[("response_request", request.id)] = request.body
    for change in changes:
        when = slack_time(change.changed_at)
        who = _actor(change.actor, lang)
        blocks.append(section(f"{_change_line(change, names, lang)}\n{when} · {who}"))
    return Rendered(title, blocks)
