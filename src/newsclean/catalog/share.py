"""Share and follow prompts, and the social buttons extractors flatten into text."""

from ..dom import DomRule
from ..rules import Category, Evidence, PatternRule, keeps, removes
from ._boxes import box_lines_rule
from ._patterns import END, REPORTED_SPEECH, START, one_word_each, starts
from ._phrases import phrase_rule
from ._signals import signal_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, words

# The networks of the vocabulary, the news apps that share buttons name beside them, and e-mail.
_NETWORK_NAMES = (
    *sorted(network.lower() for network in words("networks")),
    "google news", "google noticias", "google notícias", "google actualités", "google notizie",
    "apple news", "email", "e-mail",
)
_NETWORK = "(?:" + "|".join(name.replace(" ", r"\s+") for name in _NETWORK_NAMES) + ")"
_NETWORK_LABEL = rf"(?:{_NETWORK})(?:\.com)?(?:\s*\(\s*(?:{_NETWORK})\s*\))?"

SHARE_PROMPT = PatternRule(
    code="SHR001",
    name="share-prompt",
    category=Category.SHARE,
    summary="Prompts to share the article: 'Share this article', 'Share on Facebook', 'Click to share'.",
    message="share prompt",
    keywords=(*starts("click to share", "share", "like this", "copy", "copied", "link copied", "email",
                      "e-mail",
                      "send", "gift", "tweet", "pin it"),),
    max_words=25,
    unless=REPORTED_SPEECH,
    pattern=rf"""{START}(?:
          (?:click\s+to\s+)?share\s+(?:
              (?:this|the)\s+(?:full\s+)?(?:article|story|page|post|link|video|gallery)
            | (?:on|via|to|with|it|your|article|story|page|post|link)
          )\b.{{0,140}}
        | (?:like\s+this\s+(?:story|article)\??\s*)?share\s+it\s+with\s+(?:a\s+)?friends?\b.{{0,60}}
        | (?:copy|copied)\s+(?:article\s+)?link | link\s+copied(?:\s+to\s+clipboard)?
        | (?:email|send)\s+(?:this|to\s+a\s+friend)(?:\s+(?:article|story))?
        | (?:gift|share)\s+(?:this\s+)?article | tweet\s+this | pin\s+it
        | share(?:\s+this)?\s*(?:[:|]\s*{_NETWORK}(?:\s*[,|/]\s*{_NETWORK})*)?
        ){END}""",
    safety="Share verbs must come first and be followed by what is shared or where; "
    "\"Share prices rose 4%\" and \"Shareholders voted\" are kept. A sentence ending in a "
    "glued \"Click To Tweet\" button is kept: the sentence is the article's own.",
    examples=(
        removes("Share this article"),
        removes("Share on Facebook"),
        removes("Click to share on Twitter (Opens in new window)"),
        removes("Like this story? Share it with a friend!"),
        removes("Copy link"),

        removes("Share"),
        keeps("Share prices rose 4% in early trading."),
        keeps("Shareholders voted against the merger on Tuesday."),
        keeps("Share of voters backing the plan rose to 56%, the poll found."),
        keeps("Share the burden, the prime minister urged European partners."),
        keeps("Share the burden fairly, ministers agreed in Brussels."),
        keeps("Every online business exists in the 'space-time continuum.'Click To Tweet"),
    ),
)

