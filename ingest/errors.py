"""The one error ingest raises at its callers: a file it cannot turn into text."""

from __future__ import annotations

from typing import Literal, get_args

Reason = Literal[
    "empty",
    "binary",
    "encrypted",
    "broken_pdf",
    "broken_docx",
    "no_text",
    "too_large",
    "too_complex",
    "unsupported_type",
    "not_found",
    "no_access",
]
REASONS: tuple[Reason, ...] = get_args(Reason)


# What an extraction may warn about (ingest.schema.ExtractionWarning.code): the document
# was read, but something in it could not be resolved and was not guessed.
WarningCode = Literal[
    "no_deadline",  # a response is asked for, but no deadline phrase was found
    "deadline_unresolved",  # a deadline phrase without a resolvable date ("senast 15 mars")
    "responder_unresolved",  # a response is asked for, but not from whom
    "responder_not_found",  # a board named as responder ("Till: …") that the text never asks
    "page_without_text",  # pages with no text layer and no OCR result
    "ocr_unavailable",  # pages without a text layer, and Tesseract is not installed
    "ocr_used",  # pages read by OCR: check their text
    "ocr_skipped",  # scanned pages beyond what one import may send to OCR: not read
    "truncated",  # the document was longer than one import may cost; the rest was not read
]
WARNINGS: tuple[WarningCode, ...] = get_args(WarningCode)


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
