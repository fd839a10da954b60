"""HTML input: recognise it, decode it, prune it, and extract its article with trafilatura.

The page is parsed once, by trafilatura's own loader, so that what newsclean
prunes is exactly the tree trafilatura reads. Then:

1. DOM rules remove the boilerplate elements the markup names (:mod:`newsclean.dom`);
2. trafilatura extracts the article text from what is left (readers' comments only when
   asked for), under the page guard (:mod:`newsclean.guard`), which reverts removals that
   cost article text;
3. the text rule chain runs on that text, knowing the page's headline, which
   in HTML mode is metadata rather than body.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import dataclasses
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

from .blocks import NO_CONTEXT, PageContext, normalise
from .dom import DomRemoval, DomRule, document_elements, prose_blocks, prune
from .guard import PageGuardOutcome, guarded_extraction

if TYPE_CHECKING:
    from lxml.html import HtmlElement, HTMLParser

__all__ = ["Extraction", "Metadata", "decode", "extract", "looks_like_html", "refuse_binary"]

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|"
    r"section|main|p|span|h[1-6]|header|table|ul|script|link|style)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text.

    It must open with a tag (after a BOM, whitespace, an XML declaration or
    comments): plain text that merely mentions ``<p>`` is text.
    """
    return bool(_HTML_START.match(text[:2000].lstrip("\ufeff")))


# What a page is not, by its first bytes.
_MAGIC = {
    b"%PDF-": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF file (WebP, WAV, AVI)",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip-compressed data (decompress it first)",
    b"\x28\xb5\x2f\xfd": "zstd-compressed data (decompress it first)",
}
_UTF16_OR_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# C0 controls that text never uses (tab, newlines, form feed and escape are left out).
_CONTROL_BYTES = bytes([*range(9), 11, *range(14, 27), *range(28, 32)])
_SAMPLE = 65_536


def refuse_binary(data: bytes, function: str = "clean") -> None:
    """Raise ``ValueError`` for bytes that are a known binary format or mostly control bytes:
    decoding them would "succeed" with a legacy charset and return megabytes of noise."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ValueError(f"{function}(): the bytes are {what}, not an HTML page")
    if data.startswith(_UTF16_OR_32_BOMS) or utf16_without_bom(data):
        return  # NUL bytes are how UTF-16 and UTF-32 spell ASCII
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) // 50:
        raise ValueError(
            f"{function}(): the bytes look binary ({controls:,} control bytes in the first "
            f"{len(sample):,}), not an HTML page"
        )


def decode(data: bytes) -> tuple[str, str]:
    """Decode a page: its BOM, else UTF-16 by its NUL bytes, else UTF-8, else its declared
    charset, else detection.

    Returns the text and the encoding used. Bytes that are UTF-8 stay UTF-8 whatever the page
    declares: a page re-encoded on its way (by a crawler, a CMS) keeps its old ``<meta
    charset>``, while bytes in a legacy charset are almost never valid UTF-8 by chance. So do
    bytes that are UTF-8 but for a few bad ones, which read as windows-1252: detection would
    guess a legacy charset for the whole page and garble every UTF-8 letter. Nothing raises.
    """
    from bs4.dammit import EncodingDetector, UnicodeDammit

    body, bom = EncodingDetector.strip_byte_order_mark(data)
    if bom:
        return body.decode(bom, "replace"), bom
    wide = utf16_without_bom(data)
    if wide:
        return data.decode(wide, "replace"), f"{wide} (no byte order mark)"
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # ASCII reads the same in any charset a page can declare in ASCII
        return text, declared if declared and data.isascii() and _reads_ascii(declared) else "utf-8"
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd")
    # Decoded non-ASCII letters are evidence of UTF-8 (legacy text rarely forms valid sequences),
    # and so is a declaration: a page that mixes in a few legacy bytes stays UTF-8.
    decoded = len(text) - len(text.encode("ascii", "ignore")) - replaced
    utf8_declared = declared is not None and declared.lower().replace("_", "-") in ("utf-8", "utf8")
    if (decoded > 0 or utf8_declared) and replaced <= max(8, len(text) // 200):
        return data.decode("utf-8", _LEGACY_BYTES), _MIXED
    if declared:
        try:
            return data.decode(_as_browsers_read(declared)), declared
        except (LookupError, ValueError):  # UnicodeDecodeError, or a name with a NUL in it
            pass  # a wrong declaration: decide from the bytes themselves
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        guessed = _as_browsers_read(dammit.original_encoding)
        if guessed in _WEB_CHARSETS:
            return data.decode(guessed, "replace"), dammit.original_encoding
    return data.decode("cp1252", "replace"), "windows-1252 (fallback)"


def _read_as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """Decoding's error handler for a UTF-8 page with a few legacy bytes (a CMS pasting in an old
    article, a template in Latin-1): each byte that is not UTF-8 reads as windows-1252, the
    charset such bytes nearly always come from, so "S\\xe4ngerin" stays "Sängerin"; the five
    bytes windows-1252 leaves undefined become U+FFFD, as with ``"replace"``."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", "replace"), error.end


