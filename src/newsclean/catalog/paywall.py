"""Paywall and metering prompts: counters, sign-in walls, subscriber-only notices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dom import DomRule, Marks
from ..rules import Category, Evidence, Mark, PatternRule, keeps, removes
from ._boxes import box_lines_rule
from ._patterns import (
    COUNT,
    END,
    MONEY_WORDS,
    REPORTED_SPEECH,
    START,
    TITLE_WORD,
    NeedsRule,
    one_word_each,
    short_at_word_end,
    starts,
)
from ._phrases import phrase_rule
from ._signals import box_rule, signal_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, whole_words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_YOU_HAVE = r"""you(?:\s+have|'ve|’ve)\s+"""

METERED_ARTICLE_COUNTER = PatternRule(
    code="PAY001",
    name="metered-article-counter",
    category=Category.PAYWALL,
    marks=frozenset({Mark.OVERLAY}),  # a meter's counter pops up wherever the reader is
    summary="Metered-paywall counters: how many free articles the reader has used or has left.",
    message="metered paywall counter",
    keywords=(*starts("you have", "you've", "thank you", "this is your", "your last", "your final"),
              "article left", "articles left", "article remaining", "articles remaining", "story left",
              "stories left", "story remaining", "stories remaining"),
    max_words=40,
    pattern=rf"""(?:thank\s+you[.!]?\s+)?(?:
          {_YOU_HAVE}(?:now\s+)?(?:read|used|viewed|enjoyed|opened)\s+{COUNT}\s+
            (?:of\s+(?:your\s+)?{COUNT}\s+)?(?:free\s+|complimentary\s+)?(?:articles?|stories|story|pieces|pages)
        | you\s+have\s+{COUNT}\s+(?:more\s+)?(?:free\s+)?(?:articles?|stories|story)\s+(?:left|remaining)
        | (?:this\s+is\s+)?your\s+(?:last|final)\s+free\s+(?:article|story)
        | {_YOU_HAVE}reached\s+(?:your|the)\s+(?:limit|maximum)\s+of\s+free\s+(?:articles|stories)
        | {_YOU_HAVE}reached\s+(?:your|the)\s+(?:free\s+)?(?:article|story|monthly|weekly)\s+limit
        | \d{{1,3}}\s+(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)(?:\s+this\s+month)?
        )\b.{{0,240}}""",
    safety="Matches only a block that opens with the counter, addressed to the reader "
    "(\"you have read\"), so reports about metering are kept.",
    examples=(
        removes("You have read 3 articles this month."),
        removes("You have read more than 10 articles this month."),
        removes("You’ve read 2 of 5 free articles this month. Subscribe for unlimited access."),
        removes("You have 1 free article remaining."),
        removes("This is your last free article."),
        removes("You've reached your limit of free articles."),
        keeps("Readers who have read 3 articles this month now see a registration prompt, the "
              "company said."),
        keeps("You have read the report, so you know the risks are real."),
        keeps("Have you read the full report yet? Officials hope so."),
    ),
)

CONTINUE_READING_WALL = PatternRule(
    code="PAY002",
    name="sign-in-to-continue-wall",
    category=Category.PAYWALL,
    summary="Prompts to register, subscribe or sign in to continue reading or get full access.",
    message="sign-in or subscribe wall",
    # Every match names what the wall withholds, so those goals are the keywords.
    keywords=("continue reading", "keep reading", "start reading", "full access", "unlimited access",
              "unlimited digital access", "read the full", "read the rest", "read the whole",
              "read the entire", "read this article", "read this story", "read more article",
              "read more stor", "access this", "access to this", "access all", "access to all",
              "access the full", "access to the full", "access every", "access to every", "unlock",
              "with a subscription", "for subscribers", "subscriber-only", "subscriberonly",
              "subscriber only", "member-only", "memberonly", "member only", "premium content",
              "premium article", "premium access", "post comments"),
    max_words=45,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          (?:please\s+)?
          (?:register|subscribe|sign[\s-]?(?:in|up)|log[\s-]?in|join|create\s+an?\s+(?:free\s+)?account|
             become\s+a\s+(?:subscriber|member)|start\s+your\s+(?:free\s+)?(?:trial|subscription)|unlock|
             get|gain|enjoy|continue\s+reading|keep\s+reading|read\s+the\s+full)
          \b[^.!?]{0,80}?
          \b(?:continue\s+reading|keep\s+reading|full\s+access|unlimited\s+(?:digital\s+)?access|
             read\s+the\s+(?:full|rest|whole|entire)|read\s+(?:this|more)\s+(?:article|story)|
             access\s+(?:to\s+)?(?:this|all|the\s+full|every)|unlock|with\s+a\s+subscription|
             for\s+subscribers|(?:subscriber|member)[\s-]?only|premium\s+(?:content|article|access)|
             post\s+comments)
        | to\s+(?:continue|keep|start)\s+reading(?:\s+this\s+(?:article|story))?,?\s+(?:please\s+)?
          (?:register|subscribe|sign[\s-]?(?:in|up)|log[\s-]?in|create|become|join)\b
        ).{0,200}""",
    safety="Needs both a wall verb (register, subscribe, sign in) and a reading goal "
    "(continue reading, full access) in a short block; reported speech vetoes it.",
    examples=(
        removes("Register to receive full access to JNS."),
        removes("Please register for full access to continue reading and post comments."),
        removes("Subscribe to continue reading."),
        removes("Sign in to keep reading this article."),
        removes("To continue reading, please log in or create a free account."),
        removes("Create a free account to read the full story."),
        removes("Continue reading with a subscription."),
        keeps("Register to vote by Friday, election officials urged residents."),
        keeps("Voters must register by Friday to receive a ballot in the mail."),
        keeps("Subscribers can continue reading on the app, the company said."),
        keeps("Sign in sheets at the shelter showed 40 people stayed on Monday night."),
    ),
)

ALREADY_A_SUBSCRIBER = PatternRule(
    code="PAY003",
    name="already-a-subscriber",
    category=Category.PAYWALL,
    summary="'Already a subscriber? Sign in' and its relatives.",
    message="existing-subscriber sign-in prompt",
    keywords=starts("already"),
    max_words=20,
    pattern=rf"""already\s+(?:a\s+(?:subscriber|member|customer|registered\s+user)|an?\s+\w+\s+(?:subscriber|member)|
        have\s+an\s+account|registered|subscribed)\s*\?{END}(?:\s*(?:sign|log)\s*-?\s*in\b.{{0,120}})?""",
    safety="The question mark is required: \"Already a subscriber to the service, she …\" is body.",
    examples=(
        removes("Already a subscriber?"),
        removes("Already a subscriber? Sign in"),
        removes("Already have an account? Log in here."),
        keeps("Already a subscriber to the streaming service, she said she would cancel."),
    ),
)

SUBSCRIBER_ONLY_NOTICE = PatternRule(
    code="PAY004",
    name="subscriber-only-notice",
    category=Category.PAYWALL,
    summary="Notices that an article or section is reserved for subscribers or members.",
    message="subscriber-only notice",
    keywords=starts("this ", "premium", "subscriber", "member", "exclusive", "only ", "available", "for "),
    max_words=30,
    unless=REPORTED_SPEECH,
    pattern=rf"""(?:this\s+(?:article|story|content|post|page|feature|piece)\s+is\s+
            (?:only\s+|exclusively\s+)?(?:available|reserved|for|exclusive)\s+(?:only\s+|exclusively\s+)?(?:to|for)?\s*
            (?:our\s+|paying\s+|premium\s+|digital\s+)*(?:subscribers?|members?)
        | (?:premium|subscriber|member)s?[\s-]?(?:only|exclusive)\s*(?:content|article|story)?
        | exclusive\s+(?:to|for)\s+(?:our\s+)?(?:subscribers|members)
        | premium(?:\s+(?:content|article|story))?
        | (?:only\s+)?(?:available\s+)?for\s+(?:paying\s+)?(?:subscribers|members)\s+only
        )(?:\s+only)?(?:[.!:]?\s*(?:subscribe|sign\s*in|log\s*in|register|become|join|already|upgrade)\b.{{0,160}}|{END})""",
    examples=(
        removes("This article is for subscribers only."),
        removes("This content is reserved for our subscribers."),
        removes("This story is available exclusively to subscribers."),
        removes("Subscriber-only content"),
        removes("Premium"),
        keeps("The article, which was for subscribers only, was later made free, the paper said."),
        keeps("Premium bonds paid out £100 million last month."),
        keeps("Subscriber-only content now makes up about a third of what the paper publishes."),
    ),
)

PAYWALL_THANK_YOU = PatternRule(
    code="PAY005",
    name="loyal-reader-thank-you",
    category=Category.PAYWALL,
    summary="Thank-yous for reading or subscribing that come with metering ('You are a loyal JNS Reader').",
    message="reader loyalty thank-you",
    keywords=starts("thank", "you are a"),
    max_words=25,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:thank\s+you[.!,]?\s+)?(?:
          you\s+are\s+a\s+(?:loyal|valued|regular)\s+.{0,40}?\s*(?:reader|subscriber|member)
        | (?:thank\s+you|thanks)\s+for\s+(?:being\s+a\s+(?:loyal\s+|valued\s+)?(?:reader|subscriber|member)|
            (?:reading|subscribing|your\s+(?:subscription|support|loyalty))(?:\s+[\w.’'&-]+){0,4})
        )[\s.!]*""",
    examples=(
        removes("Thank you. You are a loyal JNS Reader."),
        removes("Thank you for being a subscriber."),
        removes("Thanks for reading The Morning Brief!"),
        keeps("Thank you for your service, the president told the veterans."),
        keeps("You are a loyal friend, she wrote in the letter."),
    ),
)

