"""The follow-up matrix (uppföljningsmatris) as CSV or a formatted Excel workbook: a row per
recommendation with its responses, actions, due date, status, comment and last change.
bot/files/matrix_read.py reads it back.

The workbook has a second sheet with each audit's questions, their printed assessments and
the report's assessment texts; a CSV file holds one table, the matrix alone."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from typing import BinaryIO
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from bot.core.i18n import t
from bot.files.spreadsheet_text import looks_like_formula, quoted
from storage.read_models import ActionView, AssessmentRow, AuditRef, MatrixResponse, MatrixRow

FORMATS = ("csv", "xlsx")
# Each column's field (also what bot.files.matrix_read places a header as) and width in Excel.
COLUMNS = (
    ("organisation", 22),
    ("audit", 40),
    ("year", 7),
    ("recommendation", 60),
    ("addressees", 28),
    ("response_deadline", 14),
    ("response_received", 14),
    ("registry_number", 16),
    ("actions", 60),
    ("due", 14),
    ("status", 14),
    ("comment", 40),
    ("last_change", 18),
    # The recommendation's own id: a row whose text was edited is still found by it. Its
    # version: a file read back after the row changed in the bot is not allowed to undo that.
    ("id", 10),
    ("version", 10),
)
FIELDS = tuple(name for name, _ in COLUMNS)
_ASSESSMENT_COLUMNS = (
    ("organisation", 22),
    ("audit", 40),
    ("year", 7),
    ("number", 6),
    ("question", 60),
    ("label", 18),
    ("text", 90),
)


def audit_name(audit: AuditRef) -> str:
    """The audit as the matrix names it; an untitled one by its id ("#12 PwC")."""
    return audit.title or f"#{audit.id} {audit.audit_firm or ''}".strip()


def actions_text(actions: Sequence[ActionView], lang: str) -> str:
    lines = []
    for action in actions:
        status = t(f"status.action.{action.effective_status}", lang)
        when = f" ({action.timeline_text})" if action.timeline_text else ""
        lines.append(f"• {action.text}{when} – {status}")
    return "\n".join(lines)


def earliest_open_due(actions: Sequence[ActionView]) -> dt.date | None:
    dates = [a.due for a in actions if a.due is not None and a.effective_status != "done"]
    return min(dates) if dates else None


def _per_board(responses: Sequence[MatrixResponse], attribute: str) -> dt.date | str | None:
    """One date when the boards answering agree on it (a date Excel can sort); otherwise each
    board's, as text."""
    values = [(r.body, getattr(r, attribute)) for r in responses]
    if len({value for _, value in values}) <= 1:
        return values[0][1] if values else None
    return "; ".join(f"{body}: {value.isoformat() if value else '–'}" for body, value in values)


def last_change_cell(when: dt.datetime | None, tz: ZoneInfo) -> dt.datetime | None:
    """Local time to the minute, as the sheet shows it: what a re-import compares with."""
    if when is None:
        return None
    return when.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)


def cells(row: MatrixRow, lang: str, tz: ZoneInfo) -> dict[str, object]:
    """The row's value per field: dates stay dates so spreadsheets can sort and filter them."""
    rec = row.recommendation
    numbers = dict.fromkeys(r.registry_number for r in row.responses if r.registry_number)
    return {
        "organisation": rec.audit.organisation,
        "audit": audit_name(rec.audit),
        "year": rec.audit.year,
        "recommendation": rec.text,
        "addressees": ", ".join(rec.addressees),
        "response_deadline": _per_board(row.responses, "deadline"),
        "response_received": _per_board(row.responses, "received_on"),
        "registry_number": ", ".join(numbers) or None,
        "actions": actions_text(rec.actions, lang),
        "due": earliest_open_due(rec.actions),
        "status": t(f"status.recommendation.{rec.status}", lang),
        "comment": rec.comment,
        "last_change": last_change_cell(row.last_change, tz),
        "id": rec.id,
        "version": row.version,
    }


def matrix(rows: Iterable[MatrixRow], lang: str, tz: ZoneInfo) -> tuple[list[str], list[list]]:
    """Header and values, a list per row in the columns' order."""
    return _header(lang), [_values(row, lang, tz) for row in rows]


def _header(lang: str) -> list[str]:
    return [t(f"export.col.{name}", lang) for name in FIELDS]


def _values(row: MatrixRow, lang: str, tz: ZoneInfo) -> list:
    found = cells(row, lang, tz)
    return [found[name] for name in FIELDS]


def render(
    rows: Iterable[MatrixRow],
    *,
    fmt: str,
    lang: str,
    tz: ZoneInfo,
    assessments: Iterable[AssessmentRow] = (),
) -> bytes:
    """The file's bytes, for a small matrix (tests, the console's demo)."""
    buffer = io.BytesIO()
    write(rows, buffer, fmt=fmt, lang=lang, tz=tz, assessments=assessments)
    return buffer.getvalue()


def write(
    rows: Iterable[MatrixRow],
    out: BinaryIO,
    *,
    fmt: str,
    lang: str,
    tz: ZoneInfo,
    assessments: Iterable[AssessmentRow] = (),
) -> None:
    """Write the file to ``out`` as the rows come: a whole national workspace is 149,280 of
    them, never all held as cells (a formatted workbook of them took 1.4 GB) nor as the file's
    bytes (64 MB of CSV). ``assessments`` become the workbook's second sheet; a CSV file
    leaves them out."""
    header = _header(lang)
    values = (_values(row, lang, tz) for row in rows)
    if fmt == "csv":
        _csv(out, header, values)
    elif fmt == "xlsx":
        workbook = Workbook(write_only=True)
        _sheet(workbook, t("export.sheet_title", lang), COLUMNS, header, values)
        _sheet(
            workbook,
            t("export.assessments.sheet_title", lang),
            _ASSESSMENT_COLUMNS,
            [t(f"export.assessments.col.{name}", lang) for name, _ in _ASSESSMENT_COLUMNS],
            (_assessment_values(row) for row in assessments),
        )
        workbook.save(out)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def _assessment_values(row: AssessmentRow) -> list:
    audit = row.audit
    return [
        audit.organisation,
        audit_name(audit),
        audit.year,
        row.number,
        row.question,
        row.label,
        row.text,
    ]


def _csv(out: BinaryIO, header: list[str], values: Iterable[list]) -> None:
    # Excel opens a semicolon CSV with a BOM as UTF-8 in Swedish locales.
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in values:
        writer.writerow(
            [
                cell.strftime("%Y-%m-%d %H:%M")
                if isinstance(cell, dt.datetime)
                else cell.isoformat()
                if isinstance(cell, dt.date)
                else ""
                if cell is None
                else quoted(cell)
                if isinstance(cell, str)
                else cell
                for cell in row
            ]
        )
    text.flush()
    text.detach()


def _sheet(
    workbook: Workbook,
    title: str,
    columns: Sequence[tuple[str, int]],
    header: list[str],
    values: Iterable[list],
) -> None:
    """One sheet of the workbook: a frozen, filtered header row over the values, written as
    they come."""
    sheet = workbook.create_sheet(title)
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E78")
    heading = Alignment(vertical="center", wrap_text=True)
    sheet.append([_cell(sheet, name, font=bold, fill=fill, alignment=heading) for name in header])
    wrap = Alignment(wrap_text=True, vertical="top")
    count = 0
    for row in values:
        sheet.append([_cell(sheet, value, alignment=wrap) for value in row])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"


def _cell(sheet, value, **style) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    if isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, str) and looks_like_formula(value):
        # Text, with Excel's own leading apostrophe: shown as typed, not run, also once edited.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell
