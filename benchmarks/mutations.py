"""Markup mutations: does the article survive the class words, wrappers and hover cards real sites use?

    nice python benchmarks/mutations.py [--corpus NAME ...] [--sample N] [--jobs N]
                                        [--family a b c d e] [--drop 0.05] [--all-tokens]

The shared corpora no longer show where body safety is weak: their remaining loss pages are
questions of what the truth keeps. Sites the corpora never met put DOM rules' words on the
article itself (``paywall`` on every paragraph of a metered story whose text is all there, a
blog post wrapped whole in ``has-comments``, hover cards inside sentences). This benchmark puts
them there on purpose. For a deterministic sample of pages of each corpus with a true body
(aeb, big9, l3s-gn1, wcxb) it finds the article in the markup:

- the *truth blocks*: elements owning text of their own (a paragraph, a div of text) whose
  4-word shingles are mostly the truth's;
- the *container*: the deepest element holding most (over half) of the truth blocks' words.

Then it applies one mutation at a time and scores newsclean's recall against the truth (the
AEB shingle metric of ``aeb.py``), against newsclean's recall on the unmutated page (parsed and
serialised the same way, so only the mutation differs):

a. a DOM rule's markup on the container: a class word, a class name pairing two words, a role,
   an aria-label, a schema.org itemprop, one of each kind each rule reads;
b. the same on each of the container's ancestors up to ``<body>``, one at a time (class words
   only, unless ``--all-tokens``);
c. the same class word on every ``<p>`` of the page's body;
d. names inside sentences of the truth's paragraphs wrapped in inline markup with each rule's
   class word: a bare ``<span>``, and a hover card (a link to the name, then a popup card) in a
   ``<span>`` or in a custom element (a web component, ``<name-card>``);
e. the container wrapped in ``<aside>``, ``<footer>``, ``<nav>``, a ``<form>`` with a password
   field (ASP.NET wraps whole pages in one), a dialog or modal, ``hidden``, ``aria-hidden``,
   ``display:none``, ``<details>``, and a hidden ``itemscope`` (a schema.org copy).

A mutation *loses* the page when recall drops more than ``--drop`` (0.05). Each family's table
counts mutations and losses by rule (or wrapper), and among them the losses where trafilatura
alone, on the same mutated page, keeps more than ``--drop`` more and lost less to the mutation
by as much: those are loss pages against trafilatura, body safety's business. The others are
trafilatura's own (its class filters drop ``caption`` or ``author`` spans; a hover card's text
glued into a sentence costs both). Losses are listed, body safety's first, worst first, with
the rules whose removals held the lost text (``explain()``) and trafilatura's recall before and
after the mutation.

A mutation after which the DOM rules remove exactly what they removed before is not extracted
(see :func:`removals`): what it costs is trafilatura's reading of the markup, not newsclean's.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, tostring

import aeb
import corpora
import newsclean
import newsclean.dom
import newsclean.html
from newsclean.dom import DomRule

BODY_CORPORA = ("aeb", "big9", "l3s-gn1", "wcxb")
FAMILIES = ("a", "b", "c", "d", "e")
FAMILY_NAMES = {
    "a": "rule markup on the article's container",
    "b": "rule markup on one of the container's ancestors",
    "c": "a rule's class word on every <p>",
    "d": "names in sentences wrapped in inline markup (span, hover card)",
    "e": "the container wrapped in another element",
}
CLEANER = newsclean.Cleaner(format="html")

# Elements that never own a paragraph's text.
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
                     "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
                     "u", "var", "br", "img", "wbr"})
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "button",
                       "select", "option", "textarea"})


# --- what each rule reads --------------------------------------------------------------------


@dataclass(frozen=True)
class Marking:
    """One piece of markup a rule reads: an attribute and the value it gets (added to a class)."""

    rule: str  # the rule's code
    kind: str  # class, pair, role, label, schema
    attribute: str
    value: str

    @property
    def label(self) -> str:
        return f"{self.rule} {self.kind} {self.value!r}"


def markings(rules: Sequence[object], *, every_token: bool = False) -> list[Marking]:
    """The markup of every DOM rule that reads words (site packs aside): the first of each kind
    (a rule treats all its words alike), or with ``every_token`` all of them."""
    found: list[Marking] = []
    for rule in rules:
        if not isinstance(rule, DomRule) or not rule.languages or rule.code.startswith("9"):
            continue
        if getattr(rule, "site", None):
            continue

        def first(values: Sequence[str]) -> Sequence[str]:
            return values if every_token else values[:1]

        found += [Marking(rule.code, "class", "class", word) for word in first(sorted(rule.parts))]
        found += [Marking(rule.code, "pair", "class", f"{a}-{b}") for a, b in first(list(rule.pairs))]
        found += [Marking(rule.code, "role", "role", role) for role in first(sorted(rule.roles))]
        found += [Marking(rule.code, "label", "aria-label", label) for label in first(sorted(rule.labels))]
        found += [Marking(rule.code, "schema", "itemprop", s) for s in first(sorted(rule.schema))]
    return found


def mark(element: HtmlElement, marking: Marking) -> None:
    if marking.attribute == "class":
        element.set("class", f"{element.get('class') or ''} {marking.value}".strip())
    else:
        element.set(marking.attribute, marking.value)


# --- where the article is --------------------------------------------------------------------


def owned_text(element: HtmlElement) -> str:
    """The element's own text: its text, its inline children's, and their tails."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            pieces.append(child.text_content())
        pieces.append(child.tail or "")
    return " ".join(pieces)


