"""Inputs: files, directories and standard input, found and read lazily as raw items.

A *source* is one input stream: a file, or standard input. A document source
(text or HTML) is one item; a JSONL source is one item per non-blank line.
Compressed sources (gzip, zstd) are recognised by their first bytes, whatever
their name says. Items stay bytes here: parsing them is the workers' job
(:mod:`.records`), so that the reading process does as little as possible.

Standard input, and a file named on the command line whose name says neither
JSONL nor a document (``news.json``), is JSONL when its first line is a JSON
object: a corpus piped in is never cleaned as one document. Input that opens
like JSON but whose first line is no object is refused, since guessing either
way could pass a corpus through or mangle a document.
"""

from __future__ import annotations

import contextlib
import fnmatch
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, NamedTuple

__all__ = ["DEFAULT_INCLUDE", "InputError", "Item", "Source", "discover", "open_binary", "read_items"]

#: File names a directory walk picks up unless ``--include`` says otherwise
#: (each also with ``.gz`` or ``.zst`` after it).
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.html", "*.htm", "*.xhtml", "*.jsonl", "*.ndjson")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Names that say a file is one document, whatever it holds.
DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown")
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
    #: The first bytes of standard input, read to tell JSONL from a document; read again first.
    head: bytes = field(default=b"", compare=False, repr=False)

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
    paths: Sequence[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jsonl: bool | None = None,
) -> list[Source]:
    """The sources that ``paths`` name, in a stable order: files as given, directories walked
    recursively (sorted), ``-`` for standard input. Raises :class:`InputError` for a path that
    does not exist or a directory that holds nothing to read.

    ``jsonl`` says whether inputs are JSONL: ``True`` all of them, ``False`` only those whose
    name says so, ``None`` (the default) those whose name says so, and standard input or a
    named file of another name (``news.json``) when its first line is a JSON object.
    """
    patterns = tuple(include) or DEFAULT_INCLUDE
    sources: list[Source] = []
    for name in paths:
        if name == "-":
            if jsonl is None:
                head, found_jsonl = _sniff_stdin()
                sources.append(Source(None, PurePosixPath("stdin"), found_jsonl, head=head))
            else:
                sources.append(Source(None, PurePosixPath("stdin"), jsonl))
            continue
        path = Path(name)
        if path.is_dir():
            every = bool(jsonl)
            found = [
                Source(file, PurePosixPath(file.relative_to(path).as_posix()), every or _is_jsonl(file), path)
                for file in sorted(path.rglob("*"))
                if file.is_file() and _wanted(file.relative_to(path), patterns, exclude)
            ]
            if not found:
                raise InputError(f"{name}: no files to read here (looked for {', '.join(patterns)})")
            sources += found
        elif path.is_file():
            source = Source(path, PurePosixPath(path.name), bool(jsonl) or _is_jsonl(path))
            if jsonl is None and not source.jsonl and not _is_document(path):
                source = Source(path, source.relative, _sniff_file(source))
            sources.append(source)
        else:
            raise InputError(f"{name}: no such file or directory")
    return sources


#: How much of an input is read, at most, to tell JSONL from a document.
SNIFF_BYTES = 1 << 20


