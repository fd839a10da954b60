"""Train the prose scorer's weights (``src/newsclean/catalog/scorer.tsv``) from project-written lines.

    python scripts/train_scorer.py [--check]

Training reads only text written for newsclean: the development split of the synthetic articles
(odd-numbered, ``benchmarks/synthetic``) and variants rounds 1, 2, 4, 5, 8, 11 and 12
(``benchmarks/variants``; rounds 8, 11 and 12 hold the article's own prose addressed to the reader,
how-to and service paragraphs, as hard negatives). Never the held-out splits, rounds 3, 6, 7, 10 or 13,
which measure whether the scorer carries, and never a shared corpus, whose text must not ship.

The model is naive Bayes over each line's set of words, stems and word pairs (:func:`features`): for each
kind of prose boilerplate and each feature, the log ratio of its smoothed frequency among lines of
that kind to its frequency among the article's lines. A feature must occur in ``MIN_LINES`` lines
or more, so that no line's wording is learned by heart, and weigh at least half a log unit for some
kind. Names are no features (:func:`_names`): a place four bios happened to mention is no sign of a
bio. Weights are written as integers (hundredths), sorted, so the file is the same on every run.
``--check`` fails if the file on disk differs from what training gives.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from generated import write_or_check  # noqa: E402
from newsclean.catalog._vocabulary import words  # noqa: E402
from newsclean.catalog.scorer import CLASSES, STEM, features  # noqa: E402

OUTPUT = ROOT / "src" / "newsclean" / "catalog" / "scorer.tsv"
TRAINING_ROUNDS = ("round1", "round2", "round4", "round5", "round8", "round11", "round12")
MIN_LINES = 3
MIN_WEIGHT = 50  # hundredths
SMOOTHING = 0.5
CAP = 300  # hundredths: no single word decides
MIN_BODY_WORDS = 4


def _synthetic() -> list[tuple[str, str, str]]:
    lines = []
    for path in sorted((ROOT / "benchmarks" / "synthetic").glob("*/*.json")):
        if int(path.stem.rsplit("-", 1)[1]) % 2 == 0:
            continue  # held-out
        article = json.loads(path.read_text(encoding="utf-8"))
        lines += [(block["label"], block["text"], article["language"]) for block in article["blocks"]]
    return lines


def _variants() -> list[tuple[str, str, str]]:
    lines = []
    for name in TRAINING_ROUNDS:
        for path in sorted((ROOT / "benchmarks" / "variants" / name).glob("*.json")):
            items = json.loads(path.read_text(encoding="utf-8"))
            lines += [(item["label"], item["text"], path.stem) for item in items]
    return lines


#: Names the scorer may learn: the platforms readers pay, write and follow through, which say what
#: a block is (an appeal names its payment service, a tip line its secure messenger).
PLATFORMS = frozenset({
    "paypal", "patreon", "twint", "satispay", "bizum", "payconiq", "tikkie", "ulule", "sinpe", "nequi",
    "moncash", "multicaixa", "pix", "lydia", "swish", "venmo", "stripe", "whatsapp", "telegram",
    "signal", "threema", "proton", "bluesky", "mastodon", "threads", "linkedin", "instagram",
    "messenger", "facebook", "tiktok", "youtube", "twitter", "snapchat", "spotify", "google", "apple",
    "android",
})

# A word inside a sentence: after a letter, a comma or a closing mark and a space, not after a
# sentence's end, a colon or an opening mark, where any word may take a capital.
_INNER_WORD = re.compile(r"(?<=[\w,;)»”] )[^\W\d_]+(?:['’][^\W\d_]+)*")


def _names(lines: list[tuple[str, str, str]]) -> frozenset[str]:
    """Words the training lines spell only with a capital inside a sentence: names of people,
    places and outlets, which say nothing of a kind of boilerplate however often a writer chose
    them. German capitalises every noun, so its lines only ever clear a word (a noun spelt in
    lower case elsewhere is no name) and never make one; an acronym (IFCN, NIF, PGP) names an
    institution or a procedure, and :data:`PLATFORMS`, months and weekdays, words of three letters or
    fewer ("Mr", "Dr") and words with an apostrophe ("I'm") are kept too."""
    capital: Counter[str] = Counter()
    lower = set(PLATFORMS) | {word.lower() for word in (*words("months"), *words("weekdays"))}
    for _, text, language in lines:
        inner = _INNER_WORD.findall(text.replace("’", "'"))
        if 2 * sum(word[0].isupper() for word in inner) > len(inner):
            continue  # a title in title case, a menu, a list of names: no sentence
        for word in inner:
            folded = word.lower()
            if len(word) <= 3 or "'" in word:
                continue  # "Mr", "Dr", "I'm": a title or a pronoun, no name
            if word[0].islower() or word.isupper():
                lower.add(folded)
            elif language != "de":
                capital[folded] += 1
    return frozenset(word for word in capital if word not in lower)


def _trained_features(text: str, names: frozenset[str]) -> frozenset[str]:
    """The block's features without its names: no name, no pair holding one, and a stem only if
    a word of the block that is not a name has it."""
    found = features(text)
    if names.isdisjoint(found):
        return found
    tokens = {feature for feature in found if " " not in feature and feature[-1] != "~" and feature[0] != "<"}
    kept_stems = {f"{token[:STEM]}~" for token in tokens - names if len(token) > STEM + 1}
    return frozenset(
        feature for feature in found
        if feature not in names
        and not (" " in feature and not names.isdisjoint(feature.split(" ")))
        and not (feature.endswith("~") and feature not in kept_stems)
    )


def train() -> str:
    per_class: dict[str, Counter[str]] = {kind: Counter() for kind in (*CLASSES, "body")}
    lines_with: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    training = [*_synthetic(), *_variants()]
    names = _names(training)
    for label, text, _ in training:
        if label not in per_class or (label == "body" and len(text.split()) < MIN_BODY_WORDS):
            continue
        found = _trained_features(text, names)
        per_class[label].update(found)
        lines[label] += 1
        lines_with.update(found)
    vocabulary = sorted(feature for feature, count in lines_with.items() if count >= MIN_LINES)
    body = per_class["body"]

    def weight(kind: str, feature: str) -> int:
        """Hundredths of the log ratio of the feature's share of lines of ``kind`` to its share of
        the article's lines, smoothed, capped at ``CAP``; never above zero for a kind it is not
        found in (a rare word is no evidence for a kind only because the article lacks it)."""
        seen = per_class[kind][feature]
        ratio = math.log((seen + SMOOTHING) / (lines[kind] + SMOOTHING)) - math.log(
            (body[feature] + SMOOTHING) / (lines["body"] + SMOOTHING)
        )
        hundredths = max(-CAP, min(CAP, round(100 * ratio)))
        return hundredths if seen else min(hundredths, 0)

    rows = []
    for feature in vocabulary:
        weights = [weight(kind, feature) for kind in CLASSES]
        if max(map(abs, weights)) >= MIN_WEIGHT and "\t" not in feature:
            rows.append("\t".join((feature, *map(str, weights))))
    header = [
        "# The prose scorer's weights: feature, then per kind hundredths of a log likelihood ratio",
        "# against article text. Generated by scripts/train_scorer.py; do not edit by hand.",
        "# feature\t" + "\t".join(CLASSES),
    ]
    return "\n".join((*header, *rows)) + "\n"


def main(argv: list[str] | None = None) -> int:
    return write_or_check(OUTPUT, train, __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