def truth_blocks(body: HtmlElement, truth: Counter[tuple[str, ...]]) -> list[HtmlElement]:
    """Elements owning text whose shingles are mostly the truth's (5 tokens or more)."""
    found = []
    for element in body.iter(etree.Element):
        tag = element.tag
        if not isinstance(tag, str) or tag in _INLINE or tag in _NOT_TEXT:
            continue
        if any(ancestor.tag in _NOT_TEXT for ancestor in element.iterancestors()):
            continue
        own = aeb.shingles(owned_text(element))
        size = sum(own.values())
        if size >= 2 and 2 * sum((own & truth).values()) > size:
            found.append(element)
    return found


def container_of(blocks: Sequence[HtmlElement]) -> HtmlElement | None:
    """The deepest element holding more than half the truth blocks' words."""
    within: Counter[HtmlElement] = Counter()
    total = 0
    for block in blocks:
        words = len(owned_text(block).split())
        total += words
        for node in (block, *block.iterancestors()):
            within[node] += words
    holding = [e for e, words in within.items() if 2 * words > total and e.tag not in ("html", "body")]
    if not holding:
        return None
    return max(holding, key=lambda e: sum(1 for _ in e.iterancestors()))


# --- the mutations ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Mutation:
    family: str
    rule: str  # a rule's code, or the wrapper's name
    what: str  # what was done, for the report
    apply: Callable[[HtmlElement], bool]  # mutates a copy of the page; False: nothing to do


def _position(tree: etree._ElementTree, element: HtmlElement) -> int:
    """Where ``element`` stands in ``tree``'s document order: the same place in a deep copy. (An
    XPath from ``getpath`` cannot name every element: a tag with a colon, ``<fb:like>``, breaks it.)"""
    return next(i for i, node in enumerate(tree.iter()) if node is element)


def _locate(root: HtmlElement, position: int) -> HtmlElement:
    found: HtmlElement = next(node for i, node in enumerate(root.getroottree().iter()) if i == position)
    return found


def mutations(root: HtmlElement, container: HtmlElement, blocks: Sequence[HtmlElement],
              markup: Sequence[Marking], families: Sequence[str], *,
              every_kind: bool = False) -> Iterator[Mutation]:
    """Every mutation of the chosen families, as functions of a fresh copy of the page. On the
    ancestors, only class words unless ``every_kind`` (a role or a pair on an ancestor meets the
    same body safety as a class word, and ancestors are many)."""
    tree = root.getroottree()
    where = _position(tree, container)
    ancestors = [_position(tree, a) for a in container.iterancestors() if a.tag not in ("html", "body")]
    paragraphs = [_position(tree, b) for b in blocks if b.tag == "p"]
    if "a" in families:
        for m in markup:
            yield Mutation("a", m.rule, f"container: {m.kind} {m.value}",
                           lambda r, m=m: (mark(_locate(r, where), m), True)[1])
    if "b" in families:
        for depth, path in enumerate(ancestors, 1):
            for m in markup:
                if m.kind != "class" and not every_kind:
                    continue
                yield Mutation("b", m.rule, f"ancestor {depth}: {m.kind} {m.value}",
                               lambda r, m=m, path=path: (mark(_locate(r, path), m), True)[1])
    if "c" in families:
        for m in markup:
            if m.attribute == "class":
                yield Mutation("c", m.rule, f"every <p>: {m.kind} {m.value}",
                               lambda r, m=m: _mark_every_p(r, m))
    if "d" in families:
        for m in markup:
            if m.kind == "class":
                yield Mutation("d", m.rule, f"names in <span class={m.value}>",
                               lambda r, m=m: _wrap_names(r, paragraphs, m.value, card=False))
                yield Mutation("d", m.rule, f"names in a hover card {m.value}",
                               lambda r, m=m: _wrap_names(r, paragraphs, m.value, card=True))
                yield Mutation("d", m.rule, f"names in a custom element's hover card {m.value}",
                               lambda r, m=m: _wrap_names(r, paragraphs, m.value, card=True,
                                                          tag="name-card"))
    if "e" in families:
        for name, wrapper in WRAPPERS.items():
            yield Mutation("e", name, f"container inside {name}",
                           lambda r, wrapper=wrapper: _wrap(_locate(r, where), wrapper))


