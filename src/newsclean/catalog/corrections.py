"""Corrections, editor's notes and standards footers: the publisher talking about the article."""

from ..rules import Category, Evidence, PatternRule, keeps, removes
from ._boxes import box_lines_rule
from ._dates import DATE, LINK, PIECE, TIME, WEEKDAY
from ._patterns import START, starts
from ._phrases import phrase_rule
from ._signals import box_rule, signal_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, words

_CORRECTION = concept("correction")
# The labels among the notices' openings: "Correction:", "Rectificatif :" (without the colon).
_LABELS = tuple(sorted({
    phrase.rstrip(": -").strip() for phrase in _CORRECTION.get("phrases") if phrase.rstrip().endswith(":")
} | set(_CORRECTION.get("dated"))))
# A date or a time first ("le 18 février à 10h15"), not only the words that join them.
# A day and month in figures, without a year: "21/01", "3.11".
_DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?!\d)"
_DATE_PIECES = rf"(?:{LINK}\s+)?(?:{WEEKDAY},?\s*)?(?:{DATE}|{TIME})(?:[\s,;|·/–—-]*{PIECE}){{0,8}}"

CORRECTION_NOTICE = phrase_rule(
    code="COR001",
    name="correction-notice",
    category=Category.CORRECTION,
    concept="correction",
    summary="Corrections and editor's notes in every language: 'Correction: An earlier version of this "
    "article…', 'Korrektur: …'.",
    message="correction or editor's note",
    follow="anything",
    max_words=80,
    safety="The notice opens the block ('Correction:', 'An earlier version of this article'); a report "
    "about a correction opens with its subject. Reported speech does not veto it: a correction says "
    "what an earlier version 'stated' or 'said'.",
)

PRODUCTION_NOTE = phrase_rule(
    code="COR024",
    name="production-note",
    category=Category.CORRECTION,
    concept="production-note",
    summary="Notes on how the article was made, in every language: 'This transcript was generated "
    "automatically'.",
    message="production note",
    follow="anything",
    speech=True,
    max_words=40,
    safety="The note opens a block of at most forty words, without reported speech: a story quoting another "
    "page's notice says where it read it ('…, the operator's status page said').",
)

_ORTHOGRAPHY = concept("orthography-note")

ORTHOGRAPHY_NOTE = PatternRule(
    code="COR701",
    name="orthography-note",
    category=Category.CORRECTION,
    summary="A Portuguese author's note on the spelling the text follows: 'O autor escreve segundo o antigo "
    "Acordo Ortográfico'.",
    message="orthography note",
    languages=_ORTHOGRAPHY.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in _ORTHOGRAPHY.get("phrases"))),
    max_words=25,
    pattern=rf"""{START}(?:{alternatives(_ORTHOGRAPHY.get("phrases"))})[^.!?:;,\n]{{0,40}}?
        (?:{alternatives(_ORTHOGRAPHY.get("agreements"))})(?:\s+de\s+1990|\s*\(AO\s?90\))?[\s.]*""",
    safety="The note is one sentence that ends with the agreement it names: a sentence about an author's "
    "spelling goes on ('… e a editora respeitou a escolha') or after a colon.",
    examples=_ORTHOGRAPHY.examples,
)

STANDARDS_FOOTER = phrase_rule(
    code="COR002",
    name="standards-footer",
    category=Category.CORRECTION,
    concept="standards",
    summary="Standards, ethics and trust footers in every language: 'Our Standards: The Trust Principles', "
    "'Unsere Standards'.",
    message="standards footer",
    follow="anything",
    speech=True,
)

DATED_CORRECTION = PatternRule(
    code="COR003",
    name="dated-correction",
    category=Category.CORRECTION,
    summary="A correction label dated before its colon, in every language: 'Korrektur, 28.08.2025: …'.",
    message="dated correction notice",
    languages=LANGUAGES,
    keywords=starts(*(keyword_of(label) for label in _LABELS)),
    max_words=80,
    whole=False,
    pattern=rf"""\A{START}(?:{alternatives(_LABELS)})\s*[,(–—-]?\s*(?:{_DATE_PIECES}|{_DAY_MONTH}(?:,?\s*{TIME})?)
        \s*\)?\s*:\s*\S""",
    safety="The label, then only a date or a time, then a colon: 'Correction of the figures, on "
    "Monday, took a week' has no colon after its date and is kept. A day and month in figures "
    "without a year ('Correctie (21/01):') counts only here, between the label and its colon.",
    examples=(
        removes("Korrektur, 28.08.2025: In einer früheren Fassung dieses Artikels hieß es, der Zug "
                "fahre ab Montag."),
        removes("Rectificatif, le 18 février à 10h15 : contrairement à ce que nous indiquions, le maire "
                "n'a pas démissionné."),
        removes("Correction (March 5, 2025): An earlier version misstated the mayor's age."),
        removes("Correctie (14/02): in een eerdere versie stond dat de brug in mei opengaat."),
        removes("Correção (14/03, 16h20): uma versão anterior desta reportagem informava outro número.",
                note="the day and month in figures, then the time"),
        keeps("Correction on 5 March 2025 came too late for the families, the lawyer said."),
        keeps("Correctie 14/02 van de beurs viel mee, zei de analist: de koers herstelde."),
    ),
)

