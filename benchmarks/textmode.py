"""Text mode on real extractor output: what newsclean removes from trafilatura's text.

    python benchmarks/textmode.py [--base REV] [--corpus NAME ...] [--show N] [--markdown]

The protocol of ``../shared/corpus/README.md``: every page of every shared
corpus goes through ``trafilatura.extract(html, include_comments=False)``
(cached, see ``corpora.py``), and each non-blank line of that text is
labelled:

* on corpora with a true ``body`` (aeb, big9, wcxb): *body* when its
  whitespace-normalised text occurs in the normalised truth, *leftover*
  otherwise (mostly boilerplate; some truths omit tables or lists);
* on L3S-GN1, by the label of the block it comes from: headline and
  fulltext are body; supplemental, related_content and not_content are
  boilerplate of that category; comments are counted apart;
* on trafilatura-eval and WCXB, by snippets: a ``without`` snippet that
  trafilatura's text still contains is a leftover, removed when the cleaned
  text no longer contains it; a ``with`` snippet in trafilatura's text must
  survive.

It prints body kept and boilerplate removed per corpus, per language and per
category, then the leftovers that survive and the body lines that are lost,
most frequent first, each with the rule that removed it. ``--base REV`` runs
the same protocol on another revision of newsclean (its ``src/`` checked out
from git into a temporary folder, run in a subprocess) and prints both side
by side, so a change is measured against the release it changes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import corpora
from corpora import BODY_LABELS, BOILERPLATE_LABELS, Page, squeeze

REPOSITORY = Path(__file__).resolve().parents[1]

#: Which lines of a document were removed: one flag per non-blank line, in order.
Removed = list[bool]


@dataclass
class Line:
    """One non-blank line of trafilatura's text, with what the protocol says it is."""

    page: Page
    text: str
    label: str  # "body", "leftover", a boilerplate category, "comments" or "unknown"


@dataclass
class Snippet:
    page: Page
    text: str
    body: bool  # a ``with`` snippet (True) or a ``without`` one


@dataclass
class Document:
    page: Page
    text: str
    lines: list[Line] = field(default_factory=list)
    snippets: list[Snippet] = field(default_factory=list)


def non_blank_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def label_document(page: Page, text: str) -> Document:
    document = Document(page, text)
    lines = non_blank_lines(text)
    if page.blocks:
        labels = _block_labels(page, lines)
    elif page.body:
        truth = squeeze(page.body)
        labels = ["body" if squeeze(line) in truth else "leftover" for line in lines]
    else:
        labels = ["unknown"] * len(lines)
    document.lines = [Line(page, line, label) for line, label in zip(lines, labels, strict=True)]
    squeezed = squeeze(text)
    document.snippets = [
        Snippet(page, snippet, body)
        for snippets, body in ((page.with_, True), (page.without, False))
        for snippet in snippets
        if squeeze(snippet) and squeeze(snippet) in squeezed
    ]
    return document


def distinct_lines(wanted: Callable[[str, str], bool]) -> list[tuple[str, str]]:
    """(corpus, line) for every distinct stripped line of trafilatura's text of the shared corpora
    that ``wanted(label, line)`` accepts, in corpus order: the lines the stress tests place."""
    seen: set[str] = set()
    found = []
    for name in corpora.CORPORA:
        listed = list(corpora.pages(name))
        texts = corpora.extracted(listed, jobs=2)
        for page in listed:
            for line in label_document(page, texts[page.id]).lines:
                text = line.text.strip()
                if wanted(line.label, text) and text not in seen:
                    seen.add(text)
                    found.append((name, text))
    return found


def _block_labels(page: Page, lines: Sequence[str]) -> list[str]:
    """Each line's label: that of the labelled blocks it overlaps most (by characters)."""
    blocks = [(squeeze(text), label) for text, label in page.blocks if squeeze(text)]
    labels = []
    for line in lines:
        squeezed = squeeze(line)
        overlap: Counter[str] = Counter()
        for text, label in blocks:
            if len(text) >= 3 and text in squeezed:
                overlap[label] += len(text)
            elif squeezed in text:
                overlap[label] += len(squeezed)
        if not overlap:
            labels.append("unknown")
            continue
        label = overlap.most_common(1)[0][0]
        labels.append("body" if label in BODY_LABELS else label)
    return labels


# --- cleaning ------------------------------------------------------------------------------------