FOLLOW_PROMPT = PatternRule(
    code="SHR002",
    name="follow-prompt",
    category=Category.SHARE,
    summary="Invitations to follow the publisher or a writer on social networks.",
    message="follow prompt",
    keywords=starts("please", "and", "also", "follow", "like", "find", "join", "connect"),
    max_words=40,
    # A longer object only before a link: "Follow AP's full coverage of … at https://…".
    pattern=rf"""(?:(?:please|and|also)\s+)?(?:follow|like|find|join|connect\s+with)\s+(?:
          (?:us|me|him|her|them|@\w+|[\w.'’&-]+(?:\s+[\w.'’&-]+){{0,5}})\s+
          (?:on|at|via)\s+(?:{_NETWORK}|https?://\S+)\b
        | [\w.'’&-]+(?:\s+[\w.'’&-]+){{6,9}}\s+at\s+https?://\S+
        ).{{0,200}}""",
    safety="The block must open with the invitation and name a network or link; "
    "\"Follow the money, the senator said\" is kept.",
    examples=(
        removes("Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and "
                "Instagram."),
        removes("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."),
        removes("Follow us on Twitter @Spacedotcom and on Facebook."),
        removes("Follow @BGRDeals on Twitter to keep up with the latest and greatest deals."),
        removes("Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit"),
        removes("Follow the agency's full coverage of the county elections at https://example.com/vote"),
        keeps("Follow the river path past the mill and the old church at dawn, the guide advised."),
        keeps("Follow the money trail from the council to the contractor on Facebook pages run by aides.",
              note="a long object before a network: the invitation's object is short"),
        keeps("Follow the money, the senator said, and you will find the culprits."),
        keeps("Followers on Twitter sent more than 2,000 messages."),
    ),
)

SOCIAL_BUTTON = PatternRule(
    code="SHR003",
    name="social-button-label",
    category=Category.SHARE,
    evidence=Evidence.WEAK,
    summary="Lone social-button labels: 'Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print'.",
    message="social button label",
    keywords=(*(f"^{name}" for name in _NETWORK_NAMES), "^print", "^tweet",
              "^save", "^copy", "^mail", "^sms", "^more"),
    max_words=6,
    # A network may be written as its site or with its other name: "X.com", "X (Twitter)",
    # "Facebook / Meta".
    # A label may keep the comma that listed it: "Telegram,", a row of icons written one a line.
    pattern=rf"""(?:{_NETWORK_LABEL}|print|tweet|messenger|save(?:\s+article)?|copy|mail|sms|more)
        (?:\s*[|/,·•]?\s*(?:{_NETWORK_LABEL}|meta|print|tweet|messenger|save|copy|mail|sms|more)){{0,6}},?{END}""",
    safety="Weak: removed only inside a leading or trailing boilerplate cluster, where share "
    "bars sit.",
    examples=(
        removes("Facebook"),
        removes("Twitter"),
        removes("Facebook Twitter WhatsApp Email"),
        removes("X (Twitter)"),
        removes("Facebook / Meta"),
        removes("X.com"),
        removes("Instagram,", note="one icon of a row written one a line, with its comma"),
        keeps("Twitter", before=("The senator posted the message overnight.",),
              after=("She later deleted the post, aides said.",), note="a mid-body label stays"),
    ),
)


SHARE_BAR = DomRule(
    code="SHR201",
    name="share-bar",
    category=Category.SHARE,
    summary="Share and follow bars in the markup.",
    message="share element",
    parts=frozenset({"share", "shares", "sharing", "sharebar", "sharetools", "addthis", "sharethis",
                     "sharedaddy", "shareaholic"}),
    pairs=(("social", "links"), ("social", "buttons"), ("social", "icons"), ("social", "share"),
           ("follow", "us")),
    labels=frozenset({"share"}),
    max_words=60,
    safety="Word parts, not substrings: a 'shareholder' or 'share-price' class is not 'share' plus a "
    "sharing word, and the element must be short.",
    examples=(
        removes('<div class="share-tools"><a>Facebook</a><a>Twitter</a><a>Email</a></div>'),
        removes('<ul class="social-links"><li>Follow us on Instagram</li></ul>'),
        keeps('<p class="shareholder-note">Shareholders voted against the merger on Tuesday.</p>'),
    ),
)

SHARE_BUTTON = phrase_rule(
    code="SHR004",
    name="share-button",
    category=Category.SHARE,
    concept="share-button",
    summary="Share and follow buttons in the pack languages: 'Artikel teilen', 'Partager sur Facebook'.",
    message="share prompt",
    aliases=("SHR301", "SHR401", "SHR501", "SHR601", "SHR701", "SHR801"),
)

_ON_NETWORK = concept("share-on-network")
_NETWORKS_LISTED = rf"{_NETWORK_LABEL}(?:\s*(?:,|/|\|)\s*{_NETWORK_LABEL})*"
_THINGS_SHARED = alternatives(_ON_NETWORK.get("things"))
_SHARED_ON = rf"\s+(?:{alternatives(_ON_NETWORK.get('on'))})\s+{_NETWORKS_LISTED}"

