"""Many documents at once, in order, in this process or in a pool of worker processes.

One engine serves :meth:`Cleaner.clean_many <newsclean.Cleaner.clean_many>`,
:meth:`Cleaner.explain_many <newsclean.Cleaner.explain_many>` and the command
line's ``--jobs``. Work goes to the workers in chunks and comes back in the
order it was given, whatever order the workers finish in; a few chunks per
worker are in flight, so memory stays flat however long the input is, and
the input is read only as far as the results are taken.

A document that fails is a value in its place (:class:`DocumentError`), never
an exception that ends the batch. One that makes its worker die (a crash in a
parser, say) costs that document alone: the pool is rebuilt, the dead chunk's
documents run again one at a time with nothing else in flight, so that a
worker that dies again names its document; then the other chunks in flight
are sent again. One that runs past the time limit is stopped and reported.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .rules import first_use_seconds

if TYPE_CHECKING:
    from .cleaner import Cleaner, Content
    from .config import Config

__all__ = ["DocumentError", "OutOfTime", "Task", "deadline", "ordered"]

CHUNK_ITEMS = 128
CHUNK_BYTES = 1_000_000  # small enough that the last chunks of HTML pages do not leave a worker idle
CHUNKS_PER_WORKER = 3

#: What a worker that died leaves as the reason.
WORKER_DIED = "the worker cleaning this document died (a crash in a parser?)"


class DocumentError(Exception):
    """Why one document of a batch was not cleaned; it comes out in the document's place.

    ``index`` is the document's position in the input (from 0); ``kind`` is the
    name of the exception it raised (``"TypeError"``, ``"ValueError"``,
    ``"InputTooLarge"``), ``"TimeLimit"`` for one that ran past the time limit,
    or ``"WorkerDied"`` for one whose worker process died. ``str(error)`` is
    the reason, as :func:`newsclean.clean` would have said it.
    """

    def __init__(self, index: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.index = index
        self.kind = kind
        self.message = message

    def __reduce__(self) -> tuple[type[DocumentError], tuple[int, str, str]]:
        return DocumentError, (self.index, self.kind, self.message)

    def __repr__(self) -> str:
        return f"DocumentError(index={self.index}, kind={self.kind!r}, message={self.message!r})"


P = TypeVar("P")  # what one unit of work is, as a worker gets it
R = TypeVar("R")  # what it gives back
T = TypeVar("T")  # what the caller keeps beside it


class Task(ABC, Generic[P, R]):
    """What to do with each unit of work. It travels to every worker (it must pickle) and is
    started there once; :meth:`run` never raises."""

    def start(self) -> None:  # optional: most tasks compile something here
        """Prepare in the process that runs the work (compile the rules)."""

    @abstractmethod
    def run(self, payload: P) -> R:
        """The result for one unit of work; a failure is a result too."""

    @abstractmethod
    def died(self, payload: P) -> R:
        """The result for a unit of work whose worker died on it twice."""

    def size(self, payload: P) -> int:
        """Its size in bytes, roughly: chunks hold about :data:`CHUNK_BYTES`."""
        return 0


def ordered(task: Task[P, R], work: Iterable[tuple[T, P]], *, jobs: int = 1) -> Iterator[tuple[T, R]]:
    """Each unit of ``work`` with its result, in the order given. ``jobs`` 1 runs in this
    process; more runs that many worker processes; 0 one per core."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (every core) or more, got {jobs!r}")
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        task.start()
        for tag, payload in work:
            yield tag, task.run(payload)
        return
    yield from _in_pool(task, work, jobs)


