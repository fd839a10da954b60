"""Cookie and consent notices."""

from ..dom import DomRule
from ..rules import Category, PatternRule, keeps, removes
from ._boxes import box_lines_rule
from ._patterns import END, REPORTED_SPEECH, START, GluedRowRule, starts
from ._phrases import phrase_rule
from ._signals import box_rule, signal_rule
from ._vocabulary import alternatives, concept, keyword_of, speech_veto

COOKIE_NOTICE = PatternRule(
    code="CKE001",
    name="cookie-notice",
    category=Category.COOKIE,
    summary="Cookie banners: 'We use cookies to improve your experience…'.",
    message="cookie notice",
    keywords=("cookie",),
    max_words=90,
    # A story quotes the banner it reports on after its own words: "a pop-up that read: “We use …".
    unless=rf"""{REPORTED_SPEECH}|\w[^“«„"]{{0,200}}[:,]\s*[“«„"‘]\s*(?:we|this\s+(?:web)?site|our)\s""",
    pattern=r"""(?:
          .{0,160}?\b(?:
            (?:we|this\s+(?:web)?site|our\s+(?:web)?site|our\s+partners|[\w.-]+\.\w{2,4})\s+
              (?:and\s+our\s+partners\s+)?(?:uses?|sets?|stores?|places?)\s+(?:\w+\s+){0,3}cookies
            | (?<=(?:^|[.,;!?]|\byou|\bplease)\s{0,3})(?:accept|agree\s+to|consent\s+to|allow)\s+
              (?:the\s+use\s+of\s+|our\s+use\s+of\s+|all\s+)?cookies)
        | .{0,30}?\b(?:(?:use|usage)\s+of\s+cookies
            |cookies?\s+(?:policy|settings|preferences|notice|consent|statement))
        )\b.{0,600}""",
    safety="Needs the site's own use of cookies or a consent phrase; a story about a bakery's "
    "cookies never says \"this site uses cookies\".",
    examples=(
        removes("We use cookies to improve your experience on our website. By continuing to browse, "
                "you agree to our use of cookies."),
        removes("This website uses cookies to ensure you get the best experience."),
        removes("Cookie settings"),
        removes("By continuing to use this site, you consent to the use of cookies."),
        keeps("The bakery sells 2,000 cookies a day, its owner said."),
        keeps("Visitors were greeted with a pop-up that read: “We use cookies to give you the best "
              "experience. By clicking ‘Accept all’ you agree to the storing of cookies.” There was no "
              "button to decline.",
              note="the banner quoted by the story about it"),
        keeps("Girl Scouts will sell cookies outside the library on Saturday."),
        keeps("Many sites now block content until readers accept cookies, and regulators are looking at it."),
        keeps("Readers face a choice: accept cookies, or pay for a subscription without tracking.",
              note="a choice the story describes, not one put to the reader"),
        keeps("The European Commission has proposed changes to EU privacy rules that would allow people to "
              "set their cookie preferences once in their browser, rather than on every website."),
    ),
)

CONSENT_BUTTON = PatternRule(
    code="CKE002",
    name="consent-button",
    category=Category.COOKIE,
    summary="Consent-banner buttons: 'Accept all', 'Reject all', 'Manage preferences'.",
    message="consent button",
    keywords=starts("accept", "reject", "decline", "refuse", "allow", "deny", "manage", "customise",
                     "customize", "update", "privacy", "do not sell", "your privacy"),
    max_words=8,
    pattern=rf"""{START}(?:
          (?:accept|reject|decline|refuse|allow|deny)\s+(?:all|cookies|all\s+cookies|necessary(?:\s+cookies)?|
            (?:only\s+)?essential(?:\s+cookies)?)
        | (?:manage|customi[sz]e|update)\s+(?:my\s+)?(?:preferences|settings|choices|consent|options)
        | privacy\s+(?:settings|preferences|choices)
        | (?:do\s+not\s+sell|your\s+privacy\s+choices)[\w\s]{{0,40}}
        )(?:\s*(?:[|/,]|and|or)\s*(?:accept|reject|decline|manage|allow)[\w\s]{{0,30}})?{END}""",
    examples=(
        removes("Accept all"),
        removes("Reject all cookies"),
        removes("Manage preferences"),
        keeps("Accept all the evidence, the judge told the jury, or none of it."),
    ),
)


