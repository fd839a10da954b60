"""Site navigation: section labels, breadcrumbs, datelines, tags, read-time, audio and comment widgets."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..blocks import normalise
from ..dom import DomRule, Marks, popup_evidence, reads_inline
from ..rules import BlockRule, Category, ContextRule, Evidence, Finding, Mark, PatternRule, keeps, removes
from ..shape import ends_like_sentence, is_title_case

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from ..blocks import Page
    from ..rules import Pattern
from ._patterns import END, START, inner_words, starts, unglued
from ._phrases import phrase_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, whole_words, words
from .timestamps import CORE, MORE_PIECES

_SECTIONS = (
    "news", "world", "opinion", "politics", "business", "sport", "sports", "tech", "technology",
    "science", "health", "culture", "arts", "entertainment", "lifestyle", "travel", "local",
    "national", "international", "us", "uk", "economy", "markets", "finance", "breaking", "live",
    "analysis", "features", "feature", "video", "videos", "podcast", "podcasts", "life", "money",
    "style", "food", "books", "music", "film", "movies", "tv", "education", "environment",
    "climate", "crime", "religion", "jewish", "israel", "europe", "asia", "africa", "americas",
    "home", "latest", "top", "trending", "commentary", "columns", "region", "nation",
)

SECTION_LABEL = PatternRule(
    code="NAV001",
    name="glued-section-label",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Section labels glued to the next link by the extractor: 'newsIsrael at War'.",
    message="section label",
    keywords=tuple(f"^{section}" for section in _SECTIONS),
    max_words=8,
    ignore_case=False,
    pattern=rf"""(?:{"|".join(_SECTIONS)})[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){{0,6}}""",
    safety="Needs a lowercase section word run into a capitalised one, and is weak: removed only "
    "inside a boilerplate cluster.",
    examples=(
        removes("newsIsrael at War"),
        removes("worldEurope"),
        keeps("newsIsrael at War", before=("The cabinet met on Sunday.",),
              after=("Ministers discussed the budget, aides said.",), note="mid-body it stays"),
    ),
)

# A path through an app's menus in a how-to ("Go to Settings > Privacy > Location") or one cited as an
# example opens with what leads the reader there; a breadcrumb opens with its first place.
_MENU_PATH = alternatives(concept("menu-path").get("openers"))

BREADCRUMB = PatternRule(
    code="NAV002",
    name="breadcrumb-trail",
    category=Category.NAVIGATION,
    summary="Breadcrumb trails: 'Home > News > World', 'Startseite > Politik', 'News › Europe › France'.",
    message="breadcrumb trail",
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
    keywords=(*starts("home", "startseite", "accueil", "inicio", "portada", "início", "voorpagina"),
              "start", ">", "›", "»"),
    max_words=25,
    # A trail from "Home" may end in the article's own headline after an arrow: a word first, no full stop.
    # "Start" opens German and Dutch trails, and a race's "Start/Ziel" too: two steps, spaced.
    pattern=r"""(?:home|startseite|accueil|inicio|portada|início|voorpagina)(?:\s*[>›»/|]\s*[^>›»/|]{1,40}){1,6}
        | start(?:\s[>›»/|]\s[^>›»/|]{1,40}){2,6}
        | (?:home|startseite|accueil|inicio|portada|início|voorpagina)(?:\s*[>›»/|]\s*[^>›»/|]{1,40}){0,5}
          \s*[>›»]\s*(?=[^\W\d_])[^>›»/|]{40,158}[^.>›»/|\s]
        | [^>›»]{1,40}(?:\s*[>›»]\s*[^>›»]{1,40}){2,6}""",
    # Code, markup and diagrams draw arrows too: "fn f() -> Box<T> {", "A --> B[Parser]", "<li>".
    unless=rf"«|<|[{{}};\[\]]|[-=]>|^(?:{_MENU_PATH})(?!\w)",
    safety="Starts at 'Home', or has at least three segments joined by arrows; headlines use "
    "pipes and colons, not arrows. A '«' makes every '»' a closing quotation mark. A '<', a brace, "
    "a bracket, a semicolon or an arrow drawn with '-' or '=' is code, markup or a diagram: a "
    "breadcrumb has none. A path opened by a call to go there or by 'Example' is a how-to's menu path.",
    examples=(
        removes("Home > News > World"),
        removes("Accueil » Régions » Bretagne"),
        keeps("1. Abra el menú «Ajustes», luego «Cuenta» y «Privacidad» desde el navegador."),
        removes("Home / Politics"),
        removes("News › Europe › France"),
        removes("Startseite > Politik > Ausland"),
        removes("Accueil / International"),
        removes("Start / Stadtteile / Vegesack"),
        keeps("Start/Ziel: Marktplatz, Meldeschluss am Freitag"),
        keeps("Home is where the heart is, the mayor said, and > 500 families agree."),
        keeps("    fn parse(input: &str) -> Result<Vec<Token>, Error> {", note="a line of code"),
        keeps("    Start --> Load[Read the file] --> Done", note="a diagram's source"),
        keeps("- <ul><li></li></ul> inside a table cell > renders > fine", note="markup"),
        keeps("sudo tool -H <host> -U admin > out.log", note="a shell command"),
        removes("Home > Guides > Setting up a router"),
        removes("Home > Guides > How to open a bank account", note="a call to open inside the path"),
        keeps("Harbour Mobile | App > My plan > Extras | Up to 2 bills",
              before=("Most operators now let customers switch the renewal off, the regulator said.",
                      "Operator | Where to switch it off | Refund within"),
              after=("Coastline Telecom | Website > Services | Up to 30 days",
                     "Metro Cell | Helpline or app | Next bill",
                     "The regulator will review the rules again next year, a spokesperson said."),
              note="a table's row among rows of as many cells that no rule takes"),
        removes("Accueil › Vérif › Faux : aucune taxe de 5 % sur les transferts d'argent par mobile",
                note="the trail ends in the article's headline"),
        keeps("Home > 500 families were evacuated on Tuesday as the river rose past its banks, officials "
              "said.",
              note="a number after the arrow, a sentence's full stop: no headline of a trail"),
        *concept("menu-path").examples,
    ),
)

SECTION_STUB = PatternRule(
    code="NAV005",
    name="section-stub",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Lone widget headings: 'Topics', 'Tags', 'Comments', 'Filed under', 'Menu', 'Search'.",
    message="widget heading",
    keywords=("^topics", "^topic", "^tags", "^tag", "^comments", "^comment", "^categories",
              "^category", "^filed under", "^menu", "^search", "^home", "^sections", "^navigation",
              "^subjects", "^keywords", "^related topics", "^explore more", "^more about",
              "^discussion", "^follow", "^about the author", "^author", "^newsletter", "^print"),
    max_words=4,
    marks=frozenset({Mark.LIST_HEADER}),
    pattern=rf"""(?:topics?|tags?|comments?|categories|category|filed\s+under|menu|search|home|sections|
        navigation|subjects|keywords|related\s+topics|explore\s+more|more\s+about|discussion|follow|
        about\s+the\s+author|author|newsletters?|print)(?:\s+\(\d+\))?{END}""",
    safety="Weak: \"Comments\" heading a paragraph of the minister's comments in mid-body stays.",
    examples=(
        removes("Topics"),
        removes("Comments"),
        removes("Filed under:"),
        keeps("Comments", before=("The minister spoke for an hour.",),
              after=("Comments from the minister drew criticism from the opposition.",),
              note="weak evidence is not enough in mid-body"),
    ),
)

SITE_CHROME = PatternRule(
    code="NAV006",
    name="site-chrome",
    category=Category.NAVIGATION,
    summary="Page furniture: 'Skip to main content', 'Back to top', 'Next article', 'Toggle navigation'.",
    message="page furniture",
    keywords=starts("skip to", "back to top", "scroll to top", "go to top", "return to top", "jump to",
                     "previous", "next", "prev", "toggle", "open", "close", "text size",
                     "font size", "increase", "decrease", "reset"),
    max_words=12,
    pattern=rf"""{START}(?:
          skip\s+to\s+(?:main\s+)?(?:content|navigation|search|footer|article)
        | (?:back|scroll|go|return)\s+to\s+top | jump\s+to\s+(?:content|comments|navigation|section)
        | (?:previous|next|prev)\s+(?:article|post|story|page)(?:\s*[:|]\s*.{{1,120}})?
        | (?:toggle|open|close)\s+(?:navigation|menu|search)
        | (?:text|font)\s+size | (?:increase|decrease|reset)\s+(?:text|font)\s+size
        ){END}""",
    examples=(
        removes("Skip to main content"),
        removes("Back to top"),
        removes("Next article: Iran warns of response"),
        removes("Text size"),
        keeps("Next article in the series will look at housing, the editor said."),
    ),
)

_TAG_LABELS = words("tag-labels")
# One tag: no sentence punctuation, but the dots of a capitalised abbreviation ("U.S. Senate").
_TAG_CHARACTER = r"(?:[^,|;•·:.!?]|(?<=(?-i:[A-Z]))\.)"
_TAG = rf"{_TAG_CHARACTER}{{1,60}}"
# One tag of a list an extractor spaced ("Tags: fotografia  Ponte Vecchio"): never two spaces in a row,
# so each run of spaces is a separator or a space within a tag, read one way only.
_SPACED_TAG = rf"(?:(?![ ]){_TAG_CHARACTER})(?:[ ]?(?:(?![ ]){_TAG_CHARACTER})){{0,59}}"

TAG_LIST = PatternRule(
    code="NAV007",
    name="tag-list",
    category=Category.NAVIGATION,
    summary="Inline tag and topic lists in every language: 'Tags: Israel, Iran, Biden', 'Mots-clés : "
    "Fondations · Cour des comptes'.",
    message="tag list",
    languages=LANGUAGES,
    aliases=("NAV305",),
    keywords=starts(*(keyword_of(label) for label in _TAG_LABELS)),
    max_words=60,
    pattern=rf"""(?:{alternatives(_TAG_LABELS)})
        (?:\s*[:|—–]\s*(?:{_SPACED_TAG}(?:[ ]{{2,}}{_SPACED_TAG}){{1,40}}
                         |{_TAG}(?:\s*[,|;•·/]\s*{_TAG}){{0,40}})
          | \s+{_TAG}(?:\s*[,|;•·/]\s*{_TAG}){{3,40}})
        \s*[|,;]?""",
    safety="Needs a colon or pipe after the label, or at least four listed items, and no sentence "
    "punctuation: \"Topics included housing, crime and schools.\" is kept.",
    examples=(
        removes("Tags: Israel, Iran, Joe Biden"),
        removes("Filed under: Khawarij |"),
        removes("Tags calendario stock car 2018, stock car brasil, stock car cascavel, stock car "
                "interlagos"),
        removes("See more on: U.S. Senate, Federal Budget, Government Shutdowns"),
        removes("Schlagworte: Bundestag, Rente, Haushalt"),
        removes("Tags: diritto d'autore  fotografia  Ponte Vecchio  tribunale di Firenze",
                note="tags an extractor joined with two spaces"),
        keeps("Subject: main_loop.c, updated", note="a file's name, in a commit message"),
        keeps("| Category | Old price | New price |", after=("|---|---|---|", "| Rent | 900 | 950 |"),
              note="a table's header row, over its rule row"),
        keeps("| Category | Share | Change |", after=("| Rent | 41% | +3 |", "| Food | 22% | -1 |"),
              note="a table's header row, over rows of as many cells"),
        keeps("Topics included housing, crime and schools."),
        *concept("tag-labels").examples,

        keeps("Tags on the luggage showed it had come from Frankfurt."),
    ),
)

TAG_LABEL_ALONE = PatternRule(
    code="NAV039",
    name="tag-label-alone",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A tag list's label on its own line, over its tags, in every language: 'Parole chiave', "
    "'Palabras clave:'.",
    message="tag list label",
    languages=LANGUAGES,
    marks=frozenset({Mark.LIST_HEADER}),
    keywords=starts(*(keyword_of(label) for label in _TAG_LABELS)),
    max_words=6,
    pattern=rf"""(?:{alternatives(_TAG_LABELS)})\s*:?{END}""",
    safety="Weak: the label must be the whole line, and it goes only before or after the article's prose or "
    "beside strong evidence; a sub-heading 'Temi' between two paragraphs stays.",
    examples=(
        removes("Parole chiave", before=("Il consiglio ha approvato martedì il nuovo piano del porto.",),
                after=("Porto", "Consiglio comunale")),
        removes("Palabras clave:", before=("El ayuntamiento aprobó el martes la ampliación del puerto.",)),
        removes("Temi"),
        keeps("Temi", before=("Il consiglio ha approvato martedì il nuovo piano del porto.",),
              after=("La discussione è durata fino a tarda sera, hanno detto i consiglieri presenti.",),
              note="a sub-heading between paragraphs"),
        keeps("Palabras clave para entender la reforma del puerto."),
    ),
)

LISTEN_WIDGET = PatternRule(
    code="NAV009",
    name="listen-widget",
    category=Category.NAVIGATION,
    summary="Audio-player furniture: 'Listen to this article', 'Listen · 5:32 min', podcast links.",
    message="audio widget",
    keywords=(*starts("listen", "play", "hear", "audio", "how to listen", "download", "itunes", "spotify",
                      "apple podcasts", "google podcasts", "stitcher"), "listen back here"),
    max_words=30,
    pattern=rf"""{START}(?:
          (?:listen|play|hear)\s+(?:to\s+)?(?:this|the)\s+(?:article|story|audio\s+version|episode)(?:\s+(?:now|here))?
          (?:\s*[(·|:,-]\s*[\d:.]+\s*(?:min(?:ute)?s?|mins?)?\)?)?
        | listen\s+to\s+article | play\s+audio | audio\s*:\s*listen\b.{{0,80}}
        | listen\s*[(·|:]\s*(?:[\d:.]+\s*(?:min(?:ute)?s?|mins?)?\)?|https?://\S+)
        | how\s+to\s+listen\s+to\s+.{{1,80}}
        | (?:download|itunes|spotify|apple\s+podcasts|google\s+podcasts|stitcher)\s*:\s*https?://\S+
        | .{{1,120}}?\bor\s+listen\s+back\s+here\b.{{0,40}}
        ){END}""",
    examples=(
        removes("Listen to this article"),
        removes("Listen · 5:32 min"),
        removes("Listen: http://po.st/TP_615"),
        removes("How to listen to The Tennis Podcast"),
        removes("Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here."),
        keeps("Listen to the people of this town, the mayor said."),
        keeps("Audio recordings obtained by the paper show the officer laughing."),
    ),
)

COMMENT_WIDGET = PatternRule(
    code="NAV010",
    name="comment-widget",
    category=Category.NAVIGATION,
    summary="Comment-section furniture: 'Leave a comment', '12 comments', 'Join the conversation'.",
    message="comment widget",
    keywords=starts("view", "show", "hide", "read", "load", "see", "open", "leave", "post", "add", "write",
                     "submit", "join the", "comment", "tell us", "let us", "have your say", "be the first",
                     "what do you think", *"0123456789"),
    max_words=25,
    pattern=rf"""{START}(?:
          (?:view|show|hide|read|load|see|open)\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+)?comments?(?:\s*\(\d+\))?
        | (?:leave|post|add|write|submit)\s+(?:a|your)\s+comment(?:\s+below)?
        | join\s+the\s+(?:conversation|discussion|debate)
        | comment\s+on\s+this\s+(?:story|article|post)
        | comments?\s+(?:are|is)\s+(?:closed|disabled|moderated)
        | (?:tell|let)\s+us\s+what\s+you\s+think | have\s+your\s+say | be\s+the\s+first\s+to\s+comment
        | \d+\s+comments? | comments?\s*\(\d+\)
        | what\s+do\s+you\s+think\?\s*(?:let\s+us\s+know|leave\s+a\s+comment|comment|share).{{0,80}}
        ){END}""",
    safety="Whole-block furniture only: \"Comments from the minister drew criticism\" is kept.",
    examples=(
        removes("Leave a comment"),
        removes("12 comments"),
        removes("View comments (12)"),
        removes("Join the conversation"),
        removes("Tell us what YOU think..."),
        keeps("Comments from the minister drew criticism from the opposition."),
        keeps("Join the conversation about housing at the town hall on Friday, the council urged."),
    ),
)


COMMENT_SECTION = DomRule(
    code="NAV201",
    name="comment-section",
    category=Category.NAVIGATION,
    summary="Comment sections and their widgets in the markup.",
    message="comment section",
    parts=frozenset({"disqus", "commentlist", "livefyre", "comments"}),
    pairs=(("comment", "list"), ("comment", "section"), ("comment", "form"), ("comments", "area"),
           ("comment", "wrapper"), ("type", "comment")),  # Drupal's: "comment-wrapper", "field--type-comment"
    schema=frozenset({"comment", "usercomments"}),
    unless_parts=frozenset({"count", "link", "button", "icon", "number", "enabled"}),
    max_words=3000,
    max_prose=1000,
    safety="Comment sections can be long, so the word limit is high; the markers are specific "
    "('comments', 'disqus', schema.org Comment), and 'comments-enabled' or 'comment-count' classes "
    "on an article are not sections.",
    examples=(
        removes('<section id="comments"><h3>12 comments</h3><p>Great article!</p></section>'),
        removes('<div id="disqus_thread"></div>'),
        removes('<section class="field field--name-comment field--type-comment comment-wrapper"><h2>Comments'
                '</h2><article class="comment js-comment"><p>Totally agree, the pavements are a disgrace.</p>'
                '</article></section>'),
        keeps('<article class="story comments-enabled"><p>The council approved the budget.</p></article>'),
    ),
)

HOVER_CARD = DomRule(
    code="NAV202",
    name="hover-card",
    category=Category.NAVIGATION,
    summary="Tooltips and hover cards that extractors glue into prose ('Ilhan OmarIlhan Omar…').",
    message="hover card",
    parts=frozenset({"tooltip", "tooltips", "popover", "hovercard", "rollover", "tippy"}),
    max_words=80,
    examples=(
        removes('<span class="rollover-people-block">Ilhan OmarIlhan OmarHillicon Valley: Progressives '
                'oppose funding bill</span>'),
        keeps('<p class="lede">The tooltip maker was fined $2 million, regulators said.</p>'),
    ),
)

BREADCRUMB_ELEMENT = DomRule(
    code="NAV203",
    name="breadcrumb-element",
    category=Category.NAVIGATION,
    summary="Breadcrumb trails in the markup.",
    message="breadcrumb element",
    parts=frozenset({"breadcrumb", "breadcrumbs", "crumbs"}),
    schema=frozenset({"breadcrumblist"}),
    labels=frozenset({"breadcrumb", "breadcrumbs"}),
    max_words=40,
    examples=(
        removes('<nav class="breadcrumbs"><a>Home</a> &gt; <a>World</a></nav>'),
        keeps('<p>The trail of breadcrumbs led investigators to a warehouse in Ohio.</p>'),
    ),
)

TAG_LIST_ELEMENT = DomRule(
    code="NAV204",
    name="tag-list-element",
    category=Category.NAVIGATION,
    summary="Tag and topic lists in the markup.",
    message="tag list element",
    parts=frozenset({"tags", "taglist", "tagcloud"}),
    pairs=(("tag", "list"), ("topic", "list"), ("topics", "list"), ("article", "tags"), ("post", "tags"),
           ("entry", "tags"), ("related", "topics")),
    max_words=60,
    examples=(
        removes('<div class="post-tags">Tags: <a>Israel</a> <a>Iran</a></div>'),
        keeps('<p class="lede">Tags on the luggage showed it had come from Frankfurt.</p>'),
    ),
)

KICKER_ELEMENT = DomRule(
    code="NAV205",
    name="kicker-element",
    category=Category.NAVIGATION,
    summary="Kickers and eyebrows: the section label printed above a headline.",
    message="kicker element",
    parts=frozenset({"kicker", "eyebrow", "overline"}),
    max_words=8,
    safety="At most 8 words. Standfirsts and decks are not matched: they are body, as in text mode.",
    examples=(
        removes('<span class="article-kicker">Israel at War</span>'),
        keeps('<p class="dek">There are more devices and services to choose from than ever.</p>',
              note="a standfirst stays"),
    ),
)

TIMESTAMP_ELEMENT = DomRule(
    code="NAV206",
    name="timestamp-element",
    category=Category.NAVIGATION,
    summary="Publication dates and read-time labels in the markup.",
    message="timestamp element",
    parts=frozenset({"dateline", "timestamp", "pubdate", "publishdate", "readtime", "readingtime"}),
    pairs=(("publish", "date"), ("published", "date"), ("post", "date"), ("entry", "date"),
           ("article", "date"), ("date", "published"), ("read", "time"), ("reading", "time")),
    schema=frozenset({"datepublished", "datemodified"}),
    max_words=20,
    examples=(
        removes('<span class="publish-date">Updated Apr 16, 2024</span>'),
        removes('<time itemprop="datePublished">2019-11-19</time>'),
        keeps('<p>The vote, held on <time>Tuesday</time>, passed by two votes.</p>'),
    ),
)


PRINT_ONLY_ELEMENT = DomRule(
    code="NAV208",
    name="print-only-element",
    category=Category.NAVIGATION,
    summary="Print-only headers and footers in the markup: the page's address, logo or copyright "
    "line on paper.",
    message="print header or footer",
    # One name that holds both words: "print-header", "printFooter", "footer-small-print". A page
    # hides these on screen and shows them on paper, where the reader has no address bar; their
    # text is the page's own address or its owner's notice, never the story.
    pairs=(("print", "header"), ("print", "footer")),
    max_words=60,
    max_prose=0,
    safety="Both words in one class name or id, at most 60 words and no paragraph of prose; a "
    "header or footer of the article ('article-header') or a print button's own word is not one.",
    examples=(
        removes('<div class="print-header"><img src="/logo.png" alt="logo">'
                '<span>https://news.example.com/local/article/harbour-plan-approved-2041.php</span></div>'),
        removes('<div class="printFooter">© 2025 Example Media Group. All rights reserved.</div>'),
        keeps('<header class="article-header"><h1>Harbour plan approved after a long debate</h1></header>'),
        keeps('<p>The print edition carried the full report, with a header in red, on Sunday.</p>',
              note="the words in the text, not the markup"),
    ),
)

# A style that hides an element from readers.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True, repr=False)
class HiddenMicrodata(DomRule):
    """An invisible copy of the page's schema.org data (``itemscope`` on an element its style or
    ``hidden`` attribute hides): written for search engines, never seen by a reader. The
    extractor reads it as text: the headline, keywords, dates and image addresses, again."""

    requires = "itemscope"

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        if element.get("itemscope") is None:
            return None
        if element.get("hidden") is not None:
            return "itemscope, hidden"
        style = element.get("style")
        if style and _HIDDEN_STYLE.search(style):
            return f'itemscope, style "{style.strip()[:40]}"'
        return None


HIDDEN_METADATA = HiddenMicrodata(
    code="NAV207",
    name="hidden-metadata",
    category=Category.NAVIGATION,
    summary="Invisible copies of the page's schema.org data: headline, keywords, dates, image addresses.",
    message="invisible schema.org metadata",
    # Some copies hold the whole article body again: a copy, whatever its size. Body safety
    # keeps it where it is the page's core of prose (the only copy), and the page guard checks.
    max_words=1_000_000,
    max_prose=1_000_000,
    safety="Only an element that declares itself an item (itemscope) and is hidden from readers; "
    "body safety keeps it if it holds the article's core.",
    examples=(
        removes('<div style="display:none;" itemscope itemtype="http://schema.org/NewsArticle">'
                '<div itemprop="headline">Ten things in tech today</div>'
                '<div itemprop="keywords">tech,tech news</div>'
                '<div itemprop="dateCreated">2019-11-19T07:23:12+01:00</div></div>'),
        removes('<div hidden itemscope itemtype="https://schema.org/Organization">'
                '<span itemprop="name">Example Media</span></div>'),
        keeps('<div itemscope itemtype="http://schema.org/NewsArticle"><p itemprop="articleBody">'
              'The council voted on Tuesday to close the pool, which had been losing money.</p></div>'),
        keeps('<div style="display:none" class="more">The council voted on Tuesday to close the pool.</div>'),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class TooltipPopup(DomRule):
    """The card a trigger shows on hover, by its ARIA role (``tooltip``), where it waits for the
    hover: hidden, or set in the line of a sentence with no text of its own before its parts and
    named by its trigger's ``aria-describedby``. Inside a sentence it goes whole (the trigger
    beside it keeps the name), where a card named by its class loses only what follows its lead.
    A word that carries the role itself, a wrapper holding the word and its popup, or a visible
    block with the role (a platform wraps its byline and buttons in one) is no popup."""

    requires = "role"
    reads_marks = False

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        evidence = popup_evidence(element)
        if evidence is None or (evidence != "hidden" and not reads_inline(element.tag)):
            return None
        return f'role="tooltip", {evidence}'


TOOLTIP_POPUP = TooltipPopup(
    code="NAV209",
    name="tooltip-popup",
    category=Category.NAVIGATION,
    summary="A glossary or person card that shows on hover (role tooltip), which extractors glue into "
    "the sentence.",
    message="tooltip popup",
    max_words=80,
    safety="Only an element whose role is tooltip and that is hidden, or inline with no text of its own "
    "before its parts and named by its trigger's aria-describedby; at most 80 words.",
    examples=(
        removes('<p>The keeper radios <span class="HoverCard"><span class="HoverCard-trigger">Ann Holt'
                '</span><span class="HoverCard-card" role="tooltip" hidden><span>Ann Holt</span> Pilot '
                'and spokesperson for the coastal aviators.</span></span>, a pilot, every morning.</p>',
                note="the card goes whole; the name in the sentence stays"),
        removes('<p>The flax is left to <dfn aria-describedby="g-ret">ret</dfn><span class="gloss" '
                'id="g-ret" role="tooltip"><b>Retting</b> letting the stems rot so the fibres come loose.'
                '</span> in the fields for weeks.</p>',
                note="no text of its own before its parts, and its trigger names it"),
        keeps('<div role="tooltip"><a href="/authors/ann-holt">Ann Holt</a></div>',
              note="a visible block with the role wraps a control, not a popup"),
        keeps('<p>From May, <span class="definition" role="tooltip" title="Housing benefit">HB</span> rises '
              'by twelve euros a month for a single adult, the ministry said.</p>',
              note="a word carrying the role itself is the trigger"),
    ),
)


POPUP_ELEMENT = DomRule(
    code="NAV230",
    name="popup-element",
    category=Category.NAVIGATION,
    summary="Pop-ups in the markup: what a script shows over the page, a promotion, a sign-up, a notice.",
    message="pop-up element",
    # Like a dialog or a modal, a pop-up is not the page; a name that opens or triggers one
    # ("popup-link", "popup-trigger") is the page's own link or button.
    parts=frozenset({"popup", "popups"}),
    pairs=(("pop", "up"),),
    unless_parts=frozenset({"trigger", "link", "links", "btn", "button", "open", "opener", "toggle",
                            "close"}),
    max_words=150,
    max_prose=0,
    safety="The class or id word 'popup' (or 'pop-up' in one name), at most 150 words and no paragraph "
    "of prose: sites show a story or a gallery's text in a pop-up too (a lightbox), so one that holds "
    "prose stays; a pop-up's trigger (a link or button named after it) is not one.",
    examples=(
        removes('<div class="exit-popup"><h3>Before you go</h3><p>Our best recipes, every Sunday.</p>'
                '<a href="/join">Join free</a></div>'),
        keeps('<div class="gallery-popup"><p>The old harbour wall, built in 1870, was shored up twice '
              'before the storm of 1953 finally breached it.</p></div>', note="prose in a lightbox"),
        removes('<div id="welcome-pop-up"><p>Free delivery on your first order this week.</p></div>'),
        keeps('<p class="lede">The pop-up shop on the high street sold out of its first batch of '
              'jackets within an hour.</p>', note="the word in the text, not the markup"),
        keeps('<p>Read <a class="popup-link" href="/glossary">the glossary</a> before the council '
              'votes on the plan next week.</p>', note="a link that opens a pop-up"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class RepeatedPageField(ContextRule):
    """Remove an opening block that repeats what the page declares as its headline.

    Only in HTML mode, where the page's title, og:title and h1 are known
    (:class:`~newsclean.blocks.PageContext`) and reported as metadata, and only
    the headlines the page sets apart in a ``<header>`` element: one among the
    article's paragraphs is the first line of its text. Plain text has no such
    context, so its headline stays body. (Descriptions are not used: many sites
    copy the article's first paragraph into them.)
    """

    field: str
    window: int = 3

    def find(self, page: Page) -> Iterator[Finding]:
        declared = getattr(page.context, self.field)
        if not declared:
            return
        for i in range(min(self.window, len(page))):
            if normalise(page.core(i)) in declared and not _sentences(page.core(i)):
                yield Finding(i, page.core(i))


# Where one sentence ends and another begins: "... Buchdeckeln. Leandra ...".
_NEXT_SENTENCE = re.compile(r"\w[.!?…][\"'”’»)]*\s+[\"'“‘«(¿¡]?(?-i:[A-ZÀ-Þ])")
# The words each side must have for the block to be two full sentences, not an abbreviation ("in
# U.S. States Where"), a quoted word ("says, 'Meth. We're On It'") or a headline's short second
# sentence ("Why You Shouldn't Worry.").
_SENTENCE_WORDS = 8


def _sentences(text: str) -> bool:
    """Whether ``text`` is two full sentences or more, not in title case: a lead or a standfirst that
    a site also gave as its title (a blog's whole first lines in ``og:title``), not a headline."""
    if is_title_case(text):
        return False
    for found in _NEXT_SENTENCE.finditer(text):
        cut = found.start() + 2
        if len(text[:cut].split()) >= _SENTENCE_WORDS and len(text[cut:].split()) >= _SENTENCE_WORDS:
            return True
    return False


REPEATED_HEADLINE = RepeatedPageField(
    code="NAV101",
    name="repeated-headline",
    category=Category.NAVIGATION,
    field="headlines",
    summary="In HTML mode, an opening block that repeats the headline the page sets in a <header> (it is "
    "metadata).",
    message="the page's headline, kept in metadata",
    safety="Exact word-for-word match with the title, og:title or h1, among the first three blocks, of "
    "a block that is not two sentences (a lead a site also gave as its title stays), when an element "
    "inside a <header> holds the headline; a headline among the article's paragraphs stays, and so "
    "does every headline in text mode.",
    examples=(
        removes("Blinken: Escalation with Iran is not in U.S. or Israel's interests",
                declared="Blinken: Escalation with Iran is not in U.S. or Israel's interests | Axios"),
        keeps("Blinken told Jewish leaders escalation is not in U.S. interests",
              declared="Blinken: Escalation with Iran is not in U.S. or Israel's interests",
              note="close to the headline is not the headline"),
        keeps("The town's only bakery closes after ninety years. Its owners say rising rents left them "
              "no choice, and the building will be sold in spring.",
              declared="The town's only bakery closes after ninety years. Its owners say rising rents left "
              "them no choice, and the building will be sold in spring.",
              note="two sentences given as the title are the lead, not a headline"),
        removes("Home Prices Fell Again in March. Here's What Buyers Should Know Before They Sign",
                declared="Home Prices Fell Again in March. Here's What Buyers Should Know Before They Sign",
                note="a headline in title case may be two sentences"),
    ),
)

COMMENT_PROMPT = phrase_rule(
    code="NAV011",
    name="comment-prompt",
    category=Category.NAVIGATION,
    concept="comment-prompt",
    summary="Comment-section furniture in the pack languages: 'Kommentar schreiben', 'Laisser un "
    "commentaire'.",
    message="comment widget",
    aliases=("NAV301", "NAV401", "NAV501", "NAV601", "NAV701", "NAV801"),
    examples=(
        keeps("What are you hoping to see at the fair this year? Let us know in the comments below!",
              note="a question on the story's subject before the prompt: the corpora's truth keeps it"),
    ),
)

COMMENT_POLICY = phrase_rule(
    code="NAV012",
    name="comment-policy",
    category=Category.NAVIGATION,
    concept="comment-policy",
    summary="Comment-moderation notices: 'Os comentários são de responsabilidade…'.",
    message="comment policy",
    follow="anything",
    speech=True,
)

CONDOLENCE_PROMPT = phrase_rule(
    code="NAV044",
    name="condolence-prompt",
    category=Category.NAVIGATION,
    concept="condolence-prompt",
    summary="An obituary's guestbook inviting readers to write, in every language: 'Laissez un message à la "
    "famille de …'.",
    message="condolence prompt",
    follow="clause",
    speech=True,
    max_words=14,
    safety="The invitation opens a short block of one clause, in at most fourteen words, without reported "
    "speech: a sentence that tells of one goes on after a comma ('Dejá tus condolencias a la familia de "
    "Héctor, pedía el posteo') or names who asked.",
)

WIDGET_LABEL = phrase_rule(
    code="NAV013",
    name="widget-label",
    category=Category.NAVIGATION,
    concept="widget-label",
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.LIST_HEADER}),
    summary="Lone widget labels in the pack languages: 'Kommentare', 'Themen', 'Mots-clés', 'Temas'.",
    message="widget label",
    max_words=6,  # the whole line is a label: "Explore more on these topics"
    safety="Weak: removed only before or after the article's prose, or beside strong evidence.",
    aliases=("NAV302", "NAV402", "NAV502", "NAV602", "NAV702", "NAV802"),
)


