"""A phrase inside a quotation that opens its line is cited, not said by the publisher.

News quotes slogans, campaign names and people: «Dona ora», „Jetzt abonnieren“,
"Subscribe now" as a sub-heading or a line of its own is the article talking
about an appeal. A credit or a prompt after the quotation is still evidence.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.blocks import strip_decoration
from newsclean.shape import cited_at, opening_quotation, quotations, quotes_evidence

BEFORE = "The town council debated the swimming pool's future for three hours on Monday night."
AFTER = "The campaign runs until June, the committee said in a statement on Tuesday."

CITED = (
    "«Dona ora, basta un euro»",
    "« Abonnez-vous » ne suffit plus",
    "„Jetzt spenden!“ steht auf jedem Plakat",
    "»Jetzt spenden« – so lautet der Aufruf des Vereins",
    '"Subscribe now" is no longer enough',
    "“Donate today” was printed on every leaflet",
    "- « Tous droits réservés » sous une photo, ce n'est pas décoratif",
)


@pytest.mark.parametrize("line", CITED)
def test_a_phrase_quoted_at_the_start_of_a_line_is_body(line: str) -> None:
    text = f"{BEFORE}\n{line}\n{AFTER}"
    assert newsclean.clean(text) == text


@pytest.mark.parametrize("line", ["Dona ora, basta un euro", "Jetzt spenden!", "Subscribe now"])
def test_the_same_phrase_unquoted_is_still_an_appeal(line: str) -> None:
    assert line not in newsclean.clean(f"{BEFORE}\n{line}\n{AFTER}")


def test_a_credit_after_a_quoted_title_is_still_a_credit() -> None:
    caption = "« Infirmière de nuit, Lyon, 2021 ». JEANNE MOREAU / AFP"
    assert caption not in newsclean.clean(f"{BEFORE}\n{caption}\n{AFTER}")
    assert not quotes_evidence(caption, "JEANNE MOREAU / AFP")


def test_the_quotation_ends_at_its_closing_mark_or_the_line() -> None:
    assert opening_quotation("„Jetzt spenden“, sagte sie.") == (0, 15)
    assert opening_quotation("« Jamais fermé") == (0, 14)
    assert opening_quotation("- “Subscribe” she said") == (2, 13)
    assert opening_quotation("No quotation here") is None
    assert quotes_evidence("«Dona ora»", "Dona ora»")
    assert quotes_evidence("« Tous droits réservés » sous une photo", "Tous droits réservés » sous une photo")
    assert not quotes_evidence("«Il Comune» Dona ora", "Dona ora")
    assert not quotes_evidence("«Il Comune» Dona ora", "«Il Comune» Dona ora")  # the rule read the quotation


CITED_MESSAGES = (
    # A headline that opens with the cited call, its guillemet kept by the block's core.
    "« Inscrivez-vous à notre newsletter » : comment une jeune rédaction a trouvé ses lecteurs",
    # A sentence that reports the message a reader sees, the message inside the quotation.
    "Since March, readers without a subscription see a notice after two paragraphs: “You have "
    "reached your limit of free articles this month. Subscribe to keep reading.”",
    "Wie geen abonnement heeft, ziet sinds de zomer na drie alinea's een venster: \"Je hebt de "
    "limiet van gratis artikelen bereikt.\"",
    # A pop-up the story quotes whole, on its own line, under the sentence that introduces it.
    "« Vous avez lu vos trois articles offerts ce mois-ci. Pour continuer, abonnez-vous dès 1 € par mois. "
    "Déjà abonné ? Connectez-vous. »",
    "“We use cookies to improve your experience and show you offers. By continuing to browse, you "
    "accept their use. [Accept all]”",
)

QUOTED_BY_ITS_TITLE = (
    "« Abonnez-vous dès 1 € » : la nouvelle offre du journal",  # a quoted headline goes on after it
    "“Subscribe today”",  # too short to be a message the story quotes whole
)


@pytest.mark.parametrize("line", QUOTED_BY_ITS_TITLE)
def test_a_quotation_that_is_not_a_whole_message_is_read_by_its_words(line: str) -> None:
    quotation = opening_quotation(line)
    assert quotation is not None
    assert not quotes_evidence(line, line)  # a rule that read the quotation keeps its evidence


def test_evidence_in_pieces_is_found_by_its_first_piece() -> None:
    line = "« Nous utilisons des cookies pour améliorer votre expérience. Vous acceptez leur utilisation. »"
    assert quotes_evidence(line, "cookies … améliorer … acceptez")


@pytest.mark.parametrize("line", CITED_MESSAGES)
def test_a_message_the_story_cites_is_body(line: str) -> None:
    text = f"{BEFORE}\n{line}\n{AFTER}"
    assert newsclean.clean(text) == text


def test_a_term_in_quotation_marks_is_the_writers_own_word() -> None:
    note = ("Die mit Sternchen gekennzeichneten Links sind sogenannte »Affiliate-Links«: kaufst du über "
            "sie ein, bekommen wir eine kleine Provision.")
    assert not cited_at(note, note.index("Affiliate"))
    message = 'Readers who open a paid story now see the notice: "You have read all your free articles."'
    assert cited_at(message, message.index("free articles"))


@pytest.mark.parametrize(("line", "core"), [
    ("« Oui » au référendum", "« Oui » au référendum"),  # a quotation opens the line
    ("« Retour", "Retour"),  # a back arrow that nothing closes
    ("• ‹ Zurück", "Zurück"),
])
def test_a_guillemet_that_a_later_one_closes_stays_in_the_core(line: str, core: str) -> None:
    assert strip_decoration(line) == core


def test_single_curly_quotes_close_at_a_mark_no_letter_follows() -> None:
    """British and Dutch quote with ‘…’; the closing mark is the apostrophe's, which inside a word
    ("foto’s", "it’s") closes nothing."""
    assert opening_quotation("‘Het zijn foto’s van mijn vader,’ zegt ze.") == (0, 33)
    banner = ("Wie de site opende, kreeg een banner te zien. ‘Wij en onze 214 partners gebruiken cookies "
              "om uw ervaring te verbeteren. Door verder te surfen gaat u akkoord,’ stond er.")
    assert cited_at(banner, banner.index("partners"))
    text = f"{BEFORE}\n{banner}\n{AFTER}"
    assert newsclean.clean(text) == text


def test_a_sub_heading_the_paragraph_below_quotes_is_body() -> None:
    heading = "Tips? Bel Roodbeen"
    paragraph = ("Onder elk stuk zette hij jarenlang zijn directe telefoonnummer, met de regel: ‘Tips? Bel "
                 "Roodbeen.’ Dat leverde hem een netwerk van bronnen op.")
    text = f"{BEFORE}\n{heading}\n{paragraph}\n{AFTER}"
    assert newsclean.clean(text) == text
    # The same line without the paragraph that quotes it is the paper's call for tips.
    assert heading not in newsclean.clean(f"{BEFORE}\n{heading}\n{AFTER}")


def test_typewriter_single_quotes_quote_where_no_word_is_elided() -> None:
    """Dutch and British pages quote with the typewriter's "'" too: a notice cited so is the
    story's; an apostrophe inside or before a word ("foto's", "'s avonds", "rock 'n' roll") opens
    and closes nothing."""
    notice = ("Lezers kregen de hele zomer dezelfde melding: 'Je hebt je gratis artikelen voor deze maand "
              "gelezen. Word abonnee voor 1 euro per maand.'")
    text = f"{BEFORE}\n{notice}\n{AFTER}"
    assert newsclean.clean(text) == text
    assert quotations("'s Avonds staan de foto's van het centrum online.") == []
    line = "Rock 'n' roll never dies, said 'the king' himself."
    assert [line[start:end] for start, end in quotations(line)] == ["'the king'"]


def test_an_elision_opens_no_quotation() -> None:
    """"'til", "'ns" and "'ndrangheta" elide letters: no quotation opens there, so what follows is
    read as any text is."""
    for line in ("Rock 'til you drop, said the Joneses' bandleader.",
                 "Ze zei 'ns dat Kees' fiets gestolen was.",
                 "La 'ndrangheta controlla il porto da un po' di anni."):
        assert quotations(line) == [], line
