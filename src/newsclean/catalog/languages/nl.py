"""Dutch pack (codes 8xx): "Dit artikel is alleen voor abonnees", "Lees ook", "Advertentie"."""

from ...rules import Category, Evidence, Mark, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts
from .._phrases import phrase_rule, with_networks

_SAID = REPORTED_SPEECH_IN["nl"]
_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_DATE = rf"(?:\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{2,4}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|vandaag|gisteren)"

PAYWALL = phrase_rule(
    code="PAY801",
    name="paywall-prompt-nl",
    category=Category.PAYWALL,
    language="nl",
    summary="Dutch paywall prompts: 'Dit artikel is alleen voor abonnees', 'Al abonnee?'.",
    message="paywall prompt",
    follow="anything",
    unless=_SAID,
    phrases=("Dit artikel is alleen voor abonnees", "Dit is een premium artikel", "Alleen voor abonnees",
             "Al abonnee", "Ben je al abonnee", "Bent u al abonnee", "Lees verder met", "Je hebt het maximum",
             "U heeft het maximum", "Log in om verder te lezen", "Om verder te lezen",
             "Word abonnee en lees verder", "Word abonnee om verder te lezen",
             "Neem een abonnement en lees verder",
             "Dit is een plusartikel", "Lees dit artikel met", "Lees onbeperkt", "Word nu abonnee",
             "Dit artikel is exclusief voor abonnees", "Exclusief voor abonnees"),
    alone=("Word abonnee", "Probeer gratis", "Neem een abonnement", "Inloggen", "Log in", "Premium artikel",
           "Plus artikel"),
    examples=(
        removes("Dit artikel is alleen voor abonnees"),
        removes("Al abonnee? Log in"),
        removes("Word abonnee en lees verder"),
        removes("Premium artikel"),
        keeps("De abonnees van het platform groeiden met 4 procent, meldde het bedrijf."),
    ),
)

DONATION = phrase_rule(
    code="DON801",
    name="donation-appeal-nl",
    category=Category.DONATION,
    language="nl",
    summary="Dutch donation and membership appeals: 'Doneer nu', 'Steun onafhankelijke journalistiek'.",
    message="donation appeal",
    follow="anything",
    unless=_SAID,
    phrases=("Steun onafhankelijke journalistiek", "Steun onze journalistiek", "Elke bijdrage helpt",
             "Wij hebben je steun nodig"),
    alone=("Doneer nu", "Doneer", "Steun ons", "Word lid", "Word donateur"),
    examples=(
        removes("Steun onafhankelijke journalistiek: word lid voor 5 euro per maand."),
        removes("Doneer nu"),
        keeps("Donaties aan het Rode Kruis stegen vorig jaar met 4 procent."),
    ),
)

RELATED = phrase_rule(
    code="REL801",
    name="related-links-nl",
    category=Category.RELATED,
    language="nl",
    summary="Dutch related-article links and list headers: 'Lees ook', 'Meest gelezen', 'Bekijk ook'.",
    message="related-article link",
    follow="headline",
    marks=frozenset({Mark.LIST_HEADER}),
    phrases=("Lees ook", "Lees meer", "Lees verder", "Meer over", "Meer nieuws", "Gerelateerde artikelen",
             "Gerelateerd", "Meest gelezen", "Ook interessant", "Bekijk ook",
             "Dit vind je misschien ook leuk",
             "Aanbevolen", "Ook gelezen"),
    examples=(
        removes("Lees ook: Kabinet presenteert nieuwe plannen voor de woningmarkt"),
        removes("Meest gelezen"),
        keeps("Lees ook de brief van de minister, vroeg de oppositie."),
    ),
)

NEWSLETTER = phrase_rule(
    code="NWS801",
    name="newsletter-signup-nl",
    category=Category.NEWSLETTER,
    language="nl",
    summary="Dutch newsletter sign-ups: 'Schrijf je in voor de nieuwsbrief'.",
    message="newsletter sign-up",
    follow="anything",
    unless=_SAID,
    phrases=("Schrijf je in voor de nieuwsbrief", "Schrijf je in voor onze nieuwsbrief",
             "Meld je aan voor de nieuwsbrief", "Meld je aan voor onze nieuwsbrief", "Ontvang de nieuwsbrief",
             "Abonneer op de nieuwsbrief"),
    alone=("Nieuwsbrief", "Mis niets"),
    examples=(
        removes("Schrijf je in voor de nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws."),
        keeps("De nieuwsbrief van het ministerie waarschuwde voor oplichters, volgens een woordvoerder."),
    ),
)

ADVERTISEMENT = phrase_rule(
    code="ADV801",
    name="advertisement-marker-nl",
    category=Category.ADVERTISEMENT,
    language="nl",
    summary="Dutch advertisement markers: 'Advertentie', 'Gesponsord'.",
    message="advertisement marker",
    phrases=("Advertentie", "Gesponsord", "Gesponsorde inhoud", "Partnercontent", "In samenwerking met",
             "Het artikel gaat verder na de advertentie"),
    examples=(
        removes("Advertentie"),
        removes("ADVERTENTIE"),
        keeps("De advertentie voor de vacature verscheen in drie kranten, zei de woordvoerder."),
    ),
)