_LEGACY_BYTES = "newsclean.windows-1252"
_MIXED = "utf-8 (a few bytes that are not UTF-8 read as windows-1252)"
codecs.register_error(_LEGACY_BYTES, _read_as_windows_1252)


#: Charsets as browsers read them (the WHATWG Encoding Standard): a page labelled Latin-1 or
#: ASCII is read as windows-1252, whose 0x80-0x9F bytes are the curly quotes and dashes such pages
#: hold (read as Latin-1 they are control characters), and so for the other labels whose
#: superset browsers use.
_SUPERSETS = {
    "ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
    "tis-620": "cp874", "gb2312": "gbk", "big5": "big5hkscs", "shift_jis": "cp932",
    "euc_kr": "cp949",
}

#: The charsets browsers read (Python's names). A detector's guess outside them (a DOS code page
#: such as cp852, where windows-1252's curly apostrophe is a letter) is never a web page's.
_WEB_CHARSETS = frozenset((
    "utf-8", "utf-16-le", "utf-16-be", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5",
    "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
    "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "cp874", "cp1250", "cp1251", "cp1252",
    "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gbk", "gb18030", "big5hkscs",
    "euc_jp", "iso2022_jp", "cp932", "cp949",
))


def _as_browsers_read(charset: str) -> str:
    """The codec a browser reads ``charset`` with; raises LookupError for an unknown name."""
    name = codecs.lookup(charset).name
    return _SUPERSETS.get(name, name)


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for bytes that spell mostly ASCII in UTF-16 without a
    byte order mark (every other byte NUL, on one side only), else ``None``."""
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 8 or sample.count(0) < pairs // 3:  # either side needs a third of the pairs NUL
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= pairs // 3 and even <= pairs // 50:
        return "utf-16-le"
    if even >= pairs // 3 and odd <= pairs // 50:
        return "utf-16-be"
    return None


def _reads_ascii(encoding: str) -> bool:
    try:
        return b"<html>".decode(encoding) == "<html>"
    except (LookupError, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a pipeline stores beside the body. Fields the page lacks are ``None``."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """What the HTML stage hands to the text stage."""

    text: str
    dom_removals: list[DomRemoval] = field(default_factory=list)
    context: PageContext = NO_CONTEXT
    metadata: Metadata | None = None
    notes: tuple[str, ...] = ()
    encoding: str | None = None
    markdown: str | None = None  # the same extraction as Markdown, when asked for
    page_guard: PageGuardOutcome | None = None


def extract(
    html: str,
    dom_rules: Sequence[DomRule],
    *,
    url: str | None = None,
    with_metadata: bool = False,
    favor: str = "balanced",
    encoding: str | None = None,
    tables: bool = True,
    comments: bool = False,
    markdown: bool = False,
) -> Extraction:
    """Prune and extract one page, under the page guard. Never raises on odd HTML: an empty
    result says why."""
    tree, notes = _load(html)
    if tree is None or len(tree) == 0:
        notes = (*notes, "the input is not parseable as an HTML page")
        return Extraction("", notes=notes, encoding=encoding)
    metadata = _metadata(tree, url) if with_metadata else None
    context = _page_context(tree, host_of(url))
    pruning = prune(tree, dom_rules, context.host)
    if not comments:
        notes = (*notes, *_unmark_article_wrappers(tree))
    figures = pruning.story_figures(tree)
    if figures:
        context = dataclasses.replace(context, story=_story(figures))
        notes = (*notes, _read_story_figures(figures))
    page_guard = None
    formatted = None
    if _paragraph_elements(tree, EXTRACTION_LIMIT) > EXTRACTION_LIMIT:
        text, notes = _block_text(tree), (*notes, _UNEXTRACTED)
    else:
        joins: dict[str, int] = {}  # each extraction's text: how many chunks it joined to the first
        text, page_guard = guarded_extraction(
            pruning,
            lambda: _trafilatura_text(tree, url, favor, tables=tables, comments=comments, joins=joins),
        )
        if markdown:
            formatted = _trafilatura_text(
                copy.deepcopy(tree), url, favor, tables=tables, comments=comments, markdown=True
            )
        if joins.get(text):
            notes = (*notes, _joined_note(joins[text]))
        if not text:
            notes = (*notes, "trafilatura found no article text on this page")
        elif _only_links(text, tree):  # the tree as the guard left it (what it reverted back in)
            note = f"the page holds only navigation links ({text.split()[0]!r}…), no article text"
            text, notes, formatted = "", (*notes, note), None
    if markdown and formatted is None:
        formatted = text
    if formatted is not None:
        formatted = unicodedata.normalize("NFC", formatted)
    text = unicodedata.normalize("NFC", text)
    return Extraction(text, pruning.removals, context, metadata, notes, encoding, formatted, page_guard)


#: The most elements inside paragraphs a page may hold for trafilatura to extract it. Past it,
#: trafilatura takes time quadratic in their number (an XPath over the paragraphs' text nodes,
#: which its stripping of links and spans multiplies): 16,000 spans in one paragraph took 5 s,
#: 40,000 paragraphs with a link, a span and bold text 110 s. The largest of the 2,936 real
#: pages in the measuring corpora holds 2,123.
EXTRACTION_LIMIT = 10_000
_UNEXTRACTED = (
    f"the page holds over {EXTRACTION_LIMIT:,} elements in paragraphs, past which trafilatura's "
    "extraction slows down quadratically: its text was taken block by block, without extraction"
)


def _trafilatura_text(
    tree: HtmlElement,
    url: str | None,
    favor: str,
    *,
    tables: bool = True,
    comments: bool = False,
    markdown: bool = False,
    joins: dict[str, int] | None = None,
) -> str:
    """The article trafilatura extracts: plain text, or Markdown (headings, lists, emphasis,
    tables); readers' comments, when asked for, follow it after a blank line.

    An article body split into sibling chunks is joined first (:mod:`newsclean.chunks`);
    ``joins`` receives, by the text, how many chunks were joined to the first."""
    from .chunks import extends, joined
    from .rules import first_use

    with first_use():  # a second on a busy machine, the first time: no document's time limit counts it
        import trafilatura
        from trafilatura.xml import xmltotxt

    def text_of(root: HtmlElement) -> str:
        document = trafilatura.bare_extraction(
            root,
            url=url,
            include_comments=comments,
            include_tables=tables,
            include_formatting=markdown or None,
            output_format="markdown" if markdown else "python",
            favor_recall=favor == "recall",
            favor_precision=favor == "precision",
            with_metadata=False,
        )
        if not isinstance(document, trafilatura.settings.Document):
            return ""
        if markdown:
            body = xmltotxt(document.body, include_formatting=True) if document.body is not None else ""
        else:
            body = document.text or ""
        if comments and document.comments:
            return f"{body}\n\n{document.comments}" if body else document.comments
        return body

    whole, count = joined(tree)
    text = text_of(whole)
    if count:  # joined, trafilatura may read the page otherwise: the first chunk's text must stay
        first = text_of(tree)
        if not extends(text, first):
            text, count = first, 0
    if joins is not None:
        joins[text] = count
    return text


def _unmark_article_wrappers(tree: HtmlElement) -> tuple[str, ...]:
    """Take the comments' name off the wrappers of the article: an ``<article>`` holding the page's
    headline, and itself half the page's paragraphs' text or more. Without readers' comments,
    trafilatura drops every container whose id or class opens with "comment" before it reads the
    page, and some themes wrap the whole post in one ("comments-sidebar-wrap"). A page of
    comments alone has no such article, and ``#comments`` is a thread's own anchor.
    Returns a note for each wrapper so unmarked."""
    # The post's own container: the first <article> to hold a headline (a theme's first <h1> may
    # be the site's name).
    story = next((found for headline in tree.iter("h1")
                  for found in [next(headline.iterancestors("article"), None)] if found is not None), None)
    if story is None or _comment_names(story):
        return ()
    notes = []
    wrappers = [wrapper for wrapper in story.iterancestors(*_WRAPPERS) if _comment_names(wrapper)
                and (wrapper.get("id") or "").lower() not in _THREAD_ANCHORS]
    if not wrappers or 2 * _paragraph_text(story) < _paragraph_text(tree):
        return ()  # the article holds less than half the page's text: a thread beside a teaser
    for wrapper in wrappers:
        names = _comment_names(wrapper)
        for attribute, value in names.items():
            kept = " ".join(name for name in value.split() if not _COMMENT_NAME.search(name))
            if kept and attribute == "class":
                wrapper.set(attribute, kept)
            else:
                del wrapper.attrib[attribute]
        named = " ".join(f"{attribute}={value!r}" for attribute, value in names.items())
        notes.append(f"the article's wrapper <{wrapper.tag} {named}> is named for comments: its name "
                     "was taken off, so that the extractor reads it")
    return tuple(notes)


def _read_story_figures(figures: frozenset[HtmlElement]) -> str:
    """Make the figures whose captions tell the page's story (a gallery, a photo story) plain
    blocks: trafilatura drops every ``<figure>`` before it reads a page, and with them the whole
    story but its introduction. Returns a note that says so."""
    for figure in figures:
        figure.tag = "div"
    return (f"{len(figures)} figures hold most of the page's prose in their captions, which tell its story: "
            "they were given to the extractor as the article's blocks")


def _story(figures: frozenset[HtmlElement]) -> frozenset[str]:
    """The normalised text of the story figures' blocks of prose (a caption, a credit glued to it)."""
    return frozenset(normalise(block.text_content()) for figure in figures for block in prose_blocks(figure))


