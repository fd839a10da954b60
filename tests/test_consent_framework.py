"""The consent framework's sentence goes; a story's "we and our …" stays (``CKE003``, ``CKE007``).

A consent banner opens with its subject and its partners, then stores or accesses information on a
device, or uses cookies. The same four words open a family's, a firm's or a newsroom's sentence,
which is the article's.
"""

from __future__ import annotations

import pytest

from between_paragraphs import removed_between_paragraphs

BANNERS = [
    "We and our 842 partners store and/or access information on a device, such as cookies, and process "
    "personal data.",
    "Wir und unsere 143 Partner verwenden Cookies, um Inhalte zu personalisieren.",
    "Wir und unsere 186 Partner speichern und verarbeiten personenbezogene Daten wie Ihre IP-Adresse.",
    "Nous et nos 312 partenaires stockons et/ou accédons à des informations sur un appareil, telles que "
    "des cookies.",
    "Noi e i nostri partner utilizziamo cookie e tecnologie simili per finalità tecniche e pubblicitarie.",
    "Nós e os nossos parceiros utilizamos cookies para personalizar anúncios.",
    "Wij en onze partners gebruiken cookies en vergelijkbare technieken om advertenties te personaliseren.",
    "We and our 842 partners use technologies, such as cookies, and process personal data.",
    "Wij en onze 200 partners gebruiken technologieën, zoals cookies, om advertenties te tonen.",
]

STORIES = [
    "We and our partners may never know what happened that night on the river.",
    "We and our selected partners store the donated food, from tinned soup to cookies, in a warehouse.",
    "Wir und unsere Partner haben das Projekt drei Jahre lang vorbereitet.",
    "Wir und unsere Dienstleister haben den Auftrag fristgerecht erledigt.",
    "Nous et nos partenaires avons planté 400 arbres le long du canal cet hiver.",
    "Nosotros y nuestros socios tratamos de llegar a un acuerdo antes del verano.",
    "Noi e i nostri partner abbiamo raccolto 20 mila euro per la scuola del quartiere.",
    "Nós e os nossos parceiros vamos investir 20 milhões na fábrica de Setúbal.",
    "Wij en onze kinderen fietsten elke zomer langs de kust van Zeeland.",
    "We en onze buren hebben jarenlang gestreden tegen de windmolens.",
    "Wij en onze partners verwerken de aanvragen binnen twee weken.",
    "Wir und unsere Partner speichern und/oder archivieren die Akten in einem Keller.",
    "Noi e i nostri partner archiviamo e/o accediamo agli archivi comunali in un magazzino sicuro.",
    "Nosotros y nuestros proveedores usamos mantequilla local en las cookies.",
]


@pytest.mark.parametrize("line", BANNERS)
def test_the_frameworks_sentence_goes(line: str) -> None:
    assert removed_between_paragraphs(line)


@pytest.mark.parametrize("line", STORIES)
def test_a_storys_we_and_our_stays(line: str) -> None:
    assert not removed_between_paragraphs(line)
