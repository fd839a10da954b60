"""Coverage-guided fuzzing of clean(), explain() and the JSONL record parser, with atheris.

    pip install -e . --group fuzz
    python fuzz/fuzz_newsclean.py -max_total_time=300 -timeout=10 fuzz/corpus

Any exception other than the documented refusals is a crash; an input that takes longer
than ``-timeout`` seconds is a hang. libFuzzer writes either to ``crash-*`` or ``timeout-*``;
keep it in fixtures/crashers/, where tests/test_fuzz.py replays it on every run.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["newsclean"]):
    import newsclean
    from newsclean.cli.records import Fields, parse_line

_FIELDS = Fields()


def _check_text(text: str) -> None:
    result = newsclean.explain(text)
    assert len(result.text) <= len(text) or text.lstrip().startswith("<")
    assert newsclean.clean(text) == result.text


def _check_bytes(data: bytes) -> None:
    try:
        result = newsclean.explain(data)
    except ValueError as error:
        if "not an HTML page" not in str(error):
            raise
        return
    assert isinstance(result.text, str)


def test_one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    kind = provider.ConsumeIntInRange(0, 2)
    if kind == 0:
        _check_text(provider.ConsumeUnicode(len(data)))
    elif kind == 1:
        _check_bytes(provider.ConsumeBytes(len(data)))
    else:
        record = parse_line(provider.ConsumeBytes(len(data)), _FIELDS)
        assert record.error is not None or record.content is not None or record.fields is not None


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
