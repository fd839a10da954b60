"""Instructions per run of text-mode cleaning, counted by callgrind: this tree against a revision.

    python benchmarks/instructions.py [--base REV] [--top N]

Wall time on a shared VM swings by 20% from one run to the next, which hides
a 5% change. Instruction counts do not swing: the same code on the same input
executes the same instructions, whatever else the machine is doing. This
script runs the corpus of ``speed.py`` under ``valgrind --tool=callgrind``
once and three times after a warm-up, and reports half the difference: the
instructions of one pass over the corpus, without start-up and compilation.
With ``--base``, the same is measured for that revision (checked out into a
temporary git worktree) and the ratio printed; ``--top`` lists the C
functions the instructions of one pass go to, which is where a profile of
Python code cannot see (regular expressions, the keyword scan, allocation).

Instructions are not time (a cache miss costs more than an add), so a change
is confirmed by ``speed.py`` too; but a change that does not move the count
does not make cleaning faster.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import DEFAULT_CORPUS, extracted_corpus

ROOT = Path(__file__).resolve().parents[1]

# Run under callgrind: warm up (compiles every pattern), then clean the corpus ``passes`` times.
_WORKLOAD = """
import json, sys
import newsclean
documents = json.load(open(sys.argv[2], encoding="utf-8"))
cleaner = newsclean.Cleaner()
for document in documents:
    cleaner.clean(document)
for _ in range(int(sys.argv[1])):
    for document in documents:
        cleaner.clean(document)
"""

_FUNCTION_LINE = re.compile(r"\s*([\d,]+) \([^)]*\)\s+(\S.*?)(?: \[.*)?$")


def per_pass(source: Path, documents: Path, workdir: Path) -> tuple[int, collections.Counter[str]]:
    """Instructions of one pass over the corpus with ``source`` on the path, and per C function."""
    counts = []
    for passes in (1, 3):
        out = workdir / f"callgrind-{source.parent.name}-{passes}.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
             sys.executable, "-c", _WORKLOAD, str(passes), str(documents)],
            env={**os.environ, "PYTHONPATH": str(source)},
            check=True, capture_output=True,
        )
        counts.append(_functions(out))
    difference = collections.Counter({name: (counts[1][name] - counts[0][name]) // 2 for name in counts[1]})
    return sum(difference.values()), difference


def _functions(profile: Path) -> collections.Counter[str]:
    annotated = subprocess.run(
        ["callgrind_annotate", "--threshold=100", str(profile)], check=True, capture_output=True, text=True
    ).stdout
    functions: collections.Counter[str] = collections.Counter()
    for line in annotated.splitlines():
        found = _FUNCTION_LINE.match(line)
        if found and ":" in found.group(2):
            # A recursive call is listed apart as name'2: it is the same function.
            name = found.group(2).rsplit(":", 1)[-1].split("'")[0]
            functions[name] += int(found.group(1).replace(",", ""))
    return functions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--base", help="a git revision to compare with (default: none)")
    parser.add_argument("--top", type=int, default=15, help="C functions to list (default: 15)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    texts = extracted_corpus(args.corpus)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(f"corpus: {len(texts)} documents from {args.corpus.name}, {megabytes:.2f} MB")
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        documents = workdir / "documents.json"
        documents.write_text(json.dumps(texts), encoding="utf-8")
        total, functions = per_pass(ROOT / "src", documents, workdir)
        per_byte = total / megabytes / 1e6
        print(f"this tree: {total / 1e6:.1f} M instructions per pass ({per_byte:.0f} per byte)")
        if args.base:
            tree = workdir / "base"
            git = ["git", "-C", str(ROOT), "worktree"]
            subprocess.run([*git, "add", "--detach", "-q", str(tree), args.base], check=True)
            try:
                base, _ = per_pass(tree / "src", documents, workdir)
            finally:
                subprocess.run([*git, "remove", "--force", str(tree)], check=True)
            print(f"{args.base}: {base / 1e6:.1f} M instructions per pass; this tree executes "
                  f"{total / base:.3f}x as many")
        print(f"\nwhere one pass goes (top {args.top} C functions; the interpreter's own loop is "
              "_PyEval_EvalFrameDefault)")
        for name, count in functions.most_common(args.top):
            print(f"{count / 1e6:8.2f} M  {100 * count / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
