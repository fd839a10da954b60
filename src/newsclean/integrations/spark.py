"""Clean a Spark DataFrame column, on every executor, with Arrow batches.

    from newsclean.integrations.spark import clean_column

    cleaned = clean_column(news, "text", "clean_text", url_col="url", removals_col="removals")

or, as a column expression::

    from newsclean.integrations.spark import cleaning_udf

    news.withColumn("clean_text", cleaning_udf()("text", "url"))

With site templates learned from the corpus itself (a Spark job: the pages of each site are
read on the executors, the sample of each site gathered and learned there)::

    from newsclean.integrations.spark import learn_templates

    templates = learn_templates(news, "text", url_col="url")
    templates.save("templates.json")
    cleaned = clean_column(news, "text", "clean_text", url_col="url", templates=templates)

Needs newsclean's ``spark`` extra (PySpark, pandas, PyArrow: ``pip install '.[spark]'`` in a checkout), and
newsclean installed where the executors' Python runs. Spark starts its Python
workers with ``PYSPARK_PYTHON`` (or ``spark.pyspark.python``), else ``python3``
from ``PATH``, which is not the virtual environment unless it is activated:
in local mode, where the workers run on this machine, these helpers point them
at this interpreter when neither is set; on a cluster, set one of them.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

from . import checked_config, require

require("pyspark", "spark", "newsclean.integrations.spark")
require("pandas", "spark", "newsclean.integrations.spark")
require("pyarrow", "spark", "newsclean.integrations.spark")

import pandas as pd  # noqa: E402
from pyspark import SparkContext  # noqa: E402
from pyspark.sql import types as T  # noqa: E402
from pyspark.sql.pandas.functions import pandas_udf  # noqa: E402

from ..cleaner import Cleaner, cached_cleaner  # noqa: E402
from ..config import Config  # noqa: E402
from ..templates import SAMPLE, SiteTemplate, TemplateLearner, TemplateParams, Templates, learn_pages, site_of  # noqa: E402

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame

__all__ = ["REMOVALS_TYPE", "clean_column", "cleaning_udf", "learn_templates"]

#: The type of a removals column: one struct per removal.
REMOVALS_TYPE = T.ArrayType(
    T.StructType(
        [
            T.StructField("code", T.StringType()),
            T.StructField("name", T.StringType()),
            T.StructField("category", T.StringType()),
            T.StructField("reason", T.StringType()),
            T.StructField("text", T.StringType()),
            T.StructField("start", T.IntegerType()),
            T.StructField("end", T.IntegerType()),
            T.StructField("element", T.StringType()),
            T.StructField("line", T.IntegerType()),
        ]
    )
)


def clean_column(
    df: DataFrame,
    text_col: str = "text",
    output_col: str = "clean_text",
    *,
    url_col: str | None = None,
    removals_col: str | None = None,
    site_col: str | None = None,
    templates: Templates | None = None,
    config: Config | None = None,
    **options: Any,
) -> DataFrame:
    """``df`` with the cleaned text of ``text_col`` (string, or binary HTML) in ``output_col``,
    every other column kept. Null text gives null. ``removals_col`` adds the removals.
    ``templates`` (:func:`learn_templates`, or :meth:`Templates.load`) cleans each row with its
    site's template: the site is ``site_col``'s, or else the host of ``url_col``'s URL."""
    _check_text_column(df, text_col)
    if templates is not None:
        options = {**options, "templates": templates}
    config = checked_config(config, options)  # checked on the driver, before any task starts
    workers_python(df.sparkSession.sparkContext)
    schema = T.StructType(
        [field for field in df.schema.fields if field.name not in (output_col, removals_col)]
        + [T.StructField(output_col, T.StringType())]
        + ([T.StructField(removals_col, REMOVALS_TYPE)] if removals_col else [])
    )
    names = [field.name for field in schema.fields]

    def clean_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        cleaner = cached_cleaner(config)  # per Python worker, across batches and tasks
        for frame in batches:
            urls = frame[url_col] if url_col else [None] * len(frame)
            sites = frame[site_col] if site_col else [None] * len(frame)
            rows = zip(frame[text_col], urls, sites, strict=True)
            results = [_clean(cleaner, text, url, bool(removals_col), site) for text, url, site in rows]
            frame[output_col] = [text for text, _ in results]
            if removals_col:
                frame[removals_col] = [removals for _, removals in results]
            yield frame[names]

    return df.mapInPandas(clean_batches, schema)


