"""`revisorbot import matris.xlsx|matris.csv`: a follow-up matrix read back, what it changes
shown (first, with --dry-run), and what it could not apply said row by row."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import t
from bot.services.matrix_import import MatrixChange, MatrixImport, MatrixNote, import_matrix


@dataclass
class MatrixOutcome:
    path: Path
    report: MatrixImport | None = None
    error: str | None = None

    def notes(self, lang: str) -> list[dict]:
        notes = self.report.notes if self.report else []
        return [
            {"code": note.key.removeprefix("matrix.note."), "row": note.row}
            | {"message": note_text(note, lang)}
            for note in notes
        ]

    def as_json(self, lang: str) -> dict:
        """Like a document's entry (file, result, error, warnings), with the changes."""
        report = self.report
        return {
            "file": self.path.name,
            "result": "error" if self.error else "matrix",
            "error": self.error,
            "saved": bool(report and report.saved),
            "rows": report.rows if report else 0,
            "warnings": self.notes(lang),
            "changes": [_change_json(change) for change in report.changes] if report else [],
        }


def read_matrices(
    ctx: RequestContext, paths: list[Path], *, organisation: str | None, dry_run: bool
) -> list[MatrixOutcome]:
    """Each matrix in its own transaction: one that cannot be read changes nothing."""
    outcomes = []
    for path in paths:
        outcome = MatrixOutcome(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            outcome.error = t("import.not_found", ctx.lang, name=path.name)
        except (IsADirectoryError, PermissionError):
            outcome.error = t("import.no_access", ctx.lang, name=path.name)
        else:
            try:
                outcome.report = import_matrix(
                    ctx, data=data, filename=path.name, organisation=organisation, dry_run=dry_run
                )
            except UserFacingError as error:
                outcome.error = t(error.key, ctx.lang, **error.params)
        outcomes.append(outcome)
    return outcomes


def note_text(note: MatrixNote, lang: str) -> str:
    text = t(note.key, lang, **note.params)
    return text if note.row is None else t("cli.matrix.row", lang, row=note.row, text=text)


def print_matrix(outcome: MatrixOutcome, *, out: Console, err: Console, lang: str) -> None:
    report = outcome.report
    if outcome.error or report is None:
        err.print(f"[red]{escape(outcome.error or '')}[/red]")
        return
    name = outcome.path.name
    if not report.changes:
        out.print(t("cli.matrix.none", lang, name=name), markup=False)
    else:
        key = "cli.matrix.title" if report.saved else "cli.matrix.title_dry"
        out.print(
            _changes_table(report.changes, t(key, lang, name=name, count=len(report.changes)), lang)
        )
    for note in report.notes:
        err.print(f"[yellow]{escape(note_text(note, lang))}[/yellow]")


def _changes_table(changes: list[MatrixChange], title: str, lang: str) -> Table:
    table = Table(title=title, title_justify="left")
    for key in ("row", "audit", "recommendation", "what", "old", "new"):
        table.add_column(t(f"cli.matrix.col.{key}", lang), overflow="fold")
    for change in changes:
        what = (
            t(f"export.col.{change.field}", lang)
            if change.kind == "value"
            else t(f"cli.matrix.added.{change.kind}", lang)
        )
        table.add_row(
            str(change.row),
            escape(change.audit),
            escape(_short(change.recommendation)),
            what,
            escape(_short(change.old or "–")),
            escape(_short(change.new or "–")),
        )
    return table


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _change_json(change: MatrixChange) -> dict:
    return {
        "row": change.row,
        "kind": change.kind,
        "organisation": change.organisation,
        "audit": change.audit,
        "recommendation": change.recommendation,
        "field": change.field or None,
        "old": change.old,
        "new": change.new,
    }
