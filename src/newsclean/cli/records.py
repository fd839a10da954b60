"""Records: what a raw item says, parsed. A record that cannot be read still is a record.

An invalid line (not UTF-8, not JSON, not an object, no text) becomes a record
carrying its error and the line itself, so that every line in is a line out.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, NoReturn

__all__ = ["Fields", "Record", "parse_line", "read_record", "site_of_record"]


@dataclass(frozen=True, slots=True)
class Fields:
    """Where a JSONL record keeps its text, id, URL, site (for site templates) and (if named)
    language."""

    text: str = "text"
    id: str | None = "id"
    url: str | None = "url"
    language: str | None = None
    site: str | None = None


@dataclass(slots=True)
class Record:
    """One document to clean, or the reason it cannot be.

    ``content`` is what gets cleaned: bytes for a document file (the library
    detects their encoding), the text field for JSONL. ``fields`` is the JSONL
    object, passed through to the output; ``raw`` a line that could not be
    parsed, passed through as it was.
    """

    content: str | bytes | None = None
    url: str | None = None
    id: str | None = None
    site: str | None = None
    fields: dict[str, Any] | None = None
    raw: str | None = None
    error: str | None = None
    language: str | None = None  # the language pack the record asks for, if it names a known one
    has_url: bool = True  # whether the record has the URL field (documents: whether a URL was given)


def read_record(
    data: bytes | None, error: str | None, *, jsonl: bool, name: str, fields: Fields, url: str | None
) -> Record:
    """The record an item holds: a JSONL line parsed, or a whole document named ``name``.
    ``url`` (the command line's ``--url``) stands in for a record that names none."""
    if error is not None or data is None:
        record = Record(error=error or "nothing to read")
    elif jsonl:
        record = parse_line(data, fields)
    else:
        record = Record(content=data, id=name)
    if record.url is None:
        record.url = url
    return record


def site_of_record(record: Record) -> str | None:
    """The site whose template applies to a record: its site field, else its URL's host."""
    if record.site:
        return record.site
    from ..templates import site_of

    return site_of(record.url)


_UTF8_BOM = b"\xef\xbb\xbf"


def parse_line(line: bytes, fields: Fields) -> Record:
    """The record one JSONL line holds. A byte order mark before it (at the start of a file
    written by some Windows tools) is not part of it."""
    try:
        text = line.removeprefix(_UTF8_BOM).decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raw = line.decode("utf-8", "replace").rstrip("\r\n")
        return Record(raw=raw, error=f"not UTF-8: {error.reason} at byte {error.start}")
    try:
        value = json.loads(text, parse_float=_finite, parse_constant=_not_json)
    except ValueError as error:
        return Record(raw=text, error=f"invalid JSON: {error}")
    except RecursionError:
        return Record(raw=text, error="invalid JSON: nested too deeply")
    if not isinstance(value, dict):
        return Record(raw=text, error=f"not a JSON object but {_json_type(value)}")
    record = Record(fields=value, id=_scalar(value, fields.id), url=_scalar(value, fields.url))
    record.has_url = record.url is not None
    if fields.language is not None:
        record.language = pack(_scalar(value, fields.language))
    record.site = _scalar(value, fields.site)
    content = value.get(fields.text)
    if isinstance(content, str):
        record.content = content
    elif fields.text not in value:
        record.error = f"no {fields.text!r} field (use --text-field to name the text field)"
    else:
        record.error = f"the {fields.text!r} field is {_json_type(content)}, not a string"
    return record


def pack(language: str | None) -> str | None:
    """The language pack a language tag names (``"de"``, ``"de-AT"``, ``"DE_de"``), if any."""
    from ..config import LANGUAGES

    if not language:
        return None
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def _finite(number: str) -> float:
    """A JSON number as a float, refusing one past a float's range: 1e400 would become
    infinity, which JSON cannot write (the record is kept whole, as ``clean_raw``)."""
    value = float(number)
    if not math.isfinite(value):
        raise ValueError(f"the number {number} is out of range for a 64-bit float")
    return value


def _not_json(name: str) -> NoReturn:
    """``NaN``, ``Infinity`` and ``-Infinity``, which Python's reader accepts and JSON does not."""
    raise ValueError(f"{name} is not a JSON value")


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string" if isinstance(value, str) else "a number"


def _scalar(value: dict[str, Any], key: str | None) -> str | None:
    if key is None:
        return None
    found = value.get(key)
    return None if found is None or isinstance(found, (dict, list)) else str(found)
