"""The JSONL invariant: N records in, N records out, in order, each valid JSON, or no output at all.

Checked where it is most likely to break: a run killed at any moment, a disk that fills up,
and inputs that are corrupt in every way the reader knows of, with one job and with two.
"""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from full_disk import fill_up
from newsclean.cli import main

ARTICLE = "The council approved the budget on Tuesday.\n\nYou have read 3 articles this month."


def _records(path: Path, count: int) -> list[bytes]:
    texts = (ARTICLE.replace("budget", f"budget {i}") for i in range(count))
    lines = [json.dumps({"n": i, "text": text}).encode() for i, text in enumerate(texts)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


def _strict(line: bytes) -> dict[str, object]:
    def refuse(name: str) -> object:
        raise AssertionError(f"{name} is not JSON")

    value = json.loads(line, parse_constant=refuse)
    assert isinstance(value, dict)
    return value


def _assert_invariant(output: Path, count: int) -> list[dict[str, object]]:
    """``output`` holds ``count`` strictly valid JSON records, the n-th from the n-th line in."""
    data = output.read_bytes()
    if output.name.endswith(".gz"):
        data = gzip.decompress(data)
    records = [_strict(line) for line in data.splitlines()]
    assert len(records) == count
    assert [record.get("n") for record in records if "n" in record] == sorted(
        record["n"] for record in records if "n" in record  # type: ignore[type-var]
    )
    return records


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.rglob(".*.tmp"))


# --- killed runs --------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_killed_at_any_moment_leaves_all_or_nothing_and_the_next_run_completes(
    tmp_path: Path, jobs: str
) -> None:
    corpus, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl.gz"
    _records(corpus, 30_000)  # two to three seconds of work
    command = [sys.executable, "-m", "newsclean", str(corpus), "-o", str(out), "-q", "--jobs", jobs]
    for delay in (0.5, 1.0, 1.5):
        run = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait()
        if out.exists():  # the kill came after the rename: the whole output is there
            _assert_invariant(out, 30_000)
            out.unlink()
    subprocess.run(command, check=True)
    _assert_invariant(out, 30_000)
    assert _temporaries(tmp_path) == []  # what the killed runs left is gone


def test_a_killed_mirror_run_is_finished_by_resume(tmp_path: Path) -> None:
    shards = {f"shard-{i}.jsonl": 2_500 for i in range(12)}  # two to three seconds of work
    for name, count in shards.items():
        _records(tmp_path / "in" / name, count)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsclean", str(tmp_path / "in"), "-o", str(out), "-q"]
    run = subprocess.Popen(command)
    time.sleep(1.0)
    run.send_signal(signal.SIGKILL)
    run.wait()
    for finished in out.glob("*.jsonl") if out.exists() else ():
        _assert_invariant(finished, shards[finished.name])
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    for name, count in shards.items():
        _assert_invariant(out / name, count)
    assert _temporaries(out) == []


# --- a full disk --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_a_full_disk_leaves_no_output_and_a_rerun_with_room_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    corpus, out = tmp_path / "in.jsonl", tmp_path / name
    _records(corpus, 2_000)
    with monkeypatch.context() as patch:
        fill_up(patch, room=1_000)
        assert main([str(corpus), "-o", str(out), "-q"]) == 3
    assert not out.exists()
    assert _temporaries(tmp_path) == []
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    _assert_invariant(out, 2_000)


# --- corrupt inputs -----------------------------------------------------------------------------

_BROKEN_LINES = [
    b'{"n": "broken", "text": ',  # cut short
    b"\xff\xfe not UTF-8",
    b'{"text": "x", "v": NaN}',
    b'{"text": "x", "v": 1e400}',
    b"[1, 2, 3]",
    b'{"body": "no text field"}',
    b'{"text": null}',
    b"[" * 100_000,  # deeper than the JSON parser recurses
    b'{"text": "<html><body><p>Kept \\ud800 whole.</p></body></html>"}',
    b'{"text": "' + b"\\u0000" * 1_000 + b'"}',
    b'{"text": "x", "url": "http://[::1"}',
]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corrupt_lines_come_out_in_their_place(tmp_path: Path, jobs: str) -> None:
    good = _records(tmp_path / "good.jsonl", 300)
    lines = [*good]
    for i, broken in enumerate(_BROKEN_LINES):
        lines.insert(1 + i * 25, broken)
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q", "--jobs", jobs]) == 1
    records = _assert_invariant(out, len(lines))
    assert sum("clean_error" in record for record in records) == 8  # the first eight broken lines


def test_a_corrupt_shard_costs_itself_and_the_other_shards_are_whole(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _records(folder / "a.jsonl", 200)
    packed = bytearray(gzip.compress(b"\n".join(_records(tmp_path / "b.jsonl", 200)) + b"\n"))
    packed[len(packed) // 2] ^= 0xFF
    (folder / "b.jsonl.gz").write_bytes(bytes(packed))
    _records(folder / "c.jsonl", 200)
    out = tmp_path / "out.jsonl"
    assert main([str(folder), "-o", str(out), "-q", "--jobs", "2"]) == 1
    records = [_strict(line) for line in out.read_bytes().splitlines()]
    assert [record["n"] for record in records[:200]] == list(range(200))
    assert [record["n"] for record in records[-200:]] == list(range(200))
    assert sum("clean_error" in record for record in records) == 1
