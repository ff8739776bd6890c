"""A Word file printed to PDF by LibreOffice (`soffice`), as a word processor lays it out."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

CONVERT_TIMEOUT_SECONDS = 180


def docx_to_pdf(docx: Path, out_dir: Path, *, profile: str | None = None) -> Path:
    """``docx`` as ``out_dir/<stem>.pdf``. One soffice runs per profile at a time: without
    ``profile`` a fresh one is made and thrown away (its set-up costs about a second)."""
    if profile is None:
        with tempfile.TemporaryDirectory(prefix="revisorbot-lo-") as fresh:
            return docx_to_pdf(docx, out_dir, profile=fresh)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=CONVERT_TIMEOUT_SECONDS,
        env={**os.environ, "HOME": profile},
    )
    return out_dir / f"{docx.stem}.pdf"
