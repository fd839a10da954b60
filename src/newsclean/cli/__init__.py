"""The ``newsclean`` command line: batch cleaning, explain views, reports (see :mod:`.main`)."""

from .main import main

__all__ = ["main"]