def cleaning_udf(config: Config | None = None, **options: Any) -> Callable[..., Column]:
    """A column function: ``cleaning_udf()("text")``, or ``cleaning_udf()("text", "url")`` for site packs.
    Each is a pandas UDF, run on Arrow batches."""
    config = checked_config(config, options)

    def clean_series(texts: pd.Series[Any], urls: Any) -> pd.Series[Any]:
        cleaner = cached_cleaner(config)
        pairs = zip(texts, urls, strict=True)
        return pd.Series([_clean(cleaner, text, url, False)[0] for text, url in pairs], dtype=object)

    # Spark reads the kind of UDF from these type hints: Series in, Series out.
    def clean_text(texts: pd.Series) -> pd.Series:
        return clean_series(texts, [None] * len(texts))

    def clean_text_at(texts: pd.Series, urls: pd.Series) -> pd.Series:
        return clean_series(texts, urls)

    make_udf: Any = pandas_udf  # PySpark's overloads for pandas_udf defeat type checkers
    udfs = make_udf(T.StringType())(clean_text), make_udf(T.StringType())(clean_text_at)

    def column(text: str | Column, url: str | Column | None = None) -> Column:
        # Spark makes the worker's function when a UDF is first applied, so the interpreter is set here.
        active = SparkContext._active_spark_context
        if active is not None:
            workers_python(active)
        found = udfs[0](text) if url is None else udfs[1](text, url)
        return cast("Column", found)

    return column


def workers_python(context: SparkContext) -> None:
    """In local mode, run the Python workers with this interpreter, which has newsclean, unless
    ``PYSPARK_PYTHON`` or ``spark.pyspark.python`` chooses one: Spark's default, ``python3``
    from ``PATH``, is not the virtual environment unless it is activated, and its workers fail
    with ``ModuleNotFoundError: No module named 'newsclean'``. Functions made after this call
    use it; on a cluster, where this interpreter's path means nothing, nothing changes."""
    if os.environ.get("PYSPARK_PYTHON") or context.getConf().get("spark.pyspark.python"):
        return
    if (context.master or "").startswith("local"):
        context.pythonExec = sys.executable


def _clean(
    cleaner: Cleaner, text: Any, url: Any, with_removals: bool, site: Any = None
) -> tuple[str | None, Any]:
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return None, None
    url = url if isinstance(url, str) else None
    site = site if isinstance(site, str) and site else None
    if isinstance(text, (bytearray, memoryview)):
        text = bytes(text)
    if not with_removals:
        return cleaner.clean(text, url=url, site=site), None
    result = cleaner.explain(text, url=url, metadata=False, site=site)
    removals = [
        {
            "code": r.code,
            "name": r.name,
            "category": r.category.label,
            "reason": r.reason,
            "text": r.text,
            "start": r.start,
            "end": r.end,
            "element": r.element,
            "line": r.line,
        }
        for r in result.removals
    ]
    return result.text, removals


_PAGES = T.StructType(
    [
        T.StructField("site", T.StringType()),
        T.StructField("fingerprint", T.LongType()),
        T.StructField("keys", T.BinaryType()),
        T.StructField("words", T.BinaryType()),
        T.StructField("shown", T.StringType()),
    ]
)
_LEARNED = T.StructType([T.StructField("site", T.StringType()), T.StructField("template", T.StringType())])


