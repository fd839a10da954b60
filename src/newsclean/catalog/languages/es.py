"""Spanish pack (codes 5xx): "Suscríbete para seguir leyendo", "Lee también", "Publicidad"."""

from ...rules import Category, Evidence, Mark, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts
from .._phrases import phrase_rule, with_networks

_SAID = REPORTED_SPEECH_IN["es"]
_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\s+(?:de\s+)?{_MONTH}(?:\s+(?:de\s+)?\d{{4}})?)"

PAYWALL = phrase_rule(
    code="PAY501",
    name="paywall-prompt-es",
    category=Category.PAYWALL,
    language="es",
    summary="Spanish paywall prompts: 'Suscríbete para seguir leyendo', '¿Ya eres suscriptor?'.",
    message="paywall prompt",
    follow="anything",
    unless=_SAID,
    phrases=("Suscríbete para seguir leyendo", "Suscríbete para continuar leyendo", "Suscríbete para leer",
             "Este contenido es exclusivo para suscriptores", "Contenido exclusivo para suscriptores",
             "Exclusivo para suscriptores", "Ya eres suscriptor", "¿Ya eres suscriptor",
             "Has alcanzado el límite",
             "Inicia sesión para", "Para seguir leyendo", "Sigue leyendo con", "Suscríbete y lee",
             "Suscríbete y sigue leyendo", "Suscríbete y accede",
             "Este artículo es exclusivo para suscriptores",
             "Artículo exclusivo para suscriptores", "Contenido exclusivo para", "Lee sin límites",
             "Accede a todo el contenido", "Para leer este artículo", "Regístrate para seguir leyendo",
             "Regístrate gratis para"),
    alone=("Suscríbete", "Suscríbete ahora", "Hazte suscriptor", "Iniciar sesión", "Suscríbete aquí",
           "Regístrate", "Ya soy suscriptor"),
    examples=(
        removes("Suscríbete para seguir leyendo"),
        removes("¿Ya eres suscriptor? Inicia sesión"),
        removes("Suscríbete y lee sin límites"),
        keeps("Los suscriptores de la plataforma crecieron un 4 %, según la empresa."),
    ),
)

DONATION = phrase_rule(
    code="DON501",
    name="donation-appeal-es",
    category=Category.DONATION,
    language="es",
    summary="Spanish donation and membership appeals: 'Haz una donación', 'Apoya nuestro periodismo'.",
    message="donation appeal",
    follow="anything",
    unless=_SAID,
    phrases=("Apoya nuestro periodismo", "Apoya el periodismo independiente", "Cada aportación cuenta",
             "Necesitamos tu apoyo"),
    alone=("Haz una donación", "Dona ahora", "Hazte socio", "Hazte socia", "Hazte miembro",
           "Colabora con nosotros",
           "Apóyanos"),
    examples=(
        removes("Apoya nuestro periodismo: hazte socio por 5 euros al mes."),
        removes("Haz una donación"),
        keeps("Las donaciones a la Cruz Roja aumentaron un 4 % el año pasado."),
    ),
)

RELATED = phrase_rule(
    code="REL501",
    name="related-links-es",
    category=Category.RELATED,
    language="es",
    summary="Spanish related-article links and list headers: 'Lee también', 'Te puede interesar', 'Lo más "
    "leído'.",
    message="related-article link",
    follow="headline",
    marks=frozenset({Mark.LIST_HEADER}),
    phrases=("Lee también", "Lea también", "Te puede interesar", "Le puede interesar",
             "También te puede interesar",
             "Noticias relacionadas", "Relacionado", "Relacionadas", "Más información", "Lo más leído",
             "Más noticias", "Leer más", "Sigue leyendo", "Te recomendamos", "Contenido relacionado",
             "Puede interesarte", "Te puede gustar", "Lo más visto"),
    examples=(
        removes("Lee también: El Gobierno aprueba los presupuestos"),
        removes("Lo más leído"),
        keeps("Lee también el informe completo, pidió la oposición."),
    ),
)

NEWSLETTER = phrase_rule(
    code="NWS501",
    name="newsletter-signup-es",
    category=Category.NEWSLETTER,
    language="es",
    summary="Spanish newsletter sign-ups: 'Suscríbete a nuestro boletín', 'Apúntate a la newsletter'.",
    message="newsletter sign-up",
    follow="anything",
    unless=_SAID,
    phrases=("Suscríbete a nuestro boletín", "Suscríbete a nuestra newsletter", "Suscríbete al boletín",
             "Recibe nuestro boletín", "Apúntate a la newsletter", "Apúntate a nuestra newsletter",
             "Suscríbete a la newsletter", "Recibe la newsletter", "Apúntate a nuestro boletín",
             "Recibe en tu correo"),
    alone=("No te pierdas nada", "Boletín", "Newsletter"),
    examples=(
        removes("Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes."),
        keeps("El boletín del ministerio advirtió de los fraudes, según un portavoz."),
    ),
)

