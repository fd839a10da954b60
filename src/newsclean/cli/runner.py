"""Cleaning items in order, in this process or in a pool of worker processes.

The reading process only reads bytes and writes bytes: workers parse each
item, clean it, and return the exact bytes to write (a JSONL line, or the
cleaned text) with the rule codes for the summary. The pool, its ordering and
its recovery from a worker's death are :mod:`newsclean.batch`'s, the engine of
:meth:`Cleaner.clean_many <newsclean.Cleaner.clean_many>` too.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..batch import OutOfTime, Task, deadline, ordered
from ..blocks import normalise
from ..cleaner import Cleaner
from ..config import Config
from ..html import headline_candidates
from ..results import Cleaned, Removal
from .inputs import Item
from .outputs import OutputFields, json_line, json_record
from .records import Fields, Record, read_record

__all__ = ["Result", "Settings", "clean_items"]


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to turn an item into output bytes.

    ``mode`` says what to write: ``"jsonl"`` (every item as a JSONL line),
    ``"text"`` (the cleaned text), or ``"mirror"`` (JSONL items as lines,
    documents as text, as a mirrored folder wants). An item that takes longer
    than ``time_limit`` seconds comes out as an error and the run goes on.
    """

    config: Config
    fields: Fields = field(default_factory=Fields)
    output: OutputFields = field(default_factory=OutputFields)
    mode: str = "jsonl"
    url: str | None = None
    time_limit: float | None = None  # seconds one item may take; None: no limit


class Work(NamedTuple):
    """An item as a worker gets it."""

    data: bytes | None
    error: str | None
    name: str  # a document's id: its path under the folder it was found in
    jsonl: bool
    keep: bool  # the report shows this one: send back its source text and removals


class Shown(NamedTuple):
    """What the report needs of a document."""

    source: str
    removals: tuple[Removal, ...]


class Result(NamedTuple):
    """One item, cleaned: the bytes to write (``None``: nothing to write), and what the summary counts."""

    payload: bytes | None
    codes: tuple[str, ...] = ()
    error: str | None = None
    bytes_in: int = 0
    bytes_out: int = 0
    id: str | None = None
    shown: Shown | None = None
    emptied_by: tuple[str, ...] = ()  # the user's rules, when they left the document empty
    empty: bool = False  # cleaned, and nothing left
    without_url: bool = False  # a JSONL record without the URL field: no site pack ran on it


def clean_items(
    items: Iterable[Item], settings: Settings, *, jobs: int = 1, keep: frozenset[int] = frozenset()
) -> Iterator[tuple[Item, Result]]:
    """Each item with its result, in input order. ``keep`` holds the positions (0-based) of the
    items whose source text and removals the report shows."""
    works = ((item, _work(item, position in keep)) for position, item in enumerate(items))
    return ordered(CleaningTask(settings), works, jobs=max(jobs, 1))


class CleaningTask(Task[Work, "Result"]):
    """What a worker does with each item: parse, clean, serialise (:func:`process`)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.cleaners: Cleaners | None = None

    def __getstate__(self) -> dict[str, object]:
        return {"settings": self.settings, "cleaners": None}

    def start(self) -> None:
        self.cleaners = Cleaners(self.settings.config)

    def run(self, payload: Work) -> Result:
        assert self.cleaners is not None, "run before start"
        return process(self.cleaners, self.settings, payload)

    def died(self, payload: Work) -> Result:
        return failed(self.settings, payload, "the worker cleaning this record died (a crash in a parser?)")

    def size(self, payload: Work) -> int:
        return len(payload.data or b"")


class Cleaners:
    """The compiled cleaner for a record: the run's own, or, for a record that names its
    language (``--language-field``), one that runs that language's pack and those the run
    names (``--languages``), each built on first use."""

    def __init__(self, config: Config) -> None:
        self.default = Cleaner(config)
        self.by_language: dict[str, Cleaner] = {}

    def __call__(self, language: str | None = None) -> Cleaner:
        if language is None:
            return self.default
        cleaner = self.by_language.get(language)
        if cleaner is None:
            config = self.default.config
            languages = tuple(dict.fromkeys((language, *config.languages)))
            cleaner = self.by_language[language] = Cleaner(config.replace(languages=languages))
        return cleaner


def _work(item: Item, keep: bool) -> Work:
    return Work(item.data, item.error, str(item.source.relative), item.source.jsonl, keep)


def process(cleaners: Cleaners, settings: Settings, work: Work) -> Result:
    """Parse, clean and serialise one item. Never raises: a failure is the record's error."""
    record = _record(work, settings)
    cleaner = cleaners(record.language)  # built outside the record's time limit
    try:
        with deadline(settings.time_limit):
            output = settings.output
            markdown = output.format == "markdown"
            result, error = explain_record(cleaner, record, metadata=output.wants_metadata, markdown=markdown)
    except OutOfTime:
        result, error = None, f"took longer than the time limit of {settings.time_limit:g} s (--time-limit)"
    return _result(record, work, settings, result, error)


