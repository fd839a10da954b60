"""Properties that hold for every article: the body survives, boilerplate goes, nothing is lost.

Text mode is forced throughout (``format="text"``): the generated documents
include HTML snippets from the DOM rules' examples, which are plain text here.
HTML input gets its own property at the end.
"""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Cleaned

from strategies import LANGUAGES, Article, any_text, articles, messy_documents, output_blocks

clean = partial(newsclean.clean, format="text")
explain = partial(newsclean.explain, format="text")


@pytest.mark.parametrize("language", LANGUAGES)
@given(data=st.data())
def test_every_body_paragraph_survives_verbatim_and_in_order(language: str, data: st.DataObject) -> None:
    article = data.draw(articles(language))
    kept = output_blocks(clean(article.text))
    assert [block for block in kept if block in article.body] == list(article.body)


@pytest.mark.parametrize("language", LANGUAGES)
@given(data=st.data())
def test_every_inserted_boilerplate_block_is_removed(language: str, data: st.DataObject) -> None:
    article = data.draw(articles(language))
    result = explain(article.text)
    assert result.guard is None
    left = set(output_blocks(result.text)) & set(article.boilerplate)
    assert not left, f"kept boilerplate: {sorted(left)}"


@given(articles())
def test_cleaning_is_idempotent_on_articles(article: Article) -> None:
    once = clean(article.text)
    assert clean(once) == once


@given(messy_documents())
# The first paragraph repeated: the header island starts below the copy on both passes.
@example('1 of 12 people said they had never voted.\n1 of 12 people said they had never voted.\n10 minutes\n'
         '  • "But his message was: be smart, strategic and limited as possible," the attendee said.\n')
def test_cleaning_is_idempotent_on_messy_documents(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


# Documents where carriage returns stand anywhere: alone, doubled, before a line break, last.
_CARRIAGE_PARTS = ["a", "The vote passed.", "Go deeper", "Photo: Jane Doe/Reuters", " ", "\r", "\n", "\r\n"]
_carriage_documents = st.lists(st.sampled_from(_CARRIAGE_PARTS), max_size=12).map("".join)


@given(_carriage_documents)
def test_carriage_returns_keep_cleaning_idempotent_and_byte_for_byte(text: str) -> None:
    result = explain(text)
    assert clean(result.text) == result.text
    assert output_blocks(result.text) == [block.text for block in result.kept]


def test_a_carriage_return_is_part_of_a_line_break_only_before_a_newline() -> None:
    assert clean("a\r\r") == "a\r\r"
    assert clean("a\r\r\nGo deeper") == "a\r"
    assert clean("a\r\nGo deeper") == "a"


def _assert_partition(text: str, result: Cleaned) -> None:
    position = 0
    for block in result.blocks:
        assert text[block.start : block.end] == block.text
        assert not text[position : block.start].strip(), "a gap between blocks holds text"
        assert block.text.strip(), "a block is blank"
        position = block.end
    assert not text[position:].strip()
    removed = {removal.block for removal in result.removals}
    kept = {block.index for block in result.kept}
    assert removed.isdisjoint(kept)
    assert removed | kept == {block.index for block in result.blocks}
    for removal in result.removals:
        block = result.blocks[removal.block]
        assert (removal.start, removal.end, removal.text) == (block.start, block.end, block.text)


@given(articles())
def test_kept_and_removed_blocks_partition_an_article(article: Article) -> None:
    _assert_partition(article.text, explain(article.text))


@given(messy_documents())
def test_kept_and_removed_blocks_partition_any_document(text: str) -> None:
    _assert_partition(text, explain(text))


@given(messy_documents())
def test_kept_blocks_come_out_byte_for_byte(text: str) -> None:
    result = explain(text)
    assert output_blocks(result.text) == [block.text for block in result.kept]


@given(any_text)
def test_any_str_gives_a_str_no_longer_than_itself(text: str) -> None:
    cleaned = clean(text)
    assert isinstance(cleaned, str)
    assert len(cleaned) <= len(text)
    assert explain(text).text == cleaned


@given(messy_documents())
def test_messy_documents_never_grow(text: str) -> None:
    assert len(clean(text)) <= len(text)


def _is_refused(data: bytes) -> bool:
    try:
        newsclean.html.refuse_binary(data)
    except ValueError:
        return True
    return False


@settings(max_examples=60, deadline=None)
@given(st.one_of(any_text, messy_documents(), st.binary(max_size=300)))
def test_anything_through_the_html_path_gives_a_str(content: str | bytes) -> None:
    # Any str gives a result; bytes that are binary rather than a page get a clear ValueError.
    if isinstance(content, bytes) and _is_refused(content):
        with pytest.raises(ValueError, match="not an HTML page"):
            newsclean.clean(content, format="html")
        return
    result = newsclean.explain(content, format="html")
    assert isinstance(result.text, str)
    assert newsclean.clean(content, format="html") == result.text
