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


class Report(StrEnum):
    FOLLOWUP = "followup"
    STATEMENT = "statement"


class Language(StrEnum):
    SV = "sv"
    EN = "en"


_BUILD = {Report.FOLLOWUP: documents.follow_up_report, Report.STATEMENT: documents.statement}


def report(
    kind: Annotated[
        Report,
        typer.Argument(
            help="followup: the follow-up report of the organisation's round of YEAR. "
            "statement: the basis for the audit statement of YEAR, per board."
        ),
    ],
    organisation: Annotated[
        str, typer.Option("--organisation", help="The organisation, as in Slack (forgivingly).")
    ],
    year: Annotated[int, typer.Option("--year", help="The round's year, or the audit year.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The .docx file to write.")],
    language: Annotated[
        Language | None, typer.Option("--language", help="sv or en (default REVISORBOT_LANGUAGE).")
    ] = None,
    team: TeamOption = None,
) -> None:
    """Write a Word draft: the follow-up report or the basis for the audit statement."""
    settings = get_settings()
    lang = language.value if language else settings.language
    with explained(lang):
        shared = _BUILD[kind](
            cli_context(settings, team), organisation=organisation, year=year, lang=lang
        )
    shared.save(output)
    console.print(t("cli.report.written", lang, path=output))
