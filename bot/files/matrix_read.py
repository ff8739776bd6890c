"""A follow-up matrix read back: the bot's own export or a team's own sheet, CSV or Excel.

Columns are placed by their headers, matched forgivingly: case, å/ä/ö, punctuation and
abbreviations ("Rek.", "Ansv. nämnd", "Dnr") are all the same to it; a header it cannot
place is reported, never guessed. Cells come back as the spreadsheet held them (text,
numbers, dates), with the apostrophe the CSV export puts before formula-like text removed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from bot.core.i18n import LANGUAGES, t
from bot.files.spreadsheet_text import unquoted
from ingest.dates import Timeline, parse_timeline
from ingest.limits import MAX_BYTES
from storage.bodies import lookup_key
from storage.enums import RecommendationStatus

SUFFIXES = (".xlsx", ".csv")
MAX_ROWS = 50_000
# A workbook is a zip: one unpacking to more than this is a bomb, not a matrix.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
# What openpyxl raises on a file that is no workbook, or a damaged one.
_BROKEN = (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, ParseError)
# A title or a blank line or two may stand above the header row of a team's own sheet.
HEADER_SEARCH_ROWS = 15

# What teams call each column, folded (lookup_key: lower case, no accents or punctuation).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "organisation": ("organisation", "kommun", "region", "kommun region", "bolag", "huvudman"),
    "audit": (
        "granskning",
        "granskningar",
        "granskningsrapport",
        "granskningens namn",
        "granskningens titel",
        "granskningsomrade",
        "rapport",
        "titel",
        "audit",
    ),
    "year": ("ar", "granskningsar", "revisionsar", "artal", "year"),
    "recommendation": (
        "rekommendation",
        "rekommendationer",
        "revisorernas rekommendation",
        "recommendation",
    ),
    "addressees": (
        "mottagare",
        "namnd",
        "ansvarig namnd",
        "berord namnd",
        "namnd styrelse",
        "styrelse namnd",
        "adressat",
        "addressed to",
        "board",
    ),
    "response_deadline": ("svar senast", "yttrande senast", "sista svarsdag", "response due"),
    "response_received": (
        "svar inkommet",
        "yttrande inkommet",
        "inkommet",
        "svar inkom",
        "response received",
    ),
    "registry_number": ("diarienummer", "dnr", "diarienr", "registry number"),
    "actions": (
        "atgard",
        "atgarder",
        "planerad atgard",
        "planerade atgarder",
        "vidtagna atgarder",
        "namndens atgarder",
        "actions",
        "action",
    ),
    "due": (
        "klart senast",
        "tidplan",
        "tidsplan",
        "nasta forfallodag",
        "forfallodag",
        "slutdatum",
        "genomfort senast",
        "next due",
        "due",
    ),
    "status": ("status", "lage", "status uppfoljning", "bedomd status"),
    "comment": (
        "kommentar",
        "kommentarer",
        "kommentar bedomning",
        "bedomning",
        "revisorernas bedomning",
        "revisorernas kommentar",
        "anteckningar",
        "comment",
        "comment assessment",
        "assessment",
    ),
    "last_change": ("senast andrad", "senast andrat", "last changed"),
    "id": ("revisorbot id",),
    "version": ("revisorbot version",),
}
# Shorter than this, a header is not read as an abbreviation ("Å." could be anything).
ABBREVIATION_MIN = 3

# Status words teams write, besides the catalogues' own labels in every language.
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    RecommendationStatus.DONE: (
        "genomford",
        "genomfort",
        "atgardad",
        "atgardat",
        "klar",
        "klart",
        "avslutad",
        "done",
        "completed",
    ),
    RecommendationStatus.IN_PROGRESS: (
        "pagar",
        "pagaende",
        "paborjad",
        "delvis atgardad",
        "delvis genomford",
        "in progress",
        "started",
    ),
    RecommendationStatus.OPEN: (
        "oppen",
        "ej paborjad",
        "inte paborjad",
        "ej atgardad",
        "ej genomford",
        "open",
        "not started",
    ),
    RecommendationStatus.NOT_ACCEPTED: (
        "ej accepterad",
        "inte accepterad",
        "avslagen",
        "not accepted",
        "rejected",
    ),
}


class MatrixUnreadable(Exception):
    """A file that holds no matrix we can read; ``reason`` names a message (matrix.unreadable.*)."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True, slots=True)
class SheetRow:
    number: int  # as the spreadsheet numbers it, header included
    cells: dict[str, object]


@dataclass(frozen=True, slots=True)
class Sheet:
    fields: tuple[str, ...]  # the columns placed, in the sheet's order
    unplaced: tuple[str, ...]  # headers no field fits, or one fits twice
    rows: tuple[SheetRow, ...]

    @property
    def own_export(self) -> bool:
        """The bot's own export (it alone has the id column): complete, so an emptied cell
        was emptied on purpose, and its actions column a summary that is not read back."""
        return "id" in self.fields


