"""Axios (axios.com): chart credits and Axios newsletter promotions."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import REPORTED_SPEECH, starts

SITE = ("axios.com",)

CHART_CREDIT = PatternRule(
    code="CRD901",
    name="axios-chart-credit",
    category=Category.CREDIT,
    languages=("en",),
    sites=SITE,
    summary="On axios.com, the credit line under a chart: 'Data: …; Chart: …/Axios'.",
    message="Axios chart credit",
    keywords=starts("data:", "data :", "source:", "source :", "chart:", "chart :", "map:", "map :", "table:",
                    "table :"),
    max_words=30,
    pattern=r"""(?:data|source)\s*:\s*[^;\n]{1,160};\s*(?:chart|map|table|graphic)\s*:\s*[^;\n]{1,120}
        | (?:chart|map|table)\s*:\s*(?:[^;\n]{1,80}/\s*)?axios(?:\s+visuals)?\.?""",
    safety="Only on axios.com, and only the 'Data: …; Chart: …' shape of its chart credits.",
    examples=(
        removes("Data: U.S. Energy Information Administration; Chart: Jared Whalen/Axios"),
        removes("Chart: Axios Visuals"),
        keeps("Data: the bank published its figures on Tuesday, and markets rose."),
    ),
)

NEWSLETTER_PROMO = PatternRule(
    code="NWS901",
    name="axios-newsletter-promo",
    category=Category.NEWSLETTER,
    languages=("en",),
    sites=SITE,
    summary="On axios.com, promotions for Axios's own newsletters: 'Sign up for Axios Markets'.",
    message="Axios newsletter promotion",
    keywords=starts("sign up", "subscribe", "get axios", "get more", "go deeper with axios"),
    max_words=40,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:sign\s+up\s+for|subscribe\s+to|get|get\s+more\b.{0,80}?\bwith)\s+axios\s+(?-i:[A-Z])\w+\b.{0,200}""",
    safety="Only on axios.com; the newsletter must be named Axios-something.",
    examples=(
        removes("Sign up for Axios Markets to get the day's business news in your inbox."),
        removes("Get more local stories in your inbox with Axios Local."),
        keeps("Sign up for the program closes on Friday, the department said."),
    ),
)

RULES = (CHART_CREDIT, NEWSLETTER_PROMO)
