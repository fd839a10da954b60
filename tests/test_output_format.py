"""Output format: kept blocks byte for byte, gaps collapsed to the document's own separators."""

from __future__ import annotations

import pytest

import newsclean

AD = "Advertisement"


def test_bullets_and_no_break_spaces_are_kept_exactly() -> None:
    text = "Why it matters:\u00a0The vote.\n\n  • First point.\n  • Second\u00a0point.\n\nGo deeper"
    expected = "Why it matters:\u00a0The vote.\n\n  • First point.\n  • Second\u00a0point."
    assert newsclean.clean(text) == expected


def test_gap_between_paragraphs_collapses_to_the_paragraph_separator() -> None:
    assert newsclean.clean(f"One.\n\n{AD}\n\nTwo.\n\nThree.") == "One.\n\nTwo.\n\nThree."


def test_gap_inside_a_paragraph_collapses_to_a_line_break() -> None:
    assert newsclean.clean(f"One.\n{AD}\nTwo.\n\nThree.") == "One.\nTwo.\n\nThree."


def test_documents_own_spelling_of_separators_is_used() -> None:
    text = f"One.\r\n\r\nTwo.\r\n\r\n{AD}\r\n\r\nThree."
    assert newsclean.clean(text) == "One.\r\n\r\nTwo.\r\n\r\nThree."


def test_gaps_without_removals_are_untouched() -> None:
    assert newsclean.clean("One.\n\n\n\nTwo.\n \nThree.") == "One.\n\n\n\nTwo.\n \nThree."


def test_no_leading_or_trailing_blank_lines() -> None:
    assert newsclean.clean(f"\n\n{AD}\n\nOne.\n\nTwo.\n\n{AD}\n\n\n") == "One.\n\nTwo."
    assert newsclean.clean("\n  \nOne.\n\n") == "One."


@pytest.mark.parametrize("text", ["", "\n", "   \n\t\n", AD, f"{AD}\n\n{AD}"])
def test_nothing_left_is_an_empty_string(text: str) -> None:
    assert newsclean.clean(text) == ""


def test_a_collapsed_gap_never_grows_the_document() -> None:
    # The document's usual paragraph break is long; the removed stretch is shorter.
    text = f"A.\n \n \nB.\n \n \nC.\n\n{AD}\nD."
    cleaned = newsclean.clean(text)
    assert len(cleaned) <= len(text)
    assert cleaned.startswith("A.\n \n \nB.\n \n \nC.")


def test_repeats_are_found_across_line_endings_and_trailing_spaces() -> None:
    caption = "Protesters gather outside parliament on Monday."
    text = f"The vote passed.\r\n{caption} \r\n{caption}\r\nThe count resumed."
    assert newsclean.clean(text) == f"The vote passed.\r\n{caption} \r\nThe count resumed."


def test_lines_split_only_at_newlines() -> None:
    # A lone carriage return or a Unicode line separator stays inside its block.
    text = f"One.\rStill one.\u2028Still.\n\n{AD}"
    assert newsclean.clean(text) == "One.\rStill one.\u2028Still."
