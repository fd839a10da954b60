"""French pack (codes 4xx): "Il vous reste 80 % de cet article à lire", "À lire aussi", "Publicité"."""

from ...rules import Category, Evidence, Mark, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts
from .._phrases import phrase_rule, with_networks

_SAID = REPORTED_SPEECH_IN["fr"]
_MONTH = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}(?:er)?\s+{_MONTH}(?:\s+\d{{4}})?|aujourd['’]hui|hier)"

PAYWALL = phrase_rule(
    code="PAY401",
    name="paywall-prompt-fr",
    category=Category.PAYWALL,
    language="fr",
    summary="French paywall prompts: 'La suite est réservée aux abonnés', 'Déjà abonné ?'.",
    message="paywall prompt",
    follow="anything",
    unless=_SAID,
    phrases=("La suite est réservée aux abonnés", "Cet article est réservé aux abonnés",
             "Article réservé aux abonnés",
             "Réservé aux abonnés", "Pour lire la suite", "Déjà abonné", "Connectez-vous pour",
             "Abonnez-vous pour lire", "Abonnez-vous pour", "Cet article vous est offert",
             "Contenu réservé aux abonnés", "Cet article est réservé à nos abonnés",
             "Article réservé à nos abonnés",
             "Réservé à nos abonnés", "Abonnez-vous pour continuer", "Pour continuer à lire",
             "Lire la suite de l'article", "Connectez-vous pour lire", "Accédez à tous nos contenus",
             "Profitez d'un accès illimité", "Envie de lire la suite"),
    alone=("Abonnez-vous", "S'abonner", "Offre spéciale", "Essai gratuit", "Lire la suite", "Se connecter",
           "Je m'abonne", "Offre découverte"),
    examples=(
        removes("La suite est réservée aux abonnés."),
        removes("Déjà abonné ? Connectez-vous"),
        keeps("Les abonnés de la plateforme ont augmenté de 4 %, selon l'entreprise."),
    ),
)

METER = PatternRule(
    code="PAY402",
    name="metered-counter-fr",
    category=Category.PAYWALL,
    languages=("fr",),
    summary="French metering counters: 'Il vous reste 80 % de cet article à lire', 'Il vous reste 2 "
    "articles'.",
    message="metered paywall counter",
    keywords=starts("il vous reste", "vous avez lu", "vous avez consulté", "vous avez atteint"),
    max_words=30,
    pattern=r"""(?:il\s+vous\s+reste\s+(?:\d{1,3}\s*%\s+de\s+cet\s+article\s+à\s+lire|\d{1,3}\s+articles?\s+(?:gratuits?|offerts?))
        | vous\s+avez\s+atteint\s+(?:la\s+limite|le\s+(?:nombre\s+)?maximum|votre\s+quota)\s+
            (?:d['’]articles|de\s+lecture|de\s+contenus|d['’]accès|de\s+consultation)
        | vous\s+avez\s+(?:lu|consulté)\s+\d{1,3}\s+(?:articles?|contenus?)
            (?:\s+(?:gratuits?|offerts?))?)\b.{0,200}""",
    examples=(
        removes("Il vous reste 80 % de cet article à lire."),
        removes("Vous avez lu 3 articles gratuits ce mois-ci."),
        removes("Vous avez atteint la limite d'articles gratuits"),
        keeps("Vous avez atteint la limite, a lancé le juge à l'avocat de la défense."),
        keeps("Il vous reste 80 jours pour déposer votre dossier, rappelle la préfecture."),
    ),
)

DONATION = phrase_rule(
    code="DON401",
    name="donation-appeal-fr",
    category=Category.DONATION,
    language="fr",
    summary="French donation and membership appeals: 'Faites un don', 'Soutenez notre journalisme'.",
    message="donation appeal",
    follow="anything",
    unless=_SAID,
    phrases=("Soutenez-nous", "Soutenez notre journalisme", "Soutenez le journalisme indépendant",
             "Soutenez une presse indépendante", "Chaque contribution compte", "Nous avons besoin de vous",
             "Soutenez notre rédaction", "Soutenez la rédaction", "Soutenez l'information indépendante"),
    alone=("Faites un don", "Je fais un don", "Faire un don", "Devenez membre", "Je soutiens", "Adhérez"),
    examples=(
        removes("Soutenez notre journalisme : faites un don dès aujourd'hui."),
        removes("Faites un don"),
        removes("Soutenez notre rédaction : faites un don"),
        keeps("Les dons à la Croix-Rouge ont augmenté de 4 % l'an dernier."),
    ),
)

RELATED = phrase_rule(
    code="REL401",
    name="related-links-fr",
    category=Category.RELATED,
    language="fr",
    summary="French related-article links and list headers: 'À lire aussi', 'Sur le même sujet', 'Les plus "
    "lus'.",
    message="related-article link",
    follow="headline",
    marks=frozenset({Mark.LIST_HEADER}),
    phrases=("À lire aussi", "A lire aussi", "Lire aussi", "À lire également", "Sur le même sujet",
             "En savoir plus",
             "Voir aussi", "Les plus lus", "Articles similaires", "Vous aimerez aussi", "À voir aussi",
             "Dans la même rubrique", "Plus d'infos", "À découvrir", "Nos articles", "Lire notre article",
             "Notre sélection", "Les plus partagés", "À ne pas manquer"),
    examples=(
        removes("À lire aussi : Le gouvernement présente son budget"),
        removes("Sur le même sujet"),
        keeps("Lire aussi les conclusions du rapport, a demandé le député."),
    ),
)

NEWSLETTER = phrase_rule(
    code="NWS401",
    name="newsletter-signup-fr",
    category=Category.NEWSLETTER,
    language="fr",
    summary="French newsletter sign-ups: 'Inscrivez-vous à notre newsletter', 'Recevez l'essentiel de "
    "l'actualité'.",
    message="newsletter sign-up",
    follow="anything",
    unless=_SAID,
    phrases=("Inscrivez-vous à notre newsletter", "Abonnez-vous à notre newsletter",
             "Recevez notre newsletter",
             "S'inscrire à la newsletter", "Inscrivez-vous à la newsletter", "Recevez l'essentiel",
             "Recevez gratuitement", "Inscrivez-vous aux newsletters", "Recevez nos newsletters",
             "Abonnez-vous à la newsletter", "Inscrivez-vous gratuitement à"),
    alone=("Ne manquez rien", "Newsletter", "Lettre d'information"),
    examples=(
        removes("Inscrivez-vous à notre newsletter et recevez chaque matin l'essentiel de l'actualité."),
        keeps("La newsletter du ministère a été envoyée à 2 millions de personnes, selon le porte-parole."),
    ),
)

ADVERTISEMENT = phrase_rule(
    code="ADV401",
    name="advertisement-marker-fr",
    category=Category.ADVERTISEMENT,
    language="fr",
    summary="French advertisement markers: 'Publicité', 'Contenu sponsorisé', 'La suite après la publicité'.",
    message="advertisement marker",
    phrases=("Publicité", "Contenu sponsorisé", "Sponsorisé", "Article sponsorisé", "Contenu partenaire",
             "Publi-rédactionnel", "La suite après la publicité", "Suite après la publicité",
             "Publireportage"),
    examples=(
        removes("Publicité"),
        removes("La suite après la publicité"),
        keeps("La publicité pour l'alcool est interdite à la télévision, rappelle le régulateur."),
    ),
)

SHARE = phrase_rule(
    code="SHR401",
    name="share-prompt-fr",
    category=Category.SHARE,
    language="fr",
    summary="French share and follow prompts: 'Partager cet article', 'Suivez-nous sur …'.",
    message="share prompt",
    phrases=("Partager", "Partager cet article", "Partager par e-mail", "Envoyer par e-mail",
             "Envoyer par mail",
             "Copier le lien", "Suivez-nous", "Imprimer", "Imprimer l'article",
             *with_networks("Partager sur", "Suivez-nous sur", "Retrouvez-nous sur")),
    examples=(
        removes("Partager cet article"),
        removes("Copier le lien"),
        removes("Suivez-nous sur LinkedIn"),
        keeps("Suivez-nous sur le terrain, a lancé le maire aux journalistes."),
        keeps("Partager les coûts entre les régions reste difficile, a expliqué la ministre."),
    ),
)

COMMENTS = phrase_rule(
    code="NAV401",
    name="comment-widget-fr",
    category=Category.NAVIGATION,
    language="fr",
    summary="French comment-section furniture: 'Laisser un commentaire', 'Réagissez à cet article'.",
    message="comment widget",
    phrases=("Laisser un commentaire", "Voir les commentaires", "Réagissez à cet article", "Réagir",
             "Commenter",
             "Ajouter un commentaire", "Afficher les commentaires", "Lire les commentaires"),
    examples=(
        removes("Réagissez à cet article"),
        keeps("Commenter une décision de justice reste délicat, estime l'avocat."),
    ),
)

LABELS = phrase_rule(
    code="NAV402",
    name="widget-label-fr",
    category=Category.NAVIGATION,
    language="fr",
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.LIST_HEADER}),
    summary="Lone French widget labels: 'Commentaires', 'Sujets', 'Mots-clés', 'Accueil'.",
    message="widget label",
    phrases=("Commentaires", "Sujets", "Mots-clés", "Accueil", "Rechercher", "Menu", "Mentions légales",
             "Contact", "Thèmes"),
    max_words=3,
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Mots-clés"),
        keeps("Sujets", before=("Le conseil s'est réuni lundi.",),
              after=("Les sujets abordés étaient le budget et les écoles, a indiqué le maire.",),
              note="mid-body labels stay"),
    ),
)

