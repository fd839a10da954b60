"""Site templates: learning, files, merging, and the template rules in the cleaner."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import newsclean
from newsclean import Cleaner, TemplateLearner, TemplateParams, Templates, TemplatesError
from newsclean.templates import normalise_lines

STORIES = [
    "The council approved the new budget on Tuesday after a long debate about school funding.",
    "A storm knocked out power to thousands of homes along the coast overnight, officials said.",
    "The city's oldest bakery will close at the end of the month after ninety years in business.",
    "Researchers found a new species of frog in the hills north of the reservoir last spring.",
    "The mayor said the bridge would reopen to traffic in March once the inspections are complete.",
    "Two schools will merge next year as enrolment in the district keeps falling, the board said.",
    "A local runner won the city marathon in record time despite the heat on Sunday morning.",
    "The museum will show a collection of maps from the seventeenth century until the autumn.",
]
HEADER = "Valley Ledger | Independent local news since 1921"
PITCH = "Sign up for our morning newsletter"
FOOTER = "© 2024 Valley Ledger Media. All rights reserved."


def page(number: int, story: str) -> str:
    teaser = f"Teaser {story[:30]}"
    lines = [HEADER, story, f"Reporter {number} contributed.", PITCH, "Around the valley", teaser]
    return "\n\n".join([*lines, FOOTER])


def site_pages(site: str = "ledger.example") -> list[tuple[str, str]]:
    return [(site, page(n, story)) for n, story in enumerate(STORIES)]


def test_normalise_lines() -> None:
    found = normalise_lines("  • Posted 3 hours ago\n\n| “Most Read” |")
    assert found == ["posted 0 hours ago", "", "'most read'"]
    assert normalise_lines("A — B\tC") == ["a - b c"]


def test_learns_the_lines_every_page_shares() -> None:
    templates = Templates.learn(site_pages())
    template = templates["ledger.example"]
    shown = {line.text for line in template.lines.values()}
    assert {HEADER, PITCH, FOOTER, "Around the valley"} <= shown
    assert not any(story in shown for story in STORIES)
    # "Reporter N contributed." normalises to one line ("reporter 0 contributed."): a template line
    assert any(text.startswith("Reporter ") and text.endswith(" contributed.") for text in shown)
    assert template.pages == len(STORIES)
    assert all(line.pages == len(STORIES) for line in template.lines.values() if not line.prefix)
    # the teasers start alike ("Teaser The ..." on four pages): their start is a prefix
    assert {line.text for line in template.lines.values() if line.prefix} == {"teaser the …"}


def test_deterministic_whatever_the_order() -> None:
    pages = site_pages() + site_pages("other.example")
    first = Templates.learn(pages)
    shuffled = list(pages)
    random.Random(7).shuffle(shuffled)
    second = Templates.learn(shuffled)
    assert first == second
    assert first.dumps() == second.dumps()


def test_shards_merge_into_the_same_result() -> None:
    pages = site_pages() + site_pages("other.example")
    whole = TemplateLearner()
    for site, text in pages:
        whole.add(site, text)
    shards = [TemplateLearner() for _ in range(3)]
    for number, (site, text) in enumerate(pages):
        shards[number % 3].add(site, text)
    # through files too: a shard's learner is saved by one job and merged by another
    merged = TemplateLearner.merged(TemplateLearner.loads(shard.dumps()) for shard in shards)
    assert merged.templates().dumps() == whole.templates().dumps()


def test_merge_with_a_sample_is_the_same_sample() -> None:
    pages = [("big.example", page(n, f"Story number {n} reads differently: {'x' * n}.")) for n in range(60)]
    whole = TemplateLearner(sample=20)
    for site, text in pages:
        whole.add(site, text)
    shards = [TemplateLearner(sample=20) for _ in range(4)]
    for number, (site, text) in enumerate(pages):
        shards[number % 4].add(site, text)
    merged = TemplateLearner.merged(shards)
    assert len(merged) == len(whole) == 20
    assert merged.dumps() == whole.dumps()


def test_the_same_article_at_several_urls_counts_once() -> None:
    # One article crawled at three URLs (updated: its last line changes) among five other pages:
    # its paragraphs are on three pages of eight, but on one distinct article of six.
    article = [
        "The council approved the new budget on Tuesday after a long debate about school funding, "
        "which had divided the members of the council and the parents who came to speak for weeks.",
        "Officials said the plan would take effect in January.",
    ]
    pages = [("x.example", "\n".join([*article, f"Updated {n} times."])) for n in ("once", "twice", "again")]
    pages += [("x.example", story) for story in STORIES[1:6]]
    assert Templates.learn(pages).get("x.example") is None
    # on three different articles, its short line is a template line
    other = [("x.example", "\n".join([story, article[1]])) for story in (STORIES[0], *STORIES[6:8])]
    template = Templates.learn(other + pages[3:])["x.example"]
    assert [line.text for line in template.lines.values()] == [article[1]]


def test_long_lines_need_a_larger_share() -> None:
    params = TemplateParams()
    assert params.required_share(2) == params.min_share
    assert params.required_share(40) == params.long_share
    assert params.min_share < params.required_share(15) < params.long_share
    with pytest.raises(ValueError, match="min_pages"):
        TemplateParams(min_pages=1)
    with pytest.raises(ValueError, match="long_share"):
        TemplateParams(min_share=0.5, long_share=0.2)


def test_sample_bounds_memory_per_site() -> None:
    learner = TemplateLearner(sample=5)
    for n in range(50):
        learner.add("big.example", page(n, f"Story {n}: " + "word " * n))
    assert len(learner) == 5
    assert learner.templates()["big.example"].pages == 5


def test_save_and_load(tmp_path: Path) -> None:
    templates = Templates.learn(site_pages())
    for name in ("t.json", "t.json.gz"):
        path = tmp_path / name
        templates.save(path)
        assert Templates.load(path) == templates
    assert Templates.load(tmp_path / "t.json").dumps() == (tmp_path / "t.json").read_text("utf-8")


def test_bad_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplatesError, match="not JSON"):
        Templates.loads("{")
    with pytest.raises(TemplatesError, match="not a newsclean templates file"):
        Templates.loads('{"format": "other"}')
    with pytest.raises(TemplatesError, match="version"):
        Templates.loads('{"format": "newsclean-templates", "version": 99}')
    with pytest.raises(TemplatesError, match="cannot read"):
        Templates.load(tmp_path / "missing.json")


def test_cleaner_removes_template_lines_and_explains_them() -> None:
    templates = Templates.learn(site_pages())
    text = page(99, "A new story about the harbour, which reopened to ships on Monday after repairs.")
    plain = Cleaner().explain(text, url="https://ledger.example/a")
    cleaned = Cleaner(templates=templates).explain(text, url="https://ledger.example/a")
    for line in (HEADER, FOOTER, PITCH):
        assert line not in cleaned.text
    assert "harbour" in cleaned.text
    notes = [r.reason for r in cleaned.removals if r.code == "TPL101"]
    assert any(f"on {len(STORIES)} of {len(STORIES)} pages of ledger.example" in note for note in notes)
    assert len(cleaned.removals) > len(plain.removals)
    # another site, or no site: no template
    assert Cleaner(templates=templates).clean(text, url="https://other.example/a") == Cleaner().clean(text)
    assert Cleaner(templates=templates).clean(text) == Cleaner().clean(text)
    # a site key instead of the URL's host
    assert Cleaner(templates=templates).clean(text, site="ledger.example") == cleaned.text
    assert newsclean.clean(text, site="ledger.example", templates=templates) == cleaned.text


def test_a_template_header_takes_the_list_under_it() -> None:
    templates = Templates.learn(site_pages())
    text = "\n\n".join([
        STORIES[0], STORIES[1], "Around the valley", "Harbour reopens to ships", "Bakery wins a prize",
    ])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert cleaned.text.strip() == "\n\n".join(STORIES[:2])
    codes = {r.text.strip(): r.code for r in cleaned.removals}
    assert codes["Around the valley"] == "TPL102"


def test_a_header_between_paragraphs_goes_alone() -> None:
    marker = "(Story continues below)"
    pages = [("f.example", "\n\n".join([STORIES[n], marker, STORIES[n + 1]])) for n in range(6)]
    templates = Templates.learn(pages)
    text = "\n\n".join([STORIES[6], "(Story continues below)", STORIES[7]])
    cleaned = Cleaner(templates=templates).explain(text, site="f.example")
    assert cleaned.text == "\n\n".join([STORIES[6], STORIES[7]])


def test_a_label_over_a_list_that_stays_stays_near_the_top() -> None:
    # "Story highlights" heads the article's own highlights on the site's pages (they stay); on a
    # page where a caption reads as the first paragraph, the label stands past it, over a list
    label = "Story highlights"
    pages = [
        ("h.example", "\n\n".join([label, f"- {STORIES[n][:50]}", f"- {STORIES[n + 1][:45]}",
                                      STORIES[n], STORIES[n + 1]]))
        for n in range(6)
    ]
    templates = Templates.learn(pages)
    caption = "The mayor, left, speaks to reporters outside the town hall on Monday morning."
    text = "\n\n".join([caption, label, "- The bridge reopens in March", "- Inspections are done",
                         STORIES[6], STORIES[7]])
    cleaned = Cleaner(templates=templates).explain(text, site="h.example")
    assert label in cleaned.text
    assert not [r for r in cleaned.removals if r.code.startswith("TPL")]


def test_config_refuses_what_is_not_templates() -> None:
    with pytest.raises(TypeError, match="Templates"):
        Cleaner(templates={"a": 1})  # type: ignore[arg-type]


def test_templates_travel_to_worker_processes() -> None:
    import pickle

    templates = Templates.learn(site_pages())
    cleaner = Cleaner(templates=templates)
    cleaner.clean(page(1, STORIES[0]), site="ledger.example")  # fills the memo
    again = Cleaner(pickle.loads(pickle.dumps(cleaner.config)))
    assert again.clean(page(2, STORIES[3]), site="ledger.example") == cleaner.clean(
        page(2, STORIES[3]), site="ledger.example"
    )


# --- the command line ---------------------------------------------------------------------------


def _corpus(path: Path) -> Path:
    import json

    with path.open("w", encoding="utf-8") as handle:
        for number, story in enumerate(STORIES):
            url = f"https://www.ledger.example/{number}"
            record = {"id": number, "url": url, "text": page(number, story)}
            handle.write(json.dumps(record) + "\n")
            other = {"id": 100 + number, "url": f"https://other.example/{number}", "site": "ledger.example",
                     "text": page(number, story)}
            handle.write(json.dumps(other) + "\n")
    return path


def test_cli_learn_then_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from newsclean.cli import main

    corpus = _corpus(tmp_path / "corpus.jsonl")
    assert main(["learn", str(corpus), "-o", str(tmp_path / "t.json")]) == 0
    assert "learned" in capsys.readouterr().err
    templates = Templates.load(tmp_path / "t.json")
    assert sorted(templates) == ["ledger.example", "other.example"]
    # the site field puts every record under one site
    assert main(["learn", str(corpus), "--site-field", "site", "-o", str(tmp_path / "s.json"), "-q"]) == 0
    assert list(Templates.load(tmp_path / "s.json")) == ["ledger.example"]
    templates_file = str(tmp_path / "t.json")
    assert main([str(corpus), "--templates", templates_file, "-o", str(tmp_path / "a.jsonl"), "-q"]) == 0
    assert main([str(corpus), "--learn", "-o", str(tmp_path / "b.jsonl"), "-q"]) == 0
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    lines = (tmp_path / "a.jsonl").read_text("utf-8").splitlines()
    cleaned = [json.loads(line)["clean_text"] for line in lines]
    assert cleaned[0] == STORIES[0]
    # the same through the library
    cleaner = Cleaner(templates=templates)
    assert cleaned[2] == cleaner.clean(page(1, STORIES[1]), url="https://www.ledger.example/1")


def test_cli_template_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsclean.cli import main

    corpus = _corpus(tmp_path / "corpus.jsonl")
    assert main(["learn", str(corpus)]) == 2
    assert "-o templates.json" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    assert main([str(corpus), "--templates", str(tmp_path / "bad.json")]) == 2
    assert "not a newsclean templates file" in capsys.readouterr().err
    assert main(["-", "--learn"]) == 2
    assert "standard input" in capsys.readouterr().err
    assert main(["learn", str(corpus), "-o", str(tmp_path / "t.json"), "--min-pages", "1"]) == 2


REPORTERS = ["Ana Lima", "Tom Berg", "Keiko Sato", "Owen Price", "Maria Rossi", "Jon Wu", "Lea Stein",
             "Sam Okoro"]
MONTHS = ["March", "April", "May", "June", "July", "August", "September", "October"]


def dated_page(number: int) -> str:
    """A page whose dateline changes with each page but keeps its shape, one the rules alone do not
    read (with a bar before the desk, it is a metadata strip, BYL020's)."""
    month, reporter = MONTHS[number], REPORTERS[number]
    dateline = f"Filed {month} {number + 3}, 2024 at {number + 8}:15 by {reporter}, Weekday Desk"
    return "\n\n".join([dateline, STORIES[number], f"{reporter} wrote it after the {month} session."])


def test_line_shape() -> None:
    from newsclean.templates import line_shape

    assert line_shape("Filed March 3, 2024 at 8:15 by Ana Lima | Weekday Desk") == "… 0, 0 at 0:0 by … | …"
    assert line_shape("Photo: Ana Lima/Wire Service") == "photo: …/…"  # a label keeps its words
    assert line_shape("Ana Lima said the vote would come in March.") is None  # a sentence
    assert line_shape("Reporting from Rome --") is None  # leads on into the article
    assert line_shape("Weekday Desk") is None  # a bare name
    assert line_shape("March 3, 2024") is None  # a bare date
    assert line_shape("the council met on tuesday") is None  # no name to vary
    assert line_shape("Filed by " + "Ana Lima " * 20) is None  # too long
    spaced = "| Filed\tMarch 3, 2024 at 8:15 by Ana Lima" + " " * 90 + "| Weekday Desk |"
    assert line_shape(newsclean.templates._shown(spaced)) == "… 0, 0 at 0:0 by … | …"  # spaces collapsed


def test_a_dateline_is_learned_by_its_shape() -> None:
    pages = [("d.example", dated_page(n)) for n in range(7)]
    templates = Templates.learn(pages)
    shapes = [line for line in templates["d.example"].lines.values() if line.shape]
    assert [(line.text, line.pages) for line in shapes] == [("… 0, 0 at 0:0 by …, …", 7)]
    assert Templates.loads(templates.dumps()) == templates
    text = dated_page(7)
    cleaned = Cleaner(templates=templates).explain(text, site="d.example")
    assert not cleaned.text.startswith("Filed")
    assert STORIES[7] in cleaned.text
    assert "wrote it after" in cleaned.text
    (removal,) = [r for r in cleaned.removals if r.code == "TPL101"]
    assert "its shape '… 0, 0 at 0:0 by …, …' on 7 of 7 pages of d.example" in removal.reason
    assert Cleaner().clean(text).startswith("Filed")  # the rules alone keep it


def test_a_navigation_bar_is_no_sentence_for_its_shape() -> None:
    # a bar that ends with a call to action ("Join now!") has a shape; a sentence has none
    assert newsclean.templates.line_shape("World News HOME \\| HELP | Join now!") == "… \\| … | … now!"
    assert newsclean.templates.line_shape("Business HOME | HELP | Join now!") == "… | … | … now!"
    assert newsclean.templates.line_shape("Tim Cook said the phone would ship in March.") is None
    assert newsclean.templates.line_shape("Ana Lima wins the race!") is None


def test_a_shape_needs_two_different_lines() -> None:
    # one line on every page is a template line already; a shape from it would add nothing
    same = [("s.example", "\n\n".join(["Filed by Ana Lima", STORIES[n]])) for n in range(6)]
    template = Templates.learn(same)["s.example"]
    assert not template.shapes
    assert [line.text for line in template.lines.values()] == ["Filed by Ana Lima"]


def test_a_lead_in_that_runs_on_into_the_article_is_no_template_line() -> None:
    # a dateline's lead-in ending with a dash is the article's first words, however often it repeats
    lead = "Reporting from the capital --"
    pages = [("r.example", "\n\n".join([lead, STORIES[n], PITCH])) for n in range(6)]
    template = Templates.learn(pages)["r.example"]
    assert [line.text for line in template.lines.values()] == [PITCH]


def test_a_navigation_piece_is_no_list_header() -> None:
    # "Edition |" ends with a separator: a piece of a navigation bar, not a label over a list,
    # so it goes as a plain template line even before the article, over a teaser that stays
    pages = [
        ("n.example", "\n\n".join(["| Global Edition \\| |", f"Teaser {n}: {STORIES[n][:40]}", STORIES[n]]))
        for n in range(6)
    ]
    templates = Templates.learn(pages)
    # the teasers' shared start ("teaser 0:") is a prefix; the bar is the one line
    (line,) = [line for line in templates["n.example"].lines.values() if not line.prefix]
    assert not line.header
    text = "\n\n".join(["| Global Edition \\| |", "Teaser 7: a new story", STORIES[7]])
    cleaned = Cleaner(templates=templates).explain(text, site="n.example")
    assert [r.code for r in cleaned.removals if "Edition" in r.text] == ["TPL101"]


def test_a_shape_counts_the_lines_of_the_template_too() -> None:
    # the first three pages share one dateline (a template line); the shape counts all eight
    pages = [("t.example", dated_page(n)) for n in range(8)]
    same = dated_page(0).split("\n")[0]
    pages = [(site, "\n".join([same, *text.split("\n")[1:]]) if n < 3 else text)
             for n, (site, text) in enumerate(pages)]
    template = Templates.learn(pages)["t.example"]
    assert template.lines[newsclean.templates.line_key(normalise_lines(same)[0])].pages == 3
    (shape,) = [line for line in template.lines.values() if line.shape]
    assert shape.pages == 8


def test_the_sites_tail_goes_below_the_article() -> None:
    templates = Templates.learn(site_pages())
    # the footer stands below the article: what follows it is the site's tail
    text = "\n\n".join([STORIES[0], STORIES[1], FOOTER, "Weekend forecast: sun, then showers"])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert cleaned.text.strip() == "\n\n".join(STORIES[:2])
    # NAV108 takes a short line under a strong copyright notice first; without it, the template does
    cleaned = Cleaner(templates=templates, ignore=("NAV108",)).explain(text, site="ledger.example")
    assert cleaned.text.strip() == "\n\n".join(STORIES[:2])
    tail = [r for r in cleaned.removals if r.code == "TPL103"]
    assert [r.text for r in tail] == ["Weekend forecast: sun, then showers"]
    assert "under its template line" in tail[0].reason
    # a template line between the article's paragraphs opens no tail: the paragraph after it stays
    text = "\n\n".join([STORIES[0], PITCH, STORIES[1], "Weekend forecast: sun, then showers"])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert STORIES[1] in cleaned.text
    assert "Weekend forecast" in cleaned.text


def test_a_footer_is_a_template_line_below_the_article() -> None:
    # the site prints its newsletter pitch and its copyright below every article, its masthead above
    template = Templates.learn(site_pages())["ledger.example"]
    footers = {line.text for line in template.lines.values() if line.footer}
    assert {PITCH, FOOTER, "Around the valley"} <= footers
    assert HEADER not in footers
    # the flag travels in the templates file
    again = Templates.loads(Templates.learn(site_pages()).dumps())["ledger.example"]
    assert {line.text for line in again.lines.values() if line.footer} == footers


def test_below_the_sites_footer_even_prose_goes() -> None:
    templates = Templates.learn(site_pages())
    teaser = "Readers' picks: a new bakery on Elm Street sells out of bread by nine."
    text = "\n\n".join([HEADER, STORIES[0], STORIES[1], FOOTER, teaser])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert cleaned.text.strip() == "\n\n".join(STORIES[:2])
    (removal,) = [r for r in cleaned.removals if r.code == "TPL104"]
    assert removal.text == teaser
    assert "below the site's footer" in removal.reason
    assert teaser in Cleaner().clean(text)  # a sentence: the rules alone keep it


def test_a_footer_above_the_pages_article_opens_nothing() -> None:
    templates = Templates.learn(site_pages())
    long_story = " ".join(STORIES[1:4])
    # the footer line stands over the page's longest paragraph: what follows is its article
    text = "\n\n".join([STORIES[0], FOOTER, long_story])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert long_story in cleaned.text
    assert not [r for r in cleaned.removals if r.code == "TPL104"]
    # below the longest paragraph, but over most of the page's words: it opens nothing either
    text = "\n\n".join([long_story, PITCH, STORIES[4], STORIES[5], STORIES[6], STORIES[7]])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert all(story in cleaned.text for story in STORIES[4:])
    # a line without a letter or a digit below the footer is layout: it stays
    picks = "Readers' picks: a bakery sells out daily."
    text = "\n\n".join([STORIES[0], STORIES[1], FOOTER, "* * *", picks])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert [r.text for r in cleaned.removals if r.code == "TPL104"] == [picks]


def test_what_stands_between_the_articles_end_and_the_template_goes_when_closed() -> None:
    templates = Templates.learn(site_pages())
    furniture = ["The old bridge at dusk, seen from the north bank",
                 "Bridge works and road closures this week"]
    credit = "Additional reporting by Ana Lima"
    # a removed line closes the article: the lines under it, down to the site's template, are the
    # page's furniture (a photo's caption, a topic link)
    text = "\n\n".join([STORIES[0], STORIES[1], credit, *furniture, HEADER, "More local news"])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    gap = [r for r in cleaned.removals if "between the article's end" in r.reason]
    assert [r.text for r in gap] == furniture
    assert {r.code for r in gap} == {"TPL103"}
    assert cleaned.text.strip() == "\n\n".join(STORIES[:2])
    assert all(line in Cleaner().clean(text) for line in furniture)  # the rules alone keep them
    # the same lines right under the article's last paragraph stay: a headline the site prints
    # there, or a press release's hard-wrapped last lines, read as the article's own
    text = "\n\n".join([STORIES[0], STORIES[1], *furniture, HEADER, "More local news"])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert all(line in cleaned.text for line in furniture)
    assert "More local news" not in cleaned.text
    # a line without a letter or a digit in the gap is layout: it stays
    text = "\n\n".join([STORIES[0], STORIES[1], credit, "* * *", *furniture, HEADER])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert [r.text for r in cleaned.removals if "between the article's end" in r.reason] == furniture
    assert "* * *" in cleaned.text
    # a list the article announces with a colon stays
    text = "\n\n".join([STORIES[0], STORIES[1], credit, "Key dates:", *furniture, HEADER])
    cleaned = Cleaner(templates=templates).explain(text, site="ledger.example")
    assert all(line in cleaned.text for line in furniture)


def prefixed_page(number: int, line: str) -> str:
    return "\n\n".join([STORIES[number], line, STORIES[(number + 1) % len(STORIES)][:20] + " and more"])


# in lowercase: no name to read the lines' shape by, only their start
SECTIONS = ["politics", "local news", "sport and leisure", "arts", "science", "weather"]


def section_pages() -> list[tuple[str, str]]:
    return [("p.example", prefixed_page(n, f"From the section {name}")) for n, name in enumerate(SECTIONS)]


def test_a_line_whose_end_changes_is_learned_by_its_start() -> None:
    templates = Templates.learn(section_pages())
    prefixes = {line.text for line in templates["p.example"].lines.values() if line.prefix}
    assert "from the section …" in prefixes
    cleaner = Cleaner(templates=templates)
    cleaned = cleaner.explain("\n\n".join([STORIES[7], "From the section business"]), site="p.example")
    assert [(r.code, r.text) for r in cleaned.removals] == [("TPL101", "From the section business")]
    assert "its start 'from the section …'" in cleaned.removals[0].reason
    # a sentence that starts alike is no line of the template
    sentence = "From the section of the river we could see the town."
    assert not cleaner.explain(f"{STORIES[7]}\n\n{sentence}", site="p.example").removals


def test_a_start_the_sites_prose_shares_is_no_prefix() -> None:
    # "On the ..." heads a short line on every page, and a sentence on one: no prefix
    lines = [f"On the {topic}" for topic in ("web", "radio", "map", "record", "agenda", "calendar")]
    pages = [("q.example", prefixed_page(n, line)) for n, line in enumerate(lines)]
    assert any(line.prefix for line in Templates.learn(pages)["q.example"].lines.values())
    pages.append(("q.example", "On the morning of the vote, the council met early to go over the budget."))
    template = Templates.learn(pages).get("q.example")
    assert template is None or not any(line.prefix for line in template.lines.values())


def test_a_lead_in_is_no_prefix() -> None:
    # a dateline's lead-in runs on into the article: its start is no prefix either
    towns = ["Rome", "Paris", "Madrid", "Berlin", "Lisbon", "Vienna"]
    pages = [("r.example", prefixed_page(n, f"Reporting from {town} --")) for n, town in enumerate(towns)]
    template = Templates.learn(pages).get("r.example")
    assert template is None or not any(line.prefix for line in template.lines.values())


def test_prefixes_travel_in_files(tmp_path: Path) -> None:
    templates = Templates.learn(section_pages())
    templates.save(tmp_path / "t.json")
    assert Templates.load(tmp_path / "t.json") == templates
    assert any(line.prefix for line in Templates.load(tmp_path / "t.json")["p.example"].lines.values())


def test_a_column_whose_headlines_start_alike_keeps_them() -> None:
    # every review's headline starts "Review:": the pages' first lines, their articles' own
    films = ["the long road home", "a winter in rome", "night trains", "the last harvest", "blue hour"]
    pages = [("s.example", "\n\n".join([f"Review: {film}", STORIES[n]])) for n, film in enumerate(films)]
    template = Templates.learn(pages).get("s.example")
    assert template is None or not any(line.prefix for line in template.lines.values())
    # and a start learned below the article never takes a page's first line
    cleaner = Cleaner(templates=Templates.learn(section_pages()))
    text = "\n\n".join(["From the section notes on a quiet town", STORIES[7]])
    assert not cleaner.explain(text, site="p.example").removals


def test_a_start_never_takes_the_headline_above_the_article() -> None:
    cleaner = Cleaner(templates=Templates.learn(section_pages()))
    # under the headline, above the article: the section line goes
    text = "\n\n".join(["Council delays the bridge vote", "From the section local news", STORIES[7]])
    removed = [r.text for r in cleaner.explain(text, site="p.example").removals]
    assert removed == ["From the section local news"]
    # the first line left standing above the article is its headline, even under a removed line
    text = "\n\n".join(["Advertisement", "From the section of the valley: a walk", STORIES[7]])
    removed = [r.text for r in cleaner.explain(text, site="p.example").removals]
    assert removed == ["Advertisement"]
