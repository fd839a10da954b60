"""Outputs: cleaned text files mirrored into a directory, one JSONL file, or standard output.

Files are written atomically: under a temporary name beside the target, renamed
into place only once complete, so an interrupted run leaves finished files and
no half-written ones. A ``.gz`` or ``.zst`` output name compresses.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import json
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any, BinaryIO, Protocol

from ..html import Metadata
from ..results import Removal
from .inputs import COMPRESSION_SUFFIXES, JSONL_SUFFIXES, Item, Source
from .records import Record

__all__ = [
    "AtomicWriter",
    "DirectoryOutput",
    "JsonlOutput",
    "Output",
    "OutputFields",
    "OutputWriteError",
    "TextOutput",
    "is_jsonl_path",
    "json_record",
    "remove_stale_temporaries",
]


@dataclass(frozen=True, slots=True)
class OutputFields:
    """The fields newsclean adds to a JSONL record. ``text`` equal to the input's text field
    replaces the text in place (as datatrove pipelines expect)."""

    text: str = "clean_text"
    removals: bool = False
    metadata: bool = False
    error: str = "clean_error"


class Output(Protocol):
    """Where cleaned records go. Sources arrive one after another, their items in order."""

    def begin(self, source: Source) -> None: ...
    def write(self, item: Item, payload: bytes | None) -> None: ...
    def end(self, source: Source) -> None: ...
    def close(self, *, complete: bool) -> None: ...


def is_jsonl_path(name: str) -> bool:
    bare = name
    for suffix in COMPRESSION_SUFFIXES:
        bare = bare.removesuffix(suffix)
    return bare.endswith(JSONL_SUFFIXES)


class OutputWriteError(Exception):
    """An output that could not be written: a full disk, an I/O error (exit status 3).

    Raised once the unfinished file is removed: what was finished before is complete.
    """

    def __init__(self, where: str, error: OSError) -> None:
        self.error = error
        super().__init__(f"cannot write {where}: {error.strerror or error}")


class AtomicWriter:
    """A file written under a temporary name and renamed into place by :meth:`commit`.

    A failure to write raises :class:`OutputWriteError`, and the temporary file is gone.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file: BinaryIO = open(self.temporary, "wb")  # noqa: SIM115 - closed in commit/abort
        except OSError as error:
            raise OutputWriteError(str(path), error) from None
        self._stream: BinaryIO = _compressor(self._file, path.name)

    def write(self, data: bytes) -> None:
        try:
            self._stream.write(data)
        except OSError as error:
            raise self._failed(error) from None

    def commit(self) -> None:
        """Make the file durable (it reaches the disk) and rename it into place."""
        self.finish(durable=True)
        self.publish()

    def finish(self, *, durable: bool = False) -> None:
        """Write out and close the temporary file; ``durable``: wait until it reaches the disk.
        Otherwise the caller makes it durable (:func:`publish_durably`) before publishing it."""
        try:
            if self._stream is not self._file:
                self._stream.close()
            self._file.flush()
            if durable:
                os.fsync(self._file.fileno())
            self._file.close()
        except OSError as error:
            raise self._failed(error) from None

    def publish(self) -> None:
        """Rename the finished file into place."""
        try:
            os.replace(self.temporary, self.path)
        except OSError as error:
            raise self._failed(error) from None

    def abort(self) -> None:
        """Remove the temporary file. Closing it may fail again (its buffer cannot be written
        to a full disk), which no longer matters."""
        with contextlib.suppress(OSError):
            self._file.close()
        self.temporary.unlink(missing_ok=True)

    def _failed(self, error: OSError) -> OutputWriteError:
        self.abort()
        return OutputWriteError(str(self.path), error)

    def __enter__(self) -> AtomicWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()


def publish_durably(writers: list[AtomicWriter]) -> None:
    """Make finished files durable with one ``sync()`` and rename them into place, so that no
    file is ever found incomplete under its own name after a crash. Syncing each file on its
    own made a folder of small documents ten times as slow as the same records in one file."""
    if not writers:
        return
    if hasattr(os, "sync"):
        os.sync()
    for writer in writers:
        writer.publish()


_TEMPORARY = re.compile(r"\..+\.(\d+)\.tmp")


def remove_stale_temporaries(folder: Path, pattern: str = "*", *, recursive: bool = False) -> None:
    """Remove the temporary files that runs killed while writing left in ``folder`` (for
    outputs named ``pattern``), those whose process is gone: each run writes its own."""
    if os.name == "nt":  # no way to ask whether a process is alive without signalling it
        return
    found = folder.rglob(f".{pattern}.*.tmp") if recursive else folder.glob(f".{pattern}.*.tmp")
    for temporary in found:
        named = _TEMPORARY.fullmatch(temporary.name)
        if named is not None and not _running(int(named[1])):
            temporary.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # another user's process, or no such number: leave it
        return True
    return True


def _compressor(file: BinaryIO, name: str) -> BinaryIO:
    if name.endswith(".gz"):
        # mtime=0 and no file name: the same records give the same bytes.
        return gzip.GzipFile(filename="", mode="wb", fileobj=file, mtime=0)  # type: ignore[return-value]
    if name.endswith(".zst"):
        import zstandard

        return zstandard.ZstdCompressor().stream_writer(file, closefd=False)
    return file