SUBSCRIPTION_OFFER = PatternRule(
    code="PAY006",
    name="subscription-offer",
    category=Category.PAYWALL,
    summary="Subscription sales pitches: 'Subscribe now', trials, introductory prices.",
    message="subscription offer",
    keywords=starts("subscribe", "subscription", "sign up", "join", "start", "try", "get", "claim"),
    max_words=35,
    unless=REPORTED_SPEECH,
    pattern=rf"""(?:
          (?:subscribe|subscription)(?:\s+(?:now|today|here))?{END}
        | (?:subscribe|sign\s+up|join)\s+(?:now|today)\s+(?:for|from|and|to)\b.{{0,160}}
        | (?:subscribe|sign\s+up)\s+(?:for|from)\s+(?:just|only|as\s+little\s+as)?\s*[$£€]\s*\d.{{0,160}}
        | (?:start|try|get|claim)\s+(?:your\s+|a\s+)?(?:free\s+)?(?:\d+[-\s](?:day|week|month)\s+)?
            (?:free\s+)?trial\b.{{0,160}}
        | (?:get|try)\s+(?:\d+\s+(?:months?|weeks?)\s+)?(?:unlimited\s+)?(?:digital\s+)?access\s+for\s+
            (?:just\s+|only\s+)?[$£€]?\s*\d.{{0,160}}
        | get\s+access\s+to\s+.{{0,80}}?\bsubscriptions?\b.{{0,160}}
        | try\s+(?:\d+|one|a|your\s+first)\s+(?:months?|weeks?)\s+(?:for|free)\b.{{0,160}}
        )""",
    examples=(
        removes("Subscribe now"),
        removes("Subscribe"),
        removes("Subscribe today for just $1 a week."),
        removes("Start your free trial"),
        removes("Try 1 month for $1."),
        removes("Get access to India's fastest growing financial subscriptions service Moneycontrol "
                "Pro for as little as Rs 599 for first year."),
        keeps("Subscriptions rose 4% in the quarter, the company said."),
        keeps("Subscribers fell to 2 million as prices rose."),
        keeps("Start the trial on Monday, the judge ordered."),
    ),
)

SIGN_IN_LABEL = PatternRule(
    code="PAY007",
    name="sign-in-label",
    category=Category.PAYWALL,
    evidence=Evidence.WEAK,
    summary="Lone 'Sign in', 'Log in' or 'Register' labels left from site headers.",
    message="sign-in label",
    keywords=starts("sign", "log", "register", "my account"),
    max_words=6,
    pattern=rf"""(?:sign[\s-]?in|log[\s-]?in|register|sign[\s-]?up|my\s+account|log[\s-]?out|sign[\s-]?out)
        (?:\s*(?:/|or|\|)\s*(?:register|sign[\s-]?up|sign[\s-]?in|log[\s-]?in))?{END}""",
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Sign in"),
        removes("Log in / Register"),
        keeps("Register", before=("Lawmakers will vote on the bill next week.",),
              after=("The register of lobbyists lists 400 names, officials said.",),
              note="a lone label in the middle of the body stays"),
    ),
)


