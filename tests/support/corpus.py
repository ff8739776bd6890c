"""Where the seed corpus lives: ../shared/corpus beside the repository, else $REVISORBOT_CORPUS."""

from __future__ import annotations

import os
from pathlib import Path


def corpus_dir() -> Path | None:
    beside_repo = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
    candidates = [beside_repo]
    if os.environ.get("REVISORBOT_CORPUS"):
        candidates.append(Path(os.environ["REVISORBOT_CORPUS"]))
    for candidate in candidates:
        if (candidate / "reports").is_dir() and (candidate / "expected").is_dir():
            return candidate
    return None


def corpus_reports() -> list[Path]:
    found = corpus_dir()
    return sorted((found / "reports").glob("*.txt")) if found else []
