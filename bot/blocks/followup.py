"""The follow-up round as Block Kit: its page of recommendations with the boards' responses and
the assessments, the form an editor assesses one in, and the choice of audits to add."""

from __future__ import annotations

from typing import Any

from bot.blocks.common import (
    Block,
    Paging,
    Rendered,
    actions,
    button,
    context,
    header,
    mention,
    option,
    plain,
    range_label,
    section,
)
from bot.blocks.forms import text_element
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.modals import modal
from bot.blocks.state import block_id
from bot.blocks.text import (
    ACTION_STATUS_MARKERS,
    audit_label,
    audit_name,
    escape,
    slack_time,
    truncate,
    when,
)
from bot.core.i18n import t
from bot.rules.followup import ASSESSMENTS, COMMENT_MAX, EVIDENCE_MAX, is_link
from bot.services.followup import Conflict, Round
from storage.followup import AuditChoice, RoundItem, RoundRef
from storage.read_models import ActionView, Assessment, AuditRef, ResponseView

ASSESSMENT_MARKERS = {
    "fixed": ":large_green_circle:",
    "partly_fixed": ":large_yellow_circle:",
    "not_fixed": ":red_circle:",
    "no_longer_relevant": ":heavy_minus_sign:",
}
NOT_ASSESSED_MARKER = ":white_circle:"
ASSESSMENT_BLOCK = "assessment"
COMMENT_BLOCK = "comment"
EVIDENCE_BLOCK = "evidence"
AUDITS_BLOCK = "audits"
INPUT_ACTION = "value"
# In the round's list; the form shows more of each.
LIST_ACTIONS = 3
FORM_ACTIONS = 10


def assessment_label(assessment: str, lang: str) -> str:
    return t(f"follow_up.assessment.{assessment}", lang)


def progress_line(assessed: int, total: int, counts: dict[str, int], lang: str) -> str:
    """ "*12 av 31 bedömda* · 🟢 Åtgärdade 5 · 🟡 Delvis åtgärdade 3 …" """
    parts = [t("slack.follow_up.progress", lang, assessed=assessed, total=total)]
    for assessment in ASSESSMENTS:
        if counts.get(assessment):
            label = t(f"follow_up.count.{assessment}", lang)
            parts.append(f"{ASSESSMENT_MARKERS[assessment]} {label} {counts[assessment]}")
    return " · ".join(parts)


def evidence_text(evidence: str, lang: str) -> str:
    if is_link(evidence):
        return f"<{escape(evidence)}|{t('slack.follow_up.evidence_link', lang)}>"
    return t("slack.follow_up.evidence_file", lang, file=escape(evidence))


def assessment_line(assessment: Assessment, lang: str, *, comment_max: int = 500) -> str:
    """ "🟢 *Åtgärdad* — comment · underlag _(@anna, 12 mars 10:40)_" """
    line = f"{ASSESSMENT_MARKERS.get(assessment.assessment, NOT_ASSESSED_MARKER)} "
    line += f"*{assessment_label(assessment.assessment, lang)}*"
    if assessment.comment:
        line += f" — {escape(truncate(assessment.comment, comment_max))}"
    if assessment.evidence:
        line += f" · {evidence_text(assessment.evidence, lang)}"
    who = [mention(assessment.assessed_by)] if assessment.assessed_by else []
    if assessment.assessed_at is not None:
        who.append(slack_time(assessment.assessed_at))
    if who:
        line += f" _({', '.join(who)})_"
    return line


def _responses_text(responses: tuple[ResponseView, ...], lang: str) -> str:
    if not responses:
        return t("slack.follow_up.no_response", lang)
    answered = []
    for response in responses:
        text = escape(response.body)
        if response.decision_date:
            text += f" {response.decision_date.isoformat()}"
        if response.registry_number:
            text += f" ({escape(response.registry_number)})"
        answered.append(text)
    return t("slack.follow_up.responses", lang, responses=", ".join(answered))


def _audit_context(audit: AuditRef, responses: tuple[ResponseView, ...], lang: str) -> Block:
    year = f" ({audit.year})" if audit.year else ""
    title = escape(truncate(audit_name(audit, lang), 300))
    return context(
        f":page_facing_up: *{title}*{year} · {_responses_text(responses, lang)} · #{audit.id}"
    )


def _action_line(action: ActionView, lang: str, today, text_max: int) -> str:
    marker = ACTION_STATUS_MARKERS[action.effective_status]
    status = t(f"slack.action_status.{action.effective_status}", lang)
    timeline = ""
    if action.timeline_text:
        timeline = f" ({escape(truncate(action.timeline_text, 80))})"
    elif action.due:
        timeline = f" ({when(action.due, today, action.due_precision, lang)})"
    return f"{marker} {escape(truncate(action.text, text_max))}{timeline} — {status}"


