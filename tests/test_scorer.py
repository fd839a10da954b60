"""The learned prose scorer: its weights, its reading zone and its explanations."""

from __future__ import annotations

import newsclean
import train_scorer
from newsclean.catalog import scorer

APPEAL = (
    "Our reporting is free to read because people who value it pay for it. "
    "Will you be one of them this month?"
)
BODY = "The council approved the new budget on Tuesday after a long debate about school funding."
FOOTER = "© 2025 The Example Gazette. All rights reserved."


def test_weights_are_what_training_gives() -> None:
    assert train_scorer.main(["--check"]) == 0, "run python scripts/train_scorer.py"


def test_weights_hold_words_and_pairs_only() -> None:
    """No line of the training text is learned by heart: a feature is a word, a pair, or a marker."""
    for feature in scorer._weights().by_feature:
        assert feature.startswith("<") or len(feature.split()) <= 2, feature


def test_scores_are_exact_sums() -> None:
    found = scorer.score(APPEAL)
    table = scorer._weights().by_feature
    kind = scorer.CLASSES.index(found.kind)
    expected = sum(table[f][kind] for f in scorer.features(APPEAL) if f in table)
    assert found.total == expected
    assert isinstance(found.total, int)


def test_features_read_no_digits_and_mark_addresses() -> None:
    found = scorer.features("Write to news@example.org before 18:30 on 12 March")
    assert "<email>" in found
    assert not any(character.isdigit() for feature in found for character in feature)
    assert "example" not in found  # the address's own words are the outlet's, and say nothing


def test_removal_names_the_weighed_words() -> None:
    result = newsclean.explain(f"{BODY}\n\n{APPEAL}\n\n{FOOTER}")
    removal = next(r for r in result.removals if r.code == "DON190")
    assert removal.reason.startswith('donation appeal (scored): "')
    assert "our reporting +" in removal.reason


def test_the_article_end_is_not_read_without_a_removal_below() -> None:
    """The document's last block, with nothing removed under it, is the article's own end."""
    result = newsclean.explain(f"{BODY}\n\n{APPEAL}")
    assert all(r.code != "DON190" for r in result.removals)
    assert APPEAL in result.text


def test_a_block_between_two_removals_is_read() -> None:
    last = "More text follows here for the reader today."
    document = f"{BODY}\n\n{BODY}\n\n{FOOTER}\n\n{APPEAL}\n\n{FOOTER}\n\n{last}"
    result = newsclean.explain(document)
    assert any(r.code == "DON190" for r in result.removals)


def test_features_read_long_runs_in_linear_time() -> None:
    """An address's patterns open where a run opens: 200,000 letters are one pass, not one a letter."""
    import time

    for run in ("a" * 200_000, "a-" * 100_000, "1" * 200_000, "a." * 100_000):
        started = time.perf_counter()
        scorer.features(f"{run} and five more words here")
        assert time.perf_counter() - started < 1.0, run[:4]


def test_a_date_is_no_phone_number() -> None:
    """A date in figures or a range of years gives no address marker; a phone number does."""
    assert "<phone>" not in scorer.features("Der Verein tagt am 12.03.2025 im Rathaus, 2019-2024.")
    assert "<phone>" in scorer.features("Rufen Sie uns an: 030 1234 5678")
    assert "<phone>" in scorer.features("Tel. 01.23.45.67.89")


def test_long_words_bring_their_stem() -> None:
    """An inflection nobody wrote weighs what its kin weigh: "donations" and "donativo" share a stem."""
    assert "donat~" in scorer.features("Donations keep the newsroom going")
    assert "donat~" in scorer.features("Haz un donativo mensual")
    assert not any(feature.endswith("~") for feature in scorer.features("We need you now"))


def test_the_publisher_speaks_through_its_verbs_where_the_pronoun_is_dropped() -> None:
    """Italian, Spanish and Portuguese drop "we": a first person plural verb is the publisher's
    voice ("Siamo", "Necesitamos"); an adjective or a noun with the ending is not ("últimos",
    "tramos")."""
    from newsclean.catalog.structure import voiced

    assert voiced().findall("Siamo un giornale di provincia, e se siamo ancora qui") == ["Siamo", "siamo"]
    assert voiced().findall("Fazemos 25 anos e pedimos 25 euros") == ["Fazemos", "pedimos"]
    assert voiced().findall("Los últimos tramos de la carretera reabren el lunes.") == []
    appeal = ("Siamo un giornale di provincia: quattro redattori e una rotativa. A marzo abbiamo rischiato "
              "di chiudere, e se siamo ancora qui è grazie ai lettori che contribuiscono ogni mese.")
    article = "\n\n".join((
        "Il consiglio comunale ha approvato il bilancio martedì dopo un lungo dibattito su scuole e strade.",
        "I funzionari hanno detto che il piano entrerà in vigore il mese prossimo, dopo la revisione.",
        appeal, "© 2025 Il Corriere di Esempio. Tutti i diritti riservati.",
    ))
    assert [removal.code for removal in newsclean.explain(article).removals] == ["DON190", "LGL001"]


def test_names_are_no_features() -> None:
    """A name the training lines spell with a capital inside a sentence is left out with its pairs
    and stems; an acronym, a platform, a German noun and a word also spelt in lower case stay."""
    lines = [
        ("author_bio", "Marie Dupont teaches law at the University of Bordeaux, and writes on PGP.", "fr"),
        ("donation", "Give through PayPal or by card, every month, to Bordeaux's reporters.", "en"),
        ("donation", "Unterstützen Sie uns mit einer Spende, damit Journalismus frei bleibt.", "de"),
        ("body", "The harbour of bordeaux wine merchants met.", "en"),
        ("body", "The council met in Lyon, and in Marseille.", "en"),
    ]
    names = train_scorer._names(lines)
    assert {"lyon", "marseille", "university"} <= names
    assert names.isdisjoint({"bordeaux", "pgp", "paypal", "spende", "unterstützen", "marie"})
    calendar = [("body", "The council met on Monday, and Mr Roe said I'm sure, in May.", "en")]
    assert train_scorer._names(calendar).isdisjoint({"monday", "mr", "i'm", "may"})
    kept = train_scorer._trained_features("Our reporters in Lyon, and Marseille, need you.", names)
    assert {"reporters", "need you", "repor~"} <= kept
    assert not {"lyon", "in lyon", "marseille", "lyon and", "marse~"} & kept
