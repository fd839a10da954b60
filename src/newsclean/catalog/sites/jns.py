"""JNS (jns.org): widget labels and glued section labels, wherever the extractor left them."""

from ...rules import Category, Mark, PatternRule, keeps, removes
from .._patterns import END, starts

SITE = ("jns.org",)

WIDGET_LABEL = PatternRule(
    code="NAV901",
    name="jns-widget-label",
    category=Category.NAVIGATION,
    languages=("en",),
    sites=SITE,
    summary="On jns.org, the 'Topics', 'Comments' and 'Share' labels of page widgets, anywhere.",
    message="JNS widget label",
    keywords=starts("topics", "comments", "related topics", "share this article", "share"),
    max_words=4,
    marks=frozenset({Mark.LIST_HEADER}),
    pattern=rf"""(?:topics|comments|related\s+topics|share(?:\s+this\s+article)?){END}""",
    safety="Only on jns.org, where these labels come from the page template, never from the "
    "story; elsewhere the weak NAV005 keeps them unless they sit in a boilerplate cluster.",
    examples=(
        removes("Topics", after=("Israel’s War Cabinet met again on Tuesday, officials said.",)),
        keeps("Comments from the minister drew criticism from the opposition."),
    ),
)

SECTION_LABEL = PatternRule(
    code="NAV902",
    name="jns-section-label",
    category=Category.NAVIGATION,
    languages=("en",),
    sites=SITE,
    summary="On jns.org, the section label glued to its link by extractors ('newsIsrael at War'), anywhere.",
    message="JNS section label",
    keywords=starts("news", "opinion", "jns tv", "jnstv", "world", "israel", "features"),
    max_words=6,
    ignore_case=False,
    pattern=r"""(?:news|opinion|world|israel|features|jns\s?tv)[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}""",
    safety="Only on jns.org, and only a lowercase section word run into a capitalised one.",
    examples=(
        removes("newsIsrael at War", before=("Blinken to Gantz: US does not want to see escalation",)),
        keeps("news of the strike spread quickly through the city, residents said."),
    ),
)

RULES = (WIDGET_LABEL, SECTION_LABEL)
