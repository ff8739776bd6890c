"""Installing Revisorbot, as `make demo` and `make test` do on first use, warns of nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_building_the_package_prints_no_deprecation_warning(tmp_path: Path) -> None:
    """pip builds in isolation with the newest setuptools allowed, as on a fresh clone."""
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    printed = built.stdout + built.stderr
    assert "deprecated" not in printed.casefold(), printed
    assert list(tmp_path.glob("revisorbot-*.whl"))