CONSENT_BANNER = DomRule(
    code="CKE201",
    name="consent-banner",
    category=Category.COOKIE,
    summary="Cookie and consent banners in the markup.",
    message="consent element",
    parts=frozenset({"cookie", "cookies", "consent", "gdpr", "cmpbox", "onetrust", "didomi", "cookiebot",
                     "usercentrics", "cookielaw"}),
    max_words=150,
    max_words_after=800,
    max_prose_after=10,
    safety="At most 150 words and two paragraphs of prose; under the article, outside its core, 800 "
    "words and ten paragraphs (a consent text that lists every purpose). 'cmp' alone is not evidence: "
    "content management systems prefix every component with it ('cmp-text', 'cmp-teaser').",
    examples=(
        removes('<div id="cookie-banner"><p>We use cookies to improve your experience.</p>'
                '<button>Accept all</button></div>'),
        keeps('<p class="recipe">The bakery sells 2,000 cookies a day, its owner said.</p>'),
        keeps('<div class="cmp-text"><p>Index funds track a market benchmark and charge low fees.</p></div>',
              note="a content management system's text component"),
    ),
)

COOKIE_BANNER = phrase_rule(
    code="CKE003",
    name="cookie-banner",
    category=Category.COOKIE,
    concept="cookie-banner",
    summary="Cookie banners and their buttons in the pack languages: 'Wir verwenden Cookies', 'Tout "
    "accepter'.",
    message="cookie notice",
    follow="anything",
    speech=True,
    rows=True,
    aliases=("CKE301", "CKE401", "CKE501", "CKE601", "CKE701", "CKE801"),
)

COOKIE_CONSENT = signal_rule(
    code="CKE004",
    name="cookie-consent",
    category=Category.COOKIE,
    concept="cookie-consent",
    summary="Consent-banner paragraphs in the pack languages, by their signals: cookies, consent, purpose.",
    message="cookie notice",
    max_words=120,
    safety="Needs three distinct signals, the publisher addressing the reader and no reported "
    "speech in any language: a news story about the thing quotes it and says who said it.",
)

CONSENT_OR_PAY = signal_rule(
    code="CKE008",
    name="consent-or-pay",
    category=Category.COOKIE,
    concept="consent-or-pay",
    summary="A consent-or-pay wall, in every language: accept cookies and ads, or pay to read without "
    "tracking.",
    message="consent-or-pay wall",
    max_words=80,
    voice="half",
    # A story about such walls quotes one, in typographic or straight quotes ("'Accept all'", never the
    # apostrophe of "l'abonnement"), or counts them ("on 14 percent of the sites"): a wall states a price.
    vetoes=r"""[‘“„«"]|(?<!\w)'(?=\w)|\d\s?%"""
    r"|(?i:\b(?:percent|procent|prozent|pour\s+cent|por\s+ciento|per\s+cento|por\s+cento)\b)",
    safety="Needs the cookies, the consent and the paid way out in one block, the reader addressed "
    "('you can', 'puoi'), no quotation and no reported speech: a story about such walls quotes them, "
    "describes readers in the third person and says who judged them.",
)

ADBLOCK_REQUEST = signal_rule(
    code="CKE009",
    name="adblock-request",
    category=Category.COOKIE,
    concept="adblock-request",
    summary="A request to turn off the reader's ad blocker, in every language: 'Please disable your "
    "ad blocker'.",
    message="ad-blocker request",
    max_words=80,
    voice="half",
    safety="Needs the ad blocker named, three distinct signals (the blocker, a request to disable or "
    "allow, ads paying for the journalism or reading on), the publisher or the reader addressed and no "
    "reported speech: a story about ad blockers counts their users and says who said so.",
)