PAYWALL_CONTAINER = DomRule(
    code="PAY201",
    name="paywall-container",
    category=Category.PAYWALL,
    summary="Paywall, registration-wall and metering boxes in the markup.",
    message="paywall element",
    parts=frozenset({"paywall", "regwall", "meter", "metering", "gate", "paygate", "piano"}),
    pairs=(("subscriber", "wall"), ("subscription", "wall"), ("registration", "wall"), ("login", "wall"),
           ("subscribe", "prompt"), ("subscription", "prompt"), ("premium", "prompt"),
           ("subscription", "offer"), ("article", "limit")),
    max_words=120,
    safety="At most 120 words: sites that wrap the whole story in a 'metered' section keep their story.",
    examples=(
        removes('<div class="paywall-prompt"><p>You have read 3 of 5 free articles.</p>'
                '<a href="/subscribe">Subscribe</a></div>'),
        removes('<section id="regwall"><h3>Register to keep reading</h3></section>'),
        keeps('<section class="meteredContent"><p>' + "The council approved the budget after a long "
              "debate about school funding, road repairs and the library. " * 12 + "</p></section>",
              note="a metered article body is far longer than any paywall box"),
    ),
)

@dataclass(frozen=True, kw_only=True, repr=False)
class AccountForm(DomRule):
    """A form that asks for a password: signing in or registering, whatever its class says."""

    looks_at = frozenset({"form"})

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        if marks.tag != "form":
            return None
        for field in element.iter("input"):
            if (field.get("type") or "").strip().lower() == "password":
                return "a form with a password field"
        return None


ACCOUNT_FORM = AccountForm(
    code="PAY202",
    name="account-form",
    category=Category.PAYWALL,
    summary="Sign-in and registration forms: a form with a password field, its labels, options and terms.",
    message="sign-in or registration form",
    max_words=1500,
    safety="Only a <form> with a password field, and like every DOM rule it spares an element that "
    "holds article prose: a page wrapped whole in one form (ASP.NET) keeps its article.",
    examples=(
        removes('<form action="/register"><label>Email Address</label><input type="email">'
                '<label>Password</label><input type="password"><label>Position</label>'
                "<select><option>Lawyer</option><option>Accountant</option></select>"
                '<input type="submit" value="Register"></form>'),
        removes('<form class="login"><p>Sign in to comment</p><input name="user">'
                '<input type="PASSWORD"></form>'),
        keeps('<form action="/search"><label>Search the archive</label><input type="text"></form>',
              note="no password field: a search form is another rule's business"),
        keeps('<form id="aspnetForm"><input type="password" name="p"><div class="story">'
              + "<p>The council approved the budget after a long debate about school funding, road "
              "repairs and the library, officials said on Tuesday.</p>" * 4 + "</div></form>",
              note="a page wrapped whole in a form keeps its article"),
    ),
)

PAYWALL_PROMPT = phrase_rule(
    code="PAY008",
    name="paywall-prompt",
    category=Category.PAYWALL,
    concept="paywall-prompt",
    summary="Paywall prompts in the pack languages: 'Jetzt weiterlesen mit …', 'La suite est réservée aux "
    "abonnés'.",
    message="paywall prompt",
    follow="anything",
    speech=True,
    aliases=("PAY301", "PAY401", "PAY501", "PAY601", "PAY701", "PAY801"),
    examples=(
        keeps("Já é assinante? A pergunta, que aparece no topo de centenas de sites, virou tema de debate.",
              note="the next sentence names the prompt as a thing: a story about it"),
        removes("Déjà abonné ? Connectez-vous. Ce message ne s'affichera plus.",
                note="a notice speaking of itself"),
        keeps("4. Cancele quando quiser, pelo próprio site.",
              before=("A redação precisa de 4.000 apoiadores mensais até junho para manter a equipe, disse a "
                      "diretora.", "Como apoiar", "1. Acesse a página de apoio no site.",
                      "2. Escolha um valor mensal a partir de R$ 10.", "3. Pague por Pix, cartão ou boleto."),
              after=("Em 2025, a receita com apoiadores cobriu metade dos custos da redação, segundo o "
                     "balanço.",),
              note="the last of steps numbered 1, 2, 3 … under their sub-heading"),
    ),
)

SUBSCRIPTION_PITCH = signal_rule(
    code="PAY009",
    name="subscription-pitch",
    category=Category.PAYWALL,
    concept="subscription-pitch",
    summary="Paragraphs selling a subscription, in every language, by their signals: access, price, offer.",
    message="subscription pitch",
    max_words=60,
    safety="Needs three distinct signals, the publisher's voice ('we', or an imperative opening the "
    "block) and no reported speech: a review or a news story about the thing describes it.",
)

SUBSCRIPTION_CALL = signal_rule(
    code="PAY010",
    name="subscription-call",
    category=Category.PAYWALL,
    concept="subscription-pitch",
    summary="Short calls to subscribe with what the subscription brings: 'Word abonnee voor onbeperkt "
    "toegang.'",
    message="subscription call",
    voice="call",
    min_signals=2,
    needs=("access", "offer", "terms"),
    max_words=40,
    safety="Needs a call to subscribe opening one of its sentences or closing the block ('Subscribe to', "
    "'Abonnez-vous', 'Word abonnee'), what the subscription brings (access, an offer; a price alone is a "
    "membership's too, an edition a newsletter's) and no reported speech: a story about a paper's prices "
    "reports them, and calls no one.",
    examples=(
        removes("Want every ward's results? Subscribe to Ballot Pro for the full data."),
        keeps("Sign up as a supporting member. At $40 a year, that's just $3.33 a month!",
              note="a price alone: a newsletter's or a club's membership"),
        removes("Je leest gratis 3 van de 5 artikelen deze maand. Word abonnee voor onbeperkt toegang."),
        removes("Il giornalismo di qualità ha un valore. Abbonati al Corriere per l'accesso illimitato."),
        keeps("Subscribe to the council's alerts, the mayor urged, and they cost nothing a month."),
        keeps("The paper now charges $1 a week for unlimited access, and subscribers rose 4%."),
        keeps("Subscribers get unlimited access to the archive for $4 a month, the company said."),
    ),
)

