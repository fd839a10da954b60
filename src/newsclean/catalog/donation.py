"""Donation and membership appeals, from 'Donate now' to a paragraph of prose."""

from ..dom import DomRule
from ..rules import Category, Evidence, PatternRule, SignalRule, keeps, removes
from ._boxes import box_lines_rule
from ._patterns import END, MONEY_WORDS, REPORTED_SPEECH, START, TITLE_WORD, NeedsRule, starts
from ._phrases import phrase_rule
from ._signals import box_rule, signal_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, whole_words

# A publisher's name: one to four capitalised words ("JNS", "The Texas Tribune").
_PUBLISHER = r"(?-i:(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
# One that says it is a name, as a bare "Support …" needs: an article ("The Albion"), initials ("KVRN"),
# a capital inside a word ("ProPublica") or an outlet's word ("Riverton Public Media"); "Support
# Groups" and "Support Services" are a section's headings.
_OUTLET_WORDS = alternatives(concept("name-credit").get("outlets", ("en",)))
_NAMED_PUBLISHER = rf"""(?-i:(?:[Tt]he\s+[A-Z]|[A-Z]{{2}}|[A-Z][a-z]+[A-Z]|(?=(?:[A-Z][\w.&'’-]*\s+){{0,3}}
    (?:{_OUTLET_WORDS})(?![\w'’]))[A-Z])[\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})"""

# One call to give, opening its sentence.
_CALL = rf"""(?:please\s+)?(?:consider\s+)?(?:
      donat(?:e|ing)(?:\s+(?:now|today|here|monthly|once))?
    | (?:make|making|give|giving)\s+a\s+
        (?:one-?\s*time\s+|monthly\s+|tax-?\s*deductible\s+|year-?\s*end\s+|recurring\s+)?
        (?:donation|contribution|gift)
    | (?:support|supporting|fund)\s+(?:us|our\s+(?:work|journalism|newsroom|reporting|mission|team)|
        (?:independent|local|quality|nonprofit|non-profit|public[-\s]service)\s+(?:journalism|news|reporting)|
        {_NAMED_PUBLISHER}(?:'s|’s)?(?:\s+(?:journalism|reporting|newsroom))?|{_PUBLISHER}(?=\s+(?:today|now)\b))
    | become\s+a\s+(?:part\s+of\s+our\s+mission|member|supporter|patron|sustaining\s+member)
    | join\s+(?:us|our\s+(?:community|members|supporters)|today)
    | chip\s+in | give\s+(?:now|today)
    | every\s+(?:contribution|donation|gift),?\s+(?:big\s+or\s+small|however\s+(?:big|small))(?:,?\s+\w+)?
    | (?:your\s+)?(?:support|donation|contribution|membership)\s+
        (?:matters|helps|makes\s+(?:this|it)\s+possible)
    | your\s+(?:support|donation|contribution|membership)\s+(?:helps|keeps|allows|enables)\s+\w[^.!?]{{0,100}}
    )(?:\s+(?:by|and|to|today|now|here|with|for|at|from|via)\b[^.!?]{{0,80}})?"""

DONATION_CALL_TO_ACTION = PatternRule(
    code="DON001",
    name="donation-call-to-action",
    category=Category.DONATION,
    summary="Short calls to donate, contribute, support the newsroom or become a member.",
    message="donation call to action",
    keywords=starts("please", "consider", "donat", "make", "making", "give", "giving", "support", "fund",
                     "become", "join", "chip", "every", "your", "donation", "contribution", "membership"),
    max_words=30,
    unless=REPORTED_SPEECH,
    # Up to three calls in a row ("Support independent journalism. Donate today."), nothing else.
    pattern=rf"{_CALL}(?:[.!]\s+{_CALL}){{0,2}}{END}",
    safety="Opens with the appeal itself (\"Donate\", \"Support our journalism\", \"Become a member\"); "
    "reports about donations open with their subject and are kept.",
    examples=(
        removes("Become a part of our mission by donating today"),
        removes("Donate now"),
        removes("Support independent journalism"),
        removes("Please consider making a donation."),
        removes("Make a one-time contribution"),
        removes("Make a year-end gift today"),
        removes("Become a member"),
        removes("Support JNS today"),
        removes("Support independent journalism. Donate today."),
        removes("Your support helps keep our journalism free for everyone."),
        keeps("Support independent journalism. That was the plea of the founders in 1998."),
        keeps("Donations to the Red Cross rose 4% last year."),
        keeps("Support for the bill fell sharply after the vote."),
        keeps("Supporters rallied outside the court on Tuesday."),
        keeps("Become a member of the committee, he urged her, and she did."),
        removes("Support Riverton Public Media", note="a name with an outlet's word"),
        keeps("Support Groups", before=("Many families struggle for months before they find help.",),
              after=("Local charities run weekly meetings for carers in the town hall.",),
              note="a section's heading: 'Groups' names no publisher"),
    ),
)

