"""Italian pack (codes 6xx): "Questo articolo è riservato agli abbonati", "Leggi anche", "Pubblicità"."""

from ...rules import Category, Evidence, Mark, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts
from .._phrases import phrase_rule, with_networks

_SAID = REPORTED_SPEECH_IN["it"]
_MONTH = r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)"
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"

PAYWALL = phrase_rule(
    code="PAY601",
    name="paywall-prompt-it",
    category=Category.PAYWALL,
    language="it",
    summary="Italian paywall prompts: 'Questo articolo è riservato agli abbonati', 'Sei già abbonato?'.",
    message="paywall prompt",
    follow="anything",
    unless=_SAID,
    phrases=("Questo articolo è riservato agli abbonati", "Contenuto riservato agli abbonati",
             "Articolo riservato agli abbonati", "Riservato agli abbonati",
             "Abbonati per continuare a leggere",
             "Abbonati per leggere", "Per continuare a leggere", "Sei già abbonato", "Già abbonato",
             "Hai raggiunto il limite", "Leggi l'articolo completo", "Accedi per continuare",
             "Articolo riservato ai", "Contenuto riservato ai", "Questo contenuto è riservato",
             "Abbonati e leggi",
             "Per leggere l'articolo", "Leggi senza limiti", "Accedi o abbonati", "Sei già registrato",
             "Registrati per continuare", "Hai esaurito gli articoli"),
    alone=("Abbonati ora", "Abbonati", "Offerta speciale", "Accedi", "Abbonati subito", "Registrati"),
    examples=(
        removes("Questo articolo è riservato agli abbonati"),
        removes("Sei già abbonato? Accedi"),
        keeps("Gli abbonati della piattaforma sono cresciuti del 4%, secondo l'azienda."),
    ),
)

DONATION = phrase_rule(
    code="DON601",
    name="donation-appeal-it",
    category=Category.DONATION,
    language="it",
    summary="Italian donation and membership appeals: 'Fai una donazione', 'Sostieni il nostro giornalismo'.",
    message="donation appeal",
    follow="anything",
    unless=_SAID,
    phrases=("Sostieni il nostro giornalismo", "Sostienici", "Sostieni il giornalismo indipendente",
             "Ogni contributo conta", "Abbiamo bisogno di te"),
    alone=("Fai una donazione", "Dona ora", "Diventa socio", "Sostieni l'informazione"),
    examples=(
        removes("Sostieni il nostro giornalismo: ogni contributo conta."),
        removes("Fai una donazione"),
        keeps("Le donazioni alla Croce Rossa sono aumentate del 4% lo scorso anno."),
    ),
)

RELATED = phrase_rule(
    code="REL601",
    name="related-links-it",
    category=Category.RELATED,
    language="it",
    summary="Italian related-article links and list headers: 'Leggi anche', 'Potrebbe interessarti', 'I "
    "più letti'.",
    message="related-article link",
    follow="headline",
    marks=frozenset({Mark.LIST_HEADER}),
    phrases=("Leggi anche", "Leggi anche su", "Potrebbe interessarti", "Ti potrebbe interessare",
             "Articoli correlati", "Correlati", "I più letti", "Più letti", "Leggi di più",
             "Continua a leggere",
             "Approfondisci", "Vedi anche", "Altre notizie", "Potrebbe interessarti anche", "Da non perdere"),
    examples=(
        removes("Leggi anche: Il governo approva la manovra"),
        removes("(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori –FOTO)"),
        keeps("Leggi anche le motivazioni della sentenza, ha chiesto l'avvocato."),
    ),
)

NEWSLETTER = phrase_rule(
    code="NWS601",
    name="newsletter-signup-it",
    category=Category.NEWSLETTER,
    language="it",
    summary="Italian newsletter sign-ups: 'Iscriviti alla newsletter'.",
    message="newsletter sign-up",
    follow="anything",
    unless=_SAID,
    phrases=("Iscriviti alla newsletter", "Iscriviti alla nostra newsletter", "Ricevi la newsletter",
             "Iscriviti alle newsletter", "Ricevi la nostra newsletter", "Iscriviti gratuitamente alla"),
    alone=("Non perderti nulla", "Iscriviti gratis", "Newsletter"),
    examples=(
        removes("Iscriviti alla newsletter e ricevi ogni mattina le notizie più importanti."),
        keeps("La newsletter del ministero è arrivata a due milioni di persone, secondo il portavoce."),
    ),
)

ADVERTISEMENT = phrase_rule(
    code="ADV601",
    name="advertisement-marker-it",
    category=Category.ADVERTISEMENT,
    language="it",
    summary="Italian advertisement markers: 'Pubblicità', 'Contenuto sponsorizzato'.",
    message="advertisement marker",
    phrases=("Pubblicità", "Contenuto sponsorizzato", "Sponsorizzato", "Annuncio", "Contenuto promozionale",
             "Continua dopo la pubblicità", "Articolo sponsorizzato"),
    examples=(
        removes("Pubblicità"),
        removes("PUBBLICITÀ"),
        keeps("La pubblicità del gioco d'azzardo è vietata dal 2019, ha ricordato il ministro."),
    ),
)

SHARE = phrase_rule(
    code="SHR601",
    name="share-prompt-it",
    category=Category.SHARE,
    language="it",
    summary="Italian share and follow prompts: 'Condividi su Facebook', 'Seguici su …'.",
    message="share prompt",
    phrases=("Condividi", "Invia per email", "Copia link", "Copia il link", "Seguici", "Stampa",
             *with_networks("Condividi su", "Seguici su")),
    examples=(
        removes("Condividi su Facebook"),
        removes("Seguici su Telegram"),
        keeps("Condividi le spese con le regioni, ha proposto il ministro."),
    ),
)