# The ids of a thread's own container, never a theme's wrapper.
_THREAD_ANCHORS = frozenset({"comments", "comment", "disqus_thread"})
# The containers trafilatura drops by a comments' name, and the names it reads as comments.
_WRAPPERS = ("div", "section", "details", "ol", "ul")
_COMMENT_NAME = re.compile(r"[Cc]omment(?!ary)|comol|disqus|dsq-comments")


def _comment_names(element: HtmlElement) -> dict[str, str]:
    """The element's id and class, where they hold a comments' name."""
    found = {}
    for attribute in ("id", "class"):
        value = element.get(attribute)
        if value and _COMMENT_NAME.search(value):
            found[attribute] = value
    return found


def _paragraph_text(element: HtmlElement) -> int:
    return sum(len(paragraph.text_content()) for paragraph in element.iter("p"))


def _joined_note(count: int) -> str:
    return (
        f"the article's body is split into {count + 1} containers of one kind, of which trafilatura "
        "takes only the first: they were joined for extraction"
    )


def _link_labels(tree: HtmlElement) -> frozenset[str]:
    """The text of every link on the page, spaces collapsed."""
    return frozenset(" ".join(link.text_content().split()) for link in tree.iter("a"))


#: Longest line, in words, that still reads as a navigation link's label.
_LINK_WORDS = 6


def _only_links(text: str, tree: HtmlElement) -> bool:
    """Whether what trafilatura extracted is only link labels ("Home", "News") of ``tree``, as it is
    on a page that has navigation and no article: nothing there is the body of anything. The
    labels are read only when every line is short enough to be one."""
    lines = []
    for line in text.splitlines():
        words = line.split()
        if len(words) > _LINK_WORDS:
            return False  # an article's first lines say so: the rest of its text is not read
        if words:
            lines.append(" ".join(words))
    if not lines:
        return False
    links = _link_labels(tree)
    return all(line in links for line in lines)


def _paragraph_elements(tree: HtmlElement, stop: int) -> int:
    """How many elements the page's paragraphs hold (themselves included), counted up to past ``stop``."""
    count = 0
    for paragraph in tree.iter("p"):
        count += sum(1 for _ in paragraph.iter())
        if count > stop:
            break
    return count


# Elements whose boundaries separate lines of text, as a browser renders them.
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
)


def _block_text(tree: HtmlElement) -> str:
    """The page's visible text, one line per block, in one pass (it changes the tree)."""
    from lxml.etree import strip_elements

    strip_elements(tree, "head", "script", "style", "noscript", "template", with_tail=False)
    for element in tree.iter(*_BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in "".join(tree.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _load(html: str) -> tuple[HtmlElement | None, tuple[str, ...]]:
    """The page's tree as trafilatura's loader makes it, and notes on what it took more.

    Lone surrogates are replaced first (:func:`parseable`). The parser stops at 256 levels of
    nesting and drops the rest of the page, so a page nested deeper lost its article: it is
    parsed again with the limit at 2,048, and past that without its container elements (divs,
    spans, sections, tables, lists, inline styles), which leaves its paragraphs, headings and
    links at a depth the parser reads.
    """
    html, notes = parseable(html)
    parser = _parser()
    tree = _load_like_trafilatura(html, parser)
    if not _too_deep(parser):
        return tree, notes
    tree = _parse_deep(html)
    if not _too_deep(_parser(deep=True)):
        return tree, notes
    flat = "the page is nested over 2,048 levels deep; it was read without its container elements"
    return _parse_deep(_CONTAINER_TAGS.sub("\n", html)), (*notes, flat)


def _load_like_trafilatura(html: str, parser: HTMLParser) -> HtmlElement | None:
    """``trafilatura.utils.load_html`` step by step (repair, parse the text, else its bytes,
    reject what is no HTML), with ``parser`` instead of trafilatura's."""
    from lxml.html import fromstring
    from trafilatura import utils

    beginning = html[:50].lower()
    dubious = utils.is_dubious_html(beginning)
    html = utils.repair_faulty_html(html, beginning)
    tree = None
    with contextlib.suppress(ValueError, etree.LxmlError):  # ValueError: a declared encoding
        tree = fromstring(html, parser=parser)
    if tree is None or len(tree) < 1:
        try:
            tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
        except (ValueError, etree.LxmlError):
            tree = None
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


def _too_deep(parser: object) -> bool:
    """Whether the parser's last run stopped at its nesting limit."""
    return any("Excessive depth" in entry.message for entry in getattr(parser, "error_log", ()))


def _parse_deep(html: str) -> HtmlElement | None:
    from lxml.html import fromstring

    try:
        return fromstring(html.encode("utf-8"), parser=_parser(deep=True))
    except (etree.ParserError, ValueError):
        return None


_PARSERS = threading.local()  # lxml parsers are not to be shared between threads


def _parser(*, deep: bool = False) -> HTMLParser:
    """This thread's parser: trafilatura's settings (with ``deep``, the nesting limit at 2,048
    levels instead of 256), and lxml.html's element classes set in C. lxml.html's own lookup,
    which trafilatura's parser uses, is a Python call for every element the code touches: a
    tenth of the time of cleaning a page went to it."""
    key = "deep" if deep else "plain"
    parser: HTMLParser | None = getattr(_PARSERS, key, None)
    if parser is None:
        from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction

        parser = HTMLParser(  # type: ignore[call-arg]  # the stubs lack default_doctype
            collect_ids=False,
            default_doctype=False,
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            huge_tree=deep,
        )
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
            )
        )
        setattr(_PARSERS, key, parser)
    return parser


# Runs of every tag but those that hold text and cannot nest deeply (a paragraph closes the one
# before it), with the whitespace between them.
_CONTAINER_TAGS = re.compile(
    r"(?:</?(?!(?:html|head|title|meta|link|base|body|p|h[1-6]|br|hr|a|img|script|style|noscript"
    r"|template)\b)[a-z][^<>]*>\s*)+",
    re.IGNORECASE,
)


def parseable(html: str) -> tuple[str, tuple[str, ...]]:
    """``html`` as the parser can read all of it, and a note if that took a change.

    A lone surrogate (a ``\\ud800`` escape in JSON gives one) cannot be encoded, and the
    parser silently drops everything after it: the article would end mid-sentence. Pairs of
    surrogates become the character they spell; lone ones become U+FFFD.
    """
    if html.isascii():
        return html, ()
    try:
        html.encode("utf-8")
    except UnicodeEncodeError:
        replaced = html.count("\ufffd")
        html = html.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        lone = html.count("\ufffd") - replaced
        if lone:
            return html, (f"{lone:,} lone surrogate(s) replaced by U+FFFD before parsing",)
    return html, ()


def _metadata(tree: object, url: str | None) -> Metadata:
    from trafilatura.metadata import extract_metadata

    found = extract_metadata(tree, url)
    language = None
    root = getattr(tree, "getroottree", None)
    if root is not None:
        language = (tree.getroottree().getroot().get("lang") or "").strip() or None  # type: ignore[attr-defined]
    return Metadata(
        title=found.title,
        author=found.author,
        date=found.date,
        sitename=found.sitename,
        url=found.url,
        language=found.language or language,
        description=found.description,
        categories=tuple(found.categories or ()),
        tags=tuple(found.tags or ()),
    )


_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s*»\s*")


