"""Advertisement markers, sponsored labels and affiliate disclosures."""

import re
from dataclasses import dataclass

from ..dom import DomRule
from ..rules import Category, PatternRule, keeps, removes
from ._patterns import END, REPORTED_SPEECH, START, one_word_each, starts
from ._phrases import phrase_rule
from ._vocabulary import alternatives, concept, keyword_of, speech_veto

ADVERTISEMENT_MARKER = PatternRule(
    code="ADV001",
    name="advertisement-marker",
    category=Category.ADVERTISEMENT,
    summary="Ad slot labels: 'Advertisement', 'Sponsored content', 'Story continues below advertisement'.",
    message="advertisement marker",
    keywords=starts("advert", "ad", "skip", "sponsor", "promoted", "partner", "paid", "story continues",
                     "article continues", "text continues", "continue reading", "scroll", "this content",
                     "this article", "content is", "article is"),
    max_words=12,
    pattern=rf"""{START}(?:
          advert(?:isement|isment|orial|iser\s+content|ising)?(?:\s+feature)?(?:\s+\d{{1,2}})?
        | ads?(?:\s+feedback)? | skip\s+(?:advertisement|ad)
        | (?:this\s+)?advertisement\s+has\s+not\s+loaded\s+yet.{{0,60}}
        | (?:sponsored|promoted)(?:\s+(?:content|post|stories|story|links|by\s+.{{1,40}}))?
        | (?:partner|paid)\s+(?:content|post|stories|story|links|partnership)
        | (?:story|article|text)\s+continues\s+below(?:\s+(?:this\s+)?(?:advertisement|ad))?
        | continue\s+reading\s+(?:below|the\s+main\s+story)
        | scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?
        | (?:this\s+)?(?:content|article)\s+is\s+(?:sponsored|paid\s+for)\s+by\s+.{{1,60}}
        ){END}""",
    safety="Whole-block labels only: \"Ad spending rose 4%\" and \"Sponsored by the council, the "
    "festival …\" are kept.",
    examples=(
        removes("Advertisement"),
        removes("ADVERTISEMENT"),
        removes("- Advertisement -"),
        removes("Story continues below advertisement"),
        removes("(Story continues below)"),
        removes("Continue reading the main story"),
        removes("Sponsored content"),
        removes("AD"),
        removes("Advertisement 2"),
        removes("This advertisement has not loaded yet, but your article continues below."),
        keeps("Ad spending rose 4% in the quarter."),
        keeps("Sponsored by the city council, the festival drew 10,000 visitors."),
        keeps("Advertisers pulled out after the broadcast."),
        keeps("Advertisement 2 of the campaign showed the minister on a tractor.", note="a sentence"),
    ),
)

AFFILIATE_DISCLOSURE = PatternRule(
    code="ADV002",
    name="affiliate-disclosure",
    category=Category.ADVERTISEMENT,
    summary="Affiliate and commerce disclosures: 'If you buy something through this post, we may "
    "get a share'.",
    message="affiliate disclosure",
    keywords=("affiliate", "commission", "share of", "buy something", "buy a product",
              "buy products", "buy anything", "purchase something", "purchase a product",
              "purchase products", "purchase anything", "independently selected"),
    max_words=60,
    unless=REPORTED_SPEECH,
    pattern=r""".{0,160}?\b(?:
          (?:our|contains?|may\s+contain|includes?|uses?|using|participates?\s+in)\s+(?:\w+\s+){0,2}?
            affiliate\s+(?:links?|partnerships?|programs?)
        | (?:we|may|might|could)\s+(?:also\s+)?(?:earn|receive|get)\s+
            (?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?
            (?:commission|share\s+of\s+(?:the\s+)?(?:sale|revenue))
        | (?:buy|purchase)\s+(?:something|a\s+product|products|anything)\s+
            (?:through|via|from)\s+(?:links?|this|our)
        | independently\s+selected
        )\b.{0,320}""",
    safety="Needs the publisher's disclosure ('this post contains affiliate links', 'we may earn a "
    "commission') and no reported speech; a story about an affiliate-marketing lawsuit quotes "
    "someone and is kept, and one about creators who earn through affiliate links is not a disclosure.",
    examples=(
        removes("This post contains affiliate links, which means we may receive a small fee."),
        keeps("Creators can also engage in brand sponsorship via affiliate links and receive tips."),
        removes("If you buy something through this post, IGN may get a share of the sale. For more, "
                "learn more."),
        removes("When you buy through links on our site, we may earn an affiliate commission."),
        keeps("The retailer cut affiliate commissions for bloggers last year, the report said."),
        keeps("Estate agents usually earn a commission of 1.5 per cent on each sale."),
    ),
)


