"""A disk that fills up, for the outputs: their files take ``room`` bytes between them, then fail
as a full disk does (``ENOSPC``). ``fill_up(monkeypatch, room)`` puts it under the writers."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from newsclean.cli import outputs


class FullDisk:
    def __init__(self, room: int) -> None:
        self.room = room

    def open(self, path: Path, mode: str) -> FullFile:
        return FullFile(self, open(path, mode))


class FullFile:
    def __init__(self, disk: FullDisk, file: io.BufferedWriter) -> None:
        self.disk, self.file = disk, file

    def write(self, data: bytes) -> int:
        self.disk.room -= len(data)
        if self.disk.room < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.file.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self.file, name)


def fill_up(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    """From now on, the outputs' files have ``room`` bytes left between them."""
    monkeypatch.setattr(outputs, "open", FullDisk(room).open, raising=False)
