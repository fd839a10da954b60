"""Rule files: a team's own rules and selections, in TOML, checked before any document is touched.

A rule file is ``newsclean.toml``, the ``[tool.newsclean]`` table of a
``pyproject.toml``, or any file you name::

    select = ["ALL"]               # as Config: codes, prefixes, categories, "lang:xx"
    ignore = ["NAV004"]
    languages = ["de", "fr"]
    guard_threshold = 0.5
    pattern_timeout = 0.05         # seconds a pattern may spend on one block

    [[rules]]
    code = "ACME001"               # your own prefix; never a built-in code
    name = "acme-house-ad"
    category = "advertisement"
    summary = "Acme's house ads."
    phrases = ["Try Acme Plus"]    # or: pattern = '''...''' (regex) with keywords = [...]
    follow = "anything"            # phrases: "nothing" (whole block), "headline", "anything"
    removes = ["Try Acme Plus free for a month"]
    keeps = ["Acme Plus sales fell 4% last year."]

Every problem (a bad regular expression, a duplicate code, an unknown
category or key, an example that does not behave as declared) is reported in
one :class:`RuleFileError` that names the file and the rule.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .catalog import RULES as BUILT_IN_RULES
from .catalog._phrases import follow_words, phrase_pattern
from .config import Config
from .rules import (
    CODE_FORMAT,
    NAME_FORMAT,
    Category,
    Evidence,
    PatternRule,
    Rule,
    compile_pattern,
    keeps,
    removes,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["RuleFileError", "discover", "load"]

DEFAULT_TIMEOUT = 0.05
#: The largest rule file read: rules are text a person writes (and ``/dev/zero`` never ends).
LARGEST_FILE = 1_000_000


@dataclass(frozen=True)
class _Kind:
    """What a key's value must be: a check, and the words that say so in an error."""

    words: str
    accepts: Callable[[object], bool]


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


_STRING = _Kind("a string", lambda value: isinstance(value, str))
_STRINGS = _Kind("a list of strings", _strings)
_SOME_STRINGS = _Kind("a list of one or more strings", lambda value: _strings(value) and bool(value))
_BOOLEAN = _Kind("true or false", lambda value: isinstance(value, bool))
_NUMBER = _Kind("a number", lambda value: isinstance(value, (int, float)) and not isinstance(value, bool))
_COUNT = _Kind("a whole number, 1 or more", _count)
_TABLES = _Kind(
    "an array of tables (write [[rules]] for each rule)",
    lambda value: isinstance(value, list) and all(isinstance(item, dict) for item in value),
)

# The one place that says what each key of a rule file holds. A value of another kind is a
# problem in the file, reported, and never reaches the code that builds the configuration.
_OPTION_KINDS = {
    "select": _STRINGS, "ignore": _STRINGS, "languages": _STRINGS, "guard_threshold": _NUMBER,
    "preview": _BOOLEAN, "format": _STRING, "favor": _STRING, "size_limit": _COUNT,
}
_FILE_KINDS = {**_OPTION_KINDS, "rules": _TABLES, "pattern_timeout": _NUMBER}
_RULE_KINDS = {
    "code": _STRING, "name": _STRING, "category": _STRING, "summary": _STRING, "message": _STRING,
    "evidence": _STRING, "phrases": _STRINGS, "alone": _STRINGS, "follow": _STRING, "pattern": _STRING,
    "keywords": _STRINGS, "whole": _BOOLEAN, "languages": _SOME_STRINGS, "sites": _STRINGS,
    "max_words": _COUNT, "unless": _STRING, "removes": _STRINGS, "keeps": _STRINGS, "safety": _STRING,
}
_REQUIRED = ("code", "name", "category", "summary")


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message lists every problem, with file and rule."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(f"{path}: {len(problems)} problem(s) in the rule file:\n{lines}")


def discover(directory: str | Path = ".") -> Path | None:
    """The rule file for ``directory``: the nearest ``newsclean.toml``, or ``pyproject.toml``
    with a ``[tool.newsclean]`` table, from ``directory`` up to its project's root, the first
    folder holding ``.git``, ``.hg`` or a ``pyproject.toml``. ``None`` if there is none.

    The search never reaches past the project's root, nor into a folder anyone may write to
    (``/tmp``): a rule file planted there would apply to everyone below it. A
    ``pyproject.toml`` on the way that cannot be read raises :class:`RuleFileError`.
    """
    start = Path(directory).resolve()
    for folder in (start, *start.parents):
        if _shared(folder):
            return None
        candidate = folder / "newsclean.toml"
        if candidate.is_file():
            return candidate
        project = folder / "pyproject.toml"
        if project.is_file() and _settings(project, _read(project)) is not None:
            return project
        if any((folder / marker).exists() for marker in _PROJECT_ROOTS):
            return None
    return None


_PROJECT_ROOTS = (".git", ".hg", "pyproject.toml")


