"""The entry points: :class:`Cleaner`, and :func:`clean` and :func:`explain` for one-off calls."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from . import html
from .blocks import NO_CONTEXT, PageContext
from .chain import Chain
from .config import Config
from .markdown import kept_markdown
from .results import Cleaned, build

if TYPE_CHECKING:
    from .batch import DocumentError

__all__ = ["Cleaner", "InputTooLarge", "clean", "explain"]


class InputTooLarge(ValueError):
    """The input is over the configured ``size_limit``; nothing was cleaned."""

    def __init__(self, function: str, size: int, unit: str, limit: int) -> None:
        self.size, self.limit = size, limit
        super().__init__(
            f"{function}(): the input is {size:,} {unit}, over size_limit={limit:,}; "
            "pass a larger size_limit, or None, to clean it anyway"
        )

Content = str | bytes | bytearray | memoryview


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while one document is cleaned, back on after.

    Cleaning makes no reference cycles (a collection during it finds nothing to free), but it
    allocates enough to set the collector off about ten times a page, and each run walks the
    objects the page still holds, moving them to older generations, whose full collections walk
    every compiled rule and cache: a tenth of the time of cleaning a page went to it. Paused,
    the collector's first run after the page finds the page's objects already freed. Where the
    caller has the collector off, it stays off; another thread may run with it off meanwhile.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


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
        self._user_codes = frozenset(rule.code for rule in self.config.extra_rules)

    def clean(self, content: Content, *, url: str | None = None, site: str | None = None) -> str:
        """The article without its boilerplate.

        ``content`` is article text or an HTML page (``str``, or ``bytes`` whose
        encoding is detected). For text, kept blocks come out byte for byte.
        For HTML, the result is the article body trafilatura extracts, cleaned;
        the headline is metadata (see :meth:`explain`). ``url`` turns on the
        site packs for its host, and helps trafilatura with HTML. With
        ``templates``, the page's site (``site``, or else the host of ``url``)
        picks the template applied.
        """
        with _cycle_collector_paused():
            return self._clean(content, url, site)

    def _clean(self, content: Content, url: str | None, site: str | None) -> str:
        text, is_html, _ = self._read(content, "clean")
        url, _ = _readable_url(url)
        if not is_html:
            page, _ = self._chain.run(text, self._context(_text_context(url), site))
            return page.render()
        extraction = html.extract(text, self._chain.dom_rules, url=url, **self._extraction_options())
        page, _ = self._chain.run(extraction.text, self._context(extraction.context, site))
        return page.render()

    def _extraction_options(self) -> dict[str, Any]:
        config = self.config
        return {"favor": config.favor, "tables": config.tables, "comments": config.comments}

    def explain(
        self,
        content: Content,
        *,
        url: str | None = None,
        metadata: bool = True,
        site: str | None = None,
        markdown: bool = False,
    ) -> Cleaned:
        """The cleaned text, every removal with its rule, reason and place, and for HTML the metadata
        (``metadata=False`` skips reading it, which saves time on large batches). ``markdown=True``
        also renders the kept text as Markdown (:attr:`Cleaned.markdown <newsclean.Cleaned.markdown>`):
        an HTML page's headings, lists, emphasis and tables, extracted a second time."""
        with _cycle_collector_paused():
            return self._explain(content, url, metadata, site, markdown)

    def _explain(
        self, content: Content, url: str | None, metadata: bool, site: str | None, markdown: bool
    ) -> Cleaned:
        text, is_html, encoding = self._read(content, "explain")
        url, url_notes = _readable_url(url)
        threshold = self.config.guard_threshold
        if not is_html:
            page, guard = self._chain.run(text, self._context(_text_context(url), site))
            cleaned = build(page, guard, threshold, notes=url_notes, user_codes=self._user_codes)
            return dataclasses.replace(cleaned, markdown=cleaned.text) if markdown else cleaned
        extraction = html.extract(
            text,
            self._chain.dom_rules,
            url=url,
            with_metadata=metadata,
            markdown=markdown,
            **self._extraction_options(),
        )
        page, guard = self._chain.run(extraction.text, self._context(extraction.context, site))
        notes = (*url_notes, *extraction.notes)
        if encoding is not None:
            notes = (f"decoded as {encoding}", *notes)
        cleaned = build(
            page,
            guard,
            threshold,
            dom_removals=extraction.dom_removals,
            metadata=extraction.metadata,
            notes=notes,
            page_guard=extraction.page_guard,
            user_codes=self._user_codes,
        )
        if extraction.markdown is None:
            return cleaned
        return dataclasses.replace(cleaned, markdown=kept_markdown(extraction.markdown, cleaned))

    def clean_many(
        self,
        documents: Iterable[Content],
        *,
        urls: Iterable[str | None] | None = None,
        jobs: int = 1,
        time_limit: float | None = None,
    ) -> Iterator[str | DocumentError]:
        """Clean many documents, yielding each result in the order the documents came.

        A document that cannot be cleaned (a wrong type, binary bytes, over ``size_limit``,
        past ``time_limit`` seconds, or one whose worker process died) comes out in its place
        as a :class:`~newsclean.DocumentError`, and the others still come out. ``urls`` gives
        each document's URL (or ``None``), in the same order. ``jobs`` worker processes clean
        in parallel (0: one per core), the engine the command line's ``--jobs`` uses; the
        documents are read only a few chunks ahead of the results taken, so a generator of
        any length streams through in flat memory.

        >>> for result in Cleaner().clean_many(["The vote passed.\\n\\nGo deeper", None]):
        ...     print(result if isinstance(result, str) else f"{result.index} {result.kind}: {result}")
        The vote passed.
        1 TypeError: the document must be str (text or HTML) or bytes (an HTML page), got NoneType
        """
        from . import batch

        return batch.clean_many(self, documents, urls=urls, jobs=jobs, time_limit=time_limit, explain=False)

    def explain_many(
        self,
        documents: Iterable[Content],
        *,
        urls: Iterable[str | None] | None = None,
        jobs: int = 1,
        time_limit: float | None = None,
        metadata: bool = True,
    ) -> Iterator[Cleaned | DocumentError]:
        """:meth:`explain` for many documents, as :meth:`clean_many` cleans them: in order,
        each failure a :class:`~newsclean.DocumentError` in its place."""
        from . import batch

        return batch.clean_many(
            self, documents, urls=urls, jobs=jobs, time_limit=time_limit, explain=True, metadata=metadata
        )

    def source_text(self, content: Content, *, url: str | None = None) -> str:
        """The text the rules run on: the text itself, or what is extracted from an HTML page
        (after the DOM rules). Site templates are learned from it."""
        text, is_html, _ = self._read(content, "source_text")
        url, _ = _readable_url(url)
        if not is_html:
            return text
        with _cycle_collector_paused():
            return html.extract(text, self._chain.dom_rules, url=url, **self._extraction_options()).text

    def _context(self, context: PageContext, site: str | None) -> PageContext:
        """``context`` with the template of the page's site, if there is one."""
        templates = self.config.templates
        if templates is None:
            return context
        template = templates.get(site if site is not None else context.host)
        return context if template is None else dataclasses.replace(context, template=template)

    def _read(self, content: object, function: str) -> tuple[str, bool, str | None]:
        """The content as text, whether it is HTML, and the encoding bytes were decoded from."""
        if isinstance(content, (bytes, bytearray, memoryview)):
            data: str | bytes = bytes(content)
        elif isinstance(content, str):
            data = content
        else:
            raise TypeError(
                f"{function}() takes the article as str (text or HTML) or bytes (an HTML page), "
                f"got {type(content).__name__}"
            )
        limit = self.config.size_limit
        if limit is not None and len(data) > limit:
            unit = "characters" if isinstance(data, str) else "bytes"
            raise InputTooLarge(function, len(data), unit, limit)
        encoding = None
        if isinstance(data, bytes):
            html.refuse_binary(data, function)
            data, encoding = html.decode(data)
        form = self.config.format
        is_html = form == "html" or (form == "auto" and html.looks_like_html(data))
        return data, is_html, encoding

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r}, {len(self.rules)} rules)"