ADVERTISEMENT = phrase_rule(
    code="ADV501",
    name="advertisement-marker-es",
    category=Category.ADVERTISEMENT,
    language="es",
    summary="Spanish advertisement markers: 'Publicidad', 'Contenido patrocinado'.",
    message="advertisement marker",
    phrases=("Publicidad", "Patrocinado", "Contenido patrocinado", "Anuncio", "Contenido de marca",
             "Continúa después de la publicidad", "Sigue después de la publicidad"),
    examples=(
        removes("Publicidad"),
        removes("PUBLICIDAD"),
        keeps("La publicidad de apuestas estará prohibida en horario infantil, anunció el Gobierno."),
    ),
)

SHARE = phrase_rule(
    code="SHR501",
    name="share-prompt-es",
    category=Category.SHARE,
    language="es",
    summary="Spanish share and follow prompts: 'Compartir en Facebook', 'Síguenos en …'.",
    message="share prompt",
    phrases=("Compartir", "Compartir por correo", "Enviar por correo", "Copiar enlace", "Síguenos",
             "Imprimir",
             *with_networks("Compartir en", "Compartir por", "Síguenos en")),
    examples=(
        removes("Compartir en WhatsApp"),
        removes("Copiar enlace"),
        removes("Síguenos en TikTok"),
        keeps("Compartir los gastos entre las regiones sigue siendo difícil, explicó la ministra."),
    ),
)

COMMENTS = phrase_rule(
    code="NAV501",
    name="comment-widget-es",
    category=Category.NAVIGATION,
    language="es",
    summary="Spanish comment-section furniture: 'Deja tu comentario', 'Ver comentarios'.",
    message="comment widget",
    phrases=("Deja tu comentario", "Deja un comentario", "Ver comentarios", "Comentar",
             "Únete a la conversación",
             "Añade un comentario", "Mostrar comentarios"),
    examples=(
        removes("Deja tu comentario"),
        keeps("Comentar la sentencia no es fácil, reconoció el abogado."),
    ),
)

LABELS = phrase_rule(
    code="NAV502",
    name="widget-label-es",
    category=Category.NAVIGATION,
    language="es",
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.LIST_HEADER}),
    summary="Lone Spanish widget labels: 'Comentarios', 'Temas', 'Etiquetas', 'Inicio'.",
    message="widget label",
    phrases=("Comentarios", "Temas", "Etiquetas", "Inicio", "Buscar", "Menú", "Aviso legal", "Contacto"),
    max_words=3,
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Etiquetas"),
        keeps("Temas", before=("El consejo se reunió el lunes.",),
              after=("Los temas tratados fueron el presupuesto y las escuelas, señaló el alcalde.",),
              note="mid-body labels stay"),
    ),
)

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

TIMESTAMP = PatternRule(
    code="NAV504",
    name="publication-stamp-es",
    category=Category.NAVIGATION,
    languages=("es",),
    summary="Spanish publication stamps: 'Actualizado: 16/04/2024 12:30', 'Publicado el 16 de abril de "
    "2024'.",
    message="publication timestamp",
    keywords=starts("actualizado", "publicado", "modificado"),
    max_words=16,
    pattern=rf"""(?:actualizado|publicado|modificado)\s*:?\s*(?:el\s+)?{_DATE}
        (?:[\s,|-]+(?:a\s+las\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*h)?)?(?:\s*(?:cest|cet|gmt|utc)[+-]?\d*)?{END}""",
    examples=(
        removes("Actualizado: 16/04/2024 12:30"),
        removes("Publicado el 16 de abril de 2024"),
        keeps("Publicado el 16 de abril, el informe fue criticado por la oposición."),
    ),
)

COOKIES = phrase_rule(
    code="CKE501",
    name="cookie-notice-es",
    category=Category.COOKIE,
    language="es",
    summary="Spanish cookie banners and buttons: 'Utilizamos cookies', 'Aceptar todas'.",
    message="cookie notice",
    follow="anything",
    unless=_SAID,
    phrases=("Utilizamos cookies", "Usamos cookies", "Este sitio web utiliza cookies",
             "Esta web utiliza cookies"),
    alone=("Aceptar todas", "Rechazar todas", "Configurar cookies", "Aceptar y continuar", "Aceptar y cerrar",
           "Aceptar", "Rechazar", "Aceptar cookies", "Aceptar todas las cookies", "Rechazar cookies",
           "Configuración de cookies"),
    examples=(
        removes("Utilizamos cookies propias y de terceros para mejorar tu experiencia."),
        removes("Aceptar todas"),
        removes("Aceptar cookies"),
        keeps("Aceptar todas las condiciones no era una opción, explicó el sindicato."),
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

RULES = (PAYWALL, DONATION, RELATED, NEWSLETTER, ADVERTISEMENT, SHARE, COMMENTS, LABELS, READ_TIME, TIMESTAMP,
         COOKIES, LEGAL)
