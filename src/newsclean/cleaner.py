"""The entry points: :class:`Cleaner`, and :func:`clean` and :func:`explain` for one-off calls."""

from __future__ import annotations

import functools
from typing import Any

from .chain import Chain
from .config import Config
from .results import Cleaned, build

__all__ = ["Cleaner", "clean", "explain"]


class Cleaner:
    """A rule chain compiled once for one :class:`Config`; reuse it for every document.

    >>> cleaner = Cleaner(ignore=("credit",))
    >>> cleaner.clean("Photo: Jane Doe/Reuters\\n\\nThe vote passed.\\n\\nRead more")
    'Photo: Jane Doe/Reuters\\n\\nThe vote passed.'
    """

    def __init__(self, config: Config | None = None, **options: Any) -> None:
        config = config if config is not None else Config()
        if not isinstance(config, Config):
            raise TypeError(f"config must be a newsclean.Config, got {type(config).__name__}")
        self.config = config.replace(**options) if options else config
        self.rules = self.config.rules()
        self._chain = Chain(self.rules, guard_threshold=self.config.guard_threshold)

    def clean(self, text: str) -> str:
        """The article without its boilerplate; kept blocks are unchanged, byte for byte."""
        _require_text(text, "clean")
        page, _ = self._chain.run(text)
        return page.render()

    def explain(self, text: str) -> Cleaned:
        """The cleaned text, plus every removal with its rule, reason and span."""
        _require_text(text, "explain")
        page, guard = self._chain.run(text)
        return build(page, guard, self.config.guard_threshold)

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r}, {len(self.rules)} rules)"


def clean(text: str, *, config: Config | None = None, **options: Any) -> str:
    """Remove boilerplate from one article's text.

    Options are those of :class:`Config`, given either as ``config=`` or as
    keyword arguments.

    >>> clean("Blinken met Gantz on Tuesday.\\n\\nYou have read 3 articles this month.")
    'Blinken met Gantz on Tuesday.'
    """
    return _cleaner(config, options).clean(text)


def explain(text: str, *, config: Config | None = None, **options: Any) -> Cleaned:
    """Clean one article and say why each removed block went.

    >>> result = explain("Blinken met Gantz.\\n\\nGo deeper")
    >>> result.text
    'Blinken met Gantz.'
    >>> for removal in result.removals:
    ...     print(removal)
    REL001 go-deeper-link [related] 20:29 'Go deeper' link: "Go deeper"
    """
    return _cleaner(config, options).explain(text)


def _cleaner(config: Config | None, options: dict[str, Any]) -> Cleaner:
    if config is None:
        config = Config()
    if options:
        config = config.replace(**options)
    return _cached_cleaner(config)


@functools.lru_cache(maxsize=64)
def _cached_cleaner(config: Config) -> Cleaner:
    return Cleaner(config)


def _require_text(text: object, function: str) -> None:
    if isinstance(text, str):
        return
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{function}() takes the article as str, got {type(text).__name__}; "
            "decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{function}() takes the article as str, got {type(text).__name__}")
