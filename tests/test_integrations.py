"""Pipeline integrations: datatrove, Spark (a real local session), Hugging Face datasets, missing extras."""

from __future__ import annotations

import gzip
import importlib
import json
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
AXIOS = (ROOT / "fixtures" / "sites" / "axios.txt").read_text(encoding="utf-8")
HTML_PAGE = (ROOT / "fixtures" / "html" / "donation-box.html").read_text(encoding="utf-8")
ROWS = [
    ("a", SEEDS[0], None),
    ("b", SEEDS[1], "https://www.axios.com/2024/04/16/blinken"),
    ("c", AXIOS, "https://www.axios.com/2024/04/16/gas-prices"),
    ("d", AXIOS, None),
    ("e", HTML_PAGE, "https://example.com/story"),
    ("f", "Nothing to remove here.", None),
    ("g", "", None),
]


# --- missing extras --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "framework", "extra"),
    [
        ("newsclean.integrations.spark", "pyspark", "spark"),
        ("newsclean.integrations.datatrove", "datatrove", "datatrove"),
    ],
)
def test_a_missing_extra_says_which_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str, framework: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, framework, None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, module, raising=False)
    with pytest.raises(ImportError, match=rf"pip install '\.\[{extra}\]' in a checkout"):
        importlib.import_module(module)


# --- datatrove -------------------------------------------------------------------------------


def test_the_datatrove_step_cleans_records_and_counts_rules() -> None:
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from newsclean.integrations.datatrove import NewsCleanFormatter

    step = NewsCleanFormatter()
    documents = [Document(text=text, id=key, metadata={"url": url} if url else {}) for key, text, url in ROWS]
    out = list(step.run(iter(documents)))
    assert [doc.text for doc in out] == [newsclean.clean(text, url=url) for _, text, url in ROWS]
    removals = out[0].metadata["newsclean"]["removals"]
    assert removals == [r.as_dict() for r in newsclean.explain(SEEDS[0]).removals]
    stats = step.stats.get_repr() if hasattr(step.stats, "get_repr") else str(step.stats)
    assert "rule_PAY001" in stats
    assert "category_paywall" in stats
    assert step.stats["total"].total == len(ROWS)


def test_the_datatrove_step_can_drop_empty_documents_and_travels_to_workers() -> None:
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from newsclean.integrations.datatrove import NewsCleanFormatter

    step = NewsCleanFormatter(drop_empty=True, metadata_key=None, ignore=("NAV",))
    list(step.run(iter([Document(text="Warm-up.", id="0")])))  # builds the cleaner
    copy = pickle.loads(pickle.dumps(step))  # what an executor does to send it to a worker
    out = list(copy.run(iter([Document(text="Go deeper", id="1"), Document(text="Body.", id="2")])))
    assert [doc.id for doc in out] == ["2"]
    assert "newsclean" not in out[0].metadata
    assert copy.stats["dropped_empty"].total == 1


def test_a_datatrove_pipeline_runs_end_to_end(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newsclean.integrations.datatrove import NewsCleanFormatter

    (tmp_path / "raw").mkdir()
    with open(tmp_path / "raw" / "news.jsonl", "w", encoding="utf-8") as handle:
        for key, text, url in ROWS:
            handle.write(json.dumps({"id": key, "text": text, "url": url}) + "\n")
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "raw")),
            NewsCleanFormatter(),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    (written,) = (tmp_path / "out").iterdir()
    with gzip.open(written, "rt", encoding="utf-8") as handle:
        out = [json.loads(line) for line in handle]
    # datatrove's reader skips documents with empty text; every other one comes out cleaned
    assert [doc["text"] for doc in out] == [newsclean.clean(text, url=url) for _, text, url in ROWS if text]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    assert any("newsclean" in step["name"] and "rule_CRD901" in step["stats"] for step in stats)


# --- Hugging Face datasets -------------------------------------------------------------------


def test_the_batch_cleaner_cleans_a_batch_of_rows() -> None:
    from newsclean.integrations.huggingface import BatchCleaner

    batch = {"text": [text for _, text, _ in ROWS] + [None], "url": [url for _, _, url in ROWS] + [None]}
    out = BatchCleaner(url_column="url", removals_column="removals")(batch)
    assert out["clean_text"] == [newsclean.clean(text, url=url) for _, text, url in ROWS] + [None]
    assert [r["code"] for r in out["removals"][5]] == []
    assert out["removals"][-1] is None
    assert set(BatchCleaner()(batch)) == {"clean_text"}


