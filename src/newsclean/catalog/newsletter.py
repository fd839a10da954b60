"""Newsletter, alert and app sign-ups, and the form states they leave behind."""

from ..dom import DomRule
from ..rules import Category, Evidence, PatternRule, keeps, removes
from ._patterns import END, REPORTED_SPEECH, START, NeedsRule, starts
from ._phrases import phrase_rule
from ._signals import box_rule, signal_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, whole_words

NEWSLETTER_SIGNUP = PatternRule(
    code="NWS001",
    name="newsletter-signup",
    category=Category.NEWSLETTER,
    summary="Invitations to sign up for or subscribe to a newsletter or email briefing.",
    message="newsletter sign-up",
    keywords=("newsletter", "news letter", "briefing", "digest", "inbox", "email", "e-mail",
              "mailing list"),
    max_words=50,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          (?:click\s+here\s+to\s+|please\s+|.{0,120}?[.!?:]\s+)?
            (?:sign\s*(?:ing)?\s*-?\s*up|subscrib(?:e|ing)|register|join|get|receive|enter\s+your\s+email)\b
            .{0,160}?\b(?:news\s*letters?|briefings?|digest|e-?mail\s+(?:updates|alerts|list)|mailing\s+list|inbox)\b.{0,240}
        | .{0,160}?\b(?:delivered|sent|straight|right|directly)\s+(?:\w+\s+)?(?:to|in|into)\s+
            your\s+inbox\b.{0,240}
        | (?-i:(?:The\s+)?[A-Z0-9][\w$&'’.+-]*(?:\s+[A-Z0-9][\w$&'’.+-]*){0,4}
            \s+(?:Newsletters?|NEWSLETTERS?))
            [\s:!»›|]*
        )""",
    safety="Needs a sign-up verb and a newsletter word, or delivery to \"your inbox\"; "
    "reported speech vetoes it, so \"The Times newsletter has 2 million subscribers, the company "
    "said\" is kept.",
    examples=(
        removes("Sign up for our newsletter"),
        removes("Click here to subscribe to The Paradigm Newsletter"),
        removes("Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters."),
        removes("Get the day’s top headlines delivered to your inbox every morning by subscribing "
                "to our newsletter."),
        removes("Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email "
                "Newsletters here."),
        removes("Pick Six Newsletter"),
        keeps("The Times newsletter has 2 million subscribers, the company said."),
        keeps("Her inbox filled with threats after the vote, according to her lawyer."),
        keeps("Readers of the newsletter were asked to register their views with the council."),
        keeps("Officials get the newsletter every week, and most of them read it."),
        keeps("They read the newsletter."),
    ),
)

NEWSLETTER_FORM_STATE = PatternRule(
    code="NWS002",
    name="newsletter-form-state",
    category=Category.NEWSLETTER,
    summary="Text left over from sign-up and other forms: confirmations, errors, email fields.",
    message="sign-up form text",
    keywords=("signing up", "subscribing", "error processing", "error with your", "email", "e-mail", "inbox",
              "you're all", "you're set", "you're signed", "you're subscribed", "by clicking",
              "unsubscribe", "try again"),
    max_words=40,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          thanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing)\b.{0,120}
        | (?:there\s+was\s+an\s+)?error\s+(?:processing|with)\s+your\s+
            (?:subscription|sign-?\s*up|request)\b.{0,80}
        | (?:please\s+)?(?:enter|type|provide)\s+(?:your|a\s+valid)\s+e-?mail(?:\s+address)?\b.{0,80}
        | (?:your\s+)?e-?mail\s+address\s*\*?
        | keep\s+an\s+eye\s+on\s+your\s+inbox\b.{0,120}
        | (?:check\s+your\s+inbox|you['’]re\s+(?:all\s+)?(?:set|signed\s+up|subscribed))\b.{0,120}
        | by\s+(?:signing\s+up|subscribing|clicking\s+(?:sign\s+up|subscribe)),?\s+
            you\s+(?:agree|acknowledge|consent)\b.{0,240}
        | you\s+can\s+unsubscribe\s+at\s+any\s+time\b.{0,120}
        | (?:sorry[,!.]?\s+)?(?:an\s+error\s+(?:has\s+)?occurred|something\s+went\s+wrong)
            [,.!]?\s+(?:please\s+)?try\s+again(?:\s+later)?[.!]?
        )""",
    examples=(
        removes("Thanks for signing up!"),
        removes("There was an error processing your subscription."),
        removes("Keep an eye on your inbox for the latest sports news."),
        removes("By signing up, you agree to our Terms of Use and Privacy Policy."),
        removes("Enter your email address"),
        removes("An error has occurred, please try again later."),
        keeps("Thanks for signing up to help, the organisers told volunteers."),
        keeps("Your email address was exposed in the breach if you used the service before 2019."),
    ),
)