READER_FUNDED_APPEAL = SignalRule(
    code="DON002",
    name="reader-funded-appeal",
    category=Category.DONATION,
    summary="Paragraph-long appeals in the publisher's voice asking readers to fund its journalism.",
    message="reader-funded appeal",
    # A match has three distinct signals. The keywords cover every signal but two, the commonest
    # in news prose (donations, quality journalism), so every match still contains a keyword.
    keywords=("readers like you", "your support", "support you provide", "we rely on", "we depend on",
              "we count on", "big or small", "every dollar", "every penny", "every pound", "every euro",
              "every gift", "every amount", "membership", "become a member", "become a supporter",
              "become a patron", "become a subscriber", "join our", "join a", "free from", "free of",
              "keep it free", "keep our", "our journalists", "our newsroom", "our reporters", "our mission",
              "this mission"),
    min_signals=3,
    requires=(r"\b(?:we|our|us)\b", r"\b(?:you|your)\b"),
    unless=REPORTED_SPEECH,
    signals=(
        r"readers\s+like\s+you",
        r"(?:count\s+on|rely\s+on|need)\s+your\s+support|your\s+support|support\s+you\s+provide",
        r"\b(?:contribution|donat(?:e|es|ed|ing|ion|ions))\b",
        r"(?:independent|quality|fearless|trusted|fact-based|honest|unbiased|in-depth)\s+(?:journalism|reporting|coverage|news)",
        r"\bwe\s+(?:rely|depend|count)\s+on\b",
        r"big\s+or\s+small|every\s+(?:dollar|penny|pound|euro|gift|amount)",
        r"(?:become|join)\s+(?:a|our)\s+(?:member|supporter|patron|subscriber)|\bmembership\b",
        r"free\s+(?:from|of)\s+(?:bias|paywalls?|commercial|corporate|political)|keep\s+(?:it|our\s+\w+)\s+free",
        r"\bour\s+(?:journalists|newsroom|reporters)\b",
        r"(?:our|this)\s+mission\b",
    ),
    safety="Needs three distinct appeal signals, the publisher addressing the reader (we/our and "
    "you/your), and no reported speech: a news story about a charity appeal quotes it and says who "
    "said it.",
    examples=(
        removes(
            "Israel is at war. JNS is combating the stream of misinformation on Israel with real, "
            "honest and factual reporting. In order to deliver this in-depth, unbiased coverage of "
            "Israel and the Jewish world, we rely on readers like you. The support you provide "
            "allows our journalists to deliver the truth, free from bias and hidden agendas. Can we "
            "count on your support? Every contribution, big or small, helps JNS.org remain a "
            "trusted source of news you can rely on."
        ),
        removes(
            "We rely on readers like you to keep our journalism free for everyone. If you value "
            "our reporting, please make a contribution today."
        ),
        keeps(
            "The Red Cross launched an emergency appeal on Monday, saying every donation, big or "
            "small, would help families rebuild, and that it relies on donors to fund its mission."
        ),
        keeps(
            "The Guardian said its model, which asks readers like you for contributions rather than "
            "putting up a paywall, now brings in more money than advertising."
        ),
        keeps(
            "Independent journalism is under pressure, and many newsrooms now depend on donations "
            "from their readers rather than on advertising or paywalls."
        ),
    ),
)

APPEAL_LEAD_IN = PatternRule(
    code="DON003",
    name="appeal-lead-in",
    category=Category.DONATION,
    summary="Lead-ins that announce an appeal: 'Just before you scroll on...', 'Before you go'.",
    message="appeal lead-in",
    keywords=("before you", "one more thing", "a message from", "a note from", "dear reader"),
    max_words=12,
    pattern=rf"""(?:
          (?:just\s+)?before\s+you\s+(?:go|leave|scroll\s+on|scroll\s+away|continue|move\s+on|close\s+this\s+tab)
        | one\s+more\s+thing | dear\s+reader
        | a\s+(?:message|note)\s+from\s+(?:the\s+)?(?:editor|publisher|newsroom|team|{_PUBLISHER})
        ){END}""",
    safety="The whole block must be the lead-in; \"Just before you go to bed, check the locks\" is kept.",
    examples=(
        removes("Just before you scroll on..."),
        removes("Before you go"),
        removes("A message from the editor"),
        keeps("Just before you go to bed, check that the doors are locked."),
        keeps("Before you leave the house, the police advise, lock every window."),
    ),
)


DONATION_BOX = DomRule(
    code="DON201",
    name="donation-box",
    category=Category.DONATION,
    summary="Donation, membership and 'support us' boxes in the markup.",
    message="donation element",
    parts=frozenset({"donate", "donation", "donations", "fundraising", "fundraiser", "contribute",
                     "contribution", "contributions", "membership", "patreon"}),
    pairs=(("support", "us"), ("support", "box"), ("support", "banner"), ("support", "cta"),
           ("member", "cta"), ("become", "member"), ("reader", "revenue")),
    max_words=200,
    safety="At most 200 words: a long appeal fits, an article does not.",
    examples=(
        removes('<aside class="donation-box"><p>We rely on readers like you. Donate today.</p></aside>'),
        removes('<div class="support-us-banner"><p>Can we count on your support?</p></div>'),
        keeps('<p class="donatello-exhibit">The Donatello exhibition opens in Florence on Friday.</p>',
              note="word parts, not substrings: 'donatello' is not 'donate'"),
    ),
)

