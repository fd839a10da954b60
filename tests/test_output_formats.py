"""Output formats, as trafilatura users expect them: txt, markdown and json, metadata, the
headline, tables and comments (issue 17, item 8)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import main
from newsclean.markdown import plain

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures" / "formats" / "structured-article.html"
BODY = "The council approved the budget on Tuesday after a long debate about school funding and roads."


def test_markdown_keeps_headings_lists_emphasis_and_tables_and_drops_what_the_rules_removed() -> None:
    result = newsclean.explain(PAGE.read_bytes(), markdown=True)
    assert result.markdown is not None
    lines = result.markdown.splitlines()
    assert "## What changes" in lines
    assert "- Schools get 4% more than last year, the first rise in a decade." in lines
    assert "The council approved the **budget** on Tuesday" in result.markdown
    assert any(line.startswith("| Item | Amount |") for line in lines)
    # the rules' removals go from the Markdown as from the text: the headline, a link, a sign-up
    for gone in ("Budget passes", "Go deeper", "Sign up for our newsletter"):
        assert gone not in result.text
        assert gone not in result.markdown
    words = " ".join(result.text.replace("|", " ").split())
    assert all(plain(line) in words for line in lines)  # nothing the text does not have


def test_markdown_of_text_is_the_text_and_plain_reads_markdown_marks() -> None:
    assert newsclean.explain("The vote passed.\n\nGo deeper", markdown=True).markdown == "The vote passed."
    assert plain("## **Go** [deeper](https://x.example)") == "Go deeper"
    assert newsclean.explain("The vote passed.").markdown is None


def test_tables_and_comments_switches() -> None:
    page = PAGE.read_bytes()
    assert "| Schools | $4m |" in newsclean.clean(page)
    assert "Schools | $4m" not in newsclean.clean(page, tables=False)
    assert "Great article" not in newsclean.clean(page)
    assert newsclean.clean(page, comments=True).endswith("Great article, thanks for writing it!")
    with pytest.raises(TypeError, match="tables must be True or False"):
        newsclean.Config(tables="no")  # type: ignore[arg-type]


def _run(*args: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "newsclean", *args], capture_output=True, text=True, check=True
    )
    return run.stdout


def test_output_format_markdown_with_the_title_and_metadata_on_the_command_line() -> None:
    out = _run(str(PAGE), "--output-format", "markdown", "--include-title", "--with-metadata")
    header = '---\ntitle: "Budget passes"\n---\n# Budget passes\n\n'
    assert out.startswith(header + "The council approved the **budget**")
    assert "\n## What changes\n" in out


def test_output_format_json_is_one_object_with_the_title() -> None:
    found = json.loads(_run(str(PAGE), "--output-format", "json", "--with-metadata", "--no-tables"))
    assert found["id"] == PAGE.name
    assert found["title"] == "Budget passes"
    assert found["text"].startswith(BODY)
    assert "$4m" not in found["text"]
    assert found["metadata"]["title"] == "Budget passes"


def test_include_title_starts_the_text_of_an_html_page_with_its_headline() -> None:
    assert _run(str(PAGE)).startswith(BODY)
    assert _run(str(PAGE), "--include-title").startswith(f"Budget passes\n\n{BODY}")
    assert "Great article" in _run(str(PAGE), "--include-comments")


def test_include_title_does_not_repeat_a_headline_the_text_keeps(tmp_path: Path) -> None:
    page = tmp_path / "story.html"  # the headline among the paragraphs, no <header>: it is text
    page.write_text(PAGE.read_text(encoding="utf-8").replace("<header><h1>Budget passes</h1></header>",
                                                             "<h1>Budget passes</h1>"), encoding="utf-8")
    assert _run(str(page)).startswith(f"Budget passes\n{BODY}")
    assert _run(str(page), "--include-title").startswith(f"Budget passes\n{BODY}")
    markdown = _run(str(page), "--output-format", "markdown", "--include-title")
    assert markdown.count("Budget passes") == 1


def test_a_folder_mirrored_as_markdown_gets_md_files_and_jsonl_records_get_markdown(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.html").write_bytes(PAGE.read_bytes())
    record = {"id": 1, "text": PAGE.read_text(encoding="utf-8")}
    (tmp_path / "in" / "pages.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main([str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--output-format", "markdown", "-q"]) == 0
    assert "## What changes" in (tmp_path / "out" / "story.md").read_text(encoding="utf-8")
    (cleaned,) = [json.loads(line) for line in (tmp_path / "out" / "pages.jsonl").read_text().splitlines()]
    assert "## What changes" in cleaned["clean_text"]


def test_a_rule_file_sets_tables_and_comments(tmp_path: Path) -> None:
    rules = tmp_path / "newsclean.toml"
    rules.write_text("tables = false\ncomments = true\n", encoding="utf-8")
    config = newsclean.Config.from_file(rules)
    assert (config.tables, config.comments) == (False, True)
    rules.write_text('tables = "no"\n', encoding="utf-8")
    with pytest.raises(newsclean.RuleFileError, match="tables"):
        newsclean.Config.from_file(rules)
