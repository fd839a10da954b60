"""Bylines, reporting credits, source lines and author contact lines."""

from ..dom import DomRule
from ..rules import Category, Evidence, PatternRule, keeps, removes
from ._patterns import AGENCY, DATE_OR_TIME, END, REPORTED_SPEECH, starts

# A person's name: two to four capitalised words (case-sensitive), with common particles.
_PERSON = r"""(?-i:[A-Z][\w'’.-]*
    (?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|della|la|le|bin|al|ibn|dos)){1,3})"""
_PEOPLE = rf"""{_PERSON}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_PERSON}){{0,8}}"""
_ORGANISATION = r"""(?-i:[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|for|and)){0,5})"""

BYLINE = PatternRule(
    code="BYL001",
    name="byline",
    category=Category.BYLINE,
    summary="Bylines standing alone: 'By John Smith', 'By Jane Doe and John Roe, Reuters'.",
    message="byline",
    keywords=starts("by", "written by", "words by", "story by", "posted by", "published by", "reported by",
                     "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "yesterday", *"0123456789"),
    max_words=20,
    pattern=rf"""(?:(?:written|words|story|posted|published|reported)\s+)?by\s*:?\s+
        (?:{_PEOPLE}|(?:the\s+)?{AGENCY}(?:\s+staff)?)
        (?:\s*(?:,|\||–|—|-|\bfor\b|\bof\b)\s*{_ORGANISATION}){{0,2}}
        (?:\s*(?:,|\||–|—|-|·|\bon\b)?\s*(?:updated\s*:?\s*)?{DATE_OR_TIME}(?:[\s,]+(?:\d{{4}}|{DATE_OR_TIME})){{0,3}})?{END}
        | {DATE_OR_TIME}(?:[\s,]+(?:\d{{4}}|{DATE_OR_TIME}|(?-i:[A-Z]{{2,4}}))){{0,4}}
            \s+by\s+{_PEOPLE}{END}""",
    safety="Names must be capitalised words and nothing else may follow but an organisation or a "
    "date: \"By Friday, the army had withdrawn\" is kept.",
    examples=(
        removes("By John Smith"),
        removes("By Jane Doe and John Roe, Reuters"),
        removes("By Jeff Foust"),
        removes("5:45 AM PST 11/19/2019 by Patrick Shanley"),
        keeps("By Friday, the army had withdrawn from the town."),
        keeps("By the end of the year, prices had doubled."),
        keeps("By Monday Night Football standards, the game was dull, critics wrote."),
    ),
)

REPORTING_CREDITS = PatternRule(
    code="BYL002",
    name="reporting-credits",
    category=Category.BYLINE,
    summary="Reporting and editing credits: '(Reporting by …; Editing by …)', "
    "'… contributed to this report.'",
    message="reporting credits",
    keywords=("reporting by", "editing by", "writing by", "edited by", "written by", "compiled by",
              "research by", "produced by", "contributed to this", "contributed reporting"),
    max_words=70,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          [(\[]?(?:additional\s+|with\s+)?(?:reporting|writing|editing|research|compiled|produced|edited|written)
            \s+by\s+(?-i:[A-Z]).{0,400}?(?-i:[A-Z][\w'’.-]*)[\s.)\]]*
        | .{1,300}?\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))
            (?:\s+(?:from|in)\s+[\w\s,.'’-]{1,80}?)?[\s.)\]]*
        )""",
    safety="The credits must end with a capitalised name (or the 'contributed to this report' "
    "formula); \"Reporting by Reuters found that the company lied\" is kept.",
    examples=(
        removes("(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by "
                "Herb Lash and Megan Davies, editing by Martin Howell.)"),
        removes("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal "
                "Ahmed and Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski and Dan Grebler"),
        removes("Keith Bradsher contributed reporting from Hong Kong."),
        removes("Fox News’ Jessica Napoli contributed to this report."),
        removes("Additional reporting by Joseph Hudak"),
        keeps("Reporting by Reuters found that the company had misled investors."),
        keeps("Reporting by the Times revealed the scheme in 2019."),
    ),
)

AUTHOR_CONTACT = PatternRule(
    code="BYL003",
    name="author-contact",
    category=Category.BYLINE,
    summary="How to reach the author: 'Write to Al Root at …', 'Have a tip? … may be reached at …'.",
    message="author contact line",
    keywords=("@", "http", "twitter", "x.com", "reached at", "reached via", "reached on",
              "reached by", "contacted at", "contacted via", "contacted on", "contacted by",
              "have a tip", "got a tip", "news tip"),
    max_words=60,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          (?:have|got)\s+a\s+(?:news\s+)?tip\?.{0,400}
        | (?:write\s+to|e-?mail|contact|reach|send\s+(?:tips|news\s+tips|story\s+ideas)\s+to|tips?\s*:)\s+
            .{0,200}?(?:[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}|https?://\S+|\b(?:twitter|x\.com)\b).{0,300}
        | .{0,120}?\b(?:may|can)\s+be\s+(?:reached|contacted)\s+(?:at|via|on|by)\b.{0,300}
        )""",
    safety="Needs the contact verb first and an address, handle or link; a sentence that mentions "
    "an email address in passing and reports speech is kept.",
    examples=(
        removes("Write to Al Root at allen.root@dowjones.com"),
        removes("Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow "
                "her on Twitter @AmyKup or on Facebook."),
        removes("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."),
        removes("Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and "
                "http://twitter.com/emarvelous"),
        keeps("Contact with the crew was lost at 3 a.m., the coast guard said."),
        keeps("Reach for the stars, the astronaut told the students."),
    ),
)

CONTACT_HANDLE = PatternRule(
    code="BYL004",
    name="contact-handle",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="A lone email address, social handle or profile link under an article.",
    message="contact handle",
    keywords=("@", "twitter.com/", "x.com/", "instagram.com/", "facebook.com/", "linkedin.com/"),
    max_words=3,
    pattern=r"""(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30}|(?:https?://)?(?:www\.)?
        (?:twitter|x|instagram|facebook|linkedin)\.com/[\w./-]{1,60})[.\s]*""",
    safety="Weak: only inside a boilerplate cluster.",
    examples=(
        removes("paul.takahashi@chron.com"),
        removes("twitter.com/paultakahashi"),
        keeps("@AmyKup", before=("The post was shared 10,000 times.",),
              after=("Her account was later suspended, the company said.",), note="mid-body stays"),
    ),
)

SOURCE_LINE = PatternRule(
    code="BYL005",
    name="source-line",
    category=Category.BYLINE,
    summary="Wire attribution lines closing an article: 'SOURCE: Al Jazeera News', 'Quelle: dpa'.",
    message="source attribution",
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
    keywords=starts("source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes", "bron",
                    "bronnen"),
    max_words=8,
    pattern=rf"""(?:sources?|quellen?|fuentes?|fontes?|bron(?:nen)?)\s*:\s*(?:{_ORGANISATION}|news\s+agencies|agencies|
        (?:the\s+)?{AGENCY})
        (?:\s*(?:,|and|/|&)\s*(?:{_ORGANISATION}|news\s+agencies|agencies)){{0,3}}{END}""",
    safety="Only capitalised organisation names may follow; \"Source: a senior official told us\" is kept.",
    examples=(
        removes("SOURCE: Al Jazeera News"),
        removes("SOURCE: News agencies"),
        removes("Source: Reuters"),
        removes("Quelle: dpa"),
        removes("Fuente: EFE"),
        removes("Bron: ANP"),
        keeps("Source: a senior official told us the talks had stalled."),
    ),
)


AUTHOR_BOX = DomRule(
    code="BYL201",
    name="author-box",
    category=Category.BYLINE,
    summary="Bylines and author boxes in the markup.",
    message="byline element",
    parts=frozenset({"byline", "bylines", "author", "authors", "contributor", "contributors"}),
    schema=frozenset({"author"}),
    unless_parts=frozenset({"post", "entry"}),
    max_words=80,
    safety="At most 80 words, and not the WordPress article container ('post author-jane'): a byline "
    "or a short bio is all that goes.",
    examples=(
        removes('<div class="byline">By <a href="/jane">Jane Doe</a>, Reuters</div>'),
        removes('<div class="author-bio"><p>Jane Doe covers energy for the paper.</p></div>'),
        keeps('<article class="entry author-jane-doe post-3708"><p>The council approved the budget on '
              'Tuesday.</p></article>', note="WordPress names the author on the whole post"),
    ),
)

RULES = (
    BYLINE,
    REPORTING_CREDITS,
    AUTHOR_CONTACT,
    CONTACT_HANDLE,
    SOURCE_LINE,
    AUTHOR_BOX,
)