ALERTS_AND_APP_PROMO = PatternRule(
    code="NWS003",
    name="alerts-and-app-promo",
    category=Category.NEWSLETTER,
    summary="Pitches for breaking-news alerts, notifications, apps, podcasts and channels.",
    message="alerts or app promotion",
    keywords=starts("click here", "get", "receive", "sign up", "subscribe", "turn on", "enable", "download",
                     "install", "join", "follow"),
    max_words=30,
    # What an app does when something happens to the reader's own affairs is a feature the article
    # lists ("Receive notifications when your permit expires"); a pitch's alerts bring news.
    # Nor are a public body's alerts on one subject, a sub-heading of the story's advice ("Sign up for
    # exposure alerts", "Get flood updates"): a pitch's alerts bring its news, or carry its name.
    unless=rf"""{REPORTED_SPEECH}|\b(?:updates|alerts|notifications)\s+(?:when|whenever|if|once|as\s+soon\s+as)\b
        (?!.*\b(?:news|stor(?:y|ies)|headlines?)\b)
      | ^(?:sign\s+up\s+for|get|receive)\s+(?-i:(?!(?:news|breaking|push|email|e-mail|text|mobile|daily|weekly
          |instant|live|our|the|free|app)\b)[a-z][a-z-]+)\s+(?:alerts|updates|notifications)\s*$""",
    pattern=r"""(?:click\s+here\s+to\s+)?(?:
          (?:get|receive|sign\s+up\s+for|subscribe\s+to|turn\s+on|enable|download|install)\b.{0,100}?
            \b(?:(?:breaking\s+)?(?:news\s+)?(?:updates|alerts|notifications)|app|podcasts?|channel|on\s+the\s+go|
              (?:whatsapp|telegram)(?:\s+channel)?)\b.{0,160}
        | subscribe\s+to\s+.{0,60}?\b(?:on\s+)?youtube\b.{0,160}
        | (?:join|follow)\s+(?:us|our\s+\w+)\s+on\s+(?:whatsapp|telegram)\b.{0,120}
        )""",
    safety="Starts with the pitch's own verb (get, download, turn on); \"Residents can get updates "
    "from the council website\" is kept because it opens with its subject.",
    examples=(
        removes("Get the best stories faster with JNS breaking news updates"),
        removes("CLICK HERE TO GET THE FOX NEWS APP"),
        removes("GET FOX BUSINESS ON THE GO BY CLICKING HERE"),
        removes("Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!"),
        removes("Turn on notifications to get breaking news alerts."),
        keeps("Residents can get updates from the council website, officials said."),
        keeps("Receive push notifications when your parking permit is about to expire",
              before=("The app does three things:", "- Pay parking fines by card"),
              note="a feature of the app the article is about"),
        removes("Get alerts when news breaks, wherever you are"),
        keeps("Get ready: the storm will hit the coast by Friday night, forecasters warned."),
        keeps("Sign up for flood alerts",
              before=("The county sends a text when the river passes its warning mark.",),
              after=("Residents can register their mobile number on the county's website or by calling its "
                     "hotline, and the service is free.",),
              note="a sub-heading of the story's advice: a public body's alerts on one subject"),
        removes("Sign up for breaking news alerts"),
    ),
)

NEVER_MISS = PatternRule(
    code="NWS004",
    name="never-miss-a-story",
    category=Category.NEWSLETTER,
    evidence=Evidence.WEAK,
    summary="'Never miss a thing' and 'Stay informed' headings of sign-up boxes.",
    message="sign-up box heading",
    keywords=starts("never miss", "don't miss", "dont miss", "stay"),
    max_words=10,
    pattern=rf"""(?:
          (?:never|don['’]?t)\s+miss\s+(?:a|an|another)\s+(?:thing|story|update|beat|headline|issue)
        | stay\s+(?:informed|up[\s-]to[\s-]date|in\s+the\s+know|updated|connected|in\s+touch)
        )(?:\s+with\s+[\w\s&'’.-]{{1,40}})?{END}""",
    safety="Weak: an idiom that a subheading could use, so it goes only inside a boilerplate cluster.",
    examples=(
        removes("Never miss a thing"),
        removes("Stay informed"),
        keeps("Never miss a thing", before=("The festival opens on Friday.",),
              after=("Organisers said the programme would run until midnight.",),
              note="a mid-body heading stays"),
    ),
)


NEWSLETTER_FORM = DomRule(
    code="NWS201",
    name="newsletter-form",
    category=Category.NEWSLETTER,
    summary="Newsletter and alert sign-up boxes and forms in the markup.",
    message="newsletter element",
    parts=frozenset({"newsletter", "newsletters", "signup", "optin", "mailchimp", "mc4wp",
                     "emailsignup", "subscribebox"}),
    pairs=(("email", "signup"), ("email", "capture"), ("email", "form"), ("sign", "up"),
           ("subscribe", "form"), ("subscription", "form"), ("opt", "in"), ("email", "alerts")),
    max_words=100,
    safety="At most 100 words, and an article about newsletters is prose in ordinary paragraphs.",
    examples=(
        removes('<div class="Newsletter-stateNotSent"><h4>Pick Six Newsletter</h4><p>Get the day\'s big '
                'stories.</p><input type="email"></div>'),
        removes('<form class="email-signup"><label>Never miss a thing</label><input type="email"></form>'),
        keeps('<p class="lede">The newsletter boom shows no sign of slowing, analysts said.</p>'),
    ),
)

NEWSLETTER_PROMPT = phrase_rule(
    code="NWS005",
    name="newsletter-prompt",
    category=Category.NEWSLETTER,
    concept="newsletter-prompt",
    summary="Newsletter sign-ups in the pack languages: 'Newsletter abonnieren', 'Inscrivez-vous à notre "
    "newsletter'.",
    message="newsletter sign-up",
    follow="anything",
    speech=True,
    aliases=("NWS301", "NWS401", "NWS501", "NWS601", "NWS701", "NWS801"),
)

NEWSLETTER_FORM_FIELD = phrase_rule(
    code="NWS006",
    name="newsletter-form-field",
    category=Category.NEWSLETTER,
    concept="newsletter-form",
    summary="Sign-up form fields and messages in every language: 'First name', 'E-Mail-Adresse'.",
    message="sign-up form field",
    rows=True,
    examples=(
        removes("Email address* Sign up", note="a field, its required mark and the form's button"),
        removes("E-mailadres Inschrijven"),
        keeps("Email address sign up was required for the vote, the council said.",
              note="a sentence that opens with a field's words"),
    ),
)

NEWSLETTER_FINE_PRINT = phrase_rule(
    code="NWS007",
    name="newsletter-fine-print",
    category=Category.NEWSLETTER,
    concept="newsletter-fine-print",
    summary="The consent lines under a sign-up form in every language: 'You can unsubscribe at any "
    "time', 'jederzeit abbestellen'.",
    message="sign-up fine print",
    speech=True,
    max_words=50,
)

