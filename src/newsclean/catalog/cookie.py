"""Cookie and consent notices."""

from ..dom import DomRule
from ..rules import Category, PatternRule, keeps, removes
from ._patterns import END, REPORTED_SPEECH, START, starts
from ._phrases import phrase_rule
from ._signals import signal_rule

COOKIE_NOTICE = PatternRule(
    code="CKE001",
    name="cookie-notice",
    category=Category.COOKIE,
    summary="Cookie banners: 'We use cookies to improve your experience…'.",
    message="cookie notice",
    keywords=("cookie",),
    max_words=90,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          .{0,160}?\b(?:
            (?:we|this\s+(?:web)?site|our\s+(?:web)?site|our\s+partners|[\w.-]+\.\w{2,4})\s+
              (?:and\s+our\s+partners\s+)?(?:uses?|sets?|stores?|places?)\s+(?:\w+\s+){0,3}cookies
            | (?:accept|agree\s+to|consent\s+to|allow)\s+
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
        keeps("Girl Scouts will sell cookies outside the library on Saturday."),
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
    safety="'cmp' alone is not evidence: content management systems prefix every component with it "
    "('cmp-text', 'cmp-teaser').",
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

RULES = (
    COOKIE_NOTICE,
    CONSENT_BUTTON,
    CONSENT_BANNER,
    COOKIE_BANNER,
    COOKIE_CONSENT,
)
