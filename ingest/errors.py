"""The one error ingest raises at its callers: a file it cannot turn into text."""

from __future__ import annotations

from typing import Literal

Reason = Literal[
    "empty",
    "binary",
    "encrypted",
    "broken_pdf",
    "broken_docx",
    "no_text",
    "too_large",
    "unsupported_type",
    "not_found",
    "no_access",
]
REASONS: tuple[Reason, ...] = (
    "empty",
    "binary",
    "encrypted",
    "broken_pdf",
    "broken_docx",
    "no_text",
    "too_large",
    "unsupported_type",
    "not_found",
    "no_access",
)


class UnreadableDocument(Exception):
    """``filename`` could not be read; ``reason`` is a machine code the CLI and Slack word.

    ``detail`` is the underlying library's message, for logs only: it is English, technical
    and may name internals, so it is never shown to a user as it stands.
    """

    def __init__(self, reason: Reason, filename: str, detail: str | None = None) -> None:
        super().__init__(f"{filename}: {reason}" + (f" ({detail})" if detail else ""))
        self.reason = reason
        self.filename = filename
        self.detail = detail
