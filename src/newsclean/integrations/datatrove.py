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

__all__ = ["NewsCleanFormatter"]


class NewsCleanFormatter(PipelineStep):
    """Remove boilerplate from every document's text, keeping the article.

    Args:
        config: A :class:`newsclean.Config`; keyword ``options`` change it
            (``select=``, ``ignore=``, ``languages=``…).
        url_key: The metadata key holding the page's URL (for site packs and HTML).
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
        metadata_key: str | None = "newsclean",
        drop_empty: bool = False,
        **options: Any,
    ) -> None:
        super().__init__()
        self.config = checked_config(config, options)
        self.url_key = url_key
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty

    @property
    def cleaner(self) -> Cleaner:
        return cached_cleaner(self.config)  # built in each worker: compiled automata do not travel

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                url = doc.metadata.get(self.url_key) if self.url_key else None
                result = self.cleaner.explain(
                    doc.text, url=url if isinstance(url, str) else None, metadata=False
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