def learn_templates(
    df: DataFrame,
    text_col: str = "text",
    *,
    url_col: str | None = None,
    site_col: str | None = None,
    params: TemplateParams | None = None,
    sample: int = SAMPLE,
    config: Config | None = None,
    **options: Any,
) -> Templates:
    """The site templates of the pages in ``df``, learned as a Spark job; the same templates,
    byte for byte, as :meth:`Templates.learn` of the same pages on one machine.

    A row's site is ``site_col``'s value, or else the host of ``url_col``'s URL; rows without
    one are skipped. Keyword ``options`` are :class:`TemplateParams`'s (``min_pages=``...);
    ``config`` says how HTML pages are extracted (their text is what is learned).

    The job: each executor reads its rows' pages (normalising and hashing their lines); the
    pages are made distinct per site (by the hash of their text) and, per site, the ``sample``
    with the smallest hashes kept (a window over the site); each site's pages then go to one
    task (``groupBy(site)``), which counts its lines per distinct page and article and keeps
    those that pass; the driver collects one small template per site.
    """
    _check_text_column(df, text_col)
    if params is None:
        params = TemplateParams(**options)
    elif options:
        raise TypeError("give the parameters either as params= or as keyword options, not both")
    extraction = checked_config(config, {})
    workers_python(df.sparkSession.sparkContext)

    def read_pages(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        reader = TemplateLearner(config=None if extraction == Config() else extraction)
        for frame in batches:
            urls = frame[url_col] if url_col else [None] * len(frame)
            sites = frame[site_col] if site_col else [None] * len(frame)
            found = []
            for text, url, site in zip(frame[text_col], urls, sites, strict=True):
                url = url if isinstance(url, str) else None
                site = site if isinstance(site, str) and site else site_of(url)
                if site is None or text is None or (isinstance(text, float) and pd.isna(text)):
                    continue
                try:
                    page = reader.read(bytes(text) if isinstance(text, (bytearray, memoryview)) else text,
                                       url=url)
                except ValueError:  # a page the cleaner refuses (too large, binary) teaches nothing
                    continue
                if page is not None:
                    found.append((site, *page))
            if found:  # an empty frame would not convert
                yield pd.DataFrame(found, columns=_PAGES.fieldNames())

    def learn_site(frame: pd.DataFrame) -> pd.DataFrame:
        site = str(frame["site"].iloc[0])
        pages = zip(frame["fingerprint"], frame["keys"], frame["words"], frame["shown"], strict=True)
        read = ((int(fp), bytes(keys), bytes(words), str(shown)) for fp, keys, words, shown in pages)
        template = learn_pages(site, read, params)
        # one row per site, null when it has no template (an empty frame would not convert)
        value = None if template is None else json.dumps(template.as_dict(), ensure_ascii=False)
        return pd.DataFrame({"site": [site], "template": [value]}, dtype=object)

    from pyspark.sql import Window
    from pyspark.sql import functions as F

    pages = df.mapInPandas(read_pages, _PAGES).dropDuplicates(["site", "fingerprint"])
    order = Window.partitionBy("site").orderBy("fingerprint")
    kept = pages.withColumn("rank", F.row_number().over(order)).where(F.col("rank") <= sample).drop("rank")
    learned = kept.groupBy("site").applyInPandas(learn_site, _LEARNED).collect()
    sites = {
        row["site"]: SiteTemplate.from_dict(row["site"], json.loads(row["template"]))
        for row in learned
        if row["template"] is not None
    }
    return Templates(sites, params)


def _check_text_column(df: DataFrame, text_col: str) -> None:
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r}; columns are: {', '.join(df.columns)}")
    kind = df.schema[text_col].dataType
    if not isinstance(kind, (T.StringType, T.BinaryType)):
        raise TypeError(
            f"column {text_col!r} must be string (text or HTML) or binary (HTML), not {kind.simpleString()}"
        )
