"""Outputs: cleaned text files mirrored into a directory, one JSONL file, or standard output.

Files are written atomically: under a temporary name beside the target, renamed
into place only once complete, so an interrupted run leaves finished files and
no half-written ones. A ``.gz`` or ``.zst`` output name compresses.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import sys
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
    "TextOutput",
    "is_jsonl_path",
    "json_record",
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


class AtomicWriter:
    """A file written under a temporary name and renamed into place by :meth:`commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self._file: BinaryIO = open(self.temporary, "wb")  # noqa: SIM115 - closed in commit/abort
        self.stream: BinaryIO = _compressor(self._file, path.name)

    def commit(self) -> None:
        if self.stream is not self._file:
            self.stream.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.temporary, self.path)

    def abort(self) -> None:
        try:
            self._file.close()
        finally:
            self.temporary.unlink(missing_ok=True)

    def __enter__(self) -> AtomicWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()


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
    """The output record: every input field, then the cleaned text and what was asked for."""
    if record.fields is not None:
        result = dict(record.fields)
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
    """One JSONL line. Text with lone surrogates (which JSON allows as escapes) keeps them escaped."""
    try:
        return (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(value, ensure_ascii=True) + "\n").encode("ascii")


class TextOutput:
    """One document's cleaned text, on standard output."""

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self.stream = stream or sys.stdout.buffer

    def begin(self, source: Source) -> None:
        pass

    def write(self, item: Item, payload: bytes | None) -> None:
        if payload is not None:
            self.stream.write(payload)

    def end(self, source: Source) -> None:
        pass

    def close(self, *, complete: bool) -> None:
        self.stream.flush()


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
            self.stream = self.writer.stream

    def close(self, *, complete: bool) -> None:
        if self.path is None:
            self.stream.flush()
        elif self.writer is None:
            return  # nothing was written, so nothing is replaced
        elif complete:
            self.writer.commit()
        else:
            self.writer.abort()


class DirectoryOutput:
    """Each source's output under ``root``, at the source's relative path: cleaned text for a
    document (``.html`` becomes ``.txt``), a JSONL file for a JSONL source."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.writer: AtomicWriter | None = None

    def target(self, source: Source) -> Path:
        return self.root / mirrored(source)

    def begin(self, source: Source) -> None:
        if source.jsonl:
            self.writer = AtomicWriter(self.target(source))

    def write(self, item: Item, payload: bytes | None) -> None:
        if payload is None:
            return  # a document that failed leaves no file; the summary says why
        if self.writer is not None:
            self.writer.stream.write(payload)
        else:
            with AtomicWriter(self.target(item.source)) as writer:
                writer.stream.write(payload)

    def end(self, source: Source) -> None:
        if self.writer is not None:
            self.writer.commit()
            self.writer = None

    def close(self, *, complete: bool) -> None:
        if self.writer is not None:  # interrupted inside a JSONL source
            self.writer.abort()
            self.writer = None


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
