"""Site packs: rules that run only when the document's URL is on their site."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"
SITES = {
    "jns": ("https://www.jns.org/blinken-to-gantz/", {"NAV901", "NAV902"}),
    "axios": ("https://www.axios.com/2024/04/16/gas-prices", {"CRD901", "NWS901"}),
}


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("site", sorted(SITES))
def test_a_site_pack_cleans_its_own_site(site: str) -> None:
    url, codes = SITES[site]
    result = newsclean.explain(_read(f"{site}.txt"), url=url)
    assert result.text + "\n" == _read(f"{site}.expected.txt")
    assert codes <= {removal.code for removal in result.removals}


@pytest.mark.parametrize("site", sorted(SITES))
def test_a_site_pack_stays_off_elsewhere(site: str) -> None:
    _, codes = SITES[site]
    for url in (None, "https://example.com/story", "https://notjns.org.evil.example/x"):
        result = newsclean.explain(_read(f"{site}.txt"), url=url)
        assert not codes & {removal.code for removal in result.removals}, url


def test_subdomains_count_as_the_site() -> None:
    assert newsclean.rule("NAV901").applies_to("www.jns.org")
    assert newsclean.rule("NAV901").applies_to("jns.org")
    assert not newsclean.rule("NAV901").applies_to("jns.org.example")
    assert not newsclean.rule("NAV901").applies_to(None)


def test_every_site_fixture_is_listed() -> None:
    assert {path.name.split(".")[0] for path in FIXTURES.glob("*.txt")} == set(SITES)