SHARE_ON_NETWORK = PatternRule(
    code="SHR012",
    name="share-on-network",
    category=Category.SHARE,
    summary="A share button naming what it shares and where, in every language: 'Condividi la diretta su "
    "WhatsApp'.",
    message="share prompt",
    languages=_ON_NETWORK.languages,
    keywords=starts(*sorted({keyword_of(word) for key in ("verbs", "things")
                             for word in _ON_NETWORK.get(key)})),  # the verb or the thing opens the line
    max_words=10,
    unless=speech_veto(_ON_NETWORK.languages),
    pattern=rf"""{START}(?:
          (?:{alternatives(_ON_NETWORK.get("verbs"))})(?:\s+(?:{_THINGS_SHARED}))?{_SHARED_ON}
        | (?:{_THINGS_SHARED}){_SHARED_ON}\s+(?:{alternatives(_ON_NETWORK.get("last"))})
        ){END}""",
    safety="A share verb, the thing shared (the article, the live blog, the link) and a network make the "
    "whole line, the verb first or, in German and Dutch, last: 'Teile der Aufnahmen landeten auf TikTok' "
    "and 'Comparte sus recetas en Instagram' share no article, and reported speech vetoes it.",
    examples=_ON_NETWORK.examples,
)

CHANNEL_PITCH = signal_rule(
    code="SHR005",
    name="channel-pitch",
    category=Category.SHARE,
    concept="channel-pitch",
    summary="Calls to follow the publisher's WhatsApp or Telegram channel, in every language, by signals.",
    message="channel pitch",
    min_signals=4,
    max_words=45,
    safety="Needs all four signals (a network, a channel, a call to join or follow, the news it brings), "
    "the publisher's voice and no reported speech: a story about a channel says who ran it, and "
    "'Join the queue early: the museum's Telegram channel posts waiting times' names no news.",
)

_FOLLOW = concept("follow-prompt")
# The publisher's title after a call to follow it: one to four capitalised words, perhaps after
# the article running text puts before it ("Volg de Gelderse Post", "Segui il Corriere").
# A lowercase particle may join two of them ("Diário da Serra", "Gazet van Antwerpen").
_TITLE = r"""(?:(?-i:the|de|het|die|der|das|le|la|les|l'|el|los|il|lo|o|a|os)\s*)?
    (?-i:[A-ZÀ-Þ][\w.&'’-]*)(?:\s+(?:(?-i:van|de|der|den|di|del|della|da|do|dos|das|du|des|von)\s+)?
    (?-i:[A-ZÀ-Þ][\w.&'’-]*)){0,3}"""

# The publisher's channel or account named before its title ("Siga o canal do Diário no WhatsApp").
_CHANNEL = alternatives(_FOLLOW.get("channels"))

FOLLOW_ON_NETWORK = PatternRule(
    code="SHR006",
    name="follow-on-network",
    category=Category.SHARE,
    summary="Calls to follow the publisher on a network, in every language: 'Suivez-nous sur Facebook…'.",
    message="follow prompt",
    languages=LANGUAGES,
    keywords=starts(*(keyword_of(phrase) for phrase in (*_FOLLOW.get("opens"), *_FOLLOW.get("calls")))),
    max_words=40,
    # The call alone, its preposition last ("Síguenos en"): its networks stand on the lines below,
    # as an extractor writes a row of icons.
    pattern=rf"""{START}(?:
        (?:{alternatives(_FOLLOW.get("opens"))})\s*:?{END}
      | (?:
        (?:{alternatives(_FOLLOW.get("opens"))})
      | (?:{alternatives(_FOLLOW.get("calls"))})\s+(?:(?:{_CHANNEL})\s+)?{_TITLE}
        (?:\s+(?:{alternatives(_FOLLOW.get("also"))})){{0,2}}  # "Folgen Sie ABK Sport jetzt auch auf"
        \s+(?:{alternatives(_FOLLOW.get("on"))})
    )\s+{_NETWORK}\b.{{0,300}})""",
    safety="The call must open the block and a network must follow it at once: 'Suivez-nous sur le "
    "sentier' names none; or the call stands alone, ending in its preposition, over its row of icons. "
    "A call naming the title ('Volg De Courant ook op Instagram') needs the title in capitals, then "
    "the network at once after its preposition.",
    examples=(
        keeps("Volg Trump op de voet, zei de analist: elke uitspraak telt."),
        removes("Volg de Noorder Courant ook op WhatsApp. Klik hier om je aan te melden.",
                note="the title after its article, as running text writes it"),
        keeps("Segui il Giro sul canale della Rai, consiglia l'allenatore.",
              note="no network right after the title"),
        removes("Siga-nos nas", after=("Instagram,", "TikTok"),
                note="the call alone, its networks as icons on the lines below"),
        removes("Folgen Sie uns auf:", after=("Facebook", "Instagram")),
        keeps("Suivez-nous sur le sentier des douaniers, a lancé la guide.",
              note="no network after the call"),
        *_FOLLOW.examples,
    ),
)