def _shared(folder: Path) -> bool:
    """Whether anyone may write to ``folder``, as to ``/tmp``."""
    if os.name == "nt":  # modes there say nothing about other users
        return False
    try:
        return bool(folder.stat().st_mode & stat.S_IWOTH)
    except OSError:
        return True  # a folder we cannot look at is not one to trust


def load(path: str | Path, base: Config | None = None) -> Config:
    """The :class:`Config` a rule file describes, on top of ``base``; raises :class:`RuleFileError`."""
    path = Path(path)
    problems: list[str] = []
    table = _settings(path, _read(path)) or {}
    unknown = set(table) - set(_FILE_KINDS)
    if unknown:
        known = ", ".join(sorted(_FILE_KINDS))
        problems.append(f"unknown setting(s) {sorted(unknown)}; settings are: {known}")
    settings = _checked(table, _FILE_KINDS, problems)
    timeout = settings.get("pattern_timeout", DEFAULT_TIMEOUT)
    if not 0 < timeout <= 10:
        problems.append(f"pattern_timeout must be a number of seconds in (0, 10], got {timeout!r}")
        timeout = DEFAULT_TIMEOUT
    rules = _rules(settings.get("rules", []), float(timeout), problems)
    options = {
        key: tuple(value) if isinstance(value, list) else value
        for key, value in settings.items()
        if key in _OPTION_KINDS
    }
    config = None
    try:
        config = (base or Config()).replace(**options, extra_rules=rules)
        config.rules()  # selectors that select nothing are errors too
    except (TypeError, ValueError) as error:
        problems.append(f"settings: {error}")
    if problems or config is None:
        raise RuleFileError(path, problems)
    return config


def _read(path: Path) -> dict[str, Any]:
    """The TOML document at ``path``, or a :class:`RuleFileError` that says why there is none."""

    def refused(why: str) -> RuleFileError:
        return RuleFileError(path, [f"cannot read the file: {why}"])

    try:
        if not path.is_file():
            raise refused("no such file" if not path.exists() else "not a regular file")
        with path.open("rb") as handle:
            data = handle.read(LARGEST_FILE + 1)
    except OSError as error:
        raise refused(error.strerror or str(error)) from None
    if len(data) > LARGEST_FILE:
        raise refused(f"over {LARGEST_FILE:,} bytes, too large for a rule file")
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise refused(f"not UTF-8 ({error.reason} at byte {error.start})") from None
    except (tomllib.TOMLDecodeError, RecursionError) as error:
        raise refused(f"not valid TOML: {error or 'nested too deeply'}") from None


def _settings(path: Path, document: dict[str, Any]) -> dict[str, Any] | None:
    """newsclean's table in a rule file: the whole document, or in a ``pyproject.toml`` its
    ``[tool.newsclean]`` table (``None`` if it has none)."""
    if path.name != "pyproject.toml":
        return document
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise RuleFileError(path, ["'tool' must be a table: [tool.newsclean]"])
    table = tool.get("newsclean")
    if table is not None and not isinstance(table, dict):
        raise RuleFileError(path, ["'tool.newsclean' must be a table: [tool.newsclean]"])
    return table


def _checked(table: Mapping[str, Any], kinds: Mapping[str, _Kind], problems: list[str]) -> dict[str, Any]:
    """The entries of ``table`` whose values are of their key's kind; each other one is a
    problem. Keys without a kind are left out (unknown keys are reported by the caller)."""
    valid = {}
    for key, value in table.items():
        kind = kinds.get(key)
        if kind is None:
            continue
        if kind.accepts(value):
            valid[key] = value
        else:
            shown = repr(value) if len(repr(value)) <= 40 else f"{repr(value)[:39]}…"
            problems.append(f"{key} must be {kind.words}, got {shown}")
    return valid


def _rules(entries: list[dict[str, Any]], timeout: float, problems: list[str]) -> tuple[Rule, ...]:
    built_in = {code for rule in BUILT_IN_RULES for code in (rule.code, *rule.aliases)}
    seen: dict[str, int] = {}
    rules = []
    for number, table in enumerate(entries, start=1):
        found: list[str] = []
        entry = _checked(table, _RULE_KINDS, found)
        label = f"rule {entry.get('code') or f'#{number}'}"
        found += _check_entry(entry, set(table), built_in, seen, number)
        if _buildable(entry):
            rule = _build(entry, timeout, found)
            if rule is not None:
                found += _check_examples(rule)
                if not found:
                    rules.append(rule)
        problems.extend(f"{label}: {problem}" for problem in found)
    return tuple(rules)


def _buildable(entry: Mapping[str, Any]) -> bool:
    """Whether the entry is complete enough to build, so that its pattern and examples get checked
    even when something else about it (a duplicate code, say) is already wrong. Its values are
    of the right kinds (:func:`_checked`)."""
    try:
        Category.parse(entry.get("category", ""))
    except ValueError:
        return False
    return (
        all(key in entry for key in _REQUIRED)
        and CODE_FORMAT.fullmatch(entry["code"]) is not None
        and NAME_FORMAT.fullmatch(entry["name"]) is not None
        and bool(entry.get("phrases") or entry.get("alone")) != ("pattern" in entry)
        and entry.get("evidence", "strong") in ("strong", "weak")
        and _pattern_problem(entry.get("pattern")) is None
    )


