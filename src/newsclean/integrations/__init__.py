"""Adapters that put newsclean inside the pipelines people already run.

- :mod:`newsclean.integrations.datatrove`: a datatrove pipeline step (the ``datatrove`` extra);
- :mod:`newsclean.integrations.spark`: clean a Spark DataFrame column (the ``spark`` extra);
- :mod:`newsclean.integrations.huggingface`: a batch function for ``datasets.Dataset.map`` (no extra).

Each module imports its framework when it is imported, and says which extra
to install when the framework is missing.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from ..cleaner import configured
from ..config import Config

__all__ = ["checked_config", "require"]


def checked_config(config: Config | None, options: dict[str, Any]) -> Config:
    """``config`` (or the defaults) changed by keyword ``options``, and checked: a bad selector
    fails here, where the pipeline is built, not in every worker."""
    result = configured(config, options)
    result.rules()
    return result


def require(module: str, extra: str, needed_by: str) -> ModuleType:
    """Import ``module``, or raise an ImportError that names the extra providing it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f"{needed_by} needs {module.split('.')[0]}, which is not installed: "
            f"install newsclean's {extra!r} extra (pip install '.[{extra}]' in a checkout of newsclean)"
        ) from error