DONATION_PROMPT = phrase_rule(
    code="DON004",
    name="donation-prompt",
    category=Category.DONATION,
    concept="donation-prompt",
    summary="Donation and membership prompts in the pack languages: 'Jetzt spenden', 'Soutenez-nous'.",
    message="donation appeal",
    follow="anything",
    speech=True,
    rows=True,
    aliases=("DON301", "DON401", "DON501", "DON601", "DON701", "DON801"),
    safety="Reported speech vetoes it; in a how-to's run of steps under a sub-heading or a colon "
    "(most of them no rule's), the chain keeps a step that says how to give to a third party; a "
    "next sentence announcing the series' next part makes a thanks for reading the author's sign-off.",
    examples=(
        keeps(
            "Faites un don en ligne sur le site de la fondation.",
            before=("Trois façons d'aider :", "Déposez vos vêtements au local de la rue Principale."),
            after=("Proposez vos services comme bénévole le samedi matin.",),
            note="one way of giving among the ways a story lists",
        ),
        keeps(
            "Hacete socio de la biblioteca por $2.000 al mes.",
            before=("Para sumarse",),
            after=("Prestá tus libros usados en la sala de lectura.", "Anotate como voluntario los sábados."),
        ),
        removes(
            "Faites un don à notre rédaction.",
            before=("Trois façons d'aider :", "Déposez vos vêtements au local de la rue Principale."),
            after=("Proposez vos services comme bénévole le samedi matin.",),
            note="the publisher's own appeal ('notre'), even among the steps",
        ),
        removes("Give once | $10 | $25 | Other amount", note="a donation form's row of buttons and amounts"),
        keeps("Give once, $10, to the fund and it will be matched, the charity said."),
        keeps("Danke, dass Sie bis hierhin gelesen haben. Im nächsten Teil bauen wir das Regal zusammen.",
              note="a series' sign-off: the next sentence announces its next part"),
        removes("Danke, dass Sie bis hierhin gelesen haben. Unterstützen Sie unsere Arbeit."),
    ),
)

DONATION_APPEAL = signal_rule(
    code="DON005",
    name="donation-appeal",
    category=Category.DONATION,
    concept="donation-appeal",
    summary="Paragraph-long appeals to fund the journalism in the pack languages, by their signals.",
    message="donation appeal",
    safety="Needs three distinct signals, the publisher addressing the reader and no reported "
    "speech in any language: a news story about the thing quotes it and says who said it.",
)

DONATION_BOX_PARTS = box_rule(
    code="DON101",
    name="appeal-continued",
    source=DONATION_APPEAL,
    summary="The rest of a donation appeal beside its recognised paragraph: another paragraph of it.",
    message="part of a donation appeal",
    examples=(
        removes("Our articles are free to read, with no paywall. That works because many readers back us.",
                after=("Our reporting is free for everyone, with no paywall. If you value it, support our "
                       "journalism with a monthly contribution today.",
                       "The cabinet will meet again on Sunday, officials said."),
                note="the publisher's 'we' alone is enough beside an appeal"),
        removes("We can only do it because readers like you chip in.",
                before=("Our reporting is free for everyone, with no paywall. If you value it, support our "
                        "journalism with a monthly contribution today.",)),
        keeps("The shelter relies on readers like you, the charity wrote in its newsletter.",
              before=("Our reporting is free for everyone, with no paywall. If you value it, support our "
                      "journalism with a monthly contribution today.",), note="reported speech"),
        removes("Le Courrier du Lac a besoin de vous",
                after=("Le Courrier du Lac est un média indépendant, financé par ses lecteurs. Pour que nos "
                       "enquêtes restent gratuites, faites un don.",),
                note="a heading over the appeal: the title needs the reader"),
        removes("El Diario del Sur te necesita",
                after=("Nuestro periodismo es independiente y gratuito, pero cuesta dinero. Si puedes, "
                       "apoya nuestro trabajo con una donación mensual.",)),
        keeps("La banque alimentaire a besoin de vous",
              before=("Les demandes d'aide ont augmenté de 20 % cette année, selon l'association.",),
              after=("Elle cherche des bénévoles pour les distributions du samedi, a dit sa présidente.",),
              note="a sub-heading of the story, beside no appeal"),
        keeps("Monthly donations to the food bank rose by a third, to 4,000 pounds.",
              after=("Our reporting is free for everyone, with no paywall. If you value it, support our "
                     "journalism with a monthly contribution today.",), note="no publisher's voice"),
    ),
)

DONATION_BOX_LINES = box_lines_rule(
    code="DON102",
    name="donation-box-lines",
    category=Category.DONATION,
    key="donation",
    kin=(Category.PAYWALL,),
    prices=True,
    summary="A donation box's short lines beside its recognised part: its buttons ('Sí, quiero "
    "colaborar'), its amounts.",
    message="line of a donation box",
    signals="an amount, a word of the appeal's buttons ('Donate', 'Steun ons', 'una tantum') or a reply "
    "opening it ('Yes, …')",
    examples=(
        removes("Sí, quiero colaborar", before=(
            "El Diario del Sur es un periódico independiente que vive de sus lectores. Si valoras nuestro "
            "periodismo, hazte socio y apoya nuestro trabajo con una aportación mensual.",), after=(
            "La alcaldesa dijo que las escuelas recibirán el próximo año más dinero del previsto.",)),
        removes("Elige: pago único o mensual", before=(
            "El Diario del Sur es un periódico independiente que vive de sus lectores. Si valoras nuestro "
            "periodismo, hazte socio y apoya nuestro trabajo con una aportación mensual.",
            "Sí, quiero colaborar"), after=(
            "La alcaldesa dijo que las escuelas recibirán el próximo año más dinero del previsto.",)),
        removes("Yes, I'll pitch in", before=(
            "Our reporting is free for everyone, with no paywall. If you value it, support our "
            "journalism with a monthly contribution today.",), after=(
            "The mayor said schools would get more money next year than first expected.",)),
        removes("Or donate once instead", before=(
            "Subscribe to keep reading: get unlimited digital access for 1 dollar a week.",), after=(
            "The mayor said schools would get more money next year than first expected.",),
            note="a paywall's offer and a donation share one box of reader revenue"),
        keeps("Help for the flood victims", before=(
            "Our reporting is free for everyone, with no paywall. If you value it, support our "
            "journalism with a monthly contribution today.",), after=(
            "The Red Cross has set up three shelters in the valley, its regional head said on Monday.",),
            note="a sub-heading of the story"),
        keeps("Donations rose by a third, it said", before=(
            "Our reporting is free for everyone, with no paywall. If you value it, support our "
            "journalism with a monthly contribution today.",), note="reported speech"),
    ),
)

