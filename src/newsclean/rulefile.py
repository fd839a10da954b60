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

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regex

from .catalog import RULES as BUILT_IN_RULES
from .catalog._phrases import follow_words, phrase_pattern
from .config import Config
from .rules import CODE_FORMAT, NAME_FORMAT, Category, Evidence, PatternRule, Rule, keeps, removes

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["RuleFileError", "discover", "load"]

DEFAULT_TIMEOUT = 0.05

_OPTIONS = {"select", "ignore", "languages", "guard_threshold", "preview", "format", "favor", "size_limit"}
_FILE_KEYS = _OPTIONS | {"rules", "pattern_timeout"}
_RULE_KEYS = {
    "code", "name", "category", "summary", "message", "evidence", "phrases", "alone", "follow", "pattern",
    "keywords", "whole", "languages", "sites", "max_words", "unless", "removes", "keeps", "safety",
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
    """The rule file for ``directory``: its own or its nearest parent's ``newsclean.toml``,
    else a ``pyproject.toml`` with a ``[tool.newsclean]`` table. ``None`` if there is neither."""
    for folder in (Path(directory).resolve(), *Path(directory).resolve().parents):
        candidate = folder / "newsclean.toml"
        if candidate.is_file():
            return candidate
        project = folder / "pyproject.toml"
        if project.is_file() and "newsclean" in _read(project).get("tool", {}):
            return project
    return None


def load(path: str | Path, base: Config | None = None) -> Config:
    """The :class:`Config` a rule file describes, on top of ``base``; raises :class:`RuleFileError`."""
    path = Path(path)
    try:
        table = _read(path)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RuleFileError(path, [f"cannot read the file: {error}"]) from None
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("newsclean", {})
    problems: list[str] = []
    unknown = set(table) - _FILE_KEYS
    if unknown:
        settings = ", ".join(sorted(_FILE_KEYS))
        problems.append(f"unknown setting(s) {sorted(unknown)}; settings are: {settings}")
    timeout = table.get("pattern_timeout", DEFAULT_TIMEOUT)
    if not isinstance(timeout, (int, float)) or not 0 < timeout <= 10:
        problems.append(f"pattern_timeout must be a number of seconds in (0, 10], got {timeout!r}")
        timeout = DEFAULT_TIMEOUT
    entries = table.get("rules", [])
    if not isinstance(entries, list):
        problems.append("'rules' must be an array of tables: write [[rules]] for each rule")
        entries = []
    rules = _rules(entries, float(timeout), problems)
    options = {key: value for key, value in table.items() if key in _OPTIONS}
    for key in ("select", "ignore", "languages"):
        if isinstance(options.get(key), list):
            options[key] = tuple(options[key])
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
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _rules(entries: list[Any], timeout: float, problems: list[str]) -> tuple[Rule, ...]:
    built_in = {code for rule in BUILT_IN_RULES for code in (rule.code, *rule.aliases)}
    seen: dict[str, int] = {}
    rules = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            problems.append(f"rule #{number}: must be a table of settings")
            continue
        label = f"rule {entry.get('code') or f'#{number}'}"
        found = _check_entry(entry, built_in, seen, number)
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
    even when something else about it (a duplicate code, say) is already wrong."""
    try:
        Category.parse(entry.get("category", ""))
    except ValueError:
        return False
    return (
        all(isinstance(entry.get(key), str) for key in _REQUIRED)
        and CODE_FORMAT.fullmatch(entry["code"]) is not None
        and NAME_FORMAT.fullmatch(entry["name"]) is not None
        and bool(entry.get("phrases") or entry.get("alone")) != ("pattern" in entry)
        and entry.get("evidence", "strong") in ("strong", "weak")
        and _pattern_problem(entry.get("pattern")) is None
    )


def _pattern_problem(pattern: object) -> str | None:
    if pattern is None:
        return None
    if not isinstance(pattern, str):
        return f"pattern must be a string, got {type(pattern).__name__}"
    try:
        regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE | regex.V0)
    except regex.error as error:
        return f"invalid pattern: {error}"
    return None


def _check_entry(
    entry: Mapping[str, Any], built_in: set[str], seen: dict[str, int], number: int
) -> list[str]:
    found = []
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        found.append(f"unknown key(s) {sorted(unknown)}; keys are: {', '.join(sorted(_RULE_KEYS))}")
    found += [f"'{key}' is required" for key in _REQUIRED if key not in entry]
    code = entry.get("code")
    if isinstance(code, str):
        if not CODE_FORMAT.fullmatch(code):
            found.append(f"code {code!r} must be 2 to 6 capital letters and 3 digits, like 'ACME001'")
        elif code in built_in:
            found.append(f"code {code} is a built-in rule's; pick your own prefix")
        elif code in seen:
            found.append(f"code {code} is used twice (also rule #{seen[code]})")
        seen.setdefault(code, number)
    name = entry.get("name")
    if isinstance(name, str) and not NAME_FORMAT.fullmatch(name):
        found.append(f"name {name!r} must be kebab-case, like 'acme-house-ad'")
    category = entry.get("category")
    if isinstance(category, str):
        try:
            Category.parse(category)
        except ValueError as error:
            found.append(str(error))
    has_phrases = bool(entry.get("phrases") or entry.get("alone"))
    if has_phrases == ("pattern" in entry):
        found.append("give either 'phrases' (and/or 'alone') or a 'pattern', not both or neither")
    if entry.get("evidence", "strong") not in ("strong", "weak"):
        found.append(f"evidence must be 'strong' or 'weak', got {entry.get('evidence')!r}")
    pattern_problem = _pattern_problem(entry.get("pattern"))
    if pattern_problem:
        found.append(pattern_problem)
    if not entry.get("removes"):
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
    except (ValueError, TypeError, KeyError) as error:
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
