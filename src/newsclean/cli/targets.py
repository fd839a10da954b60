"""Where a run writes, decided once, before any input is read or any output is opened.

This is the one place that answers, for every file a run would write: can it be written (a
folder, a device or an unwritable place is refused before any work starts), is it one of the
inputs (refused: an output never replaces an input), and is it inside a folder being read
(then it is an earlier run's output, and is not read back as input). Temporary files that
killed runs left beside the outputs are removed here too.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .inputs import Source
from .outputs import (
    DirectoryOutput,
    JsonlOutput,
    Output,
    OutputFields,
    TextOutput,
    is_jsonl_path,
    remove_stale_temporaries,
)

__all__ = ["OutputError", "Plan", "plan"]


class OutputError(ValueError):
    """An output the command line named that cannot be used: a usage error (exit status 2)."""


@dataclass(frozen=True)
class Plan:
    """What a run writes, in which form (``"text"``, ``"jsonl"`` or ``"mirror"``), the sources
    left to read, and how many were skipped because their output is already there (``--resume``)."""

    output: Output
    mode: str
    sources: list[Source]
    skipped: int = 0


def plan(
    target: str | None,
    sources: list[Source],
    fields: OutputFields,
    *,
    resume: bool,
    reports: Sequence[Path] = (),
) -> Plan:
    """The plan for writing ``sources`` to ``target`` (``None`` or ``-``: standard output).
    ``reports`` are the other files the run writes at its end (``--stats``, ``--report``)."""
    for report in reports:
        _check_file(report, sources)
    if target in (None, "-"):
        if resume:
            raise OutputError("--resume needs an output (-o DIR or -o FILE.jsonl) to look at")
        if len(sources) == 1 and not sources[0].jsonl and not (fields.removals or fields.metadata):
            return Plan(TextOutput(), "text", sources)
        return Plan(JsonlOutput(), "jsonl", sources)
    path = Path(target)
    sources = _without_earlier_outputs(sources, path)
    if is_jsonl_path(target) and not path.is_dir():
        _check_file(path, sources)
        remove_stale_temporaries(path.parent, path.name)
        if resume and path.exists():
            return Plan(JsonlOutput(path), "jsonl", [], len(sources))
        return Plan(JsonlOutput(path), "jsonl", sources)
    return _mirror(DirectoryOutput(path), sources, resume=resume)


def _mirror(directory: DirectoryOutput, sources: list[Source], *, resume: bool) -> Plan:
    root = directory.root
    if root.exists() and not root.is_dir():
        raise OutputError(
            f"-o {root} is {_what(root)}, not a folder; a JSONL output's name ends in .jsonl, "
            ".jsonl.gz or .jsonl.zst"
        )
    _check_folder(root, root)
    folders = {source.folder for source in sources if source.folder is not None}
    if any(folder.resolve() == root.resolve() for folder in folders):
        raise OutputError(f"-o {root} is an input folder: name another folder to write to")
    targets: dict[Path, Source] = {}
    for source in sources:
        other = targets.setdefault(directory.target(source), source)
        if other is not source:
            raise OutputError(
                f"{source.name} and {other.name} would both be written to {directory.target(source)}"
            )
    _refuse_inputs(list(targets), sources)
    if root.is_dir():
        remove_stale_temporaries(root, recursive=True)
    if resume:
        remaining = [source for source in sources if not directory.target(source).exists()]
        return Plan(directory, "mirror", remaining, len(sources) - len(remaining))
    return Plan(directory, "mirror", sources)


def _without_earlier_outputs(sources: list[Source], output: Path) -> list[Source]:
    """The sources but those found in a folder that holds ``output``, at or under it: an earlier
    run's output, which this run would otherwise read and then write again (and again)."""
    output = output.resolve()
    holds_output: dict[Path, bool] = {}  # each folder resolved once, not once per source
    kept = []
    for source in sources:
        folder = source.folder
        if source.path is not None and folder is not None:
            if folder not in holds_output:
                resolved = folder.resolve()
                holds_output[folder] = resolved != output and output.is_relative_to(resolved)
            if holds_output[folder] and source.path.resolve().is_relative_to(output):
                continue
        kept.append(source)
    return kept


def _check_file(path: Path, sources: list[Source]) -> None:
    """Raise :class:`OutputError` unless ``path`` can be written as a file, and is no input."""
    if path.exists() and not path.is_file():
        raise OutputError(f"{path} is {_what(path)}, not a file to write")
    _check_folder(path.parent, path)
    _refuse_inputs([path], sources)


def _check_folder(folder: Path, output: Path) -> None:
    """Raise :class:`OutputError` unless files can be made in ``folder`` (made if need be)."""
    existing = folder.absolute()
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(f"cannot write {output}: {existing} is {_what(existing)}, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {output}: {existing} is not writable")


def _what(path: Path) -> str:
    if path.is_dir():
        return "a folder"
    if path.is_file():
        return "a file"
    if path.is_char_device() or path.is_block_device():  # /dev/null: write to - and redirect
        return "a device (to discard an output, write it to - and redirect that)"
    return "not a regular file"


def _refuse_inputs(targets: list[Path], sources: list[Source]) -> None:
    """Raise :class:`OutputError` if one of ``targets`` is one of the inputs, by any name."""
    inputs = {_identity(source.path) for source in sources if source.path is not None}
    for target in targets:
        if target.exists() and _identity(target) in inputs:
            raise OutputError(f"{target} is an input: writing it would destroy it; name another output")


def _identity(path: Path) -> tuple[int, int]:
    """The file itself, whatever name (a symbolic or hard link) it is reached by."""
    status = path.stat()
    return status.st_dev, status.st_ino
