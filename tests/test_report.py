"""The HTML report: its content, and how it looks in a real browser (headless Chromium, when present)."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@contextlib.contextmanager
def _opened_in_chromium(report: Path) -> Iterator[Any]:
    """The report open in headless Chromium, its script run to its end without an error."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        problems: list[str] = []
        page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(report.as_uri())
        assert page.evaluate("document.body.dataset.ready") == "true"  # the script ran to its end
        assert problems == []
        yield page
        browser.close()


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
    image = pytest.importorskip("PIL.Image")
    with _opened_in_chromium(report) as page:

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
    red, green, blue = _dominant(shot)
    assert red > max(green, blue) + 20, (red, green, blue)  # a paywall line is tinted red


def _dominant(picture) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The most common colour that is neither white nor text-dark: the highlight's tint."""
    counts = picture.getcolors(maxcolors=1 << 20)
    tints = [(n, c) for n, c in counts if 120 < sum(c) / 3 < 250]
    return max(tints)[1]


# --- HTML pages in the report (issue 17, item 11) -------------------------------------------

HASHED_PAGE = ROOT / "fixtures" / "report" / "hashed-page.html"
CJK_TEXT = "台风过后，港口周四重新开放，渡轮恢复航行。\n\n渔民说，这次延误让他们损失了一周的渔获。"


@pytest.fixture(scope="module")
def page_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("page-report")
    records = [
        {"id": "plain", "text": "Nothing to remove in this one line about the council."},
        {"id": "cjk", "text": CJK_TEXT},
        {"id": "page", "text": HASHED_PAGE.read_text(encoding="utf-8")},
        {"id": "seed", "text": SEED.read_text(encoding="utf-8")},
    ]
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    page = folder / "report.html"
    assert main([str(corpus), "-o", str(folder / "out.jsonl"), "-q", "--report", str(page)]) == 0
    return page


def test_a_removed_element_shows_its_tag_a_readable_label_and_its_text_with_spaces(page_report: Path) -> None:
    page = page_report.read_text(encoding="utf-8")
    summary = re.search(r'<details class="element c-REL"><summary[^>]*>(.*?)</summary>', page)
    assert summary is not None
    shown = summary.group(1)
    assert "<code>&lt;div&gt;</code>" in shown
    assert '<span class="label">related stories style hat col</span>' in shown
    assert "24MLoTMQxwX3pw0oXCWLGH" not in shown  # the generated class name is not the label
    assert "Ferry crews vote to walk out over pay Island shops run short" in shown  # spaces kept
    assert "<del" not in shown  # not struck through
    assert page.count('<details class="element') == 2  # collapsed: no 'open'


def test_a_rule_leads_to_its_documents_and_the_largest_share_removed_comes_first(page_report: Path) -> None:
    page = page_report.read_text(encoding="utf-8")
    row = re.search(r'<tr id="rule-REL201">.*?</tr>', page)
    assert row is not None
    assert 'href="#doc-2"' in row.group(0)  # the page, third in the run
    assert 'data-code="REL201">show only these</button>' in row.group(0)
    order = re.findall(r'<article class="doc" id="doc-(\d+)"', page)
    assert set(order[:2]) == {"2", "3"}  # the page and the seed lost something; the others nothing
    assert sorted(order) == ["0", "1", "2", "3"]
    shares = [float(share) for share in re.findall(r'<span class="share">([\d.]+)% removed', page)]
    assert shares == sorted(shares, reverse=True)
    assert "Noto Sans CJK SC" in page


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")
def test_the_report_of_an_html_page_reads_at_a_glance_in_headless_chromium(
    page_report: Path, tmp_path: Path
) -> None:
    image = pytest.importorskip("PIL.Image")
    with _opened_in_chromium(page_report) as page:

        element = page.locator("details.element.c-REL")
        summary = element.locator("summary")
        assert summary.is_visible()
        assert not element.locator(".removed-text").is_visible()  # collapsed
        assert summary.bounding_box()["height"] < 30  # one line # type: ignore[index]
        summary.scroll_into_view_if_needed()
        shot = image.open(io.BytesIO(element.screenshot())).convert("RGB")
        shot.save(tmp_path / "element.png")
        summary.click()
        assert element.locator(".removed-text").is_visible()  # opened: the whole text

        fonts = page.evaluate("getComputedStyle(document.querySelector('.doc .text')).fontFamily")
        assert "Noto Serif CJK SC" in fonts

        page.click('#rule-REL201 button.only')  # a rule's documents, and only those
        visible = page.evaluate(
            "[...document.querySelectorAll('article.doc')].filter(d => !d.hidden).map(d => d.id)"
        )
        assert visible == ["doc-2"]
        page.click("#show-all")
        assert page.locator("article.doc:visible").count() == 4
    # The element's line carries its category's colour (the bar and the code), on a light tint.
    blue = sum(n for n, (r, g, b) in shot.getcolors(maxcolors=1 << 20) if b > r + 60 and b > g + 20)
    assert blue > 100, blue
    light = sum(n for n, colour in shot.getcolors(maxcolors=1 << 20) if min(colour) > 200)
    assert light > shot.width * shot.height / 2  # readable: mostly a light background