SUBSCRIPTION_BOX = box_rule(
    code="PAY101",
    name="subscription-box",
    source=SUBSCRIPTION_PITCH,
    summary="The rest of a subscription offer beside its recognised part: its price line, its heading.",
    message="part of a subscription offer",
    examples=(
        removes("Then 9.99 a month. Cancel anytime.", before=(
            "The cabinet will meet again on Sunday, officials said.",
            "Subscribe to keep reading: get unlimited digital access for 1 dollar a week.",),
            note="after the article, one signal is enough"),
        removes("Special offer: 1 dollar a week.", before=(
            "Subscribe to keep reading: get unlimited digital access for 1 dollar a week.",)),
        removes("Every story on our site, the digital edition and the archive since 1921", before=(
            "Keep reading with Ledger Plus",), after=(
            "First month for 1 dollar, then 12 dollars a month. Cancel anytime.",
            "The cabinet will meet again on Sunday, officials said.",),
            note="between two parts of the offer, one signal and the publisher's voice are enough"),
        keeps("Streaming service raises prices and loses subscribers", before=(
            "Keep reading with Ledger Plus",), after=(
            "First month for 1 dollar, then 12 dollars a month. Cancel anytime.",
            "The cabinet will meet again on Sunday, officials said.",),
            note="a sub-heading between two parts of the offer: no publisher's voice"),
        keeps("The paper raised its digital subscription to 9.99 a month in March.",
              before=("Subscribe to keep reading: get unlimited digital access for 1 dollar a week.",),
              note="no publisher's voice"),
    ),
)

OFFER_BOX_LINES = box_lines_rule(
    code="PAY102",
    name="offer-box-lines",
    category=Category.PAYWALL,
    key="paywall",
    kin=(Category.DONATION,),
    prices=True,
    summary="A subscription offer's short lines beside its recognised part: its plans, its prices, its "
    "buttons.",
    message="line of a subscription offer",
    signals="a line of prices, a word of the offer's buttons and plans ('monthly', 'Anmelden', 'sans "
    "engagement') or a reply opening it",
    examples=(
        removes("Mensile o annuale", before=(
            "Per continuare a leggere abbonati al Corriere del Lago: accesso illimitato a tutti gli articoli "
            "a 1 euro per il primo mese.",), after=(
            "Il sindaco ha detto che le scuole riceveranno più fondi l'anno prossimo.",)),
        removes("Zahlweise: monatlich oder jährlich", before=(
            "Lesen Sie weiter mit einem Abo: unbegrenzter Zugang zu allen Artikeln, jederzeit kündbar.",),
            after=("Die Bürgermeisterin sagte, die Schulen bekämen im kommenden Jahr mehr Geld.",)),
        keeps("A new digital model", before=(
            "Subscribe to keep reading: get unlimited digital access for 1 dollar a week.",), after=(
            "The paper began charging for its website in 2019 and has since doubled its readership, its "
            "editor said.",), note="a sub-heading of the story"),
        keeps("Subscribers pay €9 a month, the company said", before=(
            "Subscribe to keep reading: get unlimited digital access for 1 dollar a week.",),
            note="reported speech"),
    ),
)

_ACCESS = concept("access-notice")


def _slot(key: str) -> str:
    return alternatives(_ACCESS.get(key))


# The subject of the article's own sentence: no sentence ends inside it.
_SUBJECT = r"[^.!?;:\n]"
# A publisher's or product's name after the audience ("aux abonnés Le Courrier", "van De Courant").
_ACCESS_NAME = rf"(?:\s+(?:(?:of|de|do|da|del|di|du|van|von|der)\s+)?{TITLE_WORD}){{0,3}}"
# The notice closes its sentence; what follows is the offer or the button ("Jetzt Zugang sichern").
_ACCESS_CLOSE = r"(?:\s*[.!]?\s*|\s*[.!:]\s+.{1,250})"
_WORD = r"[\w'’.+-]+"

ACCESS_NOTICE = PatternRule(
    code="PAY011",
    name="access-notice",
    category=Category.PAYWALL,
    summary="The article saying who may read it: 'This <anything> is for subscribers', 'La version complète "
    "est réservée …'.",
    message="access notice",
    languages=LANGUAGES,
    keywords=tuple(sorted({keyword_of(p) for key in ("subscribers", "reserved", "free")
                           for p in _ACCESS.get(key)})),
    max_words=60,
    unless=speech_veto(LANGUAGES),
    pattern=rf"""{START}(?:
          (?:{_slot("this")})\s{_SUBJECT}{{1,60}}?\s(?:{_slot("is")}|{_slot("reserved")})
            (?:\s+{_WORD}){{0,3}}?\s+(?:[\w]+-)?(?:{_slot("subscribers")})
            (?:\s+(?:{_slot("after")}))?{_ACCESS_NAME}{_ACCESS_CLOSE}
        | {_SUBJECT}{{0,60}}?\b(?:{_slot("full")})\b{_SUBJECT}{{0,100}}?\s(?:{_slot("reserved")})
            (?:\s+{_WORD}){{0,2}}?\s+(?:[\w]+-)?(?:{_slot("subscribers")}|{_slot("audience")})
            (?:\s+(?:{_slot("after")}))?{_ACCESS_NAME}{_ACCESS_CLOSE}
        | (?:{_slot("this")})\s{_SUBJECT}{{1,60}}?\s(?:{_slot("free")})\b{_SUBJECT}{{0,40}}[.!:]\s
            .{{0,200}}?\b(?:{_slot("sale")})\b.{{0,250}}
        )""",
    safety="The block's first sentence is the article pointing at itself ('This …', 'Ce …', or 'the full …') "
    "and saying it is reserved for subscribers, then nothing but a name; a note that it is free counts only "
    "with the sale after it. Reported speech vetoes it; a seat reserved for a club's subscribers 'since May' "
    "goes on past the audience and is kept.",
    examples=_ACCESS.examples,
)

_OFFER = concept("intro-offer")
# A price as offers print it: "€1", "1 €", "CHF 1.–", "9,99 Euro", "R$ 1,90"; or free.
_NUMBER = r"\d{1,4}(?:[.,]\d{1,2})?(?:[.,]?[–-])?"
_CURRENCY = r"(?:€|\$|£|US\$|R\$|CHF|Fr\.|EUR)"


def _money(currency: str, *, cents: bool) -> str:
    """A price: ``currency`` before or after the amount, or a currency word after it; with
    ``cents``, also a price in pence or cents ("99p", "50 cents")."""
    price = rf"{currency}\s?{_NUMBER}|{_NUMBER}\s?(?:{currency}|{MONEY_WORDS})"
    return rf"(?:{price}|\d{{1,2}}\s?(?:p|¢|cents?)(?!\w))" if cents else f"(?:{price})"


