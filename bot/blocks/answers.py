"""The answers of `/revision` as Block Kit: pure functions of domain objects, language and today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from bot.blocks.common import (
    Block,
    Paging,
    Rendered,
    action_status_select,
    actions,
    button,
    chunked_sections,
    context,
    divider,
    header,
    mark_received_button,
    mention,
    range_label,
    recommendation_status_select,
    section,
)
from bot.blocks.ids import ActionId
from bot.blocks.reminders import milestone_label
from bot.blocks.state import block_id
from bot.blocks.text import (
    ACTION_STATUS_MARKERS,
    RECOMMENDATION_STATUS_MARKERS,
    SCALE_MARKERS,
    UNKNOWN_SCALE_MARKER,
    audit_label,
    audit_name,
    escape,
    truncate,
    when,
)
from bot.core.i18n import format_date, format_due, t
from bot.core.locales.sv import MESSAGES as _SV
from bot.rules.matching import Target
from bot.rules.reminders import FollowUp
from bot.rules.subcommands import ENGLISH, Subcommand
from bot.rules.yearwheel import MilestoneOccurrence
from storage.read_models import (
    ActionView,
    AuditDetail,
    AuditRef,
    AuditSummary,
    ChangeView,
    DueItem,
    OrganisationRef,
    Page,
    RecommendationView,
    ResponseRequestView,
    ResponseView,
    SearchHit,
)

# Long texts are cut in lists; `visa` shows them whole (up to Slack's limit).
LIST_TEXT_MAX = 600
HELP_ORDER = [sub for sub in Subcommand if sub is not Subcommand.HELP] + [Subcommand.HELP]


def help_blocks(lang: str) -> Rendered:
    blocks: list[Block] = [
        header(t("slack.help.title", lang)),
        section(t("slack.help.intro", lang)),
    ]
    for sub in HELP_ORDER:
        name, alias = (sub.value, ENGLISH[sub]) if lang == "sv" else (ENGLISH[sub], sub.value)
        blocks.append(
            section(
                t(f"slack.help.{ENGLISH[sub]}", lang, name=name)
                + "  "
                + t("slack.help.alias", lang, alias=alias)
            )
        )
    return Rendered(t("slack.help.title", lang), blocks)


# -- one audit ---------------------------------------------------------------------------


def audit_blocks(
    detail: AuditDetail, *, lang: str, today: dt.date, origin: str | None, controls: bool
) -> Rendered:
    audit = detail.audit
    blocks: list[Block] = [header(audit_name(audit, lang)), context(_audit_facts(detail, lang))]
    if detail.purpose and not audit.title:
        blocks.append(section(f"*{t('slack.audit.purpose', lang)}*\n{escape(detail.purpose)}"))
    if detail.overall_assessment:
        blocks.append(
            section(f"*{t('slack.audit.overall', lang)}*\n{escape(detail.overall_assessment)}")
        )
    if detail.questions:
        lines = [
            _question_line(q.number, q.text, q.assessment_label, q.assessment_scale, lang)
            for q in detail.questions
        ]
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


def _question_line(
    number: str | None, text: str, label: str | None, scale: str | None, lang: str
) -> str:
    prefix = f"{escape(number)}. " if number else ""
    if label is None:
        return f"• {prefix}{escape(text)}"
    marker = SCALE_MARKERS.get(scale or "", UNKNOWN_SCALE_MARKER)
    return f"{marker} *{escape(label)}* — {prefix}{escape(text)}"


def _response_blocks(
    detail: AuditDetail, *, lang: str, today: dt.date, origin: str | None, controls: bool
) -> list[Block]:
    responses = {response.body: response for response in detail.responses}
    blocks = [
        request_section(
            request,
            responses.get(request.body),
            lang=lang,
            today=today,
            origin=origin,
            controls=controls,
        )
        for request in detail.response_requests
    ]
    asked = {request.body for request in detail.response_requests}
    for response in detail.responses:
        if response.body not in asked:
            blocks.append(
                section(
                    f":white_check_mark: *{escape(response.body)}* — "
                    + _response_facts(response, lang)
                )
            )
    if not blocks:
        blocks.append(context(t("slack.audit.no_request", lang)))
    return blocks


def _response_facts(response: ResponseView, lang: str) -> str:
    facts = []
    if response.decision_date:
        facts.append(
            t("slack.response.decided", lang, date=format_date(response.decision_date, lang))
        )
    if response.registry_number:
        facts.append(escape(response.registry_number))
    facts.append(t("slack.response.actions", lang, n=response.action_count))
    return ", ".join(facts)


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
            text += " · " + _response_facts(response, lang)
        return section(text, block_id=block_id(f"rr{request.id}", origin))
    marker = ":warning:" if request.deadline < today else ":hourglass_flowing_sand:"
    text = f"{marker} *{body}* — " + t("slack.response.due", lang, deadline=deadline)
    accessory = mark_received_button(request.id, lang) if controls else None
    return section(text, accessory=accessory, block_id=block_id(f"rr{request.id}", origin))


# -- list items ----------------------------------------------------------------------------


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
    who = action.board or action.responding_body
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


# -- the lists -----------------------------------------------------------------------------


def due_blocks(
    items: Page[DueItem],
    *,
    title: str,
    empty: str,
    lang: str,
    today: dt.date,
    origin: str | None,
    controls: bool,
) -> Rendered:
    blocks: list[Block] = [header(title)]
    if not items.items:
        blocks.append(section(empty))
    elif items.number > 1 or items.has_next:
        blocks.append(context(range_label(items, lang)))
    blocks += [
        due_section(item, lang=lang, today=today, origin=origin, controls=controls)
        for item in items.items
    ]
    return Rendered(title, blocks, Paging.of(items))


def audits_blocks(
    summaries: Page[AuditSummary],
    *,
    organisation: OrganisationRef | None,
    year: int | None,
    lang: str,
    today: dt.date,
) -> Rendered:
    scope = " ".join(
        filter(None, [organisation.name if organisation else None, str(year) if year else None])
    )
    title = t("slack.audits.title", lang) + (f" – {scope}" if scope else "")
    blocks: list[Block] = [header(title)]
    if not summaries.items:
        blocks.append(section(t("slack.audits.none", lang)))
    elif summaries.number > 1 or summaries.has_next:
        blocks.append(context(range_label(summaries, lang)))
    for summary in summaries.items:
        audit = summary.audit
        facts = [escape(audit.organisation)]
        if audit.audit_firm:
            facts.append(escape(audit.audit_firm))
        if audit.year:
            facts.append(str(audit.year))
        facts.append(
            t(
                "slack.audits.counts",
                lang,
                n=summary.recommendation_count,
                open=summary.open_recommendation_count,
            )
        )
        if summary.next_deadline:
            facts.append(
                t(
                    "slack.audits.next_deadline",
                    lang,
                    deadline=format_due(summary.next_deadline, today, "day", lang),
                )
            )
        blocks.append(
            section(
                f"*{escape(audit_name(audit, lang))}*\n" + " · ".join(facts),
                accessory=button(t("slack.button.show", lang), ActionId.OPEN_AUDIT, str(audit.id)),
            )
        )
    return Rendered(title, blocks, Paging.of(summaries))


def target_label(target: Target) -> str:
    """ "Socialnämnden (Knivsta kommun, Vallentuna kommun)", or the organisation's name."""
    if target.organisation is not None and not target.bodies:
        return target.organisation.name
    names = ", ".join(dict.fromkeys(body.name for body in target.bodies))
    organisations = ", ".join(dict.fromkeys(body.organisation for body in target.bodies))
    return f"{names} ({organisations})"


