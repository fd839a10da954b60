"""Site packs: rules that run only on one publisher's pages (given ``url=``), numbered 9xx.

They hold what would be too risky everywhere but is certain on that site. The
JNS and Axios packs are small worked examples of the mechanism; teams add
their own the same way, or in a rule file with ``sites = [...]``.
"""

from . import axios, jns

RULES = (*jns.RULES, *axios.RULES)
