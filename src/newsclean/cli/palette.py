"""One colour per category, shared by the terminal view and the HTML report."""

from __future__ import annotations

from ..rules import Category

__all__ = ["ANSI", "HEX"]

# Hex colours for the report: distinct hues, each readable as a background tint and as text.
HEX: dict[Category, str] = {
    Category.PAYWALL: "#d62728",
    Category.DONATION: "#e377c2",
    Category.CREDIT: "#8c564b",
    Category.RELATED: "#1f77b4",
    Category.NEWSLETTER: "#17becf",
    Category.ADVERTISEMENT: "#ff7f0e",
    Category.SHARE: "#2ca02c",
    Category.COOKIE: "#bcbd22",
    Category.LEGAL: "#7f7f7f",
    Category.NAVIGATION: "#9467bd",
    Category.BYLINE: "#637939",
    Category.CORRECTION: "#843c39",
    Category.DUPLICATE: "#393b79",
    Category.TEMPLATE: "#0b8a8a",
}

# The nearest colours of the 256-colour terminal palette.
ANSI: dict[Category, int] = {
    Category.PAYWALL: 160,
    Category.DONATION: 170,
    Category.CREDIT: 130,
    Category.RELATED: 32,
    Category.NEWSLETTER: 37,
    Category.ADVERTISEMENT: 208,
    Category.SHARE: 34,
    Category.COOKIE: 142,
    Category.LEGAL: 244,
    Category.NAVIGATION: 97,
    Category.BYLINE: 64,
    Category.CORRECTION: 88,
    Category.DUPLICATE: 61,
    Category.TEMPLATE: 30,
}
