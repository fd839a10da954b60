"""Inputs: files, directories and standard input, found and read lazily as raw items.

A *source* is one input stream: a file, or standard input. A document source
(text or HTML) is one item; a JSONL source is one item per non-blank line.
Compressed sources (gzip, zstd) are recognised by their first bytes, whatever
their name says. Items stay bytes here: parsing them is the workers' job
(:mod:`.records`), so that the reading process does as little as possible.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, NamedTuple

__all__ = ["DEFAULT_INCLUDE", "InputError", "Item", "Source", "discover", "open_binary", "read_items"]

#: File names a directory walk picks up unless ``--include`` says otherwise
#: (each also with ``.gz`` or ``.zst`` after it).
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.html", "*.htm", "*.xhtml", "*.jsonl", "*.ndjson")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSION_SUFFIXES = (".gz", ".zst")
_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class InputError(ValueError):
    """An input the command line named that cannot be used: a usage error (exit status 2)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input stream. ``relative`` is its path under the directory it was found in (or its
    file name), which is where a mirrored output goes; ``path`` is ``None`` for stdin.
    ``folder`` is the directory named on the command line that it was found in, if any."""

    path: Path | None
    relative: PurePosixPath
    jsonl: bool
    folder: Path | None = None

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


class Item(NamedTuple):
    """One unit of work as read, not yet parsed: a JSONL line, or a whole document, as bytes.
    A source that cannot be read gives one item carrying the error."""

    source: Source
    line: int | None
    data: bytes | None
    error: str | None = None

    @property
    def where(self) -> str:
        return self.source.name if self.line is None else f"{self.source.name}:{self.line}"


def discover(
    paths: Sequence[str], *, include: Sequence[str] = (), exclude: Sequence[str] = (), jsonl: bool = False
) -> list[Source]:
    """The sources that ``paths`` name, in a stable order: files as given, directories walked
    recursively (sorted), ``-`` for standard input. Raises :class:`InputError` for a path that
    does not exist or a directory that holds nothing to read."""
    patterns = tuple(include) or DEFAULT_INCLUDE
    sources: list[Source] = []
    for name in paths:
        if name == "-":
            sources.append(Source(None, PurePosixPath("stdin"), jsonl))
            continue
        path = Path(name)
        if path.is_dir():
            found = [
                Source(file, PurePosixPath(file.relative_to(path).as_posix()), jsonl or _is_jsonl(file), path)
                for file in sorted(path.rglob("*"))
                if file.is_file() and _wanted(file.relative_to(path), patterns, exclude)
            ]
            if not found:
                raise InputError(f"{name}: no files to read here (looked for {', '.join(patterns)})")
            sources += found
        elif path.is_file():
            sources.append(Source(path, PurePosixPath(path.name), jsonl or _is_jsonl(path)))
        else:
            raise InputError(f"{name}: no such file or directory")
    return sources


def _wanted(relative: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if any(part.startswith(".") for part in relative.parts):
        return False  # hidden files and folders: .git, editors' swap files, our own temporary files
    posix = relative.as_posix()
    bare = _without_compression(posix)

    def matches(pattern: str) -> bool:
        target_names = (
            (posix, bare) if "/" in pattern else (relative.name, _without_compression(relative.name))
        )
        return any(fnmatch.fnmatch(name, pattern) for name in target_names)

    return any(matches(p) for p in include) and not any(matches(p) for p in exclude)


def _without_compression(name: str) -> str:
    for suffix in COMPRESSION_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _is_jsonl(path: Path) -> bool:
    return _without_compression(path.name).endswith(JSONL_SUFFIXES)


@contextmanager
def open_binary(source: Source) -> Iterator[BinaryIO]:
    """The source's bytes, decompressed if they are gzip or zstd; closed on leaving (but stdin)."""
    with ExitStack() as stack:
        buffered = sys.stdin.buffer if source.path is None else stack.enter_context(open(source.path, "rb"))
        magic = buffered.peek(4)[:4] if isinstance(buffered, io.BufferedReader) else b""
        if magic.startswith(_GZIP_MAGIC):
            yield stack.enter_context(gzip.GzipFile(fileobj=buffered))  # type: ignore[misc]
        elif magic.startswith(_ZSTD_MAGIC):
            import zstandard

            reader = zstandard.ZstdDecompressor().stream_reader(buffered, closefd=False)
            yield stack.enter_context(io.BufferedReader(reader))
        else:
            yield buffered


def read_items(sources: Iterable[Source], *, limit: int | None = None) -> Iterator[Item]:
    """Every item of every source, lazily: the non-blank lines of JSONL sources, the whole of
    the others. A source that fails part-way (a truncated or corrupt gzip or zstd file, a disk
    error) ends with an error item, and the next source is read.

    ``limit`` is the size limit in bytes: a document is read no further than past it, and a
    JSONL line that grows past 16 times it (every character of a text escaped as a surrogate
    pair takes 12 bytes) is dropped as it arrives, so that a compressed file that inflates to
    gigabytes costs one error, not the memory.
    """
    longest = None if limit is None else LINE_FACTOR * limit
    for source in sources:
        try:
            with open_binary(source) as stream:
                if not source.jsonl:
                    yield _document(source, stream, limit)
                    continue
                for number, line in enumerate(_lines(stream, longest), start=1):
                    if line is None:
                        yield Item(source, number, None, f"the line is over {longest:,} bytes; not read")
                    elif line.strip():  # a blank line is not a record
                        yield Item(source, number, line)
        except Exception as error:  # whatever fails: zlib.error, ZstdError, OSError, EOFError...
            yield Item(source, None, None, f"cannot read {source.name}: {_describe(error)}")


#: How many times the size limit a JSONL line may take.
LINE_FACTOR = 16


def _document(source: Source, stream: BinaryIO, limit: int | None) -> Item:
    data = stream.read() if limit is None else stream.read(limit + 1)
    if limit is not None and len(data) > limit:
        return Item(source, None, None, f"{source.name} is over size_limit={limit:,} bytes; not read further")
    return Item(source, None, data)


_BLOCK = 1 << 22


def _lines(stream: BinaryIO, longest: int | None = None) -> Iterator[bytes | None]:
    """The stream's lines, without their line breaks, split from large blocks: several times
    faster than iterating a buffered file line by line. ``read1`` returns what has arrived, so
    records piped in one at a time are cleaned as they come. A line that grows past ``longest``
    bytes over several blocks is dropped, and comes out as ``None``."""
    read = getattr(stream, "read1", stream.read)
    pending: list[bytes] = []  # the start of a line that continues in the next block
    held = 0  # its length
    skipping = False  # inside a line too long to hold, until its end
    while data := read(_BLOCK):
        if b"\n" not in data:
            if not skipping:
                pending.append(data)
                held += len(data)
                if longest is not None and held > longest:
                    pending, held, skipping = [], 0, True
            continue
        lines = data.split(b"\n")
        if skipping:
            skipping = False
            del lines[0]  # the end of the long line
            yield None
        elif pending:
            pending.append(lines[0])
            lines[0] = b"".join(pending)
        tail = lines.pop()
        pending, held = [tail], len(tail)
        yield from lines
    if skipping:
        yield None
    elif tail := b"".join(pending):
        yield tail


def _describe(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
