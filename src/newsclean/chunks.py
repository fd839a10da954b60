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
import re
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
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
    from trafilatura.xpaths import BODY_XPATH

    for expression in BODY_XPATH:
        matches = cast("list[HtmlElement]", expression(tree))
        found = next((element for element in matches if element is not None), None)
        if found is None or not _prose(found):
            continue
        if found.tag == "article" or not _classed(found):
            return None
        return found
    return None


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