_COMMENTS = words("comment-count")
# What leads a comment button's count: "Zu den Kommentaren (3)".
_COMMENT_LEADS = words("comment-count", "leads")
# A count as counters print it: "418", "1,204", "12 345", or in thousands: "1.2k", "3K".
_COMMENT_NUMBER = r"\d{1,3}(?:(?:[.,\s]\d{3})+|(?:[.,]\d)?(?-i:[kK])(?!\w))?"

COMMENT_COUNT = PatternRule(
    code="NAV017",
    name="comment-count",
    category=Category.NAVIGATION,
    summary="Comment and view counters in every language: '418 comments', 'Kommentare (12)', '2 867 "
    "lectures'.",
    message="comment counter",
    languages=LANGUAGES,
    keywords=starts(
        *(keyword_of(word) for word in (*_COMMENTS, *_COMMENT_LEADS, *words("comment-count", "verbs"))),
        *"0123456789",
    ),
    max_words=12,  # a poll's count with its note: "1.126 Stimmen · Die Umfrage ist nicht repräsentativ"
    # The button's verb or lead may stand before the count too: "View 57 comments", "Ver 57 comentarios",
    # and after the verb "all": "View all 57 comments" (alone, "Les 48 commentaires" heads a section).
    pattern=rf"""{START}(?:(?:(?:{alternatives((*_COMMENT_LEADS, *words("comment-count", "verbs")))})\s+
            (?:(?:{alternatives(words("comment-count", "all"))})\s+)?)?
            {_COMMENT_NUMBER}\s+(?:{alternatives(_COMMENTS)})
            (?:\s+(?:{alternatives(words("comment-count", "verbs"))}))?
        | {_COMMENT_NUMBER}\s+(?:{alternatives(words("comment-count", "votes"))})
            \s*[·•|–—-]\s*(?:{alternatives(words("comment-count", "notes"))})
        | (?:(?:{alternatives(_COMMENT_LEADS)})\s+)?(?:{alternatives(_COMMENTS)})
            \s*:?\s*\(?{_COMMENT_NUMBER}\)?
        ){END}""",
    safety="The whole block is the count and its word, perhaps with the button's verb "
    "('12 Kommentare lesen').",
    examples=(*concept("comment-count").examples, removes("12 Kommentare lesen"),
              removes("8 reacties bekijken"), keeps("12 Kommentare lesen sich wie eine Anklage, sagte er."),
              removes("Zu den Kommentaren 3", note="the button's lead before the count"),
              removes("Comments1.2k", note="glued to its count in thousands"), removes("3.4K comments"),
              removes("Bekijk 112 reacties", note="the button's verb before the count"),
              removes("Bekijk alle 87 reacties", note="the verb and 'all' before the count"),
              removes("1,362 votes · This poll is not scientific", note="a poll's count and its note"),
              keeps("1,362 votes", before=("Project 1: a new playground in the park",),
                    after=("Project 2: a cycle lane on the high street",),
                    note="a count of votes alone: a list of results gives one per line"),
              keeps("This poll is not scientific. Anyone could vote, as often as they liked, so the count "
                    "says little about opinion in the town.", note="the article's own note on a poll"),
              removes("Alle 87 Kommentare anzeigen"),
              keeps("Los 5 mensajes", note="an article before the count: a section's heading"),
              keeps("Read 12 comments and you will see why, she said."),
              keeps("Zu den Kommentaren 2019 äußerte sich der Bürgermeister nicht.")),
)

