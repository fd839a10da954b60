"""HTML mode page by page, against trafilatura, on every shared corpus.

    nice python benchmarks/pages.py [--corpus NAME ...] [--no-timing] [--jobs N] [--excerpts]
                                    [--favor recall|balanced|precision] [--ignore CODES]

For each corpus with a true body (aeb, wcxb, l3s-gn1, big9) it scores
``newsclean.clean(html, url=url)`` and ``trafilatura.extract(html,
include_comments=False)`` with the AEB shingle metric (``aeb.py``), then lists
the *loss pages*, where newsclean's recall is more than 0.05 below
trafilatura's, worst first, with the rules whose removals held the lost text.
It also counts the pages where newsclean lets in more than trafilatura does
(precision more than 0.05 below), and with ``--excerpts`` prints the lines it
added (corpus text: look, never copy it into the project).

For corpora with ``with``/``without`` snippets (trafilatura-eval, wcxb) it
counts the body snippets trafilatura keeps that newsclean loses, and the
boilerplate snippets left in each output.

Timing (on unless ``--no-timing``) runs both systems on each page in turn, in
this one process, so load changes touch both alike; it reports the ratio of wall
time and, in brackets, of the process's CPU time, which other jobs on a shared
machine disturb less (both systems run in this one thread). Without timing,
trafilatura's text comes from the cache of ``corpora.py`` and ``--jobs`` may
spread newsclean's work over several processes.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, fields

import trafilatura

import aeb
import corpora
import newsclean

BODY_CORPORA = ("aeb", "wcxb", "l3s-gn1", "big9")
SNIPPET_CORPORA = ("trafilatura-eval", "wcxb")
LOSS = 0.05  # a page whose recall is this much below trafilatura's lost article text


@dataclass(frozen=True)
class Outcome:
    """Both systems' text of one page, and the time each took."""

    page: corpora.Page
    ours: str
    theirs: str
    our_seconds: float = 0.0
    their_seconds: float = 0.0
    our_cpu: float = 0.0  # the process's CPU time: what other jobs on a shared machine do not change
    their_cpu: float = 0.0


CLEANER = newsclean.Cleaner(format="html")


def _configure(options: dict[str, object]) -> None:
    """Use a cleaner with these options (``--favor``, ``--ignore``), here and in worker processes."""
    global CLEANER
    CLEANER = newsclean.Cleaner(format="html", **options)


def _clean(page: corpora.Page) -> str:
    return CLEANER.clean(page.html_bytes(), url=page.url)


def _timed(page: corpora.Page) -> Outcome:
    html = page.html_bytes()
    start, start_cpu = time.perf_counter(), time.process_time()
    theirs = trafilatura.extract(html, include_comments=False) or ""
    middle, middle_cpu = time.perf_counter(), time.process_time()
    ours = CLEANER.clean(html, url=page.url)
    end, end_cpu = time.perf_counter(), time.process_time()
    return Outcome(page, ours, theirs, end - middle, middle - start,
                   end_cpu - middle_cpu, middle_cpu - start_cpu)


def _warm_up(page: corpora.Page) -> None:
    """What a long run has done by its second page, outside the measurement: imports, and every
    rule's patterns compiled (built-in rules compile on first use, which would weigh on the
    first corpus timed)."""
    for rule in CLEANER.rules:
        for field in fields(rule):
            if not field.init:
                getattr(rule, field.name)
    _timed(page)


def outcomes(corpus: str, *, timing: bool, jobs: int, options: dict[str, object]) -> list[Outcome]:
    listed = list(corpora.pages(corpus))
    if timing:
        _warm_up(listed[0])
        return [_timed(page) for page in listed]
    theirs = corpora.extracted(listed, jobs=jobs)
    if jobs > 1:
        with ProcessPoolExecutor(jobs, initializer=_configure, initargs=(options,)) as pool:
            ours = list(pool.map(_clean, listed, chunksize=4))
    else:
        ours = [_clean(page) for page in listed]
    return [Outcome(page, text, theirs[page.id]) for page, text in zip(listed, ours, strict=True)]


@dataclass(frozen=True)
class Compared:
    outcome: Outcome
    ours: aeb.PageScore
    theirs: aeb.PageScore

    @property
    def recall_drop(self) -> float:
        return (self.theirs.recall or 0.0) - (self.ours.recall or 0.0)

    @property
    def precision_drop(self) -> float:
        return (self.theirs.precision or 0.0) - (self.ours.precision or 0.0)


