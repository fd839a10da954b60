"""Portuguese pack (codes 7xx): "Assine para continuar lendo", "Leia também", "Publicidade"."""

from ...rules import Category, Evidence, Mark, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts
from .._phrases import phrase_rule, with_networks

_SAID = REPORTED_SPEECH_IN["pt"]
_MONTH = r"(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\s+de\s+{_MONTH}(?:\s+de\s+\d{{4}})?)"
_WEEKDAY = r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo"

PAYWALL = phrase_rule(
    code="PAY701",
    name="paywall-prompt-pt",
    category=Category.PAYWALL,
    language="pt",
    summary="Portuguese paywall prompts: 'Assine para continuar lendo', 'Já é assinante?'.",
    message="paywall prompt",
    follow="anything",
    unless=_SAID,
    phrases=("Assine para continuar lendo", "Assine para continuar a ler", "Assine para ler",
             "Este conteúdo é exclusivo para assinantes", "Conteúdo exclusivo para assinantes",
             "Exclusivo para assinantes", "Já é assinante", "Já sou assinante", "Você atingiu o limite",
             "Atingiu o limite", "Para continuar a ler", "Continue lendo com", "Faça login para",
             "Assine e continue", "Assine e leia", "Assine e tenha acesso", "Assine para ter acesso",
             "Esta reportagem é exclusiva para assinantes", "Conteúdo exclusivo para", "Para ler esta",
             "Cadastre-se para continuar", "Faça seu cadastro para"),
    alone=("Assine agora", "Assine já", "Assine", "Leia a matéria completa", "Entrar", "Seja assinante"),
    examples=(
        removes("Assine para continuar lendo"),
        removes("Já é assinante? Faça login"),
        removes("Assine e continue lendo"),
        keeps("Os assinantes da plataforma cresceram 4%, segundo a empresa."),
    ),
)

DONATION = phrase_rule(
    code="DON701",
    name="donation-appeal-pt",
    category=Category.DONATION,
    language="pt",
    summary="Portuguese donation and membership appeals: 'Faça uma doação', 'Apoie o nosso jornalismo'.",
    message="donation appeal",
    follow="anything",
    unless=_SAID,
    phrases=("Apoie o nosso jornalismo", "Apoie nosso jornalismo", "Apoie o jornalismo independente",
             "Cada contribuição conta", "Precisamos do seu apoio"),
    alone=("Faça uma doação", "Doe agora", "Seja membro", "Seja sócio", "Apoie-nos"),
    examples=(
        removes("Apoie o nosso jornalismo: cada contribuição conta."),
        removes("Faça uma doação"),
        keeps("As doações para a Cruz Vermelha subiram 4% no ano passado."),
    ),
)

RELATED = phrase_rule(
    code="REL701",
    name="related-links-pt",
    category=Category.RELATED,
    language="pt",
    summary="Portuguese related-article links and list headers: 'Leia também', 'Veja também', 'Mais lidas'.",
    message="related-article link",
    follow="headline",
    marks=frozenset({Mark.LIST_HEADER}),
    phrases=("Leia também", "Leia mais", "Veja também", "Saiba mais", "Leia ainda", "Notícias relacionadas",
             "Relacionadas", "Mais lidas", "As mais lidas", "Mais notícias", "Você pode gostar",
             "Pode interessar",
             "Continue a ler", "Veja mais", "Leia também:"),
    examples=(
        removes("Leia também: Governo aprova reforma tributária"),
        removes("Mais lidas"),
        keeps("Leia também o relatório completo, pediu a oposição."),
    ),
)

NEWSLETTER = phrase_rule(
    code="NWS701",
    name="newsletter-signup-pt",
    category=Category.NEWSLETTER,
    language="pt",
    summary="Portuguese newsletter sign-ups: 'Assine a nossa newsletter', 'Receba as notícias'.",
    message="newsletter sign-up",
    follow="anything",
    unless=_SAID,
    phrases=("Assine a nossa newsletter", "Assine nossa newsletter", "Receba a newsletter",
             "Inscreva-se na newsletter", "Inscreva-se na nossa newsletter", "Receba no seu e-mail",
             "Receba nossa newsletter", "Receba a nossa newsletter", "Assine a newsletter",
             "Cadastre-se na newsletter", "Cadastre-se na nossa newsletter", "Cadastre-se para receber"),
    alone=("Cadastre-se", "Não perca nada", "Newsletter"),
    examples=(
        removes("Inscreva-se na nossa newsletter e receba as principais notícias do dia."),
        removes("Receba nossa newsletter"),
        keeps("A newsletter do ministério alertou para golpes, segundo um porta-voz."),
    ),
)

ADVERTISEMENT = phrase_rule(
    code="ADV701",
    name="advertisement-marker-pt",
    category=Category.ADVERTISEMENT,
    language="pt",
    summary="Portuguese advertisement markers: 'Publicidade', 'Conteúdo patrocinado'.",
    message="advertisement marker",
    phrases=("Publicidade", "Patrocinado", "Conteúdo patrocinado", "Anúncio", "Continua após a publicidade",
             "Conteúdo de marca", "Continua depois da publicidade"),
    examples=(
        removes("Publicidade"),
        removes("Continua após a publicidade"),
        keeps("A publicidade de apostas foi proibida na televisão, anunciou o governo."),
    ),
)

