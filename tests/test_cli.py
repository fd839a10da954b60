"""The newsclean command: inputs, outputs, parallel runs, errors, resume, explain and rule views."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path, PurePosixPath

import pytest
import zstandard
from tqdm import tqdm

import newsclean
from newsclean.cli import main
from newsclean.cli import runner as runner_module
from newsclean.cli.inputs import Item, Source
from newsclean.cli.runner import Settings, clean_items

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = SEEDS[1]
EXPECTED = ROOT / "fixtures" / "seeds" / SEED.name
HTML_PAGE = ROOT / "fixtures" / "html" / "figure-credit.html"
ARTICLE = "The council approved the budget on Tuesday.\n\nYou have read 3 articles this month.\n\nGo deeper"


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _corpus(path: Path, records: int, *, malformed_every: int = 0) -> Path:
    """``records`` lines: articles, and (every ``malformed_every``-th) a line that is not one."""
    broken = [
        '{"id": 1, "text": ',
        "[1, 2, 3]",
        '{"id": 2, "body": "no text field"}',
        '{"id": 3, "text": null}',
    ]
    lines = []
    for i in range(records):
        if malformed_every and i % malformed_every == malformed_every - 1:
            lines.append(broken[(i // malformed_every) % len(broken)])
        else:
            lines.append(
                json.dumps({"id": i, "text": ARTICLE.replace("budget", f"budget {i}"), "lang": "en"})
            )
    return _jsonl(path, lines)


# --- one document --------------------------------------------------------------------------


def test_a_file_is_cleaned_to_stdout_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    out, err = capsys.readouterr()
    assert out == EXPECTED.read_text(encoding="utf-8")
    assert err == ""  # one text on stdout: no summary after it


def test_stdin_is_read_when_no_path_is_given() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean"], input=SEED.read_bytes(), capture_output=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == EXPECTED.read_text(encoding="utf-8")


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "newsclean"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"newsclean {newsclean.__version__}"


# --- JSONL ---------------------------------------------------------------------------------


def test_every_record_in_is_a_record_out_with_errors_flagged(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(tmp_path / "in.jsonl", 100, malformed_every=10)
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out)]) == 1  # some records had errors
    records = _read_jsonl(out)
    assert len(records) == 100
    errors = [r for r in records if "clean_error" in r]
    assert len(errors) == 10
    assert {"clean_raw"} <= set(errors[0])  # an unparseable line is passed through as it was
    assert errors[0]["clean_raw"] == '{"id": 1, "text": '
    good = [r for r in records if "clean_error" not in r]
    assert all(r["clean_text"] == r["text"].split("\n\n")[0] for r in good)
    assert all(r["lang"] == "en" for r in good)  # every input field is kept
    err = capsys.readouterr().err
    assert "100 documents" in err
    assert "10 with errors" in err
    assert "in.jsonl:10: invalid JSON" in err


def test_records_over_the_size_limit_are_errors_unless_the_limit_is_lifted(tmp_path: Path) -> None:
    corpus = _jsonl(tmp_path / "in.jsonl", [json.dumps({"text": "x" * 2_000}), json.dumps({"text": "ok"})])
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q", "--size-limit", "1KB"]) == 1
    first, second = _read_jsonl(out)
    assert "size_limit=1,000" in first["clean_error"]
    assert second["clean_text"] == "ok"
    assert main([str(corpus), "-o", str(out), "-q", "--size-limit", "1KB", "--size-limit", "0"]) == 0
    assert _read_jsonl(out)[0]["clean_text"] == "x" * 2_000


def test_blank_lines_are_not_records(tmp_path: Path) -> None:
    corpus = _jsonl(
        tmp_path / "in.jsonl", [json.dumps({"text": ARTICLE}), "", "   ", json.dumps({"text": "x"})]
    )
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    assert len(_read_jsonl(out)) == 2


def test_invalid_utf8_is_an_error_record_not_a_crash(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(b'{"text": "caf\xe9"}\n' + json.dumps({"text": ARTICLE}).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 1
    first, second = _read_jsonl(out)
    assert "not UTF-8" in first["clean_error"]
    assert second["clean_text"] == "The council approved the budget on Tuesday."


def _strict_json(line: str) -> dict:
    """A JSON line as a strict reader reads it: no NaN or Infinity."""

    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)  # type: ignore[no-any-return]


@pytest.mark.parametrize("number", ["1e400", "-1e400", "NaN", "Infinity", "-Infinity"])
def test_numbers_that_json_cannot_write_make_an_error_record_kept_whole(
    tmp_path: Path, number: str
) -> None:
    line = f'{{"text": "x", "n": {number}}}'
    corpus = _jsonl(tmp_path / "in.jsonl", [line, json.dumps({"text": "ok", "n": 1.5})])
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 1
    refused, fine = map(_strict_json, out.read_text("utf-8").splitlines())
    assert refused["clean_raw"] == line
    assert refused["clean_error"].startswith("invalid JSON: ")
    assert (fine["clean_text"], fine["n"]) == ("ok", 1.5)


def test_a_byte_order_mark_before_the_first_record_is_not_part_of_it(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(b"\xef\xbb\xbf" + _corpus(tmp_path / "plain.jsonl", 3).read_bytes())
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    assert [record["id"] for record in _read_jsonl(out)] == [0, 1, 2]


@pytest.mark.parametrize("url", ["http://[::1", "http://[zz]/story"])
def test_a_malformed_url_is_ignored_with_a_note_not_the_records_failure(tmp_path: Path, url: str) -> None:
    corpus = _jsonl(tmp_path / "in.jsonl", [json.dumps({"text": ARTICLE, "url": url})])
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    assert _read_jsonl(out)[0]["clean_text"] == "The council approved the budget on Tuesday."
    page = HTML_PAGE.read_text(encoding="utf-8")
    for content in (ARTICLE, page):
        result = newsclean.explain(content, url=url)
        assert f"the url {url!r} is malformed and was ignored" in result.notes
        assert newsclean.clean(content, url=url) == result.text


def test_fields_an_earlier_run_wrote_describe_this_run(tmp_path: Path) -> None:
    stale = {"text": ARTICLE, "clean_error": "an old failure", "clean_removals": [], "clean_metadata": {}}
    corpus = _jsonl(tmp_path / "in.jsonl", [json.dumps(stale)])
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    (record,) = _read_jsonl(out)
    assert set(record) == {"text", "clean_text"}
    assert main([str(corpus), "-o", str(out), "-q", "--removals"]) == 0
    assert [removal["code"] for removal in _read_jsonl(out)[0]["clean_removals"]] == ["PAY001", "REL001"]


def test_fields_can_be_renamed_and_text_replaced_in_place(tmp_path: Path) -> None:
    corpus = _jsonl(
        tmp_path / "in.jsonl", [json.dumps({"key": "a", "body": ARTICLE, "link": "https://x.org/"})]
    )
    out = tmp_path / "out.jsonl"
    args = [
        str(corpus),
        "-o",
        str(out),
        "-q",
        "--text-field",
        "body",
        "--id-field",
        "key",
        "--url-field",
        "link",
    ]
    assert main([*args, "--output-field", "body"]) == 0
    (record,) = _read_jsonl(out)
    assert record == {
        "key": "a",
        "body": "The council approved the budget on Tuesday.",
        "link": "https://x.org/",
    }


def test_removals_and_metadata_can_be_added(tmp_path: Path) -> None:
    corpus = _jsonl(
        tmp_path / "in.jsonl",
        [
            json.dumps({"text": ARTICLE}),
            json.dumps({"text": HTML_PAGE.read_text(encoding="utf-8")}),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q", "--removals", "--metadata"]) == 0
    text, page = _read_jsonl(out)
    assert [r["code"] for r in text["clean_removals"]] == ["PAY001", "REL001"]
    first = text["clean_removals"][0]
    start, end = first["span"]
    assert text["text"][start:end] == first["text"]
    assert page["clean_metadata"]["title"] == "Drought cuts wheat harvest by a third"
    assert any("element" in r for r in page["clean_removals"])


def test_site_packs_follow_the_url_field(tmp_path: Path) -> None:
    text = (ROOT / "fixtures" / "sites" / "axios.txt").read_text(encoding="utf-8")
    corpus = _jsonl(
        tmp_path / "in.jsonl",
        [
            json.dumps({"text": text, "url": "https://www.axios.com/2024/04/16/gas-prices"}),
            json.dumps({"text": text, "url": "https://example.com/story"}),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    on_site, elsewhere = _read_jsonl(out)
    assert on_site["clean_text"] + "\n" == (ROOT / "fixtures" / "sites" / "axios.expected.txt").read_text(
        "utf-8"
    )
    assert elsewhere["clean_text"] != on_site["clean_text"]


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_compressed_jsonl_in_and_out(tmp_path: Path, suffix: str) -> None:
    plain = _corpus(tmp_path / "plain.jsonl", 5).read_bytes()
    packed = gzip.compress(plain) if suffix == ".gz" else zstandard.ZstdCompressor().compress(plain)
    corpus = tmp_path / f"in.jsonl{suffix}"
    corpus.write_bytes(packed)
    out = tmp_path / f"out.jsonl{suffix}"
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    data = out.read_bytes()
    raw = (
        gzip.decompress(data)
        if suffix == ".gz"
        else zstandard.ZstdDecompressor().decompressobj().decompress(data)
    )
    assert [json.loads(line)["id"] for line in raw.splitlines()] == [0, 1, 2, 3, 4]


def test_several_documents_on_stdout_come_out_as_jsonl(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([*map(str, SEEDS), "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [seed.name for seed in SEEDS]


# --- parallel ------------------------------------------------------------------------------


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in.jsonl", 300, malformed_every=7)  # several chunks per worker
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main([str(corpus), "-o", str(one), "-q", "--jobs", "1"]) == 1
    assert main([str(corpus), "-o", str(two), "-q", "--jobs", "2"]) == 1
    assert one.read_bytes() == two.read_bytes()
    assert len(_read_jsonl(two)) == 300


def test_a_record_that_kills_its_worker_costs_only_that_record() -> None:
    from crashing_rule import CRASHING_RULE, MARKER

    texts = [f"Paragraph {i} of the story." for i in range(150)]
    texts[70] = f"A poisoned record: {MARKER}."
    items = _items(texts)
    settings = Settings(newsclean.Config(extra_rules=(CRASHING_RULE,)))
    results = list(clean_items(items, settings, jobs=2))
    assert [item.line for item, _ in results] == list(range(1, 151))
    assert [item.line for item, result in results if result.error] == [71]
    outputs = [json.loads(result.payload) for _, result in results]  # type: ignore[arg-type]
    assert "died" in outputs[70]["clean_error"]  # the record still comes out, flagged
    assert all(out["clean_text"] == texts[i] for i, out in enumerate(outputs) if i != 70)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_record_past_the_time_limit_costs_only_that_record(jobs: int) -> None:
    from crashing_rule import HANG_MARKER, HANGING_RULE

    texts = [f"Paragraph {i} of the story." for i in range(20)]
    texts[7] = f"A record that never finishes: {HANG_MARKER}."
    settings = Settings(newsclean.Config(extra_rules=(HANGING_RULE,)), time_limit=0.5)
    start = time.perf_counter()
    results = list(clean_items(_items(texts), settings, jobs=jobs))
    assert time.perf_counter() - start < 20
    assert [item.line for item, _ in results] == list(range(1, 21))
    outputs = [json.loads(result.payload) for _, result in results]  # type: ignore[arg-type]
    assert outputs[7]["clean_error"] == "took longer than the time limit of 0.5 s (--time-limit)"
    assert all(out["clean_text"] == texts[i] for i, out in enumerate(outputs) if i != 7)


def test_the_time_limit_stops_a_runaway_rule_file_pattern(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text(
        "pattern_timeout = 10\n[[rules]]\ncode = 'ACME001'\nname = 'acme'\ncategory = 'legal'\n"
        "summary = 's'\npattern = '(a|aa)+b'\nkeywords = ['aaa']\nmax_words = 5\nremoves = ['aab']\n",
        encoding="utf-8",
    )
    corpus = _jsonl(tmp_path / "in.jsonl", [json.dumps({"text": t}) for t in ("ok", "a" * 60, "fine")])
    out = tmp_path / "out.jsonl"
    start = time.perf_counter()
    assert main([str(corpus), "-o", str(out), "-q", "--config", str(rules), "--time-limit", "0.5"]) == 1
    assert time.perf_counter() - start < 8
    first, hostile, last = _read_jsonl(out)
    assert (first["clean_text"], last["clean_text"]) == ("ok", "fine")
    assert "time limit" in hostile["clean_error"]


def _items(texts: list[str]) -> list[Item]:
    source = Source(None, PurePosixPath("stdin"), jsonl=True)
    return [Item(source, i + 1, json.dumps({"text": text}).encode()) for i, text in enumerate(texts)]


def test_errors_inside_the_cleaner_are_caught_per_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self, content, *, url=None, metadata=True, site=None):  # type: ignore[no-untyped-def]
        if "poison" in content:
            raise RuntimeError("a bug")
        return original(self, content, url=url, metadata=metadata, site=site)

    original = newsclean.Cleaner.explain
    monkeypatch.setattr(newsclean.Cleaner, "explain", broken)
    items = _items(["fine", "poison", "ok"])
    results = [result for _, result in clean_items(items, Settings(newsclean.Config()))]
    outputs = [json.loads(result.payload) for result in results]  # type: ignore[arg-type]
    assert [out["clean_text"] for out in outputs] == ["fine", None, "ok"]
    assert outputs[1]["clean_error"] == "newsclean failed on this record: RuntimeError: a bug"


# --- folders and files ---------------------------------------------------------------------


def _tree(root: Path) -> Path:
    (root / "a" / "b").mkdir(parents=True)
    for seed in SEEDS:
        (root / "a" / seed.name).write_bytes(seed.read_bytes())
    (root / "a" / "b" / "page.html").write_bytes(HTML_PAGE.read_bytes())
    (root / "a" / "b" / "packed.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (root / "a" / "notes.md").write_text("not an article", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    _corpus(root / "corpus.jsonl", 3)
    return root


def test_a_folder_is_mirrored_into_the_output_folder(tmp_path: Path) -> None:
    tree = _tree(tmp_path / "in")
    out = tmp_path / "out"
    assert main([str(tree), "-o", str(out), "-q"]) == 0
    found = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert found == [*(f"a/{s.name}" for s in SEEDS), "a/b/packed.txt", "a/b/page.txt", "corpus.jsonl"]
    assert (out / "a" / SEED.name).read_text("utf-8") == EXPECTED.read_text("utf-8")
    assert (out / "a" / "b" / "packed.txt").read_text("utf-8") == EXPECTED.read_text("utf-8")
    expected_page = (ROOT / "fixtures" / "html" / "figure-credit.expected.txt").read_text("utf-8")
    assert (out / "a" / "b" / "page.txt").read_text("utf-8") == expected_page


def test_include_and_exclude_choose_files(tmp_path: Path) -> None:
    tree = _tree(tmp_path / "in")
    out = tmp_path / "out"
    assert main([str(tree), "-o", str(out), "-q", "--include", "*.txt", "--exclude", "001_*"]) == 0
    found = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert found == [f"a/{SEEDS[0].name}", "a/b/packed.txt"]


def test_an_output_folder_inside_the_input_is_not_read_back(tmp_path: Path) -> None:
    tree = _tree(tmp_path / "in")
    out = tree / "cleaned"
    assert main([str(tree), "-o", str(out), "-q"]) == 0
    first = sorted(p for p in out.rglob("*") if p.is_file())
    assert main([str(tree), "-o", str(out), "-q"]) == 0
    assert sorted(p for p in out.rglob("*") if p.is_file()) == first


def test_resume_skips_finished_outputs(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    tree = _tree(tmp_path / "in")
    out = tmp_path / "out"
    assert main([str(tree), "-o", str(out), "-q"]) == 0
    finished = out / "a" / SEED.name
    finished.write_text("left alone\n", encoding="utf-8")
    (out / "corpus.jsonl").unlink()
    assert main([str(tree), "-o", str(out), "--resume"]) == 0
    assert finished.read_text("utf-8") == "left alone\n"
    assert len(_read_jsonl(out / "corpus.jsonl")) == 3
    assert "outputs already there (--resume)" in capsys.readouterr().err


def test_an_empty_jsonl_file_gets_an_empty_output(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.jsonl").write_bytes(b"")
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "empty.jsonl").read_bytes() == b""


def test_an_interrupted_run_leaves_no_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "in.jsonl", 50)
    out = tmp_path / "out.jsonl"
    calls = 0

    def interrupted(cleaner, settings, work):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 20:
            raise KeyboardInterrupt
        return original(cleaner, settings, work)

    original = runner_module.process
    monkeypatch.setattr(runner_module, "process", interrupted)
    assert main([str(corpus), "-o", str(out), "-q"]) == 130
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]  # no temporary file either


def test_an_unreadable_file_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    (tree / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "broken.txt.gz").write_bytes(gzip.compress(ARTICLE.encode())[:-12])  # truncated
    out = tmp_path / "out"
    assert main([str(tree), "-o", str(out), "-q", "--stats", str(tmp_path / "stats.json")]) == 1
    assert (out / "good.txt").exists()
    assert not (out / "broken.txt").exists()
    stats = json.loads((tmp_path / "stats.json").read_text("utf-8"))
    assert stats["documents"] == 2
    assert stats["errors"] == 1
    assert "broken.txt.gz" in stats["first_errors"][0]


def _corrupt(data: bytes, suffix: str) -> bytes:
    """``data`` compressed, with one byte of the compressed stream flipped."""
    compressor = zstandard.ZstdCompressor(write_checksum=True)  # as the zstd command writes them
    packed = bytearray(gzip.compress(data) if suffix == ".gz" else compressor.compress(data))
    packed[len(packed) // 2] ^= 0xFF
    return bytes(packed)


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.jsonl.zst", "a.txt.gz", "a.txt.zst"])
def test_a_corrupt_archive_is_one_error_and_the_next_file_is_read(tmp_path: Path, name: str) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    plain = _corpus(tmp_path / "plain.jsonl", 40).read_bytes() if ".jsonl" in name else ARTICLE.encode() * 40
    (tree / name).write_bytes(_corrupt(plain, name[name.rindex(".") :]))
    _corpus(tree / "b.jsonl", 3)
    out, stats = tmp_path / "out", tmp_path / "stats.json"
    assert main([str(tree), "-o", str(out), "-q", "--stats", str(stats)]) == 1
    assert len(_read_jsonl(out / "b.jsonl")) == 3
    errors = json.loads(stats.read_text("utf-8"))["first_errors"]
    assert len(errors) == 1
    assert f"cannot read {tree / name}" in errors[0]


def test_an_inflating_archive_costs_one_error_not_the_memory(tmp_path: Path) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    bomb = b"a" * 64_000_000  # a 64 MB line, 62 KB compressed
    (tree / "a.jsonl.gz").write_bytes(gzip.compress(bomb + b"\n" + json.dumps({"text": "ok"}).encode()))
    (tree / "b.txt.gz").write_bytes(gzip.compress(bomb))
    out, stats = tmp_path / "out", tmp_path / "stats.json"
    tracemalloc.start()
    try:
        assert main([str(tree), "-o", str(out), "-q", "--size-limit", "1MB", "--stats", str(stats)]) == 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40_000_000
    first, second = _read_jsonl(out / "a.jsonl.gz")
    assert first["clean_error"] == "the line is over 16,000,000 bytes; not read"
    assert second["clean_text"] == "ok"
    assert not (out / "b.txt").exists()
    errors = json.loads(stats.read_text("utf-8"))["first_errors"]
    assert "b.txt.gz is over size_limit=1,000,000 bytes" in errors[1]


# --- usage errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["no-such-file.txt"], "no such file or directory"),
        (["--select", "NOPE999", "-"], "selects no rule"),
        (["--resume", "-"], "--resume needs an output"),
        (["--config", "missing.toml", "-"], "cannot read the file"),
        (["--jobs", "-1", "-"], "--jobs must be"),
        (["--config", "/dev/zero", "-"], "not a regular file"),
    ],
)
def test_usage_errors_exit_2_before_reading(arguments: list[str], message: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(arguments) == 2
    assert message in capsys.readouterr().err


def test_a_size_that_is_not_one_is_an_argparse_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exited:
        main(["--size-limit", "big", "-"])
    assert exited.value.code == 2
    assert "not a size" in capsys.readouterr().err


def test_a_broken_rule_file_names_the_file_and_rule(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rules = tmp_path / "newsclean.toml"
    rules.write_text(
        '[[rules]]\ncode = "ACME001"\nname = "x"\ncategory = "nope"\nsummary = "s"\n'
        'phrases = ["Acme"]\nremoves = ["Acme"]\n',
        encoding="utf-8",
    )
    assert main(["--config", str(rules), str(SEED)]) == 2
    err = capsys.readouterr().err
    assert str(rules) in err
    assert "rule ACME001" in err


def test_a_rule_file_is_discovered_from_the_working_directory(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "newsclean.toml").write_text('ignore = ["REL001"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["a.txt"]) == 0
    out, err = capsys.readouterr()
    assert out.endswith("Go deeper\n")
    assert err == f"newsclean: rules from {tmp_path / 'newsclean.toml'} (--no-config leaves them out)\n"
    assert main(["a.txt", "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--no-config", "a.txt"]) == 0
    assert capsys.readouterr().out == "The council approved the budget on Tuesday.\n"


def test_a_broken_pyproject_above_the_working_directory_is_a_usage_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool]\nnewsclean = 5\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "data")
    assert main(["a.txt"]) == 2
    assert "pyproject.toml: 1 problem(s) in the rule file" in capsys.readouterr().err


def test_two_inputs_written_to_one_output_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "story.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 2
    assert "would both be written" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [([], "the bytes are a PNG image, not an HTML page"), (["--size-limit", "100"], "over size_limit=100")],
)
def test_a_refused_document_says_why_on_standard_error(
    tmp_path: Path, arguments: list[str], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main([str(image), *arguments]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"newsclean: {image}")
    assert problem in err
    assert main([str(image), "-q", *arguments]) == 1
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("size", ["0.4", "1.5", "0.0001KB"])
def test_a_size_that_is_not_a_whole_number_is_a_usage_error(size: str, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exited:
        main(["--size-limit", size, "-"])
    assert exited.value.code == 2
    assert "not a whole number of characters or bytes" in capsys.readouterr().err


def test_fractional_sizes_in_units_are_whole_numbers() -> None:
    from newsclean.cli.main import _size

    assert (_size("1.5KB"), _size("0.5MB"), _size("0"), _size("2M")) == (1_500, 500_000, 0, 2_000_000)


def test_a_mirrored_folder_is_made_durable_in_batches_not_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(50):
        (folder / f"{i:02d}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    fsyncs, written_at_sync = [], []
    monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd))
    real_sync = os.sync

    def sync() -> None:
        written_at_sync.append(len(list(out.glob("*.txt"))))
        real_sync()

    monkeypatch.setattr(os, "sync", sync)
    assert main([str(folder), "-o", str(out), "-q"]) == 0
    assert fsyncs == []
    assert written_at_sync == [0]  # one sync, before any file had its name
    assert len(list(out.glob("*.txt"))) == 50


# --- progress and summary -------------------------------------------------------------------


def test_piped_runs_show_no_progress_bar_but_a_summary(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in.jsonl", 20)
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", str(corpus), "-o", str(tmp_path / "out.jsonl")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "doc/s" not in result.stderr  # tqdm's rate: no bar when stderr is not a terminal
    assert result.stderr.startswith("newsclean: 20 documents")
    assert "paywall 20, related 20" in result.stderr


def test_quiet_runs_say_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(tmp_path / "in.jsonl", 3)
    assert main([str(corpus), "-o", str(tmp_path / "out.jsonl"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_the_progress_bar_shows_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    corpus = _corpus(tmp_path / "in.jsonl", 3)
    assert main([str(corpus), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "3 docs" in capsys.readouterr().err  # beside the bytes read, for a JSONL file


# --- explain and rule -----------------------------------------------------------------------


def test_explain_marks_removed_lines_plainly_when_piped(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["explain", "--color", "never", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "- Go deeper   [REL001 go-deeper-link: 'Go deeper' link" in out
    assert "  Blinken: Escalation with Iran is not in U.S. or Israel's interests" in out
    assert "\x1b[" not in out


def test_explain_colours_by_category_on_a_terminal(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["explain", "--color", "always", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[38;5;32m\x1b[9mGo deeper" in out  # related: blue, struck through
    assert "\x1b[38;5;130m\x1b[9mPhoto: Andrew Harnik/Getty Images" in out  # credit: brown


def test_explain_shows_html_elements_before_the_text(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["explain", "--color", "never", str(HTML_PAGE)]) == 0
    out = capsys.readouterr().out
    assert "HTML elements removed before extraction:" in out
    assert "CRD201 figure-caption-element" in out


def test_explain_reports_refused_documents_and_goes_on(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    arguments = ["explain", "--color", "never", str(image), str(SEED)]
    assert main(arguments) == 1
    captured = capsys.readouterr()
    assert "the bytes are a PNG image, not an HTML page" in captured.err
    assert "- Go deeper" in captured.out  # the next document is still explained
    assert main([*arguments, "--size-limit", "100"]) == 1
    assert "over size_limit=100" in capsys.readouterr().err


_OUR_CODES = re.compile(r"\x1b(?!\[(?:0|1|2|9|38;5;\d+)m)")  # an escape that is not one of ours


@pytest.mark.parametrize("colour", ["never", "always"])
def test_explain_writes_out_the_control_characters_of_the_input(
    tmp_path: Path, colour: str, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story\x1b[31m.txt"
    text = "The vote\x1b]0;pwned\x07 passed.\x1b[2J\n\nRead more\x9b31m\n\nGo deeper\n"
    story.write_text(text, encoding="utf-8")
    image = tmp_path / "photo\x1b]0;x\x07.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main(["explain", "--color", colour, str(story), str(image)]) == 1
    out, err = capsys.readouterr()
    assert "The vote\\x1b]0;pwned\\x07 passed.\\x1b[2J" in out
    assert "story\\x1b[31m.txt" in out
    assert "photo\\x1b]0;x\\x07.html" in err
    for printed in (out, err):
        assert not _OUR_CODES.search(printed)
        assert "\x07" not in printed
        assert "\x9b" not in printed


def test_the_summary_writes_out_the_control_characters_of_file_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "photo\x1b[2J.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main([str(folder), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "photo\\x1b[2J.html" in err
    assert "\x1b" not in err


def test_rule_describes_a_rule_with_its_examples(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["rule", "PAY001"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("PAY001 metered-article-counter")
    assert "    - You have read 3 articles this month." in out
    assert main(["rule", "--all"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(newsclean.RULES)


def test_an_unknown_rule_is_a_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["rule", "XYZ123"]) == 2


# --- what a new user meets first -------------------------------------------------------------


@pytest.mark.parametrize("packing", ["plain", "gzip", "zstd"])
def test_jsonl_on_standard_input_is_read_record_by_record(tmp_path: Path, packing: str) -> None:
    plain = _corpus(tmp_path / "in.jsonl", 3).read_bytes()
    data = {
        "plain": plain,
        "gzip": gzip.compress(plain),
        "zstd": zstandard.ZstdCompressor().compress(plain),
    }[packing]
    result = subprocess.run(
        [sys.executable, "-m", "newsclean"], input=data, capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["id"] for record in records] == [0, 1, 2]
    assert records[0]["clean_text"] == "The council approved the budget 0 on Tuesday."
    assert b"3 documents" in result.stderr


def test_standard_input_that_looks_like_json_but_is_not_jsonl_is_refused(tmp_path: Path) -> None:
    data = json.dumps([{"text": ARTICLE}], indent=2).encode()
    result = subprocess.run([sys.executable, "-m", "newsclean"], input=data, capture_output=True, check=False)
    assert result.returncode == 2
    assert b"--jsonl" in result.stderr
    assert result.stdout == b""
    forced = subprocess.run(
        [sys.executable, "-m", "newsclean", "--no-jsonl"], input=data, capture_output=True, check=False
    )
    assert (forced.returncode, forced.stdout) == (0, data + b"\n")


def test_a_text_document_on_standard_input_stays_one_document() -> None:
    text = b'[Updated] {"not": "a record"} the story goes on.\n\nThe vote passed.\n\nGo deeper\n'
    result = subprocess.run([sys.executable, "-m", "newsclean"], input=text, capture_output=True, check=False)
    assert (result.returncode, result.stdout) == (0, b'[Updated] {"not": "a record"} the story goes on.'
                                                     b"\n\nThe vote passed.\n")


def test_a_named_json_file_holding_json_lines_is_read_as_jsonl(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(tmp_path / "news.json", 2)
    assert main([str(corpus), "-q"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(record["id"], record["clean_text"]) for record in records] == [
        (0, "The council approved the budget 0 on Tuesday."),
        (1, "The council approved the budget 1 on Tuesday."),
    ]


def test_an_output_file_name_is_a_file_and_the_run_says_what_it_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clean.txt"
    assert main([str(SEED), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == EXPECTED.read_text("utf-8")
    assert f"wrote {out}" in capsys.readouterr().err


def test_a_corpus_into_one_text_file_is_a_usage_error_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "news.jsonl", 3)
    out = tmp_path / "clean.txt"
    assert main([str(corpus), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "-o clean.jsonl" in err
    assert not out.exists()
    assert main([str(SEED), str(SEEDS[0]), "-o", str(out)]) == 2
    assert not out.exists()


@pytest.mark.parametrize("name", ["clean", "clean.d/"])
def test_a_name_without_a_suffix_or_ending_in_a_slash_is_a_folder(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "news.jsonl", 3)
    assert main([str(corpus), "-o", f"{tmp_path}/{name}"]) == 0
    out = tmp_path / name
    assert len(_read_jsonl(out / "news.jsonl")) == 3
    assert f"wrote 1 file in {out}" in capsys.readouterr().err


GERMAN = (
    "Der Rat stimmte am Dienstag dem neuen Haushalt zu, nach einer langen Debatte.\n\n"
    "Jetzt weiterlesen mit SZ Plus"
)


def test_languages_names_the_packs_that_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    assert main([str(story), "--languages", "de"]) == 0
    assert capsys.readouterr().out == ARTICLE + "\n"  # English prompts stay: English was not named
    assert main([str(story), "--languages", "de,en"]) == 0
    assert capsys.readouterr().out == "The council approved the budget on Tuesday.\n"


def test_each_record_can_name_its_language(tmp_path: Path) -> None:
    corpus = _jsonl(
        tmp_path / "in.jsonl",
        [
            json.dumps({"text": ARTICLE, "lang": "de"}),
            json.dumps({"text": ARTICLE, "lang": "en-GB"}),
            json.dumps({"text": GERMAN, "lang": "de_DE"}),
            json.dumps({"text": ARTICLE, "lang": "ja"}),  # no pack: every pack, as by default
            json.dumps({"text": ARTICLE}),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q", "--language-field", "lang"]) == 0
    texts = [record["clean_text"] for record in _read_jsonl(out)]
    clean = "The council approved the budget on Tuesday."
    assert texts == [ARTICLE, clean, GERMAN.split("\n\n")[0], clean, clean]
    assert main([str(corpus), "-o", str(out), "-q", "--language-field", "lang", "--jobs", "2"]) == 0
    assert [record["clean_text"] for record in _read_jsonl(out)] == texts


# --- the smaller mismatches of the first hour (issue 17, item 12) ---------------------------------


def test_one_output_already_there_is_singular(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--resume"]) == 0
    err = capsys.readouterr().err
    assert "1 output already there (--resume)" in err, err


def test_the_summary_is_written_when_standard_error_is_not_a_terminal(tmp_path: Path) -> None:
    # As docs/workflows/folder.md says: logs keep it; --quiet leaves it out.
    corpus = _corpus(tmp_path / "in.jsonl", 2)
    run = [sys.executable, "-m", "newsclean", str(corpus), "-o", str(tmp_path / "out.jsonl")]
    loud = subprocess.run(run, capture_output=True, text=True, check=True)
    assert "newsclean: 2 documents" in loud.stderr
    quiet = subprocess.run([*run, "--quiet"], capture_output=True, text=True, check=True)
    assert quiet.stderr == ""
    folder = (ROOT / "docs" / "workflows" / "folder.md").read_text(encoding="utf-8")
    assert "silent when standard error is not a terminal" not in folder


def test_records_without_the_url_field_are_counted(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    lines = [
        json.dumps({"id": 1, "text": ARTICLE, "url": "https://www.axios.com/2024/04/16/x"}),
        json.dumps({"id": 2, "text": ARTICLE}),
        json.dumps({"id": 3, "text": ARTICLE, "link": "https://www.axios.com/2024/04/16/y"}),
    ]
    corpus = _jsonl(tmp_path / "in.jsonl", lines)
    assert main([str(corpus), "-o", str(tmp_path / "out.jsonl"), "--stats", str(tmp_path / "s.json")]) == 0
    err = capsys.readouterr().err
    assert "no 'url' field: 2 records, so no site pack ran on them (--url-field names the field)" in err
    assert json.loads((tmp_path / "s.json").read_text())["without_url"] == 2
    assert main([str(corpus), "-o", str(tmp_path / "out2.jsonl"), "--url-field", "link"]) == 0
    assert "no 'link' field: 2 records" in capsys.readouterr().err
    jsonl_page = (ROOT / "docs" / "workflows" / "jsonl.md").read_text(encoding="utf-8")
    assert re.search(r"`--url-field NAME` \| `url` \|", jsonl_page)


def test_a_navigation_only_page_comes_out_empty_and_is_counted(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = (
        b"<html><head><title>Site</title></head><body><nav><ul><li><a href='/'>Home </a></li>"
        b"<li><a href='/news'>News</a></li></ul></nav></body></html>"
    )
    result = newsclean.explain(page)
    assert result.text == ""
    assert any("only navigation links" in note for note in result.notes)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nav.html").write_bytes(page)
    (tmp_path / "in" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--stats", str(tmp_path / "s.json")]) == 0
    assert "empty: 1 document with nothing left after cleaning" in capsys.readouterr().err
    assert json.loads((tmp_path / "s.json").read_text())["empty"] == 1


def test_a_selector_that_selects_nothing_names_the_command_that_lists_codes(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--select", "NOPE999", "-"]) == 2
    err = capsys.readouterr().err
    assert "`newsclean rule --all` lists them" in err
    assert "docs/rules.md" not in err


def test_rule_finds_the_rules_of_the_rule_file_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    toml = next(
        body for lang, body in re.findall(r"^```(\w+)\n(.*?)^```", (ROOT / "docs" / "configuration.md")
                                          .read_text(encoding="utf-8"), re.MULTILINE | re.DOTALL)
        if lang == "toml"
    )
    (tmp_path / "newsclean.toml").write_text(toml, encoding="utf-8")
    code = newsclean.Config.from_file(tmp_path / "newsclean.toml").extra_rules[0].code
    monkeypatch.chdir(tmp_path)
    assert main(["rule", code]) == 0
    assert capsys.readouterr().out.startswith(code)
    assert main(["rule", "--all"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert code in listed
    assert main(["rule", "--no-config", code]) == 2


def test_rule_all_lists_the_general_rules_before_site_packs_and_yours(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["rule", "--all", "--no-config"]) == 0
    codes = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    sites = {rule.code for rule in newsclean.Config(preview=True).rules() if rule.sites}
    assert codes[0] == "PAY001"
    first_site = min(codes.index(code) for code in sites)
    assert all(code in sites for code in codes[first_site:])


_SLOW_COMPILE = """
import json
import time
from pathlib import PurePosixPath

