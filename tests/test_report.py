"""The HTML report: its content, and how it looks in a real browser (headless Chromium, when present)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b57a007ab773b582.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    corpus = folder / "corpus.jsonl"
    records = [
        {"id": "seed", "text": SEED.read_text(encoding="utf-8")},
        {"id": "tricky", "text": "A <script>alert('x')</script> & body line.\n\nGo deeper"},
        {
            "id": "page",
            "text": (ROOT / "fixtures" / "html" / "related-stories.html").read_text(encoding="utf-8"),
        },
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n" + "{broken\n", encoding="utf-8")
    page = folder / "report.html"
    assert main([str(corpus), "-o", str(folder / "out.jsonl"), "-q", "--report", str(page)]) == 1
    return page


def test_the_report_is_one_self_contained_page(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page
    assert "https://" not in page.replace("https://example.com", "")
    assert "<script>alert" not in page  # document text is escaped
    assert "&lt;script&gt;alert" in page
    assert page.count('<article class="doc"') == 4
    assert 'class="error">error: invalid JSON' in page


def test_removals_are_marked_with_their_category_and_rule(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert '<del class="cut c-PAY" title="PAY001 metered-article-counter [paywall]' in page
    assert '<span class="code c-REL">REL001</span>' in page
    assert '<g class="bar" data-code="PAY001">' in page  # the chart
    assert "<td><code>PAY001</code></td>" in page  # the table


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")
def test_the_report_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    image = pytest.importorskip("PIL.Image")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        problems: list[str] = []
        page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(report.as_uri())
        assert page.evaluate("document.body.dataset.ready") == "true"  # the script ran to its end
        assert problems == []

        colours = page.evaluate(
            """() => Object.fromEntries(["PAY", "REL", "CRD"].map(c => [c,
                getComputedStyle(document.querySelector("del.cut.c-" + c)).backgroundColor]))"""
        )
        assert len(set(colours.values())) == 3, colours  # each category has its own colour

        related = page.locator("article.doc del.cut.c-REL")
        assert related.first.is_visible()
        page.click('#legend button[data-category="REL"]')
        assert not related.first.is_visible()  # the legend toggles a category
        page.click('#legend button[data-category="REL"]')
        assert related.first.is_visible()

        highlight = page.locator("del.cut.c-PAY").first
        highlight.scroll_into_view_if_needed()
        shot = image.open(io.BytesIO(highlight.screenshot())).convert("RGB")
        browser.close()
    red, green, blue = _dominant(shot)
    assert red > max(green, blue) + 20, (red, green, blue)  # a paywall line is tinted red


def _dominant(picture) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The most common colour that is neither white nor text-dark: the highlight's tint."""
    counts = picture.getcolors(maxcolors=1 << 20)
    tints = [(n, c) for n, c in counts if 120 < sum(c) / 3 < 250]
    return max(tints)[1]
