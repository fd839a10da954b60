"""A call led by a clause of purpose or condition is read without it (``Chain._match_after_lead``).

A publisher's pitch often opens with what it is for ("For the latest news, download the Ledger
app", "Si te gustó esta nota, compártela") or with a promise a colon closes ("Nix verpassen: …");
the chain reads what follows the clause's comma or the promise's colon alone,
and a strong rule's call there takes the whole line. A line of the story so led stays: the rest is
no call, or the line reports speech, or the clause holds a sentence's end.
"""

from __future__ import annotations

import pytest

from between_paragraphs import removed_between_paragraphs

LED_CALLS = [
    "For the latest stories and breaking news, download the Harbour Post app for iOS and Android.",
    "For the week's best reads, sign up for the Harbour Post newsletter.",
    "Pour ne rien manquer de l'actualité locale, abonnez-vous à notre newsletter.",
    "Wenn Sie keine Nachricht verpassen wollen, abonnieren Sie unseren Newsletter.",
    "Para no perderte nada, suscríbete a nuestro boletín.",
    "Per restare aggiornato, iscriviti alla nostra newsletter.",
    "Als je niets wilt missen, schrijf je in voor onze nieuwsbrief.",
    "- Para receber as notícias do dia, assine a nossa newsletter.",
    "Nix verpassen im Fastelovend: Folgen Sie Rheinblick Köln jetzt auch auf WhatsApp",
    "Don't miss a thing: follow the Harbour Post on WhatsApp for breaking news.",
]

LED_STORY = [
    "For years, newsletter sign-ups at the paper grew steadily.",
    "For now, subscribers must sign up for the newsletter again, the company said.",
    "If you can, donate blood at the centre on Main Street.",
    "To be sure, subscribers were angry about the price rise.",
    "Für die Stadt, so der Bürgermeister, ist das App-Angebot ein Erfolg.",
    "Pour la mairie, l'application a été téléchargée 20 000 fois.",
    "For the latest figures. Download the report from the council's site.",
    "If you would like longer reviews of each pick, read on.",
    "To learn more about the scheme, sign up for the platform on its home page.",
    "For beginners, a starter kit is a good way in. Its maker also sends a newsletter with offers.",
    "For more about the markets, watch:",
    "Don't miss: the mayor will follow us on WhatsApp, she said.",
    "Stay informed: the council publishes its agenda a week before each meeting.",
    # A clause without its comma, a verb of the call after it: no call either.
    "For more download figures of the app on iOS and Android, see the chart below.",
    "For more than a decade residents have asked the council to download the app for iOS and Android.",
    "Para las últimas elecciones la alcaldía lanzó una app para iOS y Android con los resultados.",
]


@pytest.mark.parametrize("line", LED_CALLS)
def test_a_call_led_by_a_clause_goes(line: str) -> None:
    assert removed_between_paragraphs(line)


@pytest.mark.parametrize("line", LED_STORY)
def test_a_line_of_the_story_so_led_stays(line: str) -> None:
    assert not removed_between_paragraphs(line)