STANDARDS_NOTICE = signal_rule(
    code="COR004",
    name="standards-notice",
    category=Category.CORRECTION,
    concept="standards-notice",
    summary="Paragraphs on the publisher's standards, error reports and opinion disclaimers, by signals.",
    message="standards notice",
    max_words=70,
    # "werkt volgens de Code", "explained on our methodology page": the newsroom's own standards.
    spared=("standards",),
    safety="Needs three distinct signals (standards, an error, a contact, the publication itself, an "
    "opinion disclaimer), the publisher's or the reader's voice and no reported speech: a story about "
    "a press council's ruling says who ruled. A word of speech before the newsroom's own standards "
    "('werkt volgens de Code') attributes nothing.",
    examples=(
        removes("How we fact-check: our rating and corrections policy are explained on our methodology "
                "page. Spotted an error? Let us know."),
        keeps("Our standards were explained to the council, the editor said; an error was found and a "
              "correction will follow, please contact us."),
    ),
)

STANDARDS_BOX = box_rule(
    code="COR101",
    name="standards-box",
    source=STANDARDS_NOTICE,
    summary="The rest of a corrections or standards footer beside its recognised part: another paragraph "
    "of it.",
    message="part of a standards footer",
    examples=(
        removes("Read about how we handle corrections in our standards policy.",
                before=("Correction: An earlier version of this article misstated the amount of the school "
                        "budget. It is 4 million.",)),
        keeps("The council corrected its error in a statement and apologised to the families.",
              before=("Correction: An earlier version of this article misstated the amount of the school "
                      "budget. It is 4 million.",), note="no publisher's voice"),
        keeps("Corrections issued last year: 27",
              before=("The Valley Courier at a glance", "Founded: 1902", "Reporters: 9"),
              after=("This interview has been edited and condensed for clarity.",),
              note="a row of the article's fact box, whose other rows no rule took"),
    ),
)

_EDIT = concept("edit-note")
_EDITS = alternatives(_EDIT.get("edits"))
# "Dieser Beitrag wurde am 12. März um 16:40 Uhr ergänzt": a date may stand before the participle.
_WHEN = rf"(?:\s+{_DATE_PIECES})?"

EDIT_NOTE = PatternRule(
    code="COR005",
    name="edit-note",
    category=Category.CORRECTION,
    summary="A piece saying it was changed, in every language: 'This interview has been edited', "
    "'Cette tribune a été modifiée'.",
    message="note that the article was changed",
    languages=_EDIT.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in _EDIT.get("this"))),
    max_words=60,
    unless=speech_veto(_EDIT.languages),
    pattern=rf"""{START}(?:{alternatives(_EDIT.get("this"))})\s+(?:{alternatives(_EDIT.get("auxiliaries"))})
        {_WHEN}\s+(?:{_EDITS})(?!\w)(?!\s+(?:by|von|par|por|da|door)\s+(?-i:[A-ZÀ-Þ])).{{0,400}}""",
    safety="The block opens with the piece naming itself by its genre ('This column', 'Cet entretien'; "
    "not 'Cet article', which is also a law's), a passive and a verb of editing not followed by its "
    "agent ('edited by …' credits people); reported speech vetoes it.",
    examples=(keeps("This interview was edited by Jane Doe and John Roe.", note="a credit, not a change"),
              *_EDIT.examples),

)

_LABEL = concept("update-label")
_NOTE = concept("update-note")
_WIRE = concept("wire-correction")
# What a note on a change says changed: a participle of editing, in any language.
_CHANGED = alternatives((*_EDIT.get("edits"), *_NOTE.get("participles")))
# A dated stamp: a date first (a time alone is a live blog's entry), then its other pieces.
_DATED = rf"(?:{LINK}\s+)?(?:{WEEKDAY},?\s*)?{DATE}(?:[\s,;|·/–—-]*{PIECE}){{0,8}}"

DATED_UPDATE = PatternRule(
    code="COR007",
    name="dated-update-note",
    category=Category.CORRECTION,
    summary="A dated note on what changed, in every language: 'Update, 21 Oct: This story has been updated "
    "with …'.",
    message="dated update note",
    languages=_LABEL.languages,
    keywords=starts(*(keyword_of(label) for label in _LABEL.get("labels"))),
    max_words=80,
    whole=False,
    unless=speech_veto(_LABEL.languages),
    pattern=rf"""\A{START}(?:{alternatives(_LABEL.get("labels"))})\s*[,(–—-]?\s*{_DATED}\s*\)?\s*:\s*
        (?=[^.!?\n]{{0,200}}?(?<!\w)(?:{_CHANGED})(?!\w))\S""",
    safety="The label, a date (a time alone is a live blog's entry, which stays), a colon, and a "
    "participle of editing ('updated', 'ergänzt') in the sentence after it; reported speech vetoes it.",
    examples=(
        keeps("Update December 14, 2025: I was made aware of a new package. I updated the section below.",
              note="a blog's own update: its first sentence changes nothing"),
        *_LABEL.examples,
    ),
)

