"""Whether this tree cleans exactly as a revision does: for checking that an optimisation is one.

    python benchmarks/same_output.py --base REV [--html-every N] [--no-html]

Text mode: ``Cleaner(format="text")``'s ``clean()`` and ``explain()`` (every removal's code,
span, reason and note) on every cached trafilatura text (``~/.cache/newsclean-bench``, all
corpora, each distinct text once) and on every synthetic article. HTML mode: the same on every
``N``-th page of ``../shared/corpus`` (default 29: about a hundred pages). The revision runs in
a git worktree, in its own process; differences are listed by document and rule code, without
the documents' text (the held-out synthetic articles run here too; their text is not shown).
The exit status is 1 when anything differs.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "newsclean-bench"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

Outputs = dict[str, tuple[str, list[str]]]  # document -> (cleaned text, removals as JSON)


def texts() -> Iterator[tuple[str, str]]:
    """Every distinct cached trafilatura text, then every synthetic article's text."""
    seen: set[str] = set()
    for path in sorted(CACHE.glob("*-trafilatura-*.json")):
        found = json.loads(path.read_text(encoding="utf-8"))
        items = sorted(found.items()) if isinstance(found, dict) else list(enumerate(found))
        for key, text in items:
            if not isinstance(text, str):
                continue
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            if digest not in seen:
                seen.add(digest)
                yield f"{path.name}:{key}", text
    for path in sorted((ROOT / "benchmarks" / "synthetic").glob("*/*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        yield str(path.relative_to(ROOT)), article["separator"].join(b["text"] for b in article["blocks"])


def pages(every: int) -> Iterator[tuple[str, str]]:
    for path in sorted(glob.glob(str(SHARED_CORPUS / "*" / "*.html.gz")))[::every]:
        yield str(Path(path).relative_to(SHARED_CORPUS)), gzip.decompress(Path(path).read_bytes()).decode(
            "utf-8", "replace"
        )


def outputs(html_every: int | None) -> Outputs:
    """What the ``newsclean`` on ``sys.path`` makes of every document."""
    import newsclean

    def removals(cleaned: newsclean.Cleaned) -> list[str]:
        return [json.dumps(r.as_dict(), sort_keys=True, default=str) for r in cleaned.removals]

    found: Outputs = {}
    text_mode = newsclean.Cleaner(format="text")
    for key, text in texts():
        found[f"text {key}"] = (text_mode.clean(text), removals(text_mode.explain(text)))
    if html_every:
        html_mode = newsclean.Cleaner()
        for key, html in pages(html_every):
            found[f"html {key}"] = (html_mode.clean(html), removals(html_mode.explain(html)))
    return found


def differences(base: Outputs, this: Outputs) -> list[str]:
    lines = []
    for key in sorted(base.keys() | this.keys()):
        if base.get(key) == this.get(key):
            continue
        if key not in base or key not in this:
            lines.append(f"{key}: only in {'this tree' if key in this else 'the base'}")
            continue
        (base_text, base_removals), (text, removals) = base[key], this[key]
        lost = [f"-{_where(found)}" for found in sorted(set(base_removals) - set(removals))]
        gained = [f"+{_where(found)}" for found in sorted(set(removals) - set(base_removals))]
        changed = " ".join(lost + gained) or "the same removals in another order"
        lines.append(f"{key}: {'text differs; ' if text != base_text else ''}{changed}")
    return lines


def _where(removal: str) -> str:
    found = json.loads(removal)
    return f"{found.get('code')}@{found.get('start')}:{found.get('end')}"


def _run_in(src: Path, html_every: int | None, into: Path) -> None:
    worker = "import pickle, sys; sys.path.insert(0, sys.argv[1]); import same_output; " \
             "pickle.dump(same_output.outputs(int(sys.argv[2]) or None), open(sys.argv[3], 'wb'))"
    environment = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT / 'benchmarks'}"}
    subprocess.run(
        [sys.executable, "-c", worker, str(ROOT / "benchmarks"), str(html_every or 0), str(into)],
        check=True, env=environment,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", metavar="REV", required=True)
    parser.add_argument("--html-every", type=int, default=29, metavar="N")
    parser.add_argument("--no-html", action="store_true")
    args = parser.parse_args(argv)
    html_every = None if args.no_html else args.html_every
    with tempfile.TemporaryDirectory() as workdir:
        tree = Path(workdir) / "base"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", "-q", str(tree), args.base], check=True)
        try:
            _run_in(tree / "src", html_every, Path(workdir) / "base.pickle")
        finally:
            subprocess.run([*git, "remove", "--force", str(tree)], check=True)
        _run_in(ROOT / "src", html_every, Path(workdir) / "this.pickle")
        base = pickle.loads((Path(workdir) / "base.pickle").read_bytes())
        this = pickle.loads((Path(workdir) / "this.pickle").read_bytes())
    found = differences(base, this)
    print(f"{len(this)} documents ({sum(k.startswith('html') for k in this)} HTML pages): "
          f"{len(found)} differ from {args.base}")
    for line in found[:500]:
        print(" ", line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