APP_PROMPT = phrase_rule(
    code="NWS008",
    name="app-prompt",
    category=Category.NEWSLETTER,
    concept="app-prompt",
    summary="Invitations to get the app or its notifications, in every language: 'Get the app', 'App "
    "Store Google Play'.",
    message="app prompt",
    follow="anything",
    speech=True,
    rows=True,
    safety="Reported speech vetoes it; in a how-to's run of steps under a sub-heading or a colon "
    "(most of them no rule's), the chain keeps a step that names a third party's app.",
    examples=(
        keeps(
            "Activa las notificaciones para recibir los avisos.",
            before=("Así se configura", "Instala Hidroalerta desde la tienda de tu teléfono."),
            after=("Elige los ríos que quieres vigilar.", "Guarda tu código postal en el perfil."),
            note="a step of a how-to about a public warning app, among steps no rule took",
        ),
        removes(
            "Activa las notificaciones de nuestra app para recibir las alertas.",
            before=("Así se configura", "Abre el menú de ajustes.", "Elige los ríos que quieres vigilar."),
            after=("Guarda los cambios al terminar.",),
            note="in the publisher's voice ('our'), a call even among steps",
        ),
    ),
)

# A sign-up on a public body's portal or official site is the story's service advice.
SIGN_UP_ELSEWHERE = whole_words(concept("sign-up-elsewhere").get("places"))

NEWSLETTER_PITCH = signal_rule(
    code="NWS009",
    name="newsletter-pitch",
    category=Category.NEWSLETTER,
    concept="newsletter-pitch",
    summary="Paragraphs selling a newsletter, in every language, by their signals: inbox, cadence, free.",
    message="newsletter pitch",
    max_words=60,
    vetoes=SIGN_UP_ELSEWHERE,
    safety="Needs three distinct signals, the publisher's voice ('we', or an imperative opening the "
    "block) and no reported speech: a review or a news story about the thing describes it. A sign-up "
    "on a public body's portal or official site ('im Bürgerportal', 'sul portale della Regione') is "
    "the story's service advice. A message the story quotes (“Don't miss this!” emails) gives "
    "no signal.",
    examples=(
        keeps('If your inbox is full of "Don\'t miss this!" emails from a shop you used once, you are not '
              "alone.", note="a shop's message the story quotes, in a consumer story's opening"),
    ),
)

NEWSLETTER_MENTION = signal_rule(
    code="NWS019",
    name="newsletter-mention",
    category=Category.NEWSLETTER,
    concept="newsletter-mention",
    summary="The publisher's own newsletter and when it comes, in every language: '… jeden Freitag in "
    "unserem Newsletter'.",
    message="newsletter pitch",
    min_signals=2,
    max_words=35,
    safety="Needs the publisher's own newsletter ('our newsletter', 'unserem Newsletter'), outside any "
    "quotation, and a cadence in a short block with no reported speech: staff quoted on their newsletter "
    "say who they are.",
)


APP_PITCH = signal_rule(
    code="NWS010",
    name="app-pitch",
    category=Category.NEWSLETTER,
    concept="app-pitch",
    summary="Paragraphs selling the publisher's app, in every language, by signals: app, store, alerts.",
    message="app pitch",
    max_words=45,
    safety="Needs the app and two more signals (where to get it, that it is free, what it brings), the "
    "publisher's voice (an imperative, 'you', 'our') and no reported speech: a story about an app "
    "says who said it, and 'the app was downloaded' names no store and no call. A step of a how-to "
    "(in a run of steps under a sub-heading or a colon, most of them no rule's) stays.",
    examples=(
        keeps(
            "Laden Sie die App „Pegelwarner“ im App Store oder bei Google Play herunter.",
            before=("So richten Sie die Warnung ein",),
            after=(
                "Erlauben Sie den Zugriff auf Ihren Standort.",
                "Wählen Sie die Flüsse in Ihrer Nähe aus.",
            ),
            note="the first step of a how-to about a third party's app",
        ),
        keeps(
            "Instale o aplicativo do seu banco apenas pela loja oficial do telefone",
            before=("Os técnicos ouvidos pelo jornal dão três conselhos:",),
            after=(
                "Nunca abra anexos de remetentes que você não conhece bem",
                "Ative a verificação em duas etapas em todas as contas do banco",
            ),
            note="a list of advice under a colon, its items unpunctuated",
        ),
        removes(
            "Laden Sie die App der Talzeitung kostenlos im App Store herunter.",
            before=(
                "Was Sie mitnehmen sollten",
                "Packen Sie warme Kleidung ein.",
                "Nehmen Sie genug Wasser mit.",
            ),
            note="below the last step, the page's call closes the article",
        ),
        removes(
            "Um immer informiert zu sein, laden Sie die App der Talzeitung im App Store oder bei Google "
            "Play herunter.",
            note="the call after a fronted purpose clause is the sentence's main verb",
        ),
        keeps(
            "Since March, download figures for the flood app in the App Store and Google Play have "
            "doubled, and it stays free.",
            note="a clause of time, not of purpose: the word after its comma is a noun",
        ),
        keeps(
            "To protect your phone, download the update from the App Store or Google Play as soon as it "
            "appears.",
            note="advice's purpose clause says nothing the publisher offers",
        ),
    ),
)

_NEWSLETTER_WORD = (
    r"(?:newsletter|nieuwsbrief|infolettre|lettre\s+d['’]information|bolet[ií]n|boletim|notiziario)"
)
_TITLE_ARTICLE = (
    r"(?:the|our|der|die|das|unser|la|le|notre|el|nuestro|il|la\s+nostra|a|o|nossa|a\s+nossa|de|onze)"
)

