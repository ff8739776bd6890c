"""The follow-up report (uppföljningsrapport) as a Word draft: a title page, a summary with the
assessments counted in all and per board, then per audit a table of its recommendations with
the board's response and actions, the assessment and the comment."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from bot.core.i18n import count, t
from bot.files import word
from bot.files.word import Column
from bot.rules.followup import ASSESSMENTS
from storage.followup import RoundItem, RoundRef
from storage.read_models import ActionView, AuditRef, ResponseView

NOT_ASSESSED = "not_assessed"
# Light tints of the traffic-light colours auditors use, behind an assessment.
SHADES = {
    "fixed": "E2F0D9",
    "partly_fixed": "FFF2CC",
    "not_fixed": "F8D7D3",
    "no_longer_relevant": "E7E6E6",
}


def assessment_text(assessment: str | None, lang: str) -> str:
    if assessment is None:
        return t("slack.follow_up.not_assessed", lang)
    return t(f"follow_up.assessment.{assessment}", lang)


def render(round_ref: RoundRef, items: Sequence[RoundItem], *, lang: str, today: dt.date) -> bytes:
    title = t("report.followup.title", lang)
    document = word.draft(
        lang=lang,
        title=title,
        organisation=round_ref.organisation,
        year=round_ref.year,
        today=today,
    )
    _summary(document, round_ref, items, lang)
    _audits(document, items, lang)
    word.heading(document, t("report.followup.method", lang), 1)
    word.paragraph(document, t("report.followup.method_text", lang, year_before=round_ref.year - 1))
    return word.to_bytes(document)


def _summary(document, round_ref: RoundRef, items: Sequence[RoundItem], lang: str) -> None:
    counts = Counter(item.current.assessment if item.current else NOT_ASSESSED for item in items)
    assessed = len(items) - counts[NOT_ASSESSED]
    word.heading(document, t("report.followup.summary", lang), 1)
    text = t(
        "report.followup.summary_text",
        lang,
        year=round_ref.year,
        recommendations=count("recommendations", len(items), lang),
        audits=count("audits", len({item.recommendation.audit.id for item in items}), lang),
        assessed=assessed,
    )
    if counts[NOT_ASSESSED]:
        text += " " + t("report.followup.pending", lang, n=counts[NOT_ASSESSED])
    word.paragraph(document, text)

    word.heading(document, t("report.followup.by_assessment", lang), 2)
    shown = [*ASSESSMENTS, NOT_ASSESSED]
    rows = [
        [
            assessment_text(None if key == NOT_ASSESSED else key, lang),
            str(counts[key]),
            f"{round(100 * counts[key] / len(items))} %" if items else "–",
        ]
        for key in shown
    ]
    rows.append([t("report.col.total", lang), str(len(items)), "100 %" if items else "–"])
    table = word.table(
        document,
        [
            Column(t("report.col.assessment", lang), 7.0),
            Column(t("report.col.count", lang), 2.5),
            Column(t("report.col.share", lang), 2.5),
        ],
        rows,
    )
    word.right_aligned(table, 1)
    word.right_aligned(table, 2)
    for row, key in zip(table.rows[1:], shown, strict=False):
        if key in SHADES:
            word.shade(row.cells[0], SHADES[key])

    word.heading(document, t("report.followup.by_board", lang), 2)
    per_board: dict[str, Counter] = {}
    for item in items:
        key = item.current.assessment if item.current else NOT_ASSESSED
        for board in item.boards or ("–",):
            per_board.setdefault(board, Counter())[key] += 1
    columns = [Column(t("report.col.board", lang), 4.0)]
    columns += [Column(assessment_text(key, lang), 2.0) for key in ASSESSMENTS]
    columns += [Column(assessment_text(None, lang), 2.0), Column(t("report.col.total", lang), 2.0)]
    board_rows = [
        [board, *(str(counted[key]) for key in shown), str(sum(counted.values()))]
        for board, counted in sorted(per_board.items(), key=lambda pair: word.board_order(pair[0]))
    ]
    table = word.table(document, columns, board_rows)
    for column in range(1, len(columns)):
        word.right_aligned(table, column)


def _audits(document, items: Sequence[RoundItem], lang: str) -> None:
    word.heading(document, t("report.followup.audits", lang), 1)
    by_audit: dict[int, list[RoundItem]] = {}
    for item in items:
        by_audit.setdefault(item.recommendation.audit.id, []).append(item)
    for audit_items in by_audit.values():
        audit = audit_items[0].recommendation.audit
        word.heading(document, audit_heading(audit, lang), 2)
        word.paragraph(document, _audit_facts(audit, audit_items[0].responses, lang))
        rows = [
            [
                f"{item.recommendation.position + 1}. {item.recommendation.text}",
                ", ".join(item.boards),
                _response_cell(item, lang),
                _assessment_cell(item, lang),
                _comment_cell(item, lang),
            ]
            for item in audit_items
        ]
        table = word.table(
            document,
            [
                # Wide enough for "utbildningsnämnden", "Assessment" and a comment of a few lines.
                Column(t("report.col.recommendation", lang), 3.5),
                Column(t("report.col.board", lang), 3.3),
                Column(t("report.col.response", lang), 3.6),
                Column(t("report.col.assessment", lang), 2.3),
                Column(t("report.col.comment", lang), 3.3),
            ],
            rows,
        )
        for row, item in zip(table.rows[1:], audit_items, strict=True):
            if item.current is not None:
                word.shade(row.cells[3], SHADES[item.current.assessment])


def audit_heading(audit: AuditRef, lang: str) -> str:
    """An audit as a heading or a table names it: its title and year."""
    name = audit.title or t("slack.audit.untitled", lang, details=f"#{audit.id}")
    return f"{name} ({audit.year})" if audit.year else name


def _audit_facts(audit: AuditRef, responses: Sequence[ResponseView], lang: str) -> str:
    facts = []
    if audit.report_date:
        facts.append(t("report.followup.audit_facts", lang, date=word.iso(audit.report_date)))
    if audit.audit_firm:
        facts.append(audit.audit_firm)
    answered = [_response_line(response, lang) for response in responses]
    facts.append("; ".join(answered) if answered else t("report.no_response", lang))
    return ". ".join(fact.rstrip(".") for fact in facts) + "."


def _response_line(response: ResponseView, lang: str) -> str:
    line = t("report.response", lang, body=response.body, date=word.iso(response.decision_date))
    return f"{line} ({response.registry_number})" if response.registry_number else line


def _action_line(action: ActionView, lang: str) -> str:
    parts = [action.text]
    if action.timeline_text:
        parts.append(action.timeline_text)
    elif action.due:
        parts.append(word.iso(action.due))
    parts.append(t(f"status.action.{action.effective_status}", lang))
    return "• " + " – ".join(parts)


def _response_cell(item: RoundItem, lang: str) -> str:
    answered = [
        _response_line(r, lang) for r in item.responses if not item.boards or r.body in item.boards
    ]
    actions = [_action_line(a, lang) for a in item.recommendation.actions]
    lines = answered or [t("report.no_response", lang)]
    return "\n".join([*lines, *(actions or [t("report.no_actions", lang)])])


def _assessment_cell(item: RoundItem, lang: str) -> list[tuple[str, bool]]:
    lines = [(assessment_text(item.current.assessment if item.current else None, lang), True)]
    if item.previous is not None:
        previous = assessment_text(item.previous.assessment, lang)
        lines.append(
            (t("report.previous", lang, year=item.previous.year, assessment=previous), False)
        )
    return lines


def _comment_cell(item: RoundItem, lang: str) -> str:
    if item.current is None:
        return ""
    lines = [item.current.comment or ""]
    if item.current.evidence:
        lines.append(t("report.evidence", lang, evidence=item.current.evidence))
    return "\n".join(lines)
