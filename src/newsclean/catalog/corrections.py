"""Corrections, editor's notes and standards footers: the publisher talking about the article."""

from ..rules import Category
from ._phrases import phrase_rule

CORRECTION_NOTICE = phrase_rule(
    code="COR001",
    name="correction-notice",
    category=Category.CORRECTION,
    concept="correction",
    summary="Corrections and editor's notes in every language: 'Correction: An earlier version of this "
    "article…', 'Korrektur: …'.",
    message="correction or editor's note",
    follow="anything",
    speech=True,
    max_words=80,
    safety="The notice opens the block ('Correction:', 'An earlier version of this article'); a report "
    "about a correction opens with its subject, and reported speech vetoes it.",
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

RULES = (CORRECTION_NOTICE, STANDARDS_FOOTER)