def removed_here(texts: Sequence[str]) -> tuple[list[Removed], list[list[str | None]]]:
    """This tree's decisions: removed flags per line, and the code that removed each line."""
    sys.path.insert(0, str(REPOSITORY / "src"))
    import newsclean

    cleaner = newsclean.Cleaner(format="text")
    flags, codes = [], []
    for text in texts:
        result = cleaner.explain(text)
        by_block = {removal.block: removal.code for removal in result.removals}
        codes.append([by_block.get(block.index) for block in result.blocks])
        flags.append([block.index in by_block for block in result.blocks])
    return flags, codes


_WORKER = """
import json, sys
import newsclean
cleaner = newsclean.Cleaner(format="text")
out = []
for text in json.load(sys.stdin):
    result = cleaner.explain(text)
    removed = {r.block for r in result.removals}
    out.append([b.index in removed for b in result.blocks])
json.dump(out, sys.stdout)
"""


def removed_at(revision: str, texts: Sequence[str]) -> list[Removed]:
    """Another revision's decisions, from its ``src/`` in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="newsclean-base-") as folder:
        archive = subprocess.run(
            ["git", "-C", str(REPOSITORY), "archive", revision, "src"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        (Path(folder) / "src" / "newsclean" / "_version.py").touch()
        done = subprocess.run(
            [sys.executable, "-c", _WORKER],
            input=json.dumps(list(texts)).encode(),
            capture_output=True,
            check=True,
            env={"PYTHONPATH": str(Path(folder) / "src"), "PATH": "/usr/bin:/bin"},
        )
    return list(json.loads(done.stdout))


# --- scoring ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts of one slice (a corpus, a language, a category)."""

    body: int = 0
    body_kept: int = 0
    boilerplate: int = 0
    boilerplate_removed: int = 0

    def add(self, is_body: bool, removed: bool) -> None:
        if is_body:
            self.body += 1
            self.body_kept += not removed
        else:
            self.boilerplate += 1
            self.boilerplate_removed += removed

    @property
    def kept_share(self) -> float | None:
        return self.body_kept / self.body if self.body else None

    @property
    def removed_share(self) -> float | None:
        return self.boilerplate_removed / self.boilerplate if self.boilerplate else None


@dataclass
class Scores:
    """Every tally of one system on the labelled documents."""

    lines: dict[tuple[str, ...], Tally] = field(default_factory=lambda: defaultdict(Tally))
    snippets: dict[tuple[str, ...], Tally] = field(default_factory=lambda: defaultdict(Tally))
    leftovers: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    lost_sites: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    lost_new: Counter[str] = field(default_factory=Counter)  # lost here, kept by the base revision
    leftover_sites: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    leftover_snippets: Counter[str] = field(default_factory=Counter)  # ``without`` ones that survive


def score(
    documents: Sequence[Document],
    removed: Sequence[Removed],
    codes: Sequence[Sequence[str | None]] | None,
    base: Sequence[Removed] | None = None,
) -> Scores:
    """Tally each line's fate; with ``base`` (another revision's flags), count apart the body
    lines lost here that the base kept: what a change costs, beside what it inherits."""
    scores = Scores()
    for n, (document, flags) in enumerate(zip(documents, removed, strict=True)):
        page = document.page
        keys = [(page.corpus,), (page.corpus, f"lang:{page.language}")]
        for i, (line, gone) in enumerate(zip(document.lines, flags, strict=True)):
            if line.label in ("unknown", "comments"):
                continue
            is_body = line.label == "body"
            for key in keys:
                scores.lines[key].add(is_body, gone)
            if line.label in BOILERPLATE_LABELS:
                scores.lines[(page.corpus, f"category:{line.label}")].add(is_body, gone)
            shown = squeeze(line.text)[:120]
            if is_body and gone:
                code = codes[n][i] if codes else None
                entry = f"{shown}  [{code}]" if code else shown
                scores.lost[entry] += 1
                scores.lost_sites[entry].add(f"{page.corpus}/{page.id}")
                if base is not None and not base[n][i]:
                    scores.lost_new[entry] += 1
            elif not is_body and not gone:
                scores.leftovers[shown] += 1
                scores.leftover_sites[shown].add(page.site)
        if document.snippets:
            pairs = zip(document.lines, flags, strict=True)
            kept = squeeze("\n".join(line.text for line, gone in pairs if not gone))
            for snippet in document.snippets:
                survives = squeeze(snippet.text) in kept
                for key in keys:
                    scores.snippets[key].add(snippet.body, not survives)
                if not snippet.body and survives:
                    scores.leftover_snippets[f"{squeeze(snippet.text)[:110]}  ({page.site})"] += 1
                if snippet.body and not survives:
                    _note_lost_snippet(scores, document, flags, codes[n] if codes else None,
                                       base[n] if base is not None else None, snippet.text)
    return scores