def is_matrix(filename: str) -> bool:
    return filename.casefold().endswith(SUFFIXES)


def place(header: str) -> str | None:
    """The field a column header names: exactly one of the synonyms, or an abbreviation of
    exactly one ("Rek." → recommendation); None when none fits or several would."""
    folded = lookup_key(header)
    if not folded:
        return None
    exact = [field for field, names in SYNONYMS.items() if folded in names]
    if exact:
        return exact[0]
    words = folded.split()
    if any(len(word) < ABBREVIATION_MIN for word in words):
        return None
    fitting = {
        field
        for field, names in SYNONYMS.items()
        for name in names
        if len(name.split()) == len(words)
        and all(whole.startswith(word) for word, whole in zip(words, name.split(), strict=True))
    }
    return fitting.pop() if len(fitting) == 1 else None


def read_matrix(data: bytes, *, filename: str) -> Sheet:
    """The matrix in ``data``; MatrixUnreadable when it is not one (or not readable)."""
    if len(data) > MAX_BYTES:
        raise MatrixUnreadable("too_large")
    rows = _xlsx_rows(data) if filename.casefold().endswith(".xlsx") else _csv_rows(data)
    return _sheet(rows)


def _xlsx_rows(data: bytes) -> Iterator[list[list[object]]]:
    """Each worksheet's rows in turn: the first with a recommendation column is the matrix."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise MatrixUnreadable("too_large")
        # data_only: what a formula showed when it was last saved, not the formula.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            for worksheet in workbook.worksheets:
                yield [list(row) for row in worksheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except _BROKEN as error:
        raise MatrixUnreadable("broken") from error


def _csv_rows(data: bytes) -> Iterator[list[list[object]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel saves "CSV" in the Windows code page of a Swedish installation.
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise MatrixUnreadable("broken")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    yield [[unquoted(cell) for cell in row] for row in reader]


def _sheet(tables: Iterable[list[list[object]]]) -> Sheet:
    for rows in tables:
        for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
            headers = ["" if cell is None else str(cell).strip() for cell in row]
            placed = [place(header) for header in headers]
            if "recommendation" in placed:
                return _read_below(headers, placed, rows[index + 1 :], first=index + 2)
    raise MatrixUnreadable("no_recommendation_column")


def _read_below(
    headers: list[str], placed: list[str | None], rows: list[list[object]], *, first: int
) -> Sheet:
    if len(rows) > MAX_ROWS:
        raise MatrixUnreadable("too_many_rows", limit=MAX_ROWS)
    columns: dict[str, int] = {}
    unplaced: list[str] = []
    for index, (header, field) in enumerate(zip(headers, placed, strict=True)):
        if field is None or field in columns:
            if header:
                unplaced.append(header)
            continue
        columns[field] = index
    read = []
    for number, row in enumerate(rows, start=first):
        cells = {field: _cell(row[i]) if i < len(row) else None for field, i in columns.items()}
        if any(value is not None for value in cells.values()):
            read.append(SheetRow(number, cells))
    return Sheet(tuple(columns), tuple(unplaced), tuple(read))


def _cell(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# -- what a cell says -------------------------------------------------------------------------


def text_of(value: object) -> str:
    """A cell as one line of text: blanks collapsed, dates as ISO, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def number_of(value: object) -> int | None:
    """A whole number (a year, an id) or None; "2024" and 2024.0 are both 2024."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = text_of(value)
    return int(text) if re.fullmatch(r"\d{1,9}", text) else None


def timeline_of(value: object) -> Timeline:
    """A due-date cell: a date, or what a tidsplan says ("senast juni 2030" is 30 June)."""
    if isinstance(value, dt.datetime):
        return Timeline(value.date(), "day")
    if isinstance(value, dt.date):
        return Timeline(value, "day")
    return parse_timeline(text_of(value) or None)


def minute_of(value: object) -> dt.datetime | None:
    """A "last changed" cell, to the minute (Excel may store 12:34 as 12:33:59.9999)."""
    if isinstance(value, dt.datetime):
        return (value + dt.timedelta(seconds=30)).replace(second=0, microsecond=0)
    text = text_of(value)
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        return None


def _status_words() -> dict[str, str]:
    words = {
        lookup_key(t(f"status.recommendation.{status.value}", lang)): status.value
        for status in RecommendationStatus
        for lang in LANGUAGES
    }
    for status, names in STATUS_WORDS.items():
        words.update(dict.fromkeys(names, str(status)))
    return words


_STATUSES = _status_words()


def status_of(value: object) -> str | None:
    """The status a cell names (in Swedish or English, as exported or as teams write it), or
    None when it names none."""
    return _STATUSES.get(lookup_key(text_of(value)))