COOKIE_EMBED = signal_rule(
    code="CKE005",
    name="cookie-embed",
    category=Category.COOKIE,
    concept="cookie-embed",
    summary="A blocked embed's notice in every language: accept cookies or enable JavaScript to see this "
    "content.",
    message="blocked-embed notice",
    min_signals=3,
    max_words=70,
    safety="Needs cookies or JavaScript, two more signals (a consent verb, the content, 'to see' or "
    "'blocked'), the reader addressed ('you', 'please', an imperative opening a sentence) and no reported "
    "speech: a story about cookie walls says 'users' and who said it.",
)

CONSENT_BOX = box_rule(
    code="CKE101",
    name="consent-box",
    source=COOKIE_CONSENT,
    summary="The rest of a consent banner beside its recognised part: its paragraph, when the buttons were "
    "recognised.",
    message="part of a consent banner",
    examples=(
        removes("Il Corriere del Lago usa cookie tecnici e, con il tuo consenso, cookie di profilazione.",
                after=("Accetta", "Rifiuta"),
                note="the buttons were recognised; the paragraph names its site"),
        keeps("Il Garante ha multato tre siti che installavano cookie di profilazione senza consenso.",
              after=("Accetta", "Rifiuta"), note="no publisher's voice"),
    ),
)

_BANNER = concept("cookie-banner")
_BUTTON = alternatives(_BANNER.get("alone"))
_EXTRA = alternatives(_BANNER.get("row-extras"))
_BUTTON_ROW = r"(?:\s*[|·•/]\s*|\s+)"

CONSENT_BUTTON_ROW = GluedRowRule(
    code="CKE006",
    name="consent-button-row",
    category=Category.COOKIE,
    summary="A consent banner's row of buttons with its settings link, in every language: 'Accept all | "
    "Reject all | Settings'.",
    message="consent buttons",
    languages=_BANNER.languages,
    keywords=starts(*sorted({keyword_of(p) for p in (*_BANNER.get("alone"), *_BANNER.get("row-extras"))})),
    max_words=16,
    pattern=rf"""{START}(?:(?:(?:{_EXTRA}){_BUTTON_ROW}){{1,2}}(?:{_BUTTON})
        (?:{_BUTTON_ROW}(?:{_BUTTON}|{_EXTRA})){{0,4}}
        |(?:{_BUTTON})(?:{_BUTTON_ROW}(?:{_BUTTON}|{_EXTRA})){{1,4}}){END}""",
    safety="A consent button ('Accept all', 'Tout refuser') and the row's other buttons or links make the "
    "whole line: 'Settings' or 'Privacy policy' alone is not a banner, and a sentence is more than buttons. "
    "A row glued together ('ConfigurarAceitar') is read with a space at each glue.",
    examples=(
        removes("Accept all | Reject all | Settings"),
        removes("Tout accepter Tout refuser Paramètres"),
        removes("Paramètres · Tout accepter"),
        removes("Aceptar todo | Rechazar todo | Configuración"),
        removes("ConfiguraçõesAceitar tudo", note="the extractor glued the buttons together"),
        removes("Alle akzeptierenEinstellungen"),
        keeps("ConfiguraçõesAceitar o acordo não foi fácil, disse o ministro."),
        keeps("Settings | Privacy policy", note="no consent button"),
        keeps("Accept all the evidence, the judge said | Settings"),
    ),
)

_USE = concept("cookie-use")
_USE_LANGUAGES = _USE.languages
_COOKIE_WORD = r"[\w-]*cookie[\w-]*"