DONATION_CALL = signal_rule(
    code="DON007",
    name="donation-call",
    category=Category.DONATION,
    concept="donation-appeal",
    summary="Short appeals that call on the reader to give, by three signals: 'Become a member from 5 € a "
    "month'.",
    message="donation call",
    voice="call",
    needs=("readers", "journalism"),
    max_words=60,
    safety="Needs three distinct signals of the donation appeal, a call to give opening one of its "
    "sentences or closing the block (the appeal's own imperative: 'Donate', 'Faites un don', 'Steun ons'), "
    "one signal naming the publisher's side (its readers, its journalism) and no reported speech: a "
    "charity's drive, or a how-to-help list, names neither, however independent the charity.",
    examples=(
        removes("Independent fact-checking costs money. Become a member of Checkpoint from $5 a month."),
        removes("La vérification indépendante coûte cher. Devenez membre de Vérifié dès 5 € par mois."),
        removes("Checagem independente depende de você. Apoie o Confere com uma doação mensal."),
        removes("Reportajes como este llevan meses. Si valoras el periodismo local, por favor hazte socio de "
                "La Brújula desde 5 euros al mes.", note="the call after a fronted clause and a courtesy"),
        keeps("If the council agrees, please donate the old desks to the school, the head teacher wrote."),
        keeps("Donate to the food bank's winter drive: every gift, big or small, helps a family, the "
              "charity said."),
        keeps("The Red Cross asked residents to donate; an independent audit found that 90% of each "
              "monthly gift reaches the families."),
        keeps("How to help: donate to the flood appeal. Every gift, big or small, helps; a monthly "
              "donation helps most.", note="a how-to-help list: nothing names the publisher's side"),
        keeps("Comment aider ? Faites un don à la Croix-Rouge, association indépendante : chaque don compte.",
              note="an independent charity is not the publisher"),
    ),
)

# One amount of a donation form's picker: "5 €", "€5", "£10", "10 CHF".
_AMOUNT = r"(?:[£€]\s?\d{1,4}|\d{1,4}\s?(?:€|£|CHF|Fr\.)(?!\w))"
_AMOUNT_GAP = r"[ \t]*(?:[|·•,/][ \t]*)?"

DONATION_AMOUNT_PICKER = PatternRule(
    code="DON006",
    name="donation-amount-picker",
    category=Category.DONATION,
    summary="A donation form's amounts in a row, with its buttons: 'Monatlich 5 € 10 € 15 € Anderer Betrag'.",
    message="donation amount picker",
    keywords=("€", "£", "chf", "fr."),
    max_words=16,
    pattern=rf""".{{0,60}}?(?<![\w.,]){_AMOUNT}(?:{_AMOUNT_GAP}{_AMOUNT}){{2,8}}(?![\w.,]).{{0,100}}""",
    table_rows=False,  # a row of cells is an article's table of prices
    safety="Three amounts or more with nothing but spaces or separators between them, in a short line: "
    "prose writes its prices with words between them ('5 euros for adults, 3 for children'), and an "
    "article's table of prices is a row of cells.",
    examples=(
        removes("Monatlich 5 € 10 € 15 € Anderer Betrag Jetzt unterstützen"),
        removes("Monthly £5 £10 £25 Other amount Give now"),
        removes("€3 | €5 | €10 | Autre montant"),
        keeps("Tickets cost €5 for adults, €3 for children and €10 for families."),
        keeps("Le prix est passé de 5 € à 10 € puis à 15 € en deux ans."),
        keeps("| Einzelkarte | 5 € | 10 € | 15 € |", note="a table of prices in the article"),
    ),
)

_SUPPORT = concept("support-call")
# "… with a tax-deductible gift.": the means of the support closing the call's sentence.
_WITH_GIFT = rf"""(?:with|by|through|via|mit|durch|avec|par|con|com|met|door|per)\s+[^.!?]{{0,60}}?
    \b(?:{alternatives(concept("support-title").get("gifts"))})\b[^.!?]{{0,40}}[.!]?\s*"""
# English "Support" is a noun too ("Support for local journalism fell"): what follows the noun.
_NOT_AFTER = rf"(?!\s+(?:{alternatives(_SUPPORT.get('not_after'))})\b)"

SUPPORT_THE_JOURNALISM = PatternRule(
    code="DON008",
    name="support-the-journalism",
    category=Category.DONATION,
    summary="A call to fund the journalism opening the block: 'Soutenez le journalisme régional : …', 'Steun "
    "onze redactie'.",
    message="call to support the journalism",
    languages=LANGUAGES,
    keywords=starts(*sorted({keyword_of(verb) for verb in _SUPPORT.get("verbs")})),
    max_words=60,
    unless=speech_veto(LANGUAGES),
    pattern=rf"""{START}(?:{alternatives(_SUPPORT.get("verbs"))}){_NOT_AFTER}(?:\s+[\w'’-]+){{0,3}}?
        \s+(?:[ldLD]['’])?(?:{alternatives(_SUPPORT.get("objects"))})(?:\s+[\w'’-]+){{0,2}}
        (?:\s*[.!]?\s*|\s*[:–—-]\s*.{{1,400}}|\s+{_WITH_GIFT})""",
    safety="The block opens with the call (an imperative: 'Support', 'Unterstützen Sie', 'Soutenez', "
    "'Steun'), its object is the journalism within four words, and the block ends two words later, goes "
    "on after a colon or a dash (the rest of the appeal) or closes the sentence on the gift ('with a "
    "tax-deductible gift'), not after a full stop ('Support independent "
    "journalism. That was the plea of the founders'); reported speech vetoes it ('…, the senator urged'), "
    "and a question ('Soutenez-vous la presse ?') is no call.",
    examples=_SUPPORT.examples,
)

