"""Regenerate the seeds' golden fixtures from the current engine, and show what changed.

    python scripts/update_fixtures.py

Run it only after deciding an output change is right; then note the change
in CHANGELOG.md. The diff printed here is what users will see change.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        result = newsclean.explain(text)
        outputs = {
            ROOT / "fixtures" / "seeds" / seed.name: result.text + "\n",
            ROOT / "fixtures" / "seeds" / f"{seed.stem}.explain.txt": result.render() + "\n",
        }
        for path, new in outputs.items():
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            if old != new:
                diff = difflib.unified_diff(old.splitlines(), new.splitlines(), str(path), "new", lineterm="")
                print("\n".join(diff))
                path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