def test_the_hugging_face_recipe_runs_with_datasets() -> None:
    datasets = pytest.importorskip("datasets")
    from newsclean.integrations.huggingface import BatchCleaner

    table = datasets.Dataset.from_dict(
        {
            "id": [key for key, _, _ in ROWS],
            "text": [text for _, text, _ in ROWS],
            "url": [url for _, _, url in ROWS],
        }
    )
    cleaned = table.map(BatchCleaner(url_column="url"), batched=True, batch_size=3)
    assert cleaned["clean_text"] == [newsclean.clean(text, url=url) for _, text, url in ROWS]
    assert cleaned.column_names == ["id", "text", "url", "clean_text"]


# --- Spark -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java (17 or newer)")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors run this interpreter, with newsclean
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _frame(spark):  # type: ignore[no-untyped-def]
    rows = [(key, text, url) for key, text, url in ROWS] + [("null", None, None)]
    return spark.createDataFrame(rows, "id string, text string, url string").repartition(2)


def test_spark_cleans_a_column_like_the_library(spark) -> None:  # type: ignore[no-untyped-def]
    from newsclean.integrations.spark import clean_column

    cleaned = clean_column(_frame(spark), "text", "clean_text", url_col="url", removals_col="removals")
    rows = {row["id"]: row for row in cleaned.collect()}
    assert cleaned.columns == ["id", "text", "url", "clean_text", "removals"]
    for key, text, url in ROWS:
        assert rows[key]["clean_text"] == newsclean.clean(text, url=url), key
        codes = [removal["code"] for removal in rows[key]["removals"]]
        assert codes == [r.code for r in newsclean.explain(text, url=url).removals], key
    assert rows["null"]["clean_text"] is None


def test_spark_udf_and_options(spark) -> None:  # type: ignore[no-untyped-def]
    from newsclean.integrations.spark import cleaning_udf

    frame = _frame(spark)
    keep_credits = cleaning_udf(ignore=("credit",))
    rows = frame.select("id", "text", "url", keep_credits("text", "url").alias("clean")).collect()
    for row in rows:
        expected = (
            None if row["text"] is None else newsclean.clean(row["text"], url=row["url"], ignore=("credit",))
        )
        assert row["clean"] == expected, row["id"]


def test_spark_rejects_a_column_that_is_not_text(spark) -> None:  # type: ignore[no-untyped-def]
    from newsclean.integrations.spark import clean_column

    numbers = spark.createDataFrame([(1,)], "text int")
    with pytest.raises(TypeError, match="must be string"):
        clean_column(numbers)
    with pytest.raises(ValueError, match="no column 'body'"):
        clean_column(numbers, "body")


_SPARK_JOB = """
from pyspark.sql import SparkSession
from newsclean.integrations.spark import clean_column, cleaning_udf, learn_templates

spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
frame = spark.createDataFrame([("a", "The vote passed.\\n\\nGo deeper")], "id string, text string")
print(clean_column(frame).collect()[0]["clean_text"])
print(frame.select(cleaning_udf()("text").alias("clean")).collect()[0]["clean"])
print(len(learn_templates(frame, site_col="id")))  # one page of one site: no template
spark.stop()
"""