def _pattern_problem(pattern: str | None) -> str | None:
    if pattern is None:
        return None
    try:
        compile_pattern(pattern)
    except ValueError as error:
        return str(error)
    return None


def _check_entry(
    entry: Mapping[str, Any], keys: set[str], built_in: set[str], seen: dict[str, int], number: int
) -> list[str]:
    """What is wrong with a rule's values (of the right kinds, :func:`_checked`); ``keys`` are
    all the keys it was written with."""
    found = []
    unknown = keys - set(_RULE_KINDS)
    if unknown:
        found.append(f"unknown key(s) {sorted(unknown)}; keys are: {', '.join(sorted(_RULE_KINDS))}")
    found += [f"'{key}' is required" for key in _REQUIRED if key not in keys]
    code = entry.get("code")
    if code is not None:
        if not CODE_FORMAT.fullmatch(code):
            found.append(f"code {code!r} must be 2 to 6 capital letters and 3 digits, like 'ACME001'")
        elif code in built_in:
            found.append(f"code {code} is a built-in rule's; pick your own prefix")
        elif code in seen:
            found.append(f"code {code} is used twice (also rule #{seen[code]})")
        seen.setdefault(code, number)
    name = entry.get("name")
    if name is not None and not NAME_FORMAT.fullmatch(name):
        found.append(f"name {name!r} must be kebab-case, like 'acme-house-ad'")
    category = entry.get("category")
    if category is not None:
        try:
            Category.parse(category)
        except ValueError as error:
            found.append(str(error))
    has_phrases = bool(entry.get("phrases") or entry.get("alone"))
    if has_phrases == ("pattern" in keys):
        found.append("give either 'phrases' (and/or 'alone') or a 'pattern', not both or neither")
    if entry.get("evidence", "strong") not in ("strong", "weak"):
        found.append(f"evidence must be 'strong' or 'weak', got {entry.get('evidence')!r}")
    pattern_problem = _pattern_problem(entry.get("pattern"))
    if pattern_problem:
        found.append(pattern_problem)
    if "removes" not in keys or entry.get("removes") == []:
        found.append("give at least one 'removes' example: it is how the rule is checked")
    return found


def _build(entry: Mapping[str, Any], timeout: float, found: list[str]) -> Rule | None:
    """The rule an entry describes; construction errors (a bad regex) go into ``found``."""
    common: dict[str, Any] = {
        "code": entry["code"],
        "name": entry["name"],
        "category": Category.parse(entry["category"]),
        "summary": entry["summary"],
        "message": entry.get("message", entry["name"].replace("-", " ")),
        "evidence": Evidence(entry.get("evidence", "strong")),
        "examples": tuple(removes(text) for text in entry.get("removes", ()))
        + tuple(keeps(text) for text in entry.get("keeps", ())),
        "safety": entry.get("safety", ""),
        "unless": entry.get("unless"),
    }
    if "max_words" in entry:
        common["max_words"] = entry["max_words"]
    try:
        if "pattern" in entry:
            rule: Rule = PatternRule(
                **common,
                pattern=entry["pattern"],
                keywords=tuple(entry.get("keywords", ())),
                whole=entry.get("whole", True),
                languages=tuple(entry.get("languages", ("en",))),
                sites=tuple(entry.get("sites", ())),
                timeout=timeout,
            )
        else:
            follow = entry.get("follow", "nothing")
            pattern, keywords = phrase_pattern(
                tuple(entry.get("phrases", ())), tuple(entry.get("alone", ())), follow
            )
            common.setdefault("max_words", follow_words(follow))
            rule = PatternRule(
                **common,
                pattern=pattern,
                keywords=keywords,
                languages=tuple(entry.get("languages", ("en",))),
                sites=tuple(entry.get("sites", ())),
                timeout=timeout,
            )
    except (ValueError, KeyError) as error:  # a broken veto, a bad keyword, an unknown 'follow'
        found.append(str(error).removeprefix(f"rule {entry['code']}: "))
        return None
    return rule


def _check_examples(rule: Rule) -> list[str]:
    """A user rule's examples are checked like the built-ins': removes must match, keeps must not."""
    from .blocks import Page

    found = []
    for example in rule.examples:
        page = Page(example.text)
        hit = None
        if len(page) == 1 and isinstance(rule, PatternRule):
            try:
                hit = rule.match(page.core(0)) if page.words(0, rule.max_words) <= rule.max_words else None
            except TimeoutError:
                found.append(f"pattern timed out on the example {example.text!r}")
                continue
        if example.removed and hit is None:
            found.append(f"'removes' example {example.text!r} is not matched by the rule")
        if not example.removed and hit is not None and rule.evidence is Evidence.STRONG:
            found.append(f"'keeps' example {example.text!r} is matched by the rule ({hit!r})")
    return found
