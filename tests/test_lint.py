"""The linters run with the tests, so that CI (which runs only the tests) holds the code to them.

``make lint`` runs the same two commands by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing() -> None:
    pytest.importorskip("ruff", reason="ruff is in the lint dependency group")
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_the_package() -> None:
    pytest.importorskip("mypy", reason="mypy is in the lint dependency group")
    result = _run("mypy")  # strict, on src/newsclean (pyproject.toml)
    assert result.returncode == 0, result.stdout + result.stderr
