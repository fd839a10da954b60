"""Cleaning items in order, in this process or in a pool of worker processes.

The reading process only reads bytes and writes bytes: workers parse each
item, clean it, and return the exact bytes to write (a JSONL line, or the
cleaned text) with the rule codes for the summary. Items go to workers in
chunks and come back in the order they were read, whatever order the workers
finish in; a few chunks per worker are in flight, so memory stays flat.

A record that makes its worker die (a crash in a parser, say) costs that
record alone: the pool is rebuilt, the dead chunk's items run again one at a
time with nothing else in flight, so that a worker that dies again names its
record, reported as an error; then the other chunks in flight are sent again.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from types import FrameType
from typing import NamedTuple

from ..cleaner import Cleaner
from ..config import Config
from ..results import Cleaned, Removal
from .inputs import Item
from .outputs import OutputFields, json_line, json_record
from .records import Fields, Record, read_record

__all__ = ["Result", "Settings", "clean_items"]

CHUNK_ITEMS = 128
CHUNK_BYTES = 1_000_000  # small enough that the last chunks of HTML pages do not leave a worker idle
CHUNKS_PER_WORKER = 3


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


def clean_items(
    items: Iterable[Item], settings: Settings, *, jobs: int = 1, keep: frozenset[int] = frozenset()
) -> Iterator[tuple[Item, Result]]:
    """Each item with its result, in input order. ``keep`` holds the positions (0-based) of the
    items whose source text and removals the report shows."""
    works = ((item, _work(item, position in keep)) for position, item in enumerate(items))
    if jobs <= 1:
        cleaner = Cleaner(settings.config)
        for item, work in works:
            yield item, process(cleaner, settings, work)
        return
    yield from _in_pool(works, settings, jobs)


def _work(item: Item, keep: bool) -> Work:
    return Work(item.data, item.error, str(item.source.relative), item.source.jsonl, keep)


def process(cleaner: Cleaner, settings: Settings, work: Work) -> Result:
    """Parse, clean and serialise one item. Never raises: a failure is the record's error."""
    record = _record(work, settings)
    try:
        with deadline(settings.time_limit):
            result, error = explain_record(cleaner, record, metadata=settings.output.metadata)
    except OutOfTime:
        result, error = None, f"took longer than the time limit of {settings.time_limit:g} s (--time-limit)"
    return _result(record, work, settings, result, error)


def explain_record(cleaner: Cleaner, record: Record, *, metadata: bool) -> tuple[Cleaned | None, str | None]:
    """The record cleaned and explained, or why not. Never raises: input the library refuses
    (too large, binary) and any bug cost this one record, never the run."""
    if record.error is not None or record.content is None:
        return None, record.error
    try:
        return cleaner.explain(record.content, url=record.url, metadata=metadata, site=record.site), None
    except ValueError as refusal:
        return None, str(refusal)
    except Exception as failure:
        return None, f"newsclean failed on this record: {type(failure).__name__}: {failure}"


class OutOfTime(BaseException):
    """Raised in a document that ran past its time limit. Not an ``Exception``, so that no
    ``except Exception`` in the libraries a document goes through can swallow it."""


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OutOfTime` in the block if it runs longer than ``seconds``.

    The alarm is a signal: its handler runs between two Python instructions, or when a C
    function returns (both regular expression engines check for signals as they match).
    Only a process's main thread gets signals, which is where the command line and its
    workers clean; elsewhere, and where there is no ``SIGALRM`` (Windows), there is no limit.
    """
    in_main_thread = threading.current_thread() is threading.main_thread()
    if not seconds or not in_main_thread or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _out_of_time(signum: int, frame: FrameType | None) -> None:
    raise OutOfTime


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
    if settings.mode == "jsonl" or (settings.mode == "mirror" and work.jsonl):
        metadata = None if cleaned is None else cleaned.metadata
        fields = json_record(record, text, removals, metadata, error, settings.output)
        payload: bytes | None = json_line(fields)
    else:
        payload = None if text is None else (text + "\n").encode("utf-8", "surrogateescape")
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
    return Result(payload, codes, error, size_in, size_out, record.id, shown, emptied_by)


# --- worker processes ----------------------------------------------------------------------

_worker: tuple[Cleaner, Settings] | None = None


def _start_worker(settings: Settings) -> None:
    global _worker
    _worker = (Cleaner(settings.config), settings)


def _process_chunk(works: list[Work]) -> list[Result]:
    assert _worker is not None, "worker started without its initializer"
    cleaner, settings = _worker
    return [process(cleaner, settings, work) for work in works]


Chunk = list[tuple[Item, Work]]


def _chunks(works: Iterable[tuple[Item, Work]]) -> Iterator[Chunk]:
    chunk: Chunk = []
    size = 0
    for pair in works:
        chunk.append(pair)
        size += len(pair[1].data or b"")
        if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a server that has imported newsclean once, rather than each
    importing it (each then compiles the patterns it meets, on first use); never forked from
    this process, whose threads (the progress bar's) might hold locks. Spawn where there is
    no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsclean"])
    return context


class _Pool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, settings: Settings, jobs: int) -> None:
        self.settings = settings
        self.jobs = jobs
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.jobs, mp_context=_context(), initializer=_start_worker, initargs=(self.settings,)
        )

    def submit(self, chunk: Chunk) -> Future[list[Result]]:
        return self.executor.submit(_process_chunk, [work for _, work in chunk])

    def rebuild(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


Pending = deque[tuple[Chunk, "Future[list[Result]]"]]


def _in_pool(
    works: Iterable[tuple[Item, Work]], settings: Settings, jobs: int
) -> Iterator[tuple[Item, Result]]:
    pool = _Pool(settings, jobs)
    pending: Pending = deque()
    try:
        for chunk in _chunks(works):
            pending.append((chunk, pool.submit(chunk)))
            while len(pending) >= jobs * CHUNKS_PER_WORKER:
                yield from _next_results(pending, pool)
        while pending:
            yield from _next_results(pending, pool)
    finally:
        pool.close()


def _next_results(pending: Pending, pool: _Pool) -> Iterator[tuple[Item, Result]]:
    chunk, future = pending.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        # A worker died, and every chunk in flight failed with it. This chunk's records run
        # again one at a time with nothing else in flight, so that a death names its record;
        # then the other chunks are sent again.
        pool.rebuild()
        for pair in chunk:
            yield pair[0], _alone(pool, pair)
        _resubmit(pending, pool)
        return
    for (item, _), result in zip(chunk, results, strict=True):
        yield item, result


def _alone(pool: _Pool, pair: tuple[Item, Work]) -> Result:
    try:
        return pool.submit([pair]).result()[0]
    except BrokenProcessPool:
        pool.rebuild()
        return failed(pool.settings, pair[1], "the worker cleaning this record died (a crash in a parser?)")


def _resubmit(pending: Pending, pool: _Pool) -> None:
    """Chunks that were in flight when the pool broke go to the new pool, in the same order."""
    for position, (chunk, future) in enumerate(list(pending)):
        if not (future.done() and not future.cancelled() and future.exception() is None):
            pending[position] = (chunk, pool.submit(chunk))