PAGE_CHROME = phrase_rule(
    code="NAV018",
    name="page-chrome",
    category=Category.NAVIGATION,
    concept="page-chrome",
    summary="Page furniture in every language: skip links, menus, 'Load more', live-blog controls.",
    message="page furniture",
)

_SECTION_NAMES = alternatives(words("sections"))
# A local page's kicker: an area's word and its capitalised name ("Region Chemnitz", "Kanton Bern").
_AREAS = words("sections", "areas")
_PLACE = r"(?-i:[A-ZÄÖÜ][\w.-]+)"
_SECTION = rf"""(?:{_SECTION_NAMES}|(?:{alternatives(_AREAS)})\s+{_PLACE}(?:\s+{_PLACE})?)"""

# Two sections a site names as one: "Finanza e Mercati", "Ciencia y Tecnología", "Sport en Cultuur".
_AND = r"(?:and|und|et|y|e|en)"

SECTION_MENU = PatternRule(
    code="NAV019",
    name="section-menu-label",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Section names standing alone, or joined into a trail: 'Wirtschaft', 'Politics | Europe', "
    "'Finanza e Mercati'.",
    message="section label",
    languages=LANGUAGES,
    keywords=starts(*(f"{opening}{keyword_of(word)}" for word in (*words("sections"), *_AREAS)
                      for opening in ("", "in "))),
    max_words=8,
    # "in Binnenland": the section a stamp or a byline filed the article in, on a line of its own.
    pattern=rf"""{START}(?:in\s+)?{_SECTION}(?:(?:\s*[|/·>›»&,]\s*|\s+{_AND}\s+){_SECTION}){{0,3}}{END}""",
    safety="Weak: a section name is a menu or a kicker only before or after the article's prose, or "
    "beside strong evidence.",
    examples=(*concept("sections").examples,
              removes("in Buitenland", before=("Door Anne de Vries", "Gisteren, 21:40"),
                      note="the section it was filed in"),
              removes("Finanza e Mercati", opens=True, after=(
                  "Il gruppo chiude il 2024 con ricavi in crescita del 3 per cento",
                  "Il consiglio di amministrazione ha approvato ieri il bilancio, ha detto l'azienda.")),
              keeps("Economia e Finanza",
                    before=("Il governo ha presentato la manovra martedì, ha detto il ministro.",),
                    after=("I conti pubblici restano sotto osservazione, secondo la Banca d'Italia.",),
                    note="a sub-heading between paragraphs"),
              removes("Region Chemnitz", opens=True, after=(
                  "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die Innenstadt ab Sommer "
                  "für den Durchgangsverkehr zu sperren.",)),
              keeps("Kanton Bern",
                    before=("Die Bauern protestierten am Montag gegen die neuen Regeln, die ab Januar für "
                            "alle Betriebe gelten.",),
                    after=("Im Emmental fuhren mehr als hundert Traktoren durch die Dörfer, sagte die "
                           "Polizei.",),
                    note="a sub-heading between paragraphs"),
              keeps("Asia",
                    before=("Stock markets rose around the world on Friday as investors bet that central "
                            "banks would start cutting rates by the summer.",
                            "Europe", "European shares closed the week at or near record highs:",
                            "DAX 18,402.55 +0.42%", "CAC 40 7,412.30 +0.38%",
                            "Miners led the gains in London after copper prices rose for a fifth day.",
                            "Advertisement"),
                    after=("Nikkei 225 40,109.23 +1.2%",
                           "Japan's benchmark closed above 40,000 for the first time, helped by a weaker "
                           "yen."),
                    note="beside an advertisement, a sibling of the sub-heading over the lead-in above")),
)