NEWSLETTER_TITLE = PatternRule(
    code="NWS011",
    name="newsletter-title",
    category=Category.NEWSLETTER,
    summary="A sign-up box's title: the newsletter word and its quoted name: 'Newsletter „Gesund "
    "informiert“'.",
    message="newsletter title",
    keywords=("newsletter", "nieuwsbrief", "infolettre", "lettre d'information", "boletín", "boletin",
              "boletim", "notiziario"),
    max_words=70,
    unless=speech_veto(LANGUAGES),
    # The title alone, or the title heading its box's pitch, a sentence of its own that opens with a
    # capital ("Newsletter « Le Point du jour » Recevez chaque matin …"): no sentence goes on so.
    pattern=rf"""(?:{_TITLE_ARTICLE}\s+)?{_NEWSLETTER_WORD}\s*[:–—-]?\s*[„“"«‚‘»][^„“”"«»]{{1,40}}[“”"»‘’«]
        (?:{END}|\s+(?-i:[A-ZÀ-Þ¿¡])[^\n]{{1,500}})""",
    safety="The newsletter word and a quoted name make the whole line, or head a pitch that opens a "
    "sentence of its own with a capital right after the name: a sentence about a newsletter says something "
    "of it ('… erreicht 40.000 Leser'), and reported speech vetoes it.",
    examples=(
        removes("Newsletter „Gesund informiert“"),
        removes("La newsletter « Numérique Hebdo »"),
        removes("Newsletter « Matin Léman » Tous les jours, les nouvelles du canton en cinq minutes. "
                "Se connecter"),
        removes("Boletín «Al día» ¿Quieres estar al tanto? Recibe cada mañana las noticias del día."),
        keeps("Newsletter « Le Réveil » La rédaction a cessé de l'envoyer en mai, a indiqué la direction."),
        keeps("Newsletter „Gesund informiert“ erreicht 40.000 Leser, sagte die Kasse."),
        keeps("The newsletter \"Morning Brief\" was discontinued in May."),
    ),
)

_NAMED = concept("newsletter-title")
# A newsletter's name unquoted: capitalised words, perhaps joined by "&" or a small word ("Sommeil &
# Énergie", "Meinung am Morgen", "La Matinale").
_NAME_WORD = r"(?-i:[A-ZÀ-Þ][\w'’-]*)"
_UNQUOTED_NAME = rf"{_NAME_WORD}(?:\s+(?:&|(?-i:[a-zà-ÿ]{{1,3}})|{_NAME_WORD})){{0,3}}(?<![a-zà-ÿ]\s[a-zà-ÿ])"

NAMED_NEWSLETTER = PatternRule(
    code="NWS021",
    name="named-newsletter",
    category=Category.NEWSLETTER,
    evidence=Evidence.WEAK,
    summary="A newsletter's unquoted name after its noun or a sign-up call: 'Nieuwsbrief Opinie', 'Sign up "
    "to Opinion Weekly'.",
    message="newsletter's name",
    languages=_NAMED.languages,
    keywords=starts(*(keyword_of(phrase) for key in ("words", "calls") for phrase in _NAMED.get(key))),
    max_words=7,
    pattern=rf"""{START}(?:{alternatives(_NAMED.get("words"))}|{alternatives(_NAMED.get("calls"))})\s+
        (?:the\s+|la\s+|le\s+|el\s+|il\s+|a\s+|o\s+|de\s+|die\s+)?{_UNQUOTED_NAME}{END}""",
    safety="Weak: only around the article or beside strong evidence; the line is the noun or the call and a "
    "name of capitalised words, nothing else ('Sign up for Medicare before the deadline' goes on).",
    examples=_NAMED.examples,
)

_PERMISSION = concept("permission-prompt")
# Who asks: the publisher's name, perhaps after an article ("L'Écho d'Armor", "Die Burggräfler
# Rundschau", "O Ilhéu Digital").
_ASKER = r"(?-i:[A-ZÀ-Þ])[\w'’.&-]*(?:\s+[^\W\d][\w'’.&-]*){0,5}?"

PERMISSION_PROMPT = PatternRule(
    code="NWS022",
    name="permission-prompt",
    category=Category.NEWSLETTER,
    summary="A browser's box asking for a publisher's notifications, in every language: 'X wants to send "
    "you notifications'.",
    message="notification permission box",
    languages=_PERMISSION.languages,
    keywords=tuple(sorted({keyword_of(phrase) for phrase in _PERMISSION.get("phrases")})),
    max_words=30,
    unless=speech_veto(_PERMISSION.languages),
    pattern=rf"""{START}{_ASKER}\s+(?:{alternatives(_PERMISSION.get("phrases"))})[^:;\n]{{0,160}}""",
    safety="The publisher's name opens the box and the request follows it; after it, only the box's own "
    "sentences or buttons, no colon: a how-to quoting the box goes on to explain it ('…: if you clicked "
    "Allow by mistake, …'), and reported speech vetoes it.",
    examples=_PERMISSION.examples,
)

NEWSLETTER_CALL = signal_rule(
    code="NWS012",
    name="newsletter-call",
    category=Category.NEWSLETTER,
    concept="newsletter-pitch",
    summary="Short calls to sign up that name the newsletter or the inbox: 'Jetzt für den Motor-Newsletter "
    "anmelden!'",
    message="newsletter call",
    voice="call",
    min_signals=2,
    needs=("newsletter", "inbox"),
    max_words=35,
    vetoes=SIGN_UP_ELSEWHERE,
    safety="Needs a call to sign up opening one of its sentences or closing the block, two signals, and the "
    "newsletter or the inbox named apart from the call, and no reported speech: 'Sign up every Monday at "
    "the library' names no newsletter; nor a sign-up on a public body's portal.",
    examples=(
        removes("Jetzt für den Motor-Newsletter anmelden!"),
        removes("Gosta de ciência? Subscreva a newsletter Laboratório."),
        removes("Get our news by e-mail", note="the e-mail spelled with its hyphen"),
        keeps("Sign up every Monday at the library, the organisers said."),
        keeps("Sign up for the course by e-mail, the university said."),
        keeps("Sign up for the course every Monday at the library."),
        keeps("Melden Sie sich im Serviceportal an, um den Termin per E-Mail zu erhalten."),
    ),
)