_DONATE = concept("donate-call")
# Where a call opens: the block's start, or a sentence's, a colon's or a dash's end.
_CALL_OPENS = r"(?:^|(?<=[.!?:–—])\s+|\s[–—-]\s+)"
# A call inside quotation marks is someone's speech («Donate quello che potete», says the food bank), in
# any quotation marks: "‘Doneer nu’" and the straight "'Doneer nu'" of Dutch papers too, never the
# apostrophe inside a word ("l'app", "don't").
_QUOTED = r"""[«“„‘"]|(?<!\w)'(?=\w)"""

DONATE_TO_US = NeedsRule(
    code="DON009",
    name="donate-to-us",
    category=Category.DONATION,
    summary="A call to give opening a sentence, in a block in the publisher's own voice: '… Doneer via onze "
    "actiepagina.'",
    message="call to give to the publisher",
    languages=LANGUAGES,
    keywords=tuple(sorted({keyword_of(call) for call in _DONATE.get("give")})),
    max_words=60,
    whole=False,
    unless=f"{speech_veto(LANGUAGES)}|{_QUOTED}",
    pattern=rf"{_CALL_OPENS}(?P<hit>(?:{alternatives(_DONATE.get('give'))})\b[^.!?\n]{{0,120}})",
    needs=whole_words(_DONATE.get("we")),
    safety="The imperative to give opens a sentence (not 'asked residents to donate') and the block speaks "
    "as the publisher ('we', 'our', 'us'): a charity's call reported in a story says who made it, and the "
    "speech veto keeps it, as do quotation marks; a how-to-help list has no 'we'.",
    examples=_DONATE.examples,
)

_JOIN = concept("join-community")
_OF = r"(?:of|des|de|du|der|dei|degli|delle|della|do|da|dos|das|van|von|del)"
JOIN_THE_COMMUNITY = PatternRule(
    code="DON010",
    name="join-the-community",
    category=Category.DONATION,
    summary="A call to join the publisher's community, closing its sentence: 'Werden Sie Teil der "
    "Bote-Gemeinschaft.'",
    message="call to join the community",
    languages=LANGUAGES,
    keywords=tuple(sorted({keyword_of(call) for call in _JOIN.get("join")})),
    max_words=40,
    whole=False,
    unless=f"{speech_veto(LANGUAGES)}|{_QUOTED}",
    pattern=rf"""{_CALL_OPENS}(?P<hit>(?:{alternatives(_JOIN.get("join"))})(?:\s+[\w'’-]+){{0,2}}?
        \s+(?:[\w]+-)?(?:{alternatives(_JOIN.get("community"))})
        (?:\s+{_OF}(?:\s+[\w'’.-]+){{1,5}}?|(?:\s+(?-i:[A-ZÀ-Þ][\w.&'’-]*)){{1,3}})?)\s*(?:[.!]\s*)?$""",
    safety="The call opens a sentence and its community closes the block, perhaps with whose it is ('of our "
    "readers', 'du Courrier'): 'Join the community garden on Saturday' goes on, and reported speech "
    "vetoes it.",
    examples=_JOIN.examples,
)

def _addressed(phrases: tuple[str, ...]) -> str:
    """Any of ``phrases`` as whole words; one written with a leading ``=`` only as written (German "=Sie"
    is the reader, "sie" she or they)."""
    cased = tuple(phrase[1:] for phrase in phrases if phrase.startswith("="))
    plain = tuple(phrase for phrase in phrases if not phrase.startswith("="))
    branches = [whole_words(plain)] if plain else []
    if cased:
        branches.append(rf"(?-i:{whole_words(cased)})")
    return "|".join(branches)


_NEEDS = concept("journalism-needs")

JOURNALISM_NEEDS_YOU = NeedsRule(
    code="DON011",
    name="journalism-needs-you",
    category=Category.DONATION,
    summary="The journalism saying it needs the reader, in every language: 'Independent journalism needs "
    "your support'.",
    message="appeal: the journalism needs the reader",
    languages=_NEEDS.languages,
    keywords=tuple(sorted({keyword_of(need) for need in _NEEDS.get("needs")})),
    max_words=40,
    unless=speech_veto(_NEEDS.languages),
    # The subject opens the block: a few words, then the journalism ("Guter Lokaljournalismus").
    pattern=rf"""{START}(?:[\w'’-]+\s+){{0,3}}?[\w'’-]*?(?:{alternatives(_NEEDS.get("subjects"))})
        (?:\s+[\w'’-]+){{0,3}}?\s+(?:{alternatives(_NEEDS.get("needs"))})(?![\w'’]).{{0,300}}""",
    needs=_addressed(_NEEDS.get("reader")),
    safety="The journalism opens the block as its subject, a verb of needing or costing follows within three "
    "words, and the block addresses the reader ('your support', 'Ihre', 'soutenez-nous'): a report on the "
    "press's funding names no reader, and reported speech vetoes it.",
    examples=_NEEDS.examples,
)

