"""Timestamps and durations: publication stamps, bare dates and datelines, reading time.

The words are the vocabulary's (months, weekdays, labels, units, in every
language); the grammar of dates and times is :mod:`._dates`.
"""

from __future__ import annotations

from ..rules import Category, Evidence, Mark, PatternRule, keeps, removes
from ._dates import (
    AGE,
    AGE_KEYS,
    DATE,
    DATE_OPENINGS,
    LINK,
    PIECE,
    PLACE_ZONE,
    RELATIVE,
    STAMP_LABEL,
    STAMP_LABELS,
    TIME,
    WEEKDAY,
)
from ._patterns import DATELINE_AGENCY, END, START, one_word_each, short_at_word_end, starts
from ._phrases import phrase_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, words

_DATELINE = frozenset({Mark.DATELINE})

# A place opening a dateline: one to three capitalised words ("Madrid", "Palma de Mallorca").
_PLACE = r"""(?-i:[A-ZÀ-Þ][\w'’.-]*(?:[\s-](?:[A-ZÀ-Þ][\w'’.-]*|de|del|di|do|da|am|an|sur|en)){0,3})"""
_DATELINE_SEPARATORS = (",", "-", "–", "—", "|", "·", "/")
# The word some languages put between a dateline's place and its date ("Abidjan, le 23 déc.").
_AFTER_PLACE = rf"(?:{alternatives(words('date-links', 'after-place'))})"
# After the first piece, more pieces, each after an optional separator.
# An update may stand in brackets ("(modifica il 1 marzo 2026 | 16:58)"); a zone in brackets is no update:
# "Date: Fri, 1 Feb 2002 11:53:40 -0500 (EST)" heads an e-mail the article quotes.
MORE_PIECES = rf"(?:(?:[\s,;|·•/–—-]*|\s*\((?=\s*{STAMP_LABEL}))(?:{PIECE})){{0,8}}\)?"
# A labelled stamp's pieces may name a place's time in brackets ("Updated 3:15 p.m. (Nairobi time)").
_MORE_STAMP_PIECES = rf"(?:(?:[\s,;|·•/–—-]*|\s*\((?=\s*{STAMP_LABEL}))(?:{PIECE}|{PLACE_ZONE})){{0,8}}\)?"
# "by" in every language, as a stamp's author follows it: "Posted on 5 May by admin", "12 maart 2025 door
# Redactie", "Publié le 12 mars par Jean Dupont".
_BY = "by|door|von|par|por|di|da"
CORE = rf"(?:{WEEKDAY},?\s*)?(?:{DATE}|{TIME}|{RELATIVE})"