APP_CALL = signal_rule(
    code="NWS090",
    name="app-call",
    category=Category.NEWSLETTER,
    concept="app-pitch",
    summary="Short calls to use the publisher's app: 'Download the Ledger app', 'Volg de koersen realtime in "
    "de app'.",
    message="app call",
    voice="call",
    min_signals=2,
    needs=("platform", "get", "benefit"),
    max_words=35,
    safety="Needs the app, a call opening one of its sentences ('Download', 'Lees', 'Scarica'), one more "
    "signal apart from the call (a store, a platform, alerts, live) and no reported speech: a story about "
    "an app says what it does and who said so, and a how-to ('Scarica l'app IO e paga il bollo') calls "
    "but sells nothing.",
    examples=(
        removes("Listen anywhere with the Riverside Radio app."),
        removes("Follow the count ward by ward in real time in the Courier app."),
        removes("Leggi il giornale anche sull'app: notizie in tempo reale."),
        keeps("The council's app lets residents report potholes on their phone."),
        keeps("Download numbers for the app rose on Android, the company said."),
        keeps("Residents downloaded the flood app on their phones in record numbers."),
        keeps("Leggi le istruzioni nell'app del Comune prima di pagare.",
              note="a how-to: a call and the app, nothing more"),
    ),
)

NEWSLETTER_BOX = box_rule(
    code="NWS101",
    name="newsletter-box",
    source=NEWSLETTER_PITCH,
    summary="The rest of a newsletter box beside its recognised part: its description, its heading.",
    message="part of a newsletter box",
    examples=(
        removes("L'essentiel de la tech, chaque vendredi dans votre boîte mail.",
                after=("Votre adresse e-mail", "Je m'inscris")),
        removes("Die wichtigsten Deals der Woche, kostenlos in Ihrem Postfach.",
                before=("Unser Newsletter",), after=("Ihre E-Mail-Adresse",)),
        removes("Our newsletter", after=("The week's best reads, every Friday in your inbox.",
                                         "Your email address", "Sign up")),
        removes("The Morning Ledger: Start your weekday with the five stories the valley is talking about.",
                before=("The council will vote on the plan next month; residents can comment until then.",),
                after=("Your email address", "Sign up")),
        removes("Der Abend-Report: Die wichtigsten Nachrichten aus der Region, jeden Werktag um 18 Uhr.",
                before=("Der Gemeinderat stimmt im Mai über den Plan ab, wie die Stadt mitteilte.",),
                after=("Ihre E-Mail-Adresse", "Jetzt anmelden")),
        keeps("Precio: gratis con inscripción previa. Apúntate en la web de la junta; solo hay 40 plazas.",
              before=("Dónde: Madrid Río, junto al puente del Rey", "Cuándo: sábado 7 de marzo, a las 11:00"),
              after=("¿Te gustan estos planes? Cada jueves te enviamos los mejores del fin de semana. "
                     "Apúntate a nuestra newsletter.", "Tu email"),
              note="an event's last row under its short rows, however long, above a newsletter box"),
        keeps("So bekommen Sie Warnungen aufs Handy",
              before=("Der Wetterdienst aktualisiert seine Warnungen im Laufe des Tages, teilte er mit.",
                      "Keine Eilmeldung verpassen: Aktivieren Sie die Push-Nachrichten in unserer App."),
              after=("Wer rechtzeitig gewarnt werden will, sollte eine Warn-App installieren, raten die "
                     "Behörden; so richten Sie die App ein:",),
              note="the story's sub-heading under an app's pitch: 'So …' heads its steps"),
        keeps("City Hall Meetings: the council sits every Monday at six, and residents may speak.",
              before=("The council will vote on the plan next month; residents can comment until then.",),
              after=("Your email address", "Sign up"),
              note="a label that names no newsletter: the story's last line"),
        keeps("The Morning Shift: nurses start their day at six, every weekday, the union said.",
              before=("The council will vote on the plan next month; residents can comment until then.",),
              after=("Your email address", "Sign up"), note="reported speech"),
        keeps("The council emails residents a summary of its planning decisions every week.",
              after=("Sign up for our morning newsletter",), note="no publisher's voice"),
        keeps("Our weekly email now reaches 40,000 readers every Friday, the editor said.",
              after=("Sign up for our morning newsletter",), note="reported speech"),
        removes("Cada jueves, lo más relevante de tecnología y sociedad digital, explicado sin jerga.",
                before=("El regulador da seis meses a la empresa para cambiar el aviso, dice la resolución.",
                        "Newsletter ‘Meridiano Digital’"),
                after=("Apúntate", "Lo más visto"),
                note="a sentence between the box's title and its button: two signals, no voice needed"),
        keeps("Every Thursday the council meets in the old town hall on the square.",
              before=("Sign up for our morning newsletter",), after=("Your email address",),
              note="between two of the box's lines, one signal is not enough for a sentence"),
        keeps("The weekly email", after=("Sign up for our morning newsletter",
                                         "The council will publish its next report in May, officials said."),
              before=("Residents get the council's news by email, a survey found.",),
              note="a sub-heading above a box: one signal, but not the publisher's voice"),
    ),
)

_STORES = alternatives(concept("app-stores").get("stores"))
_APP_WORDS = alternatives(concept("app-pitch").get("signals.app"))

APP_STORE_ROW = PatternRule(
    code="NWS013",
    name="app-store-row",
    category=Category.NEWSLETTER,
    summary="A line about an app that ends in its store buttons: '… jetzt die App laden! App Store | Google "
    "Play'.",
    message="app prompt with store buttons",
    languages=LANGUAGES,
    keywords=tuple(sorted({keyword_of(store) for store in concept("app-stores").get("stores")})),
    max_words=50,
    pattern=rf""".{{0,300}}?\b(?:{_APP_WORDS})\b.{{0,200}}?[\s|·•:!.–—-]\s*(?:{_STORES})
        (?:\s*[|·•/]\s*(?:{_STORES})|\s+(?:{_STORES})){{1,3}}{END}""",
    safety="Two store names or more close the line as buttons do, side by side or between bars, after a "
    "mention of the app: a sentence names them with a word between ('on the App Store and Google Play') "
    "and goes on.",
    examples=concept("app-stores").examples,
)