ARTICLE_UPDATED = PatternRule(
    code="COR008",
    name="article-updated-note",
    category=Category.CORRECTION,
    summary="The article saying when it was updated and with what, in every language: 'Noticia "
    "actualizada a las 09:48 con …'.",
    message="note that the article was updated",
    languages=_NOTE.languages,
    keywords=starts(*(keyword_of(subject) for subject in _NOTE.get("subjects"))),
    max_words=60,
    unless=speech_veto(_NOTE.languages),
    pattern=rf"""{START}(?:{alternatives(_NOTE.get("subjects"))})\s+(?:
          (?:(?:{alternatives(_NOTE.get("auxiliaries"))})\s+)?(?:{alternatives(_NOTE.get("participles"))})
            \s+{_DATE_PIECES}[\s,]*(?:{alternatives(_NOTE.get("purposes"))})\s+\S.{{0,400}}
        | (?:{alternatives(_NOTE.get("auxiliaries"))})\s+{_DATE_PIECES}
            \s+(?:{alternatives(_NOTE.get("participles"))})
            (?:\s*[.:;]|\s+(?:{alternatives(_NOTE.get("purposes"))})\s).{{0,400}}
        )""",
    safety="The article names itself ('Noticia', 'This story'), then a participle of updating and a date "
    "or a time (not a year alone), then what the change brought ('with', 'para'): 'Article 12 was "
    "amended in 2019' has a number and a year. Reported speech vetoes it.",
    examples=_NOTE.examples,
)

WIRE_CORRECTION = PatternRule(
    code="COR009",
    name="wire-correction-note",
    category=Category.CORRECTION,
    summary="A wire service's bracketed note on its new version, in every language: '(Corrects spelling "
    "in paragraph 3)'.",
    message="wire correction note",
    languages=_WIRE.languages,
    keywords=starts(*(keyword_of(verb) for verb in _WIRE.get("verbs"))),
    max_words=50,
    ignore_case=False,
    pattern=rf"""\((?:{alternatives(_WIRE.get("verbs"))})\s[^()\n]{{3,300}}\)[\s.]*""",
    safety="The whole block in brackets, opening with the capitalised verb a wire service writes "
    "('Corrects', 'Corrige'): a paragraph never stands in brackets after such a verb.",
    examples=_WIRE.examples,
)


_CHANGE = concept("change-note")
_WE_CORRECTED = concept("we-corrected")
_ARTICLES = alternatives(_CHANGE.get("articles"))
_WE = alternatives(_CHANGE.get("we"))
_ERRORS = alternatives(_WE_CORRECTED.get("errors"))
# A verb of correcting in the first person plural, where a language drops the pronoun: "Corrigimos".
_DID = alternatives(_WE_CORRECTED.get("did")) if _WE_CORRECTED.get("did") else r"(?!)"
_ACTION = rf"(?:{_CHANGED}|{_DID})(?!\w)"
# An update's label, or a note's: "Update", "Aktualisierung", "Note", "Hinweis".
_UPDATE_LABELS = (*_LABEL.get("labels"), *_CHANGE.get("labels"))
# An optional date or time after the label, in brackets or after a comma: "Update (March 3):".
_WHEN_LABEL = rf"(?:\s*[,(–—-]?\s*(?:{_DATE_PIECES})\s*\)?)?"
# Within the first sentence: at most 200 characters, no full stop.
_SENTENCE = r"[^.!?\n]{0,200}?"

UPDATE_LABEL_NOTE = PatternRule(
    code="COR010",
    name="update-label-note",
    category=Category.CORRECTION,
    summary="An update label, dated or not, then a sentence on what changed in the article: 'Update: "
    "Added comment from …'.",
    message="update note on the article",
    languages=_CHANGE.languages,
    keywords=starts(*(keyword_of(label) for label in _UPDATE_LABELS)),
    max_words=80,
    whole=False,
    # "Added" opening the note is the change, not reported speech.
    unless=rf"(?<!:\s)(?<!:)(?:{speech_veto(_CHANGE.languages)})",
    pattern=rf"""\A{START}(?:{alternatives(_UPDATE_LABELS)}){_WHEN_LABEL}\s*:\s*
        (?={_ACTION}
          | {_SENTENCE}(?<!\w)(?:{_ARTICLES}|{_WE})(?!\w){_SENTENCE}(?<!\w){_ACTION}
          | {_SENTENCE}(?<!\w){_ACTION}{_SENTENCE}(?<!\w)(?:{_ARTICLES})(?!\w))\S""",
    safety="The label, a colon, then a sentence saying the article changed: a verb of editing that opens "
    "it ('Added comment from …'), or one in a sentence that names the article or the newsroom's 'we'. "
    "A live blog's 'Update: Police have updated the toll' names neither; reported speech vetoes it.",
    examples=_CHANGE.examples,
)

_ADDS = concept("update-adds")
# The stamp of an update: its label and a time or a date ("Aktualisiert um 14.32 Uhr").
_ADDS_STAMP = rf"""^{START}(?:{alternatives((*_ADDS.get("labels"), *_UPDATE_LABELS))})
    \s*[,(–—-]?\s*{_DATE_PIECES}\s*\)?"""
_MATERIAL = rf"""(?:\S+\s+){{0,2}}(?:{alternatives(_ADDS.get("materials"))})(?!\w)"""

