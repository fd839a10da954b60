"""The documentation is tested like code: its site builds strictly, and its examples run.

Every ```python block of a page runs, in order, in a directory holding the
files the pages name (``article.txt``, ``page.html``, ``news.jsonl``, ``raw/``,
the rule file that docs/configuration.md shows…). Pages that need an extra
(datatrove, Spark, datasets) are skipped when it is not installed. Every
```toml block must load as a rule file, except a vocabulary excerpt, whose
phrases must be the vocabulary's and whose examples must do what they say.
Explanations shown in the docs must be what ``explain()`` prints. And, slow:
every page runs verbatim, its python blocks as one script and a workflow page's
commands in bash, in a fresh virtual environment holding the built wheel and
only the extras the page tells its reader to install.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import zstandard

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
    _workspace(tmp_path)
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
    namespace = {"__name__": "__main__", "print": lambda *args, **kwargs: None}
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


# --- every page, verbatim, in a fresh environment with only its documented extra ---------------

_EXTRA = re.compile(r"pip install '\.\[(\w+)\]'")
# Lines a reader runs once to install, not part of a page's example.
_SETUP = ("pip ", "git ", "python3 -m venv", "make ", ".venv/")


def _documented_extra(page: Path) -> str | None:
    """The extras a page tells its reader to install (in its ```sh blocks: a page on site
    templates installs ``spark`` for its Spark section), comma-separated, if any."""
    found = dict.fromkeys(extra for block in _blocks(page, "sh") for extra in _EXTRA.findall(block))
    return ",".join(found) or None


def _workspace(folder: Path) -> None:
    """The files the pages name: an article, a page, corpora and folders of articles."""
    seeds = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    page = (ROOT / "fixtures" / "html" / "figure-credit.html").read_bytes()
    _corpus(folder)
    rule_file = _blocks(ROOT / "docs" / "configuration.md", "toml")[0]
    (folder / "newsclean.toml").write_text(rule_file, encoding="utf-8")
    (folder / "article.txt").write_text(seeds[1], encoding="utf-8")
    (folder / "story.txt").write_text(seeds[0], encoding="utf-8")
    (folder / "a.txt").write_text(seeds[0], encoding="utf-8")
    (folder / "page.html").write_bytes(page)
    (folder / "b.html").write_bytes(page)
    for name, text in [("articles/one.txt", seeds[0]), ("articles/2024/axios.txt", seeds[1]),
                       ("archive/one.story", seeds[0]), ("archive/draft-two.story", seeds[1])]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    corpus = (folder / "news.jsonl").read_bytes()
    (folder / "news.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(corpus))
    (folder / "sample.jsonl").write_bytes(corpus)
    (folder / "shards").mkdir()
    (folder / "shards" / "00.jsonl").write_bytes(corpus)
    (folder / "shards" / "01.jsonl").write_bytes(corpus)
    crawl = [json.dumps({"id": n, "content": text}) for n, text in enumerate(seeds)]
    (folder / "crawl.jsonl").write_text("\n".join(crawl) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def fresh_environment(dist: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A virtual environment per extra with the built wheel and that extra, nothing else."""
    import venv

    made: dict[str | None, Path] = {}

    def make(extra: str | None) -> Path:
        if extra not in made:
            (wheel,) = dist.glob("*.whl")
            folder = tmp_path_factory.mktemp(f"env-{extra or 'base'}")
            venv.create(folder, with_pip=True)
            target = f"{wheel}[{extra}]" if extra else str(wheel)
            install = subprocess.run(
                [str(folder / "bin" / "python"), "-m", "pip", "install", "--quiet", target],
                capture_output=True, text=True, check=False,
            )
            assert install.returncode == 0, install.stderr[-3000:]
            made[extra] = folder
        return made[extra]

    return make


def _environment(tmp_path: Path, path: str) -> dict[str, str]:
    # As a reader runs it: no PYTHONPATH, no PYSPARK_PYTHON, nothing of this test run's environment.
    keep = ("HOME", "LANG", "LC_ALL", "JAVA_HOME", "TMPDIR")
    environment = {key: value for key, value in os.environ.items() if key in keep}
    environment.update(PATH=path, HF_HOME=str(tmp_path / "hf"), HF_DATASETS_CACHE=str(tmp_path / "hf-cache"))
    return environment


RUNNABLE = [p for p in PAGES if _blocks(p, "python") or (p.parent.name == "workflows" and _blocks(p, "sh"))]


@pytest.mark.slow  # builds the wheel and a virtual environment per extra (Spark's is 400 MB)
@pytest.mark.parametrize("page", RUNNABLE, ids=lambda p: p.name)
def test_a_page_runs_verbatim_in_a_fresh_environment_with_its_extra(
    page: Path, tmp_path: Path, fresh_environment  # type: ignore[no-untyped-def]
) -> None:
    python_blocks = _blocks(page, "python")
    java = shutil.which("java") or os.environ.get("JAVA_HOME")
    if "pyspark" in "".join(python_blocks) and not java:
        pytest.skip("Spark needs Java (17 or newer)")
    env_dir = fresh_environment(_documented_extra(page))
    _workspace(tmp_path)
    if python_blocks:
        # The page's python blocks, one script, run by the environment's interpreter, not activated.
        (tmp_path / "page.py").write_text("\n".join(python_blocks), encoding="utf-8")
        run = subprocess.run(
            [str(env_dir / "bin" / "python"), "page.py"], cwd=tmp_path, capture_output=True, text=True,
            env=_environment(tmp_path, "/usr/bin:/bin"), timeout=600,
        )
        assert run.returncode == 0, f"{page.name}'s python blocks fail:\n{run.stderr[-3000:]}"
    if page.parent.name == "workflows":
        # The page's commands, with the environment activated (its bin/ first on PATH).
        for block in _blocks(page, "sh"):
            commands = "\n".join(line for line in block.splitlines() if not line.startswith(_SETUP))
            run = subprocess.run(
                ["bash", "-e", "-o", "pipefail", "-c", commands], cwd=tmp_path, capture_output=True,
                text=True, env=_environment(tmp_path, f"{env_dir / 'bin'}:/usr/bin:/bin"), timeout=600,
            )
            assert run.returncode == 0, f"{page.name}: `{commands}` fails:\n{run.stderr[-3000:]}"
