"""A phrase inside a quotation that opens its line is cited, not said by the publisher.

News quotes slogans, campaign names and people: «Dona ora», „Jetzt abonnieren“,
"Subscribe now" as a sub-heading or a line of its own is the article talking
about an appeal. A credit or a prompt after the quotation is still evidence.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.shape import opening_quotation, quotes_evidence

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
