"""`revisorbot import PATH…`: read reports and responses, show what was found, save them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import count, t
from bot.services.importing import preview_bytes, require_content, save, sha256_of
from ingest.errors import UnreadableDocument
from ingest.messages import describe, describe_warning
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
    # The extraction's warnings, each with its sentence in the user's language.
    warnings: list[dict] = field(default_factory=list)

    def fail(self, result: str, message: str) -> None:
        self.result, self.error = result, message

    def as_json(self) -> dict:
        return {
            "file": self.path.name,
            "result": self.result,
            "audit_id": self.audit_id,
            "error": self.error,
            "warnings": self.warnings,
            "counts": self.counts,
        }

    def as_dry_run_json(self) -> dict:
        """The README's schema for a file that was read; its name and error for one that
        was not. Either way with ``file``, ``result``, ``error`` and the worded warnings."""
        found = (
            self.extraction.to_json_dict()
            if self.extraction is not None
            else {"source": self.path.name}
        )
        return found | {
            "file": self.path.name,
            "result": self.result or "found",
            "error": self.error,
            "warnings": self.warnings,
        }


def _worded(extraction: Extraction, lang: str) -> list[dict]:
    return [
        warning.model_dump(mode="json") | {"message": describe_warning(warning, lang)}
        for warning in extraction.warnings
    ]


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
                outcome.fail("error", t("import.not_found", lang, name=path.name))
            except (IsADirectoryError, PermissionError):
                outcome.fail("error", t("import.no_access", lang, name=path.name))
            else:
                _extract(outcome, data, organisation=organisation, lang=lang)
            outcomes.append(outcome)
            progress.advance(task)
    return outcomes


def _extract(outcome: FileOutcome, data: bytes, *, organisation: str | None, lang: str) -> None:
    """Read one file's bytes; a file with nothing to keep is said to be so, and not saved."""
    name = outcome.path.name
    try:
        extraction = preview_bytes(data, filename=name, organisation=organisation)
    except UnreadableDocument as error:
        outcome.fail("error", describe(error, lang))
        return
    outcome.extraction, outcome.sha256 = extraction, sha256_of(data)
    outcome.warnings = _worded(extraction, lang)
    try:
        require_content(extraction)
    except UserFacingError as error:
        outcome.fail("nothing_usable", t(error.key, lang, **error.params))


def save_all(ctx: RequestContext, outcomes: list[FileOutcome], *, organisation: str | None) -> None:
    """Each file in its own transaction: one bad file never leaves half an audit behind."""
    lang = ctx.lang
    for outcome in outcomes:
        if outcome.extraction is None or outcome.error:
            continue
        try:
            loaded = save(
                ctx,
                extraction=outcome.extraction,
                sha256=outcome.sha256,
                organisation=organisation,
            )
        except StorageError as error:
            outcome.fail("error", t(f"error.{error.code}", lang, **error.params))
            continue
        outcome.audit_id = loaded.audit_id
        outcome.counts = loaded.counts
        if loaded.already_imported:
            outcome.result = "passages_added" if loaded.passages_added else "already_imported"
        else:
            outcome.result = "created" if loaded.created else "attached"


def print_problems(outcomes: list[FileOutcome], *, err: Console, with_warnings: bool) -> None:
    """On stderr: each file that failed or brought nothing, named, and why; with
    ``with_warnings`` also what the importer could not resolve in the files it read."""
    for outcome in outcomes:
        name = outcome.path.name
        if outcome.error:
            said = outcome.error if name in outcome.error else f"{name}: {outcome.error}"
            err.print(f"[red]{escape(said)}[/red]")
        elif with_warnings:
            for warning in outcome.warnings:
                err.print(f"[yellow]{escape(name)}: {escape(warning['message'])}[/yellow]")


def summary_table(outcomes: list[FileOutcome], *, lang: str, dry_run: bool) -> Table:
    table = Table(
        title=t("import.summary_dry" if dry_run else "import.summary", lang), title_justify="left"
    )
    for key in ("file", "audit", "contents", "deadline", "result"):
        table.add_column(t(f"import.col.{key}", lang), overflow="fold", no_wrap=key == "deadline")
    for outcome in outcomes:
        e = outcome.extraction
        result = t(f"import.result.{outcome.result or 'found'}", lang)
        if e is None or outcome.result == "nothing_usable":
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
        request = e.response_request
        deadline = request.deadline.isoformat() if request and request.deadline else "–"
        table.add_row(
            escape(outcome.path.name),
            audit,
            contents,
            deadline,
            f"[red]{result}[/red]" if outcome.error else result,
        )
    return table


def entry(outcome: FileOutcome, *, dry_run: bool) -> dict:
    """The file's --json entry: with --dry-run the extraction itself (the README's schema)."""
    return outcome.as_dry_run_json() if dry_run else outcome.as_json()
