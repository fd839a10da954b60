"""Regenerate the seeds' golden fixtures (output and explanation) after a deliberate change.

    python scripts/update_fixtures.py

Review the diff, and say in CHANGELOG.md what changed for users.
"""

from __future__ import annotations

from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        fixtures = ROOT / "fixtures" / "seeds"
        (fixtures / seed.name).write_text(newsclean.clean(text) + "\n", encoding="utf-8")
        (fixtures / f"{seed.stem}.explain.txt").write_text(
            newsclean.explain(text).render() + "\n", encoding="utf-8"
        )
        print(f"updated {seed.stem}")


if __name__ == "__main__":
    main()
