"""Configuration: which rules run, and how much the guard allows."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .catalog import RULES as BUILT_IN_RULES
from .rules import Category, Rule, Status
from .templates import Templates

__all__ = ["Config"]


@dataclass(frozen=True, kw_only=True)
class Config:
    """Everything that changes what newsclean removes. Every option is documented here.

    Attributes:
        select: The rules to run, each given as a code (``"PAY001"``), a code
            prefix (``"PAY"``, ``"NAV00"``), a category label (``"paywall"``),
            a language (``"lang:de"``) or ``"ALL"``. Empty, the default, runs
            every stable rule.
        ignore: Rules to leave out, in the same forms; applied after ``select``.
            ``ignore=("credit",)`` keeps captions and photo credits.
        extra_rules: Your own rules (:class:`~newsclean.PatternRule`,
            :class:`~newsclean.SignalRule`, a :class:`~newsclean.ContextRule`
            subclass). They run before the built-in ones of their kind, and
            their codes must not collide with built-in codes.
        preview: Also run rules whose status is preview. Off by default, so
            that upgrading newsclean does not change output through them.
        languages: The language packs to run, as ISO 639-1 codes
            (``("de", "en")``), English a pack like the others. Empty, the
            default, runs all of them: they cost English text almost nothing
            (docs/benchmarks.md). Rules that read no language in particular
            (photo credits such as "Foto: dpa", breadcrumbs) always run.
            ``("de",)`` runs German and those only: web furniture is often
            English on German pages too, so name ``"en"`` as well to remove it.
            Your own rules (``extra_rules``) run whatever the languages.
        format: ``"auto"`` (the default) treats input that opens with an HTML
            tag as a page and anything else as text; ``"text"`` and
            ``"html"`` force one. Bytes are always decoded first (BOM, then the
            declared charset, then detection).
        favor: How trafilatura extracts HTML pages before newsclean cleans
            them: ``"balanced"`` (the default, trafilatura's own: it retries
            short extractions, which its recall mode does not, and lets in
            less junk; chosen by measurement on four corpora, see
            docs/benchmarks.md), ``"recall"`` or ``"precision"``.
        guard_threshold: The largest share of a document's words (0 to 1)
            that weak and contextual evidence may remove. Beyond it, those
            removals are reverted, with the list header or photo credit a
            contextual removal leaned on; other strong removals stand, and
            :attr:`Cleaned.guard <newsclean.Cleaned.guard>` says so. ``1.0``
            turns the guard off. Default ``0.5``.
        tables: Keep the tables of HTML pages (trafilatura's ``include_tables``).
            Default ``True``; ``False`` leaves them out of the text.
        comments: Keep the readers' comments of HTML pages (trafilatura's
            ``include_comments``): they follow the article, and the comment
            section rule (``NAV201``) does not run. Default ``False``.
        size_limit: The largest input cleaned, in characters (``str``) or
            bytes; a larger one raises :class:`~newsclean.InputTooLarge` (a
            ``ValueError``) before any work, so that one junk record cannot
            hold a pipeline for minutes: text is cleaned in linear time, but
            HTML parsing and extraction of a 20 MB page take tens of seconds.
            ``None`` removes the limit. Default 20,000,000.
        templates: Site templates learned from the corpus's own pages
            (:class:`~newsclean.Templates`). A page whose site (``site=``, or the
            host of ``url=``) has one loses the lines of that template (rules
            ``TPL101`` and ``TPL102``), the site's tail below the article (``TPL103``)
            and what stands below the site's footer (``TPL104``), under the guard.
            Default ``None``: none.

    Change a config with :meth:`replace`, or pass the same names as keyword
    arguments to :func:`newsclean.clean`.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extra_rules: tuple[Rule, ...] = ()
    preview: bool = False
    languages: tuple[str, ...] = ()
    format: str = "auto"
    favor: str = "balanced"
    guard_threshold: float = 0.5
    size_limit: int | None = 20_000_000
    tables: bool = True
    comments: bool = False
    templates: Templates | None = None

    def __post_init__(self) -> None:
        for name in ("select", "ignore", "extra_rules", "languages"):
            object.__setattr__(self, name, _as_tuple(name, getattr(self, name)))
        for selector in (*self.select, *self.ignore):
            if not isinstance(selector, (str, Category)):
                raise TypeError(f"rule selectors are codes, prefixes or categories, got {selector!r}")
        for rule in self.extra_rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"extra_rules takes Rule objects, got {type(rule).__name__}")
        unknown = set(self.languages) - set(LANGUAGES)
        if unknown:
            raise ValueError(f"no language pack for {sorted(unknown)}; packs: {', '.join(LANGUAGES)}")
        if self.format not in _FORMATS:
            raise ValueError(f"format must be one of {', '.join(_FORMATS)}, got {self.format!r}")
        if self.favor not in _FAVORS:
            raise ValueError(f"favor must be one of {', '.join(_FAVORS)}, got {self.favor!r}")
        if not 0 < self.guard_threshold <= 1:
            raise ValueError(f"guard_threshold must be in (0, 1], got {self.guard_threshold!r}")
        for name in ("tables", "comments"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"{name} must be True or False, got {getattr(self, name)!r}")
        limit = self.size_limit
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f"size_limit must be a positive int or None, got {limit!r}")
        if self.templates is not None and not isinstance(self.templates, Templates):
            kind = type(self.templates).__name__
            raise TypeError(f"templates must be newsclean.Templates (Templates.load(path)), got {kind}")

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """The configuration a rule file describes (see :mod:`newsclean.rulefile`).

        Raises :class:`~newsclean.RuleFileError`, naming the file and each broken rule.
        """
        from .rulefile import load

        return load(path)

    @classmethod
    def discover(cls, directory: str | Path = ".") -> Config:
        """The rule file found from ``directory`` up to its project's root (``newsclean.toml``,
        or ``[tool.newsclean]`` in ``pyproject.toml``), or the defaults if there is none.
        :func:`newsclean.rulefile.discover` says which file that is."""
        from .rulefile import discover

        found = discover(directory)
        return cls.from_file(found) if found is not None else cls()

    def replace(self, **changes: Any) -> Config:
        """A copy with some options changed: ``config.replace(ignore=("NAV",))``."""
        unknown = set(changes) - {field.name for field in dataclasses.fields(self)}
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}; {_OPTIONS_HELP}")
        return dataclasses.replace(self, **changes)

    def rules(self) -> tuple[Rule, ...]:
        """The rules this configuration runs, user rules first, then built-ins in chain order."""
        built_in = {rule.code for rule in BUILT_IN_RULES}
        for rule in self.extra_rules:
            if rule.code in built_in:
                raise ValueError(f"extra rule {rule.code} reuses a built-in code; pick another")
        available = [*self.extra_rules, *BUILT_IN_RULES]
        for selector in (*self.select, *self.ignore):
            if not any(_selects(selector, rule) for rule in available):
                raise ValueError(f"{selector!r} selects no rule (`newsclean rule --all` lists them)")
        mine = frozenset(self.extra_rules)
        wanted = tuple(rule for rule in available if self._wants(rule, rule in mine))
        if not self.languages:
            return wanted
        # A rule whose vocabulary spans languages keeps only the wanted languages' phrases.
        languages = frozenset({"any", *self.languages})
        return tuple(rule if rule in mine else rule.for_languages(languages) for rule in wanted)

    def _wants(self, rule: Rule, mine: bool = False) -> bool:
        if self.comments and rule.code in _COMMENT_SECTION_RULES:
            return False
        # Language packs are the built-in rules; your own rules run whatever the languages.
        if self.languages and not mine and not ({"any", *self.languages} & set(rule.languages)):
            return False
        if self.select and not any(_selects(s, rule) for s in self.select):
            return False
        # A preview rule runs with preview=True, or when selected by its own code.
        if rule.status is Status.PREVIEW and not (self.preview or rule.code in self.select):
            return False
        return not any(_selects(s, rule) for s in self.ignore)


#: The languages newsclean has rule packs for.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
_FORMATS = ("auto", "text", "html")
_FAVORS = ("recall", "balanced", "precision")
#: The rules that remove a page's comment section, which ``comments=True`` keeps.
_COMMENT_SECTION_RULES = frozenset({"NAV201"})

_OPTIONS_HELP = "options are: " + ", ".join(field.name for field in dataclasses.fields(Config))


def _selects(selector: str | Category, rule: Rule) -> bool:
    if isinstance(selector, Category):
        return rule.category is selector
    if selector == "ALL":
        return True
    if selector.startswith("lang:"):
        return selector[5:] in rule.languages
    if selector in (rule.category.label, rule.category.value) or selector in rule.aliases:
        return True
    return rule.code.startswith(selector)


def _as_tuple(name: str, value: Iterable[Any] | str | Rule) -> tuple[Any, ...]:
    if isinstance(value, (str, Category, Rule)):
        return (value,)
    if value is None:
        raise TypeError(f"{name} must be a tuple, not None")
    return tuple(value)