def _grouped_by_audit(items: Sequence, render: Callable[..., Block], lang: str) -> list[Block]:
    """Items under a line naming their audit, repeated whenever the audit changes."""
    blocks: list[Block] = []
    current: AuditRef | None = None
    for item in items:
        if current is None or item.audit.id != current.id:
            current = item.audit
            name = escape(audit_name(current, lang))
            blocks.append(
                context(
                    f":page_facing_up: *{escape(current.organisation)}*: {name} (#{current.id})"
                )
            )
        blocks.append(render(item))
    return blocks


class _ItemRenderer:
    """Draws recommendations and actions the same way in every list."""

    def __init__(self, *, lang: str, today: dt.date, origin: str | None, controls: bool) -> None:
        self.lang, self.today, self.origin, self.controls = lang, today, origin, controls

    def recommendation(self, recommendation: RecommendationView) -> Block:
        return recommendation_section(
            recommendation,
            lang=self.lang,
            origin=self.origin,
            controls=self.controls,
            with_audit=False,
            text_max=LIST_TEXT_MAX,
        )

    def action(self, action: ActionView) -> Block:
        return action_section(
            action,
            lang=self.lang,
            today=self.today,
            origin=self.origin,
            controls=self.controls,
            with_audit=False,
            text_max=LIST_TEXT_MAX,
        )