def clean(
    content: Content,
    *,
    url: str | None = None,
    site: str | None = None,
    config: Config | None = None,
    **options: Any,
) -> str:
    """Remove boilerplate from one article, given as text or as an HTML page.

    Options are those of :class:`Config`, given either as ``config=`` or as
    keyword arguments; ``url`` helps with HTML pages.

    >>> clean("Blinken met Gantz on Tuesday.\\n\\nYou have read 3 articles this month.")
    'Blinken met Gantz on Tuesday.'
    """
    return _cleaner(config, options).clean(content, url=url, site=site)


def explain(
    content: Content,
    *,
    url: str | None = None,
    site: str | None = None,
    config: Config | None = None,
    markdown: bool = False,
    **options: Any,
) -> Cleaned:
    """Clean one article and say why each removed block went (``markdown=True``: and render the
    kept text as Markdown, see :meth:`Cleaner.explain`).

    >>> result = explain("Blinken met Gantz.\\n\\nGo deeper")
    >>> result.text
    'Blinken met Gantz.'
    >>> for removal in result.removals:
    ...     print(removal)
    REL001 go-deeper-link [related] 20:29 'Go deeper' link: "Go deeper"
    """
    return _cleaner(config, options).explain(content, url=url, site=site, markdown=markdown)


def _readable_url(url: str | None) -> tuple[str | None, tuple[str, ...]]:
    """``url`` if it can be read, else ``None`` and a note: a malformed URL (``http://[::1``)
    costs the document its site rules, not its cleaning."""
    if url is None:
        return None, ()
    try:
        html.host_of(url)
    except ValueError:
        return None, (f"the url {url!r} is malformed and was ignored",)
    return url, ()


def _text_context(url: str | None) -> PageContext:
    return PageContext(host=html.host_of(url)) if url else NO_CONTEXT


def _cleaner(config: Config | None, options: dict[str, Any]) -> Cleaner:
    return cached_cleaner(configured(config, options))


def configured(config: Config | None, options: dict[str, Any]) -> Config:
    """``config`` (or the defaults), changed by keyword ``options``."""
    base = config if config is not None else Config()
    return base.replace(**options) if options else base


@functools.lru_cache(maxsize=64)
def cached_cleaner(config: Config) -> Cleaner:
    """One compiled cleaner per configuration in this process, built on first use: the
    module-level functions and the pipeline integrations (whose workers build their own,
    since compiled automata do not travel) share it."""
    return Cleaner(config)
