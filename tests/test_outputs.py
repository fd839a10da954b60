"""Outputs never cost data: an output is opened only when it will be written, never over an input,
and never read back as an input."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from full_disk import fill_up
from newsclean.cli import main, runner

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


# --- outputs that cannot be written ---------------------------------------------------------------


@pytest.fixture
def no_cleaning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if any document is cleaned: the error must come before the work."""

    def cleaned(*arguments: object) -> None:
        raise AssertionError("a document was cleaned before the output was checked")

    monkeypatch.setattr(runner, "process", cleaned)


@pytest.mark.usefixtures("no_cleaning")
@pytest.mark.parametrize(
    ("output", "problem"),
    [
        ("notes.txt", "notes.txt is a file, not a folder"),
        ("/dev/null", "/dev/null is a device (to discard an output, write it to - and redirect that)"),
        ("notes.txt/out.jsonl", "notes.txt is a file, not a folder"),
        ("sealed/out.jsonl", "sealed is not writable"),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_any_work(
    tmp_path: Path,
    output: str,
    problem: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if output.startswith("sealed") and os.geteuid() == 0:
        pytest.skip("root writes in any folder")
    monkeypatch.chdir(tmp_path)
    corpus = _corpus(tmp_path / "in.jsonl")
    (tmp_path / "notes.txt").write_text("keep me\n", encoding="utf-8")
    (tmp_path / "sealed").mkdir(mode=0o500)
    assert main([str(corpus), "-o", output, "-q"]) == 2
    assert problem in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text("utf-8") == "keep me\n"


@pytest.mark.usefixtures("no_cleaning")
@pytest.mark.parametrize("option", ["--stats", "--report"])
@pytest.mark.parametrize(("name", "problem"), [("folder", "is a folder"), ("in.jsonl", "is an input")])
def test_stats_and_report_files_are_checked_before_any_work(
    tmp_path: Path, option: str, name: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "in.jsonl")
    (tmp_path / "folder").mkdir()
    assert main([str(corpus), "-o", str(tmp_path / "out.jsonl"), "-q", option, str(tmp_path / name)]) == 2
    assert problem in capsys.readouterr().err


def test_a_full_disk_has_its_own_message_and_exit_code_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    for name in ("a", "b", "c"):
        _corpus(folder / f"{name}.jsonl", 20)
    fill_up(monkeypatch, room=5_000)
    out = tmp_path / "out"
    assert main([str(folder), "-o", str(out), "-q"]) == 3
    err = capsys.readouterr().err
    assert f"cannot write {out / 'b.jsonl'}: No space left on device" in err
    assert "finished outputs are complete" in err
    assert sorted(path.name for path in out.iterdir()) == ["a.jsonl"]  # complete; no .tmp
    assert len(_lines(out / "a.jsonl")) == 20


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("mount") is None, reason="mounting a tmpfs needs root")
def test_a_really_full_disk_costs_the_unfinished_output_only(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], check=False).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        corpus = _corpus(tmp_path / "in.jsonl", 400)  # about 100 KB of output
        run = subprocess.run(
            [sys.executable, "-m", "newsclean", str(corpus), "-o", str(disk / "out.jsonl"), "-q"],
            capture_output=True, text=True, check=False,
        )
        assert run.returncode == 3
        assert "No space left on device" in run.stderr
        assert "Traceback" not in run.stderr
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def _dead_pid() -> int:
    finished = subprocess.Popen(["true"])
    finished.wait()
    return finished.pid


def test_temporary_files_of_killed_runs_are_removed(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in.jsonl")
    stale = tmp_path / f".out.jsonl.{_dead_pid()}.tmp"
    alive = tmp_path / f".out.jsonl.{os.getppid()}.tmp"  # another run, still going
    stale.write_text("half a record", encoding="utf-8")
    alive.write_text("half a record", encoding="utf-8")
    assert main([str(corpus), "-o", str(tmp_path / "out.jsonl"), "-q"]) == 0
    assert not stale.exists()
    assert alive.exists()


def test_resume_removes_the_temporary_files_of_killed_runs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _corpus(folder / "a.jsonl")
    _corpus(folder / "sub" / "b.jsonl")
    out = tmp_path / "out"
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    stale = out / "sub" / f".b.jsonl.{_dead_pid()}.tmp"
    stale.write_text("half a record", encoding="utf-8")
    assert main([str(folder), "-o", str(out), "-q", "--resume"]) == 0
    assert not stale.exists()
