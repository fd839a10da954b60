"""Story lines that share boilerplate's words survive wherever they stand in the article.

``fixtures/hard-body.json`` holds lines reviewers wrote against rule changes in seven languages:
a paper's comment section and its moderation, other bodies' alerts and apps, newspapers going
digital and archives' old editions, newsrooms hiring and cutting jobs, Christmas gift questions,
fact-box headers. Each is placed before a short article in its language, between its first two
paragraphs and after its last one; no rule may remove it in any of the three places. Its whole
documents hold lines that only their context makes hard: a label each paragraph repeats, a quoted
refrain, a contents list under the site's menu.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

FIXTURE = json.loads(
    (Path(__file__).resolve().parent.parent / "fixtures" / "hard-body.json").read_text(encoding="utf-8")
)
ARTICLES: dict[str, list[str]] = FIXTURE["articles"]
LINES: list[dict[str, str]] = FIXTURE["lines"]
CLEANER = newsclean.Cleaner(format="text")


def _placed(line: str, paragraphs: list[str]) -> dict[str, tuple[list[str], int]]:
    return {
        "head": ([line, *paragraphs], 0),
        "middle": ([paragraphs[0], line, *paragraphs[1:]], 1),
        "tail": ([*paragraphs, line], len(paragraphs)),
    }


def test_the_articles_themselves_come_out_whole() -> None:
    for language, paragraphs in ARTICLES.items():
        assert CLEANER.explain("\n\n".join(paragraphs)).removals == (), language


@pytest.mark.parametrize(
    "line", LINES, ids=lambda line: f"{line['language']}-{line['shares']}-{line['text'][:40]}"
)
def test_a_story_line_that_shares_boilerplates_words_survives(line: dict[str, str]) -> None:
    removed = []
    for place, (blocks, index) in _placed(line["text"], ARTICLES[line["language"]]).items():
        result = CLEANER.explain("\n\n".join(blocks))
        removed += [f"{place}: {r.code} ({r.reason})" for r in result.removals if r.block == index]
    assert not removed, "\n".join(removed)


DOCUMENTS: list[dict[str, object]] = FIXTURE["documents"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda document: str(document["name"]))
def test_labels_and_lists_the_article_repeats_or_opens_with_survive(document: dict[str, object]) -> None:
    blocks: list[list[str]] = document["blocks"]  # type: ignore[assignment]
    result = CLEANER.explain("\n\n".join(text for text, _ in blocks))
    lost = [
        f"{r.block}: {r.code} {blocks[r.block][0]!r}" for r in result.removals if blocks[r.block][1] == "body"
    ]
    assert not lost, f"{document['about']}:\n" + "\n".join(lost)