SHARE = phrase_rule(
    code="SHR701",
    name="share-prompt-pt",
    category=Category.SHARE,
    language="pt",
    summary="Portuguese share and follow prompts: 'Compartilhar no WhatsApp', 'Siga-nos no …'.",
    message="share prompt",
    phrases=("Compartilhar", "Compartilhe", "Partilhar", "Copiar link", "Siga-nos",
             "Enviar por e-mail", "Imprimir",
             *with_networks("Compartilhar no", "Compartilhe no", "Partilhar no", "Partilhe no",
             "Siga-nos no")),
    examples=(
        removes("Compartilhar no WhatsApp"),
        removes("Compartilhe no Telegram"),
        removes("Siga-nos no YouTube"),
        keeps("Compartilhar os custos com os estados continua difícil, explicou a ministra."),
    ),
)

COMMENTS = phrase_rule(
    code="NAV701",
    name="comment-widget-pt",
    category=Category.NAVIGATION,
    language="pt",
    summary="Portuguese comment-section furniture: 'Deixe seu comentário', comment moderation notices.",
    message="comment widget",
    follow="anything",
    unless=_SAID,
    phrases=("ATENÇÃO: Comentários", "Os comentários são de responsabilidade"),
    alone=("Deixe seu comentário", "Deixe o seu comentário", "Ver comentários", "Comentar", "Comente"),
    max_words=40,
    examples=(
        removes("Deixe seu comentário"),
        removes("ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário "
                "não serão aprovados pelo moderador."),
        keeps("Comentar a decisão seria imprudente, disse o advogado."),
    ),
)

LABELS = phrase_rule(
    code="NAV702",
    name="widget-label-pt",
    category=Category.NAVIGATION,
    language="pt",
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.LIST_HEADER}),
    summary="Lone Portuguese widget labels: 'Comentários', 'Temas', 'Tags', 'Categorias'.",
    message="widget label",
    phrases=("Comentários", "Temas", "Tags", "Categorias", "Início", "Buscar", "Pesquisar", "Menu",
             "Expediente",
             "Contato"),
    max_words=3,
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Categorias"),
        keeps("Temas", before=("O conselho reuniu-se na segunda-feira.",),
              after=("Os temas debatidos foram o orçamento e as escolas, disse o prefeito.",),
              note="mid-body labels stay"),
    ),
)

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

TIMESTAMP = PatternRule(
    code="NAV704",
    name="publication-stamp-pt",
    category=Category.NAVIGATION,
    languages=("pt",),
    summary="Portuguese publication stamps: 'Atualizado em 16/04/2024 12h30', 'sexta-feira, 22 de outubro "
    "de 2010 às 20:13'.",
    message="publication timestamp",
    keywords=(*starts("atualizado", "publicado", "segunda", "terça", "quarta", "quinta", "sexta", "sábado",
                      "domingo"), "publicado por"),
    max_words=20,
    pattern=rf"""(?:
          (?:atualizado|publicado)\s*(?:em|:)?\s*{_DATE}
        | (?:{_WEEKDAY}),?\s+{_DATE}
        | {_DATE}(?=\s*-\s*publicado\s+por\b)
        )(?:[\s,|-]+(?:às\s+)?\d{{1,2}}\s*[h:]\s*\d{{2}})?
        (?:\s*-\s*(?:publicado\s+por|por)\s*:?\s*[^.!?]{{1,60}})?{END}""",
    examples=(
        removes("Atualizado em 16/04/2024 12h30"),
        removes("sexta-feira, 22 de outubro de 2010 às 20:13"),
        keeps("Publicado em 16 de abril, o relatório foi criticado pela oposição."),
        keeps("22 de outubro", before=("O conselho reuniu-se na segunda-feira.",),
              after=("A data da votação ainda não foi marcada, disse o prefeito.",),
              note="a bare date is weak evidence (NAV004), never removed mid-body"),
    ),
)

COOKIES = phrase_rule(
    code="CKE701",
    name="cookie-notice-pt",
    category=Category.COOKIE,
    language="pt",
    summary="Portuguese cookie banners and buttons: 'Utilizamos cookies', 'Aceitar todos'.",
    message="cookie notice",
    follow="anything",
    unless=_SAID,
    phrases=("Utilizamos cookies", "Usamos cookies", "Este site utiliza cookies", "Este site usa cookies"),
    alone=("Aceitar todos", "Rejeitar todos", "Aceitar e continuar", "Gerir preferências",
           "Gerenciar cookies",
           "Aceitar e fechar", "Aceitar", "Rejeitar", "Aceitar cookies", "Aceitar todos os cookies",
           "Rejeitar cookies", "Configurações de cookies"),
    examples=(
        removes("Este site utiliza cookies para melhorar a sua experiência."),
        removes("Aceitar todos"),
        removes("Aceitar cookies"),
        keeps("Aceitar todos os termos não era possível, explicou o sindicato."),
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

RULES = (PAYWALL, DONATION, RELATED, NEWSLETTER, ADVERTISEMENT, SHARE, COMMENTS, LABELS, READ_TIME, TIMESTAMP,
         COOKIES, LEGAL)