UPDATE_ADDS = PatternRule(
    code="COR060",
    name="update-adds-material",
    category=Category.CORRECTION,
    summary="An update's stamp, then what it adds to the article: 'Actualizado a las 14.32 con la reacción "
    "del Gobierno'.",
    message="update note naming what it adds",
    languages=_ADDS.languages,
    keywords=starts(*(keyword_of(label) for label in (*_ADDS.get("labels"), *_UPDATE_LABELS))),
    max_words=25,
    whole=False,
    unless=rf"(?<!:\s)(?<!:)(?:{speech_veto(_ADDS.languages)})",
    pattern=rf"""{_ADDS_STAMP}(?:
          \s*[:,]?\s+(?:{alternatives(_ADDS.get("with"))})\s+{_MATERIAL}
        | \s*:\s*(?=[^.!?:\n]{{0,120}}?(?<!\w)(?:{alternatives(_ADDS.get("adds"))})(?!\w))
            (?:(?:{alternatives(_ADDS.get("adds"))})\s+)?{_MATERIAL}
        )""",
    safety="A label and a time or a date, then 'with' and what came ('con la reacción', 'met een "
    "reactie'), or a colon and, in a clause without another colon, a word of adding ('ajout de', "
    "'ergänzt') and what came; at most 25 words. A live blog's entry ('Update 14:35: Reaction from the "
    "mayor: \"We are devastated\"') adds nothing of its own; reported speech vetoes it.",
    examples=_ADDS.examples,
)

WE_CORRECTED = PatternRule(
    code="COR012",
    name="we-corrected-note",
    category=Category.CORRECTION,
    summary="The newsroom saying it corrected the article, in every language: 'We corrected an error in "
    "the headline'.",
    message="note that the newsroom corrected the article",
    languages=_WE_CORRECTED.languages,
    keywords=starts(*(keyword_of(we) for we in (*_CHANGE.get("we"), *_WE_CORRECTED.get("did")))),
    max_words=60,
    unless=speech_veto(_WE_CORRECTED.languages),
    pattern=rf"""{START}(?:
          (?:{_WE})(?!\w)(?={_SENTENCE}(?<!\w)(?:{_ARTICLES}|{_ERRORS})(?!\w)){_SENTENCE}(?<!\w){_ACTION}
        | (?:{_DID})(?!\w)(?={_SENTENCE}(?<!\w)(?:{_ARTICLES}|{_ERRORS})(?!\w))
        ).{{0,400}}""",
    safety="Opens with the newsroom's 'we' and a verb of editing (or a verb of correcting in the first "
    "person plural, 'Corrigimos'), with an error or the article in the same sentence; reported speech "
    "vetoes it, as a coach's 'we corrected our errors, he said' is news.",
    examples=_WE_CORRECTED.examples,
)


_EARLIER = concept("earlier-version")
# "version", "Fassung", "versión", "versão", "versie": one of them is in every match of COR017.
_VERSION_KEYS = tuple(sorted({keyword_of(word) for word in _EARLIER.get("version")}))
_VERSION = alternatives(_EARLIER.get("version"))


def _version(adjectives: str) -> str:
    """A version with one of ``adjectives`` before or after it: "an earlier version", "une version
    précédente"."""
    return rf"(?:(?:{adjectives})\s+(?:{_VERSION})|(?:{_VERSION})\s+(?:{adjectives}))"


_EARLIER_VERSION = _version(alternatives(_EARLIER.get("earlier")))
_FIRST_VERSION = _version(alternatives(_EARLIER.get("first")))
# "of this", "dieses", "de cet", "di quest'": a space after it, or none after an apostrophe.
_OF_THIS = rf"(?:{alternatives(_EARLIER.get('this'))})\s*"

# A stamp before the correction: perhaps a label ("Aggiornamento", "Korrektur"), then only a date or
# a time, then a colon or a full stop ("Aggiornamento del 3 novembre, ore 18:02. In una prima
# versione …", "24.10.2025: in una versione precedente …").
_STAMP_LABELS = alternatives((*_EARLIER.get("stamps"), *_LABELS, *_LABEL.get("labels")))
_STAMP = rf"""(?:(?:(?:{_STAMP_LABELS})\s*[,(–—-]?\s*)?
    (?:{_DATE_PIECES}|{_DAY_MONTH}(?:,?\s*{TIME})?)\s*\)?\s*[:.]\s+)"""

EARLIER_VERSION = PatternRule(
    code="COR017",
    name="earlier-version-note",
    category=Category.CORRECTION,
    summary="A correction naming an earlier version of the piece, in every language: 'In einer vorherigen "
    "Fassung dieses Porträts …'.",
    message="correction naming an earlier version of the article",
    languages=_EARLIER.languages,
    keywords=_VERSION_KEYS,
    max_words=80,
    # "Une version précédente de cet article": the adjective before or after the noun.
    pattern=rf"""{START}{_STAMP}?(?:{alternatives(_EARLIER.get("openers"))})\s+(?:
          {_EARLIER_VERSION}\s+{_OF_THIS}(?:{alternatives(_EARLIER.get("pieces"))})(?!\w)
        | (?:{_EARLIER_VERSION}|{_FIRST_VERSION})\s+{_OF_THIS}
            (?:{alternatives((*_EARLIER.get("pieces"), *_EARLIER.get("ambiguous")))})(?!\w)
            (?=[^.!?\n]{{0,150}}?(?<!\w)(?:{alternatives(_EARLIER.get("said"))})(?!\w))
        ).{{0,500}}""",
    safety="The block opens with an earlier (first, original, previous) version (perhaps under a dated "
    "stamp: '24.10.2025: in una versione precedente …'), then 'of this' and a "
    "kind of journalism ('of this review', 'dieses Porträts'): a bill's or an app's earlier version "
    "('of the bill', 'dieser App') names no piece of the paper. 'Article' and 'text' are also a law's, "
    "so after them the sentence must say what the piece stated or that it erred ('indiquait', 'hieß "
    "es', 'à tort'); 'cet article prévoyait une amende' stays, and so does a first or original version "
    "('The original version of this essay appeared in 1962') unless the sentence says the same. Reported "
    "speech does not veto it: a correction says what the earlier version 'stated'.",
    examples=_EARLIER.examples,
)

