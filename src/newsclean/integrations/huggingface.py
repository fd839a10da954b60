"""A batch function for Hugging Face ``datasets``: ``dataset.map(BatchCleaner(), batched=True)``.

    from datasets import load_dataset
    from newsclean.integrations.huggingface import BatchCleaner

    news = load_dataset("json", data_files="news.jsonl", split="train")
    news = news.map(BatchCleaner(removals_column="removals"), batched=True, num_proc=8)

No extra is needed: the function takes and returns plain columns, and
``datasets`` can hash and pickle it (for its cache and for ``num_proc``)
because the compiled cleaner is built on first use in each process.
"""

from __future__ import annotations

from typing import Any

from ..cleaner import cached_cleaner
from ..config import Config
from . import checked_config

__all__ = ["BatchCleaner"]


class BatchCleaner:
    """Clean a batch of rows: ``{text_column: [...]}`` in, ``{output_column: [...]}`` out.

    A row whose text is ``None`` gets ``None``. ``url_column`` turns on site
    packs; ``removals_column`` adds each row's removals as lists of dicts.
    Keyword ``options`` are :class:`newsclean.Config` options.
    """

    def __init__(
        self,
        text_column: str = "text",
        output_column: str = "clean_text",
        *,
        url_column: str | None = None,
        removals_column: str | None = None,
        config: Config | None = None,
        **options: Any,
    ) -> None:
        self.config = checked_config(config, options)
        self.text_column = text_column
        self.output_column = output_column
        self.url_column = url_column
        self.removals_column = removals_column

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        # Only the configuration travels (and is hashed for the cache); each process compiles once.
        cleaner = cached_cleaner(self.config)
        texts = batch[self.text_column]
        urls = batch[self.url_column] if self.url_column else [None] * len(texts)
        cleaned: list[str | None] = []
        removals: list[list[dict[str, Any]] | None] = []
        for text, url in zip(texts, urls, strict=True):
            if text is None:
                cleaned.append(None)
                removals.append(None)
                continue
            if not self.removals_column:
                cleaned.append(cleaner.clean(text, url=url))
                continue
            result = cleaner.explain(text, url=url, metadata=False)
            cleaned.append(result.text)
            removals.append([removal.as_dict() for removal in result.removals])
        output: dict[str, list[Any]] = {self.output_column: cleaned}
        if self.removals_column:
            output[self.removals_column] = removals
        return output