UPDATE_TIMESTAMP = PatternRule(
    code="NAV003",
    marks=_DATELINE,
    name="update-timestamp",
    category=Category.NAVIGATION,
    summary="Publication and update stamps in every language: 'Updated Apr 16, 2024 - World', "
    "'Aktualisiert am 16.04.2024'.",
    message="publication timestamp",
    languages=LANGUAGES,
    aliases=("NAV304", "NAV404", "NAV504", "NAV604", "NAV704", "NAV804"),
    keywords=(
        *starts(*(keyword_of(label) for label in STAMP_LABELS)),
        *(f"{separator}{space}{keyword_of(label)}" for separator in _DATELINE_SEPARATORS
          for space in ("", " ") for label in STAMP_LABELS),
    ),
    max_words=24,
    pattern=rf"""{START}(?:{_PLACE}\s*[,|·•–—-][ ]?){{0,3}}{STAMP_LABEL}
        \s*:?\s*(?:{LINK}\s+)?{CORE}{_MORE_STAMP_PIECES}
        (?:\s*(?:[-–—|·•,/]|\b(?:{_BY})\b|\bin\b)\s*[\w&'’-]+(?:\s+[\w&'’-]+){{0,3}})?,?{END}""",
    safety="A date or time must follow the label, and only a section or author of up to four words "
    "may close it: "
    "\"Updated figures showed growth\" and \"Posted on Monday, the video drew 2 million views\" "
    "are kept.",
    examples=(
        removes("Updated Apr 16, 2024 - World"),
        removes("Published 18 November 2019"),
        removes("Publicado: 4 nov. 2025, 09:15 (COT)", note="a zone in brackets"),
        removes("Publié le 12 mars 2026 à 14h31 (heure de Dakar)", note="a place's time, named in brackets"),
        removes("Updated 3:15 p.m. (Nairobi time), March 4, 2026"),
        keeps("Actualizado el padrón, la votación cerró a las 18:00 (hora de Caracas), dijo el consejo."),
        removes("UPDATED: Tue., Nov. 19, 2019"),
        removes("Updated at 1:23 p.m."),
        removes("Posted on November 5, 2019 by admin"),
        removes("Gepost op 14 april 2025 door Redactie"),
        removes("Last updated 3 hours ago"),
        removes("Bengaluru | Updated: January 16, 2025 19:22 IST"),
        removes("Samira El-Khoury · CNB News · Posted: Nov 04, 2024 5:00 AM EST | Last Updated: Nov 4, 2024"),
        removes("Updated on: July 10, 2025 / 6:48 PM EDT / WKNB"),
        removes("Posted 2h ago2 hours ago, updated 47m ago47 minutes ago"),
        removes("Aktualisiert am 16.04.2024, 14:31 Uhr"),
        removes("Stand: 17:34 Uhr"),
        removes("Aktualisiert vor 3 Stunden"),
        removes("Publié le 12 mars 2025 à 14h31, mis à jour à 16h02"),
        removes("Mis à jour à 11 h 47 HAE"),
        removes("Actualizado: 19 de marzo de 2025, 23:58 hrs."),
        removes("Aggiornato il 12 marzo 2025 alle 14:31"),
        removes("Atualizado em 12/03/2025 às 14h31"),
        removes("Bijgewerkt op 12 maart 2025, 14:31"),
        keeps("Updated figures showed the economy grew 4% in the quarter."),
        keeps("Date: Fri, 1 Feb 2002 11:53:40 -0500 (EST)", note="an e-mail's header: a zone in brackets"),
        keeps("Posted on Monday, the video drew 2 million views by Tuesday night."),
        keeps("Published in 2019, the report found widespread abuse."),
        keeps("Aktualisiert wurde die Prognose am Montag, sagte der Sprecher."),
        keeps("Publié le 12 mars, le rapport a fait grand bruit."),
    ),
)

_READING = concept("reading-time")
_UNIT = rf"(?:{alternatives(_READING.get('units'))})\.?"
# "4 min", "3-5 minutes", "2m 41s", "3-minute", "04:38 Min."
_COUNT = r"(?:\d{1,3}(?:\s?[-–]\s?\d{1,3})?|\d{1,2}:\d{2})"
_DURATION = rf"{_COUNT}[\s-]?{_UNIT}(?:\s?\d{{1,2}}\s?{_UNIT})?"
_ABOUT = rf"(?:{alternatives(_READING.get('about'))})"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"  # a player's time: "3:48", "1:02:15"
_MINUTES_SECONDS = r"""\d{1,2}['’′]\s?\d{2}(?:["”″]|'')"""  # a broadcast's length: 1'48"
#: A reading time after a byline's date: "5 min", "5 min read", "Leitura de 5 min".
READING = rf"""(?:(?:{alternatives(_READING.get("labels"))})\s*:?\s*(?:{_ABOUT}\s+)?{_DURATION}
    (?:\s+(?:{alternatives(_READING.get("after"))}))?|(?:{_ABOUT}\s+)?{_DURATION}(?:\s+(?:{alternatives(_READING.get("after"))}))?)"""

# The issue a stamp's article appeared in, after it: "• aus DER LOTSE 22/2025", "· Uit de Weekkrant
# nr. 12/2025": the masthead's introduction, the paper's name, perhaps its number's label, the number
# and its year.
_MASTHEAD = concept("masthead")
_FROM_ISSUE = rf"""(?:{alternatives(_MASTHEAD.get("intro"))})\s+(?:(?-i:[A-ZÀ-Þ][\w'’.&+-]*)\s+){{1,3}}
    (?:(?:{alternatives(_MASTHEAD.get("labels"))})\s*)?\d{{1,3}}\s?/\s?\d{{2,4}}"""

# A wire agency's name in brackets, as agency datelines print it: "Madrid, 3 mar (EFE).-", "(ANI) - Roma".
_WIRE = rf"\((?:(?-i:[A-Z][A-Za-z]{{1,7}}(?:[-/][A-Z][A-Za-z]{{1,7}})?)|{DATELINE_AGENCY})\)"