COMMENTS = phrase_rule(
    code="NAV601",
    name="comment-widget-it",
    category=Category.NAVIGATION,
    language="it",
    summary="Italian comment-section furniture: 'Lascia un commento', 'Mostra commenti'.",
    message="comment widget",
    phrases=("Lascia un commento", "Mostra commenti", "Commenta", "Aggiungi un commento", "Leggi i commenti"),
    examples=(
        removes("Lascia un commento"),
        keeps("Commenta così la sentenza il presidente della Regione, in una nota."),
    ),
)

LABELS = phrase_rule(
    code="NAV602",
    name="widget-label-it",
    category=Category.NAVIGATION,
    language="it",
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.LIST_HEADER}),
    summary="Lone Italian widget labels: 'Commenti', 'Argomenti', 'Tag', 'Cerca'.",
    message="widget label",
    phrases=("Commenti", "Argomenti", "Tag", "Cerca", "Menu", "Note legali", "Contatti"),
    max_words=3,
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Argomenti"),
        keeps("Commenti", before=("Il consiglio si è riunito lunedì.",),
              after=("I commenti del sindaco hanno suscitato polemiche, ha riferito l'Ansa.",),
              note="mid-body labels stay"),
    ),
)

READ_TIME = PatternRule(
    code="NAV603",
    name="read-time-and-audio-it",
    category=Category.NAVIGATION,
    languages=("it",),
    summary="Italian reading-time and audio labels: 'Tempo di lettura: 3 minuti', 'Ascolta l'articolo'.",
    message="reading-time or audio label",
    keywords=("lettura", *starts("ascolta")),
    max_words=10,
    pattern=rf"""(?:
          tempo\s+di\s+lettura\s*:?\s*\d+\s*min(?:uti)?\.?
        | lettura\s*:?\s*\d+\s*min(?:uti)?\.?
        | \d+\s*min(?:uti)?\.?\s+di\s+lettura
        | ascolta(?:\s+(?:l['’]\s*articolo|questo\s+articolo|la\s+notizia))?
        ){END}""",
    examples=(
        removes("Tempo di lettura: 3 minuti"),
        removes("Ascolta l'articolo"),
        keeps("Tempo di lettura e tempo davanti allo schermo sono aumentati, secondo lo studio."),
    ),
)

TIMESTAMP = PatternRule(
    code="NAV604",
    name="publication-stamp-it",
    category=Category.NAVIGATION,
    languages=("it",),
    summary="Italian publication stamps: 'Aggiornato il 16 aprile 2024', 'Pubblicato il 16/04/2024 alle "
    "12:30'.",
    message="publication timestamp",
    keywords=starts("aggiornato", "pubblicato", "ultimo aggiornamento", "ultima modifica"),
    max_words=16,
    pattern=rf"""(?:aggiornato|pubblicato|ultimo\s+aggiornamento|ultima\s+modifica)\s*:?\s*(?:il\s+)?{_DATE}
        (?:[\s,|-]+(?:alle\s+(?:ore\s+)?)?\d{{1,2}}[:.]\d{{2}})?{END}""",
    examples=(
        removes("Aggiornato il 16 aprile 2024"),
        removes("Pubblicato il 16/04/2024 alle 12:30"),
        keeps("Pubblicato il 16 aprile, il rapporto è stato criticato dall'opposizione."),
    ),
)

COOKIES = phrase_rule(
    code="CKE601",
    name="cookie-notice-it",
    category=Category.COOKIE,
    language="it",
    summary="Italian cookie banners and buttons: 'Utilizziamo i cookie', 'Accetta tutti'.",
    message="cookie notice",
    follow="anything",
    unless=_SAID,
    phrases=("Utilizziamo i cookie", "Utilizziamo cookie", "Questo sito utilizza cookie",
             "Questo sito usa i cookie"),
    alone=("Accetta tutti", "Rifiuta tutti", "Gestisci le preferenze", "Accetta e continua",
           "Accetta e chiudi",
           "Accetta", "Rifiuta", "Accetta i cookie", "Accetta tutti i cookie", "Rifiuta i cookie",
           "Impostazioni cookie"),
    examples=(
        removes("Questo sito utilizza cookie tecnici e di profilazione."),
        removes("Accetta tutti"),
        removes("Accetta i cookie"),
        keeps("Accetta tutti i compromessi pur di chiudere l'accordo, ha spiegato il negoziatore."),
    ),
)

LEGAL = PatternRule(
    code="LGL601",
    name="copyright-notice-it",
    category=Category.LEGAL,
    languages=("it",),
    summary="Italian copyright lines: 'Riproduzione riservata', 'Tutti i diritti riservati', P.IVA footers.",
    message="copyright notice",
    keywords=("riproduzione riservata", "tutti i diritti riservati", "p.iva", "p. iva", "partita iva"),
    max_words=50,
    unless=_SAID,
    pattern=r""".{0,200}?(?:\briproduzione\s+riservata|\btutti\s+i\s+diritti\s+riservati|\bp\.\s?iva\b|\bpartita\s+iva\b).{0,200}""",
    examples=(
        removes("RIPRODUZIONE RISERVATA"),
        removes("Editoriale Srl - P.IVA 01234567890 - Tutti i diritti riservati"),
        keeps("La riproduzione del dipinto è stata autorizzata nel 1952."),
    ),
)

RULES = (PAYWALL, DONATION, RELATED, NEWSLETTER, ADVERTISEMENT, SHARE, COMMENTS, LABELS, READ_TIME, TIMESTAMP,
         COOKIES, LEGAL)