import newsclean
from newsclean import rules
from newsclean.cli.inputs import Item, Source
from newsclean.cli.runner import Settings, clean_items

compile_now = rules._standard_compile
def slow_compile(pattern, ignore_case):  # a busy machine: each built-in pattern takes 20 ms
    time.sleep(0.02)
    return compile_now(pattern, ignore_case)
rules._standard_compile = slow_compile

if __name__ == "__main__":
    texts = ["Paragraph 1 of the story.", "Paragraph 2 of the story."]
    source = Source(None, PurePosixPath("stdin"), jsonl=True)
    items = [Item(source, n + 1, json.dumps({"text": t}).encode()) for n, t in enumerate(texts)]
    results = clean_items(items, Settings(newsclean.Config(), time_limit=0.5))
    print(json.dumps([json.loads(result.payload).get("clean_error") for _, result in results]))
"""


def test_the_time_limit_does_not_count_the_rules_compiling_on_first_use(tmp_path: Path) -> None:
    # Built-in patterns compile on first use; the time limit gives that time back to the record
    # whose clock would otherwise count it (a first record per worker timed out).
    script = tmp_path / "slow.py"
    script.write_text(_SLOW_COMPILE, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) == [None, None]


# --- progress (issue 17, item 10) -------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("packing", ["plain", "gzip"])
def test_progress_on_a_sized_jsonl_file_has_a_total_and_the_time_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packing: str
) -> None:
    corpus = _corpus(tmp_path / "in.jsonl", 300)
    if packing == "gzip":
        corpus = tmp_path / "in.jsonl.gz"
        corpus.write_bytes(gzip.compress((tmp_path / "in.jsonl").read_bytes()))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(corpus), "-o", str(tmp_path / "out.jsonl")]) == 0
    bar = terminal.getvalue().split("newsclean:")[0]
    size = tqdm.format_sizeof(corpus.stat().st_size, divisor=1024)
    assert "100%" in bar
    assert f"/{size}" in bar  # the total: the file's size as stored
    assert re.search(r"\[\d\d:\d\d<\d\d:\d\d", bar)  # elapsed < time left
    assert "300 docs" in bar


def test_progress_over_files_counts_documents_against_their_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = tmp_path / "in"
    tree.mkdir()
    for n in range(3):
        (tree / f"{n}.txt").write_text(ARTICLE, encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(tree), "-o", str(tmp_path / "out")]) == 0
    assert re.search(r"100%.*3/3 \[\d\d:\d\d<\d\d:\d\d", terminal.getvalue())