_IN_SENTENCE = concept("follow-in-sentence")

FOLLOW_IN_SENTENCE = PatternRule(
    code="SHR009",
    name="follow-call-in-sentence",
    category=Category.SHARE,
    summary="A call to follow the publisher on a network that closes a one-sentence pitch: '…, and "
    "follow us on Instagram'.",
    message="follow prompt",
    languages=_IN_SENTENCE.languages,
    keywords=one_word_each(*_IN_SENTENCE.get("calls")),
    max_words=35,
    unless=speech_veto(_IN_SENTENCE.languages),
    # The call in the block's first sentence, after a comma or a joining word, a network at once after it.
    pattern=rf"""[^.!?\n]{{0,200}}?(?:,|(?<!\w)(?:{alternatives(_IN_SENTENCE.get("joins"))}))\s+
        (?:{alternatives(_IN_SENTENCE.get("calls"))})\s+{_NETWORK}\b.{{0,200}}""",
    safety="The call (the publisher's 'us') must follow a comma or a joining word in the block's first "
    "sentence, and a network must follow it at once; a block of more than 35 words, a second sentence "
    "before the call and reported speech keep the block: a quoted call is news.",
    examples=(
        removes("Thanks for reading our weekend edition, and follow us on Bluesky.",
                before=("The council will meet again on Friday, officials said.",)),
        keeps("The council will meet again on Friday. For updates on the vote, follow us on X.",
              note="a sentence of the article before the call: the block is the article's"),
        *_IN_SENTENCE.examples,
    ),
)

_SHARE = concept("share-button")
# One share button: a phrase of any language ("Compartir en WhatsApp", "Deel dit artikel"), or a
# network or an "E-mail" beside one.
_BUTTONS = (*_SHARE.get("phrases"), *_SHARE.get("alone"), "Share")
_BUTTON = alternatives(_BUTTONS)
# An e-mail button as the pack languages name it, beside the networks: "Facebook X Courriel".
_EMAIL_BUTTON = r"(?:courriel|correo(?:\s+electr[óo]nico)?|correio(?:\s+eletr[óô]nico)?|posta\s+elettronica)"
_BAR_ITEM = rf"(?:{_BUTTON}|{_NETWORK_LABEL}|{_EMAIL_BUTTON})"
# Between two buttons: spaces, or one separator with spaces after it (never two optional runs of
# spaces in a row, which would let a long gap be split many ways).
_BAR_GAP = r"[ \t]*(?:[|·•,/:–—-][ \t]*)?"

