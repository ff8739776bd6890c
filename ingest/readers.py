"""Read a .pdf, .docx, .txt or .md file into text, or say precisely why not.

A reader hands back a :class:`Reading`: the text, and what the text cannot say itself —
whether it comes from a paged document, the running headers and footers taken out of it,
and warnings about what could not be read (scanned pages without OCR, a document longer
than one import may cost). ``read_document``/``read_bytes`` give the text alone.

What one import may cost is bounded (ingest.limits): a file is stat'ed before it is opened
and read no further than the limit, and anything but a regular file is refused.
"""

from __future__ import annotations

import codecs
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import UnreadableDocument
from ingest.limits import MAX_BYTES, MAX_CHARACTERS
from ingest.schema import ExtractionWarning

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "Reading",
    "read_bytes",
    "read_content",
    "read_document",
    "read_file",
    "read_plain_text",
]

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")


@dataclass
class Reading:
    """What a reader made of one file.

    ``text`` separates pages by form feeds. ``paged`` says the file has pages (a PDF), so its
    blocks are numbered from page 1 even when there is only one. ``layout`` says the text is
    layout text (ingest.layout): blocks end at blank lines, lines are printed lines.
    ``furniture`` holds the running header and footer lines the reader took out itself (a
    Word header, a PDF's repeated top and bottom lines): the header often holds the report's
    only title and date.
    """

    text: str
    paged: bool = False
    layout: bool = False
    furniture: list[str] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)


def read_document(path: Path) -> str:
    """The text of ``path``; raises UnreadableDocument with a reason code when it has none."""
    return read_file(path).text


def read_bytes(data: bytes, name: str) -> str:
    """The text of a file's content ``data`` (a Slack upload, say); ``name`` gives its type."""
    return read_content(data, name).text


def read_file(path: Path) -> Reading:
    """Read ``path``: only a regular file, and no more than MAX_BYTES of it."""
    path = Path(path)
    name = path.name
    _check_suffix(name)
    try:
        # stat follows a link: a ".txt" that links to /dev/zero is a device, not a file.
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableDocument("no_access", name, "not a regular file")
        if status.st_size > MAX_BYTES:
            raise UnreadableDocument("too_large", name, f"{status.st_size} bytes")
        with path.open("rb") as handle:
            # A file that grows while it is read is still read no further than the limit.
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError as error:
        raise UnreadableDocument("not_found", name, str(error)) from error
    except OSError as error:  # no permission, a vanished network share
        raise UnreadableDocument("no_access", name, str(error)) from error
    return read_content(data, name)


def read_content(data: bytes, name: str) -> Reading:
    """Read a file's content held in memory; ``name`` gives its type."""
    suffix = _check_suffix(name)
    if len(data) > MAX_BYTES:
        raise UnreadableDocument("too_large", name, f"{len(data)} bytes")
    if not data.strip():
        raise UnreadableDocument("empty", name)
    if suffix == ".pdf":
        from ingest.pdf import read_pdf

        reading = read_pdf(data, name)
    elif suffix == ".docx":
        from ingest.word import read_docx

        reading = read_docx(data, name)
    else:
        reading = Reading(read_plain_text(data, name))
    if not reading.text.strip():
        if any(w.code in ("ocr_unavailable", "page_without_text") for w in reading.warnings):
            raise UnreadableDocument("no_text", name, "only pages without a text layer")
        raise UnreadableDocument("no_text" if suffix == ".pdf" else "empty", name)
    if len(reading.text) > MAX_CHARACTERS:
        cut = reading.text.rfind("\n", 0, MAX_CHARACTERS)
        reading.text = reading.text[: cut if cut > 0 else MAX_CHARACTERS]
        reading.warnings.append(
            ExtractionWarning(code="truncated", detail=f"first {len(reading.text)} characters")
        )
    return reading


def _check_suffix(name: str) -> str:
    suffix = Path(name).suffix.casefold()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocument("unsupported_type", name, f"suffix {suffix or '(none)'}")
    return suffix


# -- text files ------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy 8-bit encodings a Swedish text file may be in: Windows (Notepad's "ANSI"), DOS
# (cmd.exe, old exports) and classic Mac. The one that reads as the most Swedish letters
# and the fewest stray symbols wins; Windows-1252 on a tie, being by far the commonest.
_LEGACY = ("cp1252", "cp850", "mac_roman")
_SWEDISH = frozenset("åäöÅÄÖéÉüÜ")
_STRAY = frozenset("†‡ƒ„‰Š‹ŒŽ˜™šœžŸ¤¦¨¬¯°±²³´µ¶¸¹º¼½¾×÷ðÐþÞ∂∑∏π∫Ω√≈≠≤≥◊ıˆ˘˙˚¸˝˛ˇ")


def read_plain_text(data: bytes, name: str) -> str:
    """Decode a text file: a byte-order mark decides, then UTF-16 told by its zero bytes,
    then UTF-8, else the legacy 8-bit encoding that reads as the most Swedish."""
    text = _decode(data, name)
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample and control / len(sample) > 0.02:
        raise UnreadableDocument("binary", name, f"{control} control characters in the start")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if data.startswith((b"%PDF", b"PK\x03\x04")):
        raise UnreadableDocument("binary", name, "a PDF or zip signature")
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("binary", name, "NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [data.decode(encoding, errors="replace") for encoding in _LEGACY]
    return max(candidates, key=_swedishness)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text in Latin script has a zero byte in every other place."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    if odd > 0.6 * pairs and even < 0.1 * pairs:
        return "utf-16-le"
    if even > 0.6 * pairs and odd < 0.1 * pairs:
        return "utf-16-be"
    return None


def _swedishness(text: str) -> int:
    sample = text[:65536]
    return sum(1 for ch in sample if ch in _SWEDISH) - 3 * sum(
        1 for ch in sample if ch in _STRAY or ch == "\ufffd"
    )