def json_record(
    record: Record,
    text: str | None,
    removals: tuple[Removal, ...],
    metadata: Metadata | None,
    error: str | None,
    fields: OutputFields,
) -> dict[str, Any]:
    """The output record: every input field, then the cleaned text and what was asked for.
    Fields newsclean writes that an earlier run left in the input (an error from a record that
    failed then) are dropped: what newsclean writes describes this run."""
    if record.fields is not None:
        result = dict(record.fields)
        for earlier in (fields.error, "clean_removals", "clean_metadata"):
            result.pop(earlier, None)
    elif record.raw is not None:
        result = {"clean_raw": record.raw}
    else:
        result = {"id": record.id}
    result[fields.text] = text
    if fields.removals:
        result["clean_removals"] = [removal.as_dict() for removal in removals]
    if fields.metadata:
        result["clean_metadata"] = None if metadata is None else dataclasses.asdict(metadata)
    if error is not None:
        result[fields.error] = error
    return result


def json_line(value: dict[str, Any]) -> bytes:
    """One JSONL line. Text with lone surrogates (which JSON allows as escapes) keeps them escaped.
    Never ``NaN`` or ``Infinity``, which are not JSON (the reader refuses records holding them)."""
    try:
        return (json.dumps(value, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(value, ensure_ascii=True, allow_nan=False) + "\n").encode("ascii")


class TextOutput:
    """One document's cleaned text, on standard output."""

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self.stream = stream or sys.stdout.buffer

    def begin(self, source: Source) -> None:
        pass

    def write(self, item: Item, payload: bytes | None) -> None:
        if payload is not None:
            self._on_stream(self.stream.write, payload)

    def end(self, source: Source) -> None:
        pass

    def close(self, *, complete: bool) -> None:
        self._on_stream(self.stream.flush)

    @staticmethod
    def _on_stream(operation: Callable[..., object], *arguments: bytes) -> None:
        try:
            operation(*arguments)
        except BrokenPipeError:
            raise  # the reader left: not an error of ours
        except OSError as error:
            raise OutputWriteError("standard output", error) from None


class JsonlOutput(TextOutput):
    """Every record in one JSONL stream: a file (atomic) or standard output.

    The file is opened when the first source begins, not before: a run that turns out to have
    nothing to write (``--resume`` with the output already there) leaves it as it was.
    """

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path
        self.writer: AtomicWriter | None = None

    def begin(self, source: Source) -> None:
        if self.path is not None and self.writer is None:
            self.writer = AtomicWriter(self.path)

    def write(self, item: Item, payload: bytes | None) -> None:
        if self.writer is None:
            super().write(item, payload)
        elif payload is not None:
            self.writer.write(payload)

    def close(self, *, complete: bool) -> None:
        if self.path is None:
            super().close(complete=complete)
        elif self.writer is None:
            return  # nothing was written, so nothing is replaced
        elif complete:
            self.writer.commit()
        else:
            self.writer.abort()


class DirectoryOutput:
    """Each source's output under ``root``, at the source's relative path: cleaned text for a
    document (``.html`` becomes ``.txt``), a JSONL file for a JSONL source.

    Documents' files are made durable in batches (:func:`publish_durably`): each is renamed
    into place once a sync has written it and the files before it to disk, every
    :data:`BATCH_FILES` files or :data:`BATCH_SECONDS` seconds and at the end.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.writer: AtomicWriter | None = None  # the JSONL source being written
        self.finished: list[AtomicWriter] = []  # documents written, not yet durable and renamed
        self.oldest = 0.0  # when the first of them was finished

    def target(self, source: Source) -> Path:
        return self.root / mirrored(source)

    def begin(self, source: Source) -> None:
        if source.jsonl:
            self.writer = AtomicWriter(self.target(source))

    def write(self, item: Item, payload: bytes | None) -> None:
        if payload is None:
            return  # a document that failed leaves no file; the summary says why
        if self.writer is not None:
            self.writer.write(payload)
            return
        writer = AtomicWriter(self.target(item.source))
        writer.write(payload)
        writer.finish(durable=not hasattr(os, "sync"))
        if not self.finished:
            self.oldest = time.monotonic()
        self.finished.append(writer)
        if len(self.finished) >= BATCH_FILES or time.monotonic() - self.oldest >= BATCH_SECONDS:
            self._publish()

    def end(self, source: Source) -> None:
        if self.writer is not None:
            self.writer.commit()
            self.writer = None

    def close(self, *, complete: bool) -> None:
        try:
            self._publish()  # finished documents are complete, even in an interrupted run
        finally:
            if self.writer is not None:  # interrupted inside a JSONL source
                self.writer.abort()
                self.writer = None

    def _publish(self) -> None:
        finished, self.finished = self.finished, []
        publish_durably(finished)


#: How many documents' files, at most, wait for one sync before they are renamed into place.
BATCH_FILES = 1_000
#: How long, at most, a finished document's file waits for it.
BATCH_SECONDS = 2.0


def mirrored(source: Source) -> PurePosixPath:
    """Where a source's output goes, relative to the output directory."""
    relative = source.relative
    if source.jsonl:
        return relative
    name = relative.name
    compression = next((s for s in COMPRESSION_SUFFIXES if name.endswith(s)), "")
    bare = name.removesuffix(compression) if compression else name
    stem, dot, suffix = bare.rpartition(".")
    if dot and suffix.lower() in ("html", "htm", "xhtml"):
        bare = f"{stem}.txt"
    return relative.with_name(bare)