_MONEY = _money(_CURRENCY, cents=True)
_FREE = r"(?:free|gratis|kostenlos|gratuits?|gratuitos?|grátis)\b"
_PRICE = rf"(?:{_MONEY}|{_FREE})"
# What every price contains: a currency (_CURRENCY, MONEY_WORDS), pence or cents after a digit, or a
# word for free. Every offer names one, where a period ("an", "year") opens thousands of lines.
_PRICE_KEYWORDS = (
    "€", "$", "£", "chf", "fr.", "eur", "dollar", "franken", "franc", "reais", "pound",
    *(f"{digit}{space}p" for digit in "0123456789" for space in ("", " ")), "¢", "cent",
    "free", "gratis", "kostenlos", "gratuit", "grátis",
)
# A free period closes the block within a word or two ("Prueba 30 días gratis"), as a button or a heading
# does: "for 14 days free and see how we can help your business" is a product's pitch in a story.
_CLOSING = r"(?=[^\n]{0,12}$)"
# A price per period glued to it: "$1/week", "2,99 €/Monat".
_PER = r"(?:\s?/\s?[^\W\d]{1,8}\b)?"
_PERIOD = rf"(?:{alternatives(_OFFER.get('periods'))})\b"
_FIRST_PERIOD = rf"(?:\d+\s+)?(?:{alternatives(_OFFER.get('first'))})\s+(?:\d+\s+)?{_PERIOD}"
_LEADS = alternatives(_OFFER.get("leads"))
_THEN = alternatives(_OFFER.get("then"))
_GAP = r"(?:\s+[^\s.!?]+){0,4}?"  # a few words of the same sentence
_DURING = alternatives(_OFFER.get("during"))
# A trial is what a short offer sells as well as a subscription is ("4 Wochen für 1 € testen"), in a line of
# twelve words at most: "Try GlossGenius today for 14 days free and see how we can help you" is a product's.
_TRIAL_LINE = rf"^(?=\S+(?:\s+\S+){{0,11}}\s*$).*?{whole_words(_OFFER.get('trial'))}"
# Or the offer is the whole line, six words at most without a name before a colon ("Erster Monat gratis",
# "$1 for 6 months"): a sentence reporting a price goes on.
_SHORT_OFFER = r"^[^\s:]+(?:\s+[^\s:]+){0,5}$"
# What a subscription brings, in any language: one of these goes with every offer ("Digital-Abo",
# "unlimited access", "cancel anytime").
_SALE = whole_words((
    *(phrase
      for key in ("subscribe", "access", "product", "offer", "terms")
      for phrase in concept("subscription-pitch").get(f"signals.{key}")),
    *_OFFER.get("billing"),
))


INTRODUCTORY_OFFER = NeedsRule(
    code="PAY012",
    name="introductory-offer",
    category=Category.PAYWALL,
    summary="An introductory price with what it buys: '3 Monate für 1 €', '1 € le premier mois, puis 9,99 "
    "€'.",
    message="introductory offer",
    languages=LANGUAGES,
    # Every offer names a period ("3 Monate", "the first month") or what comes after it ("puis").
    keywords=short_at_word_end(
        *(keyword_of(word) for group in ("periods", "then") for word in _OFFER.get(group)), short=2
    ),
    also=_PRICE_KEYWORDS,
    max_words=40,
    whole=False,
    unless=f"{speech_veto(LANGUAGES)}|{whole_words(_OFFER.get('reports'))}",
    # The offer heads its clause: the block's or a sentence's start, after a colon or a dash, or after a
    # word that leads a price ("jetzt", "dès", "for just"); "avec une offre d'essai à 1 $" reports one.
    pattern=rf"""(?:^\s*|(?<=[.!?:;–—|-])\s*|\b(?:{_LEADS})\s+)(?P<hit>
          {_FIRST_PERIOD}{_GAP}\s+{_PRICE}
        | {_PRICE}{_PER}{_GAP}\s+{_FIRST_PERIOD}
        | \d+\s+{_PERIOD}(?:\s+of)?{_GAP}\s+(?:{alternatives(_OFFER.get("for"))})\s*{_PRICE}
        | {_PRICE}[^.!?]{{0,30}}?[,;]?\s+(?:{_THEN})\s+(?:[^\s.!?]+\s+){{0,2}}?{_PRICE}
        | {_MONEY}{_PER}(?:\s+[^\s.!?\d]+){{0,2}}?\s+(?:{_DURING})\s+\d{{1,2}}\s+{_PERIOD}
        | {_FREE}\s+(?:{_DURING})\s+\d{{1,2}}\s+{_PERIOD}{_CLOSING}
        | \d{{1,2}}\s+{_PERIOD}\s+{_FREE}{_CLOSING}
        )""",
    needs=rf"(?:{_SALE}|{_TRIAL_LINE}|{_SHORT_OFFER})",
    safety="A price tied to a first period ('the first month', '3 months for', '$1 for 6 months') or "
    "followed by the price after it ('then €9.99'), or a free period closing the block, heading its clause, "
    "in a short block that names what a subscription brings (an Abo, access, no commitment), or a trial in "
    "a line of twelve words, or the offer alone in a line of six: a report on prices has its verb ('cost', "
    "'kostete', 'paid') or its source, and either vetoes it. A row of a fact box's figures stays.",
    examples=(
        *_OFFER.examples,
        keeps("Trial price: €1 per week for 12 weeks",
              before=("The court reviewed every version of the checkout page the publisher used since 2021, "
                      "the judgment says.",),
              after=("Price after the introductory period (2022): €14.99 every four weeks",
                     "Price after the introductory period (2024): €19.99 every four weeks",
                     "Average months before a reader cancelled: 7.5",
                     "The publisher said it had changed its checkout page in January."),
              note="a fact box's row, among rows of figures under longer labels that no rule takes"),
    ),
)

DEVICE_LIMIT = phrase_rule(
    code="PAY013",
    name="device-limit",
    category=Category.PAYWALL,
    concept="device-limit",
    summary="The notice that an account reads on one device at a time, in every language: 'Lecture en cours "
    "sur un autre appareil'.",
    message="account-sharing notice",
    speech=True,
    needs="readers",
    max_words=40,
    safety="Only the paywall's wording ('one device at a time', 'being used on another device'), in a block "
    "of at most 40 words that names the reader or the reading, without reported speech: a story about a "
    "streaming plan says who said it, or tells of its subscribers.",
)