_MISREPORTED = concept("misreported")

MISREPORTED = PatternRule(
    code="COR018",
    name="misreported-note",
    category=Category.CORRECTION,
    summary="The piece saying it got something wrong, in every language: 'This story originally "
    "misidentified …'.",
    message="correction: the article says it was wrong",
    languages=_MISREPORTED.languages,
    keywords=starts(*(keyword_of(subject) for subject in _MISREPORTED.get("subjects"))),
    max_words=80,
    unless=speech_veto(_MISREPORTED.languages),
    pattern=rf"""{START}(?:{alternatives(_MISREPORTED.get("subjects"))})(?![\w-])
        [^.!?\n]{{0,80}}?(?<!\w)(?:{alternatives(_MISREPORTED.get("mistaken"))})(?!\w).{{0,500}}""",
    safety="The block opens with the piece naming itself ('This story', 'Ce reportage'), and its first "
    "sentence says it erred ('misidentified', 'à tort', 'fälschlicherweise'); a law's article applied "
    "'by mistake' is reported, and reported speech vetoes it.",
    examples=_MISREPORTED.examples,
)

_DISCLOSURE = concept("disclosure-note")
_DISCLAIMED = alternatives((*_DISCLOSURE.get("subjects"), *_DISCLOSURE.get("disclaimed")))

DISCLOSURE_NOTE = PatternRule(
    code="COR019",
    name="disclosure-note",
    category=Category.CORRECTION,
    summary="A disclosure or transparency note under its label, in every language: 'Transparenz: Die Reise "
    "wurde bezahlt …'.",
    message="disclosure note",
    languages=_DISCLOSURE.languages,
    keywords=starts(*(keyword_of(label) for key in ("labels", "open-labels", "disclaimers")
                      for label in _DISCLOSURE.get(key))),
    max_words=90,
    unless=speech_veto(_DISCLOSURE.languages),
    pattern=rf"""{START}(?:
          (?:{alternatives(_DISCLOSURE.get("labels"))})\s*:\s*\S
        | (?:{alternatives(_DISCLOSURE.get("open-labels"))})\s*:\s*
            (?=[^.!?\n]{{0,200}}?(?<!\w)(?:{alternatives(_DISCLOSURE.get("subjects"))})(?!\w))
            (?=.*[.!]["'”’»)\]]*\s*$)\S
        | (?:{alternatives(_DISCLOSURE.get("disclaimers"))})\s*:\s*
            (?=[^.!?\n]{{0,200}}?(?<!\w)(?:{_DISCLAIMED})(?!\w))\S
        ).{{0,700}}""",
    safety="The block opens with a disclosure's label and a colon ('Offenlegung:'); a label that also "
    "heads a list of demands ('Transparency:', 'Transparence :') needs, in its first sentence, the author, "
    "the reporter, the newsroom's 'our' or the trip the note discloses, and a full stop at its end (a "
    "headline under the label has none), and a disclaimer's label, which a "
    "writer also puts on a joke, needs them or what it disclaims (advice, a sponsor, a payment). Reported "
    "speech vetoes it.",
    examples=_DISCLOSURE.examples,
)

_HOLDINGS = concept("holdings-disclosure")

HOLDINGS_DISCLOSURE = PatternRule(
    code="COR020",
    name="holdings-disclosure",
    category=Category.CORRECTION,
    evidence=Evidence.WEAK,
    summary="The author disclosing holdings in what the article names, in every language: 'The author "
    "holds no positions …'.",
    message="author's holdings disclosure",
    languages=_HOLDINGS.languages,
    keywords=starts(*(keyword_of(holder) for holder in _HOLDINGS.get("holders"))),
    max_words=70,
    unless=speech_veto(_HOLDINGS.languages),
    pattern=rf"""{START}(?:{alternatives(_HOLDINGS.get("holders"))})(?!\w)
        [^.!?\n]{{0,120}}?(?<!\w)(?:{alternatives(_HOLDINGS.get("holdings"))})(?!\w).{{0,500}}""",
    safety="Weak, so only around the article: the block opens with the author by role ('The author', "
    "'L'autrice'), and its first sentence names shares, positions or a stake; a book's author owning "
    "shares mid-story is news, and reported speech vetoes it.",
    examples=_HOLDINGS.examples,
)

_METHOD = concept("method-note")

