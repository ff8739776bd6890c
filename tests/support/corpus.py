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


def normalised(value):
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items() if key != "notes"}
    return value


# Beyond ../shared/corpus/expected/README.md's schema: not in the expected files.
_BEYOND_SCHEMA = {"passages", "warnings", "assessment_text"}


def differences(got, expected, path: str = "") -> list[str]:
    if isinstance(got, dict) and isinstance(expected, dict):
        return [
            difference
            for key in sorted((set(got) - _BEYOND_SCHEMA) | set(expected))
            for difference in differences(
                got.get(key, "<missing>"), expected.get(key, "<missing>"), f"{path}.{key}"
            )
        ]
    if isinstance(got, list) and isinstance(expected, list):
        found = (
            []
            if len(got) == len(expected)
            else [f"{path}: {len(got)} items, expected {len(expected)}"]
        )
        for index, (left, right) in enumerate(zip(got, expected, strict=False)):
            found += differences(left, right, f"{path}[{index}]")
        return found
    return [] if got == expected else [f"{path}: got {got!r}, expected {expected!r}"]
