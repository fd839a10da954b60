"""A line set between two paragraphs of a story, and whether the cleaner removes it there."""

from __future__ import annotations

import newsclean

BEFORE = (
    "The council voted on Tuesday to extend the tram line to the northern suburbs. The project has "
    "been debated for more than a decade, and residents raised concerns about noise."
)
AFTER = (
    "The mayor said the first trams would run on the new section in the spring. Construction is "
    "expected to last until the end of 2028, if the tendering goes to plan."
)


def removed_between_paragraphs(line: str) -> bool:
    """Whether ``line``, between :data:`BEFORE` and :data:`AFTER`, is removed."""
    text = "\n\n".join((BEFORE, line, AFTER))
    start = text.index(line)
    return any(removal.start == start for removal in newsclean.explain(text).removals)
