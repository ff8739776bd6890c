"""The answers of `/revision` as Block Kit: pure functions of domain objects, language and today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from bot.blocks.audit import audit_blocks, history_blocks
from bot.blocks.common import (
    Block,
    Message,
    Paging,
    Rendered,
    actions,
    button,
    context,
    divider,
    header,
    paged_message,
    range_label,
    section,
)
from bot.blocks.followup import round_blocks
from bot.blocks.ids import ActionId
from bot.blocks.items import LIST_TEXT_MAX, action_section, due_section, recommendation_section
from bot.blocks.mrkdwn import shorten
from bot.blocks.reminders import milestone_label
from bot.blocks.state import ViewState, block_id
from bot.blocks.text import (
    audit_label,
    audit_name,
    escape,
    excerpt,
    highlight,
    truncate,
)
from bot.core.i18n import count, format_date, format_due, t
from bot.rules.matching import Target
from bot.rules.reminder_types import FollowUp
from bot.rules.subcommands import ENGLISH, Subcommand
from bot.rules.yearwheel import MilestoneOccurrence
from bot.services import followup, lookups
from storage.read_models import (
    ActionView,
    AuditDetail,
    AuditRef,
    AuditSummary,
    DueItem,
    OrganisationRef,
    Page,
    RecommendationView,
    SearchHit,
)

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
                recommendations=count("recommendations", summary.recommendation_count, lang),
                open=count("open", summary.open_recommendation_count, lang),
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


# A passage runs to paragraphs: the stretch around the word found, and its headings.
EXCERPT_MAX = 400
HEADINGS_MAX = 200


def search_blocks(
    query: str, hits: Sequence[SearchHit], *, lang: str, terms: Sequence[str] = ()
) -> Rendered:
    title = t("slack.search.title", lang, query=query)
    blocks: list[Block] = [header(title)]
    if not hits:
        blocks.append(section(t("slack.search.none", lang)))
    for hit in hits:
        blocks.append(
            section(
                _hit_text(hit, terms, lang),
                accessory=button(
                    t("slack.button.show", lang), ActionId.OPEN_AUDIT, str(hit.audit.id)
                ),
            )
        )
    return Rendered(title, blocks)


def _hit_text(hit: SearchHit, terms: Sequence[str], lang: str) -> str:
    """What was found, where: a passage's kind, page ("s. 12") and headings above its words."""
    audit = f"_{escape(audit_label(hit.audit, lang))}_"
    if hit.kind != "passage":
        kind = t(f"slack.search.kind.{hit.kind}", lang)
        found = highlight(escape(excerpt(hit.text, terms, LIST_TEXT_MAX)), terms)
        return f"*{kind}:* {found}\n{audit}"
    kind = t(f"slack.search.passage.{hit.passage_kind or 'other'}", lang)
    where = [f"*{kind}*"]
    if hit.page is not None:
        where.append(t("slack.search.page", lang, page=hit.page))
    if hit.headings:
        where.append(escape(shorten(" › ".join(hit.headings), HEADINGS_MAX)))
    found = highlight(escape(excerpt(hit.text, terms, EXCERPT_MAX)), terms)
    return f"{' · '.join(where)}\n{found}\n{audit}"


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


def answer_blocks(
    found: lookups.Found, *, lang: str, today: dt.date, origin: str | None, controls: bool
) -> Rendered:
    """Any lookup's answer (bot.services.lookups.look_up) as Block Kit."""
    drawn = {"lang": lang, "today": today, "origin": origin, "controls": controls}
    match found:
        case lookups.Help():
            return help_blocks(lang)
        case lookups.DueList(days=None, items=items):
            title, empty = t("slack.overdue.title", lang), t("slack.overdue.none", lang)
            return due_blocks(items, title=title, empty=empty, **drawn)
        case lookups.DueList(days=days, items=items):
            title = t("slack.deadlines.title", lang, days=days)
            empty = t("slack.deadlines.none", lang, days=days)
            return due_blocks(items, title=title, empty=empty, **drawn)
        case lookups.AuditList():
            return audits_blocks(
                found.audits,
                organisation=found.organisation,
                year=found.year,
                lang=lang,
                today=today,
            )
        case AuditDetail():
            return audit_blocks(found, **drawn)
        case lookups.Recommendations():
            return recommendations_blocks(found.target, found.recommendations, **drawn)
        case lookups.OpenItems(target=target, items=both):
            paging = Paging(both.number, both.has_next, both.pages)
            return open_blocks(target, both.recommendations, both.actions, paging=paging, **drawn)
        case lookups.SearchHits():
            return search_blocks(found.text, found.hits, lang=lang, terms=found.terms)
        case lookups.AuditHistory():
            return history_blocks(found.detail, found.changes, lang=lang, deleted=found.deleted)
        case lookups.YearAhead():
            return year_blocks(found.organisation, found.items, found.off, **drawn)
        case lookups.AuditActions():
            return actions_blocks(found.audit, found.actions, **drawn)
        case followup.Round():
            return round_blocks(found, **drawn)
    raise TypeError(f"no drawing for {type(found).__name__}")


def answer_message(
    found: lookups.Found,
    state: ViewState,
    *,
    lang: str,
    today: dt.date,
    controls: bool,
    shared_by: str | None = None,
) -> Message:
    """One page of the answer as a message; private answers carry paging, sharing and, for
    editors, the controls that change data (a shared one carries none)."""
    rendered = answer_blocks(
        found,
        lang=lang,
        today=today,
        origin=None if shared_by else state.encode(),
        controls=controls and shared_by is None,
    )
    return paged_message(rendered, state=state, lang=lang, shared_by=shared_by)
