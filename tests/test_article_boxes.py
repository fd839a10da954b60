"""The article's own boxes stay, though their lines read like a site's furniture.

A table whose extractor dropped the pipes at its rows' ends, a fact box with one row that runs
on in words, the source line under a list of figures, and the profile of the person an interview
is with: each is the article's, and the chain spares it (``chain._spare_*``). The same lines
without the article around them, or a box that is the site's, still go.
"""

from __future__ import annotations

import newsclean

LEAD = (
    "The regional government approved the reform of the tourist tax on Monday, raising what visitors "
    "pay per night in every category of lodging from next summer."
)
BODY = (
    "The minister said the money would go to housing and to the water network, and the opposition "
    "announced that it would challenge the reform before the constitutional court."
)
END = (
    "The reform now goes to parliament, where the governing coalition has a majority of four seats "
    "and expects a final vote before the end of the year."
)


def _kept(lines: list[str], text: str) -> list[str]:
    """The lines of ``lines`` that survive cleaning ``text``."""
    removed = {removal.text.strip() for removal in newsclean.explain(text).removals}
    return [line for line in lines if line not in removed]


def test_a_table_without_its_outer_pipes_is_no_donation_form() -> None:
    rows = [
        "Hotel de 5 estrellas | 4 € | 6 € | 2 €",
        "Hotel de 4 estrellas | 3 € | 4,50 € | 1,50 €",
        "Hotel de 3 estrellas | 2 € | 3 € | 1 €",
    ]
    text = "\n\n".join([LEAD, "Tipo de alojamiento | Actual | Verano | Invierno", *rows, END])
    assert _kept(rows, text) == rows


def test_a_lone_row_of_amounts_is_still_a_donation_form() -> None:
    picker = "€3 | €5 | €10 | Autre montant"
    text = "\n\n".join([LEAD, BODY, picker])
    assert _kept([picker], text) == []


def test_a_fact_box_with_one_row_in_words_stays_under_an_ad() -> None:
    box = [
        "Das gilt an Weiberfastnacht",
        "Glasverbot: Donnerstag 6 Uhr bis Freitag 6 Uhr in der Altstadt",
        "Waffenverbotszone: in der gesamten Innenstadt, auch für Messer jeder Klingenlänge",
        "Jugendschutz: Unter 16-Jährige ohne Begleitung werden abgewiesen",
        "Bahnen: Die Haltestelle am Platz wird von 9 bis 22 Uhr nicht angefahren",
    ]
    text = "\n\n".join([LEAD, BODY, "Anzeige", "Partnerinhalt · 20 Prozent auf alle Kostüme bis Montag", *box,
                        "Folgen Sie uns auf WhatsApp", END])
    assert _kept(box, text) == box


def test_the_source_of_a_list_of_figures_is_the_lists() -> None:
    figures = ["2022: 611.000", "2023: 842.000", "2024: 967.000"]
    source = "Bron: Haven Autoriteit Aruba"
    text = "\n\n".join([LEAD, BODY, *figures, source, END])
    assert _kept([source], text) == [source]


def test_an_agencys_source_line_after_the_article_still_goes() -> None:
    source = "Quelle: Landes-Kurier/arp"
    text = "\n\n".join([LEAD, BODY, END, source])
    assert _kept([source], text) == []


INTERVIEW = [
    "Vogelgrippe: „Das Risiko ist höher als vor drei Jahren“",
    "Das Virus hat Milchkühe erreicht. Eine Virologin erklärt, was das für Tierhalter und für alle "
    "anderen bedeutet.",
    "PERSPEKTIVE: Wie besorgt sollten wir sein, dass das Virus Rinder erreicht hat?",
    "Algermissen: Besorgt genug, um genau hinzusehen. Das Virus ist in ein Säugetier übergesprungen, "
    "das eng mit Menschen lebt, und jede Infektion gibt ihm eine weitere Chance, sich anzupassen.",
    "PERSPEKTIVE: Was kann man selbst tun?",
    "Algermissen: Keine Rohmilch trinken, keine toten Wildvögel anfassen, Katzen nicht draußen an "
    "Kadavern fressen lassen. Das sind einfache Dinge, und sie machen einen Unterschied.",
]
SUBJECT_BIO = (
    "Henrike Algermissen, 52, leitet die Abteilung Zoonosen am Norddeutschen Zentrum für "
    "Infektionsforschung in Hamburg. Sie forscht seit 20 Jahren zu Influenzaviren."
)
AUTHOR_BIO = (
    "Jakob Steinhäuser ist Wissenschaftsredakteur bei PERSPEKTIVE. Er schreibt über Medizin, "
    "Epidemiologie und Forschungspolitik."
)


def test_the_profile_of_the_person_interviewed_stays() -> None:
    text = "\n\n".join([*INTERVIEW, "Zur Person", SUBJECT_BIO, AUTHOR_BIO])
    assert _kept([SUBJECT_BIO, AUTHOR_BIO], text) == [SUBJECT_BIO]


def test_a_bio_whose_person_is_only_named_in_the_story_still_goes() -> None:
    bio = "Jane Harper is a senior writer who has covered laptops since 2015."
    text = "\n\n".join([
        LEAD,
        "Senior writer Jane Harper has tested hundreds of laptops, including the cheapest ones on the "
        "market, and she tried every model on this list for at least a week.",
        "Harper used each laptop for writing, browsing and video calls, and measured its battery life "
        "with the same test on every machine.",
        END,
        bio,
    ])
    assert _kept([bio], text) == []
