"""Every rule's documented examples, run through the whole default chain.

A "removes" example must be removed, and named by its own rule; a "keeps"
example must survive every rule. Examples without context are placed where
their evidence counts: strong rules between two body paragraphs, weak rules
after the last one (inside the trailing cluster). Examples with context get
a body paragraph in front, so the guard sees an article, not a fragment.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import BlockRule, Evidence, Example, Rule
from newsclean.blocks import Page, PageContext
from newsclean.dom import DomRule, prune
from newsclean.html import headline_candidates
from newsclean.results import build
from newsclean.templates import TemplateRule

BODY_BEFORE = "The council approved the new budget on Tuesday after a long debate about school funding."
BODY_AFTER = "Officials said the plan would take effect in January, pending a review by the state."


def _cases() -> list[tuple[Rule, Example]]:
    return [(rule, example) for rule in newsclean.RULES for example in rule.examples]


def _case_id(case: tuple[Rule, Example]) -> str:
    rule, example = case
    verb = "removes" if example.removed else "keeps"
    same = [e for e in rule.examples if e.removed == example.removed]
    return f"{rule.code}-{verb}-{same.index(example)}"


CLEANER = newsclean.Cleaner(format="text")
CASES = _cases()
IDS = [_case_id(case) for case in CASES]
TEXT_CASES = [case for case in CASES if not isinstance(case[0], DomRule)]
DOM_CASES = [case for case in CASES if isinstance(case[0], DomRule)]


def _placement(rule: Rule, example: Example) -> tuple[list[str], list[str]]:
    if example.opens:
        return list(example.before), list(example.after)
    if example.before or example.after:
        return [BODY_BEFORE, *example.before], list(example.after)
    if rule.evidence is Evidence.WEAK:
        return [BODY_BEFORE], []
    return [BODY_BEFORE], [BODY_AFTER]


@pytest.mark.parametrize(("rule", "example"), TEXT_CASES, ids=[_case_id(case) for case in TEXT_CASES])
def test_example_in_the_chain(rule: Rule, example: Example) -> None:
    before, after = _placement(rule, example)
    document = "\n\n".join([*before, example.text, *after])
    headlines = headline_candidates([example.declared]) if example.declared else frozenset()
    # Template rules' examples run with the template their made-up pages teach.
    template = rule.example_template() if isinstance(rule, TemplateRule) else None
    context = PageContext(headlines, host=rule.sites[0] if rule.sites else None, template=template)
    page, guard = CLEANER._chain.run(document, context)
    result = build(page, guard, CLEANER.config.guard_threshold)
    index = len(before)
    removal = next((r for r in result.removals if r.block == index), None)
    if example.removed:
        assert removal is not None, f"{rule.code} should remove {example.text!r}"
        assert removal.code == rule.code, f"{example.text!r} was removed by {removal.code}, not {rule.code}"
        assert document[removal.start : removal.end] == example.text
    else:
        assert removal is None, f"{example.text!r} must survive, but {removal} removed it"


BLOCK_CASES = [case for case in CASES if isinstance(case[0], BlockRule)]

PAGE = (
    "<html><head><title>A test page</title></head>"
    "<body><article><p>{}</p>{}<p>{}</p></article></body></html>"
)


@pytest.mark.parametrize(("rule", "example"), DOM_CASES, ids=[_case_id(case) for case in DOM_CASES])
def test_dom_example_on_a_page(rule: DomRule, example: Example) -> None:
    """A DOM rule's snippet sits between two body paragraphs of an article."""
    from lxml.html import fromstring

    tree = fromstring(PAGE.format(BODY_BEFORE, example.text, BODY_AFTER))
    removals = prune(tree, CLEANER._chain.dom_rules).removals
    body = " ".join(tree.text_content().split())
    assert BODY_BEFORE in body
    assert BODY_AFTER in body
    if example.removed:
        assert removals, f"{rule.code} should remove {example.text!r}"
        assert removals[0].rule is rule, f"{example.text!r} was removed by {removals[0].rule.code}"
    else:
        assert not removals, f"{example.text!r} must survive, but {removals[0].rule.code} removed it"


@pytest.mark.parametrize(("rule", "example"), BLOCK_CASES, ids=[_case_id(case) for case in BLOCK_CASES])
def test_block_rule_matches_its_own_examples(rule: BlockRule, example: Example) -> None:
    """A block rule matches its removes-examples; a strong one matches none of its keeps-examples
    that stand alone (one with neighbours may be kept by them: a table's header row over its rows,
    a line of a specification list, which the chain spares; test_example_in_the_chain runs those)."""
    page = Page(example.text)
    row = not rule.table_rows and page.is_row(0)  # the chain does not ask such a rule about a row
    hit = None if row else rule.match(page.core(0))
    if example.removed:
        assert hit, f"{rule.code} does not match {example.text!r}"
    elif rule.evidence is Evidence.STRONG and not (example.before or example.after):
        assert hit is None, f"{rule.code} matches body text {example.text!r} ({hit!r})"