AD_SLOT = DomRule(
    code="ADV201",
    name="ad-slot",
    category=Category.ADVERTISEMENT,
    summary="Advertisement slots and sponsored units in the markup.",
    message="advertisement element",
    parts=frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
                     "adsbygoogle", "dfp", "sponsored", "sponsor", "gpt"}),
    pairs=(("native", "ad"), ("ad", "slot"), ("ad", "container")),
    labels=frozenset({"advertisement", "advertising", "sponsored"}),
    max_words=40,
    safety="At most 40 words: an ad slot holds a label, not a story; 'header' and 'shadow' are not 'ad'.",
    examples=(
        removes('<div class="ad-slot" id="ad-top"><span>Advertisement</span></div>'),
        removes('<div aria-label="Advertisement"><iframe src="x"></iframe></div>'),
        keeps('<div class="article-header"><p>The council approved the budget on Tuesday.</p></div>'),
    ),
)

CALL_TO_ACTION_BOX = DomRule(
    code="ADV202",
    name="call-to-action-box",
    category=Category.ADVERTISEMENT,
    summary="Call-to-action boxes in the markup: the site's own pitch for a trial, a quote or a demo "
    "('blog-cta').",
    message="call-to-action element",
    # "cta" is the web's name for a box that sells the reader the next step; a button or link named
    # so is a control of the page (a shop button, an article's own link), and a name that says where
    # something stands beside one ("above-cta") names what is not the box.
    parts=frozenset({"cta", "ctas"}),
    unless_parts=frozenset({"button", "btn", "link", "links", "above", "below", "before", "after",
                            "absent", "trigger", "toggle"}),
    max_words=80,
    max_prose=1,
    checked=True,
    safety="The class or id word 'cta' on a block of at most 80 words and one paragraph of prose: a pitch "
    "box is a line or two and a button; the article's text in a container so named has more. A button or "
    "link named 'cta' and a name that places something beside a call to action are not the box. The page "
    "guard checks the page without these removals, since a box the extractor kept weighs in its choices.",
    examples=(
        removes('<div class="blog-cta"><p>Try our scheduling app free for 14 days.</p>'
                '<a href="/signup">Start now</a></div>'),
        removes('<section class="content-cta"><h3>See it in action</h3><p>Book a guided demo with our '
                'team.</p><a href="/demo">Get a demo</a></section>'),
        removes('<div class="inline-cta"><h4>Thinking of selling your shop?</h4><a href="/valuation">Get a '
                'free valuation</a></div>'),
        keeps('<div class="above-cta"><p>The council approved the harbour plan on Tuesday after a debate '
              'that ran past midnight.</p></div>', note="a name that places the article above the box"),
        keeps('<p>Readers can <a class="cta-link" href="/report">read the full report</a> before the vote '
              'next week.</p>', note="a link named after a call to action, inside a sentence"),
        keeps('<div class="cta-section"><p>The council approved the harbour plan on Tuesday after a debate '
              'that ran past midnight.</p><p>Fishermen, who had opposed the first plan, said they would '
              'not appeal.</p><p>Work on the new quay starts in spring, when the storms have passed, and '
              'will take two years, the council said.</p></div>',
              note="paragraphs of prose: the article, whatever its container is called"),
        keeps('<p>The agency ran a CTA campaign for the bank last year, its filing shows.</p>',
              note="the word in the text, not the markup"),
    ),
)

ADVERTISEMENT_LABEL = phrase_rule(
    code="ADV003",
    name="advertisement-label",
    category=Category.ADVERTISEMENT,
    concept="advertisement-label",
    summary="Advertisement markers in the pack languages: 'Anzeige', 'Publicité', 'Publicidad'.",
    message="advertisement marker",
    aliases=("ADV301", "ADV401", "ADV501", "ADV601", "ADV701", "ADV801"),
)

AFFILIATE_NOTE = phrase_rule(
    code="ADV004",
    name="affiliate-note",
    category=Category.ADVERTISEMENT,
    concept="affiliate-disclosure",
    summary="Commission, affiliate and sponsorship notes in every language, anywhere in a short block.",
    message="affiliate or sponsorship note",
    speech=True,
    max_words=40,
    safety="Only in a block of at most 40 words, so an article about affiliate marketing keeps its "
    "paragraphs; reported speech vetoes it.",
)

NOTICE_SERVICE = phrase_rule(
    code="ADV016",
    name="notice-service",
    category=Category.ADVERTISEMENT,
    concept="notice-service",
    summary="The publisher's service for death and family notices, in every language: 'Traueranzeige "
    "aufgeben? …'.",
    message="notices service",
    follow="anything",
    speech=True,
    max_words=40,
    safety="The call to place a notice opens the block ('Een familiebericht plaatsen?'), in at most 40 "
    "words, without reported speech: an obituary tells that the family placed one.",
)