SHARE_BAR_TEXT = PatternRule(
    code="SHR007",
    name="share-bar-text",
    category=Category.SHARE,
    summary="A share bar flattened into one line: 'Compartir en Facebook Compartir en X', "
    "'Deel dit artikel Facebook'.",
    message="share bar",
    languages=LANGUAGES,
    keywords=starts(*sorted({keyword_of(phrase) for phrase in _BUTTONS})),
    max_words=24,
    pattern=rf"""{START}(?:{_BUTTON})(?:{_BAR_GAP}{_BAR_ITEM}){{1,10}}{END}""",
    safety="Every word of the line must belong to a share button or a network, two or more of them, "
    "the first a share phrase: a sentence that opens with 'Share' goes on with words of its own.",
    examples=(
        removes("Compartir en Facebook Compartir en X Compartir en WhatsApp"),
        removes("Deel dit artikel Facebook LinkedIn Reddit E-mail"),
        removes("Compartilhe: WhatsApp Facebook X E-mail"),
        removes("Share Share on Facebook Share on X Share on WhatsApp Email"),
        removes("Partager sur Facebook | Partager sur X | Copier le lien"),
        removes("Artikel teilen: Facebook, WhatsApp, E-Mail"),
        removes("Partager cet article Facebook X Courriel Copier le lien"),
        removes("Compartir Facebook X Correo electrónico"),
        keeps("Partager cet article par courriel a suffi à le faire circuler, selon la police."),
        keeps("Share prices on Facebook and X fell 4% in early trading."),
        keeps("Compartir en Facebook fue su primer error, admitió el concejal."),
        keeps("Deel dit artikel niet, vroeg de politie aan inwoners."),
    ),
)

_SHARE_THIS = concept("share-this")
# What is shared, after "Share this": any word or two ("live blog", "uitleg", "checagem").
_SHARED = r"(?:\s+[\w'’-]+){1,2}"
_BAR = rf"(?:[ \t]*[:|–—-]?[ \t]*{_BAR_ITEM}(?:{_BAR_GAP}{_BAR_ITEM}){{0,10}})?"

SHARE_THIS = PatternRule(
    code="SHR011",
    name="share-this-thing",
    category=Category.SHARE,
    summary="'Share this <anything>' alone on its line, perhaps with its buttons: 'Partager ce direct', "
    "'Deel deze uitleg: WhatsApp'.",
    message="share prompt",
    languages=LANGUAGES,
    keywords=starts(*sorted({keyword_of(p) for p in (*_SHARE_THIS.get("opens"), *_SHARE_THIS.get("alone"))})),
    evidence=Evidence.WEAK,
    max_words=20,
    pattern=rf"""{START}(?:
          (?:{alternatives(_SHARE_THIS.get("opens"))}){_SHARED}(?:\s+(?:{alternatives(_SHARE_THIS.get("tails"))})
            (?:\s+(?:{alternatives(_SHARE_THIS.get("where"))}|{alternatives(_SHARE_THIS.get("purpose"))})
              \s[^.!?\n]{{1,60}})?)?
        | (?:{alternatives(_SHARE_THIS.get("alone"))})
        ){_BAR}{END}""",
    safety="The line must be the share call and one or two words (or a known noun before the verb), "
    "perhaps where to share it ('in your groups', and where the reader saw it or what sharing helps "
    "do), then only share buttons; "
    "weak, so confirmed only around the article, beside strong evidence or when the same button "
    "stands three times in the page, twice right above an entry's time (a live blog's).",
    examples=_SHARE_THIS.examples,
)

_CALLS = concept("handle-calls").get("calls")
# A handle as networks print it: "@jdoe", "@Example_News".
_HANDLE = r"@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}(?<!\.)"
_ON_WORDS = ("on", "at", "via", "auf", "bei", "sur", "en", "su", "no", "na", "op")
_ON = rf"(?:{'|'.join(_ON_WORDS)})"

_AND = r"(?:[,/&]|and|und|et|y|e|en)"


def _handles_after(network: str) -> str:
    """A network (as ``network`` reads it) or a call, then one or more handles: "Twitter: @jdoe,
    @asmith", "Follow me: @jdoe"."""
    return rf"""(?:
          {network}\s*[:/]?
        | (?:{alternatives(_CALLS)})(?:\s+{_ON}\s+{_NETWORK})?\s*:?
        )\s*{_HANDLE}(?:\s*{_AND}\s*{_HANDLE}){{0,5}}"""


_ONE_NETWORK_HANDLES = _handles_after(_NETWORK_LABEL)
# Networks sharing the handles, perhaps after "on": "Su X e Instagram: @gf".
_HANDLES = _handles_after(rf"(?:{_ON}\s+)?{_NETWORK_LABEL}(?:\s*{_AND}\s*{_NETWORK_LABEL}){{0,2}}")
_PROFILE_NAME = r"(?-i:[A-ZÀ-Þ][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]*|de|da|do|van|von|di)){0,4}"

