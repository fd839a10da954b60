"""The batch API: Cleaner.clean_many and explain_many, streaming, in order, failures as values."""

from __future__ import annotations

import itertools
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean import Cleaner, DocumentError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
PAGE = (ROOT / "fixtures" / "html" / "figure-credit.html").read_bytes()
AXIOS = (ROOT / "fixtures" / "sites" / "axios.txt").read_text(encoding="utf-8")
ARTICLE = "The council approved the budget on Tuesday.\n\nYou have read 3 articles this month.\n\nGo deeper"
DOCUMENTS: list[str | bytes] = [*SEEDS, PAGE, ARTICLE, "", "Nothing to remove here."]


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_many_gives_what_clean_gives_in_order(jobs: int) -> None:
    cleaner = Cleaner()
    assert list(cleaner.clean_many(DOCUMENTS * 3, jobs=jobs)) == [cleaner.clean(d) for d in DOCUMENTS * 3]


@pytest.mark.parametrize("jobs", [1, 2])
def test_explain_many_gives_what_explain_gives(jobs: int) -> None:
    cleaner = Cleaner()
    results = list(cleaner.explain_many(DOCUMENTS, jobs=jobs))
    for document, result in zip(DOCUMENTS, results, strict=True):
        assert isinstance(result, newsclean.Cleaned)
        expected = cleaner.explain(document)
        assert (result.text, result.removals, result.metadata) == (
            expected.text, expected.removals, expected.metadata,
        )


def test_urls_turn_on_site_packs_record_by_record() -> None:
    urls = ["https://www.axios.com/2024/04/16/gas-prices", None]
    on_site, elsewhere = Cleaner().clean_many([AXIOS, AXIOS], urls=urls)
    assert on_site == newsclean.clean(AXIOS, url=urls[0])
    assert elsewhere == newsclean.clean(AXIOS)
    assert on_site != elsewhere


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_that_cannot_be_cleaned_is_an_error_in_its_place(jobs: int) -> None:
    documents: list[object] = [ARTICLE, None, b"\x89PNG\r\n\x1a\n" + bytes(50), "x" * 200, 42, ARTICLE]
    results = list(Cleaner(size_limit=100).clean_many(documents, jobs=jobs))  # type: ignore[arg-type]
    assert results[0] == results[5] == "The council approved the budget on Tuesday."
    errors = results[1:5]
    assert all(isinstance(error, DocumentError) for error in errors)
    assert [error.index for error in errors] == [1, 2, 3, 4]  # type: ignore[union-attr]
    assert [error.kind for error in errors] == ["TypeError", "ValueError", "InputTooLarge", "TypeError"]  # type: ignore[union-attr]
    assert "PNG image" in str(errors[1])
    assert "size_limit=100" in str(errors[2])
    copy = pickle.loads(pickle.dumps(errors[2]))
    assert (copy.index, copy.kind, str(copy)) == (3, "InputTooLarge", str(errors[2]))


def test_a_document_that_kills_its_worker_is_an_error_and_the_rest_come_out() -> None:
    from crashing_rule import CRASHING_RULE, MARKER

    texts = [f"Paragraph {i} of the story." for i in range(60)]
    texts[30] = f"A poisoned record: {MARKER}."
    results = list(Cleaner(extra_rules=(CRASHING_RULE,)).clean_many(texts, jobs=2))
    assert [i for i, result in enumerate(results) if isinstance(result, DocumentError)] == [30]
    assert "died" in str(results[30])
    assert all(results[i] == texts[i] for i in range(60) if i != 30)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_past_the_time_limit_is_an_error_and_the_run_goes_on(jobs: int) -> None:
    from crashing_rule import HANG_MARKER, HANGING_RULE

    texts = ["First.", f"Never finishes: {HANG_MARKER}.", "Last."]
    start = time.perf_counter()
    results = list(Cleaner(extra_rules=(HANGING_RULE,)).clean_many(texts, jobs=jobs, time_limit=0.5))
    assert time.perf_counter() - start < 20
    assert (results[0], results[2]) == ("First.", "Last.")
    assert isinstance(results[1], DocumentError)
    assert results[1].kind == "TimeLimit"


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_many_streams(jobs: int) -> None:
    read = 0

    def endless() -> Iterator[str]:
        nonlocal read
        for i in itertools.count():
            read = i + 1
            yield f"Paragraph {i}.\n\nGo deeper"

    results = Cleaner().clean_many(endless(), jobs=jobs)
    assert list(itertools.islice(results, 5)) == [f"Paragraph {i}." for i in range(5)]
    assert read < 5_000  # a few chunks ahead, not the whole (endless) input
    results.close()  # type: ignore[attr-defined]


def test_jobs_must_be_a_count() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(Cleaner().clean_many(["x"], jobs=-1))