@pytest.mark.slow  # a second Spark session in its own JVM: about 20 s
def test_spark_workers_run_this_interpreter_in_local_mode_without_pyspark_python(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java (17 or newer)")
    # As a user runs it: the environment not activated, `python3` on PATH the system's, without newsclean.
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON", "VIRTUAL_ENV", "PYTHONPATH")
    }
    environment["PATH"] = "/usr/bin:/bin"
    run = subprocess.run(
        [sys.executable, "-c", _SPARK_JOB], cwd=tmp_path, env=environment, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.splitlines()[-3:] == ["The vote passed.", "The vote passed.", "0"]


# --- site templates, learned and applied at scale ------------------------------------------------

_CHROME = {
    "ledger.example": (["Valley Ledger | Independent local news", "Sign up for the morning briefing"],
                       ["Most read", "© Valley Ledger Media. All rights reserved."]),
    "courier.example": (["THE COURIER", "Subscribe for $1 a week"],
                        ["Around the region", "Tips? Write to newsroom@courier.example"]),
    "gazette.example": (["Gazette", "Listen to this article"], ["Share this story", "Advertise with us"]),
}


NEGATIVE = sorted((ROOT / "fixtures" / "negative").glob("*.txt"))
ARTICLES = SEEDS + [path.read_text(encoding="utf-8") for path in NEGATIVE]


def _site_rows() -> list[tuple[str, str, str, str | None]]:
    """(id, text, url, site) of made-up pages of three sites around real articles (seeds and
    the body-safety fixtures):
    each site's chrome, a teaser that changes, one article at two URLs, and a page whose site
    is given by the site column rather than its URL."""
    rows = []
    for number, seed in enumerate(ARTICLES):
        site = sorted(_CHROME)[number % 3]
        head, tail = _CHROME[site]
        teaser = ARTICLES[(number + 5) % len(ARTICLES)].strip().split("\n")[0][:60]
        text = "\n\n".join([*head, seed.strip(), tail[0], teaser, *tail[1:]])
        rows.append((f"p{number}", text, f"https://www.{site}/{number}", None))
    rows.append(("dup", rows[0][1], "https://www.courier.example/again", None))
    rows.append(("keyed", rows[1][1], "https://cdn.example/x", "gazette.example"))
    return rows


def test_a_datatrove_two_stage_pipeline_learns_then_cleans_like_one_process(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newsclean import Templates
    from newsclean.integrations.datatrove import MergeTemplates, NewsCleanFormatter, TemplateLearnerStep

    rows = _site_rows()
    (tmp_path / "raw").mkdir()
    for shard in range(2):  # two files: two tasks learn apart, and their learners are merged
        with open(tmp_path / "raw" / f"news{shard}.jsonl", "w", encoding="utf-8") as handle:
            for key, text, url, site in rows[shard::2]:
                record = {"id": key, "text": text, "url": url, **({"site": site} if site else {})}
                handle.write(json.dumps(record) + "\n")
    learned = str(tmp_path / "learned")
    learn = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(tmp_path / "raw")), TemplateLearnerStep(learned, site_key="site")],
        tasks=2,
        logging_dir=str(tmp_path / "logs-learn"),
    )
    merge = LocalPipelineExecutor(
        pipeline=[MergeTemplates(learned, str(tmp_path / "templates.json"))],
        tasks=1,
        logging_dir=str(tmp_path / "logs-merge"),
        depends=learn,
    )
    clean = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "raw")),
            NewsCleanFormatter(templates=str(tmp_path / "templates.json"), site_key="site"),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=2,
        logging_dir=str(tmp_path / "logs-clean"),
        depends=merge,
    )
    clean.run()
    expected = Templates.learn(
        (site or newsclean.templates.site_of(url), text) for _, text, url, site in rows
    )
    assert len(expected) == 3
    assert Templates.load(tmp_path / "templates.json").dumps() == expected.dumps()
    cleaner = newsclean.Cleaner(templates=expected)
    out = {}
    for written in (tmp_path / "out").iterdir():
        with gzip.open(written, "rt", encoding="utf-8") as handle:
            out.update((doc["id"], doc["text"]) for doc in map(json.loads, handle))
    assert out == {key: cleaner.clean(text, url=url, site=site) for key, text, url, site in rows}
    assert any(code == "TPL101" for code in _codes(cleaner, rows))


def _codes(cleaner: newsclean.Cleaner, rows: list[tuple[str, str, str, str | None]]) -> list[str]:
    return [r.code for _, text, url, site in rows for r in cleaner.explain(text, url=url, site=site).removals]


def test_spark_learns_templates_and_cleans_with_them_like_one_process(spark) -> None:  # type: ignore[no-untyped-def]
    from newsclean import Templates
    from newsclean.integrations.spark import clean_column, learn_templates

    rows = _site_rows()
    frame = spark.createDataFrame(rows, "id string, text string, url string, site string").repartition(3)
    pages = [(site or newsclean.templates.site_of(url), text) for _, text, url, site in rows]
    expected = Templates.learn(pages)
    learned = learn_templates(frame, "text", url_col="url", site_col="site")
    assert len(expected) == 3
    assert learned.dumps() == expected.dumps()
    # a sample smaller than the sites: the same pages kept per site as one learner keeps
    small = Templates.learn(pages, sample=4, min_pages=2)
    assert len(small) == 3
    assert learn_templates(frame, url_col="url", site_col="site", sample=4, min_pages=2) == small
    cleaned = clean_column(frame, "text", "clean_text", url_col="url", site_col="site", templates=learned)
    out = {row["id"]: row["clean_text"] for row in cleaned.collect()}
    cleaner = newsclean.Cleaner(templates=expected)
    assert out == {key: cleaner.clean(text, url=url, site=site) for key, text, url, site in rows}
    assert out != {key: newsclean.clean(text, url=url) for key, text, url, _ in rows}


def test_spark_learns_nothing_from_sites_of_one_page(spark) -> None:  # type: ignore[no-untyped-def]
    from newsclean.integrations.spark import learn_templates

    frame = _frame(spark)  # pages of different sites, one without a URL, one null
    assert len(learn_templates(frame, url_col="url")) == 0
    assert len(learn_templates(frame.where("text is null"), url_col="url")) == 0