SOCIAL_HANDLES = PatternRule(
    code="SHR008",
    name="social-handle-line",
    category=Category.SHARE,
    summary="A line that gives only social handles, in every language: 'Twitter: @jdoe', 'Folgen Sie uns: "
    "@redaktion'.",
    message="social handle",
    languages=LANGUAGES,
    keywords=starts(*_NETWORK_NAMES, *(keyword_of(call) for call in _CALLS)),
    max_words=12,
    pattern=rf"""{START}{_ONE_NETWORK_HANDLES}{END}""",
    safety="After the network or the call, only handles may follow, to the end of the line: "
    "\"Follow @jdoe's advice and check the forecast\" is kept.",
    examples=concept("handle-calls").examples,
)

SOCIAL_PROFILES = PatternRule(
    code="SHR013",
    name="social-profiles-line",
    category=Category.SHARE,
    evidence=Evidence.WEAK,
    summary="A bio box's line of several networks and handles, in every language: 'X: @jdoe · Instagram: "
    "@jdoe.writes'.",
    message="social profiles",
    languages=LANGUAGES,
    keywords=starts(*_NETWORK_NAMES, *(keyword_of(call) for call in _CALLS),
                    *(f"{on} {network}" for on in _ON_WORDS for network in _NETWORK_NAMES)),
    max_words=16,
    pattern=rf"""{START}{_HANDLES}(?:\s*[·•|;,]\s*(?:{_HANDLES}|{_NETWORK_LABEL}\s*:\s*{_PROFILE_NAME})){{0,4}}{END}""",
    safety="Weak, so only around the article or beside strong evidence: an article's own list of accounts "
    "to follow sets the same line between its paragraphs. Only networks, handles and a profile's name "
    "after a dot make the line.",
    examples=(
        removes("X: @marielaog · Instagram: @ocampogrinberg", note="two networks' handles"),
        removes("Su X e Instagram: @giulioferrante", note="two networks for one handle"),
        removes("X: @hcaldeiramota · LinkedIn: Helena Caldeira Mota", note="a profile's name after a handle"),
        keeps("LinkedIn: Helena Caldeira Mota", note="a profile's name alone: no handle says it is one"),
        keeps("Instagram: @hollowcreekfarm · TikTok: @hollowcreek",
              before=("These are the accounts the agency recommends to parents:",),
              after=("Both post daily videos of the farm's animals, and neither carries advertising.",),
              note="between paragraphs: the article's own list of accounts"),
    ),
)

SHARE_BOX_LINES = box_lines_rule(
    code="SHR101",
    name="share-bar-lines",
    category=Category.SHARE,
    key="share",
    summary="A share bar's short lines beside its recognised part: its networks, 'Link kopieren', "
    "'Imprimir'.",
    message="line of a share bar",
    signals="a social network or a word of the bar's buttons ('copy link', 'Drucken', 'Envoyer')",
    examples=(
        removes("Per Messenger senden", before=("Artikel teilen",), after=(
            "Die Bürgermeisterin sagte, die Schulen bekämen im kommenden Jahr mehr Geld.",)),
        removes("Imprimir la página", before=("Compartir en Whatsapp",), after=(
            "La alcaldesa dijo que las escuelas recibirán el próximo año más dinero del previsto.",)),
        keeps("Printed on recycled paper", before=("Share this article",), after=(
            "The mayor said schools would get more money next year than first expected.",),
            note="'printed' is no button's word"),
        keeps("The link to the mayor", before=("Share this article",), after=(
            "Investigators found that the contractor had given money to the mayor's campaign in 2021.",),
            note="a sub-heading: 'link' is a button's word, but the line says more than a button"),
    ),
)

