"""Site templates, measured: each page cleaned with and without the templates of its site,
learned from the *other* pages of the site (leave-one-out: a page never learns from itself).

    python benchmarks/templates.py                   # big9, l3s-gn1, wcxb; then throughput
    python benchmarks/templates.py --grid            # k and p: the grid they were chosen on
    python benchmarks/templates.py --min-pages 2 ... # other parameters
    python benchmarks/templates.py --show 20         # 20 leftover lines per site that templates leave

The text-mode protocol of ``../shared/corpus/README.md`` (see ``textmode.py``): trafilatura's
text of each page, each non-blank line labelled body or boilerplate ("leftover": not in the true
body; on L3S-GN1 the labelled block's category). A site is the registrable domain of the page's
URL without its public suffix (``news.bbc.co.uk`` and ``bbc.com`` are ``bbc``; ``us.cnn.com`` is
``cnn``), given to the cleaner as a site key; a page without a URL takes its canonical URL from
its HTML. Only sites with at least ``--min-site-pages`` pages are measured; on big9 only its nine
sites (the ``big5-*`` pages of sites with 30 pages or more; its ``chaos-*`` pages are one or two
per site, and four of nymag's pages are vulture.com's).

Per site: leftover lines and the share removed by the rules alone and with templates; body
lines and the share kept by each; the lines only templates removed. Then, on a corpus with a
true body, the leftover lines that are the page's own text all the same (half of their word
4-grams are in its true body: a table row's headline with its pipes, paragraphs run together
in one cell, quotes garbled by the encoding), which no rule should remove, and the figures over
the other leftover lines. Then every body line that templates removed, with the rule and
reason. Then learning's throughput (MB of text per second of CPU, one process) and memory
(peak traced bytes per million lines learned).
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import corpora
import newsclean
from corpora import Page
from newsclean.templates import (
    TemplateLearner,
    TemplateParams,
    Templates,
    learn_site,
    line_prefixes,
    line_shape,
    normalise_lines,
)
from textmode import Document, label_document

_CANONICAL = re.compile(
    rb"""<link[^>]+rel=["']canonical["'][^>]*?\shref=["']([^"']+)|<meta[^>]+property=["']og:url["'][^>]*"""
    rb"""content=["']([^"']+)"""
)
BIG9_SITE_PAGES = 30
_SUFFIXES = ("co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.in",
             "com.br", "co.jp", "co.za", "com.cn", "com.sg", "com.hk")


def site_key(page: Page) -> str | None:
    """The page's registrable domain without its public suffix; from the HTML's canonical URL
    when the corpus has no URL for the page."""
    url = page.url
    if not url:
        found = _CANONICAL.search(page.html_bytes()[:200_000])
        url = (found.group(1) or found.group(2)).decode("utf-8", "replace") if found else None
    host = newsclean.templates.site_of(url) if url else None
    if "web.archive.org" in (url or ""):
        host = page.site
    if not host or ":" in host:
        return None
    labels = host.split(".")
    suffix = 2 if ".".join(labels[-2:]) in _SUFFIXES else 1
    return labels[-suffix - 1] if len(labels) > suffix else host


@dataclass
class SiteScore:
    """The counts of one site, with templates (``with_``) and without."""

    corpus: str
    site: str
    pages: int = 0
    body: int = 0
    body_kept: int = 0
    body_kept_with: int = 0
    leftover: int = 0
    leftover_removed: int = 0
    leftover_removed_with: int = 0
    only_templates_body: int = 0
    only_templates_leftover: int = 0
    guard_fired: int = 0
    own_text: int = 0  # leftover lines that are the page's own text by its truth (see own_text)
    own_text_removed: int = 0
    own_text_removed_with: int = 0
    lost: list[str] = field(default_factory=list)
    # (page, line, whether it is the page's own text): leftover lines kept with templates
    left: list[tuple[str, str, bool]] = field(default_factory=list)

    def add(self, other: SiteScore) -> None:
        for name in ("pages", "body", "body_kept", "body_kept_with", "leftover", "leftover_removed",
                     "leftover_removed_with", "only_templates_body", "only_templates_leftover",
                     "guard_fired", "own_text", "own_text_removed", "own_text_removed_with"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lost += other.lost
        self.left += other.left


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


_WORD = re.compile(r"\w+")


def _grams(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1))} if words else set()


def own_text(line: str, truth: set[tuple[str, ...]]) -> bool:
    """Whether a line labelled leftover is the page's own text all the same: at least half of its
    word 4-grams (its words, if fewer than four) are in the page's true body. The protocol labels
    a line body only when all of it, decoration included, is in the truth."""
    grams = _grams(line)
    return bool(grams) and 2 * len(grams & truth) >= len(grams)


