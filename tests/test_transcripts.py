"""A transcript's speaker labels and their turns are the article's.

A podcast page or an interview prints each speaker's name on a line of its own over what they say.
In the tail, shape rules read such a name as a stray line and the learned scorer a host's sign-off
as a pitch; a name that recurs over prose three times is a speaker's label, and the chain spares it
and the turn below it from the context rules' verdicts.
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
