"""Fuzzing: the JSONL reader and the cleaner take whatever a crawl holds and answer every record.

The crashers these runs found are kept in fixtures/crashers/ and replayed on every run.
"""

from __future__ import annotations

import contextlib
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
from newsclean.rulefile import discover

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


def _strict_json(line: bytes) -> object:
    """JSON as the standard defines it: Python's reader also takes NaN and Infinity."""

    def refuse(name: str) -> object:
        raise AssertionError(f"{name} is not JSON: {line!r}")

    return json.loads(line, parse_constant=refuse)


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
        out = _strict_json(result.payload)
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
        assert isinstance(_strict_json(result.payload), dict)
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


# --- rule files ------------------------------------------------------------------------------

_toml_scalars = st.one_of(
    st.text(max_size=12), st.integers(-3, 50), st.floats(allow_nan=False, allow_infinity=False), st.booleans()
)
_toml_values = st.recursive(
    _toml_scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=2)
    ),
    max_leaves=5,
)
# Values that are right for their key, so that rules get far enough to be built and checked.
_GOOD_VALUES: dict[str, st.SearchStrategy[object]] = {
    "code": st.sampled_from(["ACME001", "ACME002", "PAY001", "acme"]),
    "name": st.sampled_from(["acme-ad", "Acme Ad"]),
    "category": st.sampled_from(["advertisement", "legal", "promo"]),
    "summary": st.just("An Acme rule."),
    "phrases": st.lists(st.sampled_from(["Try Acme", "", "Acme (plus)", "a"]), max_size=2),
    "alone": st.lists(st.sampled_from(["Acme", "Anzeige"]), max_size=2),
    "follow": st.sampled_from(["nothing", "headline", "anything", "more"]),
    "pattern": st.sampled_from(["acme.*", "(unclosed", "(a|aa)+b", "a{2,}", "(?P<hit>acme)"]),
    "keywords": st.lists(st.sampled_from(["acme", "Acme", "", " a", "^acme$"]), max_size=2),
    "removes": st.lists(st.sampled_from(["Try Acme", "acme", "aab", "Acme"]), max_size=2),
    "keeps": st.lists(st.sampled_from(["The Acme vote passed.", "acme"]), max_size=2),
    "languages": st.lists(st.sampled_from(["en", "de", "xx"]), max_size=2),
    "sites": st.lists(st.sampled_from(["acme.example", ""]), max_size=2),
    "max_words": st.integers(-1, 30),
    "evidence": st.sampled_from(["strong", "weak", "medium"]),
    "unless": st.sampled_from(["said", "(", "(a|aa)+c"]),
    "select": st.lists(st.sampled_from(["ALL", "PAY", "ACME", "NOPE999"]), max_size=2),
    "ignore": st.lists(st.sampled_from(["credit", "NAV004", "x"]), max_size=2),
    "guard_threshold": st.floats(-1, 2),
    "pattern_timeout": st.floats(-1, 20),
    "size_limit": st.integers(-1, 10**9),
    "format": st.sampled_from(["auto", "html", "pdf"]),
}
_RULE_KEYS = [
    "code", "name", "category", "summary", "phrases", "alone", "follow", "pattern", "keywords", "removes",
    "keeps", "languages", "sites", "max_words", "evidence", "unless", "whole", "message", "junk",
]
_FILE_KEYS = ["select", "ignore", "languages", "guard_threshold", "pattern_timeout", "size_limit", "format",
              "preview", "favor", "junk"]


def _value(key: str) -> st.SearchStrategy[object]:
    return (_GOOD_VALUES[key] | _toml_values) if key in _GOOD_VALUES else _toml_values


def _tables(keys: list[str]) -> st.SearchStrategy[dict[str, object]]:
    return st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)).flatmap(
        lambda chosen: st.fixed_dictionaries({key: _value(key) for key in chosen})
    )


