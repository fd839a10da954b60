"""French pack (codes 4xx): "Il vous reste 2 articles gratuits", "À lire aussi", "Publicité"."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import REPORTED_SPEECH_IN, starts

_SAID = REPORTED_SPEECH_IN["fr"]
_MONTH = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}(?:er)?\s+{_MONTH}(?:\s+\d{{4}})?|aujourd['’]hui|hier)"

METER = PatternRule(
    code="PAY402",
    name="metered-counter-fr",
    category=Category.PAYWALL,
    languages=("fr",),
    summary="French metering counters: 'Il vous reste 2 articles', 'Vous avez lu 3 articles' (a share left: "
    "PAY015).",
    message="metered paywall counter",
    keywords=starts("il vous reste", "vous avez lu", "vous avez consulté", "vous avez atteint"),
    max_words=30,
    pattern=r"""(?:il\s+vous\s+reste\s+\d{1,3}\s+articles?\s+(?:gratuits?|offerts?)
        | vous\s+avez\s+atteint\s+(?:la\s+limite|le\s+(?:nombre\s+)?maximum|votre\s+quota)\s+
            (?:d['’]articles|de\s+lecture|de\s+contenus|d['’]accès|de\s+consultation)
        | vous\s+avez\s+(?:lu|consulté)\s+\d{1,3}\s+(?:articles?|contenus?)
            (?:\s+(?:gratuits?|offerts?))?)\b.{0,200}""",
    examples=(
        removes("Il vous reste 2 articles gratuits ce mois-ci."),
        removes("Vous avez lu 3 articles gratuits ce mois-ci."),
        removes("Vous avez atteint la limite d'articles gratuits"),
        keeps("Vous avez atteint la limite, a lancé le juge à l'avocat de la défense."),
        keeps("Il vous reste 80 jours pour déposer votre dossier, rappelle la préfecture."),
    ),
)

RULES = (METER,)