def _note_lost_snippet(
    scores: Scores, document: Document, flags: Sequence[bool], codes: Sequence[str | None] | None,
    base: Sequence[bool] | None, text: str,
) -> None:
    """A lost ``with`` snippet, listed with the rules that removed the lines holding it."""
    wanted = squeeze(text)
    holding = [i for i, line in enumerate(document.lines)
               if flags[i] and (squeeze(line.text) in wanted or wanted in squeeze(line.text))]
    rules = sorted({codes[i] for i in holding if codes and codes[i]})
    entry = f"snippet: {wanted[:110]}  [{', '.join(rules) or '?'}]"
    scores.lost[entry] += 1
    scores.lost_sites[entry].add(f"{document.page.corpus}/{document.page.id}")
    if base is not None and holding and not any(base[i] for i in holding):
        scores.lost_new[entry] += 1


# --- report ------------------------------------------------------------------------------------------


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _rows(
    title: str, systems: dict[str, Scores], table: Callable[[Scores], dict[tuple[str, ...], Tally]]
) -> list[str]:
    names = list(systems)
    keys = sorted({key for scores in systems.values() for key in table(scores)})
    header = "| " + title + " | lines | " + " | ".join(
        f"body kept ({name}) | boilerplate removed ({name})" for name in names
    ) + " |"
    out = [header, "|" + " --- |" + " ---: |" * (1 + 2 * len(names))]
    for key in keys:
        first = table(systems[names[0]])[key]
        cells = [f"{first.body} / {first.boilerplate}"]
        for name in names:
            tally = table(systems[name]).get(key, Tally())
            cells += [_share(tally.kept_share), _share(tally.removed_share)]
        out.append(f"| {' '.join(key)} | " + " | ".join(cells) + " |")
    return out


def report(systems: dict[str, Scores], show: int) -> str:
    out = ["## Lines of trafilatura's text (body / boilerplate lines)", ""]
    out += _rows("corpus", systems, lambda s: s.lines)
    out += ["", "## Snippets (`with` snippets / `without` snippets trafilatura leaves in)", ""]
    out += _rows("corpus", systems, lambda s: s.snippets)
    current = systems[list(systems)[-1]]
    if show:
        out += ["", f"## Leftovers that survive, most frequent first (top {show})", ""]
        out += [
            f"{count:4} {len(current.leftover_sites[line]):3} sites  {line}"
            for line, count in current.leftovers.most_common(show)
        ]
        out += ["", f"## `without` snippets that survive, most frequent first (top {show})", ""]
        out += [f"{count:4}  {snippet}" for snippet, count in current.leftover_snippets.most_common(show)]
        new = sum(current.lost_new.values())
        since = f"; {new} of them kept by the base revision, marked +" if len(systems) > 1 else ""
        out += ["", f"## Body lines lost ({sum(current.lost.values())}{since}), most frequent first", ""]
        out += [
            f"{count:4}{'+' if current.lost_new[line] else ' '} {line}  "
            f"({', '.join(sorted(current.lost_sites[line])[:2])})"
            for line, count in current.lost.most_common()
        ]
    return "\n".join(out)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=corpora.CORPORA, help="default: all")
    parser.add_argument("--base", metavar="REV", help="also run this git revision, side by side")
    parser.add_argument("--show", type=int, default=40, metavar="N", help="leftovers to list (0: none)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for a first extraction")
    args = parser.parse_args(list(argv) if argv is not None else None)

    documents: list[Document] = []
    for name in args.corpus or corpora.CORPORA:
        listed = list(corpora.pages(name))
        texts = corpora.extracted(listed, jobs=args.jobs)
        documents += [label_document(page, texts[page.id]) for page in listed]
    texts = [document.text for document in documents]
    systems: dict[str, Scores] = {}
    base = removed_at(args.base, texts) if args.base else None
    if args.base and base is not None:
        systems[args.base] = score(documents, base, None)
    flags, codes = removed_here(texts)
    systems["this tree"] = score(documents, flags, codes, base)
    print(f"Text mode, {len(documents)} pages; command: python benchmarks/textmode.py "
          + " ".join(sys.argv[1:] if argv is None else argv))
    print()
    print(report(systems, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