def _mark_every_p(root: HtmlElement, marking: Marking) -> bool:
    found = False
    for body in root.iter("body"):
        for paragraph in body.iter("p"):
            mark(paragraph, marking)
            found = True
    return found


# A name inside a sentence: two capitalised words after a lowercase word (not a sentence's start).
_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+ [A-Z][a-z]+)(?=[ ,.;:])")
_MOST_NAMES = 3  # per paragraph


def _wrap_names(root: HtmlElement, paragraphs: Sequence[int], word: str, *, card: bool,
                tag: str = "span") -> bool:
    """Wrap up to three names in each truth paragraph's own text (its text and its children's
    tails) in inline markup named ``word``: a span, or a hover card (the name as a link, then a
    card that pops up), in a span or a custom element (a web component, ``tag``)."""
    done = False
    for path in paragraphs:
        paragraph = _locate(root, path)
        wrapped = 0
        slots: list[tuple[HtmlElement | None, str]] = [(None, paragraph.text or "")]
        slots += [(child, child.tail or "") for child in paragraph]
        for owner, text in slots:
            match = _NAME.search(text)
            if match is None or wrapped >= _MOST_NAMES:
                continue
            before, name, after = text[: match.start()], match.group(1), text[match.end():]
            span = paragraph.makeelement(tag, {"class": f"{word}-wrapper {word}"})
            if card:
                link = etree.SubElement(span, "a", {"href": "/people/" + name.lower().replace(" ", "-")})
                link.text = name
                popup = etree.SubElement(span, "span", {"class": f"{word}-content"})
                heading = etree.SubElement(popup, "strong")
                heading.text = name
                heading.tail = " Senior fellow at an institute, writes about the region."
            else:
                span.text = name
            span.tail = after
            if owner is None:
                paragraph.text = before
                paragraph.insert(0, span)
            else:
                owner.tail = before
                owner.addnext(span)
            wrapped += 1
            done = True
    return done


def _wrapper(tag: str, **attributes: str) -> Callable[[HtmlElement], HtmlElement]:
    def make(near: HtmlElement) -> HtmlElement:
        return near.makeelement(tag, {k.replace("_", "-"): v for k, v in attributes.items()})
    return make


def _form(near: HtmlElement) -> HtmlElement:
    """ASP.NET's page-wide form, with a sign-in box of its own (a password field) inside."""
    form = near.makeelement("form", {"id": "aspnetForm", "method": "post"})
    login = etree.SubElement(form, "div", {"class": "login"})
    etree.SubElement(login, "input", {"type": "text", "name": "user"})
    etree.SubElement(login, "input", {"type": "password", "name": "pass"})
    return form


WRAPPERS: dict[str, Callable[[HtmlElement], HtmlElement]] = {
    "<aside>": _wrapper("aside"),
    "<footer>": _wrapper("footer"),
    "<nav>": _wrapper("nav"),
    "<form> with a password field": _form,
    "<dialog open>": _wrapper("dialog", open="open"),
    "role=dialog": _wrapper("div", role="dialog"),
    "class=modal": _wrapper("div", class_="modal-content"),
    "aria-modal": _wrapper("div", aria_modal="true"),
    "aria-hidden": _wrapper("div", aria_hidden="true"),
    "hidden": _wrapper("div", hidden="hidden"),
    "display:none": _wrapper("div", style="display:none"),
    "<details>": _wrapper("details"),
    "hidden itemscope": _wrapper("div", hidden="hidden", itemscope="itemscope"),
    "display:none itemscope": _wrapper("div", style="display: none", itemscope="itemscope"),
}