PRICE_WIDGET = phrase_rule(
    code="ADV005",
    name="price-widget",
    category=Category.ADVERTISEMENT,
    concept="price-widget",
    summary="Shopping buttons in every language: 'View Deal', 'Zum Angebot', 'Bei Amazon ansehen'.",
    message="shopping button",
    follow="anything",
    speech=True,
    max_words=12,
)

_PRICE_WIDGET = concept("price-widget")
_DIGITS = "0123456789"
# A price: a currency sign or code before or after the amount ("£179", "129 €", "€ 599", "CHF 49.-").
# An amount counted in millions or billions ("R$ 1,2 milhão", "$3bn", "€ 2 Mio.") is a sum raised
# or spent, never a shop's price.
_PRICE = r"""(?:(?:[£$€¥]|(?-i:CHF|USD|GBP))\s?\d[\d.,'’]*(?:[.,]-)?
        (?![\d.,'’])(?!\s?(?:mil|bil|bn\b|mn\b|mio\b|mrd\b|m\b))
    |\d[\d.,'’]*(?:[.,]-)?\s?(?:[£€]|(?-i:CHF|USD|GBP)))"""
# A shop's name, or a count of shops ("bij 4 winkels").
_SHOP_WORD = r"(?-i:[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*)"  # a dot inside a name ("Booking.com"), not after it
_SHOP = rf"(?:{_SHOP_WORD}(?:\s+{_SHOP_WORD}){{0,2}}|\d{{1,3}}\s+\w+)"

PRICE_OFFER = PatternRule(
    code="ADV006",
    name="price-offer",
    category=Category.ADVERTISEMENT,
    summary="A product's price at a shop, in every language: '£179 at Amazon', '219,00 € bei Elektroland*'.",
    message="price offer",
    languages=_PRICE_WIDGET.languages,
    keywords=(*"£€¥", "chf", "usd", "gbp", *(f"${space}{digit}" for space in ("", " ") for digit in _DIGITS)),
    max_words=22,
    pattern=rf"""[^.!?\n]{{0,100}}?{_PRICE}(?:\s*\([^()]{{1,30}}\))?\s*[-–|·:]?\s*
        (?:[^.!?\n]{{0,30}}?\s)?(?:{alternatives(_PRICE_WIDGET.get("shop-links"))})\s+{_SHOP}\*?""",
    safety="The line ends at the shop, with no full stop: 'Tickets cost £25 at the door.' and 'The "
    "painting sold for €1.2m at Sotheby's.' are sentences and stay.",
    examples=(
        removes("£179 at Amazon"),
        removes("219,00 € bei Elektroland*"),
        removes("Sonora Pro 2 - 129 € en Amazon"),
        removes("Aurora X5 439 € Voir l'offre chez Amazon"),
        removes("Groenfoon 6 vanaf € 599 bij 4 winkels"),
        removes("Sonora Pro 2 - 129 € (antes 229 €) Ver oferta en Amazon"),
        removes("Notre choix : plaid en laine mérinos, tissé main, 59,90 € au lieu de 89 € chez LaineDouce"),
        keeps("Le tableau s'est vendu 1,2 million € chez Christie's."),
        keeps("Tickets cost £25 at the door."),
        keeps("Wer den Kassenbon einschickt, bekommt dann einen 6 € Gutschein für den Einkauf bei Edeka.",
              note="a sentence: its full stop is not part of the shop's name"),
        keeps("Jobs cut: 14,000 at Amazon", note="no price"),
        keeps("I biglietti costano 25 € su Ticketone, ha detto l'organizzatore."),
        keeps("Enchente no vale: a vaquinha online soma R$ 3,4 milhões em 72 horas",
              note="a sum in millions is raised, not a price; '72 horas' is no shop"),
        keeps("Charity appeal tops $2.5m in 10 days", note="a sum in millions"),
    ),
)


_CONTINUATION = concept("ad-continuation")
_SEPARATOR = r"(?:\s*[-–—|·•:/▼▾↓⬇]\s*|\s+)"


