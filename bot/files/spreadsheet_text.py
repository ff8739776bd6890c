"""Text a spreadsheet shows and never runs: the export's defence against formula injection.

A report's recommendation or an audit title that starts like a formula ("=cmd|' /C calc'!A0",
"@SUM(") would be run by Excel or LibreOffice when the follow-up matrix is opened. OWASP's
advice (CSV injection): a cell starting with = + - @, a tab or a carriage return gets a
leading single quote, which the spreadsheet shows as text. Only text is touched; numbers and
dates we write ourselves stay typed cells.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def quoted(text: str) -> str:
    """For CSV, where the quote can only be part of the text."""
    return "'" + text if looks_like_formula(text) else text


def unquoted(text: str) -> str:
    """A CSV cell read back: the apostrophe ``quoted`` put before formula-like text goes again
    (an apostrophe before anything else was typed by someone, and stays)."""
    return text[1:] if text.startswith("'") and looks_like_formula(text[1:]) else text