_MEMBERS = concept("join-members")
# A count as appeals print it: "12,000", "3.400", "8 000", "5000".
_MEMBER_COUNT = r"\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d{2,7}"
# Rand and rupees too: "R75", "₹99"; dollars of other countries: "A$5", "NZ$8".
_MEMBER_PRICE = r"""(?:(?:€|\$|£|US\$|R\$|[ACS]\$|NZ\$|₹|Rs\.?|(?-i:R)(?=\d)|CHF|Fr\.)
        \s?\d{1,4}(?:[.,]\d{1,2})?
    | \d{1,4}(?:[.,]\d{1,2})?\s?(?:€|\$|£|CHF|Fr\.
        |""" + MONEY_WORDS + "))"

JOIN_THE_MEMBERS = PatternRule(
    code="DON012",
    name="join-the-members",
    category=Category.DONATION,
    summary="A call to join the publisher's members, with their number: 'Join 12,000 members', 'Rejoignez "
    "les 8 000 membres'.",
    message="call to join the members",
    languages=_MEMBERS.languages,
    keywords=tuple(sorted({keyword_of(call) for call in _MEMBERS.get("join")})),
    max_words=40,
    whole=False,
    unless=f"{speech_veto(_MEMBERS.languages)}|{_QUOTED}",
    pattern=rf"""{_CALL_OPENS}(?P<hit>(?:{alternatives(_MEMBERS.get("join"))})\s+(?:[\w'’-]+\s+){{0,3}}?
        (?:{_MEMBER_COUNT})\s+(?:[\w'’-]+\s+)?(?:{alternatives(_MEMBERS.get("members"))})\b[^.!?\n]{{0,160}})""",
    safety="The call opens a sentence and a count of members, readers or donors follows within four words: "
    "a report counts them without calling on anyone, and reported speech or quotation marks veto it "
    "('Join the 12,000 members of the union, the organisers urged').",
    examples=_MEMBERS.examples,
)

# Thousands grouped with Swiss and other separators: "3'812", "4,200", "5.000", "8 000".
_GROUPED = r"\d{1,3}(?:['’.,\s\u00a0\u202f]\d{3})+"
_COUNTER = rf"{_GROUPED}|\d{{1,7}}"
# A drive's goal: a hundred members or more ("3 of 5 members" counts a board's seats).
_GOAL = rf"{_GROUPED}|\d{{3,7}}"

MEMBER_COUNTER = PatternRule(
    code="DON018",
    name="member-counter",
    category=Category.DONATION,
    evidence=Evidence.WEAK,
    summary="A membership drive's counter alone on its line: '3'812 von 5'000 Mitgliedern', '4,200 of 5,000 "
    "members'.",
    message="membership drive counter",
    languages=_MEMBERS.languages,
    keywords=tuple(sorted({f" {keyword_of(word)} " for word in _MEMBERS.get("of")})),
    max_words=8,
    pattern=rf"""{START}(?:{_COUNTER})\s+(?:{alternatives(_MEMBERS.get("of"))})\s+(?:{_GOAL})\s+
        (?:{alternatives(_MEMBERS.get("members"))}){END}""",
    safety="Weak, so only around the article or beside strong evidence (a drive's appeal); the whole "
    "line is a count, 'of', a goal and the members counted: a sentence that counts members says what "
    "they did ('812 von 1.000 Mitgliedern stimmten zu').",
    examples=(
        removes("3'812 von 5'000 Mitgliedern"),
        removes("4,200 of 5,000 members"),
        removes("1.870 de 2.000 socios"),
        keeps("812 von 1.000 Mitgliedern stimmten dem Vertrag zu.", note="a sentence"),
        keeps("3 of 5 members", before=("The board has five seats.",), after=("Two seats are vacant.",)),
    ),
)

_PROGRESS = concept("fundraising-progress")
# A progress bar drawn with block characters: "████████░░░░", "▮▮▮▮▯▯".
_BAR = r"[█▇▆▅▄▃▂▁▮▯░▒▓■□]{3}"

# What says the line is the drive's own widget, not a sentence reporting someone's drive: a drawn bar, the
# widget's label and colon ("Meta da campanha: …"), or the publisher's call or thanks ("Help us …", "Merci").
_THE_DRIVE_SPEAKS = rf"""[^\n]*{_BAR}|(?:{alternatives(_PROGRESS.get("labels"))})\s*:\s
    |[^\n]*?(?<!\w)(?:{alternatives(_PROGRESS.get("ours"))})(?!\w)"""

FUNDRAISING_PROGRESS = PatternRule(
    code="DON019",
    name="fundraising-progress",
    category=Category.DONATION,
    evidence=Evidence.WEAK,
    summary="A fundraising drive's progress: its goal and what is raised ('73 % de l'objectif atteint').",
    message="fundraising progress",
    languages=_PROGRESS.languages,
    keywords=tuple(sorted({keyword_of(word) for word in (*_PROGRESS.get("goals"), "%")})),
    max_words=30,
    whole=False,
    unless=speech_veto(_PROGRESS.languages),
    pattern=rf"""\A(?![\"'“”‘’«»„])(?=[^\n]*\d)(?={_THE_DRIVE_SPEAKS})(?:
          (?=[^\n]*?(?<!\w)(?:{alternatives(_PROGRESS.get("goals"))})(?!\w))
          (?=[^\n]*?(?<!\w)(?:{alternatives(_PROGRESS.get("progress"))})(?!\w))
        | (?=[^\n]*?\d\s?%[^\n]*?{_BAR}|[^\n]*?{_BAR}[^\n]*?\d\s?%)
        )(?P<hit>[^\n]{{1,80}})""",
    safety="Weak, so only around the article or beside strong evidence (the drive's appeal), never between "
    "paragraphs on its own; a figure, a goal and a word of progress in a short line, or a share beside a "
    "drawn bar; reported speech vetoes it, as a charity's drive told in the story is said by someone.",
    examples=_PROGRESS.examples,
)