def explain_record(
    cleaner: Cleaner, record: Record, *, metadata: bool, markdown: bool = False
) -> tuple[Cleaned | None, str | None]:
    """The record cleaned and explained, or why not. Never raises: input the library refuses
    (too large, binary) and any bug cost this one record, never the run."""
    if record.error is not None or record.content is None:
        return None, record.error
    try:
        extra = {"markdown": True} if markdown else {}
        explained = cleaner.explain(record.content, url=record.url, metadata=metadata,
                                    site=record.site, **extra)
        return explained, None
    except ValueError as refusal:
        return None, str(refusal)
    except Exception as failure:
        return None, f"newsclean failed on this record: {type(failure).__name__}: {failure}"


def shaped_text(cleaned: Cleaned, output: OutputFields) -> str:
    """The text to write: plain or Markdown, with an HTML page's headline first if asked for
    (a headline the page sets apart in a header is metadata, and the text starts below it; one
    the text already opens with is not repeated)."""
    markdown = output.format == "markdown" and cleaned.markdown is not None
    text = cleaned.markdown if markdown and cleaned.markdown is not None else cleaned.text
    title = cleaned.metadata.title if output.title and cleaned.metadata is not None else None
    if title and not _opens_with(text, title):  # a headline the page set among its text is there
        heading = f"# {title}" if markdown else title
        text = f"{heading}\n\n{text}" if text else heading
    return text


def _opens_with(text: str, title: str) -> bool:
    """Whether the text's first line is the headline already, word for word (with or without
    the site's name the title adds)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return normalise(first) in headline_candidates([title])


_FRONT_MATTER = ("title", "author", "date", "sitename", "url", "language", "description")


def front_matter(cleaned: Cleaned) -> str:
    """A page's metadata as a YAML header (``---`` lines), as trafilatura writes it; none for text."""
    if cleaned.metadata is None:
        return ""
    lines = [
        f"{name}: {json.dumps(value, ensure_ascii=False)}"
        for name in _FRONT_MATTER
        if (value := getattr(cleaned.metadata, name))
    ]
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n" if lines else ""


def json_document(record: Record, cleaned: Cleaned, text: str, output: OutputFields) -> dict[str, Any]:
    """One document as a JSON object (``--output-format json``)."""
    found: dict[str, Any] = {"id": record.id, "text": text}
    metadata = cleaned.metadata
    if metadata is not None:
        found["title"] = metadata.title
    if output.metadata:
        found["metadata"] = None if metadata is None else dataclasses.asdict(metadata)
    if output.removals:
        found["removals"] = [removal.as_dict() for removal in cleaned.removals]
    return found


def failed(settings: Settings, work: Work, error: str) -> Result:
    """The result for an item that could not be cleaned at all: still a record out."""
    return _result(_record(work, settings), work, settings, None, error)


def _record(work: Work, settings: Settings) -> Record:
    return read_record(
        work.data, work.error, jsonl=work.jsonl, name=work.name, fields=settings.fields, url=settings.url
    )


def _result(
    record: Record, work: Work, settings: Settings, cleaned: Cleaned | None, error: str | None
) -> Result:
    """What to write for a record, cleaned or not (then ``error`` says why), and what to count."""
    text = None if cleaned is None else cleaned.text
    removals = () if cleaned is None else cleaned.removals
    shaped = None if cleaned is None else shaped_text(cleaned, settings.output)
    if settings.mode == "jsonl" or (settings.mode == "mirror" and work.jsonl):
        metadata = None if cleaned is None else cleaned.metadata
        fields = json_record(record, shaped, removals, metadata, error, settings.output)
        payload: bytes | None = json_line(fields)
    elif cleaned is None or shaped is None:
        payload = None
    elif settings.output.format == "json":
        payload = json_line(json_document(record, cleaned, shaped, settings.output))
    else:
        document = front_matter(cleaned) + shaped if settings.output.metadata else shaped
        payload = (document + "\n").encode("utf-8", "surrogateescape")
    content = record.content
    size_in = (
        len(content)
        if isinstance(content, bytes)
        else len(content.encode("utf-8", "replace"))
        if content
        else 0
    )
    size_out = len(text.encode("utf-8", "replace")) if text else 0
    codes = tuple(removal.code for removal in removals)
    shown = Shown(cleaned.source, removals) if cleaned is not None and work.keep else None
    emptied_by = () if cleaned is None else cleaned.emptied_by
    empty = cleaned is not None and not cleaned.text.strip()
    without_url = work.jsonl and record.fields is not None and record.url is None
    return Result(
        payload, codes, error, size_in, size_out, record.id, shown, emptied_by, empty, without_url
    )