METHOD_NOTE = PatternRule(
    code="COR021",
    name="method-note",
    category=Category.CORRECTION,
    evidence=Evidence.WEAK,
    summary="A note on how the article was reported, under its label, in every language: 'So haben wir "
    "recherchiert: …'.",
    message="note on how the article was made",
    languages=_METHOD.languages,
    keywords=starts(*(keyword_of(label) for label in _METHOD.get("labels"))),
    max_words=150,
    pattern=rf"""{START}(?:{alternatives(_METHOD.get("labels"))})\s*[:–—]\s*\S.{{0,1200}}""",
    safety="Weak, so only around the article: the block opens with the label of a note on the "
    "reporting ('How we reported this story', 'Comment nous avons travaillé', 'Methodik') and a colon; "
    "a study's 'Methodology:' inside the story stays.",
    examples=_METHOD.examples,
)


_ADVICE = concept("advice-disclaimer")
# The article's own subject: "This article", "The information (in this article)", after a label.
_ADVICE_SUBJECT = rf"""{START}(?:(?:{alternatives(_ADVICE.get("labels"))})\s*:\s*)?
    (?:{alternatives(_ADVICE.get("subjects"))})(?!\w)"""

# A character of the same sentence: a dot inside a word ("Gezondwijs.nl") ends none.
_IN_SENTENCE = r"(?:[^.!?\n]|\.(?=\w))"

ADVICE_DISCLAIMER = PatternRule(
    code="COR011",
    name="advice-disclaimer",
    category=Category.CORRECTION,
    summary="The article saying it is no professional advice, in every language: 'This article does not "
    "constitute financial advice'.",
    message="advice disclaimer",
    languages=_ADVICE.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in (*_ADVICE.get("labels"), *_ADVICE.get("subjects")))),
    max_words=70,
    unless=speech_veto(_ADVICE.languages),
    pattern=rf"""{_ADVICE_SUBJECT}(?:
          {_IN_SENTENCE}{{0,100}}?(?<!\w)(?:{alternatives(_ADVICE.get("denials"))})(?!\w)
            {_IN_SENTENCE}{{0,60}}?(?<!\w)(?:{alternatives(_ADVICE.get("advice"))})(?!\w)
        | {_IN_SENTENCE}{{0,100}}?(?<!\w)(?:{alternatives(_ADVICE.get("purposes"))})(?!\w)
        ).{{0,500}}""",
    safety="The block opens with the article or its information as the subject, which in one sentence "
    "denies being advice ('does not replace medical advice') or says it informs only; a story's 'The "
    "app does not replace a doctor' has another subject, and reported speech vetoes it.",
    examples=_ADVICE.examples,
)

_ADHERENCE = concept("standards-adherence")

STANDARDS_ADHERENCE = PatternRule(
    code="COR013",
    name="standards-adherence",
    category=Category.CORRECTION,
    summary="The newsroom naming the journalistic code it follows, in every language: 'Wir arbeiten nach "
    "den Regeln des Pressekodex'.",
    message="standards statement",
    languages=_ADHERENCE.languages,
    keywords=starts(*(keyword_of(subject) for subject in _ADHERENCE.get("subjects"))),
    max_words=70,
    # A headcount is no code: "A redação segue com 23 jornalistas" (goes on with 23 journalists).
    unless=rf"""{speech_veto(_ADHERENCE.languages)}
        |(?<![\w.,])\d[\d.,]*\s+(?:{alternatives(_ADHERENCE.get("press"))})(?!\w)""",
    pattern=rf"""{START}(?:{alternatives(_ADHERENCE.get("subjects"))})\s+(?:\S+\s+){{0,2}}?
        (?:{alternatives(_ADHERENCE.get("verbs"))})(?!\w)
        [^.!?\n]{{0,120}}?(?<!\w)(?:{alternatives(_ADHERENCE.get("press"))})(?!\w).{{0,400}}""",
    safety="The newsroom is the subject ('We', 'Our newsroom', 'Die Redaktion'), a verb of following or "
    "adhering, and in the same sentence a journalistic code ('Pressekodex', 'Editors' Code'); a "
    "school's 'We follow the guidelines of the ministry' names none, a headcount ('23 journalists') is "
    "none either, and reported speech vetoes it.",
    examples=_ADHERENCE.examples,
)


# The outlet by its name: capitalised words, not a pronoun nor a person's title ("She", "Ms Patel").
_OUTLET = r"""(?-i:(?!(?:She|He|It|They|We|Elle|Il|Ils|Elles|Ella|Él|Ellos|Ellas|Er|Sie|Es|Lei|Lui|Ele
    |Ela|Eles|Hij|Zij|Ze|Het|Mr|Mrs|Ms|Dr|Prof|Mme|Mlle|Sr|Sra|Herr|Frau|Dott|Dottor|Dottoressa|Dhr|Mevr)\b)
    [A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.&-]*|de|del|di|do|da|van|of|the)){0,4})"""