_GET_APP = concept("get-the-app")
# A name after the app ("l'application Stade Direct", "la app de El Marcador").
_APP_NAME = r"(?:\s+(?:(?:of|de|do|da|del|di|du|van|von|der)\s+)?(?-i:[A-ZÀ-Þ][\w.&'’+-]*)){0,3}"

_GET_APP_WORDS = alternatives(_GET_APP.get("app"))

GET_THE_APP = PatternRule(
    code="NWS014",
    name="get-the-app",
    category=Category.NEWSLETTER,
    summary="A call to get the app, with an exclamation, opening its sentence: 'Hol dir die Bote-App!'",
    message="app prompt",
    languages=LANGUAGES,
    keywords=tuple(sorted({keyword_of(word) for word in _GET_APP.get("app")})),
    max_words=40,
    whole=False,
    unless=speech_veto(LANGUAGES),
    pattern=rf"""(?:^|(?<=[.!?:–—])\s+|\s[–—-]\s+)¡?(?P<hit>(?:{alternatives(_GET_APP.get("get"))})
        (?:\s+[\w'’-]+){{0,3}}?\s+(?:[ldLD]['’])?(?:[\w]+-)?(?:{_GET_APP_WORDS}){_APP_NAME}
        (?:\s+(?:laden|herunterladen|runterladen|installieren|holen|downloaden))?\s*!)""",
    safety="The call opens a sentence, the app is its object within four words, perhaps with a name, and an "
    "exclamation closes it, as a promotion does: a how-to ('Download the app, then register …') goes on "
    "without one, and reported speech vetoes it.",
    examples=_GET_APP.examples,
)

_BLURB = concept("newsletter-blurb")
_NAME_WORD = r"(?-i:[A-ZÀ-Þ][\w.&'’+-]*)"
_CADENCE = alternatives(_BLURB.get("cadence"))
_INBOX = alternatives(_BLURB.get("inbox"))
_BEST = alternatives(_BLURB.get("best"))
_EXPLAINED = alternatives(_BLURB.get("explained"))
# A participle that describes the newsletter ("explained by our editors", "verständlich erklärt."), not a
# verb of speech with its speaker after it ("explained the coach").
_DESCRIBED = rf"""(?:{_EXPLAINED})(?:(?=\s*(?:[.!…:–—-]|$))|\s+(?=(?:by|von|durch|par|por|da|dal|dalla|dalle|
    pela|pelo|door|in|en|em|im|and|und|et|y|e)\b))"""
_BLURB_SPEECH = whole_words(
    word for word in concept("reported-speech").get("words") if word.lower() not in
    {phrase.lower() for phrase in _BLURB.get("explained")}
)
# A newsletter's name in quotation marks, small words and all: «Le point éco».
_QUOTED_NAME = r"""[«"“„]\s?[^«»"“”„\n]{1,40}?\s?[»"”“]"""
_BLURB_KEYWORDS = {keyword_of(phrase) for key in ("explained", "inbox", "own") for phrase in _BLURB.get(key)}

NEWSLETTER_BLURB = PatternRule(
    code="NWS015",
    name="newsletter-blurb",
    category=Category.NEWSLETTER,
    summary="A newsletter's description without a verb, in every language: 'Every Friday in your inbox'.",
    message="newsletter description",
    languages=_BLURB.languages,
    keywords=tuple(sorted(_BLURB_KEYWORDS | {
        "newsletter", "nieuwsbrief", "infolettre", "lettre d'information", "boletín", "boletin", "boletim",
        "notiziario"})),
    max_words=30,
    unless=_BLURB_SPEECH,
    pattern=rf"""(?:
          {START}[^:.!?]{{1,40}}?\s*[:–—]\s+(?:{alternatives(_BLURB.get("own"))})(?![\w-]).{{0,300}}
        | {START}(?:{_TITLE_ARTICLE}\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}\s+{_NEWSLETTER_WORD}
            \s*[:–—]\s+.{{1,300}}
        | {START}{_NEWSLETTER_WORD}\s+(?:{_QUOTED_NAME}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})
            \s*[:–—•|]\s+.{{0,200}}?(?<!\w)(?:{_CADENCE}|{_INBOX})(?!\w).{{0,200}}
        | {START}(?:[^:.!?]{{1,40}}?:\s+)?(?:{_CADENCE})\b(?:
              .{{0,200}}?(?<!\w)(?:{_INBOX})(?!\w).{{0,200}}
            | .{{0,120}}?(?<!\w)(?:{_BEST})(?!\w).{{0,160}}?(?<!\w){_DESCRIBED}.{{0,160}})
        | [^.!?]{{0,160}}?(?<!\w){_DESCRIBED}[^.!?]{{0,100}}?(?<!\w)(?:{_CADENCE}){END}
        )""",
    safety="A name and a colon, then 'our newsletter' or the name's newsletter word; or the newsletter word, "
    "its name, a mark and then its cadence or the inbox; or the cadence opens "
    "the line (perhaps after a name and a colon) and the inbox follows, or the best of something and a "
    "participle that describes it ('explained by our editors', not 'explained the coach'); or the line "
    "closes on the cadence after such a participle. 'Every week the biggest lorries are weighed' explains "
    "nothing, and reported speech vetoes it.",
    examples=(
        removes("Nieuwsbrief Beurspiloot: elke vrijdag de beste beleggingsideeën van de week. Gratis.",
                note="the newsletter's word before its name"),
        removes("Newsletter «Le point du matin» — Chaque matin à 7h, l'essentiel de l'actualité.",
                note="a name in quotation marks, small words and all"),
        keeps("Briefwerk: Der Newsletter-Boom hat seinen Preis – 2 Millionen Euro Bußgeld", opens=True,
              after=("Die Plattform hat ihre Abonnentenzahl verdoppelt, doch die Aufsicht griff ein.",),
              note="a headline: its 'Der Newsletter' opens a compound, not the newsletter's description"),
        keeps("Newsletter Wars: how the inbox became the new battleground for publishers.", opens=True,
              after=("Publishers have launched more than 300 newsletters this year, the study found.",),
              note="a headline, with no cadence"),
        *_BLURB.examples,
    ),
)

