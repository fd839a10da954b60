"""Rule files: a team's rules in TOML, loaded whole or refused with one clear error."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import newsclean
from newsclean import Config, RuleFileError
from newsclean.rulefile import discover

GOOD = """
ignore = ["NAV004"]
languages = ["de"]

[[rules]]
code = "ACME001"
name = "acme-house-ad"
category = "advertisement"
summary = "Acme's house ads."
phrases = ["Try Acme Plus"]
follow = "anything"
removes = ["Try Acme Plus free for a month"]
keeps = ["Acme Plus sales fell 4% last year."]

[[rules]]
code = "ACME002"
name = "acme-footer"
category = "legal"
summary = "Acme Media Group footers."
pattern = '''acme\\s+media\\s+group\\b.*'''
keywords = ["acme media"]
sites = ["acme.example"]
removes = ["Acme Media Group, 1 Main Street"]
"""

RULE = """
[[rules]]
code = "{code}"
name = "acme-rule"
category = "{category}"
summary = "An Acme rule."
{body}
"""

DOCUMENT = "The vote passed on Tuesday.\n\nTry Acme Plus free for a month\n\nAcme Media Group, 1 Main Street"


def _write(folder: Path, text: str, name: str = "newsclean.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rule_file_adds_rules_and_settings(tmp_path: Path) -> None:
    config = Config.from_file(_write(tmp_path, GOOD))
    assert config.ignore == ("NAV004",)
    assert config.languages == ("de",)
    assert [rule.code for rule in config.extra_rules] == ["ACME001", "ACME002"]
    result = newsclean.explain(DOCUMENT, config=config)
    assert [r.code for r in result.removals] == ["ACME001"], "the site rule needs its site"
    on_site = newsclean.clean(DOCUMENT, config=config, url="https://www.acme.example/news/1")
    assert on_site == "The vote passed on Tuesday."


def test_pyproject_table_is_found_from_a_subfolder(tmp_path: Path) -> None:
    table = GOOD.replace("[[rules]]", "[[tool.newsclean.rules]]")
    table = table.replace('ignore = ["NAV004"]', '[tool.newsclean]\nignore = ["NAV004"]', 1)
    _write(tmp_path, f'[project]\nname = "x"\n{table}', "pyproject.toml")
    (tmp_path / "src" / "deep").mkdir(parents=True)
    config = Config.discover(tmp_path / "src" / "deep")
    assert [rule.code for rule in config.extra_rules] == ["ACME001", "ACME002"]


def test_no_rule_file_means_defaults(tmp_path: Path) -> None:
    assert Config.discover(tmp_path) == Config()


@pytest.mark.parametrize(
    ("code", "category", "body", "problem"),
    [
        ("ACME001", "advertisement", "pattern = '''(unclosed'''\nremoves = ['x']", "invalid pattern"),
        ("ACME001", "promo", "phrases = ['Try Acme']\nremoves = ['Try Acme']", "unknown category 'promo'"),
        ("PAY001", "paywall", "phrases = ['Try Acme']\nremoves = ['Try Acme']", "is a built-in rule's"),
        ("acme1", "paywall", "phrases = ['Try Acme']\nremoves = ['Try Acme']", "must be 2 to 6 capital"),
        ("ACME001", "paywall", "phrase = ['Try Acme']\nremoves = ['Try Acme']", "unknown key(s) ['phrase']"),
        ("ACME001", "paywall", "phrases = ['Try Acme']", "at least one 'removes' example"),
        ("ACME001", "paywall", "phrases = ['Try Acme']\nremoves = ['Buy Acme']",
         "is not matched by the rule"),
        ("ACME001", "paywall", "phrases = ['Try Acme']\nfollow = 'anything'\nremoves = ['Try Acme']\n"
         "keeps = ['Try Acme for the story, the editor said']", "is matched by the rule"),
        ("ACME001", "paywall", "removes = ['x']", "either 'phrases'"),
        ("ACME001", "paywall", "phrases = ['x']\nevidence = 'medium'\nremoves = ['x']", "evidence must be"),
    ],
)
def test_a_broken_rule_gets_one_error_naming_file_and_rule(
    tmp_path: Path, code: str, category: str, body: str, problem: str
) -> None:
    path = _write(tmp_path, RULE.format(code=code, category=category, body=body))
    with pytest.raises(RuleFileError) as caught:
        Config.from_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"rule {code}" in message
    assert problem in message


def test_every_problem_is_listed_in_the_one_error(tmp_path: Path) -> None:
    broken = RULE.format(code="ACME001", category="promo", body="pattern = '(x'\nremoves = ['x']")
    valid = "phrases = ['Try Acme']\nremoves = ['Try Acme']"
    duplicate = RULE.format(code="ACME001", category="paywall", body=valid)
    text = broken + duplicate
    with pytest.raises(RuleFileError) as caught:
        Config.from_file(_write(tmp_path, text))
    problems = caught.value.problems
    assert len(problems) == 3
    assert "unknown category 'promo'" in problems[0]
    assert "invalid pattern" in problems[1]
    assert "used twice" in problems[2]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("select = ['NAV999']", "selects no rule"),
        ("colour = 'blue'", "unknown setting(s) ['colour']"),
        ("pattern_timeout = -1", "pattern_timeout"),
        ("languages = ['xx']", "no language pack"),
        ("rules = 'none'", "array of tables"),
        ("[[rules]\ncode = ", "cannot read the file"),
    ],
)
def test_broken_settings_are_reported_with_the_file(tmp_path: Path, text: str, problem: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(RuleFileError, match=str(path)) as caught:
        Config.from_file(path)
    assert problem in str(caught.value)


def test_a_runaway_user_pattern_is_stopped_and_noted(tmp_path: Path) -> None:
    body = "pattern = '''(a|aa)+b'''\nkeywords = ['aaa']\nmax_words = 5\nremoves = ['aab']"
    text = "pattern_timeout = 0.05\n" + RULE.format(code="ACME001", category="legal", body=body)
    config = Config.from_file(_write(tmp_path, text))
    document = "The vote passed on Tuesday.\n\n" + "a" * 40 + "!"
    cleaner = newsclean.Cleaner(config)
    cleaner.explain("The rules compile on first use, which a loaded machine makes slow.")
    start = time.perf_counter()
    result = cleaner.explain(document)
    assert time.perf_counter() - start < 2
    assert result.text == document
    assert any("ACME001 timed out" in note for note in result.notes)


def test_a_runaway_veto_in_a_rule_file_is_stopped_too(tmp_path: Path) -> None:
    body = "phrases = ['aaa']\nfollow = 'anything'\nunless = '''(a|aa)+b'''\nremoves = ['aaa']"
    text = "pattern_timeout = 0.05\n" + RULE.format(code="ACME001", category="legal", body=body)
    config = Config.from_file(_write(tmp_path, text))
    document = "The vote passed on Tuesday.\n\naaa " + "a" * 60
    cleaner = newsclean.Cleaner(config)
    cleaner.explain("The rules compile on first use, which a loaded machine makes slow.")
    start = time.perf_counter()
    result = cleaner.explain(document)
    assert time.perf_counter() - start < 2
    assert result.text == document
    assert result.notes == ("ACME001 timed out on block 1 and was skipped from there on",)


_PHRASES = "phrases = ['Try Acme']\nremoves = ['Try Acme']"
_PATTERN = "pattern = 'acme'\nkeywords = ['acme']\nremoves = ['acme']"
_NESTED = f"'{'(' * 500}a{')' * 500}'"  # groups nested deeper than the compiler recurses


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("pattern = 'acme'\nkeywords = [1]\nremoves = ['acme']", "keywords must be a list of strings"),
        ("phrases = ['Try Acme']\nremoves = [1]", "removes must be a list of strings, got [1]"),
        (f"{_PHRASES}\nmax_words = 'x'", "max_words must be a whole number, 1 or more, got 'x'"),
        (f"{_PHRASES}\nmax_words = 0", "max_words must be a whole number, 1 or more, got 0"),
        (f"{_PHRASES}\nlanguages = []", "languages must be a list of one or more strings, got []"),
        (f"{_PHRASES}\nlanguages = 'de'", "languages must be a list of one or more strings, got 'de'"),
        (f"{_PATTERN}\nsites = 'acme.example'", "sites must be a list of strings, got 'acme.example'"),
        ("pattern = 'acme'\nkeywords = 'acme'\nremoves = ['acme']", "keywords must be a list of strings"),
        ("phrases = ['Try Acme']\nremoves = 'Try Acme'", "removes must be a list of strings"),
        (f"{_PHRASES}\nwhole = 'yes'", "whole must be true or false, got 'yes'"),
        (f"pattern = {_NESTED}\nkeywords = ['a']\nremoves = ['a']", "groups nested too deeply"),
        (f"{_PHRASES}\nunless = {_NESTED}", "groups nested too deeply"),
    ],
    ids=lambda value: value[:30],
)
def test_a_value_of_the_wrong_kind_is_a_problem_not_a_crash(tmp_path: Path, body: str, problem: str) -> None:
    path = _write(tmp_path, RULE.format(code="ACME001", category="legal", body=body))
    with pytest.raises(RuleFileError) as caught:
        Config.from_file(path)
    assert any(problem in found for found in caught.value.problems)
    assert all(found.startswith("rule ACME001: ") for found in caught.value.problems)


@pytest.mark.parametrize("key", ["code", "category", "summary"])
def test_a_rule_whose_identity_is_not_a_string_is_reported_not_dropped(tmp_path: Path, key: str) -> None:
    text = RULE.format(code="ACME001", category="legal", body=_PHRASES)
    text = text.replace(f"{key} = ", f"{key} = 5 #", 1)
    with pytest.raises(RuleFileError, match=f"{key} must be a string, got 5"):
        Config.from_file(_write(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("select = 'PAY'", "select must be a list of strings, got 'PAY'"),
        ("languages = 'de'", "languages must be a list of strings, got 'de'"),
        ("guard_threshold = 'half'", "guard_threshold must be a number, got 'half'"),
        ("preview = 1", "preview must be true or false, got 1"),
        ("size_limit = 0.5", "size_limit must be a whole number, 1 or more, got 0.5"),
        ("pattern_timeout = 'fast'", "pattern_timeout must be a number, got 'fast'"),
        ("rules = [1, 2]", "rules must be an array of tables"),
        ("a = " + "[" * 2_000 + "]" * 2_000, "not valid TOML"),
    ],
    ids=lambda value: value[:30],
)
def test_a_setting_of_the_wrong_kind_is_a_problem(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(RuleFileError) as caught:
        Config.from_file(_write(tmp_path, text))
    assert any(problem in found for found in caught.value.problems)


def test_a_file_that_is_not_text_or_not_a_file_is_refused_at_once(tmp_path: Path) -> None:
    latin = tmp_path / "latin.toml"
    latin.write_bytes("ignore = ['caf\u00e9']\n".encode("latin-1"))
    for path, problem in [
        (latin, "not UTF-8"),
        (tmp_path, "not a regular file"),
        (Path("/dev/zero"), "not a regular file"),
        (tmp_path / "missing.toml", "no such file"),
    ]:
        start = time.perf_counter()
        with pytest.raises(RuleFileError, match=problem):
            Config.from_file(path)
        assert time.perf_counter() - start < 1
    huge = tmp_path / "huge.toml"
    huge.write_text("# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="too large for a rule file"):
        Config.from_file(huge)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[project\nname = 'x'", "not valid TOML"),
        ("tool = 5", "'tool' must be a table"),
        ("[tool]\nnewsclean = 5", "'tool.newsclean' must be a table"),
        ("[tool.newsclean]\nselect = 5", "select must be a list of strings"),
    ],
)
def test_a_broken_pyproject_above_is_a_rule_file_error(tmp_path: Path, text: str, problem: str) -> None:
    _write(tmp_path, text, "pyproject.toml")
    (tmp_path / "data" / "raw").mkdir(parents=True)
    with pytest.raises(RuleFileError, match=problem) as caught:
        Config.discover(tmp_path / "data" / "raw")
    assert caught.value.path == tmp_path / "pyproject.toml"


def test_a_non_utf8_pyproject_above_is_a_rule_file_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"\xff\xfe[tool]\n")
    with pytest.raises(RuleFileError, match="not UTF-8"):
        Config.discover(tmp_path)


# --- discovery -----------------------------------------------------------------------------------


def test_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    _write(tmp_path, "ignore = ['NAV004']")  # above the repository: someone else's
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    (repository / "data" / "raw").mkdir(parents=True)
    assert discover(repository / "data" / "raw") is None
    own = _write(repository, "ignore = ['NAV004']")
    assert discover(repository / "data" / "raw") == own


def test_discovery_stops_at_a_pyproject_without_a_table(tmp_path: Path) -> None:
    _write(tmp_path, "ignore = ['NAV004']")
    (tmp_path / "project" / "src").mkdir(parents=True)
    _write(tmp_path / "project", "[project]\nname = 'x'\n", "pyproject.toml")
    assert discover(tmp_path / "project" / "src") is None


def test_a_rule_file_in_a_folder_anyone_may_write_to_is_never_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "alice" / "work").mkdir(parents=True)
    shared.chmod(0o1777)  # as /tmp is
    _write(shared, "ignore = ['NAV004']")
    assert discover(shared / "alice" / "work") is None
    assert discover(shared) is None
    own = _write(shared / "alice", "ignore = ['NAV004']")
    assert discover(shared / "alice" / "work") == own


# --- rules that remove too much ----------------------------------------------------------------

_EVERYTHING = RULE.format(code="ACME001", category="legal", body="pattern = '.+'\nremoves = ['x']")


def test_a_document_your_rules_empty_is_reported(tmp_path: Path) -> None:
    config = Config.from_file(_write(tmp_path, _EVERYTHING))
    result = newsclean.explain("The vote passed on Tuesday.\n\nGo deeper", config=config)
    assert result.text == ""
    assert result.emptied_by == ("ACME001",)
    assert "the document came out empty: your rules removed 2 of its 2 blocks (ACME001)" in result.notes


def test_only_a_document_your_rules_empty_is_reported(tmp_path: Path) -> None:
    partial = Config.from_file(_write(tmp_path, GOOD))
    assert newsclean.explain(DOCUMENT, config=partial).emptied_by == ()  # the body is kept
    assert newsclean.explain("Go deeper").emptied_by == ()  # emptied, but by a built-in rule


def test_the_summary_counts_the_documents_your_rules_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsclean.cli import main

    rules = _write(tmp_path, _EVERYTHING)
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"text": "The vote passed."}\n{"text": "Another story."}\n', encoding="utf-8")
    stats = tmp_path / "stats.json"
    output = ["-o", str(tmp_path / "out.jsonl"), "--stats", str(stats)]
    assert main([str(corpus), *output, "--config", str(rules)]) == 0
    assert "emptied by your rules: 2 document(s) (ACME001 2)" in capsys.readouterr().err
    summary = json.loads(stats.read_text("utf-8"))["emptied_by_your_rules"]
    assert summary == {"documents": 2, "by_rule": {"ACME001": 2}}
