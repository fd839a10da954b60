"""The ``newsclean`` command: clean files or standard input, or explain what goes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .cleaner import Cleaner
from .config import Config

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        cleaner = Cleaner(Config(select=tuple(args.select), ignore=tuple(args.ignore)))
    except ValueError as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return 2
    for name in args.paths or ["-"]:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        if args.explain:
            print(cleaner.explain(text).render())
        else:
            print(cleaner.clean(text))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Strip boilerplate from news article text, keeping the article.",
    )
    parser.add_argument("paths", nargs="*", metavar="FILE", help="text files; '-' or none: stdin")
    parser.add_argument("--explain", action="store_true", help="list each removal and its reason")
    parser.add_argument("--select", action="append", default=[], metavar="RULES",
                        help="run only these codes, prefixes or categories (repeatable)")
    parser.add_argument("--ignore", action="append", default=[], metavar="RULES",
                        help="leave these codes, prefixes or categories out (repeatable)")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser
