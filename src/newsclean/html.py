"""HTML input: recognise it, decode it, prune it, and extract its article with trafilatura.

The page is parsed once, by trafilatura's own loader, so that what newsclean
prunes is exactly the tree trafilatura reads. Then:

1. DOM rules remove the boilerplate elements the markup names (:mod:`newsclean.dom`);
2. trafilatura extracts the article text from what is left, comments excluded, under the
   page guard (:mod:`newsclean.guard`), which reverts removals that cost article text;
3. the text rule chain runs on that text, knowing the page's headline, which
   in HTML mode is metadata rather than body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .blocks import NO_CONTEXT, PageContext, normalise
from .dom import DomRemoval, DomRule, prune
from .guard import PageGuardOutcome, guarded_extraction

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
    if data.startswith(_UTF16_OR_32_BOMS):
        return  # NUL bytes are how UTF-16 and UTF-32 spell ASCII
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) // 50:
        raise ValueError(
            f"{function}(): the bytes look binary ({controls:,} control bytes in the first "
            f"{len(sample):,}), not an HTML page"
        )


def decode(data: bytes) -> tuple[str, str]:
    """Decode a page: its BOM, else its declared charset, else UTF-8, else detection.

    Returns the text and the encoding used. Bytes that are UTF-8 but for a
    few bad ones stay UTF-8 (with replacement characters): detection would
    guess a legacy charset and garble every accented letter. Nothing raises.
    """
    from bs4.dammit import EncodingDetector, UnicodeDammit

    body, bom = EncodingDetector.strip_byte_order_mark(data)
    if bom:
        return body.decode(bom, "replace"), bom
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, ValueError):  # UnicodeDecodeError, or a name with a NUL in it
            pass  # a wrong declaration: decide from the bytes themselves
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd")
    # Decoded non-ASCII letters are evidence of UTF-8 (legacy text rarely forms valid sequences),
    # and so is a declaration: a page that mixes in a few legacy bytes stays UTF-8.
    decoded = len(text) - len(text.encode("ascii", "ignore")) - replaced
    utf8_declared = declared is not None and declared.lower().replace("_", "-") in ("utf-8", "utf8")
    if (decoded > 0 or utf8_declared) and replaced <= max(8, len(text) // 200):
        return text, "utf-8 (a few undecodable bytes replaced)"
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        return dammit.unicode_markup, dammit.original_encoding
    return data.decode("windows-1252", "replace"), "windows-1252 (fallback)"


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
    page_guard: PageGuardOutcome | None = None


def extract(
    html: str,
    dom_rules: Sequence[DomRule],
    *,
    url: str | None = None,
    with_metadata: bool = False,
    favor: str = "balanced",
    encoding: str | None = None,
) -> Extraction:
    """Prune and extract one page, under the page guard. Never raises on odd HTML: an empty
    result says why."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except (ValueError, TypeError):
        tree = None
    if tree is None or len(tree) == 0:
        return Extraction("", notes=("the input is not parseable as an HTML page",), encoding=encoding)
    metadata = _metadata(tree, url) if with_metadata else None
    context = _page_context(tree, host_of(url))
    pruning = prune(tree, dom_rules, context.host)
    extracted, page_guard = guarded_extraction(pruning, lambda: _extract_text(tree, url, favor))
    text = unicodedata.normalize("NFC", extracted)
    notes = () if text else ("trafilatura found no article text on this page",)
    return Extraction(text, pruning.removals, context, metadata, notes, encoding, page_guard)


def _extract_text(tree: object, url: str | None, favor: str) -> str:
    """trafilatura's article text of the tree as it stands, comments excluded."""
    import trafilatura

    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        favor_recall=favor == "recall",
        favor_precision=favor == "precision",
        with_metadata=False,
    )
    if isinstance(document, trafilatura.settings.Document):
        return document.text or ""
    return ""


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
    """The headline as the page declares it, normalised for comparison."""
    xpath = tree.xpath  # type: ignore[attr-defined]
    titles = [
        *xpath("//head/title/text()"),
        *xpath('//meta[@property="og:title" or @name="twitter:title" or @property="twitter:title"]/@content'),
        *(" ".join(h1.text_content().split()) for h1 in xpath("//h1")[:3]),
    ]
    return PageContext(headline_candidates(titles), host)


def headline_candidates(titles: Iterable[str]) -> frozenset[str]:
    """Normalised headlines from page titles, with site names split off ("Headline | Site")."""
    found = set()
    for title in titles:
        found.add(normalise(title))
        found.update(normalise(part) for part in _TITLE_SEPARATORS.split(title))
    return frozenset(h for h in found if len(h.split()) >= 2)


