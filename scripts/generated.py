"""Write a generated file, or with ``--check`` fail if the file on disk is not what it would be."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def write_or_check(output: Path, render: Callable[[], str], description: str, argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help=f"fail if {output.name} is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if output.read_text(encoding="utf-8") != text:
            print(f"{output} is stale: run python scripts/{Path(sys.argv[0]).name}", file=sys.stderr)
            return 1
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    return 0
