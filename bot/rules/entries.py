"""What people type into the correction forms, read forgivingly: years, lists of boards, and
recommendations one per line."""

from __future__ import annotations

import hashlib
import re

from bot.core.errors import UserFacingError

YEAR_RANGE = range(1990, 2101)
_BULLET = re.compile(r"^\s*(?:[-–•*·]|\(?\d{1,3}[.)]|[a-zA-Z][.)])\s+")


def parse_year(text: str | None, field: str) -> int | None:
    """ "2024" → 2024; empty → None; anything else is said back under ``field``."""
    text = (text or "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or int(text) not in YEAR_RANGE:
        raise UserFacingError("slack.edit.bad_year", value=text).at(field)
    return int(text)


def split_names(text: str | None) -> list[str]:
    """ "Kommunstyrelsen, socialnämnden; BUN" → three names (a line break separates too)."""
    names = (name.strip(" .") for name in re.split(r"[,;\n]", text or ""))
    return list(dict.fromkeys(name for name in names if name))


def recommendation_lines(text: str | None) -> list[str]:
    """One recommendation a line, bullets and numbering ("1.", "–", "a)") taken off."""
    lines = (_BULLET.sub("", line).strip() for line in (text or "").splitlines())
    return [line for line in lines if line]


def optional(text: str | None) -> str | None:
    """A form's optional text: None when left empty."""
    text = " ".join((text or "").split())
    return text or None


def fingerprint(text: str) -> str:
    """A short mark of a text, carried by a form so that saving it can tell whether the item
    it was opened for is still the same (another device may have changed the preview)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
