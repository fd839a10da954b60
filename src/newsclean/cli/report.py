"""The HTML report of a batch: one self-contained page, no network, no dependencies.

It shows a summary table and a bar chart of rule hits, each rule with links to
the documents it removed something from (and a button that shows only those),
then each document (up to a limit, the largest share removed first) with its
removed blocks highlighted in their category's colour, the rule code beside
them and the reason on hover. An HTML page's removed elements come first, one
line each, collapsed: the tag, a label read from its class or id, the rule, and
the start of its text; opened, the whole text and the reason. A legend toggles
categories on and off. Fonts fall back to CJK faces for Chinese, Japanese and
Korean text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..results import Removal
from ..rules import Category, Rule
from .inputs import Item
from .outputs import AtomicWriter
from .palette import HEX
from .runner import Result
from .summary import Tally

__all__ = ["Report"]

BARS_SHOWN = 30


@dataclass
class _Document:
    name: str
    source: str
    removals: tuple[Removal, ...]
    error: str | None
    index: int = 0  # its place in the run, which its anchor (#doc-N) names

    @property
    def share(self) -> float:
        """The share of its characters removed: text blocks and, for a page, elements."""
        elements = sum(len(r.text) for r in self.removals if r.element is not None)
        spans = sum(r.end - r.start for r in self.removals if r.start is not None and r.end is not None)
        whole = len(self.source) + elements
        return (spans + elements) / whole if whole else 0.0

    @property
    def codes(self) -> list[str]:
        return sorted({removal.code for removal in self.removals})


@dataclass
class Report:
    """Collects the first ``limit`` documents of a run and writes them as one page."""

    rules: dict[str, Rule]
    limit: int = 100
    documents: list[_Document] = field(default_factory=list)
    categories: Counter[Category] = field(default_factory=Counter)

    def wants(self, position: int) -> bool:
        return position < self.limit

    def add(self, item: Item, result: Result) -> None:
        for code in result.codes:
            self.categories[self.rules[code].category] += 1
        if len(self.documents) >= self.limit:
            return
        name = item.where if result.id is None or item.line is None else f"{item.where} (id {result.id})"
        shown = result.shown
        source, removals = (shown.source, shown.removals) if shown is not None else ("", ())
        self.documents.append(_Document(name, source, removals, result.error, len(self.documents)))

    def write(self, path: Path, tally: Tally) -> None:
        with AtomicWriter(path) as writer:
            writer.write(self.page(tally).encode("utf-8"))

    def page(self, tally: Tally) -> str:
        shown = len(self.documents)
        parts = [
            _HEAD,
            "<header><h1>newsclean report</h1>",
            f"<p>{tally.documents:,} documents, {tally.errors:,} with errors, "
            f"{sum(tally.by_rule.values()):,} removals; newsclean {html.escape(__version__)}. "
            f"Showing the first {shown:,} document(s).</p></header>",
            self._legend(),
            "<main>",
            '<section id="summary"><h2>Removals by rule</h2>',
            _chart(tally),
            _table(tally, self.documents),
            "</section>",
            '<section id="documents"><h2>Documents</h2>',
            '<p class="order">The largest share removed first; errors last. '
            '<button type="button" id="show-all" hidden>show every document</button></p>',
            *(_document(document) for document in _by_share(self.documents)),
            "</section></main>",
            _SCRIPT,
            "</body></html>",
        ]
        return "\n".join(parts)

    def _legend(self) -> str:
        items = [
            f'<button type="button" class="legend c-{c.value}" data-category="{c.value}" aria-pressed="true">'
            f'<span class="swatch"></span>{html.escape(c.label)} ({self.categories[c]:,})</button>'
            for c in Category
        ]
        return '<nav id="legend" aria-label="categories">' + "".join(items) + "</nav>"


def _chart(tally: Tally) -> str:
    """A horizontal bar chart of the most frequent rules, as inline SVG."""
    rows = tally.by_rule.most_common(BARS_SHOWN)
    if not rows:
        return "<p>No removals.</p>"
    top = rows[0][1]
    height, label_width, bar_width = 22, 260, 420
    bars = []
    for i, (code, count) in enumerate(rows):
        colour = HEX[tally.category(code)]
        width = max(1, round(bar_width * count / top))
        y = i * height
        label = html.escape(f"{code} {tally.name(code)}")
        bars.append(
            f'<g class="bar" data-code="{code}"><text x="0" y="{y + 15}">{label}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="{height - 6}" fill="{colour}"/>'
            f'<text x="{label_width + width + 6}" y="{y + 15}">{count:,}</text></g>'
        )
    total_height = height * len(rows)
    return (
        f'<svg id="chart" role="img" aria-label="removals per rule" width="{label_width + bar_width + 80}" '
        f'height="{total_height}" viewBox="0 0 {label_width + bar_width + 80} {total_height}">'
        + "".join(bars)
        + "</svg>"
    )


def _table(tally: Tally, documents: list[_Document]) -> str:
    """Every rule with its count and the documents shown that it removed something from."""
    where: dict[str, list[_Document]] = {}
    for document in documents:
        for code in document.codes:
            where.setdefault(code, []).append(document)
    rows = []
    for code, count in tally.by_rule.most_common():
        found = where.get(code, [])
        links = ", ".join(f'<a href="#doc-{d.index}">{html.escape(_short(d.name, 40))}</a>' for d in found)
        cell = (
            f'<details><summary>{len(found):,} shown</summary>{links}</details>'
            f'<button type="button" class="only" data-code="{code}">show only these</button>'
            if found
            else "none shown"
        )
        rows.append(
            f'<tr id="rule-{code}"><td><code>{code}</code></td><td>{html.escape(tally.name(code))}</td>'
            f"<td>{count:,}</td><td>{cell}</td></tr>"
        )
    return (
        '<table id="rules"><thead><tr><th>code</th><th>rule</th><th>removals</th><th>documents</th>'
        f'</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _by_share(documents: list[_Document]) -> list[_Document]:
    """The documents with the largest share removed first, errors last, else in run order."""
    return sorted(documents, key=lambda d: (d.error is not None, -d.share, d.index))


def _document(document: _Document) -> str:
    codes = " ".join(document.codes)
    head = (
        f'<article class="doc" id="doc-{document.index}" data-codes="{codes}">'
        f"<h3>{html.escape(document.name)}"
    )
    if document.error is not None:
        return head + f'</h3><p class="error">error: {html.escape(document.error)}</p></article>'
    parts = [head, f' <span class="share">{document.share:.1%} removed</span></h3>']
    elements = [r for r in document.removals if r.element is not None]
    if elements:
        heading = f"{len(elements):,} HTML element(s) removed before extraction"
        parts.append(f'<div class="elements"><h4>{heading}</h4>')
        parts += [_element(removal) for removal in elements]
        parts.append("</div>")
    parts.append(f'<div class="text">{_text(document.source, document.removals)}</div></article>')
    return "".join(parts)


def _element(removal: Removal) -> str:
    """One removed element, collapsed: its tag, a readable label, the rule and the start of its
    text; opened, all of its text (spaces kept) and why it went."""
    tag, label = _tag_and_label(removal.element or "")
    category = removal.category.value
    title = html.escape(f"{removal.code} {removal.name} [{removal.category.label}]")
    reason = html.escape(f"{removal.reason} (line {removal.line}, {removal.element})")
    return (
        f'<details class="element c-{category}"><summary title="{title}">'
        f"<code>&lt;{html.escape(tag)}&gt;</code>"
        + (f' <span class="label">{html.escape(label)}</span>' if label else "")
        + f' <span class="code c-{category}">{removal.code}</span>'
        f' <span class="gist">{html.escape(_short(removal.text, 90))}</span></summary>'
        f'<p class="removed-text">{html.escape(removal.text)}</p><p class="why">{reason}</p></details>'
    )


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _tag_and_label(path: str) -> tuple[str, str]:
    """The tag of an element path ('ul.style--hat-col-24MLoTMQxwX3pw0oX < div…') and a label read
    from its id or classes, with generated hashes left out: ('ul', 'style hat col')."""
    first = path.split(" < ")[0]
    tag = re.split(r"[.#]", first, maxsplit=1)[0] or "?"
    names = first[len(tag) :].replace("#", ".").split(".")
    words: list[str] = []
    for chunk in re.split(r"[-_.\s]+", " ".join(names)):
        if not chunk or any(ch.isdigit() for ch in chunk) or len(chunk) > 24:
            continue  # a generated name: 'css-1x2y3z', '24MLoTMQ…'
        for word in _CAMEL.split(chunk):
            word = word.lower()
            if len(word) > 1 and word not in words:
                words.append(word)
    return tag, " ".join(words[:5])


def _text(source: str, removals: tuple[Removal, ...]) -> str:
    spans = sorted((r.start, r.end, r) for r in removals if r.start is not None and r.end is not None)
    out, position = [], 0
    for start, end, removal in spans:
        out.append(html.escape(source[position:start]))
        out.append(_mark(source[start:end], removal))
        position = end
    out.append(html.escape(source[position:]))
    return "".join(out)


def _mark(text: str, removal: Removal) -> str:
    title = html.escape(f"{removal.code} {removal.name} [{removal.category.label}]: {removal.reason}")
    return (
        f'<del class="cut c-{removal.category.value}" title="{title}">{html.escape(text)}</del>'
        f'<span class="code c-{removal.category.value}">{removal.code}</span>'
    )


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Latin faces have no CJK glyphs: name CJK faces after them, so that Chinese, Japanese and
# Korean text is set in a real font rather than in whatever the browser finds, or as boxes.
_CJK_SANS = (
    '"Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Source Han Sans", '
    '"PingFang SC", "Hiragino Sans", "Microsoft YaHei", "Malgun Gothic", "WenQuanYi Micro Hei"'
)
_CJK_SERIF = '"Noto Serif CJK SC", "Noto Serif CJK JP", "Source Han Serif", "Songti SC", "SimSun"'

_COLOURS = "\n".join(f".c-{c.value} {{ --tint: {HEX[c]}; }}" for c in Category)

_HEAD = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsclean report</title>
<style>
body {{ font: 15px/1.5 system-ui, {_CJK_SANS}, sans-serif; margin: 0 auto; max-width: 72rem;
  padding: 1rem 2rem; color: #222; }}
h1 {{ margin-bottom: 0.2rem; }}
{_COLOURS}
#legend {{ position: sticky; top: 0; background: #fff; padding: 0.5rem 0; border-bottom: 1px solid #ddd; }}
.legend {{ border: 1px solid #ccc; background: #fff; border-radius: 1rem; padding: 0.1rem 0.7rem;
  margin: 0.15rem; cursor: pointer; font: inherit; }}
.legend[aria-pressed="false"] {{ opacity: 0.4; }}
.swatch {{ display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%;
  background: var(--tint); margin-right: 0.4rem; vertical-align: -0.05rem; }}
#chart text {{ font-size: 12px; fill: #333; }}
table {{ border-collapse: collapse; margin: 1rem 0; }}
td, th {{ border-bottom: 1px solid #eee; padding: 0.2rem 0.8rem; text-align: left; }}
#rules td:nth-child(3) {{ text-align: right; }}
#rules td:last-child {{ white-space: nowrap; }}
.doc {{ border-top: 2px solid #ddd; margin-top: 1.5rem; }}
.text {{ white-space: pre-wrap; font-family: ui-serif, Georgia, {_CJK_SERIF}, serif; }}
.share {{ font-size: 0.8em; font-weight: normal; color: #666; margin-left: 0.5rem; }}
.elements h4 {{ margin: 0.5rem 0 0.2rem; font-size: 0.9em; color: #555; }}
details.element {{ border-left: 4px solid var(--tint); padding: 0.1rem 0.6rem; margin: 0.25rem 0;
  background: color-mix(in srgb, var(--tint) 8%, white); }}
details.element summary {{ cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
details.element .label {{ font-weight: 600; }}
details.element .gist {{ color: #555; }}
.removed-text {{ white-space: pre-wrap; margin: 0.3rem 0; }}
.why {{ font-size: 0.85em; color: #666; margin: 0 0 0.3rem; }}
#rules details {{ display: inline; }}
#rules summary {{ cursor: pointer; display: inline; }}
button.only, #show-all {{ font: inherit; font-size: 0.8em; margin-left: 0.5rem; cursor: pointer; }}
del.cut {{ background: color-mix(in srgb, var(--tint) 18%, white); color: #555;
  text-decoration-color: var(--tint); text-decoration-thickness: 2px; }}
.code {{ font: 11px ui-monospace, monospace; color: #fff; background: var(--tint); border-radius: 0.2rem;
  padding: 0 0.25rem; margin-left: 0.3rem; vertical-align: 0.1rem; }}
.error {{ color: #b00; }}
</style></head><body>"""

_SCRIPT = """<script>
"use strict";
document.querySelectorAll("#legend .legend").forEach(function (button) {
  button.addEventListener("click", function () {
    var category = button.dataset.category;
    var on = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", on ? "true" : "false");
    document.querySelectorAll(".doc .c-" + category).forEach(function (element) {
      element.hidden = !on;
    });
  });
});
var showAll = document.getElementById("show-all");
function showOnly(code) {
  document.querySelectorAll("article.doc").forEach(function (doc) {
    doc.hidden = code !== null && (doc.dataset.codes || "").split(" ").indexOf(code) < 0;
  });
  showAll.hidden = code === null;
  if (code !== null) {
    showAll.textContent = "show every document (showing those with " + code + ")";
    document.getElementById("documents").scrollIntoView();
  }
}
document.querySelectorAll("button.only").forEach(function (button) {
  button.addEventListener("click", function () { showOnly(button.dataset.code); });
});
showAll.addEventListener("click", function () { showOnly(null); });
document.body.dataset.ready = "true";
</script>"""
