"""HTML mode on synthetic modern news pages in seven languages, against trafilatura.

    python benchmarks/synthetic_pages.py [--split all|dev|held-out] [--base REV] [--show N]

The pages (``synthetic_pages/<lang>/<id>.html``) were written blind, each with its true
article text block by block and the visible furniture around it by category
(``<id>.json``; see ``synthetic_pages/README.md``). Each page is cleaned by
``newsclean.clean(html, url=url)`` and extracted by ``trafilatura.extract(html,
include_comments=False)``, and both are scored as ``pages.py`` scores the shared corpora: the
AEB shingle metric against the true body (mean page precision and recall, F1 of the means), and
*loss pages*, where newsclean's recall is more than 0.05 below trafilatura's, listed with the
rules whose removals held the lost text. Furniture is counted block by block: a block is left
in when half its 4-word sequences or more are in the output (blocks whose words are all the
article's, a pull quote's repeat, are not counted).

``--show N`` lists every body block newsclean loses that trafilatura keeps (with the rule
that removed it) and N furniture blocks left in, per split. With ``--base REV`` that revision
(checked out into a temporary git worktree) cleans the same pages in a second process and
both are reported side by side. The development split is the pages numbered 1, 3, 5; the
held-out split 2, 4, 6, read only for their scores.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import aeb

ROOT = Path(__file__).resolve().parent
PAGES = ROOT / "synthetic_pages"
LOSS = 0.05  # a page whose recall is this much below trafilatura's lost article text


@dataclass(frozen=True)
class Page:
    id: str
    language: str
    url: str
    html: str
    body: tuple[str, ...]
    furniture: tuple[tuple[str, str], ...]  # (text, category)

    @property
    def split(self) -> str:
        return "dev" if int(self.id.rsplit("h", 1)[1]) % 2 else "held-out"


def load(split: str = "all") -> list[Page]:
    found = []
    for path in sorted(PAGES.glob("*/*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        page = Page(
            meta["id"], meta["language"], meta["url"],
            path.with_suffix(".html").read_text(encoding="utf-8"),
            tuple(meta["body"]),
            tuple((block["text"], block["category"]) for block in meta["furniture"]),
        )
        if split in ("all", page.split):
            found.append(page)
    return found


def outputs(pages: Sequence[Page], src: Path | None = None) -> list[str]:
    """newsclean's text of each page: this tree's, or the one under ``src`` (in a subprocess)."""
    if src is None:
        import newsclean

        cleaner = newsclean.Cleaner(format="html")
        return [cleaner.clean(page.html, url=page.url) for page in pages]
    script = (
        "import json, sys, newsclean\n"
        "pages = json.load(sys.stdin)\n"
        "cleaner = newsclean.Cleaner(format='html')\n"
        "json.dump([cleaner.clean(html, url=url) for html, url in pages], sys.stdout)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps([(p.html, p.url) for p in pages]),
        capture_output=True, text=True, check=True, env={"PYTHONPATH": str(src / "src")},
    )
    return list(json.loads(run.stdout))


def extracted(pages: Sequence[Page]) -> list[str]:
    import trafilatura

    return [trafilatura.extract(page.html, include_comments=False) or "" for page in pages]


def left_in(text: str, output: Counter[tuple[str, ...]], body: Counter[tuple[str, ...]]) -> bool | None:
    """Whether a furniture block is in the output (None: its words are all the article's)."""
    own = aeb.shingles(text)
    if not own or not own - body:
        return None
    return sum((own & output).values()) * 2 >= sum(own.values())


def mean(values: list[float | None]) -> float:
    present = [v for v in values if v is not None]
    return sum(present) / max(len(present), 1)


def report(name: str, pages: Sequence[Page], ours: Sequence[str], theirs: Sequence[str]) -> dict:
    scores = [aeb.score_page("\n".join(p.body), text) for p, text in zip(pages, ours, strict=True)]
    their_scores = [aeb.score_page("\n".join(p.body), text) for p, text in zip(pages, theirs, strict=True)]
    left, total = furniture_counts(pages, ours)
    their_left, _ = furniture_counts(pages, theirs)
    losses = [
        (page, s, t) for page, s, t in zip(pages, scores, their_scores, strict=True)
        if (t.recall or 0) - (s.recall or 0) > LOSS
    ]
    return {
        "name": name,
        "precision": mean([s.precision for s in scores]),
        "recall": mean([s.recall for s in scores]),
        "their_precision": mean([s.precision for s in their_scores]),
        "their_recall": mean([s.recall for s in their_scores]),
        "removed": 1 - sum(left.values()) / max(sum(total.values()), 1),
        "their_removed": 1 - sum(their_left.values()) / max(sum(total.values()), 1),
        "left": sum(left.values()),
        "their_left": sum(their_left.values()),
        "by_category": {c: 1 - left[c] / total[c] for c in sorted(total)},
        "counts": dict(total),
        "losses": [(p.id, s.recall or 0.0, t.recall or 0.0) for p, s, t in losses],
    }


def furniture_counts(pages: Sequence[Page], outputs: Sequence[str]) -> tuple[Counter[str], Counter[str]]:
    """Per category, the furniture blocks left in the outputs, and those counted."""
    left: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for page, text in zip(pages, outputs, strict=True):
        output, body = aeb.shingles(text), aeb.shingles("\n".join(page.body))
        for block, category in page.furniture:
            verdict = left_in(block, output, body)
            if verdict is not None:
                total[category] += 1
                left[category] += verdict
    return left, total


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def lost_blocks(pages: Sequence[Page], ours: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """Body blocks newsclean loses that trafilatura keeps, with the rule that removed each."""
    import newsclean

    cleaner = newsclean.Cleaner(format="html")
    lines = []
    for page, text, their_text in zip(pages, ours, theirs, strict=True):
        output, their_output = aeb.shingles(text), aeb.shingles(their_text)
        removals = None
        for block in page.body:
            own = aeb.shingles(block)
            if not own or sum((own & their_output).values()) * 2 < sum(own.values()):
                continue
            if sum((own & output).values()) * 2 >= sum(own.values()):
                continue
            if removals is None:
                removals = cleaner.explain(page.html, url=page.url, metadata=False).removals
            codes = sorted({r.code for r in removals if aeb.shingles(r.text) & own}) or ["extraction"]
            lines.append(f"  {page.id}  [{', '.join(codes)}]  {block[:110]}")
    return lines


def furniture_left(pages: Sequence[Page], ours: Sequence[str], limit: int) -> list[str]:
    lines = []
    for page, text in zip(pages, ours, strict=True):
        output, body = aeb.shingles(text), aeb.shingles("\n".join(page.body))
        for block, category in page.furniture:
            if left_in(block, output, body):
                lines.append(f"  {page.id}  {category:15} {block[:100]}")
    return lines[:limit]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("all", "dev", "held-out"), default="all")
    parser.add_argument("--base", help="also run this git revision, side by side")
    parser.add_argument("--show", type=int, default=0, help="furniture blocks left to list")
    args = parser.parse_args(argv)
    pages = load(args.split)
    theirs = extracted(pages)
    runs = {"this tree": outputs(pages)}
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["git", "worktree", "add", "-q", "--detach", tmp, args.base],
                           cwd=ROOT.parent, check=True)
            try:
                runs = {args.base: outputs(pages, Path(tmp)), **runs}
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", tmp], cwd=ROOT.parent, check=True)
    command = " ".join(["python benchmarks/synthetic_pages.py", *(argv or sys.argv[1:])])
    print(f"Synthetic pages ({args.split}): {len(pages)}; command: {command}\n")
    print("| slice | pages | system | F1 | P | R | trafilatura F1 | P | R | loss pages | furniture left: "
          "newsclean | trafilatura |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    reports = {}
    for label, ours in runs.items():
        slices = [("all", list(range(len(pages))))]
        for language in sorted({p.language for p in pages}):
            slices.append((f"lang:{language}", [i for i, p in enumerate(pages) if p.language == language]))
        for name, index in slices:
            r = report(name, [pages[i] for i in index], [ours[i] for i in index], [theirs[i] for i in index])
            reports[(label, name)] = r
            print(f"| {name} | {len(index)} | {label} | {f1(r['precision'], r['recall']):.3f} | "
                  f"{r['precision']:.3f} | {r['recall']:.3f} | "
                  f"{f1(r['their_precision'], r['their_recall']):.3f} | {r['their_precision']:.3f} | "
                  f"{r['their_recall']:.3f} | {len(r['losses'])} | {r['left']} | {r['their_left']} |")
    for label in runs:
        whole = reports[(label, "all")]
        print(f"\n{label}: furniture removed by category: " + ", ".join(
            f"{c} {share:.2f} ({whole['counts'][c]})" for c, share in whole["by_category"].items()))
        for page_id, ours_recall, their_recall in whole["losses"]:
            print(f"    loss {page_id}: recall {ours_recall:.2f} vs {their_recall:.2f}")
    ours = runs["this tree"]
    lost = lost_blocks(pages, ours, theirs)
    print(f"\n## Body blocks trafilatura keeps and this tree loses ({len(lost)})\n")
    print("\n".join(lost))
    if args.show:
        print("\n## Furniture left in (this tree)\n")
        print("\n".join(furniture_left(pages, ours, args.show)))


if __name__ == "__main__":
    main()