_PRICED = concept("member-price")
# A member "of the gym", "du club", "im Verein": what follows the role is no title (a title is capitalised:
# "a Friend of the Courier").
_ARTICLE = r"(?:the|la|le|el|il|lo|o|a|het|dem|den)"
_NOT_OF_A_THING = rf"""(?!\s+(?:of|du|des|de|del|della|dello|do|da|dos|das|van|im|in|beim|bei|der|al|at)\s+
    (?:{_ARTICLE}\s+(?-i:[a-zà-þ])|l['’](?-i:[a-zà-þ])|(?!{_ARTICLE}\s)(?-i:[a-zà-þ])))"""

MEMBER_FOR_A_PRICE = PatternRule(
    code="DON013",
    name="member-for-a-price",
    category=Category.DONATION,
    summary="A call to become a member or a supporter, with its price: 'Devenez membre à partir de 5 € par "
    "mois'.",
    message="call to become a member",
    languages=_PRICED.languages,
    keywords=tuple(sorted({keyword_of(call) for call in _PRICED.get("become")})),
    max_words=40,
    whole=False,
    unless=f"{speech_veto(_PRICED.languages)}|{_QUOTED}",
    pattern=rf"""{_CALL_OPENS}(?P<hit>(?:{alternatives(_PRICED.get("become"))})\s+(?:[\w'’-]+\s+){{0,2}}?
        (?:[\w]+-)?(?:{alternatives(_PRICED.get("roles"))})\b{_NOT_OF_A_THING}[^.!?\n]{{0,80}}?(?<![\w.,]){_MEMBER_PRICE})""",
    safety="The call opens a sentence, a member, a supporter or a friend follows within three words (not "
    "'of the gym', 'du club': a title is capitalised), and a price within the same sentence: a question "
    "('Werden Sie Mitglied?') ends before it, an infinitive ('Devenir membre coûte 5 €') is no call, and "
    "reported speech vetoes it.",
    examples=_PRICED.examples,
)


_TITLE = concept("support-title")
_APPEAL = concept("donation-appeal")
# The publisher's side of an appeal, in any language: its journalism or its readers ("our reporting"),
# what it is ("un journal", "la redacción"), or a title's word in its name ("Krant", "Courier",
# capitalised or closing a compound: "Landboten"). Independence alone is a charity's too.
_PUBLISHER_SIDE = rf"""{whole_words((*(phrase for key in ("journalism", "readers")
                                        for phrase in _APPEAL.get(f"signals.{key}")),
                                      *_TITLE.get("outlets")))}
    |(?-i:\b(?:{alternatives(_TITLE.get("titles"))})\b)
    |\b\w{{2,}}(?:{alternatives(title.lower() for title in _TITLE.get("titles"))})\b"""

_TITLE_LINK = r"(?:de|del|della|di|du|do|da|des|van|von|der|den|die|das|dem|of|the|la|le|el|il|o|a|het)"

_CLOSING = concept("closing-call")

CLOSING_CALL = NeedsRule(
    code="DON014",
    name="closing-call",
    category=Category.DONATION,
    summary="A bare call to give closing a short appeal about the publisher: '… ist unabhängig. Unterstützen "
    "Sie ihn.'",
    message="appeal closing on a call to give",
    languages=_CLOSING.languages,
    keywords=tuple(sorted({keyword_of(call) for call in _CLOSING.get("calls")})),
    max_words=40,
    whole=False,
    unless=f"{speech_veto(_CLOSING.languages)}|{_QUOTED}",
    pattern=rf"""(?<=[.!?:–—])\s+(?P<hit>(?:{alternatives(_CLOSING.get("calls"))})\s*[.!…]*)\s*$""",
    needs=_PUBLISHER_SIDE,
    safety="The block's last sentence is nothing but the call ('Give today.', 'Soutenez-le.', 'Steun ons.') "
    "after a sentence of its own, and the block names the publisher's side (its journalism, its readers, "
    "what it is: 'un journal', or a title's word in its name: 'Courier'), in at most 40 words without "
    "reported speech: a shelter's drive names none of them, however independent the shelter.",
    examples=_CLOSING.examples,
)

SUPPORT_THE_TITLE = NeedsRule(
    code="DON015",
    name="support-the-title",
    category=Category.DONATION,
    summary="A call to support a named paper with a gift, in every language: 'Steun De Ware Krant met een "
    "gift'.",
    message="call to support the title",
    languages=_TITLE.languages,
    keywords=starts(*sorted({keyword_of(verb) for verb in _TITLE.get("verbs")})),
    max_words=30,
    whole=False,
    unless=f"{speech_veto(_TITLE.languages)}|{_QUOTED}",
    pattern=rf"""^{START}(?P<hit>(?:{alternatives(_TITLE.get("verbs"))})\s+(?:{_TITLE_LINK}\s+)?
        {TITLE_WORD}(?:\s+(?:{TITLE_WORD}|{_TITLE_LINK})){{0,4}}?(?:['’]s)?[^.!?]{{0,60}}?
        \b(?:{alternatives(_TITLE.get("gifts"))})\b)""",
    needs=_PUBLISHER_SIDE,
    safety="The block opens with the call, a capitalised name follows and a gift closes the clause, and the "
    "name is a paper's (a title's word: 'Krant', 'Courier', 'Voz') or the block names the journalism, its "
    "readers or what the publisher is: 'Support the Red Cross with a donation' names a charity, and "
    "reported speech vetoes it.",
    examples=_TITLE.examples,
)

