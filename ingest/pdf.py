"""Read a PDF by its layout: words and ruling lines from PDFium, pages without text by OCR.

PDFium (pypdfium2) gives each character's box and font, and each drawn path; words are
rebuilt from the characters, and ingest.layout turns the pages into text (columns, tables,
paragraphs, running headers and footers). pdfplumber does the same in pure Python at a
tenth of the speed (3.5 s for a 30-page report against 0.35 s); pypdf is as fast but gives
no positions, so columns and tables come out interleaved.

A page without a text layer (scanned, or printed and scanned back into an otherwise digital
file) is rendered and read by Tesseract's Swedish model (ingest.ocr). Warnings name the
pages read by OCR, the pages that could not be read (OCR missing, or it found nothing), and
those beyond what one import may send to OCR or read at all (ingest.limits).

PDFium is not thread-safe: every call into it holds one lock, and OCR runs outside it.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import logging
import re
import threading
from dataclasses import dataclass, field

from ingest import ocr
from ingest.errors import UnreadableDocument
from ingest.layout import Page, Rule, Word, lay_out, plain_text
from ingest.limits import MAX_OCR_PAGES, MAX_PAGES
from ingest.readers import Reading
from ingest.schema import ExtractionWarning

logger = logging.getLogger(__name__)

_PDFIUM = threading.Lock()
_OCR_DPI = 300
# PDFium marks a hyphen it takes for a line-end hyphenation with U+FFFE and, unlike any
# other line break, puts no line break after it.
_HYPHEN_MARK = "\ufffe"


@dataclass
class _Scan:
    """A page without a text layer: its number and, when it is to be read, its picture."""

    number: int
    png: bytes | None = None
    blank: bool = False


@dataclass
class _Document:
    pages: list[Page] = field(default_factory=list)
    scans: list[_Scan] = field(default_factory=list)
    total_pages: int = 0


def read_pdf(data: bytes, name: str) -> Reading:
    if b"%PDF" not in data[:1024]:
        raise UnreadableDocument("broken_pdf", name, "no %PDF header")
    if b"%%EOF" not in data[-4096:]:
        raise UnreadableDocument("broken_pdf", name, "cut off: no %%EOF at the end")
    engine = ocr.engine()
    with _PDFIUM:
        document = _read(data, name, render=engine is not None)
    warnings: list[ExtractionWarning] = []
    by_number = {page.number: page for page in document.pages}
    scanned = [scan for scan in document.scans if not scan.blank]
    if scanned and engine is None:
        warnings.append(
            ExtractionWarning(
                code="ocr_unavailable",
                detail=f"Tesseract with the Swedish model is not installed ({ocr.ENVIRONMENT})",
                pages=[scan.number for scan in scanned],
            )
        )
    elif scanned:
        read, empty = [], []
        for scan in scanned:
            if scan.png is None:
                continue
            words = ocr.read_words(engine, scan.png, _OCR_DPI)
            # The stamped words are not in the picture the scan is: both are kept.
            by_number[scan.number].words = [*by_number[scan.number].words, *words]
            (read if words else empty).append(scan.number)
        skipped = [scan.number for scan in scanned if scan.png is None]
        if read:
            warnings.append(ExtractionWarning(code="ocr_used", pages=read))
        if empty:
            warnings.append(ExtractionWarning(code="page_without_text", pages=empty))
        if skipped:
            warnings.append(
                ExtractionWarning(
                    code="ocr_skipped", detail=f"at most {MAX_OCR_PAGES} pages", pages=skipped
                )
            )
    if document.total_pages > len(document.pages):
        warnings.append(
            ExtractionWarning(
                code="truncated",
                detail=f"{len(document.pages)} of {document.total_pages} pages read",
            )
        )
    try:
        text, furniture = lay_out(document.pages)
    except Exception:  # pages shaped in a way the layout rules did not foresee
        logger.exception("%s: reading the layout failed; reading the pages row by row", name)
        text = plain_text(document.pages)
        return Reading(text, paged=True, warnings=warnings)
    return Reading(text, paged=True, layout=True, furniture=furniture, warnings=warnings)


def _read(data: bytes, name: str, *, render: bool) -> _Document:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = "encrypted" if error.err_code == raw.FPDF_ERR_PASSWORD else "broken_pdf"
        raise UnreadableDocument(reason, name, str(error)) from error
    document = _Document(total_pages=len(pdf))
    try:
        for index in range(min(len(pdf), MAX_PAGES)):
            page = pdf[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            words = _words(textpage, height)
            document.pages.append(
                Page(index + 1, width, height, words, _rules(page, height) if words else [])
            )
            # A scanned page may still carry a few words of text: the page number or
            # stamp a PDF tool put on it when the scan was merged in.
            stamped = sum(len(w.text) for w in words) < 40 and _pictured(page, width, height)
            if not words or stamped:
                scan = _Scan(index + 1)
                rendered = sum(1 for s in document.scans if s.png is not None)
                if _looks_blank(page):
                    scan.blank = True
                elif render and rendered < MAX_OCR_PAGES:
                    scan.png, scan.blank = _picture(page)
                document.scans.append(scan)
            textpage.close()
            page.close()
    except UnreadableDocument:
        raise
    except Exception as error:  # a damaged page fails deep inside PDFium in many ways
        raise UnreadableDocument("broken_pdf", name, f"{type(error).__name__}: {error}") from error
    finally:
        pdf.close()
    return document


_TOKEN = re.compile(r"[^\s\x00]+")


def _words(textpage, height: float) -> list[Word]:
    """The page's words: characters between white space. PDFium measures a word's box in one
    call when its characters stand together on one line. A word it hyphenated over a line
    break (U+FFFE, no line break after it) is cut there; a word it finds in pieces anyway
    (table cells side by side without a space) is cut character by character at the gaps."""
    import pypdfium2.raw as raw

    count = textpage.count_chars()
    if not count:
        return []
    text = textpage.get_text_range(0, count)
    handle = textpage.raw
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    box = raw.FS_RECTF()
    font_name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    words: list[Word] = []
    for token in _TOKEN.finditer(text[:count]):
        start, end = token.span()
        if not raw.FPDFText_GetLooseCharBox(handle, start, box):
            continue
        line_top, line_bottom = height - box.top, height - box.bottom
        size = raw.FPDFText_GetFontSize(handle, start)
        if not 0.3 * (line_bottom - line_top) <= size <= 3 * (line_bottom - line_top):
            size = (line_bottom - line_top) / 1.15  # a size in unscaled text space
        length = raw.FPDFText_GetFontInfo(handle, start, font_name, 128, ctypes.byref(flags))
        family = font_name.raw[: max(length - 1, 0)].decode("latin-1").casefold()
        bold = any(mark in family for mark in ("bold", "black", "heavy", "semibold"))
        # A word hyphenated over a line break is two words, one on each line.
        cuts = [start] + [
            start + i + 1 for i, char in enumerate(token.group()[:-1]) if char == _HYPHEN_MARK
        ]
        for piece_start, piece_end in itertools.pairwise([*cuts, end]):
            piece = text[piece_start:piece_end].replace(_HYPHEN_MARK, "-")
            if raw.FPDFText_CountRects(handle, piece_start, piece_end - piece_start) != 1:
                words.extend(_cut(handle, piece, piece_start, height, size, bold))
                continue
            raw.FPDFText_GetRect(handle, 0, left, top, right, bottom)
            if piece_start != start:
                raw.FPDFText_GetLooseCharBox(handle, piece_start, box)
            x0 = min(left.value, box.left)
            word_top, word_bottom = height - box.top, height - box.bottom
            # The last character's advance, not its ink, ends the word: the rest of the
            # reader measures lines as a PDF sets them.
            x1 = right.value
            if raw.FPDFText_GetLooseCharBox(handle, piece_end - 1, box):
                x1 = max(x1, box.right)
            words.append(Word(piece, x0, x1, word_top, word_bottom, size, bold))
    return words


def _cut(handle, word: str, start: int, height: float, size: float, bold: bool) -> list[Word]:
    """A word PDFium found in pieces, cut at gaps and line breaks character by character."""
    import pypdfium2.raw as raw

    box = raw.FS_RECTF()
    pieces: list[Word] = []
    letters: list[str] = []
    x0 = x1 = top = bottom = last_middle = 0.0

    def finish() -> None:
        if letters:
            pieces.append(Word("".join(letters), x0, x1, top, bottom, size, bold))
            letters.clear()

    for offset, char in enumerate(word):
        if not raw.FPDFText_GetLooseCharBox(handle, start + offset, box):
            continue
        char_top, char_bottom = height - box.top, height - box.bottom
        middle = (char_top + char_bottom) / 2
        if letters and (box.left - x1 > 0.3 * size or abs(middle - last_middle) > 0.5 * size):
            finish()
        if letters:
            x1 = max(x1, box.right)
        else:
            x0, x1, top, bottom = box.left, box.right, char_top, char_bottom
        last_middle = middle
        letters.append(char)
    finish()
    return pieces


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _rules(page, height: float) -> list[Rule]:
    """Ruling lines: thin filled rectangles, and the straight strokes of drawn paths, also
    inside form XObjects (a page placed whole by a PDF printer). PDFium is asked object by
    object: a page of text has thousands of text objects and few paths."""
    import pypdfium2.raw as raw

    rules: list[Rule] = []

    def visit(objects: list, outer: _Matrix, depth: int) -> None:
        for obj in objects:
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM and depth < 4:
                inner = _compose(_matrix_of(obj), outer)
                count = raw.FPDFFormObj_CountObjects(obj)
                visit([raw.FPDFFormObj_GetObject(obj, i) for i in range(count)], inner, depth + 1)
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                left, bottom, right, top = _bounds(obj, outer)
                thin = min(right - left, top - bottom)
                if thin <= 2.5 and max(right - left, top - bottom) >= 4:
                    rules.append(Rule(left, height - top, right, height - bottom))
                else:
                    rules.extend(_strokes(obj, _compose(_matrix_of(obj), outer), height))

    count = raw.FPDFPage_CountObjects(page.raw)
    visit([raw.FPDFPage_GetObject(page.raw, i) for i in range(count)], _IDENTITY, 0)
    return rules


def _matrix_of(obj) -> _Matrix:
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, matrix):
        return _IDENTITY
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _apply(matrix: _Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _bounds(obj, outer: _Matrix) -> tuple[float, float, float, float]:
    import pypdfium2.raw as raw

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    corners = [
        _apply(outer, x, y) for x in (left.value, right.value) for y in (bottom.value, top.value)
    ]
    xs = [x for x, _ in corners]
    ys = [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _strokes(path, matrix: _Matrix, height: float) -> list[Rule]:
    """The horizontal and vertical straight segments of a stroked path (a cell's box)."""
    import pypdfium2.raw as raw

    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(path, ctypes.byref(fill), ctypes.byref(stroke)):
        return []
    if not stroke.value:
        return []
    count = raw.FPDFPath_CountSegments(path)
    if count <= 0 or count > 400:
        return []
    x = ctypes.c_float()
    y = ctypes.c_float()
    points: list[tuple[float, float, int]] = []
    for index in range(count):
        segment = raw.FPDFPath_GetPathSegment(path, index)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        px, py = _apply(matrix, x.value, y.value)
        points.append((px, py, raw.FPDFPathSegment_GetType(segment)))
    rules: list[Rule] = []
    for previous, point in itertools.pairwise(points):
        if point[2] == raw.FPDF_SEGMENT_LINETO:
            rules.extend(_segment(previous, point, height))
    return rules


def _segment(a: tuple[float, float, int], b: tuple[float, float, int], height: float) -> list[Rule]:
    (x0, y0, _), (x1, y1, _) = a, b
    if abs(y0 - y1) <= 1 and abs(x1 - x0) >= 4:
        return [Rule(min(x0, x1), height - y0 - 0.5, max(x0, x1), height - y0 + 0.5)]
    if abs(x0 - x1) <= 1 and abs(y1 - y0) >= 4:
        return [Rule(x0 - 0.5, height - max(y0, y1), x0 + 0.5, height - min(y0, y1))]
    return []


def _pictured(page, width: float, height: float) -> bool:
    """Whether a picture covers at least half the page (a scan, not a logo)."""
    import pypdfium2.raw as raw

    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, index)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_IMAGE:
            continue
        left, bottom, right, top = _bounds(obj, _IDENTITY)
        if (right - left) * (top - bottom) >= 0.5 * width * height:
            return True
    return False


def _looks_blank(page) -> bool:
    """Whether a page without text also has nothing drawn on it (left blank on purpose)."""
    import pypdfium2.raw as raw

    return raw.FPDFPage_CountObjects(page.raw) == 0


def _picture(page) -> tuple[bytes | None, bool]:
    """The page rendered for OCR as PNG, and whether it is blank (nothing but white)."""
    bitmap = page.render(scale=_OCR_DPI / 72, grayscale=True)
    image = bitmap.to_pil()
    blank = image.getextrema()[0] >= 245
    if blank:
        return None, True
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue(), False