def recommendations_blocks(
    target: Target,
    recommendations: Page[RecommendationView],
    *,
    lang: str,
    today: dt.date,
    origin: str | None,
    controls: bool,
) -> Rendered:
    title = t("slack.recs.title", lang, target=target_label(target))
    blocks: list[Block] = [header(title)]
    if not recommendations.items:
        blocks.append(section(t("slack.recs.none", lang)))
    elif recommendations.number > 1 or recommendations.has_next:
        blocks.append(context(range_label(recommendations, lang)))
    renderer = _ItemRenderer(lang=lang, today=today, origin=origin, controls=controls)
    blocks += _grouped_by_audit(recommendations.items, renderer.recommendation, lang)
    return Rendered(title, blocks, Paging.of(recommendations))


def _how_many(page: Page, lang: str) -> str:
    """ "12" for a list that fits one page, else which of its items this page shows."""
    if page.number == 1 and not page.has_next:
        return str(len(page.items))
    return range_label(page, lang)


def open_blocks(
    target: Target,
    recommendations: Page[RecommendationView],
    actions: Page[ActionView],
    *,
    paging: Paging,
    lang: str,
    today: dt.date,
    origin: str | None,
    controls: bool,
) -> Rendered:
    """Page n of both lists: the same stretch of each, so Nästa moves both on."""
    title = t("slack.open.title", lang, target=target_label(target))
    blocks: list[Block] = [header(title)]
    if not recommendations.items and not actions.items:
        blocks.append(section(t("slack.open.none", lang)))
        return Rendered(title, blocks, paging)
    renderer = _ItemRenderer(lang=lang, today=today, origin=origin, controls=controls)
    heading = t("slack.open.recommendations", lang, n=_how_many(recommendations, lang))
    blocks.append(section(f"*{heading}*"))
    blocks += _grouped_by_audit(recommendations.items, renderer.recommendation, lang)
    heading = t("slack.open.actions", lang, n=_how_many(actions, lang))
    blocks += [divider(), section(f"*{heading}*")]
    blocks += _grouped_by_audit(actions.items, renderer.action, lang)
    return Rendered(title, blocks, paging)


def actions_blocks(
    audit: AuditRef,
    audit_actions: Sequence[ActionView],
    *,
    lang: str,
    today: dt.date,
    origin: str | None,
    controls: bool,
) -> Rendered:
    title = t("slack.actions.title", lang, audit=audit_label(audit, lang))
    blocks: list[Block] = [header(title)]
    if not audit_actions:
        blocks.append(section(t("slack.actions.none", lang)))
    body = None
    for action in audit_actions:
        if action.responding_body != body:
            body = action.responding_body
            blocks.append(context(t("slack.actions.from", lang, body=escape(body))))
        blocks.append(
            action_section(
                action, lang=lang, today=today, origin=origin, controls=controls, with_audit=False
            )
        )
    return Rendered(title, blocks)


def search_blocks(query: str, hits: Sequence[SearchHit], *, lang: str) -> Rendered:
    title = t("slack.search.title", lang, query=query)
    blocks: list[Block] = [header(title)]
    if not hits:
        blocks.append(section(t("slack.search.none", lang)))
    for hit in hits:
        kind = t(f"slack.search.kind.{hit.kind}", lang)
        blocks.append(
            section(
                f"*{kind}:* {escape(truncate(hit.text, LIST_TEXT_MAX))}\n"
                f"_{escape(audit_label(hit.audit, lang))}_",
                accessory=button(
                    t("slack.button.show", lang), ActionId.OPEN_AUDIT, str(hit.audit.id)
                ),
            )
        )
    return Rendered(title, blocks)


