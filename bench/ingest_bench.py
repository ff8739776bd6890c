"""Importer timings: the corpus reports as text and as PDF, long text, a 30-page PDF, OCR.

``run()`` returns medians in milliseconds (the unit is in each figure's name) for the
``python -m bench`` harness; ``python -m bench.ingest_bench`` prints them on their own.

* the five seed reports extracted from their text, all and one by one;
* cleaning one long paragraph of short lines, 40/80/160 KB: reading must stay linear
  (joining into one growing string made 160 KB take 9.5 s);
* the seed reports rendered as PDF by bench/eval/forms.py (one column; two columns), read
  by their layout, per page;
* a 30-page PDF written with the fpdf2 builder in bench/samples.py, read and extracted;
* one scanned page read by Tesseract, when it is installed.

The PDFs are generated here, so the PDF figures need the dev extras (fpdf2).
"""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest import extract_file, extract_text, read_document
from ingest.cleaning import clean

ROUNDS = 15
PDF_ROUNDS = 5
REPO = Path(__file__).resolve().parents[1]
_WORDS = [
    "nämnden",
    "bör",
    "säkerställa",
    "att",
    "uppföljningen",
    "av",
    "verksamheten",
    "sker",
    "löpande",
]


def _corpus() -> Path | None:
    for candidate in (
        REPO.parent / "shared" / "corpus",
        Path(os.environ.get("REVISORBOT_CORPUS", "/nonexistent")),
    ):
        if (candidate / "reports").is_dir():
            return candidate
    return None


def _median_ms(call: Callable[[], object], rounds: int) -> float:
    call()  # warm up: imports, regex compilation
    timings: list[float] = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(timings), 2)


def run() -> dict[str, Any]:
    figures: dict[str, Any] = {}
    corpus = _corpus()
    if corpus is None:
        figures["corpus"] = "not found (../shared/corpus or $REVISORBOT_CORPUS)"
    else:
        texts = [(path.name, path.read_text()) for path in sorted(corpus.glob("reports/*.txt"))]

        def all_reports() -> None:
            for name, text in texts:
                extract_text(text, source=name)

        figures[f"{len(texts)} corpus reports as text, median of {ROUNDS} (ms)"] = _median_ms(
            all_reports, ROUNDS
        )
        for name, text in texts:
            figures[f"  {name} ({len(text) // 1000} kB), median (ms)"] = _median_ms(
                lambda text=text, name=name: extract_text(text, source=name), ROUNDS
            )
    figures.update(_long_text_figures())
    if corpus is not None:
        figures.update(_form_figures(corpus))
    figures.update(_pdf_figures())
    figures.update(_ocr_figures())
    return figures


def _long_paragraph(characters: int) -> str:
    """Running text wrapped at 24 characters with no paragraph break."""
    lines: list[str] = []
    line: list[str] = []
    size = index = 0
    while size < characters:
        line.append(_WORDS[index % len(_WORDS)])
        index += 1
        if len(" ".join(line)) >= 24:
            lines.append(" ".join(line))
            size += len(lines[-1]) + 1
            line = []
    return "\n".join(lines)


def _long_text_figures() -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for size in (40_000, 80_000, 160_000):
        text = _long_paragraph(size)
        figures[f"one paragraph of {size // 1000} KB in short lines, cleaned (ms)"] = _median_ms(
            lambda text=text: clean(text), PDF_ROUNDS
        )
    return figures


def _form_figures(corpus: Path) -> dict[str, Any]:
    try:
        from bench.eval import forms
    except ImportError as error:
        return {"corpus as PDF": f"skipped: {error}"}
    figures: dict[str, Any] = {}
    reports = sorted(corpus.glob("reports/*.txt"))
    with tempfile.TemporaryDirectory() as directory:
        for name in ("pdf-single", "pdf-two-column"):
            paths = [forms.FORMS[name](report, Path(directory)) for report in reports]
            pages = sum(read_document(path).count("\f") + 1 for path in paths)

            def read_all(paths=paths) -> None:
                for path in paths:
                    read_document(path)

            total = _median_ms(read_all, PDF_ROUNDS)
            figures[f"{len(paths)} corpus reports as {name} ({pages} pages), read (ms)"] = total
            figures[f"  per page (ms), {name}"] = round(total / pages, 2)
    return figures


def _pdf_figures() -> dict[str, Any]:
    try:
        from bench.samples import font_path, write_report_pdf
    except ImportError as error:
        return {"30-page PDF": f"skipped: {error}"}
    if font_path() is None:
        return {"30-page PDF": "skipped: no DejaVu TrueType font"}
    with tempfile.TemporaryDirectory() as directory:
        pdf = write_report_pdf(Path(directory) / "trettio-sidor.pdf", filler_pages=28)
        pages = read_document(pdf).count("\f") + 1
        return {
            f"{pages}-page PDF, read by its layout, median of {PDF_ROUNDS} (ms)": _median_ms(
                lambda: read_document(pdf), PDF_ROUNDS
            ),
            f"{pages}-page PDF, read and extracted, median of {PDF_ROUNDS} (ms)": _median_ms(
                lambda: extract_file(pdf), PDF_ROUNDS
            ),
        }


def _ocr_figures() -> dict[str, Any]:
    if shutil.which(os.environ.get("REVISORBOT_TESSERACT") or "tesseract") is None:
        return {"one scanned page by OCR": "skipped: Tesseract is not installed"}
    try:
        from bench.eval.forms import scan_page
        from bench.samples import write_report_pdf
    except ImportError as error:
        return {"one scanned page by OCR": f"skipped: {error}"}
    with tempfile.TemporaryDirectory() as directory:
        pdf = write_report_pdf(Path(directory) / "rapport.pdf").read_bytes()
        scanned, _ = scan_page(pdf, page=1)
        path = Path(directory) / "inskannad.pdf"
        path.write_bytes(scanned)
        return {
            "a two-page PDF with one page scanned, read (ms)": _median_ms(
                lambda: read_document(path), 1
            )
        }


def main() -> None:
    for name, value in run().items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
