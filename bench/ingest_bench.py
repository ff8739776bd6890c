"""Importer timings: the five seed reports extracted from text, and a generated 30-page PDF.

``run()`` returns medians in milliseconds (the unit is in each figure's name) for the
``python -m bench`` harness; ``python -m bench.ingest_bench`` prints them on their own.
The 30-page PDF is generated with the fpdf2 builder in bench/samples.py, so it needs the dev extras.
"""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest import extract_file, extract_text, read_document

ROUNDS = 15
PDF_ROUNDS = 5
REPO = Path(__file__).resolve().parents[1]


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
    figures.update(_pdf_figures())
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
            f"{pages}-page PDF, read with pypdf, median of {PDF_ROUNDS} (ms)": _median_ms(
                lambda: read_document(pdf), PDF_ROUNDS
            ),
            f"{pages}-page PDF, read and extracted, median of {PDF_ROUNDS} (ms)": _median_ms(
                lambda: extract_file(pdf), PDF_ROUNDS
            ),
        }


def main() -> None:
    for name, value in run().items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
