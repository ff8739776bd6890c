"""The follow-up matrix (uppföljningsmatris) as CSV or a formatted Excel workbook."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from bot.i18n import t
from storage.read_models import ActionView, FollowUpRow

FORMATS = ("csv", "xlsx")
_COLUMNS = (
    ("organisation", 22),
    ("audit", 40),
    ("year", 7),
    ("recommendation", 60),
    ("addressees", 28),
    ("actions", 60),
    ("due", 14),
    ("status", 14),
    ("last_change", 18),
)


def _audit_name(row: FollowUpRow) -> str:
    audit = row.recommendation.audit
    return audit.title or f"#{audit.id} {audit.audit_firm or ''}".strip()


def _actions_text(actions: Sequence[ActionView], lang: str) -> str:
    lines = []
    for action in actions:
        status = t(f"status.action.{action.effective_status}", lang)
        when = f" ({action.timeline_text})" if action.timeline_text else ""
        lines.append(f"• {action.text}{when} – {status}")
    return "\n".join(lines)


def _earliest_open_due(actions: Sequence[ActionView]) -> dt.date | None:
    dates = [a.due for a in actions if a.due is not None and a.effective_status != "done"]
    return min(dates) if dates else None


def matrix(rows: Sequence[FollowUpRow], lang: str, tz: ZoneInfo) -> tuple[list[str], list[list]]:
    """Header and values: dates stay dates so spreadsheets can sort and filter them."""
    header = [t(f"export.col.{name}", lang) for name, _ in _COLUMNS]
    values = []
    for row in rows:
        rec = row.recommendation
        values.append(
            [
                rec.audit.organisation,
                _audit_name(row),
                rec.audit.year,
                rec.text,
                ", ".join(rec.addressees),
                _actions_text(rec.actions, lang),
                _earliest_open_due(rec.actions),
                t(f"status.recommendation.{rec.status}", lang),
                row.last_change.astimezone(tz).replace(tzinfo=None) if row.last_change else None,
            ]
        )
    return header, values


def write(rows: Sequence[FollowUpRow], path: Path, *, fmt: str, lang: str, tz: ZoneInfo) -> None:
    path.write_bytes(render(rows, fmt=fmt, lang=lang, tz=tz))


def render(rows: Sequence[FollowUpRow], *, fmt: str, lang: str, tz: ZoneInfo) -> bytes:
    header, values = matrix(rows, lang, tz)
    if fmt == "csv":
        return _csv(header, values)
    if fmt == "xlsx":
        return _xlsx(header, values, lang)
    raise ValueError(f"unknown format {fmt!r}")


def _csv(header: list[str], values: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
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
                else cell
                for cell in row
            ]
        )
    # Excel opens a semicolon CSV with a BOM as UTF-8 in Swedish locales.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _xlsx(header: list[str], values: list[list], lang: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = t("export.sheet_title", lang)
    sheet.append(header)
    for row in values:
        sheet.append(row)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E78")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for index, (_, width) in enumerate(_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
