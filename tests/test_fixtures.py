"""Golden fixtures: the seeds' exact output and explanation, and body text that must survive whole.

A failure here means output changed. If the change is deliberate, regenerate
with ``python scripts/update_fixtures.py``, review the diff, and say what
changed for users in CHANGELOG.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
NEGATIVE = sorted((ROOT / "fixtures" / "negative").glob("*.txt"))


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_seed_output_is_exactly_the_fixture(seed: Path) -> None:
    expected = _read(ROOT / "fixtures" / "seeds" / seed.name)
    assert newsclean.clean(_read(seed)) + "\n" == expected


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_seed_explanation_is_exactly_the_fixture(seed: Path) -> None:
    expected = _read(ROOT / "fixtures" / "seeds" / f"{seed.stem}.explain.txt")
    assert newsclean.explain(_read(seed)).render() + "\n" == expected


def test_both_seeds_are_covered() -> None:
    assert len(SEEDS) == 2


@pytest.mark.parametrize("document", NEGATIVE, ids=lambda path: path.stem)
def test_body_that_looks_like_boilerplate_survives_whole(document: Path) -> None:
    text = _read(document)
    result = newsclean.explain(text)
    assert result.removals == (), "\n".join(map(str, result.removals))
    assert result.text == text.strip("\n")