READ_TIME = PatternRule(
    code="NAV403",
    name="read-time-and-audio-fr",
    category=Category.NAVIGATION,
    languages=("fr",),
    summary="French reading-time and audio labels: 'Temps de lecture : 3 min', 'Écouter cet article'.",
    message="reading-time or audio label",
    keywords=("lecture", *starts("écouter")),
    max_words=10,
    pattern=rf"""(?:
          temps\s+de\s+lecture\s*:?\s*\d+\s*min(?:utes?)?\.?
        | lecture\s*:?\s*\d+\s*min(?:utes?)?\.?
        | \d+\s*min(?:utes?)?\.?\s+de\s+lecture
        | écouter(?:\s+(?:cet|l['’])\s*article)?
        ){END}""",
    examples=(
        removes("Temps de lecture : 3 min"),
        removes("Écouter cet article"),
        keeps("Temps de lecture et temps d'écran ont augmenté chez les jeunes, selon l'étude."),
    ),
)

TIMESTAMP = PatternRule(
    code="NAV404",
    name="publication-stamp-fr",
    category=Category.NAVIGATION,
    languages=("fr",),
    summary="French publication stamps: 'Publié le 16 avril 2024 à 12h30', 'Mis à jour le 16/04/2024'.",
    message="publication timestamp",
    keywords=starts("publié", "mis à jour", "modifié", "mise à jour"),
    max_words=16,
    pattern=rf"""(?:publié|mis\s+à\s+jour|mise\s+à\s+jour|modifié)\s*:?\s*(?:le\s+)?(?:\w+\s+)?{_DATE}
        (?:\s+à\s+\d{{1,2}}\s*[h:]\s*\d{{2}})?(?:[\s,|-]+(?:mis\s+à\s+jour|modifié)\s.{{0,60}})?{END}""",
    examples=(
        removes("Publié le 16 avril 2024 à 12h30"),
        removes("Mis à jour le 16/04/2024 à 12:30"),
        keeps("Publié le 16 avril, le rapport a été vivement critiqué par l'opposition."),
    ),
)

