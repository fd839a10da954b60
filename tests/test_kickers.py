"""Kickers above a headline long enough to read as the article's first prose (``NAV102``).

A short line over a paragraph is as often that paragraph's title or sub-heading as a kicker, so
over a long headline only labels that say what they are go: capitals or a section's path. A
question, an exclamation, a greeting's comma or a Q&A's colon mark the line below as the
article's sentence.
"""

from __future__ import annotations

import pytest

import newsclean

LONG_HEADLINE = (
    "Kyiv under fire as talks stall and the government in Moscow rejects the latest proposal for a "
    "ceasefire along the front"
)
STANDFIRST = (
    "The city wants to turn the car park under the market square into a bicycle garage with room for "
    "2,000 bikes by the end of next year"
)
PARAGRAPH = (
    "Officials said the first phase would open in the spring, and the council will vote on the budget "
    "for the second phase in June after a public consultation."
)


def _removed(text: str) -> set[str]:
    return {removal.text.strip() for removal in newsclean.explain(text).removals}


@pytest.mark.parametrize("kicker", ["UKRAINE WAR", "World > Europe"])
def test_a_label_that_says_what_it_is_goes_over_a_long_headline(kicker: str) -> None:
    assert kicker in _removed("\n\n".join([kicker, LONG_HEADLINE, PARAGRAPH]))


@pytest.mark.parametrize("title", ["Tiefgarage", "The background", "Amsterdam"])
def test_a_short_title_over_a_long_standfirst_stays(title: str) -> None:
    assert title not in _removed("\n\n".join([title, STANDFIRST, PARAGRAPH]))


@pytest.mark.parametrize(("label", "line"), [
    ("BREXIT", "Will the new customs checks at the border really cost exporters far more than the "
               "government in London has been willing to admit so far?"),
    ("GOAL", "What a night for the club and its fans, who waited thirty-one years to see their team lift "
             "the cup in front of its own stand!"),
    ("SIR,", "Your report on the closure of the library in the old town leaves out the most important "
             "question of all, which is who will pay for the repairs"),
    ("FRAGE:", "Wie viele Fahrräder sollen in der neuen Garage unter dem Marktplatz Platz finden, und wer "
               "bezahlt am Ende eigentlich den ganzen Umbau der Tiefgarage"),
])
def test_a_label_over_the_articles_sentence_stays(label: str, line: str) -> None:
    assert label not in _removed("\n\n".join([label, line, PARAGRAPH]))