_BADGE = concept("premium-badge")
_BRAND = r"(?-i:[A-ZÀ-Þ][\w.&'’-]*)"
# A brand and "Plus" ("SZ Plus"), a glued "+" ("FAZ+") or a glued "plus" after capitals ("WELTplus"),
# perhaps with what the badge says ("Z+ (abopflichtiger Inhalt)"); or that label alone.
_PREMIUM_BADGE = rf"""{START}(?:
      (?:{_BRAND}(?:\s+{_BRAND})?(?:\s+(?-i:PLUS|Plus)|\+)|(?-i:[A-ZÀ-Þ]{{2,}}(?:plus|PLUS)))
      (?:[\s(:|·–—-]+(?:{alternatives(_BADGE.get("labels"))})\)?)?
    | (?:{alternatives(_BADGE.get("alone"))})
    ){END}"""

PREMIUM_BADGE = PatternRule(
    code="PAY014",
    name="premium-badge",
    category=Category.PAYWALL,
    evidence=Evidence.WEAK,
    summary="A premium badge alone on its line: 'SZ Plus', 'FAZ+', 'Z+ (abopflichtiger Inhalt)', 'Für "
    "Abonnenten'.",
    message="premium badge",
    languages=LANGUAGES,
    keywords=("plus", "+", *starts(*sorted({keyword_of(label) for label in _BADGE.get("alone")}))),
    max_words=8,
    pattern=_PREMIUM_BADGE,
    safety="Weak: one or two capitalised words and 'Plus', or a label for subscribers, make the whole line, "
    "which goes only in the head, the tail or a boilerplate cluster; a sub-heading 'Disney Plus' between "
    "paragraphs stays.",
    examples=(
        removes("BLITZ PLUS", opens=True, after=(
            "Die Lotto-Tricks der Profis: So erhöhen Sie Ihre Gewinnchancen",
            "Wer regelmäßig Lotto spielt, kennt die Statistik der Ziehungen seit Jahren genau und setzt "
            "trotzdem auf Glück.")),
        keeps("Disney Plus", before=("The streaming market grew again last year, and prices rose across the "
                                     "board for most households.",),
              after=("The service raised its prices twice in a year and lost subscribers in Europe, the "
                     "company said.",), note="a sub-heading between paragraphs"),
        keeps("Plus the costs of the new roads"),
        keeps("Australia +", opens=True, after=("Die Lotto-Tricks der Profis: So erhöhen Sie Ihre Chancen",),
              note="a menu's expander, not a badge: the '+' stands apart"),
        *_BADGE.examples,
    ),
)

_LEFT = concept("article-left")
# A share of the text: "80 %", "64.12%", "70 procent", "80 per cento".
_SHARE = r"""\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|percent|per\s+cent|prozent|pour\s+cent|por\s+ciento|per\s+cento|
    por\s+cento|procent)"""

ARTICLE_LEFT = NeedsRule(
    code="PAY015",
    name="article-left",
    category=Category.PAYWALL,
    summary="The share of the article left to read behind the wall: 'Noch 80 % des Artikels lesen', 'Faltam "
    "70% deste artigo'.",
    message="share of the article left",
    languages=_LEFT.languages,
    # Every match names the article right after the share ("80 % des Artikels").
    keywords=tuple(sorted({keyword_of(phrase) for phrase in _LEFT.get("article")})),
    max_words=30,
    whole=False,
    unless=speech_veto(_LEFT.languages),
    pattern=rf"""(?P<hit>{_SHARE}\s+(?:{alternatives(_LEFT.get("article"))})(?![\w'’]))""",
    # What is left, and the reader or the reading: a report on a text's shares names neither.
    # (or the share and the article close the block: "Faltam 70% deste artigo").
    needs=rf"""^(?=.*?{whole_words(_LEFT.get("left"))})
        (?=.*?(?:{whole_words(_LEFT.get("reader"))}|(?:{alternatives(_LEFT.get("article"))}){END}$))""",
    safety="A share right before the article itself ('80 % des Artikels', 'de cet article'), a word of what "
    "is left ('noch', 'reste', 'faltam') and the reader or the reading ('lesen', 'vous', 'to read'), or the "
    "article closing the block, in a short block, without reported speech: a story about a text's accuracy "
    "or a study of reading says who found it, and names no reader left to read.",
    examples=_LEFT.examples,
)

_UNLOCK = concept("unlock-article")
_UNLOCK_OBJECTS = alternatives(_UNLOCK.get("objects"))
_UNLOCK_LANGUAGES = _UNLOCK.languages

UNLOCK_ARTICLE = PatternRule(
    code="PAY016",
    name="unlock-article",
    category=Category.PAYWALL,
    summary="A call to unlock the article or access to it, in every language: 'Unlock this story', 'Diesen "
    "Artikel freischalten'.",
    message="call to unlock the article",
    languages=_UNLOCK_LANGUAGES,
    keywords=(
        *starts(*sorted({keyword_of(verb) for key in ("verbs", "buttons") for verb in _UNLOCK.get(key)})),
        *sorted({keyword_of(final).split()[-1] for final in _UNLOCK.get("final")}),
    ),
    max_words=40,
    unless=speech_veto(_UNLOCK_LANGUAGES),
    pattern=rf"""(?:
          {START}(?:{alternatives(_UNLOCK.get("verbs"))})\s+(?:[^\s.!?]+\s+){{0,2}}?(?:{_UNLOCK_OBJECTS})
            (?![\w'’]).{{0,250}}
        | {START}(?:{alternatives(_UNLOCK.get("buttons"))})\s+(?:[\w'’-]+\s+){{0,1}}?(?:{_UNLOCK_OBJECTS})
            (?:\s+[\w'’-]+)?{END}
        | {START}(?:jetzt\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:[\w]+-)?(?:{_UNLOCK_OBJECTS})\s+(?:[\w'’-]+\s+)?
            (?:{alternatives(_UNLOCK.get("final"))})(?:\s*[:–—-]\s+.{{1,200}}|{END})
        )""",
    safety="The block opens with the call: an imperative to unlock and, within three words, the article or "
    "access to it, or a button's infinitive and the article making the whole line, or (in German) the "
    "article and the verb closing the line or a clause before a dash ('Diesen Artikel jetzt freischalten'). "
    "An infinitive as a sentence's subject ('Débloquer l'accès au crédit reste …') goes on and is kept, "
    "and reported speech vetoes it.",
    examples=_UNLOCK.examples,
)

_READ_ON = concept("read-on-with")