def _continuation(language: str) -> str:
    """The continuation notes of one language: a subject, a verb of continuing, a place, the ad
    and a verb's second part ("Der Text geht unter der Anzeige weiter"); or the ad's label,
    then the note without the ad ("Publicidad - Sigue leyendo"); or the subject, the verb and the
    place alone ("El artículo sigue debajo"), under the ad."""

    def listed(key: str) -> str:
        return alternatives(_CONTINUATION.get(key, [language]))

    determiners = _CONTINUATION.get("determiners", [language])
    elided = [d for d in determiners if d.endswith("'")]
    determiner = rf"(?:{alternatives([d for d in determiners if not d.endswith(chr(39))])})\s+"
    if elided:
        determiner = rf"(?:{determiner}|{alternatives(elided)})"
    noun = listed("nouns")
    after = rf"(?:\s+(?:{listed('after')}))?" if _CONTINUATION.get("after", [language]) else ""
    subject = rf"(?:(?:{listed('subjects')})\s+)?"
    place = listed("places")
    naming = rf"{subject}(?:{listed('verbs')})\s+(?:{place})\s+{determiner}?(?:{noun}){after}"
    bare = rf"{subject}(?:{listed('verbs')})(?:\s+(?:{place})(?:\s+{determiner}?(?:{noun}))?)?{after}"
    # The note whose ad stands above it, unnamed: "L'article continue ci-dessous".
    unnamed = rf"(?:{listed('subjects')})\s+(?:{listed('verbs')})\s+(?:{place}){after}"
    return rf"(?:(?:{noun}){_SEPARATOR}{bare}|{naming}|{unnamed})"


AD_CONTINUATION = PatternRule(
    code="ADV007",
    name="advertisement-continuation",
    category=Category.ADVERTISEMENT,
    summary="Notes that the article goes on past an ad, in every language: 'Publicidad - Sigue leyendo'.",
    message="advertisement continuation note",
    languages=_CONTINUATION.languages,
    keywords=starts(*sorted({
        keyword_of(phrase)
        for key in ("nouns", "subjects", "verbs")
        for phrase in _CONTINUATION.get(key)
    })),
    max_words=14,
    pattern=rf"""{START}(?:{"|".join(map(_continuation, _CONTINUATION.languages))}){END}""",
    safety="The whole block is the note: a verb of continuing, a place ('below', 'nach', 'onder') and "
    "the ad, or the ad's label and then the verb; 'The story continues below the surface' and "
    "'Werbung wird unten auf der Seite gezeigt' are kept.",
    examples=_CONTINUATION.examples,
)

SPONSORED_LEAD = phrase_rule(
    code="ADV009",
    name="sponsored-lead",
    category=Category.ADVERTISEMENT,
    concept="sponsored-lead",
    summary="An ad that opens with its own label, in every language: 'Sponsored: …', 'Anzeige | …'.",
    message="labelled advertisement",
    follow="anything",
    speech=True,
    safety="The label with its colon or bar opens the block ('Sponsored:', 'Anzeige |'); 'Sponsored by the "
    "council, …' and 'Anzeige gegen Unbekannt' are kept, and reported speech vetoes it.",
)

_DISCLAIMER = concept("ad-disclaimer")
# A quote mark beside the warning: a story quoting the slogan ("'Gamble responsibly' is not enough").
_QUOTES = "«»\"'„“”‘’‹›"

AD_DISCLAIMER = PatternRule(
    code="ADV010",
    name="ad-disclaimer",
    category=Category.ADVERTISEMENT,
    summary="The warnings that gambling, investment and credit ads carry: 'gamble responsibly', "
    "'Capital at risk'.",
    message="advertisement's legal warning",
    languages=_DISCLAIMER.languages,
    keywords=tuple(sorted({keyword_of(phrase) for phrase in _DISCLAIMER.get("within")})),
    max_words=45,
    unless=speech_veto(_DISCLAIMER.languages),
    pattern=rf""".{{0,300}}?(?<![\w{_QUOTES}])(?<![{_QUOTES}]\s)(?:{alternatives(_DISCLAIMER.get("within"))})
        (?!\w)(?!\s?[{_QUOTES}]).{{0,300}}""",
    safety="Only the regulators' own wording, in a block of at most 45 words, not inside quote marks and "
    "without reported speech: a story about gambling ads quotes the slogan.",
    examples=_DISCLAIMER.examples,
)

_ODDS = concept("betting-odds")
_ODD = r"(?<![\d.,])\d{1,2}[.,]\d{2}(?![\d%])"  # decimal odds: "1.48", "3,40"; no share, no price in cents
_ODDS_BREAK = r"\s*[·|•]\s*"
# An outcome's label before its odds: a team, "Victoire Massalia", or the bookmaker's "2:".
_OUTCOME = r"(?:\d\s*:\s*)?[^\d·|•\n]{0,40}?"

@dataclass(frozen=True, kw_only=True, repr=False)
class OddsRow(PatternRule):
    """A pattern rule whose three odds must price one match: their implied chances (one over each)
    add up to about one, as a bookmaker's do with its margin; a vote's shares or a table's figures
    do not ("Oui 61,40 · Nul 4,20 · Non 34,40" adds up to 0.28)."""

    margin: tuple[float, float] = (0.95, 1.35)

    def match(self, text: str) -> str | None:
        hit = super().match(text)
        if hit is None:
            return None
        odds = [float(odd.replace(",", ".")) for odd in _ODD_VALUE.findall(hit)]
        chances = sum(1 / odd for odd in (odds[0], odds[1], odds[-1]) if odd > 0)
        return hit if self.margin[0] <= chances <= self.margin[1] else None