# A wire's dateline cut from its paragraph, the dash closing the line: a place in capitals ("CITTÀ DEL
# VATICANO –", "NUKU'ALOFA, Tonga (PNW) —"), or a place and a known wire or an editor's desk in brackets
# ("Berlin (dpa) –", "Apenrade/Aabenraa (gb) –"). A heading in title case with a party's or a club's
# code in brackets ("Friedrich Merz (CDU) –") is none.
_CAPS_PLACE = r"(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[\s-][A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
_DESK = r"\((?-i:[a-zäöü]{2,5})(?:/(?-i:[a-zäöü]{2,5}))?\.?\)"
_KNOWN_WIRE = rf"(?:\((?-i:{alternatives(words('agencies'))}|{DATELINE_AGENCY})\)|{_DESK})"
# A hyphen closes it only right after the wire's bracket, where the prefilter's ")-" finds it.
_DASH = r"[–—]{1,2}"
_DASH_AFTER_WIRE = r"(?:[–—]{1,2}|-)"
_DETACHED_DATELINE = rf"""(?:
      {_CAPS_PLACE}(?:\s*,\s*{_PLACE})?\s*(?:(?:{_WIRE}|{_DESK})\s*{_DASH_AFTER_WIRE}|{_DASH})
    | {_PLACE}(?:\s*[,/]\s*{_PLACE})?\s*{_KNOWN_WIRE}\s*{_DASH_AFTER_WIRE})\.?"""

# A section's label after the date, as a byline's stamp prints it: "Mar 12, 2025 - Politics & Policy".
_DATE_SECTION = r"(?-i:[A-ZÀ-Þ][\w'’]*)(?:\s+(?:&|(?-i:[A-ZÀ-Þ][\w'’]*))){0,3}(?!\s*\w)"