def compare(found: Sequence[Outcome]) -> list[Compared]:
    return [
        Compared(o, aeb.score_page(o.page.body or "", o.ours), aeb.score_page(o.page.body or "", o.theirs))
        for o in found
    ]


def corpus_score(scores: Sequence[aeb.PageScore]) -> aeb.Score:
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    return aeb.Score(sum(precisions) / max(len(precisions), 1), sum(recalls) / max(len(recalls), 1),
                     len(scores))


def culprits(compared: Compared) -> str:
    """The rules whose removals held most of the lost shingles, or where the loss happened."""
    page = compared.outcome.page
    truth = aeb.shingles(page.body or "")
    lost = (truth & aeb.shingles(compared.outcome.theirs)) - aeb.shingles(compared.outcome.ours)
    result = CLEANER.explain(page.html_bytes(), url=page.url, metadata=False)
    held: dict[str, int] = {}
    for removal in result.removals:
        overlap = sum((aeb.shingles(removal.text) & lost).values())
        if overlap:
            held[removal.code] = held.get(removal.code, 0) + overlap
    total = sum(lost.values()) or 1
    named = [f"{code} {count / total:.0%}" for code, count in sorted(held.items(), key=lambda kv: -kv[1])]
    if not named:
        named = [_unexplained(compared, lost)]
    if result.notes:
        named += [note for note in result.notes if "revert" in note]
    return ", ".join(named[:4])


def _unexplained(compared: Compared, lost: Counter[tuple[str, ...]]) -> str:
    """Where text went that no removal held: newsclean's reading of the bytes, or the extraction."""
    page = compared.outcome.page
    text, encoding = newsclean.html.decode(page.html_bytes())
    unpruned = aeb.shingles(trafilatura.extract(text, include_comments=False) or "")
    if sum((lost & unpruned).values()) * 2 < sum(lost.values()):
        return f"decoding (newsclean reads the bytes as {encoding}, trafilatura decodes them itself)"
    return "extraction (no removal held it)"


def body_report(corpus: str, found: Sequence[Outcome], timing: bool, excerpts: bool) -> list[str]:
    compared = compare(found)
    ours = corpus_score([c.ours for c in compared])
    theirs = corpus_score([c.theirs for c in compared])
    losses = sorted((c for c in compared if c.recall_drop > LOSS), key=lambda c: -c.recall_drop)
    junk = sorted((c for c in compared if c.precision_drop > LOSS), key=lambda c: -c.precision_drop)
    ratio = "n/a"
    if timing:
        ratio = (f"{sum(o.our_seconds for o in found) / sum(o.their_seconds for o in found):.2f} "
                 f"(CPU {sum(o.our_cpu for o in found) / max(sum(o.their_cpu for o in found), 1e-9):.2f})")
    row = (f"| {corpus} | {len(found)} | {ours.f1:.3f} | {ours.precision:.3f} | {ours.recall:.3f} | "
           f"{theirs.f1:.3f} | {theirs.precision:.3f} | {theirs.recall:.3f} | {len(losses)} | "
           f"{len(junk)} | {ratio} |")
    lines = [row]
    for c in losses:
        lines.append(f"    loss {corpus}/{c.outcome.page.id} ({c.outcome.page.site}): recall "
                     f"{c.ours.recall or 0:.2f} vs {c.theirs.recall or 0:.2f}; {culprits(c)}")
    for c in junk:
        lines.append(f"    more junk {corpus}/{c.outcome.page.id} ({c.outcome.page.site}): precision "
                     f"{c.ours.precision or 0:.2f} vs {c.theirs.precision or 0:.2f}")
        if excerpts:
            lines += [f"        + {line[:100]}" for line in added_lines(c.outcome)]
    return lines


def added_lines(outcome: Outcome) -> Iterator[str]:
    """Lines of newsclean's text that are neither in the truth nor in trafilatura's text."""
    truth = corpora.squeeze(outcome.page.body or "")
    theirs = corpora.squeeze(outcome.theirs)
    for line in outcome.ours.split("\n"):
        squeezed = corpora.squeeze(line)
        if squeezed and squeezed not in truth and squeezed not in theirs:
            yield squeezed


