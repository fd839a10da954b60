"""Lines an extractor glued from a box's lines are read piece by piece (``Chain._match_glued``).

``get_text()`` joins a box's heading, pitch and buttons with nothing between them ("Sie haben noch
kein Abo?Jetzt 1 Monat testenBereits Abonnent? Hier anmelden"). The chain reads such a short line
again at each glue; when the block rules name its pieces, the line goes as its first confirmed
piece, or its first named one. A post's meta line split by pipes ("12 March 2024 | Politics | 3
comments") is read the same way.
Sentences that name brands ("WhatsApp", "iPhone") or glue two sentences of the story stay.
"""

from __future__ import annotations

import pytest

import newsclean
from between_paragraphs import AFTER, BEFORE, removed_between_paragraphs

GLUED_BOXES = [
    "Sie haben noch kein Abo?Jetzt 1 Monat um 1 € testenBereits Abonnent? Hier anmelden",
    "Already a subscriber?Log inSubscribe from $1 a week",
    "Found an error?Let us know.",
    "Vous avez trouvé une erreur?Merci de nous la signaler.",
    "Encontrou um erro?Avise a redação.",
    "¿Ya eres suscriptor?Inicia sesiónSuscríbete",
    "Questo articolo è riservato agli abbonati.Sei già abbonato? Accedi",
    "Dit artikel is alleen voor abonnees.Al abonnee? Log in",
]

GLUED_BODY = [
    "The app, called ParkNorth, is available for iPhone and Android.Drivers can pay by the minute.",
    "Le site de petites annonces devra revoir sa bannière.Les juges estiment que le bouton était caché.",
    "Un mensaje que circula por WhatsApp asegura que habrá que pagar por aceptar cookies.",
    "Vídeo que circula no TikTok afirma que o governo vai cobrar pelo aplicativo.Não há norma nesse sentido.",
    "Die App „HalloAlarm“ meldete Verzögerungen.Viele Nutzer erhielten die Warnung zu spät.",
    "Betaal met iDEAL of via een tikkie van de penningmeester.",
    "Companies using the service include Nokia, Vonage and ConversationalHEALTH.",
    "Citations are indexed in PubMed®",
]


@pytest.mark.parametrize("line", GLUED_BOXES)
def test_a_glued_box_goes_between_paragraphs(line: str) -> None:
    assert removed_between_paragraphs(line)


@pytest.mark.parametrize("line", GLUED_BODY)
def test_a_glued_sentence_of_the_story_stays(line: str) -> None:
    assert not removed_between_paragraphs(line)


def test_a_glued_row_of_share_labels_goes_only_after_the_article() -> None:
    row = "FacebookXWhatsApp"
    assert not removed_between_paragraphs(row)  # weak labels between paragraphs are the article's structure
    text = "\n\n".join((BEFORE, AFTER, row, "© 2026 Northgate Media Ltd. All rights reserved."))
    assert any(removal.text == row for removal in newsclean.explain(text).removals)


def test_a_glued_row_goes_anywhere_as_its_confirmed_piece() -> None:
    # "Copy link" goes alone, between paragraphs too
    assert removed_between_paragraphs("FacebookXEmailCopy link")


META_LINES = [
    "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
    "Posted on March 3, 2021 by admin | 3 Comments",
    "12. März 2024 | Kategorie: Politik | 3 Kommentare",
    "Categoria: Cronaca | Letture: 312",
    "Santarém (PA) | 02/03/2026 às 06h00 | Atualizado em 02/03/2026 às 10h41",  # the stamp's place first
    "Published: Monday | March 9, 2026 | 12:09 AM",  # one stamp once its pipes are commas
    "Terça-feira, 7 de Abril de 2026 | Faro 19°C",  # a stamp and the weather beside it
]

PIPED_BODY = [
    "29 November 2018 | 20 January 2019",  # an exhibition's dates: two pieces of one kind
    "Politics | Courts",  # labels no rule names
    "Opening hours: 9.30 A.M. | Tickets: 12 euros",
    "Print | Digital | Audio: three ways to follow the trial",  # a headline under weak labels
    "| 12 March 2024 | 3 comments |",  # a table's row: its cells are the article's
    "cat access.log | grep 404 | wc -l",  # a shell's pipes
    "Lisboa | Porto | Faro",  # places alone, no stamp
    "Monday | Doors open at 7pm",  # a day and what happens on it
]


@pytest.mark.parametrize("line", META_LINES)
def test_a_posts_meta_line_split_by_pipes_goes(line: str) -> None:
    assert removed_between_paragraphs(line)


@pytest.mark.parametrize("line", PIPED_BODY)
def test_a_piped_line_of_one_kind_or_a_table_row_stays(line: str) -> None:
    assert not removed_between_paragraphs(line)
