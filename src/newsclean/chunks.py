"""Article bodies split into sibling chunks: joined into one container before extraction.

Sites that put advertisements between the parts of an article often split its body into
several containers of one kind, siblings under one parent (or each in a wrapper of one kind,
the wrappers siblings), with the ad slots between them::

    <div class="article__chunks">
      <div class="grid"><div class="article-body"><p>…</p><p>…</p></div><aside>…</aside></div>
      <div class="ad">…</div>
      <div class="grid"><div class="article-body"><p>…</p><p>…</p></div><aside>…</aside></div>
    </div>

trafilatura takes the first container that its content expressions find and none of its
twins: the article stops after the first chunk. :func:`joined` finds the container it will
take and the twins that continue it, and moves the twins into it, in document order, on a
copy of the tree. A twin counts only on evidence that it continues the article: it has the
container's tag and class (and so have the wrappers between them and their common parent,
which all carry a class), it holds sentence-shaped paragraphs of prose with few links, and
neither it nor its wrapper has a headline of its own or is an ``<article>`` (those are the
next story of an endless page, or the entries of a listing). What the DOM rules removed
(readers' comments, related lists) is no longer in the tree to be found.
"""

from __future__ import annotations

import copy
import hashlib
import re
from functools import cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

from .dom import link_share
from .guard import missing, sequences, share

__all__ = ["extends", "joined"]

#: Levels of wrappers between a container and the parent it shares with its twins.
WRAPPER_LEVELS = 2
#: The share of the extraction without joining that the joined one may lack: joined, the
#: article container may pass trafilatura's checks where before its fallback extractors took
#: a wider part of the page (a list of products after a short introduction).
KEPT_SHARE = 0.02
#: Words a paragraph needs to read as prose.
PROSE_WORDS = 12
#: The share of a twin's words that may be link text.
LINK_SHARE = 0.25

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_OWN_TITLE = ("h1", "h2", "h3")


def joined(tree: HtmlElement) -> tuple[HtmlElement, int]:
    """``tree``, or a copy of it whose article container holds its twins, and how many joined."""
    if not _repeated(tree):
        return tree, 0
    container = _container(tree)
    if container is None:
        return tree, 0
    twins = _twins(container)
    if not twins:
        return tree, 0
    order = {element: i for i, element in enumerate(tree.iter())}
    twins.sort(key=order.__getitem__)
    root = tree.getroottree()
    paths = [root.getpath(element) for element in (container, *twins)]
    copied = copy.deepcopy(tree)
    found = [copied.getroottree().xpath(path) for path in paths]
    if not all(len(match) == 1 for match in found):
        return tree, 0
    into, *moved = (match[0] for match in found)
    before = 0
    for twin, original in zip(moved, twins, strict=True):
        twin.tail = None
        if order[original] < order[container]:
            into.insert(before, twin)
            before += 1
        else:
            into.append(twin)
    return copied, len(twins)


def extends(text: str, first: str) -> bool:
    """Whether ``text``, extracted with the chunks joined, holds what ``first`` (without) held,
    and more."""
    before = sequences(first)
    return share(missing(before, text), before) <= KEPT_SHARE and len(text) > len(first)


def _repeated(tree: HtmlElement) -> bool:
    """Whether two sibling elements with one class hold sentence-shaped paragraphs: what twins
    need (a twin, or its wrapper, is a sibling of the container or of the container's wrapper,
    with its tag, class and role), and a walk of the paragraphs' ancestors tells, where finding
    the container costs a few percent of a page's cleaning. Most pages have none (three in
    four on one corpus, nine in ten on another)."""
    seen: set[HtmlElement] = set()
    kinds: set[tuple[object, ...]] = set()
    for paragraph in tree.iter("p"):
        text = paragraph.text_content()
        if len(text.split()) < PROSE_WORDS or not _SENTENCE_END.search(text):
            continue
        for ancestor in paragraph.iterancestors():
            if ancestor in seen:
                break
            seen.add(ancestor)
            parent = ancestor.getparent()
            if parent is None or not _classed(ancestor):
                continue
            kind = (*_signature(ancestor), parent)
            if kind in kinds:
                return True
            kinds.add(kind)
    return False


def _container(tree: HtmlElement) -> HtmlElement | None:
    """The container trafilatura's content expressions find first that holds prose, if it has a
    class and is no ``<article>`` (twin articles are separate stories)."""
    for found in _first_matches(tree):
        if found is None or not _prose(found):
            continue
        if found.tag == "article" or not _classed(found):
            return None
        return found
    return None


def _first_matches(tree: HtmlElement) -> Iterator[HtmlElement | None]:
    """The first element (in document order) each of trafilatura's content expressions finds in
    ``tree``, expression by expression, or ``None``. Those of the trafilatura this was written for
    are read here in Python: each tests an element's own tag and attributes alone, and their
    XPaths, whose regular expressions call back into Python for every element, cost as much as
    the rest of joining (the XPaths of any other version are evaluated as they are)."""
    from trafilatura.xpaths import BODY_XPATH

    if _known(tuple(x.path for x in BODY_XPATH)):
        for tags, test in _BODY_TESTS:
            yield next((element for element in tree.iterdescendants(*tags) if test(element)), None)
        return
    for expression in BODY_XPATH:
        matches = cast("list[HtmlElement]", expression(tree))
        yield next((element for element in matches if element is not None), None)