BARE_DATE = PatternRule(
    code="NAV004",
    marks=_DATELINE,
    name="bare-date",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A date or time standing alone, perhaps after a place: 'April 16, 2024', "
    "'Madrid - 17 feb 2025 - 05:30 CET'.",
    message="bare date",
    languages=LANGUAGES,
    keywords=(
        *starts(*DATE_OPENINGS),
        *(f"{separator}{space}{digit}" for separator in _DATELINE_SEPARATORS for space in ("", " ")
          for digit in "0123456789"),
        *(f"{separator}{space}{keyword_of(word)}" for separator in _DATELINE_SEPARATORS for space in ("", " ")
          for word in (*words("date-links", "after-place"), *words("months"))),
        # "Le 18 mai 2025 à 21h04": a link word, then the date's digits.
        *starts(*(f"{keyword_of(word)} {digit}" for word in words("date-links") for digit in "0123456789")),
        # "(AGI) - BARI, 11 MAR": an agency's name in brackets, then a dash; a dateline cut from its
        # paragraph ends in its dash: "CITTÀ DEL VATICANO –".
        *(f"){space}{dash}" for space in ("", " ") for dash in "–—-"),
        "–", "—",
    ),
    max_words=20,  # a stamp and its update, each with its date and time, take fifteen words in French
    pattern=rf"""{START}(?:{_DETACHED_DATELINE}{END}|(?:{_WIRE}\s*[–—-]\s*)?(?:
          {_PLACE}(?:,\s*{_PLACE})?\s*[,|·•/–—-][ ]?(?:{_AFTER_PLACE}\s+)?(?:{WEEKDAY},?\s+)?(?:{DATE}|{TIME})
        | (?:{LINK}\s+(?=\d))?{CORE}
        ){MORE_PIECES}(?:\s+(?:{_BY})\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){{0,3}})?(?:\s*{_WIRE})?(?:\s*[|·•–—-]\s*{READING})?
        (?:\s+[|·•–—-]\s+{_DATE_SECTION})?(?:\s*[|·•–—-]\s*{_FROM_ISSUE})?,?{END})""",
    # A range is an event's dates or hours ("29 November 2018 | 20 January 2019", "9.30 A.M. /
    # 7.00 P.M."), which the article states; a stamp is one moment.
    unless=rf"""(?<!\d)(?:19|20)\d\d(?!\d)[^|/–—\n-]{{0,30}}(?:[|–—-]|(?<!\d)/(?!\d))(?!\s*{STAMP_LABEL})
          (?:(?!{STAMP_LABEL})[^\n]){{0,40}}?(?<!\d)(?:19|20)\d\d(?!\d)
        | \d{{1,2}}[.:]\d\d\s*(?:[ap]\.?\s?m\.?)?\s+(?:[/–—-]|to|bis|à|a)\s+\d{{1,2}}[.:]\d\d
        | (?<!\d)\d{{1,2}}(?:[.:h]\d\d)?\s?(?:[ap]\.?m\.?|h|u|Uhr)?\s?[–—-]
          \s?\d{{1,2}}(?:[.:h]\d\d)?\s?(?:[ap]\.?m\b|h\b|u\b|Uhr)""",
    safety="Weak: a live blog's timestamps in the middle of the body stay, and so does a range of "
    "dates or hours (an event's), which a stamp never is.",
    examples=(
        keeps("29 November 2018 | 20 January 2019", note="an exhibition's dates"),
        removes("August 16, 2019 - Updated July 9, 2025", note="a stamp and its update, not a range"),
        removes("PUNE, March 3, 2026 08:10 pm IST - Updated - March 4, 2026 07:55 am IST",
                before=("The state cabinet cleared the metro extension on Tuesday after a two-year delay, "
                        "and work on the first four stations is due to begin before the monsoon.",),
                note="the update's label between dashes, after the first stamp's time"),
        removes("18/02/2026 | 07:32 h · Actualizado el 18/02/2026 | 10:05 h",
                note="the update's label between the two dates"),
        removes("2009-04-06T16:20:28-07:00", note="a time zone's offset, not a range of hours"),
        keeps("9.30 A.M. / 7.00 P.M.", note="opening hours"),
        keeps("Sunday 20 July, 6pm–10pm. Free.",
              before=("A free open-air concert on the green with four bands.", "Add to calendar"),
              note="an event's hours, beside its calendar button"),
        keeps("El Perdón | 18:30 | 22:10 | Suspendida", opens=True,
              before=("Las hermandades decidieron a las siete si salían, dijo el consejo.",
                      "Hermandad | Salida | Carrera oficial | Estado",
                      "La Salud | 18:00 | 21:40 | En la calle"),
              after=("Las Angustias | 20:30 | 00:05 | Pendiente", "Publicidad",
                     "El consejo volverá a reunirse el viernes, según fuentes de la junta."),
              note="a timetable's row, among rows no rule takes: it goes only with its table"),
        removes("April 16, 2024"),
        removes("Luanda, terça-feira, 22 de Julho de 2025", note="a place, the weekday and the date"),
        removes("2019-11-19T08:57:40+01:00"),
        removes("Tue 16 Apr 2024 10.30 BST"),
        removes("27. Jänner 2025, 12:14"),
        removes("Madrid - 17 feb 2025 - 05:30 CET"),
        removes("Abidjan, le 23 déc. 2024"),
        removes("Regio | 12 maart 2025 | 2 min", note="a section, the date and a reading time"),
        removes("Mar 12, 2025 - Politics & Policy", note="the date and its section"),
        removes("12.03.2025 – Wirtschaft"),
        removes("Inland · 12.03.2025 · 3 Min."),
        removes("Sevilla, 3 mar (EFE).-", note="an agency's dateline"),
        removes("ABIDJAN, 4 oct. (Agence Méridien) –", note="an agency named by its kind"),
        removes("BERLIN (dpa) –", opens=True,
                after=("Die Regierung hat am Dienstag ein neues Gesetz beschlossen, sagte ein Sprecher.",),
                note="a wire's dateline cut from its paragraph"),
        keeps("Und dann –", opens=True,
              after=("Die Regierung hat am Dienstag ein neues Gesetz beschlossen, sagte ein Sprecher.",),
              note="a word in small letters: no place"),
        removes("(AGI) - BARI, 11 MAR"),
        removes("Le 18 mai 2025 à 21h04"),
        removes("2 marzo 2025 (modifica il 3 marzo 2025 | 10:12)", note="the update in brackets"),
        removes("Le 03/03/2025 à 14:20 - Mis à jour le 04/03/2025 à 08:00", note="a stamp and its update"),
        removes("Le 4 mars 2025 à 14h20, mis à jour le 5 mars 2025 à 08h00", note="fifteen words"),
        removes("lundi 3 mars 2025 à 14h20 (heure de Paris)"),
        removes("3 de março de 2025 às 14:20 (horário de Brasília)"),
        removes("San Juan, PR | August 15, 2025 at 8:12 AM"),
        removes("Monterrey, NL / 18.08.2025 05:00 hrs."),
        removes("24 luglio 2025 alle 08:12",
                before=("Canadair ed elicotteri al lavoro da ieri. Il vento ha spinto le fiamme a valle.",),
                after=("È ancora fuori controllo l'incendio scoppiato ieri, dicono i vigili del fuoco.",),
                opens=True, note="under the standfirst, the article's date"),
        removes("15 de noviembre de 2024, 06:00 a. m."),
        removes("21.05.2025, 18.04 Uhr • aus DER WOCHENBOTE 22/2025",
                note="the issue the article appeared in"),
        removes("Guayaquil · 03 abr 2025 · 07:30"),
        removes("9 oktober 2024, 08:14"),
        removes("5:45 AM PST 11/19/2019 by Patrick Shanley"),
        removes("14 april 2025 door Redactie"),
        keeps("Le 18 mai 2025 à 21h04, la police est arrivée sur place.", note="a sentence's date"),
        removes("19 de marzo de 2025, 22:10 hrs.", opens=True,
                before=("El sismo se sintió con fuerza en la capital, informaron las autoridades.",),
                after=("23:55", "El ministerio informó que miles de clientes siguen sin luz, dijo el vocero.",
                       "23:30", "Las clases se suspendieron en tres regiones, anunció el gobierno."),
                note="a live blog's own date, under its standfirst, above the entries' times"),
        removes("Zondag 23 november 2025 · 14:32 · Laatste update 16:11", opens=True,
                before=("LIVE | Storm raast over het noorden: bomen op de weg",),
                after=("16.09", "De brandweer rukte meer dan tweehonderd keer uit, meldt de regio.",
                       "15.58", "Ook de veerboten naar de eilanden varen niet meer, zegt de rederij."),
                note="above the first entry, a date with its year: the live blog's own, not an entry's time"),
        keeps("21 Jan 2025, 03:40 PM IST", opens=True,
              before=("Markets LIVE: Sensex falls 700 points as foreign selling persists",
                      "Benchmark indices extended losses for a third straight session on Tuesday."),
              after=("Closing Bell: Sensex ends 712 points lower",
                     "The Sensex closed 712 points lower, while the Nifty ended at 23,268, data showed.",
                     "21 Jan 2025, 03:05 PM IST", "Rupee hits record low",
                     "The rupee weakened 14 paise to a lifetime low in afternoon trade, dealers said.",
                     "21 Jan 2025, 02:20 PM IST", "Consumer shares drop 6%",
                     "Shares of the consumer group fell 6 per cent after a downgrade, traders said."),
              note="the first entry's time, where every entry's time names its year"),
        keeps("22:30 Uhr", opens=True,
              before=("Der Minister traf ein und sprach mit Reportern über den Plan, hieß es.", "Teilen"),
              after=("Gespräche beginnen", "Die Delegationen setzten sich am Abend an einen Tisch, hieß es.",
                     "Teilen", "22:10 Uhr", "Menge versammelt sich",
                     "Vor dem Gebäude warteten Hunderte Menschen auf Nachrichten, berichteten Zeugen."),
              note="a live blog's times, each above an entry's headline, beside its share button"),
        removes("vor 3 Stunden", opens=True,
                before=("Hafen bekommt neues Terminal",
                        "Der Senat hat den Ausbau beschlossen. Die Opposition kritisiert die Kosten."),
                after=("Der Ausbau soll im Frühjahr beginnen und drei Jahre dauern, hieß es.",),
                note="under the standfirst, the article's age"),
        removes("Gestern, 18:30 Uhr", opens=True,
                before=("Hafen bekommt neues Terminal",
                        "Der Senat hat den Ausbau beschlossen. Die Opposition kritisiert die Kosten."),
                after=("Der Ausbau soll im Frühjahr beginnen und drei Jahre dauern, hieß es.",),
                note="under the standfirst, a day and its time: more than a live blog's time of day"),
        keeps("2 hours ago", opens=True,
              before=("Storm live: roads closed across the region",
                      "Follow the latest as the storm moves inland. Forecasters expect more rain."),
              after=("Police have closed the coast road after a landslide, officials said.",
                     "3 hours ago", "The first schools have announced they will stay shut on Monday."),
              note="a live blog's first entry, under its standfirst, as old as the next one"),
        keeps("10:45 a.m.", before=("The first explosion was heard at dawn.",),
              after=("A second blast followed, witnesses said.",), note="live-blog times stay"),
    ),
)