READ_ON_WITH = PatternRule(
    code="PAY017",
    name="read-on-with",
    category=Category.PAYWALL,
    summary="A button to read on with a subscription, the verb closing the line: 'Mit Z+ weiterlesen', 'Met "
    "Premium verder lezen'.",
    message="read-on button",
    languages=_READ_ON.languages,
    keywords=starts(*sorted({keyword_of(phrase) for phrase in _READ_ON.get("with")})),
    max_words=8,
    pattern=rf"""{START}(?:{alternatives(_READ_ON.get("with"))})\s+(?:[^\s,;:.!?]+\s+){{1,4}}?
        (?:{alternatives(_READ_ON.get("read"))}){END}""",
    safety="The whole line: 'with', one to four words (the product), and a verb of reading on "
    "('weiterlesen', 'verder lezen', not a plain 'lesen'): a sentence goes on after its verb, and 'Mit "
    "Genuss lesen' reads nothing on.",
    examples=_READ_ON.examples,
)

# "Save up to 50%", "50% off", "half price": a discount heading its clause.
_UP_TO = r"(?:up\s+to|bis\s+zu|jusqu['’]à|hasta(?:\s+un)?|fino\s+al|até|tot)"
# What a discount must be on: the subscription itself, in any language.
_SUBSCRIPTION = whole_words(concept("subscription-pitch").get("signals.subscribe"))
_DISCOUNT = rf"""(?:(?:{alternatives(_OFFER.get("save"))})\s+(?:{_UP_TO}\s+)?\d{{1,2}}\s?%
    | \d{{1,2}}\s?%\s+(?:{alternatives(_OFFER.get("off"))})(?!\w)
    | (?:{alternatives(_OFFER.get("half"))})(?!\w))"""

DISCOUNT_OFFER = NeedsRule(
    code="PAY018",
    name="discount-offer",
    category=Category.PAYWALL,
    summary="A discount on a subscription heading its clause: 'Save 50% on a digital subscription', "
    "'50 % Rabatt'.",
    message="subscription discount",
    languages=LANGUAGES,
    keywords=short_at_word_end(
        *(keyword_of(word) for group in ("save", "off", "half") for word in _OFFER.get(group)), short=3
    ),
    max_words=35,
    whole=False,
    unless=f"{speech_veto(LANGUAGES)}|{whole_words(_OFFER.get('reports'))}",
    pattern=rf"""(?:^\s*|(?<=[.!?:;–—|-])\s*|\b(?:{_LEADS})\s+)(?P<hit>{_DISCOUNT})""",
    needs=_SUBSCRIPTION,
    safety="The discount heads its clause (the block's or a sentence's start, after a colon, or after a word "
    "that leads an offer) and the block names a subscription ('Abo', 'abonnement', 'membership'): 'Save "
    "50% on your energy bill' or a deal's '45% off' a television sells no subscription, and a report on "
    "a discount has its verb ('was', 'cost') or its source.",
    examples=(
        removes("Save 50% on a digital subscription."),
        removes("Half price for 6 months: the Courier's digital subscription."),
        keeps("Ledger Nano X for 50% off", note="a deal in a shopping story, no subscription"),
        removes("Jetzt 50 % Rabatt auf Ihr Abo sichern"),
        removes("Économisez 40 % sur l'abonnement numérique."),
        keeps("Save 50% on your energy bill by insulating the loft, the agency advises."),
        keeps("Only 50% of subscribers renewed after the price rise."),
        keeps("A 50% discount on the subscription was offered to students in March."),
    ),
)

_SUBSCRIBE_TO = concept("subscribe-to-name")

SUBSCRIBE_TO_NAME = PatternRule(
    code="PAY019",
    name="subscribe-to-name",
    category=Category.PAYWALL,
    summary="A call to subscribe to a named title, alone on its line: 'Subscribe to The Courier', "
    "'Abonnez-vous au Courrier'.",
    message="call to subscribe",
    languages=_SUBSCRIBE_TO.languages,
    keywords=starts(*sorted({keyword_of(call) for call in _SUBSCRIBE_TO.get("calls")})),
    max_words=9,
    unless=speech_veto(_SUBSCRIBE_TO.languages),
    pattern=rf"""{START}(?:{alternatives(_SUBSCRIBE_TO.get("calls"))})\s+(?:[\w'’]+\s+)?{TITLE_WORD}
        (?:\s+(?:{TITLE_WORD}|de|del|di|du|do|da|van|von|der|of))*?(?:\s+[\w'’-]+)??
        (?:\s+(?:{alternatives(_SUBSCRIBE_TO.get("now"))}))?{END}""",
    safety="The whole line: the imperative to subscribe, perhaps an article, and a capitalised name (and "
    "one word more, 'Le Courrier picard'), perhaps 'today': a sentence goes on after the name, a question "
    "ends in its mark, and reported speech vetoes it.",
    examples=_SUBSCRIBE_TO.examples,
)

_FREE_ARTICLES = concept("free-articles")
_ARTICLES = alternatives(_FREE_ARTICLES.get("articles"))
_FREE_WORDS = alternatives(_FREE_ARTICLES.get("free"))
_OF = r"(?:/|of|von|sur|de|di|van|do|dos)"
_LEFT_WORDS = alternatives(_FREE_ARTICLES.get("left"))


def _as_written(phrases: tuple[str, ...]) -> str:
    """Any of ``phrases`` as whole words; one written with a leading ``=`` only as written ("=Sie")."""
    cased = tuple(phrase[1:] for phrase in phrases if phrase.startswith("="))
    plain = tuple(phrase for phrase in phrases if not phrase.startswith("="))
    return "|".join((whole_words(plain), *((rf"(?-i:{whole_words(cased)})",) if cased else ())))


FREE_ARTICLE_COUNTER = NeedsRule(
    code="PAY020",
    name="free-article-counter",
    category=Category.PAYWALL,
    marks=frozenset({Mark.OVERLAY}),  # a meter's counter pops up wherever the reader is
    summary="Metering counters of free articles in every language: '2/5 free articles', 'Il te reste 3 "
    "articles gratuits'.",
    message="metered paywall counter",
    languages=_FREE_ARTICLES.languages,
    keywords=tuple(sorted({keyword_of(word) for word in _FREE_ARTICLES.get("free")})),
    max_words=25,
    whole=False,
    unless=f"{speech_veto(_FREE_ARTICLES.languages)}|{whole_words(_OFFER.get('reports'))}",
    pattern=rf"""(?P<hit>\b\d{{1,2}}(?:\s*{_OF}\s*\d{{1,2}})?\s+(?:
          (?:{_FREE_WORDS})\s+(?:{_ARTICLES})
        | (?:{_ARTICLES})\s+(?:{_FREE_WORDS}))\b
        | (?:{_FREE_WORDS})\s+(?:{_ARTICLES})\s*(?:{_LEFT_WORDS})?\s*:\s*\d{{1,2}}\b)""",
    # The counter speaks to the reader, says what is left, or is the line alone.
    needs=rf"""{_as_written(_FREE_ARTICLES.get("you"))}|{whole_words(_FREE_ARTICLES.get("left"))}
        |^[^\s]+(?:\s+[^\s]+){{0,7}}$""",
    safety="A count right before free articles ('2 freie Artikel', '3 articles gratuits', '2/5 free "
    "articles'), with the reader ('Sie', 'te', 'you'), what is left ('noch', 'restants') or nothing else in "
    "eight words: a story on a paper's metering says who said it ('said', 'selon') or has a report's verb "
    "('was', 'paid'), and either vetoes it.",
    examples=_FREE_ARTICLES.examples,
)

