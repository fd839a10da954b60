"""Spanish pack (codes 5xx): "Suscríbete para seguir leyendo", "Lee también", "Publicidad"."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts

_SAID = REPORTED_SPEECH_IN["es"]
_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\s+(?:de\s+)?{_MONTH}(?:\s+(?:de\s+)?\d{{4}})?)"

READ_TIME = PatternRule(
    code="NAV503",
    name="read-time-and-audio-es",
    category=Category.NAVIGATION,
    languages=("es",),
    summary="Spanish reading-time and audio labels: 'Tiempo de lectura: 3 min', 'Escuchar noticia'.",
    message="reading-time or audio label",
    keywords=("lectura", *starts("escuchar")),
    max_words=10,
    pattern=rf"""(?:
          tiempo\s+de\s+lectura\s*:?\s*\d+\s*min(?:utos?)?\.?
        | lectura\s*:?\s*\d+\s*min(?:utos?)?\.?
        | \d+\s*min(?:utos?)?\.?\s+de\s+lectura
        | escuchar(?:\s+(?:noticia|artículo|la\s+noticia|este\s+artículo))?
        ){END}""",
    examples=(
        removes("Tiempo de lectura: 3 min"),
        removes("Escuchar noticia"),
        keeps("Tiempo de lectura y tiempo de pantalla aumentaron entre los jóvenes, según el estudio."),
    ),
)

LEGAL = PatternRule(
    code="LGL501",
    name="copyright-notice-es",
    category=Category.LEGAL,
    languages=("es",),
    summary="Spanish copyright lines: 'Todos los derechos reservados', 'Queda prohibida la reproducción'.",
    message="copyright notice",
    keywords=("todos los derechos reservados", "prohibida la reproducción", "prohibida su reproducción"),
    max_words=50,
    unless=_SAID,
    pattern=r""".{0,200}?\b(?:todos\s+los\s+derechos\s+reservados|(?:queda\s+)?prohibida\s+(?:la|su)\s+reproducción)\b.{0,200}""",
    examples=(
        removes("Todos los derechos reservados. Queda prohibida la reproducción total o parcial."),
        keeps("La reproducción del cuadro fue autorizada en 1952."),
    ),
)

RULES = (READ_TIME, LEGAL)