READING_TIME = PatternRule(
    code="NAV014",
    marks=_DATELINE,
    name="reading-time",
    category=Category.NAVIGATION,
    summary="Reading, listening and video times in every language: 'Lesedauer: 3 Min.', '5 min read', "
    "'Temps de lecture : 4 min'.",
    message="reading-time label",
    languages=LANGUAGES,
    aliases=("NAV008", "NAV303", "NAV403", "NAV503", "NAV603", "NAV703", "NAV803"),
    keywords=starts(*(keyword_of(word) for word in (*_READING.get("labels"), *_READING.get("about"),
                                                     *_READING.get("players"))),
                    *DATE_OPENINGS),
    # Every match holds a label or the word after the duration; lines opening with a digit do not.
    also=short_at_word_end(
        *one_word_each(*_READING.get("labels"), *_READING.get("after"), *_READING.get("players"))
    ),
    max_words=14,
    # "18 novembre 2024 · 6 minuti di lettura", "4 februari 2026, 18:42 Leestijd 6 minuten"
    pattern=rf"""{START}(?:{CORE}{MORE_PIECES}(?:\s*[|·•,–—-]\s*|\s+))?(?:
          (?:{alternatives(_READING.get("labels"))})\s*:?\s*(?:{_ABOUT}\s+)?(?:{_DURATION}|\d{{1,2}}:\d{{2}})
            (?:\s+(?:{alternatives(_READING.get("after"))}))?
        | (?:{_ABOUT}\s+)?{_DURATION}\s+(?:{alternatives(_READING.get("after"))})
        | (?:{alternatives(_READING.get("players"))})(?:\s*[:·•|–—▶►-])?\s*(?:{_DURATION}|{_CLOCK})
        | (?:{alternatives(_READING.get("players"))})(?:\s+(?!\d)[\w'’-]+){{1,4}}  # "Watch the video (2:14)"
            (?:\s*[:·•|–—-]\s*\(?|\s*\()(?:{_DURATION}|{_CLOCK}|{_MINUTES_SECONDS})\)?
        )(?:\s*[|·•,-]\s*.{{1,60}})?{END}""",
    safety="A duration must come with a label ('Lesedauer', 'Reading time') or a word after it "
    "('read', 'Lesezeit'), or close a player's button and its object after a separator or in brackets; "
    "a sentence never fits between them.",
    examples=(
        removes("18 novembre 2024 · 6 minuti di lettura"),
        removes("4 February 2026, 18:42 Reading time 6 minutes", note="the reading time after a space"),
        removes("Watch the video (2:14)"),
        removes("Vorlesen ▶ 4:12", note="a player, its play symbol and the length"),
        removes("Sehen Sie den Bericht · 1:42"),
        removes("Regardez le reportage (3:05)"),
        removes("Escucha el pódcast · 24 min"),
        removes("Guarda il servizio (1:58)"),
        removes("Assista à entrevista · 12 min"),
        removes("Beluister het verslag (2'14\")"),
        keeps("Watch the first 10 minutes of the match, the coach told his players."),
        keeps("Listen to the last 2 minutes and you will hear the crowd."),
        removes("04/03/2025 • 7 min de leitura"),
        *_READING.examples,
    ),
)

