"""Site templates: the lines a site prints on its pages, learned from its own pages.

These rules act only when the cleaner has templates (``Cleaner(templates=...)``, see
:mod:`newsclean.templates`) and the page's site has one. The chain runs the rule for lines
right after the block rules, before it reads the document's shape; the rule for headers once
it knows the shape; the rules for the tail and the footer after the context rules.
"""

from __future__ import annotations

from ..rules import Category, Mark, keeps, removes
from ..templates import TemplateRule

# Five made-up pages of one site, from which the examples below are learned: every page
# carries the masthead, the "Around the Valley" list (with its own teasers) and the footer;
# one editor's note is on one page only.
_PAGES = (
    ("Council delays the vote on the new bridge",
     "The town council put off its vote on the Mill Creek bridge until the spring.",
     "Engineers want another survey of the riverbank before any work begins.",
     "Farmers market moves indoors for the winter", "A new bakery opens on Elm Street"),
    ("School board hires a new superintendent",
     "The school board named Dana Reyes superintendent after a six-month search.",
     "She starts in January and will oversee eleven schools across the district.",
     "High school choir heads to the state finals", "Library extends its weekend hours"),
    ("Flood defences hold after the heaviest rain in a decade",
     "Sandbags and the new levee kept the lower town dry through Saturday's storm.",
     "Crews are still clearing debris from two roads near the reservoir.",
     "Volunteers clean up the riverside trail", "Fire station gets a second engine"),
    ("Riverton's oldest diner changes hands",
     "After forty years behind the counter, the Okafor family has sold the Blue Plate.",
     "The new owners plan to keep the menu, including the Friday fish fry.",
     "Community garden plots open for sign-ups", "Bus route 4 returns to Main Street"),
    ("Harvest festival draws a record crowd",
     "More than six thousand people came to the fairground for the weekend festival.",
     "Organisers credited the dry weather and a new shuttle from the station.",
     "Pumpkin contest crowns a 900-pound winner", "Parade road closures announced"),
)
EXAMPLE_PAGES = tuple(
    "\n\n".join([
        "Valley Ledger | Independent local news since 1921",
        headline,
        first,
        *(["Updated with the council's response."] if number < 1 else []),
        second,
        "Around the Valley",
        teaser,
        other,
        f"Valley Ledger Media, {number + 10} Mill Street, Riverton",
    ])
    for number, (headline, first, second, teaser, other) in enumerate(_PAGES)
)

_LAST_PARAGRAPH = (
    "The bridge will cost four million dollars, most of it from a state grant that the council "
    "applied for last year."
)

_SAFETY = (
    "Acts only with templates learned from the site's own pages: a line must be on at least 3 "
    "of its distinct pages and on a twentieth of them, a long line on up to a fifth (a page never counts "
    "twice, nor do two pages with the same article). Contextual: the guard reverts it when it "
    "would take too much of a document."
)

TEMPLATE_LINE = TemplateRule(
    code="TPL101",
    name="site-template-line",
    category=Category.TEMPLATE,
    summary="Lines (or starts of lines) the page's site prints on many of its pages: learned site "
    "templates (needs templates).",
    message="line of the site's template",
    safety=_SAFETY + " A line known by its start ('From the section ...') goes only when it is short, "
    "no sentence and no lead-in, and not the page's headline (its first line, or the first line "
    "left above the article); a start the site's sentences share is never learned.",
    example_pages=EXAMPLE_PAGES,
    examples=(
        removes("Valley Ledger | Independent local news since 1921"),
        removes("VALLEY LEDGER MEDIA, 7 Mill Street, Riverton",
                note="case, spacing, quotes and digits do not matter"),
        keeps("Updated with the council's response.", note="on one of the site's five pages: too few"),
        keeps("Valley Ledger Media opened a second office in Riverton this spring.",
              note="not a line of the template"),
    ),
)

TEMPLATE_HEADER = TemplateRule(
    code="TPL102",
    name="site-template-header",
    category=Category.TEMPLATE,
    summary="Template lines that head a list which changes from page to page: the site's own "
    "'Most read'; REL100 takes the list.",
    message="list header of the site's template",
    safety=_SAFETY,
    headers=True,
    marks=frozenset({Mark.LIST_HEADER}),
    example_pages=EXAMPLE_PAGES,
    examples=(
        removes("Around the Valley", after=("Pumpkin contest crowns a 900-pound winner",
                                            "Parade road closures announced")),
        keeps("Around the valley, farmers began the harvest two weeks early.",
              note="not a line of the template"),
    ),
)

TEMPLATE_TAIL = TemplateRule(
    code="TPL103",
    name="site-template-tail",
    category=Category.TEMPLATE,
    summary="The site's tail: what stands below its template line under the article, or above "
    "it past a removed line.",
    message="in the site's tail",
    safety=_SAFETY + " It takes only what no other rule took, below the article's last paragraph; "
    "above the template line only when the line right under that paragraph was removed, and not "
    "under a line that ends with a colon; a line without a letter or a digit stays there.",
    tail=True,
    example_pages=EXAMPLE_PAGES,
    examples=(
        removes("Weekend forecast: sun on Saturday, showers late Sunday",
                before=("Valley Ledger Media, 12 Mill Street, Riverton",),
                note="below the site's footer, itself below the article"),
        keeps("Weekend forecast: sun on Saturday, showers late Sunday",
              note="no template line between the article and this line"),
        removes("The old mill at dusk, seen from the river",
                before=(_LAST_PARAGRAPH, "Additional reporting by Dana Reyes"),
                after=("Valley Ledger Media, 12 Mill Street, Riverton",),
                note="above the site's template line, but a removed credit closes the article"),
        keeps("The old mill at dusk, seen from the river",
              before=(_LAST_PARAGRAPH,), after=("Valley Ledger Media, 12 Mill Street, Riverton",),
              note="right under the article's last paragraph: it may be the article's own"),
    ),
)

TEMPLATE_FOOTER = TemplateRule(
    code="TPL104",
    name="site-template-footer",
    category=Category.TEMPLATE,
    summary="What stands below the site's footer, a template line it prints under its articles "
    "(needs templates).",
    message="below the site's footer",
    safety=_SAFETY + " The footer must stand below its site's article on nine in ten of the pages "
    "it is found on, and on the page below the longest paragraph no rule removed, with most of "
    "their words above it; a line without a letter or a digit stays.",
    footer=True,
    example_pages=EXAMPLE_PAGES,
    examples=(
        removes("Readers' picks: the new bakery on Elm Street sells out of its bread by nine every morning.",
                before=("The bridge will cost four million dollars, most of it from a state grant that the "
                        "council applied for last year, and work could start in the spring.",
                        "Valley Ledger Media, 12 Mill Street, Riverton"),
                note="reads as prose, but below the footer the site prints below its articles"),
        keeps("Readers' picks: the new bakery on Elm Street sells out of its bread by nine every morning.",
              after=("Valley Ledger Media, 12 Mill Street, Riverton",),
              note="above the footer"),
        keeps("The bridge will cost four million dollars, most of it from a state grant that the council "
              "applied for last year, and work could start in the spring if the survey finds nothing.",
              before=("Valley Ledger Media, 12 Mill Street, Riverton",),
              note="the page's longest paragraph, its article, stands below the footer here"),
    ),
)

RULES = (TEMPLATE_LINE, TEMPLATE_HEADER, TEMPLATE_TAIL, TEMPLATE_FOOTER)
