"""Dates, times and durations in every vocabulary language, as pattern pieces.

The grammar is code; the words are data (``[months]``, ``[weekdays]``,
``[relative-time]``, ``[timestamp-labels]``, ``[date-links]``, ``[clock]`` and
``[time-zones]`` in the vocabulary files). Every piece is bounded, so a stamp
of any length is matched in time linear in the block.

* a **date**: ``2024-04-16``, ``16.04.2024``, ``16/4/24``, ``21·11·24``,
  ``16 April 2024``, ``27. Jänner 2025``, ``11 de abril de 2025``,
  ``1er mars``, ``April 16, 2024``, ``Jan. 5``, ``März 2025``;
* a **time**: ``14:31``, ``14.31 Uhr``, ``21h04``, ``11 h 47 HAE``,
  ``1:23 p.m. EDT``, ``5 PM ET``, ``06:00 a. m.``;
* a **relative time**: ``3 hours ago``, ``vor 3 Stunden``, ``il y a 2 h``,
  ``hace 5 minutos``, ``3 ore fa``, ``há 2 horas``, ``2 uur geleden``,
  ``47m ago``, ``yesterday``, ``heute``.
"""

from __future__ import annotations

from ._patterns import word_end
from ._vocabulary import alternatives, concept, keyword_of, words

__all__ = [
    "AGE", "AGE_KEYS", "DATE", "DATE_OPENINGS", "ELAPSED", "LINK", "MONTH", "NAMED_ZONE", "PIECE",
    "PLACE_ZONE", "RELATIVE", "STAMP_LABEL", "STAMP_LABELS", "TIME", "TIME_KEYS", "WEEKDAY", "ZONE",
]


def _any(phrases: tuple[str, ...]) -> str:
    return f"(?:{alternatives(phrases)})"


MONTH = rf"{_any(words('months'))}\.?"
WEEKDAY = rf"{_any(words('weekdays'))}\.?"
ZONE = rf"(?-i:{_any(words('time-zones'))})(?:\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?)?"
_CLOCK = _any(words("clock"))
# Keywords every clock time holds: a digit and what follows it ("14:31", "21h04", "5 PM", "17 Uhr").
# Each word of ``[clock]`` opens with "h", "u", "a" or "p" (a test holds them to it); TIME also
# spells the meridiem with a space ("6 a m.").
_CLOCK_OPENINGS = ("h", "u", "am", "a.", "a m", "pm", "p.", "p m")
TIME_KEYS = tuple(
    f"{digit}{after}" for digit in "0123456789"
    for after in (":", ".", *(f"{space}{word}" for space in ("", " ") for word in _CLOCK_OPENINGS))
)
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|ª|°|\.)?"
_OF = r"(?:\s*(?:de|del|di|of)\s+|\s*)"  # "11 de abril de 2025", "3 di marzo"

DATE = rf"""(?:
      \d{{4}}-\d{{1,2}}-\d{{1,2}}(?:[t\s]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:z|[+-]\d{{2}}:?\d{{2}})?)?
    | \d{{1,2}}\s?[./·-]\s?\d{{1,2}}\s?[./·-]\s?(?:\d{{4}}|\d{{2}})\b
    | \d{{1,2}}{_ORDINAL}{_OF}{MONTH}(?:,?{_OF}\d{{4}})?
    | {MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?
    | {MONTH}\s+\d{{4}}
)"""

# A time, then perhaps its zone: "09:15 COT", "09:15 (COT)". A zone in brackets counts only right after
# the time, so an e-mail header's "11:53:40 -0500 (EST)", which heads a message the article quotes, is
# no stamp.
TIME = rf"""(?:
      \d{{1,2}}(?:[:.]\d{{2}}(?::\d{{2}})?|\s?[hu]\s?\d{{2}})(?:\s*{_CLOCK})?
    | \d{{1,2}}\s*(?:[ap]\.?\s?m\.?|{_CLOCK})
)(?:\s*(?:{ZONE}|\(\s?{ZONE}\s?\)))?"""