# A section's label of one to three capitalised words, before a bullet: "Politiek • 3 min".
_LABEL_MARKS = "•·|"
_SECTION = r"(?-i:[A-ZÀ-Þ][\w'’-]*)(?:\s[\w'’-]+){0,2}"

BARE_DURATION = PatternRule(
    code="NAV015",
    marks=_DATELINE,
    name="bare-duration",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A duration standing alone, as reading-time and video widgets print it: '3 min', '2m 41s'.",
    message="bare duration",
    languages=LANGUAGES,
    # A section's label may stand before a reading time: "Politiek • 3 min".
    keywords=(*starts(*"0123456789"),
              *(f"{mark} {digit}" for mark in _LABEL_MARKS for digit in "0123456789")),
    max_words=6,
    # A player's position and length: "00:00 / 03:21".
    pattern=rf"""{START}(?:{_SECTION}\s[{_LABEL_MARKS}]\s)?(?:{_DURATION}|{_CLOCK}\s?/\s?{_CLOCK}){END}""",
    safety="Weak: only before or after the article's prose, or beside strong evidence.",
    examples=(
        removes("3 min"),
        removes("Politiek • 3 min"),
        removes("Économie | 4 min."),
        keeps("Politiek • 3 min", before=("De minister sprak over de begroting, meldden ingewijden.",),
              after=("De oppositie reageerde fel op het plan, zei een woordvoerder.",),
              note="between paragraphs"),
        removes("2m 41s"),
        removes("04:38 Min."),
        removes("00:00 / 03:21"),
        keeps("10 minutes", before=("The council met on Tuesday.",),
              after=("Ten minutes later, the vote was over, officials said.",), note="between paragraphs"),
        keeps("64 min",
              before=("78 min GOAL! Rovers 2-1 United (Adeyemi)",
                      "Adeyemi meets the corner at the near post and flicks it in off the far post.",
                      "Advertisement"),
              after=("United almost level at once, but the shot from the edge of the box hits the bar.",),
              note="a live blog's minute, where another entry opens with one: beside an ad marker too"),
    ),
)