def _action_lines(item: RoundItem, lang: str, today, *, most: int, text_max: int) -> list[str]:
    found = item.recommendation.actions
    if not found:
        return [f"_{t('slack.follow_up.no_actions', lang)}_"]
    lines = [_action_line(a, lang, today, text_max) for a in found[:most]]
    if len(found) > most:
        lines.append(f"_{t('slack.follow_up.more_actions', lang, n=len(found) - most)}_")
    return lines


def _boards(item: RoundItem, lang: str) -> str:
    bodies = ", ".join(escape(b) for b in item.boards) or "–"
    return t("slack.recommendation.to", lang, bodies=bodies)


def _item_section(item: RoundItem, *, lang, today, origin, controls) -> Block:
    recommendation = item.recommendation
    lines = [
        f"*{recommendation.position + 1}.* {escape(truncate(recommendation.text, 500))}",
        f"_{_boards(item, lang)}_",
        *_action_lines(item, lang, today, most=LIST_ACTIONS, text_max=160),
    ]
    if item.current is not None:
        lines.append(assessment_line(item.current, lang))
    else:
        pending = f"{NOT_ASSESSED_MARKER} _{t('slack.follow_up.not_assessed', lang)}_"
        if item.previous is not None:
            pending += " · " + _previous(item.previous, lang)
        lines.append(pending)
    accessory = None
    if controls:
        label = "slack.follow_up.reassess" if item.current else "slack.follow_up.assess"
        accessory = button(t(label, lang), ActionId.ASSESS, str(item.id))
    return section("\n".join(lines), accessory=accessory, block_id=block_id(f"fu{item.id}", origin))


def _previous(previous: Assessment, lang: str) -> str:
    label = assessment_label(previous.assessment, lang)
    return f"_{t('slack.follow_up.previous', lang, year=previous.year, assessment=label)}_"


def round_blocks(found: Round, *, lang: str, today, origin: str | None, controls: bool) -> Rendered:
    """A page of the round: its progress, then the recommendations under their audits; the
    tools to add audits (editors) and to take the Word drafts away (everyone)."""
    page = found.page
    round_ref, progress, items = page.round, page.progress, page.items
    title = t(
        "slack.follow_up.title", lang, year=round_ref.year, organisation=round_ref.organisation
    )
    blocks: list[Block] = [
        header(title),
        context(progress_line(progress.assessed, progress.total, progress.counts, lang)),
    ]
    if found.started:
        blocks.append(
            section(
                t(
                    "slack.follow_up.started",
                    lang,
                    year=round_ref.year,
                    year_before=round_ref.year - 1,
                )
            )
        )
    if not items.items:
        empty = t("slack.follow_up.empty", lang)
        if controls:
            empty += " " + t("slack.follow_up.empty_editor", lang)
        blocks.append(section(empty))
    elif items.number > 1 or items.has_next:
        blocks.append(context(range_label(items, lang)))
    audit_id = None
    for item in items.items:
        if item.recommendation.audit.id != audit_id:
            audit_id = item.recommendation.audit.id
            blocks.append(_audit_context(item.recommendation.audit, item.responses, lang))
        blocks.append(_item_section(item, lang=lang, today=today, origin=origin, controls=controls))
    tools = []
    if controls:
        tools.append(
            button(
                t("slack.follow_up.choose_audits", lang),
                ActionId.CHOOSE_AUDITS,
                str(round_ref.id),
            )
        )
    tools.append(
        button(t("slack.follow_up.report", lang), ActionId.FOLLOW_UP_REPORT, str(round_ref.id))
    )
    tools.append(
        button(t("slack.follow_up.statement", lang), ActionId.STATEMENT_REPORT, str(round_ref.id))
    )
    blocks.append(actions(*tools, block_id=block_id("fu_tools", origin)))
    return Rendered(title, blocks, Paging.of(items))


def latest_follow_up(assessment: Assessment, lang: str) -> Block:
    """Under a recommendation in `visa`: what the latest follow-up round concluded."""
    return context(
        t("slack.follow_up.latest", lang, year=assessment.year)
        + " "
        + assessment_line(assessment, lang, comment_max=1500)
    )


# -- modals ---------------------------------------------------------------------------------


