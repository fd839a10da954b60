"""A gallery's, a video's or a live page's headline that opens its page stays.

``chain._spare_media_headline`` reads the first lines above the article.

Between paragraphs, "Fotos: So sah die Innenstadt aus" is a teaser to a gallery elsewhere and goes.
As the document's first line it is the article's own title: the page is the gallery. A credit in
that place ("Foto: dpa") names no title and still goes.
"""

from __future__ import annotations

import pytest

import newsclean

PARAGRAPHS = (
    "Der Stadtrat hat am Dienstagabend mit sieben zu vier Stimmen den neuen Haushalt für das kommende "
    "Jahr beschlossen, teilte die Stadt mit.",
    "Die Opposition kritisierte vor allem die Kürzungen bei den Schwimmbädern und kündigte an, im "
    "Frühjahr einen eigenen Antrag einzubringen.",
)

TITLES = [
    "Fotos: So sah die Innenstadt nach dem Unwetter aus",
    "Bildergalerie: So feierte die Stadt ihr Jubiläum am Wochenende",
    "En images : la ville sous la neige après une nuit de tempête",
    "Video: Der Bürgermeister erklärt die neuen Regeln für die Innenstadt",
    "Photos: Jane Doe dazzles at the Riverside Arena",  # names, and what they do
    "Fotos: Lena Berger gewinnt in Kitzbühel",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_media_title_opening_the_page_stays(title: str) -> None:
    text = "\n\n".join((title, *PARAGRAPHS))
    assert newsclean.clean(text).splitlines()[0] == title


def test_the_same_line_between_paragraphs_is_a_teaser() -> None:
    text = "\n\n".join((PARAGRAPHS[0], TITLES[0], PARAGRAPHS[1]))
    assert [removal.code for removal in newsclean.explain(text).removals] == ["REL008"]


@pytest.mark.parametrize("credit", [
    "Foto: dpa",
    "Photos: Jane Doe for The Riverside Herald",
    "Fotos: Hans Muster mit freundlicher Genehmigung",
    "Photos: Jane Doe/Riverside Herald",
])
def test_a_credit_opening_the_page_still_goes(credit: str) -> None:
    text = "\n\n".join((credit, *PARAGRAPHS))
    assert [removal.code for removal in newsclean.explain(text).removals] == ["CRD001"]


LIVE = "Liveticker: Köln gegen Bremen 2:1, die Entscheidung fällt in der Nachspielzeit"


def test_a_live_pages_headline_under_its_kicker_stays() -> None:
    text = "\n\n".join(("Sport", LIVE, *PARAGRAPHS))
    assert LIVE in newsclean.clean(text)


def test_a_live_label_between_paragraphs_is_a_teaser() -> None:
    text = "\n\n".join((PARAGRAPHS[0], LIVE, PARAGRAPHS[1]))
    assert [removal.code for removal in newsclean.explain(text).removals] == ["REL016"]


def test_a_live_title_under_a_whole_pages_menu_and_cookie_banner_stays() -> None:
    """A page dumped whole opens with its menu and its cookie banner's buttons: the live page's
    title under them is still the first line above the article that no rule took as furniture."""
    chrome = ("Zum Inhalt springen", "Nachrichten", "Sport", "Wetter", "Verkehr", "Radio", "Fernsehen",
              "Suche", "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", "Alle akzeptieren",
              "Nur notwendige", "Einstellungen", "Startseite › Nachrichten › Wetter", "LIVE")
    title = "LIVE | Sturm über Niederbayern: Bäume umgestürzt, keine Züge zwischen Passau und Plattling"
    text = "\n".join((*chrome, title, *PARAGRAPHS))
    assert title in newsclean.clean(text).splitlines()


def test_a_live_title_right_above_the_lead_stays_under_a_masthead_name() -> None:
    """A masthead's name of four words no rule took holds no headline's slot: the line right above
    the article's lead is its title."""
    title = "EN VIVO | Lluvias en Monterrey: inundaciones, cierres viales y suspensión de clases"
    lead = ("Protección Civil prevé acumulados de hasta 250 milímetros en las próximas 24 horas, y el río "
            "lleva su mayor caudal en más de una década.")
    text = "\n".join(("Canal 12 Noticias Monterrey", "Inicio Local Seguridad Clima Deportes Videos", title,
                      lead, "Por Redacción · Actualizado 24 de septiembre de 2025 · 17:05 h", *PARAGRAPHS))
    assert title in newsclean.clean(text).splitlines()


def test_a_video_caption_under_the_byline_and_stamp_still_goes() -> None:
    """Under a byline or a stamp, the line above the lead is a video's caption, not the title."""
    caption = "Vídeo: Reportagem na urgência do hospital durante a noite de Ano Novo"
    text = "\n".join(("Urgências fecham no fim de semana de Ano Novo", "Sandra Ribeiro - Antena 1",
                      "27 dez 2025, 10:48", caption, *PARAGRAPHS))
    assert caption not in newsclean.clean(text).splitlines()


def test_a_media_teaser_under_the_articles_own_headline_still_goes() -> None:
    """Right above the lead but under a headline no rule took, a gallery's title is a teaser."""
    text = "\n\n".join(("Stadtrat beschließt Haushalt mit Kürzungen bei Bädern", TITLES[0], *PARAGRAPHS))
    assert TITLES[0] not in newsclean.clean(text).splitlines()