STAMP_LABEL_ALONE = PatternRule(
    code="NAV025",
    marks=_DATELINE,
    name="stamp-label-alone",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A timestamp's label on a line of its own, its date on the next: 'Last modified:', "
    "'Zuletzt aktualisiert:'.",
    message="timestamp label",
    languages=LANGUAGES,
    keywords=starts(*(keyword_of(word) for word in STAMP_LABELS)),
    max_words=5,
    pattern=rf"""{START}(?:{STAMP_LABEL})(?:\s+{LINK})?\s?:?{END}""",
    safety="Weak: only before or after the article's prose, or beside strong evidence; a table's "
    "'Released:' column or a sub-heading between paragraphs stays.",
    examples=(
        removes("Last modified:"),
        removes("Zuletzt aktualisiert:"),
        removes("Publicado em"),
        removes("Mis à jour le"),
        removes("Last Updated on:"),
        keeps("Released:", before=("The band's first record sold poorly, its label said.",),
              after=("Its second went gold within a year, according to the label.",),
              note="between paragraphs"),
        keeps("Released:", opens=True,
              before=("Band returns", "The band's first record sold poorly, its label said."),
              after=("Its second went gold within a year, according to the label.",),
              note="under the first paragraph, a label without its date dates nothing"),
        keeps("Published in 1998, the novel sold two million copies.", note="a sentence"),
    ),
)

AUDIO_WIDGET = phrase_rule(
    code="NAV016",
    name="audio-widget",
    category=Category.NAVIGATION,
    concept="audio-widget",
    summary="Listen, watch and player furniture in every language: 'Listen to this article · 6:12 min', "
    "'Artikel anhören'.",
    message="audio or video widget",
    follow="anything",
    speech=True,
    max_words=14,
    examples=(
        keeps("- Video: 6K/30p, 4K/120p", before=("- Sensor: 26MP full frame",),
              after=("- Autofocus: subject tracking", "- Price: $1,999 (body only)"),
              note="a camera's specification list"),
    ),
)


_PLAYER = concept("player-controls")
_SECONDS = rf"\d{{1,2}}\s?(?:{alternatives(_PLAYER.get('seconds'))})\.?"
# A seek button: a signed count of seconds, a verb before the count or a direction after it; or the
# speed, perhaps under its label. Signs include the minus sign a player prints ("−15 s").
_DIRECTION = rf"(?:{alternatives(_PLAYER.get('directions'))})"
_SEEK = rf"""(?:[+−–-]\s?{_SECONDS}
    | (?:{alternatives(_PLAYER.get('verbs'))})\s+{_SECONDS}(?:\s+{_DIRECTION})?
    | {_SECONDS}\s+{_DIRECTION})"""
_SPEED = rf"(?:(?:{alternatives(_PLAYER.get('speed'))})\s*:?\s*)?\d(?:[.,]\d{{1,2}})?\s?[x×]"

PLAYER_CONTROL = PatternRule(
    code="NAV043",
    name="player-control",
    category=Category.NAVIGATION,
    summary="A player's seek and speed buttons alone on their line, in every language: '+30 s', '15 Sekunden "
    "zurück', '1,25x'.",
    message="player control",
    languages=_PLAYER.languages,
    evidence=Evidence.WEAK,
    keywords=(*starts(*"0123456789+−–-"),
              *starts(*(keyword_of(word) for key in ("speed", "verbs") for word in _PLAYER.get(key)))),
    max_words=6,
    pattern=rf"{START}(?:{_SEEK}|{_SPEED}){END}",
    safety="Weak, so only around the article or beside strong evidence (a player's other buttons): a "
    "pull figure between paragraphs ('+30 s' over a cyclist's lead) stays. The whole line is the button: "
    "seconds with a sign, a seeking verb or a direction, or a speed ending in its 'x'; a sentence goes on "
    "('30 seconds later, the alarm went off').",
    examples=_PLAYER.examples,
)