# -- history -----------------------------------------------------------------------------


def _slack_time(moment: dt.datetime, lang: str) -> str:
    """Shown in each reader's own time zone by Slack; the fallback is UTC."""
    stamp = int(moment.timestamp())
    fallback = moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{stamp}^{{date_short_pretty}} {{time}}|{fallback}>"


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
    if field == "received_on":
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            pass
    return escape(truncate(value, 200))


def _subject(change: ChangeView, names: dict[tuple[str, int], str], lang: str) -> str:
    kind = t(f"slack.history.entity.{change.entity}", lang)
    name = names.get((change.entity, change.entity_id))
    return f"{kind} ”{escape(truncate(name, 80))}”" if name else kind


def history_blocks(detail: AuditDetail, changes: Sequence[ChangeView], *, lang: str) -> Rendered:
    audit = detail.audit
    title = t("slack.history.title", lang, audit=audit_name(audit, lang))
    blocks: list[Block] = [header(title), context(escape(audit_label(audit, lang)))]
    if not changes:
        blocks.append(section(t("slack.history.none", lang)))
    names: dict[tuple[str, int], str] = {}
    for rec in detail.recommendations:
        names[("recommendation", rec.id)] = rec.text
    for action in detail.actions:
        names[("action", action.id)] = action.text
    for request in detail.response_requests:
        names[("response_request", request.id)] = request.body
    for change in changes:
        when = _slack_time(change.changed_at, lang)
        who = _actor(change.actor, lang)
        if change.field in ("import", "import_attached"):
            what = t(f"slack.history.{change.field}", lang, document=escape(change.new_value or ""))
        else:
            what = t(
                "slack.history.changed",
                lang,
                subject=_subject(change, names, lang),
                old=_value(change.field, change.old_value, lang),
                new=_value(change.field, change.new_value, lang),
            )
        blocks.append(section(f"{what}\n{when} · {who}"))
    return Rendered(title, blocks)


# -- the auditors' year ------------------------------------------------------------------


def year_blocks(
    organisation: OrganisationRef,
    items: Sequence[MilestoneOccurrence | FollowUp],
    off: Sequence[MilestoneOccurrence] = (),
    *,
    lang: str,
    today: dt.date,
    origin: str | None = None,
    controls: bool = False,
) -> Rendered:
    """The year ahead; editors get "Ändra" on each milestone, turned-off ones included."""
    title = t("slack.year.title", lang, organisation=organisation.name)  # plain text
    blocks: list[Block] = [header(title)]
    if not items:
        blocks.append(section(t("slack.year.none", lang)))

    def edit(item: MilestoneOccurrence) -> Block | None:
        if not controls:
            return None
        value = f"{item.organisation_id}:{item.kind}"
        return button(t("slack.year.edit", lang), ActionId.EDIT_MILESTONE, value)

    for item in items:
        when = f"*{format_due(item.due, today, 'day', lang)}*"
        if isinstance(item, FollowUp):
            what = t(
                "slack.year.followup",
                lang,
                audit=escape(truncate(item.row.audit_title or f"#{item.row.audit_id}", 200)),
                answered=format_date(item.row.answered_on, lang),
            )
            blocks.append(section(f"{when}\n{what}"))
        else:
            blocks.append(
                section(
                    f"{when}\n{milestone_label(item, lang)}",
                    accessory=edit(item),
                    block_id=block_id(f"ms_{item.kind}_{item.due.isoformat()}", origin),
                )
            )
    for item in off:
        blocks.append(
            section(
                t("slack.year.off", lang, what=milestone_label(item, lang)),
                accessory=edit(item),
                block_id=block_id(f"ms_{item.kind}_off", origin),
            )
        )
    if controls:
        add = button(t("slack.year.add", lang), ActionId.ADD_MILESTONE, str(organisation.id))
        blocks.append(actions(add, block_id=block_id("ms_add", origin)))
    blocks.append(context(t("slack.year.change", lang)))
    return Rendered(title, blocks)
