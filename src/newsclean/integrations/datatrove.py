"""A datatrove pipeline step: clean ``doc.text``, record the removals, count them per rule.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsclean.integrations.datatrove import NewsCleanFormatter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("raw/"),
        NewsCleanFormatter(ignore=("credit",)),
        JsonlWriter("clean/"),
    ], tasks=8).run()

With site templates, in two stages: the first learns each site's template lines from the
corpus (every task its shard, then one task merges them into one file), the second cleans
with them::

    from newsclean.integrations.datatrove import MergeTemplates, TemplateLearnerStep

    learn = LocalPipelineExecutor(pipeline=[
        JsonlReader("raw/"),
        TemplateLearnerStep("work/learned/"),
    ], tasks=8)
    merge = LocalPipelineExecutor(pipeline=[
        MergeTemplates("work/learned/", "work/templates.json"),
    ], tasks=1, depends=learn)
    LocalPipelineExecutor(pipeline=[
        JsonlReader("raw/"),
        NewsCleanFormatter(templates="work/templates.json"),
        JsonlWriter("clean/"),
    ], tasks=8, depends=merge).run()

Needs newsclean's ``datatrove`` extra (``pip install '.[datatrove]'`` in a checkout).
"""

from __future__ import annotations

from typing import Any

from . import checked_config, require

require("datatrove", "datatrove", "newsclean.integrations.datatrove")

from datatrove.data import DocumentsPipeline  # noqa: E402
from datatrove.pipeline.base import PipelineStep  # noqa: E402
from datatrove.utils.typeshelper import StatHints  # noqa: E402

from ..cleaner import Cleaner, cached_cleaner  # noqa: E402
from ..config import Config  # noqa: E402
from ..templates import SAMPLE, TemplateLearner, TemplateParams, Templates, site_of  # noqa: E402

__all__ = ["MergeTemplates", "NewsCleanFormatter", "TemplateLearnerStep"]

#: How a shard's learner file is named in the learning stage's folder.
LEARNER_FILE = "learner-{rank:05d}.json.gz"


class NewsCleanFormatter(PipelineStep):
    """Remove boilerplate from every document's text, keeping the article.

    Args:
        config: A :class:`newsclean.Config`; keyword ``options`` change it
            (``select=``, ``ignore=``, ``languages=``…).
        url_key: The metadata key holding the page's URL (for site packs and HTML).
        templates: Site templates (:class:`newsclean.Templates`), or the path of a templates
            file (read once in each worker), for instance the one :class:`MergeTemplates` wrote.
        site_key: The metadata key holding a document's site; without it (or the key), the
            host of its URL picks its template.
        metadata_key: Where the removals go in ``doc.metadata`` (``None``: not recorded).
        drop_empty: Drop documents with no text left (counted as ``dropped_empty``).

    Stats: ``total``, ``cleaned`` (documents that lost something), ``removed_chars``,
    one ``rule_<CODE>`` per rule that fired, and one ``category_<name>`` per category.
    """

    name = "📰 newsclean"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: Config | None = None,
        *,
        url_key: str = "url",
        templates: Templates | str | None = None,
        site_key: str | None = "site",
        metadata_key: str | None = "newsclean",
        drop_empty: bool = False,
        **options: Any,
    ) -> None:
        super().__init__()
        if isinstance(templates, Templates):
            options = {**options, "templates": templates}
        elif templates is not None and not isinstance(templates, str):
            kind = type(templates).__name__
            raise TypeError(f"templates must be newsclean.Templates or a file's path, not {kind}")
        self.config = checked_config(config, options)
        self.templates_path = templates if isinstance(templates, str) else None
        self.url_key = url_key
        self.site_key = site_key
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty

    @property
    def cleaner(self) -> Cleaner:
        config = self.config
        if self.templates_path is not None:  # read in the worker, once: the config caches them
            config = _with_templates_file(config, self.templates_path)
        return cached_cleaner(config)  # built in each worker: compiled automata do not travel

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                url = doc.metadata.get(self.url_key) if self.url_key else None
                site = doc.metadata.get(self.site_key) if self.site_key else None
                result = self.cleaner.explain(
                    doc.text,
                    url=url if isinstance(url, str) else None,
                    metadata=False,
                    site=site if isinstance(site, str) and site else None,
                )
            removed = len(doc.text) - len(result.text)
            if result.removals:
                self.stat_update("cleaned")
                self.stat_update("removed_chars", value=removed)
            for removal in result.removals:
                self.stat_update(f"rule_{removal.code}")
                self.stat_update(f"category_{removal.category.label}")
            if self.metadata_key is not None:
                doc.metadata[self.metadata_key] = {
                    "removals": [removal.as_dict() for removal in result.removals],
                    "removed_chars": removed,
                }
            doc.text = result.text
            if self.drop_empty and not doc.text:
                self.stat_update("dropped_empty")
                continue
            self.update_doc_stats(doc)
            yield doc


