"""Fuzzing: the JSONL reader and the cleaner take whatever a crawl holds and answer every record.

The crashers these runs found are kept in fixtures/crashers/ and replayed on every run.
"""

from __future__ import annotations

import gzip
import io
import json
import time
import unittest.mock
from pathlib import Path, PurePosixPath

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.cli import inputs
from newsclean.cli.inputs import _GZIP_MAGIC, _ZSTD_MAGIC, Source, read_items
from newsclean.cli.records import Fields, parse_line
from newsclean.cli.runner import Settings, clean_items

CRASHERS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "crashers").iterdir())

_COMPRESSED = (_GZIP_MAGIC, _ZSTD_MAGIC)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
_records = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=300), _json_values)},
    optional={"id": _json_values, "url": st.one_of(st.text(max_size=30), _json_values)},
)
# A line of a real crawl: a record, any JSON, broken JSON, or bytes that are not even UTF-8.
_lines = st.one_of(
    _records.map(lambda record: json.dumps(record).encode()),
    _records.map(lambda record: json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    _json_values.map(lambda value: json.dumps(value).encode()),
    _records.map(lambda record: json.dumps(record).encode()[: len(json.dumps(record)) // 2]),
    # Not a gzip or zstd magic number: a file that opens with one is read as compressed (a
    # corrupt one is one error for the file, like test_cli.py's truncated .gz), not line by line.
    st.binary(max_size=80).filter(
        lambda data: b"\n" not in data and b"\r" not in data and not data.startswith(_COMPRESSED)
    ),
    st.just(b"[" * 100_000),  # nested deeper than the JSON parser recurses
)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(_lines, min_size=1, max_size=12))
def test_every_line_of_a_jsonl_file_comes_out_as_one_json_line(lines: list[bytes], tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "crawl.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    source = Source(path, PurePosixPath(path.name), jsonl=True)
    results = [result for _, result in clean_items(read_items([source]), Settings(newsclean.Config()))]
    assert len(results) == sum(1 for line in lines if line.strip())
    for result in results:
        assert result.payload is not None
        out = json.loads(result.payload)
        assert isinstance(out, dict)
        assert ("clean_error" in out) == (result.error is not None)
        assert out["clean_text"] is None or isinstance(out["clean_text"], str)


def _compress(data: bytes, kind: str) -> bytes:
    if kind == "gz":
        return gzip.compress(data)
    return zstandard.ZstdCompressor(write_checksum=kind == "zst+checksum").compress(data)


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(_lines.filter(lambda line: len(line) < 1_000), min_size=1, max_size=8),
    kind=st.sampled_from(["gz", "zst", "zst+checksum"]),
    keep=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), max_size=3),
)
def test_a_damaged_compressed_file_costs_only_itself(  # type: ignore[no-untyped-def]
    lines: list[bytes], kind: str, keep: float, flips: list[tuple[float, int]], tmp_path_factory
) -> None:
    """Truncated or with bytes flipped, a compressed file gives the records that can be read,
    then at most one error for itself; the file after it is read whole."""
    folder = tmp_path_factory.mktemp("damaged")
    damaged = bytearray(_compress(b"\n".join(lines) + b"\n", kind))
    del damaged[max(4, int(len(damaged) * keep)) :]  # the magic number stays: it is read as compressed
    body = len(damaged) - 4
    for where, mask in flips if body else ():
        damaged[4 + int(body * where) % body] ^= mask
    (folder / "damaged.jsonl").write_bytes(bytes(damaged))
    (folder / "good.jsonl").write_bytes(b'{"text": "one"}\n{"text": "two"}\n')
    names = ("damaged.jsonl", "good.jsonl")
    sources = [Source(folder / name, PurePosixPath(name), jsonl=True) for name in names]
    results = list(clean_items(read_items(sources), Settings(newsclean.Config())))
    for _, result in results:
        assert result.payload is not None
        assert isinstance(json.loads(result.payload), dict)
    from_damaged = [(item, result) for item, result in results if item.source is sources[0]]
    unreadable = [item for item, _ in from_damaged if item.line is None]
    assert len(unreadable) <= 1
    assert not unreadable or from_damaged[-1][0] is unreadable[0]
    good = [json.loads(result.payload)["clean_text"] for item, result in results if item.source is sources[1]]  # type: ignore[arg-type]
    assert good == ["one", "two"]


_one_line = st.binary(max_size=40).map(lambda line: line.replace(b"\n", b""))


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(_one_line, min_size=1, max_size=10),
    block=st.integers(1, 16),
    longest=st.integers(0, 30),
)
def test_lines_are_read_whole_or_dropped_whole(lines: list[bytes], block: int, longest: int) -> None:
    """Whatever the blocks, every line comes out once, in order: itself, or ``None`` if it
    grew past ``longest`` bytes before its end arrived (never when it is no longer than that)."""
    data = b"\n".join(lines)
    with unittest.mock.patch.object(inputs, "_BLOCK", block):
        found = list(inputs._lines(io.BytesIO(data), longest))
    expected = lines if lines[-1] else lines[:-1]  # a final line break ends the last line
    for line, got in zip(expected, found, strict=True):
        assert got == line or (got is None and len(line) > longest)


@settings(max_examples=200, deadline=None)
@given(line=st.binary(max_size=200))
def test_any_bytes_parse_to_a_record_or_an_error(line: bytes) -> None:
    record = parse_line(line, Fields())
    assert record.error is not None or record.content is not None or record.fields is not None


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=2_000))
def test_any_bytes_are_cleaned_or_refused_clearly(data: bytes) -> None:
    result, refusal = _answer(data)
    assert isinstance(result, newsclean.Cleaned) or "not an HTML page" in str(refusal)


def _answer(content: str | bytes) -> tuple[newsclean.Cleaned | None, ValueError | None]:
    try:
        return newsclean.explain(content), None
    except ValueError as error:
        return None, error


@pytest.mark.parametrize("crasher", CRASHERS, ids=lambda path: path.name)
def test_crashers_found_so_far_get_an_answer_quickly(crasher: Path) -> None:
    data = crasher.read_bytes()
    start = time.perf_counter()
    result, refusal = _answer(data)  # a clear refusal is an answer
    assert result is not None or "not an HTML page" in str(refusal)
    assert isinstance(_answer(data.decode("utf-8", "replace"))[0], newsclean.Cleaned)  # a str: always
    assert time.perf_counter() - start < 5, f"{crasher.name} took too long"