_FOLLOW_TOPIC = concept("follow-topic")
# What a follow button names: one or two capitalised words ("Onderwijs", "Media & Telecom",
# "Sander Wijnbergen"); a title-case sub-heading has more ("Follow The Money Trail").
_TOPIC = r"(?-i:\p{Lu}[\w'’.-]*)(?:\s+(?:&\s+)?(?-i:\p{Lu}[\w'’.-]*))?"
# After the object and a colon, the topic may run on in lower case, as a name does ("Elezioni comunali"),
# for four words at most, with nothing after it: "Follow the topic: stick to one subject" is a tip.
_LABELLED_TOPIC = r"(?-i:\p{Lu}[\w'’.-]*)(?:\s+[\w'’.&-]+){0,3}(?=\s*$)"
_MARK = "[+✓✔]"

FOLLOW_TOPIC = PatternRule(
    code="SHR150",
    name="follow-topic-button",
    category=Category.SHARE,
    summary="A button to follow the article's topic, place or author, in every language: 'Follow Health', "
    "'+ Suivre Vannes'.",
    message="follow-topic button",
    languages=_FOLLOW_TOPIC.languages,
    keywords=tuple(
        f"^{mark}{keyword_of(verb)}" for verb in _FOLLOW_TOPIC.get("verbs") for mark in ("", "(", "+ ", "+")
    ) + tuple(keyword_of(verb) for verb in _FOLLOW_TOPIC.get("after")),
    max_words=16,
    pattern=rf"""{START}(?:{_MARK}\s*)?(?:
          (?:{alternatives(_FOLLOW_TOPIC.get("verbs"))})\s+(?:(?:{alternatives(_FOLLOW_TOPIC.get("objects"))})(?!\w)
            (?:\s*:\s*{_LABELLED_TOPIC}|\s+{_TOPIC})?|{_TOPIC})  # "Volg onderwerp: Spoor"
        | {_TOPIC}\s+(?-i:{alternatives(_FOLLOW_TOPIC.get("after"))})
        )(?:\s*{_MARK})?
        (?:\s*[·|:–-]?\s*(?:{alternatives(_FOLLOW_TOPIC.get("alerts"))})(?!\w)[^\n]{{0,120}})?""",
    safety="The verb and one or two capitalised words, or 'this topic', and nothing else but a check mark "
    "and the alerts the button promises: 'Follow the money' is lowercase, 'Follow The Money Trail' has "
    "three words, and a sentence goes on.",
    examples=_FOLLOW_TOPIC.examples,
)

_GIFTS = concept("gift-allowance")

GIFT_ALLOWANCE = PatternRule(
    code="SHR151",
    name="gift-allowance",
    category=Category.SHARE,
    summary="How many articles a subscriber may still give away, in every language: 'You have 10 gift "
    "articles to share each month'.",
    message="gift-article allowance",
    languages=_GIFTS.languages,
    keywords=tuple(keyword_of(gift) for gift in _GIFTS.get("gifts")),
    max_words=24,
    unless=speech_veto(_GIFTS.languages),
    pattern=rf"""{START}(?=[^\n]*?\d)
        (?=[^\n]*?(?<!\w)(?:{alternatives(_GIFTS.get("reader"))})(?!\w))
        (?=[^\n]*?(?<!\w)(?:{alternatives(_GIFTS.get("gifts"))})(?!\w))
        (?=[^\n]*?(?<!\w)(?:{alternatives(_GIFTS.get("periods"))})(?!\w))[^\n]{{1,240}}""",
    safety="Four signals in one short block: the reader addressed ('you', 'Sie'), a count, articles to "
    "give ('gift articles', 'Artikel verschenken') and a month; a story about gift subscriptions says who "
    "counted, and reported speech vetoes it.",
    examples=_GIFTS.examples,
)

RULES = (
    SHARE_PROMPT,
    FOLLOW_PROMPT,
    SOCIAL_BUTTON,
    SHARE_BAR,
    SHARE_BUTTON,
    SHARE_ON_NETWORK,
    CHANNEL_PITCH,
    FOLLOW_ON_NETWORK,
    FOLLOW_IN_SENTENCE,
    SHARE_BAR_TEXT,
    SHARE_THIS,
    SOCIAL_HANDLES,
    SOCIAL_PROFILES,
    FOLLOW_TOPIC,
    GIFT_ALLOWANCE,
    SHARE_BOX_LINES,
)
