"""The HTML report of a batch: one self-contained page, no network, no dependencies.

It shows a summary table and a bar chart of rule hits, then each document
(up to a limit) with its removed blocks highlighted in their category's
colour, the rule code beside them and the reason on hover. A legend toggles
categories on and off.
"""

from __future__ import annotations

import html
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
        self.documents.append(_Document(name, source, removals, result.error))

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
            _table(tally),
            "</section>",
            '<section id="documents"><h2>Documents</h2>',
            *(_document(i, document) for i, document in enumerate(self.documents)),
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


def _table(tally: Tally) -> str:
    rows = "".join(
        f"<tr><td><code>{code}</code></td><td>{html.escape(tally.name(code))}</td><td>{count:,}</td></tr>"
        for code, count in tally.by_rule.most_common()
    )
    return (
        '<table id="rules"><thead><tr><th>code</th><th>rule</th><th>removals</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _document(index: int, document: _Document) -> str:
    head = f'<article class="doc" id="doc-{index}"><h3>{html.escape(document.name)}</h3>'
    if document.error is not None:
        return head + f'<p class="error">error: {html.escape(document.error)}</p></article>'
    elements = [r for r in document.removals if r.element is not None]
    parts = [head]
    if elements:
        parts.append('<ul class="elements">')
        parts += [f"<li>{_mark(f'{r.where} {r.element}: {_short(r.text)}', r)}</li>" for r in elements]
        parts.append("</ul>")
    parts.append(f'<div class="text">{_text(document.source, document.removals)}</div></article>')
    return "".join(parts)


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


_COLOURS = "\n".join(f".c-{c.value} {{ --tint: {HEX[c]}; }}" for c in Category)

_HEAD = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsclean report</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 2rem;
  color: #222; }}
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
td:last-child {{ text-align: right; }}
.doc {{ border-top: 2px solid #ddd; margin-top: 1.5rem; }}
.text {{ white-space: pre-wrap; font-family: ui-serif, Georgia, serif; }}
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
document.body.dataset.ready = "true";
</script>"""