def sites_of(corpus: str, min_pages: int) -> dict[str, list[Document]]:
    listed = [page for page in corpora.pages(corpus) if corpus != "big9" or page.id.startswith("big5")]
    texts = corpora.extracted(list(corpora.pages(corpus)))
    by_site: dict[str, list[Document]] = defaultdict(list)
    for page in listed:
        key = site_key(page)
        if key is not None and texts.get(page.id):
            by_site[key].append(label_document(page, texts[page.id]))
    if corpus == "big9":  # its nine sites of 30 to 40 pages (a few of nymag's are vulture.com's)
        min_pages = max(min_pages, BIG9_SITE_PAGES)
    return {site: docs for site, docs in sorted(by_site.items()) if len(docs) >= min_pages}


def leave_one_out(site: str, documents: Sequence[Document], params: TemplateParams) -> Templates:
    """One template per page, learned from the site's other pages, each under its own key."""
    learner = TemplateLearner()
    for document in documents:
        learner.add(site, document.text)
    kept = learner._sites[site].pages  # fingerprint -> page: reused for every page left out
    order = sorted(kept)
    templates = {}
    for document in documents:
        own = newsclean.templates._fingerprint(document.text)
        others = [kept[fp] for fp in order if fp != own]
        key = f"{site}#{document.page.id}"
        template = learn_site(key, others, params)
        if template is not None:
            templates[key] = template
    return Templates(templates, params)


def score_site(corpus: str, site: str, documents: Sequence[Document], params: TemplateParams) -> SiteScore:
    templates = leave_one_out(site, documents, params)
    plain = newsclean.Cleaner(format="text")
    learned = newsclean.Cleaner(format="text", templates=templates)
    score = SiteScore(corpus, site, pages=len(documents))
    for document in documents:
        truth = _grams(document.page.body or "") if not document.page.blocks else set()
        without = plain.explain(document.text)
        with_ = learned.explain(document.text, site=f"{site}#{document.page.id}")
        gone = {removal.block for removal in without.removals}
        gone_with = {removal.block: removal for removal in with_.removals}
        score.guard_fired += with_.guard is not None and without.guard is None
        for block, line in zip(without.blocks, document.lines, strict=True):
            if line.label in ("unknown", "comments"):
                continue
            removed, removed_with = block.index in gone, block.index in gone_with
            if line.label == "body":
                score.body += 1
                score.body_kept += not removed
                score.body_kept_with += not removed_with
                if removed_with and not removed:
                    score.only_templates_body += 1
                    removal = gone_with[block.index]
                    score.lost.append(f"{site} {document.page.id}: {removal.code} {removal.reason}")
            else:
                score.leftover += 1
                score.leftover_removed += removed
                score.leftover_removed_with += removed_with
                score.only_templates_leftover += removed_with and not removed
                own = bool(truth) and own_text(line.text, truth)
                score.own_text += own
                score.own_text_removed += own and removed
                score.own_text_removed_with += own and removed_with
                if not removed_with:
                    score.left.append((document.page.id, line.text, own))
    return score


def measure(corpus: str, params: TemplateParams, min_site_pages: int) -> list[SiteScore]:
    return [score_site(corpus, site, docs, params) for site, docs in sites_of(corpus, min_site_pages).items()]