OUTLET_MEMBERSHIP = PatternRule(
    code="COR023",
    name="outlet-membership",
    category=Category.CORRECTION,
    evidence=Evidence.WEAK,
    summary="The outlet by its name as a member or signatory of a press regulator: 'The Example Post is "
    "regulated by IPSO'.",
    message="standards statement",
    languages=_ADHERENCE.languages,
    keywords=tuple(keyword_of(verb) for verb in _ADHERENCE.get("membership")),
    max_words=60,
    unless=speech_veto(_ADHERENCE.languages),
    # The membership closes its sentence ("…, while The Guardian chose to stay outside" tells a story),
    # and the publisher speaks in what follows ("Complaints about our journalism?"): a person is a
    # member of a council as an outlet is.
    pattern=rf"""{START}{_OUTLET}\s+(?:{alternatives(_ADHERENCE.get("membership"))})(?!\w)
        [^.!?\n]{{0,100}}?(?<!\w)(?:{alternatives(_ADHERENCE.get("regulators"))})(?!\w)
        [^,;:.!?\n]{{0,30}}[.!?]\s[^\n]{{0,200}}?(?<!\w)(?:{alternatives(words("publisher-voice"))})(?!\w)
        [^\n]{{0,200}}""",
    safety="Weak, so only above or below the article's prose or beside strong evidence; a press regulator "
    "or a fact-checkers' network, not a union or a board, closes the sentence, whose subject is no "
    "pronoun nor a titled person, and the publisher speaks in the next ('our journalism'); reported "
    "speech vetoes it.",
    examples=(
        removes("The Harbour Gazette is regulated by IPSO. To complain about our journalism, visit our "
                "complaints page.",
                before=("The harbour board approved the new ferry timetable on Tuesday after a long debate "
                        "about winter crossings and the cost of the extra crew.",)),
        removes("Le Vérificateur est signataire du code de principes de l'IFCN. Signalez-nous une erreur."),
        removes("Contraste Verifica es signatario del Código de Principios de la IFCN. Conoce nuestra "
                "metodología."),
        keeps("Sarah Okafor is a member of IPSO. She will take up her seat on the committee in March.",
              note="a person, and no publisher's voice after"),
        keeps("Ms Patel is a member of the National Union of Journalists and has covered courts since 2014.",
              note="a union, and a titled person"),
        keeps("She is a member of IPSO's complaints committee.", note="a pronoun"),
        keeps("The Daily Mail is a member of IPSO, while The Guardian chose to stay outside the regulator.",
              note="the sentence goes on"),
    ),
)


_OPINION = concept("opinion-disclaimer")

OPINION_DISCLAIMER = PatternRule(
    code="COR014",
    name="opinion-disclaimer",
    category=Category.CORRECTION,
    summary="An opinion piece's disclaimer, in every language: 'The views expressed are the author's own'.",
    message="opinion disclaimer",
    languages=_OPINION.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in (*_OPINION.get("labels"), *_OPINION.get("subjects")))),
    max_words=70,
    unless=speech_veto(_OPINION.languages),
    pattern=rf"""{START}(?:(?:{alternatives(_OPINION.get("labels"))})\s*:\s*)?
        (?:{alternatives(_OPINION.get("subjects"))})(?!\w)
        [^.!?\n]{{0,160}}?(?<!\w)(?:{alternatives(_OPINION.get("denials"))})(?!\w).{{0,400}}""",
    safety="The block opens with the views, the opinions or the piece itself, and the same sentence says "
    "they do not necessarily reflect the newsroom's, or are the author's alone ('n'engagent que'); a "
    "story's 'The views from the summit' says no such thing, and reported speech vetoes it.",
    examples=_OPINION.examples,
)

_FUNDING = concept("funding-note")

FUNDING_NOTE = PatternRule(
    code="COR022",
    name="funding-note",
    category=Category.CORRECTION,
    summary="The piece saying who funded or supported it, in every language: 'Dit artikel kwam tot stand met "
    "steun van …'.",
    message="funding note",
    languages=_FUNDING.languages,
    keywords=starts(*(keyword_of(subject) for subject in _FUNDING.get("subjects"))),
    max_words=70,
    unless=speech_veto(_FUNDING.languages),
    pattern=rf"""{START}(?:{alternatives(_FUNDING.get("subjects"))})(?!\w)
        (?=[^.!?\n]{{0,120}}?(?<!\w)(?:{alternatives(_FUNDING.get("participles"))})(?!\w))
        (?=[^.!?\n]{{0,200}}?(?<!\w)(?:{alternatives(_FUNDING.get("support"))})(?!\w)).{{0,500}}""",
    safety="The block opens with the piece naming itself ('This story', 'Dit artikel'), and its first "
    "sentence holds a participle of making ('produced', 'kwam tot stand') and the support ('with support "
    "from', 'met steun van'); a project's or an investigation's funding in the news is no piece ('This "
    "project was funded by the council' stays), and reported speech vetoes it.",
    examples=_FUNDING.examples,
)

_AI = concept("ai-disclosure")
# AI's initials, written in capitals ("AI", "KI", "IA"), not inside a word ("Kiel"): a hyphen may
# join them to the next ("KI-Unterstützung").
_AI_WORDS = alternatives(phrase for phrase in _AI.get("ai") if not phrase.startswith("="))
_AI_INITIALS = "|".join(phrase[1:] for phrase in _AI.get("ai") if phrase.startswith("="))
_AI_TERM = rf"(?:(?<!\w)(?:{_AI_WORDS})|(?<![\w-])(?-i:{_AI_INITIALS})(?![^\W\d_]))"