COOKIE_USE = PatternRule(
    code="CKE007",
    name="cookie-use",
    category=Category.COOKIE,
    summary="The site saying it uses cookies, in every language, opening a sentence: 'Wij gebruiken alleen "
    "functionele cookies…'.",
    message="cookie notice",
    languages=_USE_LANGUAGES,
    keywords=("cookie",),
    max_words=80,
    unless=speech_veto(_USE_LANGUAGES),
    # Or the consent framework's sentence opening the block: its subject, perhaps with a count, then a
    # verb of storing, a device and the cookies ("We and our 846 partners store and/or access
    # information on a device, such as cookies"), or a verb of use and the cookies at once or after
    # "such as" ("Wir und unsere 143 Partner verwenden Cookies", "We and our partners use technologies,
    # such as cookies"). "Wij en onze kinderen …" is no banner's, nor its suppliers' "cookies".
    pattern=rf"""(?:
          (?:.{{0,300}}?[.!?:]\s+)?(?:
              (?:{alternatives(_USE.get("subjects"))})\s+(?:[\w'’]+\s+){{0,2}}?(?:{alternatives(_USE.get("verbs"))})
            | (?:{alternatives(_USE.get("weverbs"))})
            )\s+(?:[\w'’-]+\s+){{0,4}}?
        | (?:{alternatives(_USE.get("framework"))})\s+(?:\d[\d.,]*\s+)?
            (?:{alternatives(_USE.get("partners"))})\s+(?:
              (?:{alternatives(_USE.get("storing"))})\b[^.!?\n]{{0,80}}?\b(?:{alternatives(_USE.get("device"))})
                \b[^.!?\n]{{0,80}}?
            | (?:{alternatives(_USE.get("verbs"))})\s+(?:[\w'’-]+\s+){{0,4}}?
                (?:[\w'’-]+,\s+(?:{alternatives(_USE.get("such-as"))})\s+(?:[\w'’-]+\s+){{0,2}}?)?
            )
        ){_COOKIE_WORD}(?![^«»"“”„]*[«»"“”„]\s*$).{{0,500}}""",
    safety="The site ('we', 'this website', 'we and our 846 partners') uses the cookies, opening the block "
    "or a sentence (the framework's, the block), without reported speech or a closing quote: 'Many shops use "
    "cookies' names no 'we'.",
    examples=_USE.examples,
)

CONSENT_BOX_LINES = box_lines_rule(
    code="CKE102",
    name="consent-box-lines",
    category=Category.COOKIE,
    key="cookie",
    summary="A consent banner's short lines beside its recognised part: its buttons ('Keuzes aanpassen').",
    message="line of a consent banner",
    signals="a consent word ('accept', 'weigeren', 'préférences', 'partners') or a reply opening it "
    "('Ok, …')",
    examples=(
        removes("Keuzes aanpassen", before=(
            "Wij en onze partners gebruiken cookies en vergelijkbare technieken om advertenties te "
            "personaliseren en het gebruik te meten.",), after=(
            "De wethouder zei dat de scholen volgend jaar meer geld krijgen dan eerder gedacht.",)),
        removes("Zeig mir die Partner", before=(
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung "
            "zu analysieren. Mit Klick auf „Zustimmen“ willigen Sie ein.",), after=("Einverstanden",)),
        removes("OK, compris", before=(
            "Ce site utilise des cookies pour mesurer l'audience et vous proposer des contenus adaptés.",),
            after=("Le maire a indiqué que les écoles recevraient davantage l'an prochain.",)),
        keeps("Pay or accept: the new choice", before=(
            "This website uses cookies to ensure you get the best experience.",), after=(
            "Readers of many European papers now face a choice between tracking and a subscription, and "
            "regulators are looking at it.",), note="a sub-heading says more than a button"),
        keeps("The cookie wall", before=("This website uses cookies to ensure you get the best experience.",),
              after=("Regulators in three countries have opened inquiries into the practice, officials "
                     "said.",),
              note="a sub-heading of the story: the topic's word, no button's"),
        keeps("Accepting cookies is not consent, she said", before=(
            "This website uses cookies to ensure you get the best experience.",), note="reported speech"),
    ),
)

RULES = (
    COOKIE_NOTICE,
    CONSENT_BUTTON,
    CONSENT_BANNER,
    COOKIE_BANNER,
    COOKIE_CONSENT,
    CONSENT_OR_PAY,
    ADBLOCK_REQUEST,
    COOKIE_EMBED,
    CONSENT_BUTTON_ROW,
    COOKIE_USE,
    CONSENT_BOX,
    CONSENT_BOX_LINES,
)
