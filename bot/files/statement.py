"""The basis for the audit statement (underlag till revisionsberättelse) as a Word draft: an
overview per board, then per board the year's audits, the responses and their delays, the
recommendations with their latest follow-up, and the actions past their timeline."""

from __future__ import annotations

import datetime as dt

from docx.table import Table

from bot.core.i18n import t
from bot.files import word
from bot.files.followup_report import SHADES, assessment_text, audit_heading
from bot.files.word import Column
from storage.statement import BoardBasis, OwedResponse, StatementBasis

OVERALL_MAX = 1200


def is_late(response: OwedResponse, as_of: dt.date) -> bool:
    if response.received_on is None:
        return response.deadline < as_of
    return response.received_on > response.deadline


def delay_text(response: OwedResponse, as_of: dt.date, lang: str) -> str:
    if response.received_on is not None:
        days = (response.received_on - response.deadline).days
        return (
            t("report.statement.late", lang, n=days)
            if days > 0
            else t("report.statement.on_time", lang)
        )
    if response.deadline < as_of:
        return t("report.statement.missing_late", lang, n=(as_of - response.deadline).days)
    return t("report.statement.missing", lang)


def render(basis: StatementBasis, *, lang: str, today: dt.date) -> bytes:
    title = t("report.statement.title", lang)
    document = word.draft(
        lang=lang, title=title, organisation=basis.organisation, year=basis.year, today=today
    )
    boards = sorted(basis.boards, key=lambda b: word.board_order(b.board))
    word.heading(document, t("report.statement.overview", lang), 1)
    word.paragraph(document, t("report.statement.as_of", lang, date=word.iso(basis.as_of)))
    overview = word.table(
        document,
        [
            Column(t("report.col.board", lang), 4.0),
            Column(t("report.statement.col.audits", lang, year=basis.year), 3.0),
            Column(t("report.statement.col.late", lang), 3.0),
            Column(t("report.statement.col.recommendations", lang), 3.0),
            Column(t("report.statement.col.overdue", lang), 3.0),
        ],
        [
            [
                board.board,
                str(len(board.audits)),
                str(sum(is_late(r, basis.as_of) for r in board.responses)),
                str(len(board.recommendations)),
                str(len(board.overdue_actions)),
            ]
            for board in boards
        ],
    )
    for column in range(1, 5):
        word.right_aligned(overview, column)
    for board in boards:
        _board(document, board, basis, lang)
    document.add_paragraph()  # Word wants the body to end in a paragraph, not a table
    return word.to_bytes(document)


def _board(document, board: BoardBasis, basis: StatementBasis, lang: str) -> None:
    word.heading(document, board.board, 1)
    none = t("report.none", lang)
    _part(
        document,
        t("report.statement.audits", lang),
        [
            Column(t("report.col.audit", lang), 5.0),
            Column(t("report.statement.col.report_date", lang), 2.4),
            Column(t("report.statement.col.overall", lang), 8.6),
        ],
        [
            [
                audit_heading(entry.audit, lang),
                word.iso(entry.audit.report_date),
                _cut(entry.overall_assessment or "–", OVERALL_MAX),
            ]
            for entry in board.audits
        ],
        empty=t("report.statement.no_audits", lang, year=basis.year),
    )
    _part(
        document,
        t("report.statement.responses", lang),
        [
            Column(t("report.col.audit", lang), 6.4),
            Column(t("report.statement.col.deadline", lang), 2.4),
            Column(t("report.statement.col.received", lang), 2.4),
            Column(t("report.statement.col.delay", lang), 4.8),
        ],
        [
            [
                audit_heading(response.audit, lang),
                word.iso(response.deadline),
                word.iso(response.received_on),
                delay_text(response, basis.as_of, lang),
            ]
            for response in board.responses
        ],
        empty=none,
    )
    table = _part(
        document,
        t("report.statement.recommendations", lang),
        [
            Column(t("report.col.audit", lang), 3.6),
            Column(t("report.col.recommendation", lang), 5.6),
            Column(t("report.statement.col.latest", lang), 2.6),
            Column(t("report.col.comment", lang), 4.2),
        ],
        [
            [
                audit_heading(entry.recommendation.audit, lang),
                f"{entry.recommendation.position + 1}. {entry.recommendation.text}",
                (
                    f"{assessment_text(entry.latest.assessment, lang)} ({entry.latest.year})"
                    if entry.latest
                    else t("report.statement.not_followed_up", lang)
                ),
                (entry.latest.comment or "") if entry.latest else "",
            ]
            for entry in board.recommendations
        ],
        empty=none,
    )
    if table is not None:
        for row, entry in zip(table.rows[1:], board.recommendations, strict=True):
            if entry.latest is not None:
                word.shade(row.cells[2], SHADES[entry.latest.assessment])
    _part(
        document,
        t("report.statement.overdue", lang),
        [
            Column(t("report.statement.col.action", lang), 5.6),
            Column(t("report.col.audit", lang), 3.8),
            Column(t("report.statement.col.timeline", lang), 2.4),
            Column(t("report.statement.col.status", lang), 2.0),
            Column(t("report.statement.col.overdue_since", lang), 2.2),
        ],
        [
            [
                action.text,
                audit_heading(action.audit, lang),
                action.timeline_text or word.iso(action.due),
                t(f"status.action.{action.effective_status}", lang),
                t("report.statement.days", lang, n=(basis.as_of - action.due).days)
                if action.due
                else "–",
            ]
            for action in board.overdue_actions
        ],
        empty=none,
    )


def _part(
    document, heading: str, columns: list[Column], rows: list[list[object]], *, empty: str
) -> Table | None:
    """A heading, then its table, or a line saying there is nothing."""
    word.heading(document, heading, 2)
    if not rows:
        word.paragraph(document, empty)
        return None
    return word.table(document, columns, rows)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