SHARE = phrase_rule(
    code="SHR801",
    name="share-prompt-nl",
    category=Category.SHARE,
    language="nl",
    summary="Dutch share and follow prompts: 'Deel dit artikel', 'Volg ons op …'.",
    message="share prompt",
    phrases=("Delen", "Deel dit artikel", "Deel via e-mail", "Link kopiëren", "Volg ons", "Printen",
             "Afdrukken",
             *with_networks("Deel op", "Deel via", "Volg ons op")),
    examples=(
        removes("Deel dit artikel"),
        removes("Volg ons op LinkedIn"),
        keeps("Delen van de kosten met de provincies blijft lastig, zei de minister."),
    ),
)

COMMENTS = phrase_rule(
    code="NAV801",
    name="comment-widget-nl",
    category=Category.NAVIGATION,
    language="nl",
    summary="Dutch comment-section furniture: 'Plaats een reactie', 'Bekijk reacties'.",
    message="comment widget",
    phrases=("Plaats een reactie", "Bekijk reacties", "Reageer", "Reageer op dit artikel", "Lees de reacties",
             "Toon reacties"),
    examples=(
        removes("Plaats een reactie"),
        keeps("Reageer niet op verdachte berichten, waarschuwt de politie."),
    ),
)

LABELS = phrase_rule(
    code="NAV802",
    name="widget-label-nl",
    category=Category.NAVIGATION,
    language="nl",
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.LIST_HEADER}),
    summary="Lone Dutch widget labels: 'Reacties', 'Onderwerpen', 'Tags', 'Zoeken'.",
    message="widget label",
    phrases=("Reacties", "Onderwerpen", "Tags", "Zoeken", "Menu", "Colofon", "Contact"),
    max_words=3,
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Onderwerpen"),
        keeps("Reacties", before=("De gemeenteraad vergaderde maandag.",),
              after=("De reacties op het besluit waren verdeeld, zei de burgemeester.",),
              note="mid-body labels stay"),
    ),
)

READ_TIME = PatternRule(
    code="NAV803",
    name="read-time-and-audio-nl",
    category=Category.NAVIGATION,
    languages=("nl",),
    summary="Dutch reading-time and audio labels: 'Leestijd: 3 minuten', 'Luister naar dit artikel'.",
    message="reading-time or audio label",
    keywords=("leestijd", *starts("luister", "voorlezen")),
    max_words=10,
    pattern=rf"""(?:
          leestijd\s*:?\s*\d+\s*min(?:uten|uut)?\.?
        | \d+\s*min(?:uten|uut)?\.?\s+leestijd
        | luister(?:\s+naar\s+(?:dit\s+artikel|het\s+artikel))? | voorlezen
        ){END}""",
    examples=(
        removes("Leestijd: 3 minuten"),
        removes("Luister naar dit artikel"),
        keeps("Leestijd en schermtijd van kinderen zijn gestegen, blijkt uit het onderzoek."),
    ),
)

TIMESTAMP = PatternRule(
    code="NAV804",
    name="publication-stamp-nl",
    category=Category.NAVIGATION,
    languages=("nl",),
    summary="Dutch publication stamps: 'Bijgewerkt op 16 april 2024', 'Gepubliceerd: 16-04-2024 12:30'.",
    message="publication timestamp",
    keywords=starts("bijgewerkt", "gepubliceerd", "geplaatst", "aangepast"),
    max_words=16,
    pattern=rf"""(?:bijgewerkt|gepubliceerd|geplaatst|aangepast)\s*:?\s*(?:op\s+)?{_DATE}
        (?:[\s,|-]+(?:om\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*uur)?)?{END}""",
    examples=(
        removes("Bijgewerkt op 16 april 2024"),
        removes("Gepubliceerd: 16-04-2024 12:30"),
        keeps("Gepubliceerd op 16 april, kreeg het rapport veel kritiek van de oppositie."),
    ),
)

COOKIES = phrase_rule(
    code="CKE801",
    name="cookie-notice-nl",
    category=Category.COOKIE,
    language="nl",
    summary="Dutch cookie banners and buttons: 'Wij gebruiken cookies', 'Alles accepteren'.",
    message="cookie notice",
    follow="anything",
    unless=_SAID,
    phrases=("Wij gebruiken cookies", "We gebruiken cookies", "Deze website maakt gebruik van cookies",
             "Deze site gebruikt cookies"),
    alone=("Alles accepteren", "Alles weigeren", "Cookie-instellingen", "Cookies accepteren",
           "Accepteren en doorgaan", "Akkoord", "Accepteren", "Accepteer cookies", "Accepteer alle cookies",
           "Cookies weigeren"),
    examples=(
        removes("Wij gebruiken cookies om de website te verbeteren."),
        removes("Alles accepteren"),
        removes("Accepteer cookies"),
        keeps("Alles accepteren wat de minister voorstelt, wil de oppositie niet, zei de fractievoorzitter."),
    ),
)

LEGAL = PatternRule(
    code="LGL801",
    name="copyright-notice-nl",
    category=Category.LEGAL,
    languages=("nl",),
    summary="Dutch copyright lines: 'Alle rechten voorbehouden'.",
    message="copyright notice",
    keywords=("alle rechten voorbehouden", "auteursrecht"),
    max_words=50,
    unless=_SAID,
    pattern=r""".{0,200}?\b(?:alle\s+rechten\s+voorbehouden|auteursrecht\s+voorbehouden)\b.{0,200}""",
    examples=(
        removes("Alle rechten voorbehouden. Niets uit deze uitgave mag worden verveelvoudigd."),
        keeps("Het auteursrecht op het schilderij verliep in 1952."),
    ),
)

RULES = (PAYWALL, DONATION, RELATED, NEWSLETTER, ADVERTISEMENT, SHARE, COMMENTS, LABELS, READ_TIME, TIMESTAMP,
         COOKIES, LEGAL)
