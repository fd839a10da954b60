"""Coverage-guided fuzzing of newsclean's inputs with atheris: text, pages (bytes, and str with
surrogates), JSONL records, compressed JSONL files, rule files and rule-file discovery.

    pip install -e . --group fuzz
    python fuzz/fuzz_newsclean.py -max_total_time=600 -timeout=10 fuzz/corpus

Any exception other than the documented refusals is a crash, and so is a broken promise (a
JSONL line out that is not strict JSON, a paragraph lost after a surrogate); an input that takes
longer than ``-timeout`` seconds is a hang. libFuzzer writes either to ``crash-*`` or
``timeout-*``; keep it in fixtures/crashers/, where tests/test_fuzz.py replays it on every run.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path, PurePosixPath

import atheris

with atheris.instrument_imports(include=["newsclean"]):
    import zstandard

    import newsclean
    from newsclean.cli.inputs import Source, read_items
    from newsclean.cli.records import Fields, parse_line
    from newsclean.cli.runner import Settings, clean_items
    from newsclean.rulefile import discover

_FIELDS = Fields()
_SETTINGS = Settings(newsclean.Config())
# Where the checks write their files, each removed once checked (libFuzzer ends the process
# without running exit handlers, so nothing is left to clean up at the end).
_WORK = Path(tempfile.gettempdir()) / "newsclean-fuzz"
_WORK.mkdir(exist_ok=True)
_BODY = "The council approved the budget on Tuesday after a long debate about the city's taxes."


def _check_text(text: str) -> None:
    result = newsclean.explain(text)
    assert len(result.text) <= len(text) or text.lstrip().startswith("<")
    assert newsclean.clean(text) == result.text


def _check_bytes(data: bytes) -> None:
    try:
        result = newsclean.explain(data)
    except ValueError as error:
        if "not an HTML page" not in str(error):
            raise
        return
    assert isinstance(result.text, str)


def _check_record(line: bytes) -> None:
    record = parse_line(line, _FIELDS)
    assert record.error is not None or record.content is not None or record.fields is not None


def _check_page_with_junk(junk: str) -> None:
    """Whatever one paragraph holds (surrogates, controls), the paragraph after it survives."""
    page = f"<html><body><article><p>{html.escape(junk)}</p><p>{_BODY}</p></article></body></html>"
    assert _BODY in newsclean.clean(page)


def _strict(line: bytes) -> object:
    def refuse(name: str) -> object:
        raise AssertionError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)


def _check_compressed(provider: atheris.FuzzedDataProvider) -> None:
    """A JSONL file, compressed and perhaps damaged: valid records, then at most one error."""
    lines = provider.ConsumeBytes(provider.ConsumeIntInRange(0, 2_000))
    packed = bytearray(gzip.compress(lines) if provider.ConsumeBool() else zstandard.compress(lines))
    for _ in range(provider.ConsumeIntInRange(0, 3)):
        if len(packed) > 4:
            packed[provider.ConsumeIntInRange(4, len(packed) - 1)] = provider.ConsumeIntInRange(0, 255)
    del packed[max(4, provider.ConsumeIntInRange(0, len(packed))) :]
    path = _WORK / f"{os.getpid()}.jsonl"
    path.write_bytes(bytes(packed))
    source = Source(path, PurePosixPath(path.name), jsonl=True)
    try:
        results = list(clean_items(read_items([source]), _SETTINGS))
    finally:
        path.unlink()
    unreadable = [position for position, (item, _) in enumerate(results) if item.line is None]
    assert unreadable in ([], [len(results) - 1])
    for _, result in results:
        assert result.payload is not None
        assert isinstance(_strict(result.payload), dict)


def _check_rule_file(provider: atheris.FuzzedDataProvider) -> None:
    """Any bytes as a rule file: a configuration or one RuleFileError."""
    name = "pyproject.toml" if provider.ConsumeBool() else "newsclean.toml"
    path = Path(tempfile.mkdtemp(dir=_WORK)) / name
    path.write_bytes(provider.ConsumeBytes(provider.ConsumeIntInRange(0, 4_000)))
    try:
        newsclean.Config.from_file(path)
    except newsclean.RuleFileError:
        pass
    finally:
        shutil.rmtree(path.parent)


def _check_discovery(provider: atheris.FuzzedDataProvider) -> None:
    """Nested folders, each with or without a rule file, a pyproject (any bytes) or a .git:
    discovery returns a file inside the tree, nothing, or one RuleFileError."""
    root = Path(tempfile.mkdtemp(dir=_WORK))
    try:
        _discover_in(root, provider)
    finally:
        shutil.rmtree(root)


def _discover_in(root: Path, provider: atheris.FuzzedDataProvider) -> None:
    folder = root
    for _ in range(provider.ConsumeIntInRange(1, 4)):
        folder = folder / "d"
        folder.mkdir()
        if provider.ConsumeBool():
            (folder / "newsclean.toml").write_bytes(provider.ConsumeBytes(40))
        if provider.ConsumeBool():
            (folder / "pyproject.toml").write_bytes(provider.ConsumeBytes(200))
        if provider.ConsumeBool():
            (folder / ".git").mkdir()
    try:
        found: Path | None = discover(folder)
    except newsclean.RuleFileError as error:
        found = error.path  # a broken pyproject.toml on the way, which must be inside the tree
    assert found is None or found.is_relative_to(root)


def test_one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    kind = provider.ConsumeIntInRange(0, 6)
    if kind == 0:
        _check_text(provider.ConsumeUnicode(len(data)))
    elif kind == 1:
        _check_bytes(provider.ConsumeBytes(len(data)))
    elif kind == 2:
        _check_record(provider.ConsumeBytes(len(data)))
    elif kind == 3:
        _check_page_with_junk(provider.ConsumeUnicode(len(data)))
    elif kind == 4:
        _check_compressed(provider)
    elif kind == 5:
        _check_rule_file(provider)
    else:
        _check_discovery(provider)


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