_LOADED: dict[tuple[Config, str], Config] = {}


def _with_templates_file(config: Config, path: str) -> Config:
    """``config`` with the templates of the file at ``path`` (local or any fsspec URL), read
    once per process."""
    found = _LOADED.get((config, path))
    if found is None:
        from datatrove.io import open_file

        with open_file(path, "rb", compression="infer") as handle:
            templates = Templates.loads(handle.read(), name=path)
        found = _LOADED[(config, path)] = config.replace(templates=templates)
    return found


class TemplateLearnerStep(PipelineStep):
    """The first stage of learning site templates: each task learns from its documents and
    writes what it learned to ``output_folder`` (``learner-00003.json.gz`` for rank 3);
    :class:`MergeTemplates` then makes one templates file of them. Documents pass through.

    Args:
        output_folder: Where the learners go (a path or any fsspec URL datatrove reads).
        site_key: The metadata key holding a document's site; without it (or the key), the
            host of its URL. Documents with neither are not learned from.
        url_key: The metadata key holding the page's URL.
        sample: Pages kept per site (see :class:`newsclean.TemplateLearner`).
        config: How HTML documents are extracted (their text is what is learned).

    Stats: ``total``, ``learned``, ``no_site``.
    """

    name = "📰 newsclean templates"
    type = "📊 - STATS"

    def __init__(
        self,
        output_folder: str,
        *,
        site_key: str | None = "site",
        url_key: str = "url",
        sample: int = SAMPLE,
        config: Config | None = None,
    ) -> None:
        super().__init__()
        from datatrove.io import get_datafolder

        self.output_folder = get_datafolder(output_folder)
        self.site_key = site_key
        self.url_key = url_key
        self.sample = sample
        self.extraction = config

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        learner = TemplateLearner(sample=self.sample, config=self.extraction)
        for doc in data or ():
            self.stat_update(StatHints.total)
            url = doc.metadata.get(self.url_key) if self.url_key else None
            url = url if isinstance(url, str) else None
            site = doc.metadata.get(self.site_key) if self.site_key else None
            site = site if isinstance(site, str) and site else site_of(url)
            if site is None:
                self.stat_update("no_site")
            else:
                with self.track_time():
                    learner.add(site, doc.text, url=url)
                self.stat_update("learned")
            yield doc
        with self.output_folder.open(LEARNER_FILE.format(rank=rank), "wt", compression="gzip") as handle:
            handle.write(learner.dumps())


class MergeTemplates(PipelineStep):
    """The second stage of learning site templates: merge the learners of every task of
    :class:`TemplateLearnerStep` in ``input_folder`` and write the templates to ``output``
    (``.json``, or ``.json.gz``). Run it as one task, after the first stage (``depends=``); the
    file is the same, byte for byte, as :meth:`newsclean.Templates.learn` of every document.

    Keyword ``options`` are those of :class:`newsclean.TemplateParams` (``min_pages=``...).
    """

    name = "📰 newsclean templates merge"
    type = "📊 - STATS"

    def __init__(
        self, input_folder: str, output: str, *, params: TemplateParams | None = None, **options: Any
    ) -> None:
        super().__init__()
        from datatrove.io import get_datafolder

        self.input_folder = get_datafolder(input_folder)
        self.output = output
        self.params = params if params is not None else TemplateParams(**options)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if rank == 0:
            learners = []
            for name in sorted(self.input_folder.list_files(glob_pattern="learner-*.json.gz")):
                with self.input_folder.open(name, "rt", compression="gzip") as handle:
                    learners.append(TemplateLearner.loads(handle.read(), name=name))
                self.stat_update("learners")
            templates = TemplateLearner.merged(learners).templates(self.params)
            self.stat_update("sites", value=len(templates))
            self.stat_update("lines", value=templates.lines)
            from datatrove.io import open_file

            compression = "gzip" if self.output.endswith(".gz") else None
            with open_file(self.output, "wt", compression=compression) as handle:
                handle.write(templates.dumps())
        yield from data or ()
