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


# --- outputs inside and around input folders ------------------------------------------------------


def test_a_jsonl_output_inside_the_input_folder_is_not_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "f2"
    _corpus(folder / "a.jsonl", 2)
    _corpus(folder / "b.jsonl", 2)
    out = folder / "all.jsonl"
    for _ in range(3):
        assert main([str(folder), "-o", str(out), "-q"]) == 0
        assert len(_lines(out)) == 4


def test_an_output_folder_above_the_input_folder_is_written(tmp_path: Path) -> None:
    _corpus(tmp_path / "data" / "raw" / "a.jsonl")
    assert main([str(tmp_path / "data" / "raw"), "-o", str(tmp_path / "data"), "-q"]) == 0
    assert len(_lines(tmp_path / "data" / "a.jsonl")) == 3
    assert len(_lines(tmp_path / "data" / "raw" / "a.jsonl")) == 3  # the input, untouched


def test_the_input_folder_itself_as_output_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "in" / "a.jsonl")
    before = corpus.read_bytes()
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "in"), "-q"]) == 2
    assert "is an input folder" in capsys.readouterr().err
    assert corpus.read_bytes() == before


def test_a_mirrored_output_that_would_replace_an_input_is_refused(tmp_path: Path) -> None:
    # data/raw/raw/a.jsonl mirrors to data/raw/a.jsonl, which is an input too.
    _corpus(tmp_path / "data" / "raw" / "raw" / "a.jsonl")
    other = _corpus(tmp_path / "data" / "raw" / "a.jsonl", 5)
    before = other.read_bytes()
    assert main([str(tmp_path / "data" / "raw"), "-o", str(tmp_path / "data"), "-q"]) == 2
    assert other.read_bytes() == before
