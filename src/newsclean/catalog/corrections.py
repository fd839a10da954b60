"""Corrections, editor's notes and standards footers: the publisher talking about the article."""

from ..rules import Category, PatternRule, keeps, removes
from ._dates import DATE, LINK, PIECE, TIME, WEEKDAY
from ._patterns import START, starts
from ._phrases import phrase_rule
from ._signals import signal_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto

_CORRECTION = concept("correction")
# The labels among the notices' openings: "Correction:", "Rectificatif :" (without the colon).
_LABELS = tuple(sorted({
    phrase.rstrip(": -").strip() for phrase in _CORRECTION.get("phrases") if phrase.rstrip().endswith(":")
}))
# A date or a time first ("le 18 février à 10h15"), not only the words that join them.
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
    pattern=rf"""\A{START}(?:{alternatives(_LABELS)})\s*[,(–—-]?\s*{_DATE_PIECES}\s*\)?\s*:\s*\S""",
    safety="The label, then only a date or a time, then a colon: 'Correction of the figures, on "
    "Monday, took a week' has no colon after its date and is kept.",
    examples=(
        removes("Korrektur, 28.08.2025: In einer früheren Fassung dieses Artikels hieß es, der Zug "
                "fahre ab Montag."),
        removes("Rectificatif, le 18 février à 10h15 : contrairement à ce que nous indiquions, le maire "
                "n'a pas démissionné."),
        removes("Correction (March 5, 2025): An earlier version misstated the mayor's age."),
        keeps("Correction on 5 March 2025 came too late for the families, the lawyer said."),
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
    safety="Needs three distinct signals (standards, an error, a contact, the publication itself, an "
    "opinion disclaimer), the publisher's or the reader's voice and no reported speech: a story about "
    "a press council's ruling says who ruled.",
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

RULES = (CORRECTION_NOTICE, DATED_CORRECTION, DATED_UPDATE, WIRE_CORRECTION, EDIT_NOTE, ARTICLE_UPDATED,
         STANDARDS_FOOTER)
# After the byline rules: a tip line that invites corrections ("Ziet u een fout? Meld het") is
# named by its own phrase before these signals read it as a standards notice.
LATE_RULES = (STANDARDS_NOTICE,)