_PLAN = concept("plan-price")
# A plan's price as a price list prints it: "CHF 24.–", "9,99 €", "12 Euro" (no cents alone: "5 p" is a page;
# no "$" or "£", which the prefilter cannot key).
_PLAN_CURRENCY = r"(?:€|CHF|Fr\.|EUR)"
_PLAN_MONEY = _money(_PLAN_CURRENCY, cents=False)
_PLAN_NAME = rf"""(?:[\w-]*?(?:{alternatives(_PLAN.get("endings"))})|{alternatives(_PLAN.get("plans"))})"""
# The period it buys: "/ Monat", "pro Monat", "im Jahr", "monatlich".
_PLAN_PERIOD = rf"""(?:\s*/\s*{_PERIOD}|\s+(?:{alternatives(_PLAN.get("per"))})(?:\s+{_PERIOD})?)?"""

PLAN_PRICE = PatternRule(
    code="PAY021",
    name="plan-price",
    category=Category.PAYWALL,
    evidence=Evidence.WEAK,
    summary="A subscription plan and its price alone on the line: 'Jahresabo CHF 240.–', 'Danach 9,90 € pro "
    "Monat'.",
    message="subscription price",
    languages=_PLAN.languages,
    keywords=("€", "chf", "fr.", "eur", "franken", "dollar", "franc", "reais", "pound"),
    max_words=8,
    pattern=rf"""{START}(?:
          {_PLAN_NAME}\s*[:–-]?\s*(?:(?:{alternatives(_PLAN.get("from"))})\s+)?{_PLAN_MONEY}{_PLAN_PERIOD}
        | (?:{_THEN}|{alternatives(_PLAN.get("from"))})\s+{_PLAN_MONEY}{_PLAN_PERIOD}
        | {_PLAN_MONEY}\s+(?:{alternatives(_PLAN.get("per"))})\s+{_PERIOD}  # "CHF 24.– pro Monat"
        | \d{{1,2}}\s+{_PERIOD}\s*[:–-]?\s*{_PLAN_MONEY}  # a term and its price: "12 Monate CHF 239.–"
        ){END}""",
    safety="Weak, and the whole line: a plan's name (a word ending in 'abo', 'Abonnement') or 'then', "
    "'only', 'from', a price, perhaps its period, nothing else. It goes only in the head, the tail or a "
    "cluster of boilerplate; a price list inside a story about fares stays.",
    examples=_PLAN.examples,
)

_MEMBERS_ONLY = concept("comments-for-members")
_FEW_WORDS = r"(?:[\w'’.&-]+\s+){0,3}?"  # a title's name before the role: "a Ledger Insider"
_ALLOWS = alternatives((*_MEMBERS_ONLY.get("acts"), *_MEMBERS_ONLY.get("allows")))

COMMENTS_FOR_MEMBERS = PatternRule(
    code="PAY022",
    name="comments-for-members",
    category=Category.PAYWALL,
    summary="Commenting kept for subscribers or members, in every language: 'You must be a Ledger member to "
    "comment'.",
    message="comments for subscribers only",
    languages=_MEMBERS_ONLY.languages,
    keywords=short_at_word_end(*one_word_each(*_MEMBERS_ONLY.get("acts"), *_MEMBERS_ONLY.get("reserved"))),
    max_words=40,
    whole=False,
    unless=speech_veto(_MEMBERS_ONLY.languages),
    pattern=rf"""(?<!\w)(?P<hit>
          (?:{alternatives(_MEMBERS_ONLY.get("leads"))})\s+{_FEW_WORDS}(?:{alternatives(_MEMBERS_ONLY.get("roles"))})
            ,?\s+(?:{alternatives(_MEMBERS_ONLY.get("acts"))})
        | (?:{alternatives(_MEMBERS_ONLY.get("reserved"))})\s+{_FEW_WORDS}
            (?:{alternatives(_MEMBERS_ONLY.get("roles"))})(?:,?\s+(?:{_ALLOWS}))?
        )(?=\s*(?:[.!;]|$))""",
    safety="A requirement ('you must be', 'only', 'Vous devez être') or a reservation of the comments "
    "('Commenting is reserved for'), at most three words, a subscriber's or member's role, what it allows "
    "('to comment'), and the sentence ends there: 'Only council members can comment on planning "
    "applications' goes on, and reported speech vetoes it.",
    examples=_MEMBERS_ONLY.examples,
)


RULES = (
    METERED_ARTICLE_COUNTER,
    CONTINUE_READING_WALL,
    ALREADY_A_SUBSCRIBER,
    SUBSCRIBER_ONLY_NOTICE,
    PAYWALL_THANK_YOU,
    SUBSCRIPTION_OFFER,
    SIGN_IN_LABEL,
    PAYWALL_CONTAINER,
    ACCOUNT_FORM,
    PAYWALL_PROMPT,
    SUBSCRIPTION_PITCH,
    SUBSCRIPTION_BOX,
    OFFER_BOX_LINES,
    SUBSCRIPTION_CALL,
    ACCESS_NOTICE,
    INTRODUCTORY_OFFER,
    DEVICE_LIMIT,
    PREMIUM_BADGE,
    ARTICLE_LEFT,
    UNLOCK_ARTICLE,
    READ_ON_WITH,
    DISCOUNT_OFFER,
    SUBSCRIBE_TO_NAME,
    PLAN_PRICE,
    COMMENTS_FOR_MEMBERS,
)

# After the language packs: their counters ('Il vous reste 2 articles gratuits') name themselves first.
LATE_RULES = (FREE_ARTICLE_COUNTER,)
