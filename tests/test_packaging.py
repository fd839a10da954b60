"""Packaging: the wheel and sdist build, the wheel installs into a fresh environment where the
command and a documented example run, and `make demo` installs the runtime only."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "001_c0a67766957bcf76.txt"


def test_make_demo_installs_the_runtime_only() -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    dry = subprocess.run(["make", "-n", "-B", "demo"], cwd=ROOT, capture_output=True, text=True, check=True)
    installs = [line for line in dry.stdout.splitlines() if "pip install" in line]
    assert installs, dry.stdout
    assert not [line for line in installs if "--group" in line or "[" in line], installs
    assert any(re.search(r"pip install .*-e \.$", line) for line in installs), installs


def test_the_sdist_and_wheel_build_with_what_they_need(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    assert wheel.name == f"newsclean-{newsclean.__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    assert "newsclean/py.typed" in names
    assert "newsclean/catalog/vocabulary/de.toml" in names
    assert "newsclean/catalog/scorer.tsv" in names  # the learned scorer's weights
    assert "newsclean/batch.py" in names
    metadata = zipfile.ZipFile(wheel).read(f"newsclean-{newsclean.__version__}.dist-info/METADATA").decode()
    assert "Provides-Extra: datatrove" in metadata
    assert re.search(r"Requires-Dist: orjson.*extra == .datatrove.", metadata)
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    assert any(member.endswith("/README.md") for member in members)
    assert any(member.endswith("/seeds/000_b57a007ab773b582.txt") for member in members)


def test_the_wheel_installs_into_a_fresh_environment_where_the_command_runs(
    dist: Path, tmp_path: Path
) -> None:
    (wheel,) = dist.glob("*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True, text=True, check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    check = subprocess.run([str(python), "-m", "pip", "check"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout
    clean_env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    command = env_dir / "bin" / "newsclean"
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"newsclean {newsclean.__version__}"
    cleaned = subprocess.run(
        [str(command), str(SEED)], capture_output=True, text=True, check=True, cwd=tmp_path, env=clean_env
    )
    assert cleaned.stdout == (ROOT / "fixtures" / "seeds" / SEED.name).read_text(encoding="utf-8")
    # The README's first example, as written, with the file it reads.
    (tmp_path / "article.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    example = subprocess.run(
        [str(python), "-c", "import newsclean\nprint(newsclean.clean(open('article.txt').read())[:40])"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=clean_env,
    )
    assert example.stdout.startswith("Blinken: Escalation")