_ODD_VALUE = re.compile(_ODD)

BETTING_ODDS = OddsRow(
    code="ADV018",
    name="betting-odds",
    category=Category.ADVERTISEMENT,
    summary="A bookmaker's row of odds, in every language: 'Massalia 2,05 · Nul 3,40 · Riviera 3,60'.",
    message="betting odds",
    languages=_ODDS.languages,
    keywords=("·", "|", "•"),
    max_words=45,
    whole=False,
    pattern=rf"""(?P<hit>{_ODD}{_ODDS_BREAK}(?:{alternatives(_ODDS.get("draws"))})\s*:?\s*{_ODD}
        {_ODDS_BREAK}{_OUTCOME}{_ODD})""",
    safety="Three decimal odds in a row broken by dots or bars, the middle one the draw's, whose chances "
    "add up to about one: a sentence gives its figures with words between them, a table row of prices "
    "names no draw, and a vote's shares ('Oui 61,40 · Nul 4,20 · Non 34,40') price no match.",
    examples=_ODDS.examples,
)

_GUESTS = concept("booking-guests")
_PARTY = rf"""\d{{1,2}}\s+(?:{alternatives((*_GUESTS.get("adults"), *_GUESTS.get("children"),
                                         *_GUESTS.get("rooms")))})(?!\w)"""

BOOKING_GUESTS = PatternRule(
    code="ADV019",
    name="booking-guests",
    category=Category.ADVERTISEMENT,
    summary="A hotel search's row of guests and rooms, in every language: '2 adults · 1 room', '2 "
    "Erwachsene, 1 Zimmer'.",
    message="booking form field",
    languages=_GUESTS.languages,
    keywords=tuple(sorted({keyword_of(word) for word in _GUESTS.get("adults")})),
    max_words=10,
    pattern=rf"""{START}\d{{1,2}}\s+(?:{alternatives(_GUESTS.get("adults"))})(?!\w)
        (?:\s*[·•|,/]\s*{_PARTY}){{0,3}}{END}""",
    safety="The whole line is a count of adults, perhaps with children, rooms or nights, joined by dots or "
    "commas: a sentence joins them with 'and' and goes on.",
    examples=_GUESTS.examples,
)

_BUTTONS = _PRICE_WIDGET.get("alone") + _PRICE_WIDGET.get("phrases")
# A multi-word button may stand anywhere in a line that ends in a link's arrow.
_LONG_BUTTONS = tuple(button for button in _BUTTONS if " " in button.strip())

SHOP_BUTTON_LINE = PatternRule(
    code="ADV008",
    name="shop-button-line",
    category=Category.ADVERTISEMENT,
    summary="A short ad line with its shop button: '…: scopri l'offerta', 'Bekijk prijzen bij Spoorplan »'.",
    message="shopping button in an ad line",
    languages=_PRICE_WIDGET.languages,
    keywords=("»", "→", "›", "*", *sorted({keyword_of(button) for button in _BUTTONS})),
    max_words=24,
    unless=REPORTED_SPEECH,
    pattern=rf"""(?!.*«)(?:
          .{{1,200}}?\s*[:|–—·]\s*(?:{alternatives(_PRICE_WIDGET.get("alone"))})\s*[*»→›]?
        | .{{1,200}}?[.!]\s+(?:{alternatives(_PRICE_WIDGET.get("alone"))})\s*(?:!|[*»→›])?
        | .{{0,200}}?(?<!\w)(?:{alternatives(_LONG_BUTTONS)})(?!\w)[^.!?]{{0,80}}?\s*[»→›]
        | .{{0,160}}?\s(?:{alternatives(_PRICE_WIDGET.get("shop-links"))})\s+{_SHOP}\b.{{0,60}}?\w\*
        ){END}""",
    safety="A button alone ('View deal', 'Scopri l'offerta') ends the line after a colon or a dash, or is "
    "its whole last sentence (a review's 'Where to buy: Buy on Amazon' is its list), or a button stands "
    "in a line that ends in a link's arrow (not a quote's '»'), or the line names a shop and ends in an "
    "affiliate link's asterisk: 'Five stocks to buy now' and 'Tickets sind bei der Stadt erhältlich.' "
    "are kept.",
    examples=(
        removes("Materassi in memory foam a metà prezzo: scopri l'offerta"),
        removes("Bekijk beschikbaarheid en prijzen bij Spoorplanner »"),
        removes("Voltaro S9 Pro bei Amazon ansehen*"),
        removes("Ladekabel Typ 2, 11 kW – jetzt bei Stromshop ab 189 € ansehen*"),
        removes("Turn your archive into revenue. Book a demo with ArchiveIQ →"),
        removes("Gartenmöbel bis zu 30 % günstiger im Winterschlussverkauf. Jetzt kaufen!",
                note="the button is the ad's last sentence"),
        keeps("The museum reopens on Friday after two years of work. Tickets are in stock.",
              note="a sentence that ends in a button's words"),
        keeps("Want to see how the tool works? Request a demo!",
              note="a question and its answer: a company's own page closing its post"),
        keeps("The shop put up a sign in its window. \"Buy now!\" it said, in red letters.",
              note="a button quoted inside a sentence"),
        keeps("Five stocks to buy now"),
        keeps("Aurora Desk Price: $969.00 Where to buy: Buy on Amazon", note="a review's product list"),
        keeps("Elle répète « comparer les prix, voir l'offre » à chaque client."),
        keeps("Tickets sind bei der Stadt erhältlich."),
        keeps("Shoppers were told to compare prices: book now, the agency said."),
    ),
)

