"""A transcript's speaker labels and their turns are the article's.

A podcast page or an interview prints each speaker's name on a line of its own over what they say.
In the tail, shape rules read such a name as a stray line and the learned scorer a host's sign-off
as a pitch; a name that recurs over prose three times is a speaker's label, and the chain spares it
and the turn below it from the context rules' verdicts. Turns that print the name before the
words, in a dialogue of two speakers or more, are spared alike.
"""

from __future__ import annotations

import newsclean

TRANSCRIPT = [
    "Le village qui a trouvé son médecin",
    "Depuis le départ à la retraite de son unique généraliste, la commune cherchait un remplaçant.",
    "Transcription",
    "Léa Marchetti",
    "Il est 8 h 30, un mardi de janvier, et devant la porte du cabinet médical, trois personnes attendent.",
    "Monique Aubusson",
    "Le docteur nous avait prévenus deux ans avant. Il disait : trouvez quelqu'un, je ne serai pas là "
    "éternellement.",
    "Léa Marchetti",
    "La commune avait pourtant sorti le grand jeu : un cabinet rénové, un appartement, un an de loyer "
    "offert.",
    "Monique Aubusson",
    "On veut faire une maison de santé, avec une infirmière et un kiné, peut-être un dentiste un jour.",
    "Léa Marchetti",
    "C'est la fin de cet épisode. Merci à Monique Aubusson de nous avoir ouvert sa porte. Si cet épisode "
    "vous a plu, parlez-en autour de vous et soutenez-nous.",
    "Partager l'épisode",
    "Copier le lien",
]


def _kept(lines: list[str]) -> str:
    return newsclean.clean("\n\n".join(lines))


def test_a_speakers_label_and_turns_survive_in_the_tail() -> None:
    kept = _kept(TRANSCRIPT)
    assert kept.count("Léa Marchetti") == 3
    assert "C'est la fin de cet épisode." in kept
    assert "Partager l'épisode" not in kept


def test_a_repeated_button_is_no_speaker() -> None:
    """A button under each picture recurs over prose too, but a name has no lower-case words: the
    copies that repeat the line above still go."""
    button = "Zum Vergrößern bitte anklicken"
    paragraphs = [
        "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, mit mehr Geld für "
        "Schulen und Straßen.",
        "Die Opposition kritisierte, dass für die Bibliotheken zu wenig übrig bleibe, die seit 2022 zweimal "
        "ihre Öffnungszeiten gekürzt haben.",
        "Der Oberbürgermeister kündigte an, die Zahlen im Frühjahr erneut zu prüfen, sobald die "
        "Landeszuschüsse feststehen.",
        "Bürgerinnen und Bürger können den Plan bei drei Versammlungen vor der Abstimmung im März "
        "kommentieren.",
    ]
    lines = [paragraphs[0]]
    for paragraph in paragraphs[1:]:
        lines += [button, button, paragraph]
    assert _kept(lines).count(button) == 3


INLINE = [
    "The last dairy in the valley",
    "After forty years of milking, the Tanes family is selling its herd. We spent a morning in the shed.",
    "Transcript",
    "Mere Tane: We start at five, every day of the year, Christmas included.",
    "Rob Hollis: And the cows know the time better than you do?",
    "Mere Tane: Better than any clock. They're at the gate before the lights come on.",
    "Rob Hollis: What happens to them now?",
    "Mere Tane: A young couple from up the coast is taking most of them. That helps.",
    "Rob Hollis: That's Valley Voices for this week. If you farm, grow or work the land and have a "
    "story to tell, email us at voices@example.org. See you next week.",
    "Share this episode",
    "Copy link",
]


def test_a_hosts_sign_off_in_a_dialogue_with_names_before_the_words_survives() -> None:
    """Turns that print the speaker's name before the words, in a dialogue: the host's sign-off,
    whose call for stories the learned scorer reads as a tip line, is the transcript's."""
    kept = _kept(INLINE)
    assert "That's Valley Voices for this week." in kept
    assert "Share this episode" not in kept


def test_a_french_dialogue_with_a_space_before_the_colon_keeps_its_sign_off() -> None:
    lines = [line.replace(": ", " : ", 1) if line.startswith(("Mere Tane", "Rob Hollis")) else line
             for line in INLINE]
    assert "That's Valley Voices for this week." in _kept(lines)


def test_headlines_under_two_kickers_in_a_related_list_still_go() -> None:
    """Kickers recur before headlines as names before turns ("Premier League: …"), but a headline
    is no sentence: the related list under the article still goes."""
    lines = [
        *INLINE[:2],
        "Mere Tane has milked the herd for forty years and will keep six cows for the house.",
        "More on this story",
        "Dairy Farmers: Milk price to rise by ten cents from July",
        "Valley Council: New bridge plan goes out for consultation",
        "Dairy Farmers: Co-operative names its new chair",
        "Valley Council: Rates rise capped at four per cent",
    ]
    kept = _kept(lines)
    assert "Milk price to rise" not in kept
    assert "Rates rise capped" not in kept