def _input(
    block: str, label: str, element: dict[str, Any], *, hint: str | None = None
) -> dict[str, Any]:
    found: dict[str, Any] = {"type": "input", "block_id": block, "label": plain(label)}
    found["element"] = {"action_id": INPUT_ACTION, **element}
    if hint is not None:
        found["hint"] = plain(hint)
    return found


def _who_and_when(assessment: Assessment) -> tuple[str, str]:
    who = mention(assessment.assessed_by or "?")
    return who, slack_time(assessment.assessed_at) if assessment.assessed_at else ""


def assessment_modal(
    round_ref: RoundRef,
    item: RoundItem,
    *,
    lang: str,
    today,
    private_metadata: str,
    conflict: Conflict | None = None,
) -> dict[str, Any]:
    """The form for one recommendation. After a conflict it shows the assessment saved
    meanwhile, above what this user typed, for them to save over deliberately or cancel."""
    recommendation, current = item.recommendation, item.current
    blocks: list[Block] = []
    if conflict is not None and current is not None:
        who, at = _who_and_when(current)
        blocks.append(
            section(
                ":warning: "
                + t("slack.follow_up.conflict", lang, user=who, when=at)
                + "\n"
                + assessment_line(current, lang, comment_max=1500)
                + "\n"
                + t("slack.follow_up.conflict_after", lang)
            )
        )
    blocks += [
        section(
            f"*{escape(truncate(audit_label(recommendation.audit, lang), 300))}*\n"
            f"*{recommendation.position + 1}.* {escape(truncate(recommendation.text, 2000))}"
        ),
        context(_boards(item, lang) + " · " + _responses_text(item.responses, lang)),
        section("\n".join(_action_lines(item, lang, today, most=FORM_ACTIONS, text_max=250))),
    ]
    if item.previous is not None:
        blocks.append(context(_previous(item.previous, lang)))
    if current is not None and conflict is None:
        who, at = _who_and_when(current)
        blocks.append(context(t("slack.follow_up.assessed_by", lang, user=who, when=at)))
    # What the form holds: what this user typed before a conflict, else what is saved.
    shown = conflict or current
    options = [option(assessment_label(a, lang), a) for a in ASSESSMENTS]
    radio: dict[str, Any] = {"type": "radio_buttons", "options": options}
    if shown is not None:
        radio["initial_option"] = next(o for o in options if o["value"] == shown.assessment)
    comment = text_element(shown and shown.comment, max_length=COMMENT_MAX, multiline=True)
    evidence = text_element(shown and shown.evidence, max_length=EVIDENCE_MAX, multiline=False)
    evidence_input = _input(
        EVIDENCE_BLOCK,
        t("slack.follow_up.evidence", lang),
        evidence,
        hint=t("slack.follow_up.evidence_hint", lang),
    )
    evidence_input["optional"] = True
    blocks += [
        _input(ASSESSMENT_BLOCK, t("slack.follow_up.assessment", lang), radio),
        _input(
            COMMENT_BLOCK,
            t("slack.follow_up.comment", lang),
            comment,
            hint=t("slack.follow_up.comment_hint", lang),
        ),
        evidence_input,
    ]
    return modal(
        t("slack.follow_up.modal_title", lang),
        blocks,
        callback_id=CallbackId.ASSESS,
        lang=lang,
        submit=t("slack.modal.save", lang),
        private_metadata=private_metadata,
    )


def audits_modal(
    round_ref: RoundRef, choices: list[AuditChoice], *, lang: str, private_metadata: str
) -> dict[str, Any]:
    """The organisation's audits, those in the round ticked: tick others to add them, untick
    one to take its recommendations out (those assessed stay)."""
    options = [
        option(
            f"{choice.audit.year or '–'} · {audit_name(choice.audit, lang)}", str(choice.audit.id)
        )
        for choice in choices
    ]
    select: dict[str, Any] = {
        "type": "multi_static_select",
        "placeholder": plain(t("slack.follow_up.audits_placeholder", lang)),
        "options": options,
    }
    ticked = [o for o, choice in zip(options, choices, strict=True) if choice.in_round]
    if ticked:
        select["initial_options"] = ticked
    chooser = _input(AUDITS_BLOCK, t("slack.follow_up.audits_label", lang), select)
    chooser["optional"] = True
    intro = t(
        "slack.follow_up.audits_intro",
        lang,
        organisation=escape(round_ref.organisation),
        year=round_ref.year,
    )
    return modal(
        t("slack.follow_up.audits_title", lang),
        [section(intro), chooser],
        callback_id=CallbackId.CHOOSE_AUDITS,
        lang=lang,
        submit=t("slack.modal.save", lang),
        private_metadata=private_metadata,
    )