AI_DISCLOSURE = PatternRule(
    code="COR015",
    name="ai-disclosure",
    category=Category.CORRECTION,
    summary="The piece saying it was made with AI, in every language: 'Dieser Text wurde mit KI erstellt'.",
    message="AI disclosure",
    languages=_AI.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in (*_AI.get("labels"), *_AI.get("subjects")))),
    max_words=70,
    unless=speech_veto(_AI.languages),
    pattern=rf"""{START}(?:(?:{alternatives(_AI.get("labels"))})\s*[:–—(]\s*)?
        (?:{alternatives(_AI.get("subjects"))})(?!\w)
        (?=[^.!?\n]{{0,160}}?(?<!\w)(?:{alternatives(_AI.get("participles"))})(?!\w))
        (?=[^.!?\n]{{0,200}}?(?:(?<!\w)(?:{alternatives(_AI.get("means"))})\s+(?:\S+\s+){{0,6}}?(?:\w+['’])?
            {_AI_TERM}|(?<!\w)(?:{alternatives(_AI.get("adverbs"))})(?!\w)
          | (?<!\w)(?:{alternatives(_AI.get("means"))})\s+(?:\S+\s+){{0,3}}?
            (?:{alternatives(_AI.get("people"))})(?!\w)(?=.{{0,300}}?{_AI_TERM}))).{{0,500}}""",
    safety="The block opens with the piece naming itself ('This article', 'Dieser Text'), and its first "
    "sentence holds a participle of making ('written', 'erstellt') and an AI as its means ('with the help "
    "of AI', 'mit KI') or an adverb that names one ('automatisch erstellt'), or people as its makers "
    "('by a person') when the note names an AI too; a story about an AI law's article says who said "
    "so, and reported speech vetoes it.",
    examples=_AI.examples,
)


_LIABILITY = concept("liability-disclaimer")
# A publisher's name: two to four capitalised words ("The Ridgefield Ledger"), or one with a capital
# inside it ("ComunicatiNews"); "Platforms" alone is any sentence's first word.
_NAME = r"""(?-i:[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){1,3}|[A-ZÀ-Þ][a-zß-ÿ]+[A-Z][\w'’&.-]*)"""

LIABILITY_DISCLAIMER = PatternRule(
    code="COR016",
    name="liability-disclaimer",
    category=Category.CORRECTION,
    summary="The publisher not answering for what it did not write, in every language: 'Die Redaktion "
    "haftet nicht für Links'.",
    message="liability disclaimer",
    languages=_LIABILITY.languages,
    keywords=tuple(keyword_of(denial) for denial in _LIABILITY.get("denials")),
    max_words=60,
    unless=speech_veto(_LIABILITY.languages),
    pattern=rf"""{START}(?:{alternatives(_LIABILITY.get("publishers"))}|{_NAME})\s+
        (?:{alternatives(_LIABILITY.get("denials"))})(?!\w)
        [^.!?\n]{{0,80}}?(?<!\w)(?:{alternatives(_LIABILITY.get("objects"))})(?!\w).{{0,400}}""",
    safety="The block's first sentence: the publisher by its role or its name, a denial of responsibility "
    "and, after it, what the publisher does not answer for (external links, readers' comments, press "
    "releases); a landlord's liability for damage says none of these, and reported speech vetoes it.",
    examples=_LIABILITY.examples,
)

CORRECTIONS_BOX_LINES = box_lines_rule(
    code="COR102",
    name="corrections-footer-lines",
    category=Category.CORRECTION,
    key="corrections",
    summary="A corrections footer's short lines beside its recognised part: 'Report an error', "
    "'Pressekodex'.",
    message="line of a corrections footer",
    signals="a link of such a footer ('Report an error', 'Fehler melden', 'Erramos', 'Codice etico')",
    examples=(
        removes("Korrekturen und Transparenz", before=(
            "Korrektur: In einer früheren Fassung dieses Artikels stand, der Haushalt betrage vier Millionen "
            "Euro. Richtig sind fünf Millionen.",), after=(
            "Die Bürgermeisterin sagte, die Schulen bekämen im kommenden Jahr mehr Geld.",)),
        removes("Defensora del lector", before=(
            "Fe de errores: una versión anterior de este artículo atribuía la demanda a otra entidad.",),
            after=("La alcaldesa dijo que las escuelas recibirán el próximo año más dinero del previsto.",)),
        keeps("Human error, not fraud", before=(
            "Correction: An earlier version of this article misstated the amount of the school budget.",),
            after=("Auditors found that the clerk had typed the wrong figure into the ledger, the report "
                   "said.",), note="a sub-heading of the story"),
    ),
)

RULES = (CORRECTION_NOTICE, PRODUCTION_NOTE, ORTHOGRAPHY_NOTE, DATED_CORRECTION, DATED_UPDATE,
         UPDATE_LABEL_NOTE, WE_CORRECTED, ADVICE_DISCLAIMER, WIRE_CORRECTION, EDIT_NOTE, ARTICLE_UPDATED,
         UPDATE_ADDS,
         STANDARDS_FOOTER, OPINION_DISCLAIMER, AI_DISCLOSURE, LIABILITY_DISCLAIMER,
         EARLIER_VERSION, MISREPORTED, DISCLOSURE_NOTE, HOLDINGS_DISCLOSURE, METHOD_NOTE, FUNDING_NOTE)
# After the byline rules: a tip line that invites corrections ("Ziet u een fout? Meld het") is
# named by its own phrase before these signals read it as a standards notice.
# The signals speak first: a standards paragraph that also asks for error reports is theirs.
LATE_RULES = (STANDARDS_NOTICE, STANDARDS_ADHERENCE, OUTLET_MEMBERSHIP, STANDARDS_BOX, CORRECTIONS_BOX_LINES)