COOKIES = phrase_rule(
    code="CKE401",
    name="cookie-notice-fr",
    category=Category.COOKIE,
    language="fr",
    summary="French cookie banners and buttons: 'Nous utilisons des cookies', 'Tout accepter'.",
    message="cookie notice",
    follow="anything",
    unless=_SAID,
    phrases=("Nous utilisons des cookies", "Ce site utilise des cookies"),
    alone=("Accepter et continuer", "Tout accepter", "Tout refuser", "Paramétrer les cookies",
           "Gérer mes choix",
           "Continuer sans accepter", "Gérer les cookies", "Accepter", "Refuser", "Accepter les cookies",
           "Accepter tous les cookies", "Refuser les cookies"),
    examples=(
        removes("Nous utilisons des cookies pour améliorer votre expérience."),
        removes("Tout accepter"),
        removes("Accepter les cookies"),
        keeps("Tout accepter sans discuter n'est pas dans ses habitudes, a confié un proche."),
    ),
)

LEGAL = PatternRule(
    code="LGL401",
    name="copyright-notice-fr",
    category=Category.LEGAL,
    languages=("fr",),
    summary="French copyright lines: 'Tous droits réservés', 'Reproduction interdite'.",
    message="copyright notice",
    keywords=("tous droits réservés", "reproduction interdite", "toute reproduction"),
    max_words=50,
    unless=_SAID,
    pattern=r""".{0,200}?\b(?:tous\s+droits\s+réservés|reproduction\s+interdite|toute\s+reproduction\s+(?:est\s+)?interdite)\b.{0,200}""",
    examples=(
        removes("Tous droits réservés. Reproduction interdite sans autorisation."),
        keeps("La reproduction de l'œuvre a été autorisée en 1952."),
    ),
)

RULES = (PAYWALL, METER, DONATION, RELATED, NEWSLETTER, ADVERTISEMENT, SHARE, COMMENTS, LABELS, READ_TIME,
         TIMESTAMP, COOKIES, LEGAL)