_RESULTS = concept("app-results")

APP_RESULTS = PatternRule(
    code="NWS016",
    name="app-results",
    category=Category.NEWSLETTER,
    summary="A line that sends the reader to all the results or the news in the publisher's app: 'Al het "
    "nieuws in de Courant-app'.",
    message="app prompt",
    languages=_RESULTS.languages,
    keywords=starts(*sorted({keyword_of(phrase) for phrase in _RESULTS.get("openers")})),
    max_words=25,
    unless=speech_veto(_RESULTS.languages),
    pattern=rf"""{START}(?:{alternatives(_RESULTS.get("openers"))})\b.{{0,160}}?(?<![\w-])(?:[\w]+-)?
        (?:{alternatives(_RESULTS.get("app"))})(?:\s+{_NAME_WORD}){{0,3}}
        (?:\s+(?:de|do|da|del|di|du|van|von|der|of)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?{END}""",
    safety="All the results or all the news open the line and the app, perhaps with its name, closes it: a "
    "how-to ('Open the results in the NHS App') opens with its verb, and a sentence that goes on after the "
    "app is kept.",
    examples=_RESULTS.examples,
)

_OUR_APP = concept("our-app")
_PLATFORMS = alternatives(concept("app-pitch").get("signals.platform"))

OUR_APP = PatternRule(
    code="NWS017",
    name="our-app",
    category=Category.NEWSLETTER,
    summary="The publisher naming its own app and where it runs: 'Our app for iPhone and Android', 'Onze app "
    "voor iOS en Android'.",
    message="app prompt",
    languages=_OUR_APP.languages,
    keywords=starts(*sorted({keyword_of(phrase) for phrase in _OUR_APP.get("ours")})),
    max_words=20,
    unless=speech_veto(_OUR_APP.languages),
    # "Our app", perhaps with a word before the app ("Unsere Nachrichten-App", "onze gratis nieuwsapp"),
    # then the platform in the same clause, before any full stop.
    pattern=rf"""{START}(?:{alternatives(_OUR_APP.get("ours"))})\s+(?:[\w'’]+\s+)?(?:[\w]+-)?
        (?:{_APP_WORDS})\b[^.!?]{{0,60}}?\b(?:{_PLATFORMS})\b
        (?:\s+(?:and|und|et|y|e|en|or|oder|ou|o|of)\s+(?:{_PLATFORMS})\b)?(?:\s*[:–—|,-]\s*.{{0,120}}|{END})""",
    safety="The block opens with the publisher's own app ('Our app', 'Unsere App', 'Notre application'), "
    "names a platform or a store (or two) and ends there or after a colon or a dash, as a title does: "
    "'Our app for iPhone and Android was downloaded …' goes on with its verb, and reported speech vetoes it.",
    examples=_OUR_APP.examples,
)

_INFORMED = concept("app-informed")
_INFORMED_LANGUAGES = _INFORMED.languages

APP_INFORMED = PatternRule(
    code="NWS018",
    name="app-informed",
    category=Category.NEWSLETTER,
    summary="The publisher's app and its promise, as a slogan: 'Mit der App immer bestens informiert'.",
    message="app slogan",
    languages=_INFORMED_LANGUAGES,
    # Every match holds the promise.
    keywords=tuple(sorted({keyword_of(phrase) for phrase in _INFORMED.get("informed")})),
    max_words=20,
    unless=speech_veto(_INFORMED_LANGUAGES),
    pattern=rf"""{START}(?:{alternatives(_INFORMED.get("leads"))})\s+(?:[\w-]+\s+){{0,2}}?(?:\w+-)?
        (?:{_APP_WORDS})\b(?:\s+(?:{alternatives(_INFORMED.get("of"))})(?:\s+{_NAME_WORD}){{1,3}})?[,:]?
        \s+(?:{alternatives(_INFORMED.get("informed"))})\b
        (?:\s*[.!]|\s*[–—:-]\s+[^.!?]{{1,80}}[.!]?)?{END}""",
    safety="The whole line: 'with' and the app (a word or two before it, perhaps whose it is), then the "
    "promise to keep the reader informed, perhaps a short call after a dash; a sentence goes on with a "
    "verb, and reported speech vetoes it.",
    examples=_INFORMED.examples,
)

STAY_INFORMED_QUESTION = phrase_rule(
    code="NWS050",
    name="stay-informed-question",
    category=Category.NEWSLETTER,
    concept="stay-informed-question",
    summary="A question offering to keep readers informed, perhaps with its call: 'Would you like to receive "
    "notifications?'.",
    message="question offering updates",
    follow="anything",
    max_words=30,
    speech=True,
    safety="The block opens with the question of being informed, notified or kept up to date, and runs 30 "
    "words or fewer; a guide's question answered by reported speech ('…, the council said') is vetoed.",
)

# A call to turn on the publisher's notifications ("Aktivieren Sie Push-Benachrichtigungen für diesen
# Ticker"), perhaps after a lead-in ("Ne manquez rien :"): the call, a few words, the notifications.
_NOTIFY = concept("notification-prompt")
_NOTIFY_NOUNS = alternatives(_NOTIFY.get("nouns"))

