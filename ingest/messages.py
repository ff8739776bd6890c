"""Plain words for each reason a file could not be read, in Swedish and English.

The CLI and the Slack layer own their message catalogues; this is a ready default they may
copy or call. ``{filename}`` is filled in by :func:`describe`.
"""

from __future__ import annotations

from ingest.errors import Reason, UnreadableDocument, WarningCode
from ingest.schema import ExtractionWarning

MESSAGES: dict[str, dict[Reason, str]] = {
    "sv": {
        "empty": "{filename} är tom – det finns ingen text att läsa.",
        "binary": "{filename} ser inte ut att vara en textfil. Spara den som PDF, Word eller text.",
        "encrypted": "{filename} är lösenordsskyddad. Ta bort skyddet och importera igen.",
        "broken_pdf": "{filename} är en trasig eller ofullständig PDF och kan inte läsas.",
        "broken_docx": "{filename} är ett trasigt Word-dokument och kan inte läsas.",
        "no_text": "{filename} innehåller ingen text (troligen en inskannad bild). "
        "Importera en PDF med textlager.",
        "too_large": "{filename} är för stor för att importeras.",
        "too_complex": "{filename} har fler stycken eller en större innehållsfil än ett "
        "dokument kan ha – importen avbröts innan den tog minuter och gigabyte.",
        "unsupported_type": "{filename} har ett filformat som inte stöds. "
        "Använd .pdf, .docx, .txt eller .md.",
        "not_found": "{filename} finns inte.",
        "no_access": "{filename} kunde inte öppnas (saknar behörighet, eller är en mapp eller "
        "en enhet och inte en fil).",
    },
    "en": {
        "empty": "{filename} is empty – there is no text to read.",
        "binary": "{filename} does not look like a text file. Save it as PDF, Word or text.",
        "encrypted": "{filename} is password protected. Remove the protection and import again.",
        "broken_pdf": "{filename} is a broken or truncated PDF and cannot be read.",
        "broken_docx": "{filename} is a broken Word document and cannot be read.",
        "no_text": "{filename} contains no text (probably a scanned image). "
        "Import a PDF with a text layer.",
        "too_large": "{filename} is too large to import.",
        "too_complex": "{filename} holds more paragraphs, or a larger content file, than a "
        "document can – the import stopped before it cost minutes and gigabytes.",
        "unsupported_type": "{filename} has a file type we cannot read. "
        "Use .pdf, .docx, .txt or .md.",
        "not_found": "{filename} does not exist.",
        "no_access": "{filename} could not be opened (no permission, or it is a folder or a "
        "device rather than a file).",
    },
}


def describe(error: UnreadableDocument, language: str = "sv") -> str:
    """The user-facing sentence for ``error`` in ``language`` (Swedish unless "en")."""
    catalogue = MESSAGES.get(language, MESSAGES["sv"])
    return catalogue[error.reason].format(filename=error.filename)


# ``{detail}`` is the phrase or board the warning is about, ``{pages}`` the page numbers.
WARNING_MESSAGES: dict[str, dict[WarningCode, str]] = {
    "sv": {
        "no_deadline": "Ett yttrande begärs, men inget sista svarsdatum hittades.",
        "deadline_unresolved": "Svarsdatumet ”{detail}” kunde inte tolkas som ett datum.",
        "responder_unresolved": "Det framgår inte vilka nämnder som ska yttra sig.",
        "responder_not_found": "{detail} nämns som mottagare men ombeds inte yttra sig.",
        "page_without_text": "Sidan {pages} saknar text och kunde inte läsas.",
        "ocr_unavailable": "Sidan {pages} är inskannad och OCR (Tesseract) är inte installerat: "
        "importen är ofullständig.",
        "ocr_used": "Sidan {pages} lästes med OCR – kontrollera texten.",
        "ocr_skipped": "Sidan {pages} är inskannad men fler sidor än en import får läsa med "
        "OCR: den lästes inte och importen är ofullständig.",
        "truncated": "Dokumentet är för långt; bara början lästes.",
    },
    "en": {
        "no_deadline": "A response is requested, but no deadline was found.",
        "deadline_unresolved": "The deadline “{detail}” could not be read as a date.",
        "responder_unresolved": "It does not say which boards are to respond.",
        "responder_not_found": "{detail} is addressed but not asked to respond.",
        "page_without_text": "Page {pages} has no text and could not be read.",
        "ocr_unavailable": "Page {pages} is scanned and OCR (Tesseract) is not installed: "
        "the import is incomplete.",
        "ocr_used": "Page {pages} was read by OCR – check its text.",
        "ocr_skipped": "Page {pages} is scanned, beyond the pages one import may read by OCR: "
        "it was not read and the import is incomplete.",
        "truncated": "The document is too long; only its beginning was read.",
    },
}


def describe_warning(warning: ExtractionWarning, language: str = "sv") -> str:
    """The user-facing sentence for an extraction warning in ``language``."""
    catalogue = WARNING_MESSAGES.get(language, WARNING_MESSAGES["sv"])
    template = catalogue.get(warning.code)  # type: ignore[call-overload]
    if template is None:
        return warning.detail or warning.code
    pages = ", ".join(str(page) for page in warning.pages) or "?"
    return template.format(detail=warning.detail or "", pages=pages)