# --- time limits -------------------------------------------------------------------------------


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
    Work done once per process on first use (built-in patterns compiling, the HTML extractor's
    import) is not counted: when the alarm rings, the time it took is given back.
    """
    in_main_thread = threading.current_thread() is threading.main_thread()
    if not seconds or not in_main_thread or not hasattr(signal, "setitimer"):
        yield
        return
    first_use_seconds()  # what was spent before the block is not owed to it
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _out_of_time(signum: int, frame: FrameType | None) -> None:
    owed = first_use_seconds()
    if owed > 0.001:  # the block spent that on first-use work: it gets the time back
        signal.setitimer(signal.ITIMER_REAL, owed)
        return
    raise OutOfTime


# --- Cleaner.clean_many and explain_many -------------------------------------------------------

Document = tuple[int, "Content | None", "str | None"]  # position, content, url


class DocumentTask(Task[Document, Any]):
    """Clean (or explain) one document, for :meth:`Cleaner.clean_many`."""

    def __init__(
        self, config: Config, *, explain: bool, metadata: bool = True, time_limit: float | None = None
    ) -> None:
        self.config = config
        self.explain = explain
        self.metadata = metadata
        self.time_limit = time_limit
        self.cleaner: Cleaner | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "cleaner": None}  # compiled rules do not travel; workers compile

    def start(self) -> None:
        if self.cleaner is None:
            from .cleaner import Cleaner

            self.cleaner = Cleaner(self.config)

    def run(self, payload: Document) -> Any:
        index, content, url = payload
        assert self.cleaner is not None, "run before start"
        if isinstance(content, DocumentError):
            return content
        try:
            with deadline(self.time_limit):
                if self.explain:
                    return self.cleaner.explain(content, url=url, metadata=self.metadata)  # type: ignore[arg-type]
                return self.cleaner.clean(content, url=url)  # type: ignore[arg-type]
        except OutOfTime:
            message = f"took longer than the time limit of {self.time_limit:g} s"
            return DocumentError(index, "TimeLimit", message)
        except Exception as error:
            return DocumentError(index, type(error).__name__, str(error))

    def died(self, payload: Document) -> Any:
        return DocumentError(payload[0], "WorkerDied", WORKER_DIED)

    def size(self, payload: Document) -> int:
        content = payload[1]
        return len(content) if isinstance(content, (str, bytes)) else 0


def documents(
    contents: Iterable[Content], urls: Iterable[str | None] | None
) -> Iterator[tuple[int, Document]]:
    """Each document as a unit of work, tagged with its position. Views of bytes become bytes
    (they do not pickle); what is not a document at all travels as its error."""
    pairs = zip(contents, urls, strict=True) if urls is not None else ((c, None) for c in contents)
    for index, (content, url) in enumerate(pairs):
        if isinstance(content, (bytearray, memoryview)):
            content = bytes(content)
        elif not isinstance(content, (str, bytes)):
            content = DocumentError(
                index,
                "TypeError",
                "the document must be str (text or HTML) or bytes (an HTML page), "
                f"got {type(content).__name__}",
            )
        yield index, (index, content, url if isinstance(url, str) else None)


# --- the pool ----------------------------------------------------------------------------------

_task: Task[Any, Any] | None = None


def _start_worker(task: Task[Any, Any]) -> None:
    global _task
    _task = task
    task.start()


def _run_chunk(payloads: list[Any]) -> list[Any]:
    assert _task is not None, "worker started without its initializer"
    return [_task.run(payload) for payload in payloads]


Chunk = list[tuple[Any, Any]]


def _chunks(task: Task[Any, Any], work: Iterable[tuple[Any, Any]]) -> Iterator[Chunk]:
    chunk: Chunk = []
    size = 0
    for pair in work:
        chunk.append(pair)
        size += task.size(pair[1])
        if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a server that has imported newsclean once, rather than each
    importing it (each then compiles the patterns it meets, on first use); never forked from
    this process, whose threads (a progress bar's) might hold locks. Spawn where there is
    no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsclean"])
    return context


class _Pool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, task: Task[Any, Any], jobs: int) -> None:
        self.task = task
        self.jobs = jobs
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.jobs, mp_context=_context(), initializer=_start_worker, initargs=(self.task,)
        )

    def submit(self, chunk: Chunk) -> Future[list[Any]]:
        return self.executor.submit(_run_chunk, [payload for _, payload in chunk])

    def rebuild(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


Pending = deque[tuple[Chunk, "Future[list[Any]]"]]


def _in_pool(task: Task[Any, Any], work: Iterable[tuple[Any, Any]], jobs: int) -> Iterator[tuple[Any, Any]]:
    pool = _Pool(task, jobs)
    pending: Pending = deque()
    try:
        for chunk in _chunks(task, work):
            pending.append((chunk, pool.submit(chunk)))
            while len(pending) >= jobs * CHUNKS_PER_WORKER:
                yield from _next_results(pending, pool)
        while pending:
            yield from _next_results(pending, pool)
    finally:
        pool.close()


def _next_results(pending: Pending, pool: _Pool) -> Iterator[tuple[Any, Any]]:
    chunk, future = pending.popleft()
    try:
        results = future.result()
    except BrokenProcessPool:
        # A worker died, and every chunk in flight failed with it. This chunk's work runs
        # again one at a time with nothing else in flight, so that a death names its unit;
        # then the other chunks are sent again.
        pool.rebuild()
        for pair in chunk:
            yield pair[0], _alone(pool, pair)
        _resubmit(pending, pool)
        return
    yield from zip((tag for tag, _ in chunk), results, strict=True)


def _alone(pool: _Pool, pair: tuple[Any, Any]) -> Any:
    try:
        return pool.submit([pair]).result()[0]
    except BrokenProcessPool:
        pool.rebuild()
        return pool.task.died(pair[1])


def _resubmit(pending: Pending, pool: _Pool) -> None:
    """Chunks that were in flight when the pool broke go to the new pool, in the same order."""
    for position, (chunk, future) in enumerate(list(pending)):
        if not (future.done() and not future.cancelled() and future.exception() is None):
            pending[position] = (chunk, pool.submit(chunk))


def clean_many(
    cleaner: Cleaner,
    contents: Iterable[Content],
    *,
    urls: Iterable[str | None] | None,
    jobs: int,
    time_limit: float | None,
    explain: bool,
    metadata: bool = True,
) -> Iterator[Any]:
    """What :meth:`Cleaner.clean_many` and :meth:`Cleaner.explain_many` return: a generator of
    results, made only once the arguments are checked."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, got {jobs!r}")
    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time_limit must be a number of seconds above 0, or None, got {time_limit!r}")
    task = DocumentTask(cleaner.config, explain=explain, metadata=metadata, time_limit=time_limit)
    if (jobs or os.cpu_count() or 1) == 1:
        task.cleaner = cleaner  # compiled already
    return (result for _, result in ordered(task, documents(contents, urls), jobs=jobs))