def table(scores: Iterable[SiteScore], title: str) -> list[str]:
    out = [
        f"| {title} | pages | leftover lines | removed, rules | removed, with templates | gain | "
        "body lines | kept, rules | kept, with templates | only templates: leftover / body |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total = SiteScore("", "all")
    for score in scores:
        total.add(score)
        out.append(_row(score.site, score))
    out.append(_row("**all**", total))
    return out


def _row(name: str, s: SiteScore) -> str:
    gain = (s.leftover_removed_with - s.leftover_removed) / s.leftover if s.leftover else 0.0
    return (
        f"| {name} | {s.pages} | {s.leftover} | {_share(s.leftover_removed, s.leftover)} | "
        f"{_share(s.leftover_removed_with, s.leftover)} | {gain:+.3f} | {s.body} | "
        f"{_share(s.body_kept, s.body)} | {_share(s.body_kept_with, s.body)} | "
        f"{s.only_templates_leftover} / {s.only_templates_body} |"
    )


def own_text_summary(scores: Iterable[SiteScore]) -> str | None:
    """The leftover lines that are the page's own text, and the figures over the others."""
    total = SiteScore("", "all")
    for score in scores:
        total.add(score)
    if not total.own_text:
        return None
    others = total.leftover - total.own_text
    rules = total.leftover_removed - total.own_text_removed
    with_ = total.leftover_removed_with - total.own_text_removed_with
    return (
        f"leftover lines that are the page's own text by its truth (half their word 4-grams in it): "
        f"{total.own_text}, removed by the rules {total.own_text_removed}, with templates "
        f"{total.own_text_removed_with}; over the other {others}: removed, rules {_share(rules, others)}, "
        f"with templates {_share(with_, others)}, gain {(with_ - rules) / others:+.3f}"
    )


def leftover(
    corpus: str, scores: Iterable[SiteScore], sites: dict[str, list[Document]], show: int
) -> list[str]:
    """The leftover lines left with templates (at most ``show`` per site), each with on how many
    of the site's *other* pages a line reads the same normalised (as a template line is counted),
    has the same shape, or starts the same (a prefix): what repeats is what templates could learn;
    the rest is each page's own. "own" marks a line that is the page's own text by its truth."""
    out = [f"## {corpus}: leftover lines left with templates (same / shape / start: on other pages)"]
    for score in scores:
        same, shaped, started = _site_census(sites[score.site])
        out += ["", f"### {score.site}: {len(score.left)} of {score.leftover}", ""]
        for page, text, own in score.left[:show]:
            line = normalise_lines(text)[0]
            shape = line_shape(text.strip(" |"))
            starts = line_prefixes(text.strip(" |"))
            counts = (
                len(same[line] - {page}),
                len(shaped[shape] - {page}) if shape is not None else 0,
                max((len(started[prefix] - {page}) for prefix in starts), default=0),
            )
            owned = ", own" if own else ""
            out.append(f"- {page} [{counts[0]} / {counts[1]} / {counts[2]}{owned}] {text.strip()[:120]}")
    return out


def _site_census(documents: Sequence[Document]) -> tuple[dict[str, set[str]], ...]:
    """The pages of the site that hold each normalised line, each shape and each prefix."""
    same: dict[str, set[str]] = defaultdict(set)
    shaped: dict[str, set[str]] = defaultdict(set)
    started: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        page = document.page.id
        for line in document.lines:
            same[normalise_lines(line.text)[0]].add(page)
            shape = line_shape(line.text.strip(" |"))
            if shape is not None:
                shaped[shape].add(page)
            for prefix in line_prefixes(line.text.strip(" |")):
                started[prefix].add(page)
    return same, shaped, started


# --- throughput and memory ---------------------------------------------------------------------


def learning_texts() -> list[tuple[str, str]]:
    """Every page of every shared corpus as (site, trafilatura text): real text, real sites."""
    found = []
    for corpus in corpora.CORPORA:
        listed = list(corpora.pages(corpus))
        texts = corpora.extracted(listed)
        found += [(page.site, texts[page.id]) for page in listed if texts.get(page.id)]
    return found


def throughput(pages: list[tuple[str, str]], megabytes: float) -> tuple[float, int, float]:
    """MB of text learned per CPU second, the lines learned, and the seconds: the corpus
    repeated under new site names (so that every page is new) until ``megabytes``."""
    size = sum(len(text.encode("utf-8")) for _, text in pages)
    rounds = max(1, round(megabytes * 1e6 / size))
    learner = TemplateLearner()
    start = time.process_time()
    for round_ in range(rounds):
        for site, text in pages:
            learner.add(f"{round_}/{site}", text)
    learner.templates()
    seconds = time.process_time() - start
    lines = sum(len(page.keys) for state in learner._sites.values() for page in state.pages.values())
    return size * rounds / seconds / 1e6, lines, seconds


def memory(pages: list[tuple[str, str]]) -> tuple[int, int]:
    """Peak bytes traced while learning every page once (and computing templates), and lines."""
    gc.collect()
    tracemalloc.start()
    learner = TemplateLearner()
    for site, text in pages:
        learner.add(site, text)
    learner.templates()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    lines = sum(len(page.keys) for state in learner._sites.values() for page in state.pages.values())
    return peak, lines


def one_big_site(pages: list[tuple[str, str]], copies: int) -> tuple[int, int, int]:
    """Peak traced bytes learning ``copies`` rounds of every page as pages of ONE site, against
    one round: past ``sample`` pages, memory stays flat. Returns (pages, peak one round, peak all)."""
    peaks = []
    for rounds in (1, copies):
        gc.collect()
        tracemalloc.start()
        learner = TemplateLearner()
        for round_ in range(rounds):
            for _, text in pages:
                learner.add("one-site", f"{round_}\n{text}")
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return len(pages) * copies, peaks[0], peaks[1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    defaults = TemplateParams()
    parser.add_argument("--corpus", action="append", choices=("big9", "l3s-gn1", "wcxb"))
    parser.add_argument("--min-pages", type=int, default=defaults.min_pages, help="k")
    parser.add_argument("--min-share", type=float, default=defaults.min_share, help="p, short lines")
    parser.add_argument("--long-share", type=float, default=defaults.long_share, help="p, long lines")
    parser.add_argument("--short-words", type=int, default=defaults.short_words)
    parser.add_argument("--long-words", type=int, default=defaults.long_words)
    parser.add_argument("--min-site-pages", type=int, default=3, help="sites measured (default 3)")
    parser.add_argument("--grid", action="store_true", help="the grid k and p were chosen on")
    parser.add_argument("--megabytes", type=float, default=40.0, help="text learned for throughput")
    parser.add_argument("--no-speed", action="store_true", help="skip throughput and memory")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="list N leftover lines per site that templates leave, with the other pages "
                        "of the site that hold the same line, its shape or its start")
    parser.add_argument("--leftover", action="store_true", help="--show every leftover line")
    args = parser.parse_args(argv)
    print("command: python benchmarks/templates.py " + " ".join(sys.argv[1:] if argv is None else argv))
    print()
    if args.grid:
        return grid(args.corpus or ["big9", "l3s-gn1", "wcxb"], args.min_site_pages)
    params = TemplateParams(
        min_pages=args.min_pages, min_share=args.min_share, long_share=args.long_share,
        short_words=args.short_words, long_words=args.long_words,
    )
    print(f"parameters: {params}")
    lost: list[str] = []
    for corpus in args.corpus or ("big9", "l3s-gn1", "wcxb"):
        sites = sites_of(corpus, args.min_site_pages)
        scores = [score_site(corpus, site, docs, params) for site, docs in sites.items()]
        print()
        print(f"## {corpus}: {len(scores)} sites of {args.min_site_pages} pages or more, leave-one-out")
        print()
        print("\n".join(table(scores, "site")))
        summary = own_text_summary(scores)
        if summary is not None:
            print(f"\n{summary}")
        lost += [f"{corpus}/{line}" for score in scores for line in score.lost]
        show = 1_000_000 if args.leftover else args.show
        if show:
            print()
            print("\n".join(leftover(corpus, scores, sites, show)))
        fired = sum(score.guard_fired for score in scores)
        print(f"\npages where the guard fired only with templates: {fired}")
    print()
    print(f"## Body lines removed only with templates ({len(lost)})")
    print()
    print("\n".join(f"- {line}" for line in lost) or "none")
    if not args.no_speed:
        pages = learning_texts()
        rate, lines, seconds = throughput(pages, args.megabytes)
        peak, learned = memory(pages)
        count, one, many = one_big_site(pages, 3)
        print()
        print("## Learning")
        print()
        print(f"- throughput: {rate:.1f} MB/s of text per CPU second ({args.megabytes:.0f} MB, "
              f"{lines:,} lines, {seconds:.1f} s, one process)")
        print(f"- memory: {peak / 1e6:.1f} MB peak traced for {learned:,} lines, "
              f"{peak / learned:.0f} bytes a line: {peak / learned:.0f} MB per million lines")
        print(f"- one site of {count:,} pages: {many / 1e6:.1f} MB peak, against {one / 1e6:.1f} MB "
              f"for its first {count // 3:,} (at most {newsclean.templates.SAMPLE:,} pages are kept)")
    return 0


def grid(corpora: Sequence[str], min_site_pages: int) -> int:
    """The gain in leftover removed and the body lines lost, per corpus, for each k and p."""
    data = {corpus: sites_of(corpus, min_site_pages) for corpus in corpora}
    print("| k | p short | p long | " + " | ".join(f"{c} gain | {c} body lost" for c in corpora) + " |")
    print("| ---: | ---: | ---: |" + " ---: | ---: |" * len(corpora))
    for k in (2, 3, 4):
        for short, long in ((0.05, 0.2), (0.1, 0.25), (0.1, 0.5)):
            params = TemplateParams(min_pages=k, min_share=short, long_share=long)
            cells = []
            for corpus, sites in data.items():
                total = SiteScore(corpus, "all")
                for site, docs in sites.items():
                    total.add(score_site(corpus, site, docs, params))
                gain = (total.leftover_removed_with - total.leftover_removed) / total.leftover
                cells += [f"{gain:+.3f}", str(total.only_templates_body)]
            print(f"| {k} | {short} | {long} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
