"""Italian pack (codes 6xx): "Questo articolo è riservato agli abbonati", "Leggi anche", "Pubblicità"."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts

_SAID = REPORTED_SPEECH_IN["it"]
_MONTH = r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)"
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"

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

RULES = (READ_TIME, LEGAL)
