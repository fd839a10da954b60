"""Outputs never cost data: an output is opened only when it will be written, never over an input,
and never read back as an input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsclean.cli import main

ARTICLE = "The council approved the budget on Tuesday.\n\nYou have read 3 articles this month."


def _corpus(path: Path, records: int = 3) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": i, "text": ARTICLE}) for i in range(records)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.splitlines()]


# --- --resume -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_resume_leaves_a_finished_jsonl_output_as_it_was(tmp_path: Path, name: str) -> None:
    corpus, out = _corpus(tmp_path / "in.jsonl"), tmp_path / name
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    finished = out.read_bytes()
    assert main([str(corpus), "-o", str(out), "-q", "--resume"]) == 0
    assert out.read_bytes() == finished
    assert len(_lines(out)) == 3


@pytest.mark.parametrize("resume", [[], ["--resume"]], ids=["plain", "resume"])
def test_an_output_that_is_an_input_is_a_usage_error_and_the_input_survives(
    tmp_path: Path, resume: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "in.jsonl")
    before = corpus.read_bytes()
    assert main([str(corpus), "-o", str(corpus), "-q", *resume]) == 2
    assert "is an input" in capsys.readouterr().err
    assert corpus.read_bytes() == before


def test_an_output_that_is_an_input_under_another_name_is_refused(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in.jsonl")
    (tmp_path / "link.jsonl").symlink_to(corpus)
    before = corpus.read_bytes()
    assert main([str(corpus), "-o", str(tmp_path / "link.jsonl"), "-q"]) == 2
    assert corpus.read_bytes() == before