_PARTNER = concept("partner-credit")
# A sponsor's name: capitalised words, with particles and "&" between ("Sequoia Roofing & Solar").
_SPONSOR = r"""(?:(?:{articles})\s+|(?:l|d)['’])?(?-i:[A-ZÀ-Þ0-9][\w.&'’+-]*)
    (?:\s+(?:(?-i:[A-ZÀ-Þ0-9][\w.&'’+-]*)|&|de|du|des|la|le|der|die|das|dem|des|del|di|da|do|dos|van|von|y|e|et|und|en|and|of|the|für|for)){{0,6}}"""

PARTNER_CREDIT = PatternRule(
    code="ADV011",
    name="partner-credit",
    category=Category.ADVERTISEMENT,
    summary="A line crediting an ad's sponsor or partner, in every language: 'Weather sponsored by X', 'In "
    "Zusammenarbeit mit X'.",
    message="sponsor or partner credit",
    languages=_PARTNER.languages,
    keywords=tuple(sorted({keyword_of(phrase) for phrase in _PARTNER.get("phrases")})),
    max_words=40,
    unless=speech_veto(_PARTNER.languages),
    pattern=rf"""(?:(?-i:[A-ZÀ-Þ][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]*))?\s+|[^.!?:;\n]{{1,60}}?\s*[,–—|·]\s+)?
        (?:{alternatives(_PARTNER.get("phrases"))})\s+
        {_SPONSOR.format(articles=alternatives(_PARTNER.get("articles")))}
        (?:{END}|\s*[:|–—]\s+.{{1,300}})""",
    safety="The sponsor's capitalised name ends the line, or a colon or a dash follows it (the ad after its "
    "label); before the partner, one or two capitalised words ('Weather') or a label and a comma or a "
    "dash. A sentence ('Das Projekt entstand in Zusammenarbeit mit der Uni Wien.') has more before it, and "
    "a sentence goes on after the partner ('In Zusammenarbeit mit der Polizei wurde …', "
    "'Sponsored by the council, the festival …') and is kept, as is reported speech.",
    examples=_PARTNER.examples,
)

_TILE = concept("sponsored-tile")
_TILE_SPONSOR = _SPONSOR.format(articles=alternatives(_PARTNER.get("articles")))

# A tile's headline: four words or more, the last ending in no sentence's mark ("… in May." is prose).
_TILE_TITLE = r"(?:[^\s|·•]++\s++){3,}[^\s|·•]++(?<![.!?:;,])"
_TILE_BY = rf"(?:\s+(?:{alternatives(_TILE.get('by'))})\s+{_TILE_SPONSOR})?"
_SPONSOR_THEN = rf"{_TILE_SPONSOR}\s*+[|·•]\s*+"
_TILE_LABELS = (*_TILE.get("labels"), *_TILE.get("ads"))
_ANY_AD_LABEL = alternatives(_TILE_LABELS)
_SPONSORED_LABEL = alternatives(_TILE.get("labels"))

SPONSORED_TILE = PatternRule(
    code="ADV017",
    name="sponsored-tile",
    category=Category.ADVERTISEMENT,
    summary="A sponsored teaser tile in every language: a headline, then the ad's label at the end ('… | "
    "Sponsored by X').",
    message="sponsored tile",
    languages=_TILE.languages,
    keywords=tuple(sorted({keyword_of(label) for label in _TILE_LABELS})),
    max_words=45,
    unless=speech_veto(_TILE.languages),
    pattern=rf"""{_TILE_TITLE}(?:
          \s*+\|\s*+(?:{_SPONSOR_THEN})?(?-i:{_ANY_AD_LABEL})
        | (?:\s*+[·•]\s*+|\s{{2,}}+)(?:{_SPONSOR_THEN}(?-i:{_ANY_AD_LABEL}) | (?-i:{_SPONSORED_LABEL}))
        ){_TILE_BY}{END}""",
    safety="The label ends the line under a headline of four words or more that ends in no sentence's "
    "mark: after a bar, or after a dot or a run of spaces when it says 'sponsored' or follows the "
    "sponsor's capitalised name ('Isolmax · Publicité'); an ad's bare word after a caption or a "
    "sentence ('… collection · Advertisement', '… aus für  Werbung') is the text's own, a row of "
    "section labels ('Vertrieb · Marketing · Werbung') has fewer words, and reported speech vetoes it.",
    examples=_TILE.examples,
)