@dataclass(frozen=True)
class Snippets:
    body_kept_by_them: int = 0
    body_lost_by_us: int = 0
    boilerplate: int = 0
    boilerplate_left_by_them: int = 0
    boilerplate_left_by_us: int = 0


def snippets(found: Sequence[Outcome]) -> tuple[Snippets, list[str]]:
    """The snippet counts, and a line for each body snippet trafilatura keeps and newsclean loses."""
    kept = lost = total = left_theirs = left_ours = 0
    lost_where = []
    for outcome in found:
        ours, theirs = corpora.squeeze(outcome.ours), corpora.squeeze(outcome.theirs)
        for snippet in map(corpora.squeeze, outcome.page.with_):
            if snippet and snippet in theirs:
                kept += 1
                if snippet not in ours:
                    lost += 1
                    lost_where.append(f"{outcome.page.id}: {_snippet_culprit(outcome.page, snippet)}")
        for snippet in map(corpora.squeeze, outcome.page.without):
            total += 1
            left_theirs += snippet in theirs
            left_ours += snippet in ours
    return Snippets(kept, lost, total, left_theirs, left_ours), lost_where


def _snippet_culprit(page: corpora.Page, snippet: str) -> str:
    """The rule whose removal holds the snippet, or where else it went."""
    result = CLEANER.explain(page.html_bytes(), url=page.url, metadata=False)
    for removal in result.removals:
        if snippet in corpora.squeeze(removal.text):
            return removal.code
    if snippet not in corpora.squeeze(result.source):
        return "extraction"
    return "split across removals"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=corpora.CORPORA)
    parser.add_argument("--no-timing", dest="timing", action="store_false")
    parser.add_argument("--jobs", type=int, default=1, help="processes for newsclean without timing")
    parser.add_argument("--excerpts", action="store_true", help="print the lines newsclean lets in")
    parser.add_argument("--favor", choices=("recall", "balanced", "precision"), help="newsclean's favor")
    parser.add_argument("--ignore", default="", help="rules to ignore, comma-separated (an ablation)")
    args = parser.parse_args(argv)
    options: dict[str, object] = {"ignore": tuple(filter(None, args.ignore.split(",")))}
    if args.favor:
        options["favor"] = args.favor
    _configure(options)
    chosen = args.corpus or list(corpora.CORPORA)

    print(f"newsclean {newsclean.__version__}, trafilatura {trafilatura.__version__}")
    print()
    print("| corpus | pages | newsclean F1 | P | R | trafilatura F1 | P | R | loss pages | more-junk pages "
          "| time vs trafilatura |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    details: list[str] = []
    snippet_rows = []
    our_time = their_time = our_cpu = their_cpu = 0.0
    for corpus in chosen:
        found = outcomes(corpus, timing=args.timing, jobs=args.jobs, options=options)
        our_time += sum(o.our_seconds for o in found)
        their_time += sum(o.their_seconds for o in found)
        our_cpu += sum(o.our_cpu for o in found)
        their_cpu += sum(o.their_cpu for o in found)
        if corpus in BODY_CORPORA:
            row, *more = body_report(corpus, found, args.timing, args.excerpts)
            print(row, flush=True)
            details += more
        if corpus in SNIPPET_CORPORA:
            counted, lost_where = snippets(found)
            snippet_rows.append((corpus, counted))
            details += [f"    body snippet lost {corpus}/{where}" for where in lost_where]
    if args.timing and their_time:
        print(f"\nall pages: newsclean {our_time:.1f} s, trafilatura {their_time:.1f} s, "
              f"ratio {our_time / their_time:.2f}; CPU time {our_cpu:.1f} s and {their_cpu:.1f} s, ratio "
              f"{our_cpu / max(their_cpu, 1e-9):.2f}")
    if snippet_rows:
        print()
        print("| snippets | body kept by trafilatura | of them lost by newsclean | boilerplate "
              "| left by trafilatura | left by newsclean |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for corpus, s in snippet_rows:
            print(f"| {corpus} | {s.body_kept_by_them} | {s.body_lost_by_us} | {s.boilerplate} | "
                  f"{s.boilerplate_left_by_them} | {s.boilerplate_left_by_us} |")
    print()
    print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
