"""`revisorbot import PATH…`: read reports and responses, show what was found, save them."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from bot.core.context import RequestContext
from bot.core.i18n import count, t
from bot.services.importing import preview_bytes, save, sha256_of
from ingest.errors import UnreadableDocument
from ingest.messages import describe
from ingest.schema import Extraction
from storage.errors import StorageError


@dataclass
class FileOutcome:
    path: Path
    extraction: Extraction | None = None
    sha256: str = ""
    error: str | None = None
    result: str = ""
    audit_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "file": self.path.name,
            "result": self.result,
            "audit_id": self.audit_id,
            "error": self.error,
            "counts": self.counts,
        }


def extract_all(
    paths: list[Path], *, organisation: str | None, lang: str, err: Console, show_progress: bool
) -> list[FileOutcome]:
    """Extract every file; an unreadable one gets its message and does not stop the rest."""
    outcomes: list[FileOutcome] = []
    # pypdf reports every oddity of a damaged PDF as a warning; our message says it once.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not show_progress,
    ) as progress:
        task = progress.add_task(t("import.reading", lang), total=len(paths))
        for path in paths:
            outcome = FileOutcome(path)
            progress.update(task, description=t("import.reading_file", lang, name=path.name))
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                outcome.error = t("import.not_found", lang, name=path.name)
            except (IsADirectoryError, PermissionError):
                outcome.error = t("import.no_access", lang, name=path.name)
            else:
                try:
                    outcome.extraction = preview_bytes(
                        data, filename=path.name, organisation=organisation
                    )
                    outcome.sha256 = sha256_of(data)
                except UnreadableDocument as error:
                    outcome.error = describe(error, lang)
            if outcome.error:
                outcome.result = "error"
            outcomes.append(outcome)
            progress.advance(task)
    return outcomes


def save_all(ctx: RequestContext, outcomes: list[FileOutcome], *, organisation: str | None) -> None:
    """Each file in its own transaction: one bad file never leaves half an audit behind."""
    lang = ctx.lang
    for outcome in outcomes:
        if outcome.extraction is None:
            continue
        try:
            loaded = save(
                ctx,
                extraction=outcome.extraction,
                sha256=outcome.sha256,
                organisation=organisation,
            )
        except StorageError as error:
            outcome.result = "error"
            outcome.error = t(f"error.{error.code}", lang, **error.params)
            continue
        outcome.audit_id = loaded.audit_id
        outcome.counts = loaded.counts
        outcome.result = (
            "already_imported"
            if loaded.already_imported
            else "created"
            if loaded.created
            else "attached"
        )


def summary_table(outcomes: list[FileOutcome], *, lang: str, dry_run: bool) -> Table:
    table = Table(
        title=t("import.summary_dry" if dry_run else "import.summary", lang), title_justify="left"
    )
    for key in ("file", "audit", "contents", "deadline", "result"):
        table.add_column(t(f"import.col.{key}", lang), overflow="fold", no_wrap=key == "deadline")
    for outcome in outcomes:
        e = outcome.extraction
        result = t(f"import.result.{outcome.result or 'found'}", lang)
        if e is None:
            table.add_row(outcome.path.name, "", "", "", f"[red]{result}[/red]")
            continue
        audit = f"[bold]{escape(e.organisation or '–')}[/bold]\n{escape(e.title or '')}".strip()
        contents = t(
            "import.contents",
            lang,
            questions=count("questions", len(e.questions), lang),
            recommendations=len(e.recommendations),
            responses=len(e.responses),
            actions=sum(len(r.actions) for r in e.responses),
        )
        deadline = e.response_request.deadline.isoformat() if e.response_request else "–"
        table.add_row(
            escape(outcome.path.name),
            audit,
            contents,
            deadline,
            f"[red]{result}[/red]" if outcome.error else result,
        )
    return table


def dry_run_json(outcomes: list[FileOutcome]) -> str:
    """The README's schema, one object per readable file, in the order given."""
    return json.dumps(
        [o.extraction.to_json_dict() for o in outcomes if o.extraction is not None],
        ensure_ascii=False,
        indent=2,
    )