def _wrap(element: HtmlElement, make: Callable[[HtmlElement], HtmlElement]) -> bool:
    parent = element.getparent()
    if parent is None:
        return False
    wrapper = make(element)
    wrapper.tail, element.tail = element.tail, None
    parent.replace(element, wrapper)
    wrapper.append(element)
    return True


# --- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loss:
    corpus: str
    page: str
    site: str
    family: str
    rule: str
    what: str
    before: float
    after: float
    culprits: str
    trafilatura: float  # trafilatura's recall on the mutated page
    trafilatura_before: float  # and on the unmutated page

    @property
    def drop(self) -> float:
        return self.before - self.after

    def ours(self, drop: float) -> bool:
        """Whether the mutated page is a loss page against trafilatura (newsclean's recall more
        than ``drop`` below trafilatura's on it) that the mutation made: newsclean lost more than
        trafilatura alone lost to it (its own class filters drop ``caption`` or ``author`` spans,
        ``<nav>``; a card's text glued into a sentence costs both)."""
        return (self.after < self.trafilatura - drop
                and self.drop - max(0.0, self.trafilatura_before - self.trafilatura) > drop)


def _pages(losses: Sequence[Loss]) -> int:
    return len({(loss.corpus, loss.page) for loss in losses})


@dataclass(frozen=True)
class PageRun:
    corpus: str
    page: str
    tried: Counter[tuple[str, str]]  # (family, rule): mutations applied
    losses: list[Loss]
    note: str = ""


def _recall(truth: str, text: str) -> float:
    return aeb.score_page(truth, text).recall or 0.0


def _culprits(html: str, url: str | None, lost: Counter[tuple[str, ...]]) -> str:
    result = CLEANER.explain(html, url=url, metadata=False)
    held: Counter[str] = Counter()
    for removal in result.removals:
        overlap = sum((aeb.shingles(removal.text) & lost).values())
        if overlap:
            held[removal.code] += overlap
    total = sum(lost.values()) or 1
    named = [f"{code} {count / total:.0%}" for code, count in held.most_common(3)]
    return ", ".join(named) or "no removal held it (extraction)"


def removals(tree: HtmlElement, host: str | None) -> Counter[tuple[str, int]]:
    """What newsclean's DOM rules remove from (a copy of) ``tree``: each removal's rule and the
    length of its text. A mutation after which they remove what they removed before leaves
    newsclean's extraction to trafilatura's own reading of the markup: it is not measured."""
    found = newsclean.dom.prune(copy.deepcopy(tree), CLEANER._chain.dom_rules, host)
    return Counter((r.rule.code, len(r.element.text_content())) for r in found.removals)


def run_page(task: tuple[corpora.Page, tuple[str, ...], float, bool]) -> PageRun:
    page, families, drop, every_token = task
    truth_text = page.body or ""
    truth = aeb.shingles(truth_text)
    text, _ = newsclean.html.decode(page.html_bytes())
    tree, _ = newsclean.html._load(text)
    bodies = list(tree.iter("body")) if tree is not None else []
    if not bodies or not truth:
        return PageRun(page.corpus, page.id, Counter(), [], "no body")
    blocks = truth_blocks(bodies[0], truth)
    container = container_of(blocks)
    if container is None:
        return PageRun(page.corpus, page.id, Counter(), [], "no container")
    baseline = tostring(tree, encoding="unicode")
    before = _recall(truth_text, CLEANER.clean(baseline, url=page.url))
    host = newsclean.html.host_of(page.url)
    unmutated = removals(tree, host)
    tried: Counter[tuple[str, str]] = Counter()
    losses = []
    markup = markings(CLEANER.rules, every_token=every_token)
    theirs_before: list[float] = []  # trafilatura's recall on the unmutated page, once needed
    for mutation in mutations(tree, container, blocks, markup, families, every_kind=every_token):
        copied = copy.deepcopy(tree)
        if not mutation.apply(copied):
            continue
        tried[mutation.family, mutation.rule] += 1
        if removals(copied, host) == unmutated:
            continue
        html = tostring(copied, encoding="unicode")
        ours = CLEANER.clean(html, url=page.url)
        after = _recall(truth_text, ours)
        if before - after > drop:
            lost = truth - aeb.shingles(ours)
            theirs = _recall(truth_text, trafilatura.extract(html, include_comments=False) or "")
            if not theirs_before:
                unmutated_text = trafilatura.extract(baseline, include_comments=False) or ""
                theirs_before.append(_recall(truth_text, unmutated_text))
            losses.append(Loss(page.corpus, page.id, page.site, mutation.family, mutation.rule,
                               mutation.what, before, after, _culprits(html, page.url, lost), theirs,
                               theirs_before[0]))
    return PageRun(page.corpus, page.id, tried, losses)


