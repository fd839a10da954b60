"""newsclean: strip boilerplate from news articles without losing the article.

>>> import newsclean
>>> newsclean.clean("Blinken met Gantz on Tuesday.\\n\\nGo deeper")
'Blinken met Gantz on Tuesday.'

The public API is what ``__all__`` lists. Modules are documented for rule
authors, but only these names are stable.
"""

from ._version import __version__
from .batch import DocumentError
from .blocks import Block
from .catalog import RULES, rule
from .cleaner import Cleaner, InputTooLarge, clean, explain
from .config import Config
from .results import Cleaned, Guard, Metadata, PageGuard, Removal
from .rulefile import RuleFileError
from .rules import (
    BlockRule,
    Category,
    ContextRule,
    Ending,
    EndingRule,
    Evidence,
    Example,
    Finding,
    Mark,
    PatternRule,
    Rule,
    SignalRule,
    Status,
    keeps,
    removes,
)
from .templates import TemplateLearner, TemplateParams, Templates, TemplatesError

__all__ = [
    "RULES",
    "Block",
    "BlockRule",
    "Category",
    "Cleaned",
    "Cleaner",
    "Config",
    "ContextRule",
    "DocumentError",
    "Ending",
    "EndingRule",
    "Evidence",
    "Example",
    "Finding",
    "Guard",
    "InputTooLarge",
    "Mark",
    "Metadata",
    "PageGuard",
    "PatternRule",
    "Removal",
    "Rule",
    "RuleFileError",
    "SignalRule",
    "Status",
    "TemplateLearner",
    "TemplateParams",
    "Templates",
    "TemplatesError",
    "__version__",
    "clean",
    "explain",
    "keeps",
    "removes",
    "rule",
]