def host_of(url: str | None) -> str | None:
    """The lowercase hostname of ``url``, without a leading ``www.``; ``None`` if there is none."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    return host.removeprefix("www.") or None


def _page_context(tree: object, host: str | None) -> PageContext:
    """The headline as the page declares it and sets apart from its text, normalised for
    comparison."""
    return PageContext(set_apart(tree, headline_candidates(_titles(tree))), host)


_TITLE_METAS = frozenset(("og:title", "twitter:title"))


def _titles(tree: object) -> list[str]:
    """The page's titles: ``//head/title/text()``, the ``content`` of ``//meta`` elements whose
    ``property`` is ``og:title`` or ``twitter:title`` or whose ``name`` is ``twitter:title``, and
    the text of the first three ``//h1``, found in one walk of the page (three XPaths walked it
    three times)."""
    titles: list[str] = []
    headings: list[str] = []
    tops = document_elements(tree)
    for element in (found for root in tops for found in root.iter("title", "meta", "h1")):
        tag = element.tag
        if tag == "h1":
            if len(headings) < 3:
                headings.append(" ".join(element.text_content().split()))
        elif tag == "title":
            parent = element.getparent()
            if parent is not None and parent.tag == "head":
                titles.extend(element.xpath("text()"))
        else:
            get = element.get
            content = get("content")
            if content is not None and (get("property") in _TITLE_METAS or get("name") == "twitter:title"):
                titles.append(content)
    return [*titles, *headings]


def set_apart(tree: object, headlines: frozenset[str]) -> frozenset[str]:
    """The headlines that the page sets in a ``<header>`` element, word for word in one of its
    elements: HTML's header holds an article's heading, byline and date apart from its text,
    and the headline there is metadata. A headline among the article's paragraphs, with no
    header around it, is the first line of the article's text (corpora that label the body
    by hand include it), so it stays in the text."""
    found: set[str] = set()
    if not headlines:
        return frozenset()
    words_of = [headline.split() for headline in headlines]
    for header in tree.iter("header"):  # type: ignore[attr-defined]
        text = header.text_content()
        if not _may_spell(text, words_of):
            continue
        spelled = normalise(text)
        words = f" {spelled} "
        if any(f" {headline} " in words for headline in headlines):
            found.update(_spelled(header, spelled, headlines, words_of))
    return frozenset(found)


def _may_spell(text: str, words_of: list[list[str]]) -> bool:
    """Whether ``text`` lowercased holds each word of one of the headlines (``words_of``, each a
    list of its words), as it must if normalised it holds the headline, whole or with its first
    and last words cut: a cheap test before normalising a long text."""
    lowered = text.lower()
    return any(all(word in lowered for word in words) for words in words_of)


def _spelled(
    header: HtmlElement, spelled: str, headlines: frozenset[str], words_of: list[list[str]]
) -> set[str]:
    """The headlines that an element in ``header`` (itself included, whose text normalised is
    ``spelled``) spells, normalised.

    An element's text is a piece of its parent's, so a subtree is passed over where its root's
    text cannot hold a headline: shorter than the shortest (normalised, a text is no longer than
    it is, but for a capital dotted I, which lowercases to two characters), or normalised without
    any headline in it (a piece of a text, normalised, is in the text normalised: its first and
    last words may be cut, the rest are the same; lowercasing reads each character alone, but
    for a capital sigma, which is final or not by what follows it). A site's header holds its
    menus, and normalising each of their elements' text cost more than the rest of the header."""
    shortest = min(map(len, headlines))
    found: set[str] = set()
    stack: list[tuple[HtmlElement, str | None]] = [(header, spelled)]
    while stack:
        element, known = stack.pop()
        text = element.text_content()
        if len(text) < shortest and len(text) + text.count("\u0130") < shortest:
            continue
        sigma = "\u03a3" in text
        if known is None and not _may_spell(text, words_of):  # nor does it hold one normalised
            if sigma:
                stack.extend((child, None) for child in element if isinstance(child.tag, str))
            continue
        spelled = normalise(text) if known is None else known
        if spelled in headlines:
            found.add(spelled)
        if not sigma and not any(headline in spelled for headline in headlines):
            continue
        stack.extend((child, None) for child in element if isinstance(child.tag, str))
    return found


def headline_candidates(titles: Iterable[str]) -> frozenset[str]:
    """Normalised headlines from page titles, with site names split off ("Headline | Site")."""
    found = set()
    for title in titles:
        found.add(normalise(title))
        found.update(normalise(part) for part in _TITLE_SEPARATORS.split(title))
    return frozenset(h for h in found if len(h.split()) >= 2)


