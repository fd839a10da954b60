"""Portuguese pack (codes 7xx): "Assine para continuar lendo", "Leia também", "Publicidade"."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts

_SAID = REPORTED_SPEECH_IN["pt"]
_MONTH = r"(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\s+de\s+{_MONTH}(?:\s+de\s+\d{{4}})?)"
_WEEKDAY = r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo"

READ_TIME = PatternRule(
    code="NAV703",
    name="read-time-and-audio-pt",
    category=Category.NAVIGATION,
    languages=("pt",),
    summary="Portuguese reading-time and audio labels: 'Tempo de leitura: 1 minuto', 'Ouvir matéria'.",
    message="reading-time or audio label",
    keywords=("leitura", *starts("ouvir", "ouça")),
    max_words=10,
    pattern=rf"""(?:
          tempo\s+de\s+leitura\s*:?\s*\d+\s*min(?:utos?)?\.?
        | leitura\s*:?\s*\d+\s*min(?:utos?)?\.?
        | \d+\s*min(?:utos?)?\.?\s+de\s+leitura
        | (?:ouvir|ouça)(?:\s+(?:a\s+)?(?:matéria|notícia|esta\s+notícia|este\s+artigo))?
        ){END}""",
    examples=(
        removes("Tempo de leitura: 1 minuto"),
        removes("Ouvir matéria"),
        keeps("Tempo de leitura e tempo de tela aumentaram entre os jovens, segundo o estudo."),
    ),
)

LEGAL = PatternRule(
    code="LGL701",
    name="copyright-notice-pt",
    category=Category.LEGAL,
    languages=("pt",),
    summary="Portuguese copyright lines: 'Todos os direitos reservados', 'É proibida a reprodução'.",
    message="copyright notice",
    keywords=("todos os direitos reservados", "proibida a reprodução", "proibida sua reprodução"),
    max_words=50,
    unless=_SAID,
    pattern=r""".{0,200}?\b(?:todos\s+os\s+direitos\s+reservados|(?:é\s+)?proibida\s+(?:a|sua)\s+reprodução)\b.{0,200}""",
    examples=(
        removes("Todos os direitos reservados. É proibida a reprodução do conteúdo desta página."),
        keeps("A reprodução do quadro foi autorizada em 1952."),
    ),
)

RULES = (READ_TIME, LEGAL)
