"""The documentation is tested like code: its site builds strictly, and its examples run.

Every ```python block of a page runs, in order, with the variables the prose
assumes (``raw_text``, ``text``, ``html_bytes``), in a directory holding the
rule file that docs/configuration.md shows and the files the workflow pages
read (``news.jsonl``, and ``raw/`` holding it). Pages that need an extra
(datatrove, Spark, datasets) are skipped when it is not installed. Every ```toml block must load as
a rule file, except a vocabulary excerpt, whose phrases must be the vocabulary's and whose examples
must do what they say. Explanations shown in the docs must be what ``explain()`` prints.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import newsclean
from newsclean.catalog import _vocabulary

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = ROOT / "seeds" / "001_c0a67766957bcf76.txt"
_FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(page: Path, language: str) -> list[str]:
    return [body for lang, body in _FENCE.findall(page.read_text(encoding="utf-8")) if lang == language]


def test_the_site_builds_in_strict_mode(tmp_path: Path) -> None:
    # Strict: a broken link, a missing page or an unresolvable API reference fails the build.
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or shutil.which("mkdocs")
    assert mkdocs, "mkdocs is in the dev dependency group: pip install -e . --group dev"
    build = subprocess.run(
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )
    assert build.returncode == 0, build.stderr[-3000:]


def _corpus(folder: Path) -> None:
    urls = ["https://www.jns.org/blinken-gantz/", "https://www.axios.com/2024/04/16/blinken-iran"]
    lines = [
        json.dumps({"id": seed.stem, "url": url, "text": seed.read_text(encoding="utf-8")})
        for seed, url in zip(SEEDS, urls, strict=True)
    ]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "raw").mkdir()
    (folder / "raw" / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p, "python")], ids=lambda p: p.name)
def test_python_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = page.read_text(encoding="utf-8")
    for module in ("datatrove", "pyspark", "datasets"):
        if f"import {module}" in source or f"from {module}" in source:
            pytest.importorskip(module)
    rule_file = _blocks(ROOT / "docs" / "configuration.md", "toml")[0]
    (tmp_path / "newsclean.toml").write_text(rule_file, encoding="utf-8")
    _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # Spark's workers need newsclean too
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    if "from pyspark" in source:
        # In its own interpreter: a Spark JVM started earlier in the suite would resolve the
        # page's relative paths against that JVM's working directory, not this test's.
        script = "\n".join(_blocks(page, "python"))
        run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
        assert run.returncode == 0, f"{page.name}'s python blocks fail:\n{run.stderr[-3000:]}"
        return
    namespace = {
        "raw_text": SEED.read_text(encoding="utf-8"),
        "text": SEED.read_text(encoding="utf-8"),
        "html_bytes": (ROOT / "fixtures" / "html" / "figure-credit.html").read_bytes(),
        "print": lambda *args, **kwargs: None,
    }
    for number, block in enumerate(_blocks(page, "python"), start=1):
        try:
            exec(compile(block, f"{page.name} python block {number}", "exec"), namespace)
        except Exception as error:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{page.name}, python block {number} raises {error!r}:\n{block}")


def _is_vocabulary(block: str) -> bool:
    tables = tomllib.loads(block)
    return bool(tables) and all(name in _vocabulary.concept_names() for name in tables)


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p, "toml")], ids=lambda p: p.name)
def test_rule_files_in_the_docs_load(page: Path, tmp_path: Path) -> None:
    for number, block in enumerate(_blocks(page, "toml"), start=1):
        if _is_vocabulary(block):
            continue
        path = tmp_path / f"block{number}.toml"
        path.write_text(block, encoding="utf-8")
        config = newsclean.Config.from_file(path)  # checks every rule's own examples too
        assert config.extra_rules, f"{page.name}, toml block {number} defines no rule"


def test_vocabulary_shown_is_the_real_one() -> None:
    excerpts = [block for page in PAGES for block in _blocks(page, "toml") if _is_vocabulary(block)]
    assert excerpts, "docs/languages.md shows a vocabulary excerpt"
    for block in excerpts:
        for name, table in tomllib.loads(block).items():
            real = _vocabulary.concept(name)
            for key, phrases in table.items():
                if key in ("removes", "keeps"):
                    for text in phrases:
                        assert (newsclean.clean(text) == "") == (key == "removes"), (name, key, text)
                else:
                    assert set(phrases) <= set(real.get(key)), (name, key)


@pytest.mark.parametrize("page", [ROOT / "README.md", ROOT / "docs" / "index.md"], ids=lambda p: p.name)
def test_the_explanation_shown_is_the_real_one(page: Path) -> None:
    shown = next(block for block in _blocks(page, "text") if block.startswith("removed "))
    assert shown == newsclean.explain(SEED.read_text(encoding="utf-8")).render() + "\n"