_THANKS = concept("member-thanks")

MEMBER_THANKS = PatternRule(
    code="DON016",
    name="member-thanks",
    category=Category.DONATION,
    summary="The publisher thanking its counted members or readers: 'Thanks to our 2,300 members, this story "
    "is free'.",
    message="thanks to the members",
    languages=_THANKS.languages,
    keywords=starts(*sorted({keyword_of(phrase) for phrase in _THANKS.get("thanks")})),
    max_words=40,
    unless=f"{speech_veto(_THANKS.languages)}|{_QUOTED}",
    pattern=rf"""{START}(?:{alternatives(_THANKS.get("thanks"))})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_MEMBER_COUNT})\s+
        (?:[\w'’-]+\s+)?(?:{alternatives(_MEMBERS.get("members"))})\b.{{0,250}}""",
    safety="The block opens with the publisher's thanks ('Thanks to our', 'Grâce à nos', 'Dankzij onze') and "
    "a count of its members, readers or donors follows: a club's or a festival's thanks counts volunteers "
    "or says who said it, and reported speech vetoes it.",
    examples=_THANKS.examples,
)

ENJOYED_THIS_CALL = phrase_rule(
    code="DON050",
    name="enjoyed-this-call",
    category=Category.DONATION,
    concept="enjoyed-this-call",
    summary="The piece asking if the reader liked it, then a call: 'If you enjoyed this article, …', "
    "'Gefällt dir unsere Arbeit?'.",
    message="call after 'if you enjoyed this'",
    max_words=60,
    speech=True,
    safety="The piece naming itself ('this article', 'dieser Beitrag') and the reader's liking it, in a "
    "block of 60 words or fewer; an article's prose does not ask whether it was liked, and a quotation "
    "of the phrase is reported speech.",
)

_TAX = concept("tax-deductible-gifts")
# The story's last paragraph, above the furniture of its end.
_STORY_END = "The council will publish the full audit next month, a spokesperson said."

TAX_DEDUCTIBLE_GIFTS = NeedsRule(
    code="DON017",
    name="tax-deductible-gifts",
    category=Category.DONATION,
    summary="A nonprofit newsroom's note that gifts to it are tax-deductible, in every language: 'Giften "
    "zijn aftrekbaar'.",
    message="tax status of gifts",
    evidence=Evidence.WEAK,
    languages=_TAX.languages,
    keywords=tuple(sorted({keyword_of(phrase) for phrase in _TAX.get("deductible")})),
    max_words=40,
    unless=speech_veto(_TAX.languages),
    pattern=rf"""[^\n]*?(?<!\w)(?:{alternatives(_TAX.get("deductible"))})(?!\w)[^\n]*""",
    needs=whole_words(_TAX.get("status")),
    safety="Weak, so only before or after the article's prose or beside strong evidence; the gift being "
    "deductible and, in the same block, the legal status that makes it so ('501(c)(3)', 'ANBI', "
    "'gemeinnützig'): a story telling readers how to give to a charity says one, rarely both, and "
    "reported speech vetoes it.",
    examples=(
        *(removes(text, before=(_STORY_END, "Sign up for our newsletter")) for text in (
            "The Redbud Ledger is a 501(c)(3) nonprofit. Gifts are tax-deductible to the extent of the law.",
            "Das Lokalkontor ist gemeinnützig. Spenden sind steuerlich absetzbar.",
            "Notre média est reconnu d'intérêt général : vos dons ouvrent droit à une réduction d'impôt.",
            "Somos una fundación sin ánimo de lucro. Las donaciones desgravan en la declaración de la renta.",
            "Siamo un'associazione non profit: le donazioni sono fiscalmente deducibili.",
            "A Agência Mirante é uma organização sem fins lucrativos. As doações são dedutíveis do imposto.",
            "Stichting Onderstroom heeft de ANBI-status. Giften zijn aftrekbaar van de belasting.",
        )),
        *_TAX.examples,
    ),
)

RULES = (
    DONATION_CALL_TO_ACTION,
    READER_FUNDED_APPEAL,
    APPEAL_LEAD_IN,
    DONATION_BOX,
    DONATION_PROMPT,
    DONATION_APPEAL,
    DONATION_BOX_PARTS,
    DONATION_BOX_LINES,
    DONATION_AMOUNT_PICKER,
    DONATION_CALL,
    SUPPORT_THE_JOURNALISM,
    DONATE_TO_US,
    JOIN_THE_COMMUNITY,
    JOURNALISM_NEEDS_YOU,
    JOIN_THE_MEMBERS,
    MEMBER_COUNTER,
    FUNDRAISING_PROGRESS,
    MEMBER_FOR_A_PRICE,
    CLOSING_CALL,
    SUPPORT_THE_TITLE,
    MEMBER_THANKS,
    ENJOYED_THIS_CALL,
    TAX_DEDUCTIBLE_GIFTS,
)