_COMMISSION = concept("commission-note")
_GAP = r"(?:[\w.'’-]+\s+)"

COMMISSION_NOTE = PatternRule(
    code="ADV012",
    name="commission-note",
    category=Category.ADVERTISEMENT,
    summary="The publisher saying it earns on a purchase, in every language: 'Wir erhalten eine Provision', "
    "'obtenemos una comisión'.",
    message="affiliate disclosure",
    languages=_COMMISSION.languages,
    keywords=one_word_each(*_COMMISSION.get("nouns")),
    max_words=45,
    unless=speech_veto(_COMMISSION.languages),
    pattern=rf""".{{0,300}}?(?<![\w{_QUOTES}])(?:
          (?:{alternatives(_COMMISSION.get("we"))})\s+{_GAP}{{0,2}}?(?:{alternatives(_COMMISSION.get("verbs"))})
        | (?:{alternatives(_COMMISSION.get("verbs"))})\s+(?:{alternatives(_COMMISSION.get("we"))})
        | (?:{alternatives(_COMMISSION.get("weverbs"))})
        )\s+{_GAP}{{0,4}}?(?:{alternatives(_COMMISSION.get("nouns"))})(?!\w)
        (?![^{_QUOTES}]*[{_QUOTES}]\s*$).{{0,300}}""",
    safety="The publisher's 'we' (or a verb in the first person plural) earns the commission, in a block "
    "of at most 45 words without reported speech or a closing quote: 'Makler erhalten eine Provision' "
    "names no 'we', and an interview quoting a shop owner says who speaks.",
    examples=_COMMISSION.examples,
)

_AD_LABELS = concept("advertisement-label").get("phrases") + concept("sponsored-lead").get("phrases")
# A label as a row writes it, without the mark that follows it alone ("Tagesdeal:" → "Tagesdeal").
_AD_LABELS_BARE = tuple(bare for label in _AD_LABELS if (bare := label.strip(" -–|:")))
_AD_LABEL_LIST = (
    *_AD_LABELS_BARE,
    "Advertisement", "Advertorial", "Ad", "Sponsored", "Sponsored content", "Promoted", "Partner content",
    "Paid content", "Paid post",
)
_AD_LABEL_WORDS = alternatives(_AD_LABEL_LIST)

AD_LABEL_ROW = PatternRule(
    code="ADV013",
    name="advertisement-label-row",
    category=Category.ADVERTISEMENT,
    summary="Two ad labels glued in one line, in every language: 'Anzeige/Advertorial', 'Publicité | Contenu "
    "sponsorisé'.",
    message="advertisement marker",
    languages=concept("advertisement-label").languages,
    keywords=starts(*sorted({keyword_of(label).split()[0] for label in _AD_LABELS_BARE}
                            | {"advertisement", "advertorial", "ad", "sponsored", "promoted", "partner",
                               "paid"})),
    max_words=10,
    pattern=rf"""{START}(?:{_AD_LABEL_WORDS})(?:\s*[/|·•:–—-]\s*(?:{_AD_LABEL_WORDS})){{1,3}}{END}""",
    safety="Only labels, two or more, make the line: 'Anzeige gegen Unbekannt' is kept.",
    examples=(
        removes("Anzeige/Advertorial"),
        removes("Publicité / Contenu sponsorisé"),
        removes("PUBLICIDAD · Contenido patrocinado"),
        keeps("Anzeige gegen Unbekannt / Polizei ermittelt"),
        keeps("Advertising / Marketing", note="a section pair, not ad labels"),
    ),
)

_COPY = concept("ad-copy")
# A price with its currency, as a sign or a word, on either side: "£189", "29,90 €", "290 euro".
_AMOUNT = r"\d[\d.,'’]*(?:[.,]-)?"
_CURRENCY_WORD = r"(?:euros?|eur|dollars?|pounds?|francs?|chf|usd|gbp|reais|real)"
# Not a range: "from £2 to £5".
_PRICED = rf"""(?:(?:[£$€¥]|(?-i:CHF|USD|GBP|EUR|R\$))\s?{_AMOUNT}|{_AMOUNT}\s?(?:[£€$]|{_CURRENCY_WORD}\b))
    (?!\s*(?:to|bis|auf|à|a|hasta|al|fino\s+a|até|tot|naar|[–-])\s*\S{{0,3}}\d)"""

