"""The compiled patterns of a block rule, as the rule uses them (shared by several test modules)."""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

import regex

from newsclean.rules import BlockRule


class CompiledPattern(NamedTuple):
    field: str  # the rule's attribute holding it: "_regex", "_unless", "_endings", "_scan", "_requires"
    pattern: re.Pattern[str] | regex.Pattern[str]
    whole: bool  # the rule matches it against the whole block (fullmatch), not anywhere (search)


def compiled_patterns(rule: BlockRule) -> list[CompiledPattern]:
    """Every compiled pattern of ``rule``, on whichever engine compiled it."""
    found = []
    for field in dataclasses.fields(rule):
        value = getattr(rule, field.name, None)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, (regex.Pattern, re.Pattern)):
                whole = field.name == "_regex" and getattr(rule, "whole", False)
                found.append(CompiledPattern(field.name, item, whole))
    return found