MEDIA_WITH_DURATION = PatternRule(
    code="NAV067",
    name="media-with-duration",
    category=Category.NAVIGATION,
    summary="A video's or a podcast's title with its running time at the end: 'Video: How the storm hit | "
    "Duración: 2:14'.",
    message="player's title and duration",
    languages=LANGUAGES,
    keywords=starts("video", "vídeo", "audio", "áudio", "podcast"),
    max_words=40,
    # The label, a colon or a bar, the title, then a bar, a dot or a bracket, perhaps the duration's
    # label, and minutes and seconds closing the line.
    pattern=r"""[(\[]?(?:video|vídeo|audio|áudio|podcast)\s*[:|]\s*[^\n]{5,240}?\s*[|·•(\[]\s*
        (?:(?:duration|length|duración|durée|dauer|länge|durata|duração|duur|lengte)\s*:?\s*)?
        \d{1,2}:\d\d(?::\d\d)?(?:\s*min\.?)?\s*[)\]]?\s*""",
    safety="A media label opens the line and minutes and seconds close it, after a bar, a dot or a bracket: "
    "the player's own strip. A sentence about a video gives its length in words.",
    examples=(
        removes("Video: Así fue el primer viaje con pasajeros en el tramo reabierto de la Línea 2 | "
                "Duración: 2:14"),
        removes("Podcast: Why the harbour plan failed · 24:10"),
        keeps("Video: a 2:14 clip filmed by a passenger on the first train was shared thousands of times "
              "overnight", note="the running time inside the sentence, not closing the player's strip"),
    ),
)

# A kicker: a section's name of one to three capitalised words ("Politics", "Middle East", "Sport & Leisure").
_KICKER = r"(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s+(?:&|(?-i:[A-ZÀ-Þ][\w'’.-]*))){0,2}"

SECTION_AND_AGE = PatternRule(
    code="NAV040",
    marks=_DATELINE,
    name="section-and-age",
    category=Category.NAVIGATION,
    evidence=Evidence.WEAK,
    summary="A kicker with its age, in every language: 'Politics 2 hrs ago', 'Politik vor 3 Stunden'.",
    message="section and age",
    languages=LANGUAGES,
    keywords=short_at_word_end(*AGE_KEYS),
    max_words=10,
    pattern=rf"""{START}{_KICKER}\s*(?:[|·•/–—:-]\s*)?{AGE}{END}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; one to three "
    "capitalised words, then a counted age and nothing else: 'Officials met 3 hours ago.' has a verb "
    "in lower case, and 'Three hours ago, the dam broke' goes on.",
    examples=(
        removes("Politics 2 hrs ago"),
        removes("World | 3 hours ago"),
        removes("Politik vor 3 Stunden"),
        removes("Économie · il y a 2 h"),
        removes("Deportes hace 5 horas"),
        removes("Cronaca 3 ore fa"),
        removes("Economia há 2 horas"),
        removes("Binnenland 2 uur geleden"),
        keeps("Officials met 3 hours ago."),
        keeps("Three hours ago, the dam broke and the valley flooded."),
        keeps("Politics 2 hrs ago", before=("The council met on Tuesday to discuss the plan.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
    ),
)

_BROADCAST = concept("broadcast-stamp")

BROADCAST_STAMP = PatternRule(
    code="NAV064",
    marks=_DATELINE,
    name="broadcast-stamp",
    category=Category.NAVIGATION,
    summary="A broadcaster's line naming the programme that aired the story, and when: 'Sendung: Abendschau, "
    "12.03.2026, 19:30 Uhr'.",
    message="broadcast stamp",
    languages=_BROADCAST.languages,
    keywords=starts(*(keyword_of(label) for label in _BROADCAST.get("labels"))),
    max_words=16,
    pattern=rf"""{START}(?:{alternatives(_BROADCAST.get("labels"))})\s*:\s*
        (?:[\w&'’.+-]+\s+){{0,5}}?[\w&'’.+-]+\s*[,|·•–—-]\s*{CORE}{MORE_PIECES}{END}""",
    safety="The label, a colon, at most six words of the programme's name, then a date or a time and "
    "nothing after it: 'Sendung: Der Streit geht weiter' has no date, and a sentence goes on.",
    examples=_BROADCAST.examples,
)


RULES = (UPDATE_TIMESTAMP, BROADCAST_STAMP, BARE_DATE, SECTION_AND_AGE, AUDIO_WIDGET, PLAYER_CONTROL,
         MEDIA_WITH_DURATION,
         READING_TIME, BARE_DURATION, STAMP_LABEL_ALONE)