AD_COPY = PatternRule(
    code="ADV014",
    name="ad-copy",
    category=Category.ADVERTISEMENT,
    summary="An ad's own line, in every language: a commercial call opens it and a price follows: 'Escape "
    "to … from £189'.",
    message="advertising copy",
    languages=_COPY.languages,
    keywords=starts(*sorted({keyword_of(call) for call in _COPY.get("calls")})),
    max_words=30,
    unless=speech_veto(_COPY.languages),
    pattern=rf"""{START}(?:{alternatives(_COPY.get("calls"))})(?!\w)[^.!?]{{0,160}}?(?<!\w)
        (?:{alternatives(_COPY.get("from"))})\s+{_PRICED}(?:[^.!?]|[.,]\d){{0,120}}[.!]?""",
    safety="The call opens the line and a price with its 'from' ('ab', 'à partir de', 'vanaf') follows in "
    "the same sentence, which is the last: advice goes on to say who gives it ('…, the airline warned' is "
    "reported speech), and 'Jetzt steigen die Preise ab 1. Mai' names no price after its 'ab'.",
    examples=_COPY.examples,
)

# One-word labels, as a site prints them in capitals before the ad it opens: "ANZEIGE Die besten Tipps …".
_CAPS = tuple(sorted({
    label.upper() for label in (label.strip(" -–|:*") for label in _AD_LABELS)
    if label and " " not in label and "/" not in label
} | {"ADVERTISEMENT", "ADVERTORIAL", "SPONSORED", "PROMOTED"}))
_CAPS_LABELS = alternatives(_CAPS)
_LABEL_KEYS = sorted({keyword_of(label) for label in _AD_LABEL_LIST})
# The label opens the line (the scan drops an opening bracket).
_GLUED_KEYWORDS = starts(*_LABEL_KEYS)
_BRACKETED_LABEL = rf"(?:[(\[](?:{_AD_LABEL_WORDS})[)\]])"

GLUED_AD_LABEL = PatternRule(
    code="ADV015",
    name="glued-advertisement-label",
    category=Category.ADVERTISEMENT,
    summary="An ad's label glued to the start of its line, in every language: '(Anzeige) Die besten …', "
    "'ANZEIGE – …'.",
    message="labelled advertisement",
    languages=concept("advertisement-label").languages,
    keywords=_GLUED_KEYWORDS,
    max_words=40,
    unless=REPORTED_SPEECH,
    pattern=rf"""(?:
          {_BRACKETED_LABEL}\s*[|:–—·-]?\s*\S.{{0,300}}
        | {START}(?-i:{_CAPS_LABELS})\s*[|:–—·-]?\s+(?-i:[A-ZÀ-Þ0-9"„“«]).{{0,300}}
        )""",
    safety="The label opens the line, in brackets or in capitals (a title ending in '(Sponsored)' is the "
    "sponsored item itself, and stays): "
    "'Anzeige gegen Unbekannt' and 'Die Polizei erstattete Anzeige.' carry no such mark, and reported speech "
    "vetoes it.",
    examples=(
        removes("(Anzeige) Die besten Tipps für die Altersvorsorge"),
        removes("ANZEIGE – Entspannt in den Herbst: Wellness im Allgäu"),
        keeps("Opik: an open-source platform for testing models (Sponsored)",
              note="a sponsored item's own title, which a newsletter's reader reads as its content"),
        removes("PUBLICITÉ Votre cuisine sur mesure en 48 heures"),
        keeps("Anzeige gegen Unbekannt erstattet."),
        keeps("WERBUNG ist ein Milliardengeschäft, sagte der Verbandschef.", note="reported speech"),
    ),
)

RULES = (
    ADVERTISEMENT_MARKER,
    AFFILIATE_DISCLOSURE,
    AD_SLOT,
    CALL_TO_ACTION_BOX,
    ADVERTISEMENT_LABEL,
    AFFILIATE_NOTE,
    PRICE_WIDGET,
    PRICE_OFFER,
    AD_CONTINUATION,
    SHOP_BUTTON_LINE,
    AD_LABEL_ROW,  # two labels in a row, before a label that opens its ad: "Anzeige · Advertorial"
    SPONSORED_LEAD,
    AD_DISCLAIMER,
    BETTING_ODDS,
    BOOKING_GUESTS,
    PARTNER_CREDIT,
    SPONSORED_TILE,
    COMMISSION_NOTE,
    AD_COPY,
    GLUED_AD_LABEL,
    NOTICE_SERVICE,
)