def sample(corpus: str, size: int) -> list[corpora.Page]:
    """``size`` pages of ``corpus`` with a true body, chosen by a hash of their ids (stable)."""
    listed = [p for p in corpora.pages(corpus) if p.body]
    listed.sort(key=lambda p: hashlib.sha1(f"{corpus}/{p.id}".encode()).hexdigest())
    return listed[:size]


# --- the report ------------------------------------------------------------------------------


def report(runs: Sequence[PageRun], families: Sequence[str], drop: float, show: int) -> list[str]:
    tried: Counter[tuple[str, str]] = Counter()
    for run in runs:
        tried.update(run.tried)
    losses = [loss for run in runs for loss in run.losses]
    measured = sum(1 for run in runs if run.tried)
    lines = [f"{measured} pages measured ({len(runs) - measured} without a container found), "
             f"{sum(tried.values())} mutations; a loss: recall down more than {drop}", ""]
    for family in families:
        mine = [loss for loss in losses if loss.family == family]
        ours = [loss for loss in mine if loss.ours(drop)]
        lines.append(f"## ({family}) {FAMILY_NAMES[family]}: {len(mine)} losses on {_pages(mine)} pages, "
                     f"{len(ours)} on {_pages(ours)} pages body safety's (loss pages against trafilatura)")
        lines.append("")
        lines.append("| rule or wrapper | mutations | losses | pages | body safety's | pages |")
        lines.append("| --- | ---: | ---: | ---: | ---: | ---: |")
        for rule in sorted({rule for (f, rule) in tried if f == family}):
            theirs = [x for x in mine if x.rule == rule]
            kept = [x for x in theirs if x.ours(drop)]
            lines.append(f"| {rule} | {tried[family, rule]} | {len(theirs)} | {_pages(theirs)} | "
                         f"{len(kept)} | {_pages(kept)} |")
        lines.append("")
        for loss in sorted(mine, key=lambda x: (not x.ours(drop), -x.drop))[:show]:
            lines.append(f"    {loss.corpus}/{loss.page[:16]} ({loss.site}) {loss.what}: recall "
                         f"{loss.before:.2f} -> {loss.after:.2f} (trafilatura "
                         f"{loss.trafilatura_before:.2f} -> {loss.trafilatura:.2f}); {loss.culprits}")
        lines.append("")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=BODY_CORPORA)
    parser.add_argument("--sample", type=int, default=20, help="pages per corpus")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--family", nargs="+", choices=FAMILIES, default=list(FAMILIES))
    parser.add_argument("--drop", type=float, default=0.05, help="recall drop that counts as a loss")
    parser.add_argument("--all-tokens", action="store_true",
                        help="every word of every rule, not the first of each kind")
    parser.add_argument("--show", type=int, default=25, help="losses listed per family")
    parser.add_argument("--page", action="append", help="only pages whose id starts so (any corpus)")
    args = parser.parse_args(argv)
    chosen = args.corpus or list(BODY_CORPORA)
    tasks = [(page, tuple(args.family), args.drop, args.all_tokens)
             for corpus in chosen for page in sample(corpus, args.sample)
             if not args.page or any(page.id.startswith(prefix) for prefix in args.page)]
    print(f"newsclean {newsclean.__version__}, trafilatura {trafilatura.__version__}; "
          f"{', '.join(chosen)}, {args.sample} pages each")
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            runs = list(pool.map(run_page, tasks, chunksize=1))
    else:
        runs = [run_page(task) for task in tasks]
    print("\n".join(report(runs, args.family, args.drop, args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