INTERFACE_LABEL = phrase_rule(
    code="NAV020",
    name="interface-label",
    category=Category.NAVIGATION,
    concept="interface-label",
    evidence=Evidence.WEAK,
    summary="One-word buttons in every language: 'Bookmark', 'Copy link', 'Merken', 'Partager'.",
    message="button label",
    safety="Weak: removed only before or after the article's prose, or beside strong evidence.",
)

# A breadcrumb segment: one to three words, opening with a capital.
_SEGMENT = r"(?-i:[A-ZÀ-Þ][\w'’.&-]*)(?:\s+[\w'’.&-]+){0,2}"

SHORT_BREADCRUMB = PatternRule(
    code="NAV021",
    name="short-breadcrumb",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Two- and three-step breadcrumb trails: 'Padova › Cronaca', 'Santé > Bien-être'.",
    message="breadcrumb trail",
    languages=LANGUAGES,
    keywords=("›", ">", "»"),
    max_words=10,
    pattern=rf"""{START}{_SEGMENT}(?:\s*[›>»]\s*{_SEGMENT}){{1,2}}{END}""",
    safety="Weak, and each step is at most three words opening with a capital: a sentence with a "
    "'greater than' sign is kept.",
    examples=(
        removes("Padova › Cronaca"),
        removes("Santé > Bien-être"),
        keeps("Padova › Cronaca", before=("The council met on Tuesday.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
    ),
)


# A topic label: one to three words of letters (an ampersand may join two), opening with a capital.
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_LABEL = rf"(?-i:(?=[A-ZÀ-Þ])){_WORD}(?:\s+(?:&\s+)?{_WORD}){{0,2}}"
# A tag in small letters ("chuva", "economia"): in a run of three or more, as tag lists print them.
_TAG = rf"{_WORD}(?:\s+(?:&\s+)?{_WORD}){{0,2}}"

DOTTED_LABELS = PatternRule(
    code="NAV022",
    name="dotted-label-run",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Topic and section labels joined by middle dots or bullets: 'Astronomia · Comete · Astrofili'.",
    message="topic labels",
    languages=LANGUAGES,
    keywords=("·", "•"),
    max_words=24,
    pattern=rf"""{START}(?:{_LABEL}(?:\s+[·•]\s+{_LABEL}){{1,7}}|{_TAG}(?:\s+[·•]\s+{_TAG}){{2,7}}){END}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; every label is "
    "at most three words opening with a capital (or, in a run of three or more, any three words), with "
    "no digit or sentence punctuation: a cast list or a score line between paragraphs stays.",
    examples=(
        removes("Astronomia · Comete · Astrofili"),
        removes("Politik • Europa • Wahlen"),
        removes("seca · Nordeste · Sertão · Defesa Civil",
                note="tags in small letters, in a run of three or more"),
        keeps("sal · pimenta · azeite", before=("Tempere o peixe meia hora antes de o levar ao forno.",),
              after=("Leve ao forno a 200 graus durante vinte minutos, diz a chefe.",),
              note="between paragraphs"),
        keeps("Astronomia · Comete · Astrofili", before=("The council met on Tuesday.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
        keeps("Starring · Ana Ruiz · Tom Hale · Kim Berg", before=("The film opens on Friday.",),
              after=("It runs for two hours, the studio said.",), note="between paragraphs"),
        keeps("Real Madrid 2 · Barcelona 1"),
    ),
)


_IMAGE_FILES = ("jpg", "jpeg", "png", "gif", "webp", "avif")

MARKUP_DEBRIS = PatternRule(
    code="NAV023",
    name="markup-debris",
    category=Category.NAVIGATION,
    summary="Markup an extractor printed as text: a broken tag's tail, an image's address, a shortcode.",
    message="markup debris",
    keywords=('">$', "'>$", "[/", *(f".{ext}$" for ext in _IMAGE_FILES),
              *starts("caption", "button", "embed", "gallery", "vc_", "et_pb_")),
    max_words=60,
    pattern=rf"""(?:
          [^<=\n]{{0,80}}['"]>\s*
        | (?:https?:)?//\S{{1,300}}?\.(?:{"|".join(_IMAGE_FILES)})
        | \[(?P<code>\w{{1,20}})(?:\s[^\]\n]{{0,300}})?\][^\n]{{0,300}}?\[/(?P=code)\]
        | \[/?(?:caption|button|embed|gallery|vc_\w+|et_pb_\w+)\b[^\]\n]{{0,300}}\]
        )""",
    safety="Only a whole line of markup: a tag's tail with no tag opened and no attribute set on it (the "
    "article's code samples open their tags, '<a href=\"…\">'), the address of an image file alone, "
    "a shortcode closed on its line or a layout shortcode's tag alone.",
    examples=(
        removes("Full profile →'\">"),
        removes("https://static.example.com/images/og-image-logo.png"),
        removes('[button link="https://example.com/submit/" type="big"] Send us your review[/button]'),
        removes('[caption id="attachment_123" align="alignnone" width="300"]'),
        keeps('<a href="https://example.com">'),
        keeps('  href="https://example.com">'),
        keeps("She said: 'Go'."),
        keeps("The agency published the photo at https://example.com/photo.jpg on Tuesday."),
        keeps("[Updated] The council voted on Tuesday."),
    ),
)


# The labels a site's menu is made of: section names, buttons and widget labels, in every language.
_ACCOUNT_LABELS = concept("interface-label").get("account")
_MENU_LABELS = tuple(dict.fromkeys((*words("sections"), *concept("interface-label").get("alone"),
                                    *concept("widget-label").get("phrases"), *_ACCOUNT_LABELS,
                                    *concept("footer-row-links").get("links"))))


@dataclass(frozen=True, kw_only=True, repr=False)
class FlatMenu(BlockRule):
    """A site's menu that the extractor flattened onto one line: "News Weather Traffic Sports
    Investigations Watch Live", "Home Cagliari Sassari Nuoro Sport Cultura Video".

    The line is read item by item: the longest menu label of any language (a section, a button,
    a widget label) at each place, or else one word, which must open with a capital or a digit
    (a town, the site's name). A menu holds ``min_labels`` known labels or more, and they make
    ``share`` of its seven items or more; no item closes a clause (a comma, a colon) and at most one
    word is in lower case ("Kijk live"), which no headline or sentence of that many words is. A
    shorter row is a menu when every item is a label, three or more of them or two with an account's
    button among them ("Log in Subscribe", "Anmelden Abo Suche").

    Items glued together by the extractor ("HomePoliticaCronacaEconomia") are read with a space at
    each glue, when the first of them is a known label.

    Items set apart by bars or dots ("Radio Nord | Podcasts | Nouvelles | Météo | Se connecter") are
    read whole: ``min_segments`` of up to ``segment_words`` words each, every one opening with a capital
    or a digit, ``min_segment_labels`` of them known labels and a third of them or more.
    """

    min_items: int = 7
    min_labels: int = 4
    share: float = 1 / 3
    min_segments: int = 4
    min_segment_labels: int = 2
    segment_words: int = 4
    _labels: Pattern = field(init=False, repr=False, compare=False)
    _account: Pattern = field(init=False, repr=False, compare=False)

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        compiled = self._compile_pattern(rf"(?:{alternatives(_MENU_LABELS)})(?=\s|$)", builtin=builtin)
        object.__setattr__(self, "_labels", compiled)
        account = self._compile_pattern(rf"(?:{alternatives(_ACCOUNT_LABELS)})", builtin=builtin)
        object.__setattr__(self, "_account", account)

    def _match(self, text: str) -> str | None:
        if ends_like_sentence(text):
            return None
        spaced = unglued(text)
        if spaced is not None:
            # Items glued together ("HomePoliticaCronaca"): read apart, and the first must be a known
            # label, whose key opens the line as the keywords expect.
            found = self._labels.match(spaced)
            opens = found is not None and spaced[0].isupper() and text.startswith(found.group())
            if opens and self._match(spaced) is not None:
                return text
        segments = _SEGMENT_SEPARATOR.split(text)
        if len(segments) >= self.min_segments:
            return text if self._segmented_menu(segments) else None
        items, labels, lower, reached, accounts, name = 0, 0, 0, 0, 0, 0
        for word in _TOKEN.finditer(text):
            start = word.start()
            if start < reached:
                continue  # inside a label of several words
            # Only a capitalised label counts: a word in lower case is not looked up.
            found = self._labels.match(text, start) if text[start].isupper() else None
            if found is not None:
                labels += 1
                reached = found.end()
                accounts += self._account.fullmatch(found.group()) is not None
            else:
                token = word.group()
                if token in _SEPARATORS:
                    continue
                if token[-1] in ",;:!?" or not token[0].isalnum():
                    return None
                lower += token[0].islower()
                if lower > 1:  # no menu, no row of buttons, no name before them: prose stops here
                    return None
                name += not labels and token[0].isupper()  # the site's name before its buttons
            items += 1
        menu = items >= self.min_items and labels >= max(self.min_labels, self.share * items)
        buttons = labels == items and (items >= 3 or (items == 2 and accounts > 0))
        # "Bezirksbote Wien Anmelden Suche": the site's name, then its account buttons alone.
        named = 0 < name <= 3 and items == name + labels and accounts >= 2
        return text if (menu and lower <= 1) or buttons or named else None

    def _segmented_menu(self, segments: list[str]) -> bool:
        labels = 0
        for index, segment in enumerate(segments):
            segment = segment.strip()
            tokens = segment.split()
            # The row may open with the site's name and motto: "FilCom — Le fil des dépêches | …".
            if not tokens or len(tokens) > (2 * self.segment_words if index == 0 else self.segment_words):
                return False
            # A label opens with a capital or a figure; a brand's may open in small letters before one
            # ("e-Edition", "iPlayer").
            if not (segment[0].isupper() or segment[0].isdigit() or any(c.isupper() for c in segment[1:3])):
                return False
            if any(token[-1] in ",;:!?." for token in tokens):
                return False
            labels += self._labels.fullmatch(segment) is not None
        return labels >= max(self.min_segment_labels, self.share * len(segments))


_TOKEN = re.compile(r"\S+")

_SEPARATORS = frozenset({"|", "·", "•", "/", "-", "–", "&"})  # "&" joins two words of one label
# From a run's first space only: tried at every space of a long run, it took quadratic time.
_SEGMENT_SEPARATOR = re.compile(r"(?<!\s)\s+[|·•]\s+")

FLAT_MENU = FlatMenu(
    code="NAV024",
    name="flattened-menu",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A site's menu flattened onto one line: 'News Weather Traffic Sports Investigations Watch Live'.",
    message="site menu",
    languages=LANGUAGES,
    # A long menu's four labels put two inside the line; a short row of labels opens or closes with one.
    keywords=(*inner_words(*_MENU_LABELS), *sorted({f"^{keyword_of(label)}" for label in _MENU_LABELS}),
              *sorted({f"{keyword_of(label)}$" for label in _MENU_LABELS})),
    max_words=24,
    safety="Weak, so only before or after the article's prose or beside strong evidence; it needs seven "
    "items, four of them (and a third) known menu labels, no comma or colon and at most one word in "
    "lower case: a headline in title case has its small words, and fewer items.",
    examples=(
        removes("News Weather Traffic Sports Investigations Community Contests Watch Live"),
        removes("Home India World Business Tech Cricket Entertainment Auto Lifestyle Videos E-Paper"),
        removes("Fußball Bundesliga 2. Liga DFB-Pokal Champions League Formel 1 Handball Tennis Mehr"),
        removes("Home Cagliari Sassari Nuoro Oristano Sud Sardegna Sport Cultura Video"),
        removes("Início Braga Guimarães Barcelos Famalicão Viana Desporto Opinião Contactos"),
        removes("Accueil Actualité Politique Économie Sport Culture Météo"),
        removes("Startseite  Region  Politik  Sport  Kultur & Freizeit  Wirtschaft  Wetter",
                note="an ampersand joins two words of one label"),
        removes("Portada España Internacional Economía Deportes Cultura Televisión"),
        keeps("Sport Stars Back Local Health Charity", opens=True,
              after=("The charity raised £40,000 at its gala on Friday, organisers said.",),
              note="a headline in title case"),
        removes("Leiestroom TV Nieuws Sport Programma's Kijk live Regio Kortrijk Waregem Menen Zoeken"),
        removes("Radio Nord | Podcasts | Nouvelles | Météo | Se connecter"),
        removes("Agence Info | Dépêches | Photos | Vidéos | Espace abonnés"),
        removes("Log in Subscribe"),
        removes("Wochenblatt Nord Anmelden Suche", note="the site's name, then its account buttons"),
        removes("Radio Süd — Das Programm der Region | Podcasts | Nachrichten | Wetter | Anmelden"),
        keeps("Anna Berger Anmelden Suche", before=("Der Rat tagte am Dienstag.",),
              after=("Die Stadt will den Plan im Januar umsetzen, hieß es.",), note="between paragraphs"),
        removes("Anmelden Abo Suche"),
        removes("Iniciar sesión Suscríbete Buscar"),
        removes("Accedi Abbonati Cerca"),
        removes("MenuCercaAccedi", note="buttons glued together"),
        removes("RadioNord | Podcasts | Nouvelles | Météo | Se connecter", note="a name's glue is no menu's"),
        removes("News | Local | Sports | Business | Opinion | Obituaries | Puzzles | e-Edition",
                note="a brand's label opens in small letters"),
        removes("HomePoliticaCronacaEconomiaEsteriCulturaSportRegioni"),
        removes("InícioPaísMundoPolíticaEconomiaCulturaDesportoVídeos"),
        keeps("PayPal e eBay: Economia, Cultura e Sport", note="brand names glue so too"),
        keeps("MenuCercaAccedi", before=("Il consiglio si è riunito martedì.",),
              after=("Il piano partirà a gennaio, ha detto il sindaco.",), note="between paragraphs"),
        removes("Inloggen Abonneren Zoeken"),
        keeps("Name | Team | Goals | Assists", note="a table's header: no menu labels"),
        keeps("Suche nach den Vermissten geht weiter"),
        keeps("Log in Subscribe", before=("The council met on Tuesday.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
        keeps("World Cup: Sport, Culture and Politics Meet in Qatar"),
        keeps("Sport and culture in the city: what's on this weekend"),
        keeps("News Sport Weather Travel Culture", before=("The council met on Tuesday.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
    ),
)


# A temperature as weather widgets print it: "41°", "-12 °C", "29°C", "18ºC" ("º" alone is an ordinal).
_TEMPERATURE = r"[-−+]?(?:1[0-3]\d|\d{1,2})(?:[.,]\d)?\s?(?:°\s?[CF]?|º\s?[CF])(?![\w°º])"
# A widget's word: a place, a condition or a label with its colon ("Spokane, WA", "Cloudy", "bewölkt",
# "HI:", "Máx.:"), no sentence's end.
_WIDGET_WORD = r"[^\W\d_][\w'’-]*(?:\.?:|\.(?=\s)|,)?"
_WIDGET_WORDS = rf"{_WIDGET_WORD}(?:\s+{_WIDGET_WORD}){{0,3}}"

# A place's weather: its name, its temperature (perhaps a low and a high) and the sky, perhaps after a
# comma, in a word or two ("Friedrichshafen 9 °C, bewölkt"; more is a caption's clause); the sky's
# words never run into the next place's temperature.
_WEATHER = rf"""(?:{_WIDGET_WORDS}\s+)?{_TEMPERATURE}(?:\s*/\s*{_TEMPERATURE})?
    (?:(?:\s*[·•|]\s*|\s+){_WIDGET_WORDS}(?![^·•|]*°)|\s*,\s*{_WIDGET_WORD}(?:\s+{_WIDGET_WORD})?)?"""

WEATHER_WIDGET = PatternRule(
    code="NAV026",
    name="weather-widget",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Weather widgets: a place, a temperature and the sky alone on a line: '41° Spokane, WA Cloudy'.",
    message="weather widget",
    languages=LANGUAGES,
    keywords=("°", "º"),
    max_words=30,
    # One place's weather, or a row of them between bars or dots: "Karachi 44°C | Lahore 46°C".
    pattern=rf"""{START}{_WEATHER}(?:\s*[·•|]\s*{_WEATHER}){{0,5}}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; the whole line is "
    "a temperature and at most four words on either side, with no sentence's full stop, or a row of six "
    "such between bars or dots: 'Temperatures reached 41° in Spokane.' is kept.",
    examples=(
        removes("41° Spokane, WA Cloudy"),
        removes("Trois-Rivières -12 °C"),
        removes("Bauru 29°C"),
        removes("Berlin 12 °C bewölkt"),
        removes("Madrid 31ºC Soleado"),
        removes("Oranjestad 29°C · Licht bewolkt", note="the sky after a dot"),
        removes("Friedrichshafen 9 °C, bewölkt", note="the sky after a comma"),
        removes("Karachi 44°C | Lahore 46°C | Islamabad 41°C", note="a row of cities"),
        keeps("A capital registrou 37,4 °C, a maior temperatura do ano", note="a clause after the comma"),
        removes("HI: 70°"),
        removes("Tiefstwert: -3 °C"),
        removes("Mín.: 12ºC"),
        keeps("Temperatures reached 41° in Spokane on Monday."),
        keeps("O 2º tempo começou às 21h, com o Brasil em vantagem."),
        keeps("41° Spokane, WA Cloudy", before=("The council met on Tuesday.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
    ),
)

# A market quote: an instrument ("FTSE MIB", "EUR/USD", "CAC 40", "Dólar blue", "Peso arg.", "Oro
# (oncia)", "Euribor 12M"), its price, and perhaps its change ("+0,84%", "(+1.2%)", "▼ -0,42%").
_INSTRUMENT = r"""(?-i:[A-ZÀ-Þ][\w&/.-]*)
    (?:\s+(?:(?-i:[A-ZÀ-Þ][\w&/.-]*)|\d{1,3}[A-Z]?|[a-zà-ÿ]{2,10}\.?|\([a-zà-ÿ]{2,10}\))){0,2}"""
_NUMBER = r"\d{1,3}(?:[ .,'’\u202f\u00a0]\d{3})*(?:[.,]\d{1,4})?"  # "11'912" in Switzerland
_PRICE = rf"[$€£¥]?\s?{_NUMBER}(?:\s?(?:[$€£¥%]|pts|bp|USD|EUR))?"
_IN_CURRENCY = rf"(?:[$€£¥]\s?{_NUMBER}|{_NUMBER}\s?[$€£¥])"
# A change: signed, or after a ticker's arrow (then perhaps in points, without "%"), or "=" for none.
_CHANGE = r"""\(?(?:[-−+=]\s?\d{1,3}(?:[.,]\d{1,3})?\s?%
    |[▲▼]\s?[-−+]?\s?\d{1,3}(?:[.,]\d{1,3})?(?:\s?%)?)\)?"""
_QUOTE = rf"{_INSTRUMENT}\s+{_PRICE}(?:\s+{_CHANGE})?"
_QUOTE_SEPARATOR = r"\s*[|·•]\s*"

# An exchange rate by the currencies' codes: a pair and its rate, perhaps with its change ("EUR/AOA
# 1.041,20"), or one unit's worth after its label ("Taux de référence : 1 USD = 131,82 HTG").
# The first rate is quoted against a currency most rates are (the keywords find its code).
_BASE_CURRENCIES = ("usd", "eur", "gbp", "chf", "jpy", "cny")
_BASE = rf"(?-i:{'|'.join(code.upper() for code in _BASE_CURRENCIES)})"
_CODE = r"(?-i:[A-Z]{3})"
_PAIR_RATE = rf"{_CODE}/{_CODE}\s+{_NUMBER}(?:\s+{_CHANGE})?"
_FIRST_RATE = rf"""(?:{_BASE}/{_CODE}\s+{_NUMBER}(?:\s+{_CHANGE})?
    | (?:[^\W\d_][\w'’]*(?:\s[\w'’]+){{0,3}}\s?:\s*)?1\x20{_BASE}\x20=\x20{_NUMBER}\s{_CODE})"""

MARKET_TICKER = PatternRule(
    code="NAV027",
    name="market-ticker",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Market tickers: quotes with their change, alone or in a row: 'CAC 40 7 812,45 +0,38 %'.",
    message="market ticker",
    languages=LANGUAGES,
    keywords=("%", "€", "£", "¥", "$ ", "▲", "▼", *(f"${digit}" for digit in "0123456789"),
              *(f"{code}/" for code in _BASE_CURRENCIES), *(f"1 {code} =" for code in _BASE_CURRENCIES)),
    max_words=40,
    # The first quote has its change, and more may follow; or its currency, and more follow; or
    # exchange rates by their currencies' codes: "USD/AOA 912,40 | EUR/AOA 1.041,20", "1 USD = 131,82 HTG".
    pattern=rf"""{_INSTRUMENT}\s+(?:{_PRICE}\s+{_CHANGE}(?:{_QUOTE_SEPARATOR}{_QUOTE}){{0,9}}
        | {_IN_CURRENCY}(?:\s+{_CHANGE})?(?:{_QUOTE_SEPARATOR}{_QUOTE}){{1,9}})
        | {_FIRST_RATE}(?:{_QUOTE_SEPARATOR}{_PAIR_RATE}){{0,9}}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; the whole line is "
    "quotes, the first with its change, or several in a row opening with a price in a currency, or exchange "
    "rates by the currencies' codes: a score line "
    "('Ajax 2 | PSV 1') has neither, a product's price ('Sonos Move for $400') stands alone, and a sentence "
    "has its verbs.",
    examples=(
        removes("CAC 40 7 812,45 +0,38 %"),
        removes("EUR/USD 1,0842 -0,12 %"),
        removes("Brent 82,14 $ +1,05 %"),
        removes("FTSE MIB 38.412 +0,84% | SPREAD BTP-BUND 112 | EUR/USD 1,0871 | BRENT 74,20"),
        removes("Dólar blue $1.285 | Dólar oficial $1.097 | Dólar MEP $1.262"),
        removes("DAX 18.492 +0,6 % · Dow Jones 39.112 -0,2 %"),
        removes("USD/KES 129,40 | EUR/KES 140,85", note="exchange rates by the currencies' codes"),
        removes("Taux de référence : 1 USD = 131,82 HTG"),
        removes("Dólar 39,85 ▼ -0,42%", note="an arrow before the sign"),
        removes("Euribor 12M 2,381% ▼ 0,021", note="a rate, and its change in points after the arrow"),
        removes("FTSE MIB 34’612,05 −0,22%"),
        removes("DAX 18.492 +0,6 %",
                before=("Der Dax hat am Mittwoch nach schwachen Auftragsdaten aus der Industrie 0,6 Prozent "
                        "verloren und schloss bei 18.492 Punkten.", "Teilen"),
                after=("Gold 2.338,90 $ +0,35 %", "Anzeige",
                       "Der Euro zeigte sich wenig bewegt und kostete am Abend 1,0842 US-Dollar, nachdem die "
                       "Notenbank keine neuen Signale gab.",
                       "Währungsrechner", "1 EUR = 1,0842 USD", "Betrag", "Umrechnen",
                       "Am Donnerstag richtet sich die Aufmerksamkeit auf die Verbraucherpreise."),
                note="beside a share button; a converter's rate among its unmarked fields makes no label"),
        keeps("1 USD = 131,82 HTG, the central bank said on Monday."),
        keeps("Ajax 2 | PSV 1"),
        keeps("Speaker Deal for $400"),
        keeps("Shares rose 4% to $12.50 on Tuesday."),
        keeps("DAX 18.492 +0,6 %",
              before=("La Bourse de Paris a terminé la séance en hausse lundi, portée par le luxe.",
                      "Voici les niveaux de clôture des principaux indices :", "CAC 40 7 812,45 +0,38 %"),
              after=("FTSE 100 8 214,55 +0,41 %",),
              note="after the article, rows its own lead-in announces (the chain keeps them)"),
        keeps("CAC 40 7 812,45 +0,38 %", before=("Les marchés ont ouvert en hausse lundi matin.",),
              after=("Les investisseurs attendent la décision de la BCE, selon les analystes.",),
              note="between paragraphs"),
    ),
)

_FOOTER = concept("footer-row-links")
_LINK_SEPARATOR = r"[|·•]"
# A known footer link as a whole item of the row: after the row's start or a separator, up to the next.
_KNOWN_LINK = rf"""(?:\A|{_LINK_SEPARATOR})\s*(?:{alternatives(_FOOTER.get('links'))})
    \s*(?={_LINK_SEPARATOR}|\Z)"""

FOOTER_LINK_ROW = PatternRule(
    code="NAV029",
    name="footer-link-run",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A site's footer links in a row, in every language: 'Privacy Policy | Terms of Use | Contact'.",
    message="footer link row",
    languages=_FOOTER.languages,
    keywords=tuple(sorted({keyword_of(link) for link in _FOOTER.get("links")})),
    max_words=40,
    whole=False,
    pattern=rf"""\A(?=(?:[^\n]{{0,300}}?{_KNOWN_LINK}){{2}})
        [^|·•\n]{{1,45}}(?:{_LINK_SEPARATOR}[^|·•\n]{{1,45}}){{2,14}}\Z""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; three or more "
    "short items joined by bars or dots, two of them whole footer links ('Privacy Policy', 'Impressum'): "
    "a sentence is no row of links.",
    examples=_FOOTER.examples,
)

_TOOLS = concept("article-tools")
# What stands between an article's tool buttons: spaces, bars (escaped too, as rows write them), dots,
# slashes, brackets and the size buttons' signs ("[+] Text Size [-]"), a label's colon, a live blog's
# dots and refresh sign ("● LIVE ⟳ Newest first"), and the icons buttons wear ("Share ↗", "🔗").
_TOOL_GAP = r"[\s|\\·•▪●⟳/\[\]()+\-–—:»«<>,;↗→›▸▶►✓✔✉✕✖★☆🔖🔗🔔📲💬🖨📧⬇⬆]"
# Lowercased, as the pattern ignores case: the tree of phrases then has one branch for "E-mail" and
# "E-Mail". An item ends where a word does, and gaps hold no word character, so a row parses one way.
_TOOL = rf"(?:{alternatives(tool.lower() for tool in _TOOLS.get('tools'))})(?![\w.!])"
_TOOL_ITEMS = (*_TOOLS.get("tools"), *_TOOLS.get("fillers"))
_TOOL_ITEM = rf"(?:{alternatives(item.lower() for item in _TOOL_ITEMS)})(?![\w.!])"

ARTICLE_TOOLS_ROW = PatternRule(
    code="NAV050",
    name="article-tools-row",
    category=Category.NAVIGATION,
    summary="An article's tool buttons in a row and nothing else: 'Print | Email to a friend | Text size', "
    "'Drucken · Versenden'.",
    message="row of article tools",
    languages=_TOOLS.languages,
    keywords=tuple(sorted({keyword_of(tool) for tool in _TOOLS.get("tools")})),
    max_words=30,
    # Items between gaps, each a whole tool or a network's name, two of them tools.
    pattern=rf"""\A{_TOOL_GAP}*(?:{_TOOL_ITEM}{_TOOL_GAP}+){{0,14}}?{_TOOL}{_TOOL_GAP}+
        (?:{_TOOL_ITEM}{_TOOL_GAP}+){{0,14}}?{_TOOL}(?:{_TOOL_GAP}+{_TOOL_ITEM}){{0,14}}{_TOOL_GAP}*\Z""",
    safety="The whole line is two or more tool buttons ('Print', 'E-mail this', 'Text size', 'Teilen', "
    "'Imprimer') and the signs between them, two of them more than a network's name: a sentence has other "
    "words, and a single button, or one among networks, is left to the share rules.",
    examples=_TOOLS.examples,
)

# One of those tools alone on its line, perhaps with its bar or bullet ("Email to friend", "Printer
# friendly", "Digg this", "Taille du texte"): a button whose row the extractor cut into lines.
LONE_ARTICLE_TOOL = PatternRule(
    code="NAV052",
    name="lone-article-tool",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="An article's tool button alone on its line, in every language: 'Email to friend', 'Digg this', "
    "'Taille du texte'.",
    message="article tool",
    languages=_TOOLS.languages,
    keywords=starts(*sorted({keyword_of(tool) for tool in _TOOLS.get("tools")})),
    max_words=6,
    pattern=rf"""{START}{_TOOL}{END}""",
    safety="Weak: the whole line is one tool button, removed only before or after the article's prose, "
    "or beside strong evidence; between paragraphs a word such as 'Feedback' or 'Comments' may be the "
    "article's own sub-heading.",
    examples=(
        removes("Email to friend", before=("Printer friendly",)),
        removes("Printer friendly"),
        removes("Digg this"),
        removes("Drucker-Version"),
        removes("Taille du texte"),
        removes("Versión para imprimir"),
        removes("Versione stampabile"),
        removes("Tamanho da letra"),
        removes("Printversie"),
        keeps("Feedback", after=("Readers wrote in their hundreds after last week's column on rents, and "
                                 "most of them agreed with the landlord.",),
              note="a sub-heading over the article's next paragraph"),
        keeps("Printer friendly versions of the forms are available at the town hall, the clerk said."),
    ),
)

# An action on the article, alone on its line: the action and the article, in either order
# ("Listen to this article", "Offrir ce texte", "Artikel anhören", "Dit artikel beluisteren").
_ACTIONS = concept("article-action")
_ACTION_OBJECT = alternatives(_ACTIONS.get("objects"))
_ACTION_OPENINGS = (*_ACTIONS.get("verbs"), *_ACTIONS.get("objects"))
_ACTION_AFTER = alternatives(_ACTIONS.get("after"))

ARTICLE_ACTION = PatternRule(
    code="NAV053",
    name="article-action",
    category=Category.NAVIGATION,
    summary="A button acting on the article, alone on its line, in every language: 'Offrir ce texte', "
    "'Text anhören'.",
    message="article action",
    languages=_ACTIONS.languages,
    keywords=starts(*sorted({keyword_of(phrase) for phrase in _ACTION_OPENINGS})),
    max_words=7,
    pattern=rf"""{START}(?:(?:{alternatives(_ACTIONS.get("verbs"))})\s+{_ACTION_OBJECT}(?:\s+{_ACTION_AFTER})?
        |{_ACTION_OBJECT}\s+{_ACTION_AFTER}){END}""",
    safety="The whole line is an action (listen, gift, save, print) and the article it acts on "
    "('this article', 'ce texte', 'den Beitrag'): a sentence that shares the words goes on to say "
    "who does it, and why.",
    examples=_ACTIONS.examples,
)


# A link's label is no sentence: a line that closes with a full stop is the article's own instruction
# ("Click here to get more information or download this game."), and a quoted warning reported speech.
_CLICK_HERE_VETO = rf"{speech_veto(LANGUAGES)}|(?<!\.)\.\s*\Z"

CLICK_HERE_CALL = dataclasses.replace(
    phrase_rule(
        code="NAV051",
        name="click-here-call",
        category=Category.NAVIGATION,
        concept="click-here-call",
        summary="A link's own call opening its line, in every language: 'Click here to …', 'Klicken Sie "
        "hier', 'Cliquez ici'.",
        message="'click here' link",
        follow="anything",
        max_words=25,
        safety="The block opens with the call to click (or tap) here, runs 25 words or fewer and closes "
        "without a full stop: a link's label is no sentence, and an article's instruction ('Click here to "
        "download the form.') is one; a quoted warning is reported speech.",
        examples=(
            keeps("Click here to get more information or download this game.",
                  note="a sentence: the article's own instruction"),
        ),
    ),
    unless=_CLICK_HERE_VETO,
)


# A quote with its change, as a ticker row prints several: "PMH 23.15 ▲ 4.70%", "UBX 4,82 CHF +1,26%".
_CHANGED_QUOTE = rf"{_INSTRUMENT}\s+{_PRICE}(?:\s?(?-i:[A-Z]{{3}}))?\s+{_CHANGE}"

TICKER_ROW = PatternRule(
    code="NAV031",
    name="ticker-row",
    category=Category.NAVIGATION,
    summary="A row of three or more market quotes, each with its change: 'PMH 23.15 ▲ 4.70% | KHM 35.12 …'.",
    message="market ticker row",
    languages=LANGUAGES,
    keywords=("%",),
    max_words=60,
    pattern=rf"""{_CHANGED_QUOTE}(?:(?:{_QUOTE_SEPARATOR}|\s+){_CHANGED_QUOTE}){{2,11}}""",
    safety="Three quotes or more, each an instrument, a price and a change in per cent, and nothing else: "
    "a sentence about markets has its verbs, and a single quote is the weak rule's (NAV027).",
    examples=(
        removes("PMH 23.15 ▲ 4.70% | KHM 35.12 ▼ 0.85% | BLV 98.40 ▲ 0.12%"),
        removes("UBX 4,82 CHF +1,26% | RHN 118,40 CHF -0,34% | SWT 62,15 CHF +0,08%"),
        removes("AEX 912,48 +0,61% AMX 1.004,17 -0,22% Dow 42.310,55 +0,18%"),
        keeps("AEX 912,48 +0,61%", before=("De beurs opende maandag hoger.",),
              after=("Beleggers wachten op de ECB, zeggen analisten.",), note="one quote between paragraphs"),
        keeps("The AEX rose 0.61% to 912.48, and the AMX fell 0.22% to 1,004.17 on Monday."),
    ),
)

# Languages named in their own words, as language switchers list them.
_ENDONYMS = (
    "English", "Deutsch", "Français", "Español", "Italiano", "Português", "Nederlands", "Vlaams",
    "Català", "Galego", "Euskara", "Dansk", "Svenska", "Norsk", "Suomi", "Polski", "Čeština", "Slovenčina",
    "Magyar", "Română", "Hrvatski", "Srpski", "Slovenščina", "Türkçe", "Ελληνικά", "Русский", "Українська",
    "Български", "العربية", "عربي", "فارسی", "اردو", "עברית", "हिंदी", "हिन्दी", "मराठी", "தமிழ்", "বাংলা",
    "తెలుగు", "ಕನ್ನಡ", "മലയാളം", "ગુજરાતી", "ਪੰਜਾਬੀ", "中文", "简体中文", "繁體中文", "日本語", "한국어",
    "Bahasa Indonesia", "Bahasa Melayu", "Tiếng Việt", "ไทย", "Kiswahili", "Afrikaans", "Lëtzebuergesch",
    "Rumantsch", "Frysk",
)
_ENDONYM = "(?:" + "|".join(sorted(map(re.escape, _ENDONYMS), key=len, reverse=True)) + ")"

LANGUAGE_SWITCHER = PatternRule(
    code="NAV028",
    name="language-switcher",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="Language switchers: two or more languages named in their own words: 'हिंदी | தமிழ் | বাংলা'.",
    message="language switcher",
    keywords=starts(*(keyword_of(name) for name in _ENDONYMS)),
    max_words=20,
    pattern=rf"""{START}{_ENDONYM}(?:(?:\s*[|·•/]\s*|\s+){_ENDONYM}){{1,15}}{END}""",
    safety="Weak, and the whole line is language names, each in its own language: 'English and French "
    "are official languages' is a sentence.",
    examples=(
        removes("हिंदी | தமிழ் | বাংলা"),
        removes("English Français Español"),
        removes("Deutsch / Français / Italiano / Rumantsch"),
        keeps("English and Français were both spoken at the summit."),
        keeps("English | Français", before=("The council met on Tuesday.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
    ),
)


_FEEDBACK = concept("feedback-widget")
# A rating widget's buttons after its question: yes and no, stars, marks out of five.
_FEEDBACK_BUTTON = rf"(?:{alternatives(_FEEDBACK.get('buttons'))}|\d{{1,2}}|[★☆✩✭⭐👍👎/])"

FEEDBACK_WIDGET = PatternRule(
    code="NAV035",
    name="feedback-widget",
    category=Category.NAVIGATION,
    summary="Widgets asking the reader to rate the page, in every language: 'Was this article helpful? "
    "Yes No', 'Artikel bewerten'.",
    message="feedback widget",
    languages=LANGUAGES,
    keywords=starts(*(keyword_of(phrase) for phrase in _FEEDBACK.get("phrases"))),
    max_words=25,
    pattern=rf"""{START}(?:{alternatives(_FEEDBACK.get("phrases"))})
        (?:\s*[|·•/]?\s*{_FEEDBACK_BUTTON}(?!\w)){{0,10}}{END}""",
    safety="The whole line is the widget's question or label, and only its buttons (yes, no, stars, "
    "marks) may follow: \"Was this article helpful to the defence? The judge thought not.\" is kept.",
    examples=_FEEDBACK.examples,
)

_MASTHEAD = concept("masthead")
# An issue's number: "118", "8.432", "43/2024", "XXIV".
_ISSUE_NUMBER = r"(?:\d{1,3}(?:[.,]\d{3})+|\d{1,5}|(?-i:[IVXLCDM]{1,7}))(?:\s?/\s?\d{2,4})?(?!\w)"
# The number may carry its sign: "Edição nº 2.471", "Ausgabe Nr. 12".
_ISSUE = rf"(?:{alternatives(_MASTHEAD.get('labels'))})\s*(?:(?:n[º°o]|n\.º|nr)\.?\s*)?{_ISSUE_NUMBER}"
_EDITION = rf"(?:{alternatives(_MASTHEAD.get('editions'))})"
_MASTHEAD_DATE = rf"(?:{CORE}{MORE_PIECES})"
_MASTHEAD_SEPARATOR = r"(?:\s*[,·•|/–—-]\s*|\s+)"

MASTHEAD = PatternRule(
    code="NAV036",
    name="masthead-issue",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A paper's issue line, in every language: 'Issue 118 · Friday 7 June 2024', 'Aus der WOCHENPOST "
    "Nr. 12/2025'.",
    message="masthead issue line",
    marks=frozenset({Mark.DATELINE}),
    languages=_MASTHEAD.languages,
    keywords=starts(*(keyword_of(word) for word in (*_MASTHEAD.get("labels"), *_MASTHEAD.get("editions"),
                                                     *_MASTHEAD.get("intro")))),
    max_words=20,
    # An issue's number, perhaps after the paper's name, then only more numbers and the date; or an
    # edition's name and its date.
    pattern=rf"""{START}(?:
          (?:(?:{alternatives(_MASTHEAD.get('intro'))})\s+(?:(?-i:[A-ZÀ-Þ][\w'’.&-]*)\s+){{0,3}})?{_ISSUE}
            (?:{_MASTHEAD_SEPARATOR}(?:{_ISSUE}|{_EDITION}|{_MASTHEAD_DATE})){{0,3}}
        | {_EDITION}{_MASTHEAD_SEPARATOR}(?:{_ISSUE}{_MASTHEAD_SEPARATOR})?{_MASTHEAD_DATE}
        | (?:{alternatives(_MASTHEAD.get('intro'))})\s+(?:(?-i:[A-ZÀ-Þ][\w'’.&+-]*)\s+){{1,3}}
            \d{{1,3}}\s?/\s?\d{{4}}(?:{_MASTHEAD_SEPARATOR}{_MASTHEAD_DATE})?
        ){END}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; the whole line is "
    "an issue's label and number (or the paper's name and a number with its year: 'Aus der POST 22/2025'), "
    "or an edition's name and date, with only dates and numbers beside them: "
    "'Issue 118 of the magazine sold out' is a sentence.",
    examples=_MASTHEAD.examples,
)

_GALLERY = concept("gallery-counter")
_COUNT_OF = rf"\d{{1,3}}\s*(?:(?:{alternatives(w for w in _GALLERY.get('of') if w != '/')})\s+|/\s*)\d{{1,3}}"

GALLERY_COUNTER = PatternRule(
    code="NAV037",
    name="gallery-counter",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A gallery's counters, in every language: '1 of 12', '3 von 8', 'Galería: 15 fotos'.",
    message="gallery counter",
    languages=_GALLERY.languages,
    keywords=(*starts(*"0123456789"), *starts(*(keyword_of(word) for word in _GALLERY.get("labels")))),
    max_words=6,
    pattern=rf"""{START}(?:
          {_COUNT_OF}
        | (?:(?:{alternatives(_GALLERY.get('labels'))})\s*[:·(–—-]?\s*)?\d{{1,3}}\s+
            (?:{alternatives(_GALLERY.get('media'))})\)?
        ){END}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; the whole line is "
    "a number of a count, or a count of pictures: '1 of 12 people said' is a sentence.",
    examples=_GALLERY.examples,
)

# A rating widget's stars, its average (perhaps out of five or ten) and its count of votes in
# brackets: the count is what makes it the readers' widget, not a critic's verdict ("★★★★☆").
_STARS = r"[★☆✩✭⭐](?:\s?[★☆✩✭⭐½]){0,4}"
# Out of five, by a slash or a word: "4,7/5", "4,7 de 5", "4.7 out of 5", "4,7 von 5".
_OUT_OF = r"(?:\s?/\s?|\s(?:out\s+of|of|de|von|sur|su|em|van|op)\s)"
_AVERAGE = rf"(?:[0-5][.,]\d{{1,2}}(?:{_OUT_OF}5)?|\d[.,]\d{_OUT_OF}10)"
_VOTE_COUNT = r"(?:[1-9]\d{0,2}(?:[.,\u202f\u00a0]\d{3})+|[1-9]\d{1,5})"  # ten or more: "213", "1,204"
_VOTES = rf"\(\x20?{_VOTE_COUNT}\s?[^\W\d_]{{2,20}}(?:\s[^\W\d_]{{2,20}})?\s?\)"

RATING_WIDGET = PatternRule(
    code="NAV042",
    name="rating-widget",
    category=Category.NAVIGATION,
    summary="Readers' rating widgets in any language: an average out of five and a count of votes: "
    "'★★★★☆ 4,6 (213 Bewertungen)'.",
    message="rating widget",
    languages=LANGUAGES,
    keywords=(*(f"({digit}" for digit in "123456789"), *(f"( {digit}" for digit in "123456789")),
    max_words=8,
    # Stars opening the line are decoration its core has lost: the average and the votes are the widget.
    pattern=rf"{START}(?:{_STARS}\s*)?(?:½\s*)?{_AVERAGE}(?:\s*{_STARS})?\s*{_VOTES}{END}",
    safety="The whole line is an average out of five (or ten) with its decimals, perhaps beside stars, and a "
    "count of ten votes or more in brackets: a critic's stars ('★★★★☆', '★★★★☆ (4 stars)') give no "
    "average and count no votes, and a figure with its unit is no average.",
    examples=(
        removes("★★★★☆ 4,6 (213 Bewertungen)"),
        removes("★ 4.8 (1,204 ratings)"),
        removes("4,7 ★ (89 avaliações)"),
        removes("★★★★★ 4,5/5 (318 avis)"),
        removes("4,7 de 5 (1.284 votos)"),
        removes("★★★★½ 4,6 (214 beoordelingen)"),
        keeps("★★★★☆"),
        keeps("★★★★☆ (4 stars)"),
        keeps("4.6 million (213 countries)"),
        keeps("Rated ★ 4.8 (1,204 ratings) by its users, the app climbed to first place in the store."),
    ),
)

_PAGES = concept("pagination")
_PAGE_SEPARATOR = r"\s*[|·•–—/:-]?\s*"
_PREVIOUS = rf"(?:[«‹<←]+\s*)?(?:{alternatives(_PAGES.get('previous'))})(?:\s*[«‹<←]+)?"
_NEXT = rf"(?:[»›>→]+\s*)?(?:{alternatives(_PAGES.get('next'))})(?:\s*[»›>→]+)?"
# Page numbers in a row, perhaps with an ellipsis for the pages left out: "1 2 3 … 9".
_PAGE_NUMBERS = r"\d{1,3}(?!\d)(?:(?:\s*[|·•]\s*|\s+)(?:\d{1,3}(?!\d)|…|\.\.\.)){1,12}"
_PAGE_COUNT = (rf"(?:{alternatives(_PAGES.get('page'))})\s+\d{{1,3}}\s*"
               rf"(?:(?:{alternatives(w for w in _PAGES.get('of') if w != '/')})\s+|/\s*)\d{{1,3}}")
_PAGE_ITEM = rf"(?:{_PREVIOUS}|{_NEXT}|{_PAGE_NUMBERS}|[«‹»›<>←→]+)"

PAGINATION = PatternRule(
    code="NAV054",
    name="pagination",
    category=Category.NAVIGATION,
    summary="Pagination, in every language: 'Page 3 of 7', '« Zurück 1 2 3 Weiter »', 'Pagina 3 van 4'.",
    message="pagination",
    languages=_PAGES.languages,
    keywords=(*starts(*"0123456789«‹<←"),
              *starts(*(keyword_of(word) for word in (*_PAGES.get("page"), *_PAGES.get("previous"),
                                                      *_PAGES.get("next"))))),
    max_words=24,
    # The page's number and count, then perhaps its links; or the links to the previous and the next
    # page, with the numbers between them or beside one of them.
    pattern=rf"""{START}(?:
          {_PAGE_COUNT}(?:{_PAGE_SEPARATOR}{_PAGE_ITEM}){{0,6}}
        | {_PREVIOUS}{_PAGE_SEPARATOR}(?:{_PAGE_NUMBERS}{_PAGE_SEPARATOR})?{_NEXT}
        | {_PREVIOUS}{_PAGE_SEPARATOR}{_PAGE_NUMBERS}
        | {_PAGE_NUMBERS}{_PAGE_SEPARATOR}{_NEXT}
        ){END}""",
    safety="The whole line is a page's number and count and its links, or the links to the previous and "
    "next page around the page numbers: 'Page 3 of the report' and 'Next, the committee …' are sentences.",
    examples=_PAGES.examples,
)

_UPDATES = concept("live-updates")
_POSTS = rf"(?:{alternatives(_UPDATES.get('posts'))})"
_OLDER = rf"(?:{alternatives(_UPDATES.get('older'))})"
_SHOW = rf"(?:{alternatives(_UPDATES.get('show'))})"
_SHOWN_AFTER = rf"(?:{alternatives(_UPDATES.get('after'))})" if _UPDATES.get("after") else r"(?!)"
_NEW = rf"(?:{alternatives(_UPDATES.get('new'))})"
_THERE_ARE = rf"(?:{alternatives(_UPDATES.get('there'))})"
_CLICK = rf"(?:{alternatives(_UPDATES.get('click'))})"

LIVE_UPDATES = PatternRule(
    code="NAV055",
    name="live-updates",
    category=Category.NAVIGATION,
    summary="A live blog's update controls, in every language: '3 new updates · Click to view', "
    "'Auto-refresh: on'.",
    message="live blog control",
    languages=_UPDATES.languages,
    keywords=(*starts(*"0123456789"),
              *starts(*(keyword_of(word) for key in ("show", "older", "auto", "there", "available")
                        for word in _UPDATES.get(key)))),
    max_words=12,
    # A count of new posts (the "new" before or after them, "there are" perhaps before the count) or
    # a notice that new ones are there, perhaps with the button's verb and what to click; the verb,
    # perhaps an article ("les", "gli"), and the older posts; the older posts and the verb after
    # them; or the auto-refresh toggle and its state.
    pattern=rf"""{START}(?:
          (?:(?:{_SHOW}|{_THERE_ARE})\s+)?\d{{1,3}}\s+(?:{_NEW}\s+{_POSTS}|{_POSTS}\s+{_NEW})(?:\s+{_SHOWN_AFTER})?
            (?:\s*[·•|:.–—-]?\s*{_CLICK})?
        | (?:{alternatives(_UPDATES.get('available'))})(?:\s*[·•|:.–—-]?\s*{_CLICK})?
        | {_SHOW}\s+(?:[^\W\d]{{1,3}}\s+)?(?:{_OLDER}\s+{_POSTS}|{_POSTS}\s+{_OLDER})
        | {_OLDER}\s+{_POSTS}\s+{_SHOWN_AFTER}
        | (?:{alternatives(_UPDATES.get('auto'))})(?:\s*:?\s*(?:{alternatives(_UPDATES.get('states'))}))?
        ){END}""",
    safety="The whole line is the control: a count of new posts, a verb and older posts, or the auto-refresh "
    "toggle; a sentence goes on past them ('Oudere berichten laden traag, klaagden …').",
    examples=_UPDATES.examples,
)

_LIVE_NOTICE = concept("live-notice")
_NOTICE = rf"(?:{alternatives(_LIVE_NOTICE.get('notices'))})"
_ORDER = rf"(?:{alternatives(_LIVE_NOTICE.get('orders'))})"
_CLOSING = rf"(?:{alternatives(_LIVE_NOTICE.get('closings'))})"
# Between notices: a stop, a comma ("Cette page est actualisée automatiquement, inutile de la recharger").
_NOTICE_BREAK = r"(?:\s*[.,;!·•|–—:]\s*|\s+)"
# How often it refreshes: a word or two and a count of units, "every 60 seconds", "toutes les 2 minutes".
_EVERY = r"(?:(?:\s+[^\W\d]+){1,2}\s+\d{1,3}\s+[^\W\d]+)"

LIVE_NOTICE = PatternRule(
    code="NAV057",
    name="live-notice",
    category=Category.NAVIGATION,
    summary="What a live blog says about itself, in every language: 'This live blog has ended', 'Dit "
    "liveblog ververst automatisch'.",
    message="live blog notice",
    languages=_LIVE_NOTICE.languages,
    keywords=starts(*(keyword_of(phrase) for key in ("notices", "orders")
                      for phrase in _LIVE_NOTICE.get(key))),
    max_words=24,
    unless=speech_veto(_LIVE_NOTICE.languages),
    # Notices that name the live blog itself, perhaps with how often it refreshes ("every 60
    # seconds") and beside its order of posts or where the older posts are ("Scroll down for earlier posts");
    # after them, perhaps when coverage resumes.
    pattern=rf"""{START}(?:{_ORDER}{_NOTICE_BREAK})*{_NOTICE}{_EVERY}?(?:{_NOTICE_BREAK}(?:{_NOTICE}|{_ORDER}|{_CLOSING}))*
        (?:{_NOTICE_BREAK}(?:{alternatives(_LIVE_NOTICE.get('resumes'))})(?:\s+[^\s,;:!?]+){{0,6}})?{END}""",
    safety="The whole line is the live blog's notices about itself, naming it ('this live blog', 'Dieser "
    "Liveticker', 'ce direct'); the order of its posts only beside such a notice (alone, 'Latest updates "
    "first' is an app's sort option a story explains), and when coverage resumes only after one, in six "
    "words without a comma. A page that refreshes and a broadcast that ends ('Fine della diretta') are "
    "stories' words; a sentence goes on past a notice, and reported speech vetoes it.",
    examples=_LIVE_NOTICE.examples,
)

_HELPLINE = concept("helpline")
# A number to call: six digits or more in groups ("0800 111 0 111", "116 006", "0800-0113"), or a
# short one ("3919", "988") up to three words after a word that calls it ("call 988", "le 3919",
# "Bel bij nood altijd 101"); a year is none.
_PHONE = re.compile(r"(?<![\d.,])\d{2,5}(?:[ -]\d{1,4}){0,4}(?![\d.,]\d)")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_CALLED = re.compile(rf"(?:{whole_words(_HELPLINE.get('calls'))})(?:\s+\S+){{0,3}}?\s*:?\s*$", re.IGNORECASE)
_LONG_NUMBER = 6  # digits: a phone number in groups, not a count ("300 fois")


@dataclass(frozen=True, kw_only=True, repr=False)
class HelplineBox(PatternRule):
    """A pattern rule whose block must give a number to call."""

    def match(self, text: str) -> str | None:
        hit = super().match(text)
        if hit is None:
            return None
        for number in _PHONE.finditer(hit):
            digits = re.sub(r"\D", "", number.group())
            if len(digits) >= _LONG_NUMBER and number.group() != digits:
                return hit
            called = _CALLED.search(hit[: number.start()]) is not None
            if called and len(digits) >= 3 and not _YEAR_ALONE.fullmatch(digits):
                return hit
        return None


# An article above a weak rule's examples, so that the box is a small part of the page.
_TWO_PARAGRAPHS = (
    "The trial heard that the man had threatened his former partner repeatedly over two years before "
    "the police were called to the house in March.",
    "He was sentenced to three years in prison on Friday and must not contact her again.",
)

HELPLINE = HelplineBox(
    code="NAV049",
    name="helpline",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A helpline box that speaks to a reader in need and gives a number, in every language: "
    "'Opfer einer Straftat? … 116 006'.",
    message="helpline box",
    languages=_HELPLINE.languages,
    keywords=starts(*sorted({keyword_of(opening) for opening in _HELPLINE.get("openings")})),
    max_words=40,
    unless=speech_veto(_HELPLINE.languages),
    pattern=rf"""{START}(?:{alternatives(_HELPLINE.get("openings"))}).{{1,400}}""",
    safety="Weak, so only after the article's prose or beside strong evidence; the block opens by "
    "speaking to a reader in need ('If you or someone you know', 'Victime de violences ?') and gives a "
    "number to call, and reported speech vetoes it: a police officer's advice in a story is quoted.",
    examples=tuple(dataclasses.replace(example, before=_TWO_PARAGRAPHS) if example.removed else example
                   for example in _HELPLINE.examples),
)

_ON_AIR = concept("on-air")
# A show's hours: "16–19 Uhr", "6-9am", "6h-9h", "19:00-21:00", "7-10".
_HOURS_UNIT = r"(?:h|Uhr|uur|horas|am|pm|a\.m\.|p\.m\.)"
_HOURS = rf"\d{{1,2}}(?:[:.h]\d\d)?\s*{_HOURS_UNIT}?\s*[–—-]\s*\d{{1,2}}(?:[:.h]\d\d)?\s*{_HOURS_UNIT}?"

ON_AIR_BAR = PatternRule(
    code="NAV066",
    name="on-air-bar",
    category=Category.NAVIGATION,
    summary="A radio station's on-air bar: the label, the show and its hours, 'Jetzt on air: Feierabend "
    "| 16–19 Uhr'.",
    message="on-air bar",
    languages=_ON_AIR.languages,
    keywords=starts(*(keyword_of(label) for label in _ON_AIR.get("labels"))),
    max_words=20,
    pattern=rf"""{START}(?:{alternatives(_ON_AIR.get("labels"))})\s*[:·|–—-]\s*
        [^\n|·•]{{2,80}}?\s*[|·•–—-]\s*{_HOURS}{END}""",
    safety="The label, a mark, the show and its hours after a separator, and nothing more: a sentence "
    "about a programme names no hours after a bar ('On Air: the new morning show has aired …').",
    examples=_ON_AIR.examples,
)

_REGION = concept("region-picker")
_CHANGE_REGION = rf"(?:{alternatives(_REGION.get('change'))})"
# A place's name: capitalised words, joined by small ones ("São Paulo e Grande SP", "Frankfurt am Main").
_PLACE_NAME = r"""(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s+(?:(?-i:[A-ZÀ-Þ][\w'’.-]*)|&|
    (?-i:e|and|und|et|y|en|de|do|da|del|di|am|an|im|sur|upon|on|la|le|les)(?=\s))){0,6}"""

REGION_PICKER = PatternRule(
    code="NAV056",
    name="region-picker",
    category=Category.NAVIGATION,
    summary="A site's region or edition picker, in every language: 'Your region: Greater London · change "
    "region'.",
    message="region picker",
    languages=_REGION.languages,
    keywords=starts(*(keyword_of(label) for label in _REGION.get("labels"))),
    max_words=14,
    # The label and the place, then perhaps the picker's button.
    pattern=rf"""{START}(?:{alternatives(_REGION.get('labels'))})\s*:\s*{_PLACE_NAME}
        (?:\s*[·•|–—-]?\s*{_CHANGE_REGION})?(?:\s*[▾▼⌄›>])?{END}""",
    safety="The label and a colon, a place's capitalised name, then perhaps the picker's button: 'Your "
    "region's council will vote' has no colon, 'Your region: the cost of living …' no place.",
    examples=_REGION.examples,
)

_MATCH = concept("match-status")
# A match's minute: "78'", "90'+3'", "45+2'".
_MINUTE = r"\d{1,3}(?:['’′]\s?\+\s?\d{1,2}|\s?\+\s?\d{1,2})?['’′]"
_STATUS_SEPARATOR = r"\s*[·•|–—-]\s*"
_LIVE = rf"(?:{alternatives(_MATCH.get('live'))})"
_PERIOD = rf"(?:{alternatives(_MATCH.get('periods'))})"

MATCH_STATUS = PatternRule(
    code="NAV038",
    name="match-status",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A live match's status bar, in every language: 'LIVE · 2nd half · 90'+3'', 'AO VIVO · 2º tempo'.",
    message="match status",
    languages=_MATCH.languages,
    keywords=(*starts(*(keyword_of(word) for word in (*_MATCH.get("live"), *_MATCH.get("periods")))),
              *starts(*"0123456789")),
    max_words=10,
    pattern=rf"""{START}(?:
          {_LIVE}{_STATUS_SEPARATOR}(?:{_PERIOD}{_STATUS_SEPARATOR})?{_MINUTE}
        | (?:{_LIVE}{_STATUS_SEPARATOR})?{_PERIOD}{_STATUS_SEPARATOR}{_MINUTE}
        | {_LIVE}{_STATUS_SEPARATOR}{_PERIOD}
        | {_MINUTE}
        ){END}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence: the whole line is "
    "the live label, the period and the minute; a live blog's minutes between paragraphs stay.",
    examples=_MATCH.examples,
)

# Three labels or more between bars: "Santé | Hôpital | Clamecy | Nièvre".
_BARRED_LABELS = re.compile(rf"(?:{_LABEL})(?:\s+\|\s+(?:{_LABEL})){{2,7}}")


@dataclass(frozen=True, kw_only=True, repr=False)
class BarredLabelsInCluster(ContextRule):
    """Remove a strip of topic labels between bars that stands between two removed blocks, where a
    page's tags sit among its furniture: under an author's box, above a share row.

    Shape alone cannot tell such a strip from the article's own: a table's header ("Name | Team |
    Goals") has its rows beside it, and a motto of three words ("Kontakt | Beratung | Begleitung")
    stands under a paragraph. Between two blocks that rules removed, neither is the case.
    """

    def find(self, page: Page) -> Iterator[Finding]:
        for i in range(1, len(page) - 1):
            if page.is_matched(i) or not (page.is_removed(i - 1) and page.is_removed(i + 1)):
                continue
            core = page.core(i)
            if "|" in core and _BARRED_LABELS.fullmatch(core):
                yield Finding(i, core, anchor=i + 1)


BARRED_LABELS = BarredLabelsInCluster(
    code="NAV131",
    name="barred-labels-in-cluster",
    category=Category.NAVIGATION,
    summary="Topic labels between bars, between two removed blocks: 'Santé | Hôpital | Nièvre'.",
    message="topic labels among the page's furniture",
    safety="Three labels or more (one to three words each, capitalised, no figure) between bars, and only "
    "between two blocks that rules removed: a table's header has its rows beside it, and a motto under a "
    "paragraph stays.",
    examples=(
        removes("Santé | Hôpital | Clamecy | Nièvre",
                before=("L'hôpital a annoncé mardi la fermeture du service pour l'été, faute de médecins.",
                        "Élodie Marchais est journaliste à L'Écho nivernais. Elle suit la santé et "
                        "l'éducation."),
                after=("Partager sur Facebook | Partager sur X | Copier le lien",)),
        keeps("Name | Team | Goals", before=("The league published its scoring table on Monday night.",),
              after=("Ana Ruiz | Rovers | 14", "Kim Berg | United | 11")),
        keeps("Kontakt | Beratung | Begleitung",
              before=("Der Verein hilft seit 1990 Familien in Not, sagte die Leiterin am Dienstag.",),
              after=("Partager sur Facebook | Partager sur X | Copier le lien",),
              note="under a paragraph"),
    ),
)


# One label of a spaced run: a word that opens with a letter (or a hashtag's sign), then up to two
# more (a verse's clause runs longer), none with a sentence's punctuation; a dot only inside a word
# ("U.S.A", "bhz.com").
_SPACED_LABEL = r"[#]?[^\W\d_](?:[^\s,;:!?|()\[\].]|\.(?=\S))*(?:[ ](?:[^\s,;:!?|()\[\].]|\.(?=\S))+){0,2}"
_SPACED_LABELS = re.compile(rf"{_SPACED_LABEL}(?:(?:[ ]{{2,}}|\t+){_SPACED_LABEL}){{2,19}}")
_SPACED_CELLS = re.compile(r"[ \t]*\t[ \t]*| {2,}")


@dataclass(frozen=True, kw_only=True, repr=False)
class SpacedLabels(ContextRule):
    """Remove tags or menu items that an extractor joined with runs of spaces, around the article.

    A line of three labels or more set apart by two spaces or a tab is shape evidence, read as a weak
    rule's: above the article's first paragraph, below its last, or in a run of non-prose lines
    between paragraphs where a rule removed another. The run's spaces are no paragraph's words, so
    the article's prose is read without such lines. A row beside another of as many cells is a
    table's, figures or none.
    """

    max_words: int = 30

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose or ("  " not in page.text and "\t" not in page.text):
            return
        spaced = {i for i in range(len(page)) if not page.is_matched(i) and self._spaced(page, i)}
        prose = [shape.prose[i] and i not in spaced for i in range(len(page))]
        if not spaced or True not in prose:
            return
        first, last = prose.index(True), len(prose) - 1 - prose[::-1].index(True)
        for i in sorted(spaced):
            if _in_spaced_table(page, i):
                continue
            if i < first or i > last:
                yield Finding(i, page.core(i))
                continue
            anchor = _removed_in_island(page, prose, i)
            if anchor is not None:
                yield Finding(i, page.core(i), anchor=anchor)

    def _spaced(self, page: Page, i: int) -> bool:
        core = page.core(i)
        return (
            ("  " in core or "\t" in core)
            and page.words(i, self.max_words) <= self.max_words
            and _SPACED_LABELS.fullmatch(core) is not None
        )


def _in_spaced_table(page: Page, i: int) -> bool:
    """Whether a row beside block ``i`` has as many spaced cells: a table's rows."""
    cells = len(_SPACED_CELLS.split(page.core(i).strip()))
    return any(
        0 <= j < len(page) and len(_SPACED_CELLS.split(page.core(j).strip())) == cells for j in (i - 1, i + 1)
    )


def _removed_in_island(page: Page, prose: list[bool], i: int) -> int | None:
    """The block nearest ``i`` that a rule removed in the run of non-prose blocks around it."""
    start, end = i, i
    while start > 0 and not prose[start - 1]:
        start -= 1
    while end + 1 < len(page) and not prose[end + 1]:
        end += 1
    removed = [j for j in range(start, end + 1) if page.is_removed(j)]
    return min(removed, key=lambda j: abs(j - i)) if removed else None


SPACED_LABELS = SpacedLabels(
    code="NAV112",
    name="spaced-labels",
    category=Category.NAVIGATION,
    summary="Tags or menu items an extractor joined with runs of spaces: 'onça-parda  Taubaté  Mata "
    "Atlântica'.",
    message="labels joined by spaces",
    safety="Three labels or more of one to three words, each opening with a letter, two spaces or a tab "
    "between them, no sentence punctuation, bars or brackets; only above the article's first "
    "paragraph, below its last, or between paragraphs beside a block a rule removed; never beside a "
    "row of as many cells (a table's).",
    examples=(
        removes("onça-parda  Taubaté  Polícia Ambiental  meio ambiente  Mata Atlântica",
                before=("A Polícia Ambiental informou que o animal voltou para a mata durante a noite.",)),
        removes("Lille   Roubaix-Tourcoing   Valenciennes   Arras   Toutes les villes", opens=True,
                after=("Tempête : des milliers de foyers privés d'électricité dans le Nord",
                       "Les vents ont atteint 130 km/h dans la nuit, selon Météo-France, qui maintient "
                       "la vigilance orange.")),
        keeps("Equipa  Jogos  Pontos", before=("A tabela da liga ficou assim depois da última jornada.",),
              after=("Benfica  34  82", "Porto  34  79"),
              note="a table's header over its rows, in the article"),
        keeps("Deputy  Rui Cole  Green",
              before=("The new council met for the first time on Tuesday evening.", "Role  Name  Party",
                      "Mayor  Ana Lee  Labour"),
              after=("© 2026 The Example Gazette. All rights reserved.",),
              note="a table's last row over the footer: rows of as many cells, with or without figures"),
        keeps("Il sindaco  ha detto  che la piazza resterà chiusa.",
              before=("Il consiglio comunale si è riunito martedì sera per discutere il piano.",),
              note="a sentence with stray spaces ends with its stop"),
        keeps("Cronaca  Cultura  Sport", before=("Il consiglio comunale si è riunito martedì sera.",),
              after=("La seduta è durata fino a tarda notte, hanno riferito i consiglieri presenti.",),
              note="between two paragraphs, nothing removed beside it: the article's"),
    ),
)


RULES = (
    SECTION_LABEL,
    BREADCRUMB,
    SECTION_STUB,
    SITE_CHROME,
    TAG_LIST,
    LISTEN_WIDGET,
    COMMENT_WIDGET,
    COMMENT_SECTION,
    HOVER_CARD,
    BREADCRUMB_ELEMENT,
    TAG_LIST_ELEMENT,
    KICKER_ELEMENT,
    TIMESTAMP_ELEMENT,
    HIDDEN_METADATA,
    TOOLTIP_POPUP,
    POPUP_ELEMENT,
    PRINT_ONLY_ELEMENT,
    REPEATED_HEADLINE,
    COMMENT_PROMPT,
    COMMENT_POLICY,
    CONDOLENCE_PROMPT,
    WIDGET_LABEL,
    COMMENT_COUNT,
    PAGE_CHROME,
    SECTION_MENU,
    INTERFACE_LABEL,
    SHORT_BREADCRUMB,
    DOTTED_LABELS,
    MARKUP_DEBRIS,
    WEATHER_WIDGET,
    TICKER_ROW,
    MARKET_TICKER,
    FOOTER_LINK_ROW,
    ARTICLE_TOOLS_ROW,
    LONE_ARTICLE_TOOL,
    CLICK_HERE_CALL,
    LANGUAGE_SWITCHER,
    FEEDBACK_WIDGET,
    FLAT_MENU,
    MASTHEAD,
    GALLERY_COUNTER,
    RATING_WIDGET,
    MATCH_STATUS,
    PAGINATION,
    LIVE_UPDATES,
    LIVE_NOTICE,
    HELPLINE,
    ON_AIR_BAR,
    REGION_PICKER,
    TAG_LABEL_ALONE,
    BARRED_LABELS,
    SPACED_LABELS,
)

# After the language packs: their share and save buttons name themselves first.
LATE_RULES = (ARTICLE_ACTION,)