# The digest of trafilatura 2.3's content expressions (``trafilatura.xpaths.BODY_XPATH``), which
# the tests below read as they do. Each takes the first element that passes its test: the first
# of an element's siblings to pass is the first in document order too.
_KNOWN_XPATHS = "1cbf719d5948b3bbd5a27762b0d60452eb214d7434c84f4e67a535539c704570"


@cache
def _known(paths: tuple[str, ...]) -> bool:
    return hashlib.sha256("\0".join(paths).encode()).hexdigest() == _KNOWN_XPATHS


_ZONES = ("article", "div", "main", "section")
_ARTICLE_ID = re.compile(
    r"(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text"
)
_ARTICLE_CLASS = re.compile(
    r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text|"
    r"articleText|(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body|articleBody|"
    r"ArticleContent|body-text|article__container"
)
_STORY_ID = re.compile(r"^primary|story-body")
_FULLTEXT = re.compile(r"fulltext", re.IGNORECASE)
_STORY_CLASS = re.compile(
    r"^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|single-post|main-column|"
    r"wpb_text_column|story-body|field-body"
)
_MAIN_ID = re.compile(r"content-main|content-body|contentBody")
_MAIN_CLASS = re.compile(r"content[-_]main|content(?:-|__)body")


def _article_content(element: HtmlElement) -> bool:
    if element.tag not in _ZONES:
        return False
    get = element.get
    classes, identifier = get("class"), get("id")
    return (classes in ("post", "entry") or get("itemprop") == "articleBody" or identifier == "articleContent"
            or _ARTICLE_ID.search(identifier or "") is not None
            or _ARTICLE_CLASS.search(classes or "") is not None)


def _article(element: HtmlElement) -> bool:
    return bool(element.tag == "article")


def _story(element: HtmlElement) -> bool:
    if element.tag not in _ZONES:
        return False
    get = element.get
    classes, identifier = get("class"), get("id")
    return (get("role") == "article" or identifier in ("article", "story")
            or classes in ("postarea", "art-postcontent", "text", "cell", "story")
            or _STORY_ID.search(identifier or "") is not None
            or _FULLTEXT.search(classes or "") is not None
            or _STORY_CLASS.search(classes or "") is not None)


def _main_content(element: HtmlElement) -> bool:
    if element.tag not in _ZONES:
        return False
    get = element.get
    classes, identifier = get("class") or "", get("id") or ""
    return (identifier == "content" or classes == "content"
            or _MAIN_ID.search(identifier) is not None or _MAIN_CLASS.search(classes) is not None
            or "main-content" in identifier.replace("C", "c").replace("M", "m")
            or "main-content" in classes.replace("C", "c").replace("M", "m")
            or "page-content" in classes.replace("C", "c").replace("P", "p"))


def _main(element: HtmlElement) -> bool:
    tag = element.tag
    if tag == "main":
        return True
    if tag not in ("article", "div", "section"):
        return False
    get = element.get
    return any((get(name) or "").startswith("main") for name in ("class", "id", "role"))


# Each test with the tags it can pass.
_BODY_TESTS = (
    (_ZONES, _article_content), (("article",), _article), (_ZONES, _story), (_ZONES, _main_content),
    (_ZONES, _main),
)


def _twins(container: HtmlElement) -> list[HtmlElement]:
    """The elements that continue ``container``, in document order."""
    chain = [container]
    for _ in range(WRAPPER_LEVELS):
        parent = chain[-1].getparent()
        if parent is None or not _classed(parent) or parent.tag in ("body", "html", "article"):
            break
        chain.append(parent)
    signatures = [_signature(element) for element in chain]
    twins: list[HtmlElement] = []
    for level, ancestor in enumerate(chain):
        parent = ancestor.getparent()
        if parent is None:
            break
        for sibling in parent.iterchildren(ancestor.tag):
            if sibling is ancestor or _signature(sibling) != signatures[level] or _titled(sibling):
                continue
            found = [sibling]
            for below in reversed(signatures[:level]):
                found = [child for element in found for child in element if _signature(child) == below]
            twins += [twin for twin in found if _continues(twin, sibling)]
    return twins


def _signature(element: HtmlElement) -> tuple[str, str | None, str | None]:
    return element.tag, element.get("class"), element.get("role")


def _classed(element: HtmlElement) -> bool:
    return bool((element.get("class") or "").strip())


def _titled(wrapper: HtmlElement) -> bool:
    """Whether the element is a story of its own: an ``<article>``, or a headline with a link."""
    if wrapper.tag == "article" or next(wrapper.iter("article"), None) is not None:
        return True
    for heading in wrapper.iter(*_OWN_TITLE):
        if heading.tag == "h1" or next(heading.iter("a"), None) is not None:
            return True
    return False


def _continues(twin: HtmlElement, wrapper: HtmlElement) -> bool:
    """Whether ``twin`` holds prose with few links, and its wrapper no headline outside it."""
    if not _prose(twin):
        return False
    words, linked = link_share(twin)
    if linked > LINK_SHARE * words:
        return False
    if wrapper is not twin:
        for heading in wrapper.iter(*_OWN_TITLE):
            if not any(ancestor is twin for ancestor in heading.iterancestors()):
                return False
    return True


def _prose(element: HtmlElement) -> bool:
    """Whether the element holds a sentence-shaped paragraph, not mostly a link nor in a form
    (a reader's contact form explains itself in sentences)."""
    for paragraph in element.iter("p"):
        words, linked = link_share(paragraph)
        if words < PROSE_WORDS or linked * 2 >= words or not _SENTENCE_END.search(paragraph.text_content()):
            continue
        if not any(ancestor.tag == "form" for ancestor in paragraph.iterancestors()):
            return True
    return False