_relative = concept("relative-time")
# A unit may carry a bracketed plural ("4hr(s)", "15min(s)"), as templates print a count they do
# not inflect; a second count may follow after a comma ("1 hour, 41 minutes ago").
_UNIT = rf"{_any(_relative.get('units'))}(?:\.|\(s\))?"
_COUNT = rf"(?:\d{{1,3}}|{_any(_relative.get('counts'))})"
_SPAN = rf"{_COUNT}\s?{_UNIT}(?:,?\s?\d{{1,2}}\s?{_UNIT})?"
#: An elapsed time without its "ago": "4hr(s) 20min(s)", "1 hour, 41 minutes"; a stamp's label
#: ("posted") says it is an age.
ELAPSED = _SPAN
_forms = [rf"{_SPAN}\s+{_any(_relative.get('after'))}"]
if _relative.get("before"):
    _forms.append(rf"{_any(_relative.get('before'))}\s+{_SPAN}")
#: What tells an age from a duration, as prefilter keywords: "ago", "vor", "il y a", "fa", "geleden"…
AGE_KEYS = tuple(sorted({keyword_of(word) for word in (*_relative.get("after"), *_relative.get("before"))}))
#: A counted age with its "ago" ("3 hours ago", "vor 2 Std.", "il y a 5 min"), no day's name.
AGE = rf"(?:{'|'.join(_forms)})"
RELATIVE = rf"(?:{AGE}|{_any(_relative.get('days'))})"

#: A place's time in brackets, by its grammar: "(hora de Caracas)", "(heure de Montréal)", "(Nairobi
#: time)", "(Berliner Zeit)". The zone's word is in lower case, and a German or Dutch place is an
#: adjective: "(Story Time)", "(Hora del Planeta)" and "(Die Zeit)" name a show or a paper.
_ZONE_PLACE = r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}"
_ADJECTIVE_PLACE = r"[A-ZÀ-Þ][\w'’-]*(?:er|se)"
_PLACE_TIME = (rf"(?-i:(?:{_any(words('time-zones', 'before-place'))})\s+{_ZONE_PLACE}"
               rf"|{_ZONE_PLACE}\s+(?:{_any(words('time-zones', 'after-place'))})"
               rf"|{_ADJECTIVE_PLACE}\s+(?:{_any(words('time-zones', 'after-adjective'))}))")
#: The same in brackets, a piece only of a labelled stamp: a timetable's row ("Kickoff – 8 pm (Doha
#: time)") states when something happens there.
PLACE_ZONE = rf"\(\s?(?:{_PLACE_TIME})\s?\)"
#: A zone named in words, perhaps in brackets: "(heure de Paris)", "horário de Brasília", "Ortszeit".
NAMED_ZONE = rf"(?:\(\s?{_any(words('time-zones', 'named'))}\s?\)|{_any(words('time-zones', 'named'))}(?!\w))"
STAMP_LABELS = words("timestamp-labels")
STAMP_LABEL = _any(STAMP_LABELS)
LINK = _any(words("date-links"))

#: One piece of a date line: a date, a time, a relative time, a weekday, a year, a time zone, or a
#: label or link word between them ("Publié le 12 mars à 14h31, mis à jour à 16h02").
PIECE = rf"(?:{DATE}|{TIME}|{RELATIVE}|{WEEKDAY}|\d{{4}}|{ZONE}|{NAMED_ZONE}|{STAMP_LABEL}\s?:?|{LINK})"

#: What a line that opens with a date or time opens with, as prefilter keywords (unanchored).
# Short words are keyed with what ends them: "^di " finds "Di, 4. März" but not "Die".
_OPENING_WORDS = {keyword_of(word) for word in (*words("months"), *words("weekdays"), *_relative.get("days"),
                                                *_relative.get("before"), *_relative.get("counts"))}
_SHORT = {word for word in _OPENING_WORDS if len(word) <= 3}
DATE_OPENINGS = tuple(sorted({*(_OPENING_WORDS - _SHORT), *word_end(*_SHORT), *"0123456789"}))