def _toml(value: object) -> str:
    """``value`` as an inline TOML value (strings as JSON writes them, which TOML reads)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(key)} = {_toml(item)}" for key, item in value.items()) + "}"
    return json.dumps(value)


@settings(max_examples=150, deadline=None)
@given(settings_table=_tables(_FILE_KEYS), rules=st.lists(_tables(_RULE_KEYS), max_size=3))
def test_any_rule_file_gives_a_config_or_one_rule_file_error(  # type: ignore[no-untyped-def]
    settings_table: dict[str, object], rules: list[dict[str, object]], tmp_path_factory
) -> None:
    lines = [f"{key} = {_toml(value)}" for key, value in settings_table.items()]
    for rule in rules:
        lines += ["[[rules]]", *(f"{key} = {_toml(value)}" for key, value in rule.items())]
    path = tmp_path_factory.mktemp("rules") / "newsclean.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        config = newsclean.Config.from_file(path)
    except newsclean.RuleFileError:
        return  # one error, listing the problems
    document = "Try Acme today.\n\nThe vote passed."
    assert isinstance(newsclean.clean(document, config=config.replace(size_limit=None)), str)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300), name=st.sampled_from(["newsclean.toml", "pyproject.toml"]))
def test_any_bytes_as_a_rule_file_give_a_config_or_a_rule_file_error(  # type: ignore[no-untyped-def]
    data: bytes, name: str, tmp_path_factory
) -> None:
    path = tmp_path_factory.mktemp("rules") / name
    path.write_bytes(data)
    with contextlib.suppress(newsclean.RuleFileError):
        newsclean.Config.from_file(path)


# --- config discovery ----------------------------------------------------------------------------

_PYPROJECTS = {
    "a table": "[tool.newsclean]\nignore = ['NAV004']\n",
    "no table": "[project]\nname = 'x'\n",
    "broken": "[tool]\nnewsclean = 5\n",
}
_folders = st.fixed_dictionaries(
    {},
    optional={
        "newsclean.toml": st.sampled_from(["ignore = ['NAV004']\n", "select = 5\n"]),
        "pyproject.toml": st.sampled_from(sorted(_PYPROJECTS)),
        ".git": st.just(True),
        "shared": st.just(True),
    },
)


@settings(max_examples=100, deadline=None)
@given(levels=st.lists(_folders, min_size=1, max_size=5))
def test_discovery_finds_the_nearest_rule_file_inside_the_project_and_no_further(  # type: ignore[no-untyped-def]
    levels: list[dict[str, object]], tmp_path_factory
) -> None:
    """Folders nested as listed, outermost first; discovery starts in the innermost."""
    folder = tmp_path_factory.mktemp("tree")
    folders = []
    for level in levels:
        folder = folder / "d"
        folder.mkdir()
        if "newsclean.toml" in level:
            (folder / "newsclean.toml").write_text(str(level["newsclean.toml"]), encoding="utf-8")
        if "pyproject.toml" in level:
            pyproject = _PYPROJECTS[str(level["pyproject.toml"])]
            (folder / "pyproject.toml").write_text(pyproject, encoding="utf-8")
        if ".git" in level:
            (folder / ".git").mkdir()
        if "shared" in level:
            folder.chmod(0o1777)
        folders.append(folder)
    expected: Path | None = None
    broken = False
    for folder, level in reversed(list(zip(folders, levels, strict=True))):
        if "shared" in level:
            break
        if "newsclean.toml" in level:
            expected = folder / "newsclean.toml"
            break
        if level.get("pyproject.toml") == "broken":
            broken = True
            break
        if level.get("pyproject.toml") == "a table":
            expected = folder / "pyproject.toml"
            break
        if ".git" in level or "pyproject.toml" in level:
            break
    if broken:
        with pytest.raises(newsclean.RuleFileError):
            discover(folders[-1])
    else:
        assert discover(folders[-1]) == expected
