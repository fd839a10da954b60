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


def test_a_closing_quote_after_a_full_stop_still_ends_a_sentence() -> None:
    # Found by Hypothesis: the last paragraph was read as a link under "DON'T MISS".
    last = '"Subscribe to the growth story or sit it out," she added. "There is no middle ground."'
    text = f"The fund rose 4% this year.\n\nDON'T MISS\n\n{last}"
    assert newsclean.clean(text) == f"The fund rose 4% this year.\n\n{last}"


def test_boilerplate_between_a_list_header_and_its_links_is_looked_through() -> None:
    # Found by Hypothesis: removing the credit on a first pass exposed the list on a second.
    text = "The game was dull, critics wrote.\nFiled under:\n(AP Photo/Evan Vucci)\n0\n"
    once = newsclean.clean(text)
    assert once == "The game was dull, critics wrote."
    assert newsclean.clean(once) == once


def test_when_the_guard_reverts_a_list_it_keeps_its_header() -> None:
    # Found by Hypothesis: with the header gone, a second pass judged differently.
    text = "10:45 a.m.\nGO DEEPER\nProtesters outside parliament on Tuesday\n"
    result = newsclean.explain(text)
    assert result.guard is not None
    assert result.text == text.strip()
    assert newsclean.clean(result.text) == result.text


def test_lines_split_only_at_newlines() -> None:
    # A lone carriage return or a Unicode line separator stays inside its block.
    text = f"One.\rStill one.\u2028Still.\n\n{AD}"
    assert newsclean.clean(text) == "One.\rStill one.\u2028Still."