NOTIFICATION_PROMPT = NeedsRule(
    code="NWS020",
    name="notification-prompt",
    category=Category.NEWSLETTER,
    summary="A call to turn on the publisher's notifications, in every language: 'Activez les notifications "
    "pour ce direct'.",
    message="notification prompt",
    languages=_NOTIFY.languages,
    keywords=tuple(sorted({keyword_of(noun) for noun in _NOTIFY.get("nouns")})),
    max_words=30,
    unless=speech_veto(_NOTIFY.languages),
    pattern=rf"""{START}(?:[^.!?:\n]{{1,60}}[:!?]\s+)?(?:{alternatives(_NOTIFY.get("calls"))})\s+
        (?:[\w'’-]+\s+){{0,4}}?(?:{_NOTIFY_NOUNS})(?!\w)[^\n]{{0,200}}""",
    needs=f"{whole_words(_NOTIFY.get('ours'))}|{whole_words(_NOTIFY.get('benefit'))}",
    safety="The call opens the block or follows a short lead-in, the notifications come within four words, "
    "and the block says whose they are ('for this live blog', 'our') or what they bring ('in real time'); "
    "advice to turn on another body's alerts says who gives it, and reported speech vetoes it.",
    examples=_NOTIFY.examples,
)

# A question offering the publisher's notifications, as a browser's permission box or a site's own asks
# ("¿Desea recibir alertas de lluvia en este navegador?", "Benachrichtigungen aktivieren? Wir informieren
# Sie sofort …"): the question, an infinitive of receiving next to the notifications, and where they
# arrive or who sends them. A how-to's question turns them off ("¿Quieres desactivar las notificaciones?").
_ASKED = concept("notification-question")
_ASKED_NOUNS = alternatives((*_NOTIFY.get("nouns"), *_ASKED.get("nouns")))
_WORDS = r"(?:[\w'’-]+\s+)"


def _asked(key: str) -> str:
    """The notifications asked for with an infinitive on the ``key`` side, after the question's opening
    or opening it, or a pattern that never matches."""
    verbs = _ASKED.get(key)
    if not verbs:
        return r"(?!)"
    asks = rf"(?:{alternatives(_ASKED.get('asks'))})\s+"
    if key == "before":  # "Would you like to receive …", "Activer les notifications ?"
        return rf"(?:{asks}(?:to\s+)?)?(?:{alternatives(verbs)})\s+{_WORDS}{{0,4}}?(?:{_ASKED_NOUNS})(?!\w)"
    # "Möchten Sie Eilmeldungen in diesem Browser erhalten?", "Meldingen aanzetten?"
    return rf"""(?:{asks})?{_WORDS}{{0,4}}?(?:{_ASKED_NOUNS})
        (?:\s+[\w'’-]+){{0,3}}?\s+(?:{alternatives(verbs)})(?!\w)"""


NOTIFICATION_QUESTION = NeedsRule(
    code="NWS051",
    name="notification-question",
    category=Category.NEWSLETTER,
    summary="A question offering the publisher's notifications, in every language: '¿Desea recibir alertas "
    "en este navegador?'.",
    message="notification question",
    languages=_ASKED.languages,
    keywords=tuple(sorted({keyword_of(noun) for noun in (*_NOTIFY.get("nouns"), *_ASKED.get("nouns"))})),
    max_words=35,
    unless=f"{speech_veto(_ASKED.languages)}|{whole_words(_ASKED.get('offs'))}",
    pattern=rf"""{START}¿?\s*(?:{_asked("before")}|{_asked("after")})[^?\n]{{0,120}}\?[^\n]{{0,250}}""",
    needs=f"{whole_words(_ASKED.get('where'))}|{whole_words(_NOTIFY.get('ours'))}|"
    f"{whole_words(_NOTIFY.get('benefit'))}",
    safety="The block opens with a question to the reader, an infinitive of receiving or turning on next to "
    "the notifications, and says where they arrive ('in this browser'), whose they are ('our') or what "
    "they bring ('instantly'); a how-to's question turns them off or asks for fewer, advice on another "
    "body's alerts says none of it, and reported speech vetoes it.",
    examples=_ASKED.examples,
)

PRICE_ALERT = phrase_rule(
    code="NWS023",
    name="price-alert",
    category=Category.NEWSLETTER,
    concept="price-alert",
    evidence=Evidence.WEAK,
    summary="A price alert's sign-up, in every language: 'Set a price alert', 'Wir benachrichtigen Sie, "
    "sobald …'.",
    message="price alert sign-up",
    follow="anything",
    speech=True,
    max_words=30,
    safety="Weak, so only around the article or beside strong evidence: a guide's sub-heading that names "
    "the button stays. A button alone on its line, or a block of at most thirty words that opens with "
    "the promise to write when a price drops; a quoted promise ('„Wir informieren Sie, sobald …“, "
    "schrieb …') is news.",
)

RULES = (
    NEWSLETTER_SIGNUP,
    NEWSLETTER_FORM_STATE,
    ALERTS_AND_APP_PROMO,
    NEVER_MISS,
    NEWSLETTER_FORM,
    NEWSLETTER_PROMPT,
    NEWSLETTER_FORM_FIELD,
    NEWSLETTER_FINE_PRINT,
    APP_PROMPT,
    NEWSLETTER_PITCH,
    APP_PITCH,
    NEWSLETTER_BOX,
    APP_CALL,
    NEWSLETTER_TITLE,
    NAMED_NEWSLETTER,
    NEWSLETTER_CALL,
    APP_STORE_ROW,
    GET_THE_APP,
    NEWSLETTER_BLURB,
    APP_RESULTS,
    OUR_APP,
    APP_INFORMED,
    STAY_INFORMED_QUESTION,
    NEWSLETTER_MENTION,
    NOTIFICATION_PROMPT,
    PERMISSION_PROMPT,
    NOTIFICATION_QUESTION,
    PRICE_ALERT,
)