def _looks_like_jsonl(head: bytes, name: str, *, complete: bool) -> bool:
    """Whether an input that starts with ``head`` is JSONL: its first non-blank line is a JSON
    object. ``complete``: ``head`` is the whole input. Raises :class:`InputError` for one that
    opens like JSON (``{"`` or ``[{``, after blanks) but whose first line is no JSON object."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    line, newline, _ = text.partition(b"\n")
    if not (newline or complete):  # the first line goes on past what was read
        return line.startswith(b'{"')
    try:
        value = json.loads(line)
    except ValueError:
        value = None
    if isinstance(value, dict):
        return True
    opening = line.replace(b" ", b"").replace(b"\t", b"")[:2]
    if opening in (b'{"', b"[{") or (opening == b"[" and text[len(line) :].lstrip().startswith(b"{")):
        raise InputError(
            f"{name} opens like JSON, but its first line is not a JSON object, so it is not JSON Lines "
            "(one object per line): pass --jsonl to read it as JSONL records (each bad line becomes an "
            "error record), or --no-jsonl to clean it as one document"
        )
    return False


def _enough(head: bytes) -> bool:
    """Whether ``head`` holds the first non-blank line whole, or as much as is read to decide."""
    text = head.lstrip()
    return b"\n" in text or len(head) >= SNIFF_BYTES


def _sniff_file(source: Source) -> bool:
    with open_binary(source) as stream:
        head = b""
        while not _enough(head) and (data := _read_some(stream)):
            head += data
        return _looks_like_jsonl(head, source.name, complete=not _enough(head))


def _read_some(stream: BinaryIO) -> bytes:
    read = getattr(stream, "read1", stream.read)
    return bytes(read(1 << 16))


def _sniff_stdin() -> tuple[bytes, bool]:
    """Standard input's first bytes, as read (still compressed, if it is), and whether it is
    JSONL. The bytes are read again, first, when the input is read (:func:`open_binary`)."""
    head = b""
    decompress = None
    text = b""
    while not _enough(text):
        try:
            data = _read_some(sys.stdin.buffer)
        except (OSError, ValueError, AttributeError):  # no standard input to read: reading says so
            return head, False
        if not data:
            break
        head += data
        if decompress is None:
            if len(head) < 4 and head in (_GZIP_MAGIC[: len(head)], _ZSTD_MAGIC[: len(head)]):
                continue  # too little to tell compressed from not
            decompress = _decompressor(head)
            data = head
        try:
            text += decompress(data)
        except Exception:  # a corrupt stream: reading it says so, as one error
            return head, False
    return head, _looks_like_jsonl(text, "standard input", complete=not _enough(text))


def _decompressor(head: bytes) -> Callable[[bytes], bytes]:
    if head.startswith(_GZIP_MAGIC):
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress
    if head.startswith(_ZSTD_MAGIC):
        import zstandard

        return zstandard.ZstdDecompressor().decompressobj().decompress
    return bytes


def _is_document(path: Path) -> bool:
    return _without_compression(path.name).lower().endswith(DOCUMENT_SUFFIXES)


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


class ReadPosition:
    """How far :func:`read_items` has read its sources, in bytes of the files as they are stored
    (a compressed file's compressed bytes), for a progress bar's estimate of the time left."""

    def __init__(self) -> None:
        self.finished = 0
        self._file: BinaryIO | None = None

    def reading(self, file: BinaryIO) -> None:
        self._file = file

    def done(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError, ValueError):
                self.finished += os.fstat(self._file.fileno()).st_size
            self._file = None

    def bytes_read(self) -> int:
        current = 0
        if self._file is not None:
            with contextlib.suppress(OSError, ValueError):
                current = self._file.tell()
        return self.finished + current


@contextmanager
def open_binary(source: Source, position: ReadPosition | None = None) -> Iterator[BinaryIO]:
    """The source's bytes, decompressed if they are gzip or zstd; closed on leaving (but stdin).
    ``position`` follows how far the file has been read."""
    with ExitStack() as stack:
        if source.path is not None:
            buffered: BinaryIO = stack.enter_context(open(source.path, "rb"))
            if position is not None:
                position.reading(buffered)
                stack.callback(position.done)  # before the file closes
        elif source.head:
            buffered = io.BufferedReader(_Prefixed(source.head, sys.stdin.buffer))
        else:
            buffered = sys.stdin.buffer
        magic = buffered.peek(4)[:4] if isinstance(buffered, io.BufferedReader) else b""
        if magic.startswith(_GZIP_MAGIC):
            yield stack.enter_context(gzip.GzipFile(fileobj=buffered))  # type: ignore[misc]
        elif magic.startswith(_ZSTD_MAGIC):
            import zstandard

            reader = zstandard.ZstdDecompressor().stream_reader(buffered, closefd=False)
            yield stack.enter_context(io.BufferedReader(reader))
        else:
            yield buffered


class _Prefixed(io.RawIOBase):
    """``head``, then the rest of ``stream``: standard input with its first bytes put back."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head = memoryview(head)
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size] = self.head[:size]
            self.head = self.head[size:]
            return size
        read = getattr(self.stream, "read1", self.stream.read)
        data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_items(
    sources: Iterable[Source], *, limit: int | None = None, position: ReadPosition | None = None
) -> Iterator[Item]:
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
            with open_binary(source, position) as stream:
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
