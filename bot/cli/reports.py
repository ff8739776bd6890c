"""`revisorbot report followup|statement`: the Word drafts of the auditors' year (SPEC §3)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import TeamOption, cli_context, console, explained
from bot.core.i18n import t
from bot.core.settings import get_settings
from bot.services import documents

report_app = typer.Typer(no_args_is_help=True, help="Word drafts: follow-up report, statement.")


class Language(StrEnum):
    SV = "sv"
    EN = "en"


OrganisationArgument = Annotated[
    str, typer.Option("--organisation", help="The organisation, as in Slack (forgivingly).")
]
YearArgument = Annotated[
    int, typer.Option("--year", help="The follow-up round's, or the audit year.")
]
OutputArgument = Annotated[Path, typer.Option("--output", "-o", help="The .docx file to write.")]
LanguageOption = Annotated[
    Language | None, typer.Option("--language", help="sv or en (default REVISORBOT_LANGUAGE).")
]


@report_app.command("followup")
def followup_report(
    organisation: OrganisationArgument,
    year: YearArgument,
    output: OutputArgument,
    language: LanguageOption = None,
    team: TeamOption = None,
) -> None:
    """The follow-up report of the organisation's round of YEAR, as a Word draft."""
    _write(documents.follow_up_report, organisation, year, output, language, team)


@report_app.command("statement")
def statement_report(
    organisation: OrganisationArgument,
    year: YearArgument,
    output: OutputArgument,
    language: LanguageOption = None,
    team: TeamOption = None,
) -> None:
    """The basis for the audit statement of YEAR, per board, as a Word draft."""
    _write(documents.statement, organisation, year, output, language, team)


def _write(build, organisation: str, year: int, output: Path, language, team) -> None:
    settings = get_settings()
    lang = language.value if language else settings.language
    with explained(lang):
        shared = build(cli_context(settings, team), organisation=organisation, year=year, lang=lang)
    output.write_bytes(shared.data)
    console.print(t("cli.report.written", lang, path=output))
