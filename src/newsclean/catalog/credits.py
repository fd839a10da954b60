"""Photo credits, captions, alt text and gallery furniture."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from ..dom import DomRule
from ..rules import (
    BlockRule,
    Category,
    ContextRule,
    Ending,
    EndingRule,
    Finding,
    Mark,
    PatternRule,
    compile_pattern,
    keeps,
    removes,
)
from ..shape import Zone, is_title_case, signs_its_caption
from ._dates import MONTH, WEEKDAY
from ._patterns import (
    AGENCY,
    AGENCY_KEYWORDS,
    CREDIT_NAME,
    END,
    NAME_AGENCIES,
    SHORT_AGENCY,
    START,
    short_at_word_end,
    starts,
)
from ._phrases import phrase_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, words

if TYPE_CHECKING:
    from ..blocks import Page
    from ..rules import Pattern

# Media words in every language: credits share one structure everywhere ("Foto: dpa").
_MEDIA_WORDS = words("media-words")
_MEDIA = rf"(?:{alternatives(_MEDIA_WORDS)})"


def _in_lower_case(phrases: Iterable[str]) -> str:
    """What an ending that holds one of ``phrases`` needs in a block written in lower case (see
    rules.Ending): one of them, lowered."""
    return alternatives(phrase.lower() for phrase in phrases)


_NEEDS_MEDIA = _in_lower_case(_MEDIA_WORDS)


def _with_media(pattern: str) -> Ending:
    """An ending that cannot match without a media word."""
    return Ending(pattern, _NEEDS_MEDIA)


# Photo agencies as they sign a caption in brackets or glued to it, exactly so: "(ePA)"
# is a German abbreviation and "[Bloomberg]" a link roundup's source, not photo credits.
_PHOTO_AGENCY = (
    r"(?-i:Getty\s+Images|Shutterstock|Alamy|iStock(?:photo)?|AP\s+Photo|EPA(?:-EFE)?|"
    r"PA\s+(?:Wire|Media|Images)|Unsplash|Pexels)"
)

# Wire and photo agencies, as glued to the end of a caption: "…Tuesday.ANP".
_CAPITALISED_AGENCIES = tuple(agency for agency in words("agencies") if agency[:1].isupper())
_WIRE = alternatives(_CAPITALISED_AGENCIES)
_WIRE_IN_LOWER_CASE = _in_lower_case(_CAPITALISED_AGENCIES)
# Every agency name as it is written, lower case ones too ("dpa", "epd"), matched as written.
_WIRE_ANY = rf"(?-i:{alternatives(words('agencies'))})(?!\w)"

# Agencies that print their name first, in capitals: "REUTERS/Evelyn Hockstein".
_AGENCY_FIRST = r"(?-i:REUTERS|AFP|EPA|AP|XINHUA|ANP|DPA|SIPA|POOL|UPI)"

_SOURCE = concept("photo-source")
# Who gave the picture, after a media word: "Photo provided by the family", "Foto cedida por …".
_PROVIDED = alternatives(_SOURCE.get("provided"))
# Who lent the picture, before the lender: "Courtesy of", "Courtoisie", "per gentile concessione di".
_COURTESY = alternatives(_SOURCE.get("courtesy"))
_COURTESY_IN_LOWER_CASE = _in_lower_case(_SOURCE.get("courtesy"))
_PHOTOS_IN_LOWER_CASE = _in_lower_case(_SOURCE.get("photos"))
_GENERIC_IN_LOWER_CASE = _in_lower_case(_SOURCE.get("generic"))
# Kinds of photo that are their own credit: "file picture", "foto di repertorio".
_PHOTO_KINDS = alternatives(_SOURCE.get("photos"))
# A source that names no one: "Foto: archivo", "Credit: ufficio stampa".
_GENERIC = alternatives(_SOURCE.get("generic"))
# Those that may label a lender's name with a colon ("Supplied: Shire Council"); "Stock: Nvidia" and
# "File: report.pdf" are other things' labels.
_NOT_LENDER_LABELS = frozenset({"stock", "file", "dr", "d.r."})
_LENDER_LABELS = tuple(word for word in _SOURCE.get("generic") if word.lower() not in _NOT_LENDER_LABELS)

_NAME_CREDIT = concept("name-credit")
_SOURCE_LABELS = alternatives(_NAME_CREDIT.get("labels"))  # what signs a caption: "… Leipzig. Quelle: dpa"
_SOURCE_LABEL_KEYWORDS = tuple(sorted({keyword_of(label) for label in _NAME_CREDIT.get("labels")}))

_CREDIT = rf"""(?:
      {_MEDIA}\s*+(?:credits?\s*+)?(?::|\|)\s*+(?!\d(?!23\s*RF)).{{1,120}} # Photo: Andrew Harnik/Getty
      # (never a number: "Video: 4K/30p" is a specification, "Video: 2:45" a duration)
    | {_MEDIA}\s+(?:by|courtesy(?:\s+of)?)\s+{CREDIT_NAME}(?:\s+(?:on|for|via)\s+{CREDIT_NAME})?
    | (?:{_MEDIA}\s+)?credits?\s*:\s*{CREDIT_NAME}                        # Credit: Chuck Kennedy/...
    | (?:{_MEDIA}\s+)?credits?\s*:\s*(?:{_GENERIC})(?!\w)                  # Credit: ufficio stampa
    | (?:{_MEDIA}\s+)?courtesy\s+(?:of\s+)?.{{1,60}}
    | {CREDIT_NAME}\s*/\s*courtesy\s+(?:of\s+)?{CREDIT_NAME}                # Jane Doe / Courtesy X Gallery
    | image\s+source,\s*.{{1,120}}                                         # BBC: Image source, Getty Images
    # A chart's source, then its credit: "Quelle: Statistisches Bundesamt · Grafik: dpa"
    | (?:{_SOURCE_LABELS})\s*:\s*[^·•|\n]{{1,80}}?\s*[·•|]\s*{_MEDIA}\s*:\s*.{{1,80}}
    | (?:(?:{AGENCY}|{SHORT_AGENCY})\s+)?{_MEDIA}\s*/\s*(?!{_MEDIA}){CREDIT_NAME}  # AP Photo/Evan Vucci
    | {_MEDIA}\s+(?=[^\W\d][^/\s]{{0,29}}\s?/){CREDIT_NAME}                 # Foto Ansa/Mario Rossi (not 1/6)
    | {_MEDIA}\s+(?:{AGENCY}|{SHORT_AGENCY})                                  # Beeld ANP
    | {CREDIT_NAME}\s*/\s*(?:{AGENCY}|{SHORT_AGENCY})(?:\s+via\s+{AGENCY})?  # Andrew Harnik/Getty Images
    | {_AGENCY_FIRST}\s*/\s*{CREDIT_NAME}                                  # REUTERS/Evelyn Hockstein
    # EFE/Juan Pérez, picture alliance / dpa / Max Muster; not a wire's sign-off ("Lusa/Fim")
    | (?:(?:{AGENCY}|{_WIRE_ANY})\s*/\s*){{1,2}}(?!(?i:fim|fin|fine|end|ende|einde)\b){CREDIT_NAME}
    | {_MEDIA}\s*©\s*{CREDIT_NAME}                                        # Foto © Max Muster
    | {AGENCY}(?:\s+via\s+{AGENCY}|\s+{_MEDIA})?                           # AFP via Getty Images
    | {_MEDIA}\s+via\s+(?:{AGENCY}|{CREDIT_NAME})                        # Stock image via Getty Images
    # Who lent it, in every language: "Supplied: Shire Council", "Courtoisie L'Écho de la Baie", "Foto
    # archivio Il Titano", "Foto di repertorio Radio Titano", "Submitted by Dana Whitford"
    | (?:{_MEDIA}\s+)?(?:{alternatives(_LENDER_LABELS)})\s*:\s*{CREDIT_NAME}
    | (?:{_MEDIA}\s+)?(?:{_COURTESY})\s+{CREDIT_NAME}
    | (?:{_MEDIA}\s+(?:{_GENERIC})|{_PHOTO_KINDS})\s+{CREDIT_NAME}
    | (?:{_MEDIA}\s+)?(?:{_PROVIDED})\s+{CREDIT_NAME}
    # Featured image from Shutterstock, Foto von dpa, Photo de l'AFP: "from" an agency or a stock library
    | {_MEDIA}\s+(?:from|von|de|da|di|van)\s+(?:l['’]\s?)?(?:{AGENCY}|{SHORT_AGENCY})(?!\w)
)"""

_AGENCY_FIRST_KEYWORDS = ("ap/", "ap /", "upi/", "upi /")

# After a caption's last sentence, when the caption is caption-sized: these credits name no
# agency, so a paragraph that a quote's credit was glued to keeps its text.
_AFTER_CAPTION = r"(?<=\A[^\n]{1,300}[.!?”\"’»]\s{1,3})"

# The same, when the caption's last sentence ends in a full stop and closes no quotation, and none
# opens it: an epigraph ("« … ment. » — Sonia Ferraud") or a title ("Why Isn't It the Norm? – Jane
# Doe") is signed by its author.
_AFTER_UNQUOTED_CAPTION = r"(?<=\A(?![«“„\"‘])[^\n]{1,300}[\w)]\.\s{1,3})"

# A name in capitals, as some papers print credits: "NADIA BELKACEM", "GALERIE LUMEN".
_CAPITALS = r"(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"


def _after_media(*separators: str) -> tuple[str, ...]:
    return tuple(f"{keyword_of(word)}{separator}" for word in _MEDIA_WORDS for separator in separators)


# A credit line opens with a media word, "credit", "courtesy", or names an agency.
_CREDIT_LINE_KEYWORDS = (
    "credit", "courtesy", "image source", *_AGENCY_FIRST_KEYWORDS, *AGENCY_KEYWORDS,
    *(f"{keyword_of(agency)}{slash}" for agency in words("agencies") for slash in ("/", " /")),
    *_after_media(":", " :", "|", " |", "/", " /", " by", " courtesy", " credit", " ", "©"),
    "crédit",
    # Who lent the picture: "Supplied: …", "Courtoisie …", "Foto di repertorio …", "Submitted by …".
    *(f"{keyword_of(label)}{colon}" for label in _LENDER_LABELS for colon in (":", " :")),
    *(keyword_of(words) for key in ("courtesy", "photos", "provided") for words in _SOURCE.get(key)),
)
# An outlet after "for", by its article: "for The Herald", "pour Le Courrier" (not "for a", "para o").
_OUTLET_ARTICLES = ("The", "Der", "Die", "Das", "De", "Het", "Le", "La", "Les", "El", "Il", "Lo")

# A caption's credit closes it: "Credit: …", "Photo: …", "(AP Photo/…)", "…/Getty Images".
_CAPTION_CREDIT_KEYWORDS = (
    "credit", "crédit", "©", *_AGENCY_FIRST_KEYWORDS, *AGENCY_KEYWORDS,
    *_after_media(":", " :", "/", " /", " by", " ©", " |"),
    *(f"{bracket}{space}{keyword_of(word)}" for word in _MEDIA_WORDS for space in ("", " ")
      for bracket in "(["),
    *(f"{mark}{keyword_of(agency)}" for agency in _CAPITALISED_AGENCIES
      for mark in (".", "!", "?", "”", '"', "'")),
    *(f"{mark}{keyword_of(word)}" for word in _MEDIA_WORDS for mark in (".", "!", "?", "”", '"', "'", ")")),
    *(f"{mark} |" for mark in (".", "!", "?", "”", '"', "'")),
    *(f"({name})" for name in ("ap", "pa", "bbc", "cnn", "rex", "efe", "upi")),
    # Credits after the caption's last sentence: "… match. (P. Lahalle/Le Sportif)", "… 7 avril.
    # Photo L'Écho du Plateau", "… Metropolitano. EFE/Rodrigo Jiménez", "NADIA BELKACEM / GALERIE".
    *(f"{mark} {opening}" for mark in (".", "!", "?", "”", '"', "'", "»") for opening in ("(", "[")),
    *(f"{mark} {keyword_of(word)} " for word in _MEDIA_WORDS for mark in (".", "!", "?", "”", '"', "»")),
    *(f"{keyword_of(agency)}/" for agency in _CAPITALISED_AGENCIES),
    "courtesy", "supplied", *(f"{letter} / " for letter in "abcdefghijklmnopqrstuvwxyz"),
    *(f" {word} " for word in ("photo", "photos", "foto", "fotos")),  # "… à Magog PHOTO ALEXANDRE ROY"
    *(f"{mark} /" for mark in (".", "!", "?", "”", '"', "'", "»")),
    # A source and a name joined by a slash after the caption: "…Side.Theresa Kowalczyk / Lakeshore
    # Public Radio", "…(Archivbild)Alpenrundfunk/Gernot Pichler", "… 2026. GPW/Daniel Oti".
    *(f"{letter}/" for letter in "abcdefghijklmnopqrstuvwxyzàáâãäçèéêëìíîïñòóôõöùúûü"),
    # A dash after the last sentence: "… 2025. — J. Darras / Dix Minutes"; an agency in brackets after
    # a name: "… Madrid. Jaime Oller (EFE)"; the photographer for the outlet: "… POUR « LE MONDE »".
    *(f"{mark} {dash}" for mark in (".", "!", "?", "”", '"', "'", "»") for dash in "–—-"),
    *(f"({space}{keyword_of(agency)}" for agency in _CAPITALISED_AGENCIES
      for space in ("", " ")),
    *(f"{keyword_of(word)} {opening}" for word in concept("name-credit").get("for")
      for opening in ("«", "“", '"', *(article.lower() + " " for article in _OUTLET_ARTICLES))),
)

_FOR = alternatives(_NAME_CREDIT.get("for"))
_FOR_IN_LOWER_CASE = _in_lower_case(_NAME_CREDIT.get("for"))
_PHOTO_BY = alternatives(_NAME_CREDIT.get("by"))

# A person's name as a credit gives it: two or three capitalised words ("Jane Doe", "Jan de Vries",
# "J. R. Smith", "Jean-Christophe Bott"), and nothing else.
_NAME_WORD = r"(?-i:[A-ZÀ-Þ](?:[a-zß-ÿ'’-]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?|\.))"
_PARTICLE = r"(?-i:van|von|de|da|di|del|der|den|du|le|la|dos|das|ter|ten|y)"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,2}}"
# Not a byline's opening word ("By Jane Doe | March 12" is a byline's), nor an article: "The St Vrain" is
# a place.
_NOT_BYLINE = r"""(?!(?-i:By|Von|Por|Par|Door|Di|Da|De|Text|Texto|Testo|Tekst|Photo|Foto|Bild|Beeld|
    The|Der|Die|Das|Le|La|Les|El|Il|Lo|Het|Een|A|An|O|Os)\s)"""
# An outlet after a slash, a bar or "for" must say it is one: an article ("The Herald"), an outlet's word
# ("Diario del Sur"), initials after a bar ("NPR") or an agency; "About Us | Careers" is a menu, "Jane
# Doe | Reporter" a byline, "Classen Curve / Western Avenue" a corner.
_OUTLET = rf"""(?:(?-i:The|Der|Die|Das|De|Het|Le|La|Les|El|Il|Lo|O|A|Os)\s+{CREDIT_NAME}
    | (?=(?:[^\s/|]+\s+){{0,4}}(?-i:{alternatives(_NAME_CREDIT.get("outlets"))})(?!\w)){CREDIT_NAME}
    # An elided article, and perhaps an elided "of": "L'Écho d'Armor", "L'Union du Nord".
    | (?-i:L['’][A-ZÀ-Þ][\w'’&.-]*(?:\s+(?:d['’]|de\s+|du\s+|des\s+)?[A-ZÀ-Þ][\w'’&.-]*){{0,4}})
    | {AGENCY} | {_WIRE_ANY})"""
_OUTLET_WITH_ARTICLE = rf"(?-i:{'|'.join(_OUTLET_ARTICLES)})\s+{CREDIT_NAME}"
_OUTLET_INITIALS = r"(?-i:[A-Z]{2,6})(?!\w)"  # after a bar only: "More Money for NHS" is a headline
# A name in capitals of two words or more: "ALBERTO RUSO", not "ALL".
_CAPITALS_TWO = r"(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3})(?![\w.])"
# The media words a credit opens with, capitalised: "Foto Jan Jansen", "PHOTO JANE DOE, THE HERALD".
_PHOTO_WORDS = ("Photo", "Photos", "Foto", "Fotos", "Bild", "Beeld")
_PHOTOGRAPHY_WORDS = ("Fotografie", "Fotografía", "Fotografia", "Photographie")
_ILLUSTRATION_WORDS = ("Illustration", "Ilustración", "Illustrazione", "Ilustração")
_PHOTO_WORD = rf"(?-i:{'|'.join((*_PHOTO_WORDS, *_PHOTOGRAPHY_WORDS))})"
# In capitals, as a credit printed in capitals opens.
_CAPS_PHOTO = rf"(?-i:{'|'.join(word.upper() for word in (*_PHOTO_WORDS, *_ILLUSTRATION_WORDS))})"


def _media_keywords(words: tuple[str, ...], *after: str) -> tuple[str, ...]:
    """The prefilter's keys for media words followed by any of `after`."""
    return tuple(f"{word.lower()}{end}" for word in words for end in after)


_CAPS_PHOTO_KEYWORDS = _media_keywords((*_PHOTO_WORDS, *_ILLUSTRATION_WORDS), " ", ":")
# A credit in capitals: two words or more, or names and outlets between commas or slashes
# ("DOMINIQUE GRAVEL, LA PRESSE", "ARCHIVES LE COURRIER").
_CAPITALS_CREDIT = rf"(?:{_CAPITALS}(?:\s*[,/]\s*{_CAPITALS}){{1,2}}(?![\w.])|{_CAPITALS_TWO})"
# A name in capitals signing a caption, perhaps with its agency in brackets: "DANIEL OCHOA (IBERPRESS)".
_CAPITALS_SIGNATURE = rf"{_CAPITALS_TWO}(?:\s*\(\s*(?-i:[A-ZÀ-Þ]{{2,12}})\s*\))?"


# A gallery's headline under its media word reads as a sentence: "Photos: How the storm changed the
# coast". A credit after it names people and sources, with few lower-case words, and those are
# the credit's own ("courtesy of the family", "Reprodução/redes sociais").
_GALLERY_WORD = (r"(?-i:Photos|PHOTOS|Fotos|FOTOS|Pictures|PICTURES|Bilder|BILDER|Beelden|BEELDEN"
                 r"|Videos?|VIDEOS?)")
_PLAIN_WORD = r"""(?-i:\b(?!(?:courtesy|the|and|via|for|from|von|und|der|die|das|del|los|las|por|para|dos|
    van|het|een|des|les|pour|par|della|delle|degli|con|com|with|archive|archives|archivo|arquivo|
    archivio|archief|handout|supplied|provided|family|famille|familia|família|famiglia|familie|cedida|cedidas|
    reprodução|divulgação|difusión|redes|sociais|sociales|social|media|agency|agencia|agência|stock)\b)
    [a-zß-ÿ]{3,}\b)"""
_GALLERY_HEADLINE = rf"""\A[(\[]?\s*{_GALLERY_WORD}\s*:\s*(?=[^\n]*?{_PLAIN_WORD}[^\n]*?{_PLAIN_WORD}
    [^\n]*?{_PLAIN_WORD})"""


PHOTO_CREDIT_LINE = PatternRule(
    code="CRD001",
    name="photo-credit-line",
    category=Category.CREDIT,
    summary="A block that is only a photo credit: 'Photo: Name/Agency', '(AP Photo/…)', 'Getty Images'.",
    message="photo credit",
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
    keywords=_CREDIT_LINE_KEYWORDS,
    max_words=16,
    marks=frozenset({Mark.CREDIT_LINE}),
    unless=rf"{speech_veto(LANGUAGES)}|{_GALLERY_HEADLINE}",
    pattern=rf"""[(\[]?\s*{_CREDIT}\s*[)\]]?[.;]?""",
    safety="The whole block must be the credit; names after 'by' must be capitalised, so "
    "\"Pictures by the dozen were posted online\" is kept.",
    examples=(
        removes("Photo: Andrew Harnik/Getty Images"),
        removes("Credit: Chuck Kennedy/U.S. State Department."),
        removes("(AP Photo/Evan Vucci)"),
        removes("Getty Images"),
        removes("AFP via Getty Images"),
        removes("REUTERS/Evelyn Hockstein"),
        removes("Photo by Mark Wilson/Getty Images"),
        removes("Photograph: Chip Somodevilla/Getty Images"),
        removes("Image source, Getty Images"),
        removes("Photo courtesy of the Smith family"),
        removes("Lorraine Kessick / Courtesy Halvorsen Gallery"),
        removes("Foto: dpa"),
        removes("Bild: picture alliance/dpa | Christoph Soeder"),
        removes("Photo : Ludovic Marin/AFP"),
        removes("Foto: EFE"),
        removes("Foto: ANSA"),
        removes("Featured image from Shutterstock.", note="'from' a stock library"),
        removes("Foto von dpa"),
        removes("Credit: ufficio stampa", note="a source that names no one"),
        removes("Supplied: Yarrabin Shire Council", note="who lent it, labelled"),
        removes("(Courtoisie L'Écho de la Baie)"),
        removes("Foto di repertorio Radio Titano", note="the kind of photo, then its owner"),
        removes("PHOTO ARCHIVES LE COURRIER"),
        removes("(Submitted by Dana Whitford)"),
        keeps("Stock: Nvidia", note="a fact box's label"),
        keeps("Supplied: the council said it would review the contract"),
        keeps("Photos from Gaza", note="'from' a place, not an agency"),
        keeps("Photos: How the storm changed the coastline", before=(
            "The storm hit the coast on Tuesday night and moved inland before dawn.",),
              note="a gallery's headline reads as a sentence"),
        removes("Photos: courtesy of the Smith family"),
        removes("Quelle: Statistisches Landesamt, Jahresbericht 2025 · Grafik: dpa/mm"),
        removes("Fuente: INE · Gráfico: Ana Ruiz"),
        removes("Fotos: Reprodução/redes sociais"),
        removes("Fotogramma"),
        keeps("Photo: 24MP stills at 10 frames a second",
              note="a camera's specification under a media word credits no one"),
        keeps("Graphics: Radeon 780M", before=("Processor: Octa-core 3.2 GHz",),
              after=("Memory: 32GB", "Storage: 1TB SSD"), note="a laptop's specification list"),
        removes("Graphics: Ana Lee", before=("Words: Jane Doe", "Photos: John Smith"),
                note="a credits box: every label in the run is a credit"),
        keeps("Il fotogramma mostra l'auto pochi secondi prima dell'incidente."),
        removes("Foto: Lusa"),
        removes("Beeld: ANP"),
        removes("Beeld ANP"),
        removes("EFE/Juan Pérez"),
        removes("picture alliance / dpa / Max Muster"),
        removes("Foto © Max Muster"),
        keeps("- Photography/Videography", before=("Our services:",), after=("- Catering",),
              note="a list of media kinds credits no one"),
        keeps("Credit Suisse shares fell 4% after the bank's earnings."),
        keeps("Photographs of the scene were shared widely online."),
        keeps("Pictures by the dozen were posted online within the hour."),
        keeps("Getty Images agreed to buy the rival agency for $200 million."),
        keeps("The AP photo of the protest went viral, editors said."),
        keeps("Credit: the regulator's statement gave little away, an analyst said."),
        keeps("Das Foto zeigt den Kanzler beim Besuch in Kiew."),
        keeps("La photo a fait le tour des réseaux sociaux en quelques heures."),
    ),
)

# The credits that may close a caption on a word in small letters, as prose closes: glued to the last
# sentence ("…film.Foto ufficio stampa"), "Picture supplied", and a source after a media word and a
# slash ("Foto: Reprodução/redes sociais"). Every other ending closes on a capital, a digit, a bracket,
# a quotation mark or an agency's name.
_GLUED_MEDIA_CREDIT = _with_media(
    rf"(?<=[.!?”\"’)])(?P<hit>(?=(?-i:[A-ZÀ-Þ]))(?={_MEDIA}\b)[^.!?…]{{1,80}}+)"
)
_SUPPLIED = Ending(
    rf"{_AFTER_CAPTION}(?P<hit>(?:{_MEDIA}\s*:?\s*)?(?-i:[Ss])upplied|\((?-i:[Ss])upplied\))", "supplied"
)
_MEDIA_SLASH_CREDIT = _with_media(
    rf"(?<=\S\s{{1,3}})(?P<hit>{_MEDIA}\s*:\s*(?-i:[A-ZÀ-Þ])[^.!?()\n:]{{0,60}}/[^.!?()\n:]{{1,40}})"
)
# A media word, then an owner and a source that names no one, after the last sentence: "… Enugu,
# 2022. Photo: Family handout" (the source alone, "Foto: privat", is the photo-source rule's).
_GENERIC_SOURCE_CREDIT = _with_media(
    rf"{_AFTER_CAPTION}(?P<hit>{_MEDIA}\s*:\s*(?-i:[A-ZÀ-Þ])[\w'’-]*\s+(?:{_GENERIC}))"
)
# The kind of picture, then the outlet whose it is, in two capitalised words or more: "… venster.
# Beeld: schermafbeelding De Nieuwe Koerier" (a kind and initials, "Foto: archief GvH", is CRD006's).
_GENERIC_THEN_SOURCE = _with_media(
    rf"{_AFTER_CAPTION}(?P<hit>{_MEDIA}\s*:\s*(?:{_GENERIC})\s+(?-i:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)+))"
)
# A close in small letters that names no agency ("… declined to comment."): only those three can reach it.
_PROSE_CLOSE = rf"""(?<![\w.'’&-])(?-i:[a-z]+)
    (?<!\b(?:{AGENCY}|{SHORT_AGENCY}|{alternatives(words("agencies"))}|{NAME_AGENCIES}))\s*+[.;]?\s*+$"""


# A block that opens with a question is a FAQ's answer or a teaser card, not a caption, whatever
# picture's credit closes it.
_FAQ_ANSWER = r"\A[^.!?\n]{3,200}\?\s"
# A caption describes a picture; a paragraph that tells the reader what to do ("If you already did,
# change your PIN") is the article's, however it is signed ("– Jane Roe/The Example Desk").
_ADDRESSES_READER = rf"(?<=[\w,]\s)(?-i:{alternatives(words('reader-voice', 'plain'))})(?!\w)"
_addresses_reader = re.compile(_ADDRESSES_READER).search


CAPTION_WITH_CREDIT = EndingRule(
    code="CRD002",
    name="caption-with-credit",
    category=Category.CREDIT,
    summary="A caption that ends with its photo credit: the whole caption goes, credit and all.",
    message="caption ending in a photo credit",
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
    keywords=_CAPTION_CREDIT_KEYWORDS,
    max_words=90,
    endings=(
        Ending(
            rf"(?<=\S\s{{1,3}})(?P<hit>(?:{_MEDIA}\s*)?credits?\s*(?::|\.{{2,3}}|…)\s*{CREDIT_NAME})",
            "credit",
        ),
        Ending(
            rf"(?<=[.!?”\"’])(?P<hit>(?:{_MEDIA}\s*)?credits?\s*(?::|\.{{2,3}}|…)\s*{CREDIT_NAME})",
            "credit",
        ),
        _with_media(rf"(?<=\S\s{{1,3}})(?P<hit>{_MEDIA}\s*(?::|by)\s*{CREDIT_NAME})"),
        _with_media(rf"(?<=[.!?”\"’)])(?P<hit>{_MEDIA}\s*:\s*{CREDIT_NAME})"),
        # "… on June 9, 2025. PHOTO | JANE WANJIKU", "… PHOTO | FILE | THE DAILY LENS" ("PHOTO | FILE"
        # alone names a source, CRD006's).
        _with_media(rf"(?<=[.!?”\"’)]\s{{1,3}})(?P<hit>{_MEDIA}\s*\|\s*(?!(?:{_GENERIC})\s*\Z){CREDIT_NAME})"),
        _with_media(rf"(?<=\S\s{{0,3}})(?P<hit>\(\s*{_MEDIA}\s+(?-i:[A-Z])[^()]{{1,60}}\))"),
        Ending(rf"(?<=[.!?”\"’])(?P<hit>(?-i:{_WIRE})|©\s*{CREDIT_NAME})", rf"{_WIRE_IN_LOWER_CASE}|©"),
        Ending(rf"""(?<=\S\s{{0,3}})(?P<hit>\(\s*(?:(?:{AGENCY}|{SHORT_AGENCY})\s+)?
            (?:{_MEDIA}\s*(?:credits?)?|credits?)\s*(?:/|:|by)\s*[^()]{{1,100}}\))""",
            rf"{_NEEDS_MEDIA}|credit",
        ),
        rf"(?<=\S\s{{0,3}})(?P<hit>[(\[]\s*(?-i:AFP\s+via\s+)?{_PHOTO_AGENCY}\s*[)\]])",
        rf"(?<=\S\s{{1,3}})(?P<hit>{CREDIT_NAME}\s*/\s*(?:{AGENCY}|{SHORT_AGENCY})(?:\s+via\s+{AGENCY})?)",
        rf"(?<=\S\s{{1,3}})(?P<hit>{_AGENCY_FIRST}\s*/\s*{CREDIT_NAME})",
        rf"""(?<=[.!?”"’])(?P<hit>(?-i:Reuters|AFP)|{_PHOTO_AGENCY})""",
        _with_media(rf"(?<=\S\s{{1,3}})(?P<hit>{_MEDIA}\s*©\s*{CREDIT_NAME}(?:,\s*\d{{4}})?)"),
        # Glued to the caption's last sentence, which no sentence of prose is: "…film.Foto ufficio
        # stampa", "…Android.Keystone/Cédric Vuilleumier", "…enero.Pablo Monge (EFE)".
        # (Matched backwards: the possessive run stops at the glue, where the lookaheads read on.)
        _GLUED_MEDIA_CREDIT,
        rf"(?<=[.!?”\"’)])(?P<hit>{AGENCY}\s*/\s*{CREDIT_NAME})",
        rf"(?<=[.!?”\"’])(?P<hit>{CREDIT_NAME}\s*\(\s*(?:{AGENCY}|{SHORT_AGENCY})\s*\))",
        # After the caption's last sentence: "… Anderlecht. © BELGA", "… DANA. | Diario del Túria /
        # Germán Caballero".
        rf"(?<=[.!?”\"’]\s{{1,3}})(?P<hit>©\s*{CREDIT_NAME})",
        rf"(?<=[.!?”\"’]\s{{1,3}})(?P<hit>\|\s*{CREDIT_NAME})",
        # "… Bollaert. (P. Lahalle/Le Sportif)", "… Bengaluru. (Ledger photo by Karan Mehta)",
        # "… 2025. [Keystone - Dominic Steinegger]": a bracketed credit after the last sentence.
        rf"{_AFTER_CAPTION}(?P<hit>\(\s*{CREDIT_NAME}\s*/\s*{CREDIT_NAME}\s*\))",
        # A person and an outlet that says it is one, after the last sentence or glued to it in
        # brackets: "… gearbeitet. Léa Monnier / Keystone Press", "… County.(Arturo Bellamy / Health Desk)".
        Ending(rf"{_AFTER_CAPTION}(?P<hit>{_NOT_BYLINE}{_PERSON}\s*[/|]\s*{_OUTLET})", "[/|]"),
        rf"""(?<=\w[.!?”"’])(?P<hit>\(\s*{_NOT_BYLINE}{_PERSON}\s*/\s*{CREDIT_NAME}\s*\))""",
        # A source (an outlet, or one that names no one), a colon and the photographer in brackets, after
        # the last sentence: "… Windorah. (Supplied: Jane Moss)", "… stock. (Western News: Tom Dwyer)".
        rf"{_AFTER_CAPTION}(?P<hit>\(\s*(?:{_GENERIC}|{_OUTLET})\s*:\s*{_NOT_BYLINE}{_PERSON}\s*\))",
        # Or any source of a few capitalised words before the colon, when a person's name follows it: "…
        # stock. (ANB Western Qld: Mick Dwyer)"; two words at least, so no role ("Instructor: …").
        rf"""{_AFTER_CAPTION}(?P<hit>\(\s*(?-i:[A-ZÀ-Þ][\w.&'’-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w.&'’-]*)){{1,3}}\s*:\s*
            {_NOT_BYLINE}{_PERSON}\s*\))""",
        # An outlet that says it is one, alone in brackets after the last sentence: "… afternoon. (HTV News)"
        # (a wire's name there is the text's source: "… Brandstiftung. (dpa)").
        rf"""{_AFTER_CAPTION}(?P<hit>\(\s*(?!(?:{_COURTESY})(?!\w))(?:{_OUTLET_WITH_ARTICLE}
            |(?=(?:[^\s/|()]+\s+){{0,4}}(?-i:{alternatives(_NAME_CREDIT.get("outlets"))})(?!\w)){CREDIT_NAME})\s*\))""",
        # Who gave the picture, in brackets after the last sentence: "… Tuesday. (Submitted by Jane Doe)".
        Ending(rf"""{_AFTER_CAPTION}(?P<hit>\(\s*(?=(?-i:[A-ZÀ-Þ]))(?:{_PROVIDED})\s+(?:the\s+)?
            {CREDIT_NAME}\s*\))""", _in_lower_case(_SOURCE.get("provided"))),
        # A source and the photographer in brackets, one slash between, closing a caption that is no
        # sentence: "… all'Eur, a Roma (Studiofoto/Marco Ricci)".
        rf"(?<=\w\s{{1,3}})(?P<hit>\((?=[^/()\n]*/[^/()\n]*\))\s*{CREDIT_NAME}\s*/\s*{_NOT_BYLINE}{_PERSON}\s*\))",
        rf"(?<=\S\s{{0,3}})(?P<hit>\(\s*{CREDIT_NAME}\s+{_MEDIA}\s+by\s+{CREDIT_NAME}\s*\))",
        rf"(?<=\S\s{{0,3}})(?P<hit>[(\[]\s*{AGENCY}\s*[-–/]\s*{CREDIT_NAME}\s*[)\]])",
        # After the last sentence: "… Metropolitano. EFE/Rodrigo Jiménez", "… Plateau. Photo Studio
        # Ferrane", "… 1994. Lorraine Kessick / Courtesy Halvorsen Gallery", "… bypass. Picture
        # supplied", "… 2009 ». NADIA BELKACEM / GALERIE LUMEN" (names in capitals, a slash between).
        rf"{_AFTER_CAPTION}(?P<hit>(?-i:{_WIRE})\s*/\s*{CREDIT_NAME})",
        _with_media(rf"{_AFTER_CAPTION}(?P<hit>{_MEDIA}\s+(?!by\b|courtesy\b){CREDIT_NAME})"),
        rf"{_AFTER_CAPTION}(?P<hit>{CREDIT_NAME}\s*/\s*courtesy\s+(?:of\s+)?{CREDIT_NAME})",
        _SUPPLIED,
        rf"{_AFTER_CAPTION}(?P<hit>{_CAPITALS}\s*/\s*{_CAPITALS})",
        # A slash after the last sentence, then the source: "… rehabilitación. / Ayto. Villanueva".
        rf"{_AFTER_CAPTION}(?P<hit>/\s*(?=[^\W\d]){CREDIT_NAME})",
        # Glued to the caption, a source and a name with a slash between: "…South Side.Theresa
        # Kowalczyk / Lakeshore Public Radio", "…im Jänner (Archivbild)Alpenrundfunk/Gernot Pichler".
        Ending(
            rf"""(?<=\w[.!?”"’)])(?P<hit>(?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]))(?=[^/.!?\n]{{1,60}}/){CREDIT_NAME})""",
            "/",
        ),
        # After the last sentence, an outlet in capitals and the photographer: "… 2026. GPW/Daniel Oti",
        # "… associatives. HELVEPRESS/Olivier Rochaz".
        rf"{_AFTER_CAPTION}(?P<hit>(?-i:[A-Z]{{2,12}})/{CREDIT_NAME})",
        _GENERIC_SOURCE_CREDIT,
        _GENERIC_THEN_SOURCE,
        # A media word, a colon and a source of a few words that opens on a capital, after the last
        # sentence or a dash: "… studio 5 — Foto: Ufficio stampa Canale Sei" (the credit closes on a
        # capital too, not on a prose word).
        _with_media(rf"""(?:{_AFTER_CAPTION}|(?<=\w\s{{1,3}}[–—]\s{{1,3}}))(?P<hit>{_MEDIA}\s*:\s*
            (?-i:[A-ZÀ-Þ])[\w'’.&-]*(?:\s+[\w'’.&/@-]+){{0,4}}\s+(?-i:[A-ZÀ-Þ])[\w'’.&/@-]*)"""),
        # A media word, an outlet of a few words, a slash and a name: "… mardi soir. Photo L'Écho
        # nivernais / Julien Poirier".
        _with_media(rf"""{_AFTER_CAPTION}(?P<hit>{_MEDIA}\s+(?-i:[A-ZÀ-Þ])[\w'’.&-]*(?:\s+[\w'’.&-]+){{0,3}}?\s*/\s*
            {CREDIT_NAME})"""),
        # A dash, then the media word and the source: "… inscrits. - Photo Bruxelles Matin / Th. Goffin".
        _with_media(rf"(?<=[.!?”\"’]\s{{1,3}})(?P<hit>[-–—]\s*{_MEDIA}\s+(?!by\b|courtesy\b){CREDIT_NAME})"),
        # A bracketed copyright, perhaps with who lent the picture: "…, 1978 (© Anna Perotti / Archivio
        # Perotti)", "… (© Salvo Maugeri, per gentile concessione dell'autore)".
        rf"""(?<=\S\s{{0,3}})(?P<hit>\(\s*©\s*{CREDIT_NAME}
            (?:\s*,\s*(?:{alternatives(_SOURCE.get("courtesy"))})(?!\w)[^()\n]{{0,60}})?\))""",
        # A copyright after the last sentence, an outlet and its photographer: "… illustration. © ABW –
        # Julien Delvaux".
        rf"(?<=[.!?”\"’]\s{{1,3}})(?P<hit>©\s*{CREDIT_NAME}\s*[–—-]\s*{CREDIT_NAME})",
        # An agency in capitals and a photographer with the surname in capitals, as French papers
        # print them: "… (photo d'illustration) ( APF / Bertrand LAVAL )".
        rf"""(?<=\S\s{{0,3}})(?P<hit>\(\s*{_CAPITALS}\s*/\s*
            (?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]{{2}}[A-ZÀ-Þ'’-]*)\s*\))""",
        # In square brackets: "… on Tuesday. [Photo: Jane Doe]".
        Ending(rf"(?<=\S\s{{0,3}})(?P<hit>\[\s*(?:{_MEDIA}\s*(?:credits?)?|credits?)\s*(?::|by)\s*{CREDIT_NAME}\s*\])",
               rf"{_NEEDS_MEDIA}|credit"),
        # "… mardi. Crédit : AFP", "… martes. Créditos: Juan Pérez".
        Ending(rf"(?<=[.!?”\"’)]\s{{1,3}})(?P<hit>(?:{_MEDIA}\s*)?cr[ée]dit(?:s|o|os)?\s*:\s*(?:{CREDIT_NAME}|{AGENCY}))",
               "cr[ée]dit"),
        # An agency as it writes itself, in lower case too, after the last sentence: "… Dienstag. Foto:
        # dpa", "… Dienstag. © dpa".
        Ending(rf"""(?<=[.!?”"’)]\s{{1,3}})(?P<hit>(?:{_MEDIA}\s*:|©)\s*(?:{AGENCY}|{_WIRE_ANY})
            (?:\s*/\s*{CREDIT_NAME})?)""", rf"{_NEEDS_MEDIA}|©"),
        # After "Foto:" a credit may run on in lower case: "— Foto: Reprodução/Redes sociais".
        _MEDIA_SLASH_CREDIT,
        # A dash after the last sentence, then the photographer and perhaps the outlet: "… 2025. — J.
        # Darras / Dix Minutes", "… salle. — Sonia Ferraud"; not under a quotation (an epigraph's author).
        rf"{_AFTER_UNQUOTED_CAPTION}(?P<hit>[–—-]\s*{_NOT_BYLINE}{_PERSON}(?:\s*/\s*{CREDIT_NAME})?)",
        # A media word in capitals, the photographer and the outlet in capitals, after the caption's last
        # word in small letters: "… à Magog PHOTO ALEXANDRE ROY, LA VOIX DE L'ESTRIE" ("le FOTO DELLO
        # SCHIANTO" names no one).
        rf"""(?<=(?-i:[a-zß-ÿ])\s{{1,3}})(?P<hit>{_CAPS_PHOTO}\s+{_CAPITALS}
            (?:\s*[,/]\s*{_CAPITALS}){{1,2}})""",
        # A name and an agency in brackets after the last sentence: "… en Madrid. Jaime Oller (EFE)".
        rf"{_AFTER_CAPTION}(?P<hit>{_NOT_BYLINE}{_PERSON}\s*\(\s*(?:{AGENCY}|(?-i:{_WIRE}))\s*\))",
        # The photographer "for" the outlet, in capitals or not, the outlet quoted or with its article,
        # or in brackets: "… 2025. ANTOINE REYNIER POUR « LE COURRIER DU SOIR »", "… Tuesday. Jane Doe
        # for The Herald", "… renew. (Jane Doe for The Herald)".
        Ending(rf"""{_AFTER_CAPTION}(?P<hit>(?:{_CAPITALS_TWO}(?:\s*/\s*{_CAPITALS})?|{_NOT_BYLINE}{_PERSON})\s+(?:{_FOR})\s+
            (?:[«“"]\s*[^«»“”"\n]{{1,60}}?\s*[»”"]|{_OUTLET_WITH_ARTICLE}))""", _FOR_IN_LOWER_CASE),
        Ending(rf"""{_AFTER_CAPTION}(?P<hit>\(\s*{_NOT_BYLINE}{_PERSON}\s+(?:{_FOR})\s+{_OUTLET_WITH_ARTICLE}\s*\))""",
               _FOR_IN_LOWER_CASE),
    ),
    tail=r"\s*+[.;]?\s*+$",  # possessive: a run of spaces is never split two ways
    prose_close=_PROSE_CLOSE,
    prose_endings=(
        _GLUED_MEDIA_CREDIT, _SUPPLIED, _MEDIA_SLASH_CREDIT, _GENERIC_SOURCE_CREDIT, _GENERIC_THEN_SOURCE
    ),
    table_rows=False,  # a row's last cell after a full stop ("Atomics. | Done") is no credit
    unless=rf"{_FAQ_ANSWER}|{_ADDRESSES_READER}",
    safety="The credit must close the block and name a capitalised person or an agency, and the "
    "block must not open with a question (a FAQ's answer with its picture's credit) nor address the "
    "reader (a signed verdict: \"If you clicked it, change your password\"): body paragraphs never end "
    "in \"Credit: Name/Agency\". Never a table row.",
    examples=(
        removes("The late chief at his birthday thanksgiving in Enugu, 2022. Photo: Family handout"),
        removes("Le hall des urgences, mardi soir. Photo L'Écho du Morvan / Julien Petit"),
        removes("La campionessa alza il trofeo sul palco dello studio 5 — Foto: Ufficio stampa Canale Sei"),
        keeps("Het college wil de regels volgend jaar aanpassen. Foto: zo zag het plein er vroeger uit",
              note="a prose word closes it"),
        keeps("The family kept every photo: a handout from the council, letters and the medal."),
        keeps("Verdict: the message is a fraud. If you clicked it, change your password at once. – Ana "
              "Reyes/Harbor Verify", note="a fact-check's verdict tells the reader what to do; signed"),
        keeps("Conclusion : l'image est ancienne. Si vous l'avez partagée, retirez-la. – Paul Roy/Le Vérif",
              note="the reader addressed"),
        removes("Farmers at the market in Nyeri on June 9, 2025. PHOTO | JANE WANJIKU",
                note="a media word, a bar and the photographer"),
        removes("Schimmel op de muur van een slaapkamer. Foto: Marieke Brouwer voor De Stadskrant",
                note="a photographer working for an outlet"),
        removes("Floodwater surrounds a homestead near the river. (Supplied: Jane Moss)"),
        removes("Graziers say helicopters are the only way to reach stranded stock. (ANB Western Qld: Mick "
                "Dwyer)", note="any source before the colon, when a person's name follows it"),
        removes("Smoke rises over the town on Thursday afternoon. (HTV News)", note="an outlet alone"),
        removes("Firefighters at the scene on Tuesday. (Submitted by Jane Doe)"),
        keeps("Thank you all for coming tonight. (Applause)", note="a transcript's stage direction"),
        removes("Cattle stranded on a sandhill near the creek. (Western News: Tom Dwyer)"),
        removes("Het venster zoals het in 2024 op de site stond. Beeld: schermafbeelding De Stadskrant",
                note="the kind of picture, then whose it is"),
        keeps("De rechter keek naar het bewijs. Beeld: schermafbeelding was volgens hem onvoldoende.",
              note="a prose word closes it"),
        removes("La sede dell'istituto all'Eur, a Roma (Studiofoto/Marco Ricci)"),
        removes("The owner outside her home near the canyon, which her insurer declined to renew. (Jane Doe "
                "for The Daily Ledger)"),

        keeps("The coalition (Labour/Green Party) won the vote on Tuesday, officials said."),
        keeps("- Jane Moss – Harbour Fish Co. (Instructor: Anna Villano)", note="a list of classes"),
        keeps("14. Schlumbergera (Christmas/Easter/Thanksgiving Cactus)", note="a plant's other names"),
        keeps("The figures were clear, the minister said (Source: Treasury)."),
        removes(
            "U.S. Secretary of State Antony Blinken meets with Israeli politician Benny Gantz at "
            "the State Department on the latter's personal visit to Washington on March 5, 2024. "
            "Credit: Chuck Kennedy/U.S. State Department."
        ),
        removes("President Joe Biden speaks in the Rose Garden on Monday. (AP Photo/Evan Vucci)"),
        removes("Protesters gather outside parliament. Photo: Jane Doe/Reuters"),
        removes("Interior del lavadero tras su rehabilitación. / Ayuntamiento de Villanueva"),
        removes("Un atelier d'horlogerie dans le Jura, en juin. Léa Monnier / Keystone Press"),
        removes("Kaitlyn Rourke drives to a prenatal appointment 90 miles from her home.(Arturo Bellamy / "
                "Prairie Health Desk)"),
        keeps("The deal was signed in Geneva. Jane Doe / Reuters reported it first, and others followed."),
        keeps("9.30 A.M. / 7.00 P.M.", note="opening hours: a source is named with letters"),
        keeps("How do I charge on a long trip? Most charging happens at home, but fast chargers line the "
              "main highways. Photo: Jane Doe/Getty Images", note="a FAQ's answer with its picture's credit"),
        removes("The WeWork logo is displayed outside of a co-working space in New York.Reuters"),
        removes("Senators leave the chamber after the final vote.Credit...Jane Doe for The Example Times"),
        removes("Reizigers wachten op het perron in het centrum.Foto: Rob Engelaar"),
        removes("Manifestanti davanti al Parlamento martedì (foto Corpo forestale)"),
        removes("Reizigers wachten op de trein in Utrecht.ANP"),
        removes("The core stage of the first SLS at Michoud Assembly Facility. (credit: NASA/Jude Guidry)"),
        removes("Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018"),
        removes("Bundeskanzler Olaf Scholz beim Besuch in Kiew. Foto: Michael Kappeler/dpa"),
        removes("Le président à l'Élysée, mardi. Photo : Ludovic Marin/AFP"),
        removes("Un bambino in una scena del film.Foto ufficio stampa"),
        removes("Une rue de Lausanne, mardi.Keystone/Jean-Marc Favre"),
        removes("El ministro, durante la rueda de prensa.Juan Pérez (EFE)"),
        removes("Un panneau à l'entrée de la zone piétonne, à Namur. © BELGA"),
        removes("Voluntarios en una calle de Valencia. | Diario Levante / Ana Gil"),
        removes("L'attaquant lensois a été l'homme du match. (P. Lahalle/Le Sportif)"),
        removes("The co-founders at the launch in Bengaluru on Thursday. (Ledger photo by Karan Mehta)"),
        removes("Le glacier photographié depuis le Gornergrat en août. [Keystone - Dominic Steinegger]"),
        removes("Los jugadores celebran el gol en el Metropolitano. EFE/Rodrigo Jiménez"),
        removes("La place du Marché sera fermée à partir du 7 avril. Photo L'Écho du Plateau"),
        removes("The Silver Comet Diner in Tucumcari, 1994. Lorraine Kessick / Courtesy Halvorsen Gallery"),
        removes("An artist's impression of the proposed bypass. Picture supplied"),
        removes("« Agent d'entretien, gare de Lyon, 2009 ». NADIA BELKACEM / GALERIE LUMEN"),
        removes("Carros ilhados na Rua Conde de Bonfim — Foto: Reprodução/Redes sociais"),
        removes("Kinder am Smartphone: \"Entscheidend ist, was sie machen\" Foto: Sven Lorenzen / laif"),
        removes("Fishermen mend their nets at the harbour in Peniche.Marta Leal / Costa Press"),
        removes("Hochwasser an der Mur im Juli (Archivbild)Landesfunk/Petra Rainer"),
        removes("Officers patrol the market in Lagos, March 3, 2026. WTN/Ade Bello"),
        removes("Le marché couvert de Namur rouvre ses portes. - Photo Le Courrier / J. Dubois"),
        removes("Mondine al lavoro nelle risaie, 1952 (© Luisa Ferri / Archivio Ferri)"),
        removes("La colata lavica vista da Pedara (© Salvo Maugeri, per gentile concessione dell'autore)"),
        removes("Image d'illustration. © ABW – Julien Delvaux"),
        removes("Mathieu Gosselin, directeur du Reflet du Lac, dans la salle de rédaction, à Magog PHOTO "
                "ALEXANDRE ROY, LA VOIX DE L'ESTRIE",
                note="a credit in capitals after the caption's last word"),
        removes("Le « Marie-Morgane » au Port-Rhu, mardi. Sa coque est fendue. Yann Kerdraon / L'Écho "
                "d'Armor", note="an outlet with an elided article"),
        removes("Une colonne d'affichage à la place de la Riponne, mardi. HELVEPRESS/Olivier Rochaz"),
        keeps("She took a photo of the team at the final whistle and posted it online"),
        keeps("Incidente sulla A4 a Brescia, le FOTO DELLO SCHIANTO", note="a gallery's headline"),
        keeps("The portrait sold for $12m at auction in New York (© Man Ray Trust, licensed by ADAGP)"),
        keeps("2. LEAD THE VIEW IN THE PHOTO COMPOSITION",
              note="a heading in capitals: no caption before it"),
        keeps("Le logo porte la mention © ABW – une marque déposée depuis 1998, selon le registre."),
        removes("Le port du Havre, le 4 mars 2025 ( AFP / Lou BENOIST )"),
        removes("Une librairie du centre de Nantes, le 3 mars 2025. — C. Morel / Ouest Matin"),
        removes("Le peintre dans son atelier de Montreuil, en février. — Lucie Benhamou"),
        removes("El alcalde, durante el pleno de este martes en Sevilla. Marta Ruiz (EFE)"),
        removes("La salle de rédaction, à Paris, le 2 avril 2025. CLAIRE VIDAL POUR « LE JOURNAL DU MATIN »"),
        removes("Des manifestants devant la mairie de Lyon, le 3 mars 2026. LUC BERNARD / AGENCE NORD "
                "POUR « LE COURRIER »"),
        removes("La piazza del mercato dopo la grandinata di ieri. Luca Neri per La Gazzetta"),
        keeps("« Une image sans légende est une image qui ment. » — Sonia Ferraud",
              note="an epigraph: its author signs a quotation"),
        keeps("Elle a quitté le parti en 2019. Jean Dupont pour « Le Figaro » a révélé l'affaire."),
        keeps("A good talk on this is Why Do Cities Flood? – Maria Lopez", note="a title and its speaker"),
        keeps("Le ministre a démissionné mardi. Pedro Sánchez (PSOE)", note="a party, not an agency"),
        keeps("Der Streit um den Haushalt eskalierte (erneut)SPD/Grüne widersprechen",
              note="no caption: a headline"),
        keeps("The deal was signed on Tuesday. EU/UK relations have improved since."),
        keeps("Die Koalition stellte sich hinter den Kanzler (CDU/CSU)"),
        keeps("The report was published on Monday (© not cleared for reuse, the agency said)."),
        keeps("Turnout was high. - Photo ID rules were relaxed this year, officials said."),
        keeps("Support rose to 41%, the pollsters found. (Reuters/Ipsos figures, not ours)"),
        keeps("The mayor said the pool would close. Photo albums from the 1970s show it full."),
        keeps("Les résultats sont tombés mardi. Photo de famille : les élus posent devant la mairie."),
        keeps("Turnout was low. PARIS/BERLIN talks resume on Monday, officials said."),
        keeps("The council voted to close the pool. Photo albums from the 1970s show it full."),
        keeps("She said the deal was done. Photos and videos were shared later, officials said."),
        keeps("Le maire l'a confirmé mardi. © La rédaction reste prudente sur ce chiffre."),
        removes("El presidente del Gobierno, en el Congreso. Foto: Eduardo Parra/Europa Press"),
        keeps("Credit Suisse shares fell 4% on Tuesday, and credit markets were calm."),
        keeps("Support for the president fell to 38%, according to the latest Reuters/Ipsos poll."),
        keeps("He thanked the team and gave them the credit: they did the work."),
        keeps("Der Streit dreht sich um die elektronische Patientenakte (ePA)"),
        keeps("Why Can’t Taylor Swift Perform Her Own Songs? It’s Complicated [Bloomberg]"),
        keeps("| 2 | Martin Truex Jr. | 5035 | 7 | 0 | 15 | 24 |", note="a table row"),
        keeps("| 1 Pck. | Dr. Oetker Vanillin-Zucker |", note="a table row"),
        keeps("| Thread-local storage. | Done |  |  |", note="a table row"),
    ),
)

# Where a caption's last sentence ends and its credit begins: after the sentence's mark, at a dash or a
# bar between spaces, or where the credit's label is glued to the last word ("…zusammengerolltFoto:").
# A run of spaces is tried from its first space only: from each of them, a long run is quadratic.
_CREDIT_TAIL_START = re.compile(
    r"(?<=[.!?”\"’»)])\s+(?![–—|•-]\s)|(?<!\s)\s+[–—|•-]\s+|(?<=[a-zß-ÿ\d])(?=[A-ZÀ-Þ][a-zß-ÿ]*\s?:)"
)


@dataclass(frozen=True, kw_only=True, repr=False)
class CaptionWithCreditTail(BlockRule):
    """A caption whose tail, after its last sentence, a dash or a bar, or glued to its last word, is a
    credit that the credit-line rule (``CRD001``) reads alone: "… geschlossen werden. Foto: Marcel
    Imhof (Keystone)", "… besetzt. Bild: rea", "…zusammengerolltFoto: Dennis Bräuer".

    The credit's grammar is ``CRD001``'s, so every credit a line may hold alone closes a caption
    too. It must say it is a credit (a media word, "credit", "courtesy", "©"): an agency alone
    after a sentence signs a wire's paragraph ("… Brandstiftung. (dpa)"), which the context rules
    judge. It opens with a capital, a bracket or "©", and is short, with few words in small letters
    ("… show it full." is a sentence's); the caption before it is caption-sized and has words in
    small letters, as a menu's labels ("Agence Info | Photos | Vidéos") have not.
    """

    max_caption: int = 300  # characters before the credit
    max_credit: int = 160  # characters of the credit
    max_credit_words: int = 14
    max_small_words: int = 5
    min_caption_small_words: int = 2
    _labelled: Pattern = field(init=False, repr=False, compare=False)

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        labelled = rf"(?<!\w)(?:{_MEDIA}|cr[ée]dit\w*|courtesy)(?!\w)|©"
        object.__setattr__(self, "_labelled", self._compile_pattern(labelled, builtin=builtin))

    def _match(self, text: str) -> str | None:
        for boundary in _CREDIT_TAIL_START.finditer(text):
            if boundary.start() > self.max_caption:
                return None
            credit = text[boundary.end():]
            if len(credit) > self.max_credit or not _opens_credit(credit):
                continue
            words = credit.split()
            if len(words) > self.max_credit_words or _small_words(words) > self.max_small_words:
                continue
            caption = text[: boundary.start()].split()
            if _small_words(caption) < self.min_caption_small_words or not self._labelled.search(credit):
                continue
            if PHOTO_CREDIT_LINE.match(credit) is not None:
                return credit
        return None


def _opens_credit(text: str) -> bool:
    return text[:1].isupper() or text[:1] in "©(["


def _small_words(words: list[str]) -> int:
    return sum(word[0].islower() for word in words)


CAPTION_WITH_CREDIT_TAIL = CaptionWithCreditTail(
    code="CRD016",
    name="caption-with-credit-tail",
    category=Category.CREDIT,
    summary="A caption closed by a credit that would be a credit line alone: '… besetzt. Bild: rea'.",
    message="caption ending in a photo credit",
    languages=LANGUAGES,
    keywords=PHOTO_CREDIT_LINE.keywords,
    max_words=90,
    table_rows=False,  # a row's last cell after a full stop ("Atomics. | Done") is no credit
    unless=_FAQ_ANSWER,
    safety="The tail after the caption's last sentence, a spaced dash or bar, or a glue must be a "
    "credit the credit-line rule reads alone (its speech veto too), open with a capital, a bracket or "
    "'©', run at most fourteen words with at most five in small letters, and follow at most 300 "
    "characters: 'She said the deal was done. Photos and videos were shared later, officials said.' "
    "stays.",
    examples=(
        removes("Das Druckzentrum soll Ende 2026 geschlossen werden. Foto: Marcel Imhof (Keystone)",
                note="a photographer and the agency in brackets"),
        removes("Die Versammlung in der Mehrzweckhalle war bis auf den letzten Platz besetzt. Bild: rea",
                note="a desk's initials"),
        removes("Hier lag die Schlange zusammengerolltFoto: Dennis Bräuer", note="glued to the last word"),
        removes("Die Mure hat die Straße verschüttet. – Foto: FF Moos in Passeier", note="after a dash"),
        removes("Walt Brennan in his darkroom in 1978. Courtesy of the Brennan family"),
        removes("Óscar Restrepo en la sala de redacción en 2015. Foto: Archivo particular"),
        removes("La maternité avait déjà fermé à Noël 2023. Photo : archives La Vigie / Yann Le Goff"),
        keeps("She said the deal was done. Photos and videos were shared later, officials said."),
        keeps("The mayor said the pool would close. Photo albums from the 1970s show it full."),
        keeps("Agence Info | Dépêches | Photos | Vidéos | Espace abonnés", note="a menu: no caption's words"),
        keeps("Fotograaf Jonas Verhelst toont zijn ‘gestolen’ beelden: ‘Mijn foto ging de wereld rond’",
              note="a credit opens with a capital"),
        keeps("The stadium opens in May. Courtesy of the city, every child under twelve will get a free "
              "ticket for the first match, and the club will pay for the buses.",
              note="a sentence's run of small words"),
    ),
)

CAPTION_LABEL = PatternRule(
    code="CRD003",
    name="caption-and-gallery-label",
    category=Category.CREDIT,
    summary="Caption and gallery furniture: 'Image caption,' lines, 'Hide caption', 'Enlarge this image', "
    "'1 of 12'.",
    message="caption or gallery label",
    keywords=(*starts("image", "photo", "slide", "picture", "media", "video", "hide", "show", "toggle",
                      "close",
                      "caption", "click", "enlarge", "expand", "zoom", "view", "open", "see", "launch",
                      "browse", "gallery", "slideshow", "full", *"0123456789"),),
    max_words=60,
    pattern=rf"""(?:
          (?:image|media|video|photo)\s+caption\s*[,:].{{0,400}}                # BBC: Image caption, ...
        | (?:hide|show|toggle|close)\s+caption | caption\s*:?
        | (?:click\s+(?:here\s+)?to\s+)?(?:enlarge|expand|zoom)(?:\s+(?:this\s+)?(?:image|photo|picture))?
        | (?:view|open|see|launch|browse)\s+(?:the\s+)?(?:full\s+)?(?:photo\s+)?(?:gallery|slideshow)
            (?:\s*\(\d+\s+(?:photos|images)\))?
        | (?:photo\s+)?(?:gallery|slideshow)(?:\s*:\s*\d+\s+(?:photos|images))?
        | (?:view\s+)?(?:full\s*screen|fullscreen)
        | (?:image|photo|slide|picture)\s*\d{{1,3}}\s*(?:of|/)\s*\d{{1,3}}
        | \d{{1,3}}\s+(?:photos|images|pictures)
        ){END}""",
    safety="Whole-block labels only; \"2 of 3 voters\" or a caption-like sentence without the "
    "label are kept.",
    examples=(
        removes("Image caption, Julian Assange has been in Belmarsh prison since April"),
        removes("Hide caption"),
        removes("Enlarge this image"),
        removes("Image 1 of 12"),
        removes("View gallery"),
        keeps("2 of 3 voters said the economy was their top concern."),
        keeps("The caption on the mural was later changed by the council."),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class CaptionAboveCredit(ContextRule):
    """Remove the short line directly above a standalone photo credit: its alt text or caption.

    Only short lines that are not sentences qualify, so a body sentence that
    happens to stand above an uncaptioned photo credit is kept. Above the
    article's prose, an agency's name alone ("ANP", "Agencia EFE") is the
    byline under the headline, and the headline stays; so does the page's
    first line no rule took, with only furniture above it, over a video's credit.
    """

    max_words: int = 15
    max_dated_words: int = 30
    min_headline_words: int = 6

    # A name's credit ("Jane Doe/Gulf Wire Photo") takes only a caption dated to the day above it.
    dated_anchors: frozenset[str] = frozenset({"CRD010"})
    # A credit that signs captions, when it stands alone ("JEANNE DUPONT / AGENCE LUMEN"), the same.
    signed_anchors: frozenset[str] = frozenset({"CRD110"})

    def find(self, page: Page) -> Iterator[Finding]:
        for i, verdict in enumerate(page.verdicts):
            if verdict is None or i == 0 or not verdict.confirmed:
                continue
            above = i - 1
            if page.is_matched(above) or (_in_head(page, above) and _BARE_AGENCY.fullmatch(page.core(i))):
                continue
            if self._opens_page(page, above):
                continue  # the headline, a video's credit under it: no caption stands above the page
            if Mark.CREDIT_LINE in verdict.rule.marks:
                # A credit line that is a signed caption itself ("Chart: …. Source: …") has none above.
                found = not (signs_its_caption(page.core(i)) or _TITLED_CLIP.search(page.core(i))) and (
                    self._alt_text(page, above) or self._dated(page, above)
                )
            elif verdict.rule.code in self.signed_anchors and verdict.hit == page.core(i):
                found = self._dated(page, above)  # a credit read by its grammar, alone on its line
            else:
                found = verdict.rule.code in self.dated_anchors and self._dated(page, above)
            if found:
                yield Finding(above, page.core(i), anchor=i)

    def _opens_page(self, page: Page, i: int) -> bool:
        """Whether block ``i`` is the page's first line that no rule took, a headline's length,
        above the article's prose: the headline, with only furniture (a kicker, a menu) above it."""
        return (
            _in_head(page, i)
            and page.words(i, self.min_headline_words) >= self.min_headline_words
            and all(page.is_matched(j) for j in range(i))
        )

    def _alt_text(self, page: Page, i: int) -> bool:
        """Short, and no sentence's end; not the sub-heading under a list's numbered item ("16. Short
        Story", "Best for Petites", then the product's picture and its credit)."""
        if i > 0 and _NUMBERED_ITEM.match(page.core(i - 1)):
            return False
        return page.words(i, self.max_words) <= self.max_words and not _ends_like_prose(page.core(i))

    def _dated(self, page: Page, i: int) -> bool:
        """A caption dated to the day as agencies date them: "Crews search a home in Selma, Alabama,
        on Sunday, May 4, 2025." """
        return (
            page.words(i, self.max_dated_words) <= self.max_dated_words
            and _caption_date().search(page.core(i)) is not None
        )


_NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s+\S")
# A clip's own caption, its title and its length on the line ("Video: So hoch steht die Elbe (1:24
# Min.)"): no caption stands above it, and the line above is the article's.
_TITLED_CLIP = re.compile(
    r"(?:\w+\s+){3}[^()]*\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?|minutes?|minuten|minutos|minuti)?\s*\)\s*\Z",
    re.IGNORECASE,
)


@functools.cache
def _caption_date() -> Any:
    """A caption's closing date, to the day and with its year, after a comma or "on"/"le"/"am":
    ", on Sunday, May 4, 2025.", ", le 12 mars 2025.", "am 4. Mai 2025." """
    day = rf"""(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}
        | \d{{1,2}}\.?\s+(?:de\s+)?{MONTH},?\s+(?:de\s+)?\d{{4}}
        | \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})"""
    on = alternatives(words("date-links", "after-place"))
    return compile_pattern(rf"""(?:,|\s(?:{on}))\s+{day}\s*\.\Z""")


def _in_head(page: Page, i: int) -> bool:
    return page.shape is not None and page.shape.zone(i) is Zone.HEAD


# An agency's name alone under a headline is the article's byline ("Agencia EFE", "ANP"), not a
# photo credit: nothing but capitalised words, no media word, no slash, no colon.
_BARE_AGENCY = re.compile(r"[(\[]?(?:[A-Z][\w.-]*\s*){1,3}[)\]]?")


def _ends_like_prose(text: str) -> bool:
    """Alt text ends in a bare word; any closing punctuation and the line may be body."""
    return text.endswith((".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "…"))


CAPTION_ABOVE_CREDIT = CaptionAboveCredit(
    code="CRD100",
    name="caption-above-credit",
    category=Category.CREDIT,
    summary="The alt text or caption line directly above a standalone photo credit.",
    message="alt text or caption directly above the photo credit",
    safety="Only lines of at most 15 words that do not end like a sentence, or of at most 30 that close on "
    "a caption's date to the day with its year (', on Sunday, May 4, 2025.'); a body sentence above a "
    "credit stays.",
    examples=(
        keeps("Brand zerstört Scheune in Hallwil – Nachbarn sammeln für die Bauernfamilie", opens=True,
              before=("Region Seetal",),
              after=("Video: Tele Seetal / Beitrag aus «Seetal Aktuell» vom 3. März 2026",
                     "In der Nacht auf Dienstag ist in Hallwil eine Scheune vollständig abgebrannt. Die "
                     "Feuerwehr rückte mit 40 Einsatzkräften aus, verletzt wurde niemand."),
              note="the headline under a kicker, a video's credit below it"),
        removes("Bbiden and Blinken", after=("Photo: Andrew Harnik/Getty Images",)),
        removes("Protesters outside parliament on Tuesday", after=("(AP Photo/Evan Vucci)",)),
        keeps("He declined to comment.", after=("Photo: Andrew Harnik/Getty Images",)),
        keeps("Best for Petites", before=("16. Short Story",), after=("Image provided by Short Story.",),
              note="a numbered item's sub-heading, over its product's picture"),
        keeps("Net cash: $2.1 billion", before=("Final dividend: 41 cents, fully franked",),
              after=("Chart: Dividends per share (cents), FY21–FY25. Source: Company filings",),
              note="a chart's caption signed by its source has no caption above it: a fact box's row"),
        removes("Volunteers clear debris from a street in Dunmore, Texas, on Monday, April 7, 2025.",
                after=("Nia Hollis/Gulf Coast Wire Photo",)),
        removes("Le maire devant la mairie de Vienne, le 12 mars 2025.", after=("Photo : Jean Dupuis/AFP",)),
        removes("Dans l'hémicycle du Sénat, à Paris, le 12 mars 2025.", opens=True,
                before=("Le Sénat adopte la réforme des retraites agricoles", "Écouter cet article"),
                after=("JEANNE DUPONT / AGENCE LUMEN",
                       "Par 180 voix contre 120, les sénateurs ont adopté mardi le texte, après trois jours "
                       "de débats souvent vifs."),
                note="a credit read by its grammar, alone on its line"),
        removes("Drone footage shows the flooded valley", after=("01:34 - Source: NCN",),
                note="a video's title above its length and source"),
        keeps("The council will vote on the plan on Monday, April 7, 2025.",
              after=("The vote was delayed twice last year.",), note="no credit below"),
        keeps("The council voted on the plan, officials said on Monday.", after=("Photo: Jane Doe/Reuters",),
              note="a sentence without a caption's date"),
        keeps("Treinverkeer rond Utrecht urenlang plat door storing", opens=True,
              after=("ANP", "Door een storing rijden er sinds de ochtend geen treinen van en naar Utrecht."),
              note="an agency's name under the headline is its byline"),
        keeps("Bbiden and Blinken", after=("The talks continued on Tuesday, officials said.",)),
        keeps("Die Uferstraße bleibt bis Montag gesperrt",
              before=("Der Sturm hat in der Nacht mehrere Bäume entwurzelt, und die Feuerwehr war bis zum "
                      "Morgen im Einsatz, teilte die Stadt am Samstag mit.",
                      "Das Wichtigste in Kürze", "Der Wind erreicht am Abend Orkanstärke"),
              after=("Video: So hoch steht das Wasser am Alten Hafen (0:58 Min.)", "07:15 Uhr"),
              note="a clip's caption with its title and its length has no caption above it: the line "
                   "above is the last of the article's key points"),
        keeps("Oordeel: vier sterren", after=("Foto 1/6",), note="a gallery's counter credits no one"),
        keeps("Des usagers attendent le tramway à la gare centrale, lundi matin.",
                before=("Le conseil a voté mardi le prolongement du tramway. Le débat durait dix ans.",),
                after=("© Jeanne Morel", "Le chantier doit durer jusqu'à fin 2028, a indiqué la maire."),
                note="a caption written as a plain sentence says so by nothing but its place: it stays"),
        keeps("Le chantier doit durer jusqu'à fin 2028.",
              before=("Le conseil a voté mardi le prolongement du tramway. Le débat durait depuis dix ans.",),
              after=("© 2026 Le Courrier du Nord. Tous droits réservés.",),
              note="the page's notice, with its year, after the last paragraph"),
        keeps("A shutdown would have sent thousands of federal workers home before the holidays.",
              before=('"We will not sign a blank cheque," the senator said, according to two aides.',),
              after=("(AP Photo/Jane Doe)", "The House votes again on Friday, leaders said on Tuesday."),
              note="the paragraph above is one sentence, quotation and all: every paragraph may be"),
    ),
)


FIGURE_CAPTION = DomRule(
    code="CRD201",
    name="figure-caption-element",
    category=Category.CREDIT,
    summary="Figures and captions in the markup: <figure>, <figcaption>, caption classes.",
    message="figure or caption element",
    tags=frozenset({"figure", "figcaption"}),
    parts=frozenset({"caption", "captions", "figcaption", "imgcaption", "photocaption", "photocredit",
                     "imagecredit"}),
    pairs=(("photo", "credit"), ("image", "credit"), ("media", "credit"), ("img", "credit"),
           ("picture", "credit")),
    max_words=80,
    safety="At most 80 words: a figure holding prose (a long pull quote, a data table) stays, and "
    "so does a data table's own <caption>, its title.",
    examples=(
        removes('<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Protesters in Tehran. '
                'Photo: Jane Doe/AFP</p></div>'),
        removes('<figure><img src="b.jpg"><figcaption>The minister arrives. (AP Photo/Evan Vucci)'
                '</figcaption></figure>'),
        removes('<span class="photo-credit">Andrew Harnik/Getty Images</span>'),
        keeps('<table class="rent-table"><caption class="table-caption">Rent after the 2022 index '
              'rise</caption><tr><td>March 2022</td><td>850 euros</td></tr><tr><td>March 2023</td>'
              '<td>881 euros</td></tr></table>',
              note="a data table's <caption> element is its title (body safety)"),
        removes('<table class="photo-grid"><caption class="photo-credit">Photos: Tom Ade/Ashby Herald'
                '</caption><tr><td><img src="a.jpg"></td><td><img src="b.jpg"></td></tr><tr><td>'
                '<img src="c.jpg"></td><td><img src="d.jpg"></td></tr></table>',
                note="a caption named a credit is no table's title"),
        keeps('<div class="caption-contest"><p>Readers sent in more than 4,000 captions this year, and '
              'the judges read every one of them.</p><p>The winner, a retired teacher from Ohio, wrote hers '
              'on the back of a grocery receipt while waiting at the pharmacy.</p><p>We will publish the '
              'best ten entries next week, alongside the cartoon that started it all.</p></div>',
              note="a 'caption' class on a container of prose paragraphs: the prose guard keeps it"),
    ),
)

CREDIT_ELEMENT = DomRule(
    code="CRD202",
    name="credit-element",
    category=Category.CREDIT,
    summary="A short element whose class or id says it is a credit: <span class=credit>Getty Images</span>.",
    message="credit element",
    parts=frozenset({"credit", "credits"}),
    max_words=12,
    safety="'credit' alone is ambiguous (credit markets), so only credit-sized elements of at most 12 "
    "words go.",
    examples=(
        removes('<span class="credit">Getty Images</span>'),
        removes('<small class="credit">Chuck Kennedy/U.S. State Department</small>'),
        keeps('<p class="credit-markets">Credit Suisse shares fell 4% on Tuesday, and credit markets were '
              'calm despite the news.</p>'),
    ),
)

_GALLERY = concept("gallery")
_OF = alternatives(_GALLERY.get("of"))

_GALLERY_ALONE = alternatives(_GALLERY.get("alone"))

GALLERY_FURNITURE = PatternRule(
    code="CRD004",
    name="gallery-furniture",
    category=Category.CREDIT,
    summary="Gallery and caption furniture in every language: 'Bild 1 von 12', 'Bild vergrößern', "
    "'Diaporama'.",
    message="gallery furniture",
    languages=_GALLERY.languages,
    keywords=starts(
        *(keyword_of(phrase) for phrase in (*_GALLERY.get("alone"), *_GALLERY.get("counters"))),
        # "1 / 24", "13 / 40": the counter's first number, one digit or two.
        *(f"{digit}{then}/" for digit in "123456789" for then in ("", " ", *(f"{d} " for d in "0123456789"))),
    ),
    max_words=10,
    pattern=rf"""{START}(?:
          (?:{_GALLERY_ALONE})(?:\s*\(\s*\d{{1,4}}(?:\s+[^\W\d]+)?\s*\))?  # "(14 Fotos)"
        | (?:{alternatives(_GALLERY.get("counters"))})\s*(?::\s*)?\d{{1,3}}\s*(?:{_OF})\s*\d{{1,3}}
        | (?:{_GALLERY_ALONE})\s*[‹◀◁←]?\s*\d{{1,3}}\s*/\s*\d{{1,3}}  # "Bildergalerie ‹ 5/20 ›"
        | [1-9]\d?\s/\s\d{{1,3}}  # a slideshow's bare counter, spaced: "1 / 24"
        )
        # The gallery's buttons after it: arrows, or a label after a bar ("Photo 3 of 18 | Expand").
        (?:\s*[›▶▷→⤢]+|(?:\s*[|·•]\s*|\s+)[‹◀◁←]\s*[›▶▷→]|(?:\s*[|·•]\s*|\s+)(?:{_GALLERY_ALONE})){{0,3}}
        {END}""",
    safety="The whole block is the label or the counter; \"Bild 1 von 12 der Serie zeigt …\" is kept, "
    "and so is a fraction or a score written without spaces (\"1/2\").",
    examples=(
        *_GALLERY.examples,
        removes("1 / 24"),
        removes("Galerie ansehen (14 Bilder)", note="a count after the label"),
        removes("Photo 3 of 18 | Expand", note="the gallery's button after its counter"),
        removes("Bildergalerie ‹ 5/20 ›", note="a counter between arrows after the label"),
        keeps("Photo 3 of 18 in the file shows the damage, the lawyer said."),
        keeps("1/2", note="a fraction or a score, unspaced"),
        keeps("1 / 24 of the vote went to the Greens, the commission said."),
    ),
)

_EMBED = concept("social-embed")

SOCIAL_EMBED = PatternRule(
    code="CRD019",
    name="social-embed",
    category=Category.CREDIT,
    summary="A social post's embed furniture, in every language: 'View this post on Instagram', "
    "'A post shared by Jo Doe (@jodoe)'.",
    message="social embed furniture",
    languages=_EMBED.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in (*_EMBED.get("alone"), *_EMBED.get("shared-by")))),
    max_words=16,
    # Who shared it, then their handle in brackets: a sentence that opens the same way names no handle.
    pattern=rf"""{START}(?:(?:{alternatives(_EMBED.get("alone"))})
        | (?:{alternatives(_EMBED.get("shared-by"))})\s+[^()\n]{{1,60}}?\(\s*@[\w.]{{2,30}}\s*\)
        ){END}""",
    safety="The button's words are the whole block; who shared the post ends in their handle in brackets, "
    "which no sentence that opens the same way has.",
    examples=_EMBED.examples,
)

_DATA_CREDIT = concept("data-credit")
# An article before the supplier's name, elided or not: "the Electoral Commission", "l'Istat".
_SUPPLIER_ARTICLE = r"(?:(?:the|le|la|les|el|los|las|il|lo|o|a|os|as|het|de|der|die|das|dem)\s+|l['’])"
# A supplier: capitalised words ("Met Office", "Decision Desk HQ"), or a body's lower-case kind before
# its capitalised name ("le ministère de l'Intérieur", "la Secretaria-Geral do Ministério").
_SUPPLIER = rf"""{_SUPPLIER_ARTICLE}?(?:(?-i:[a-zà-ÿ][\w-]+)\s+(?:of|de|del|della|do|da|des|du|van|von)\s+
    {_SUPPLIER_ARTICLE}?)?{CREDIT_NAME}(?:\s+(?:ao|aos|à|al|alla|aux|zum|zur)\s+{CREDIT_NAME})?"""
DATA_CREDIT = PatternRule(
    code="CRD020",
    name="data-credit",
    category=Category.CREDIT,
    summary="Who supplied a widget's data, alone on its line, in every language: 'Forecast data: Met "
    "Office', 'Wetterdaten: DWD'.",
    message="data credit",
    languages=_DATA_CREDIT.languages,
    keywords=starts(*(keyword_of(phrase) for key in ("labels", "data") for phrase in _DATA_CREDIT.get(key))),
    max_words=14,
    pattern=rf"""{START}(?:(?:{alternatives(_DATA_CREDIT.get("labels"))})\s*:
      | (?:{alternatives(_DATA_CREDIT.get("data"))})\s+(?:{alternatives(_DATA_CREDIT.get("supplied"))})\s*:?
    )\s*{_SUPPLIER}{END}""",
    safety="The whole line is the data's label and its supplier's capitalised name, or the data, a verb of "
    "supplying and the name; a sentence that goes on ('Data provided by the council shows rents rose') "
    "stays, and so does a note on the data ('(provisional)', ', based on …'), which a source under the "
    "article's own table carries too; a forecast's or a result's own label ('Results: Labour 42') is not "
    "a data label.",
    examples=_DATA_CREDIT.examples,
)

PICTURED_CAPTION = phrase_rule(
    code="CRD017",
    name="pictured-caption",
    category=Category.CREDIT,
    concept="pictured-label",
    summary="A caption under its label saying who the picture shows, in every language: "
    "'Pictured, from left: …'.",
    message="photo caption",
    follow="anything",
    max_words=60,
    speech=True,
    safety="The label and its colon open the block ('Pictured:', 'Nella foto, da sinistra:', 'V.l.n.r.:'); "
    "a sentence about a picture ('In the photo, taken in 1974, …', 'From left to right, the panel "
    "was divided') has no colon after the label, and reported speech stays.",
)

SCREENSHOT_CAPTION = phrase_rule(
    code="CRD018",
    name="screenshot-caption",
    category=Category.CREDIT,
    concept="screenshot-caption",
    summary="A screenshot's caption, in every language: 'Capture d'écran de la vidéo partagée sur TikTok'.",
    message="screenshot caption",
    follow="anything",
    max_words=30,
    speech=True,
    safety="The caption opens the block with the screenshot's noun and no article, then what it shows "
    "('Screenshot of', 'Captura de ecrã da', 'Standbild aus'), in 30 words or fewer; a sentence says "
    "'A screenshot of … shows', and reported speech stays.",
)

_FILE = concept("image-file")
_IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "avif", "tif", "tiff", "heic", "svg", "bmp")

IMAGE_FILE_NAME = PatternRule(
    code="CRD005",
    name="image-file-name",
    category=Category.CREDIT,
    summary="An image's file name alone on a line, where the extractor kept it: 'foehn_nordkette_web.jpg'.",
    message="image file name",
    languages=_FILE.languages,
    keywords=tuple(f".{extension}" for extension in _IMAGE_EXTENSIONS),
    max_words=8,
    pattern=rf"""[\w.,'’()&+-]{{1,120}}?\.(?:{'|'.join(_IMAGE_EXTENSIONS)})
        (?:\s*\(\s*\d[\d.,]*\s*(?:[kmg]i?b|[kmg]o)\s*\))?                 # its size: "(245 Ko)"
        (?:\s*[–—|·-]\s*(?:{alternatives(_FILE.get("download"))}))?""",
    safety="The whole block is one file name with an image's extension and no space, perhaps with its "
    "size and a download button: a sentence that names a file has words around it.",
    examples=_FILE.examples,
)

_COURTESY = alternatives(_SOURCE.get("courtesy"))
_BY = alternatives(_SOURCE.get("prepositions"))
_ARTICLE = rf"(?:{alternatives(_SOURCE.get('articles'))})"  # "Courtesy the Norland Estate"

CAPTION_WITH_SOURCE = EndingRule(
    code="CRD006",
    name="caption-with-source",
    category=Category.CREDIT,
    summary="A caption ending in a credit that names a source, not an agency: 'Foto: difusión', "
    "'(foto d'archivio)'.",
    message="caption ending in its photo's source",
    languages=_SOURCE.languages,
    keywords=(
        *short_at_word_end(*(keyword_of(phrase) for group in ("generic", "courtesy", "photos", "provided")
                             for phrase in _SOURCE.get(group))),
        *sorted({f"({space}{keyword_of(word)} " for word in _MEDIA_WORDS for space in ("", " ")}),
        *sorted({f"{keyword_of(word)} {keyword_of(by)} " for word in _MEDIA_WORDS
                 for by in _SOURCE.get("prepositions")}),
    ),
    max_words=60,
    endings=(
        # "… (foto di Ivan Mauro)": a media word, a preposition and a name, in brackets.
        Ending(rf"(?<=\S\s{{0,3}})(?P<hit>\(\s*{_MEDIA}\s+(?:{_BY})\s+{CREDIT_NAME}\s*\))", _NEEDS_MEDIA),
        # "… (Courtesy of Prairie Ledger Media)".
        Ending(
            rf"(?<=\S\s{{0,3}})(?P<hit>\(\s*(?:{_MEDIA}\s+)?(?:{_COURTESY})\s+{CREDIT_NAME}\s*\))",
            _COURTESY_IN_LOWER_CASE,
        ),
        # "… Thika town. PHOTO | FILE", "… Comas. Foto: difusión": a source that names no one.
        # The archive may name its outlet by initials: "… Foto: archief KA".
        Ending(
            rf"(?<=[.!?”\"’)»]\s{{1,3}})(?P<hit>{_MEDIA}\s*(?::|\|)\s*(?:{_GENERIC})(?:\s+(?-i:[A-ZÀ-Þ][A-Za-zÀ-ÿ]{{0,4}}[A-ZÀ-Þ]))?)",
            _NEEDS_MEDIA,
        ),
        # "… pediatrica. Foto ufficio stampa Piccoli Passi": a media word, a source that names no one,
        # perhaps whose it is.
        Ending(rf"{_AFTER_CAPTION}(?P<hit>{_MEDIA}\s+(?:{_GENERIC})(?:\s+{CREDIT_NAME})?)", _NEEDS_MEDIA),
        # "… Villavicencio. Video: cortesía oyente": a courtesy that names no one, a few small words.
        Ending(rf"""(?<=[.!?”\"’)»]\s{{1,3}})(?P<hit>{_MEDIA}\s*(?::|\|)\s*(?:{_COURTESY})
            (?:\s+(?-i:[a-zß-ÿ]+)){{0,3}})""", _NEEDS_MEDIA),
        # "… ficava em um submenu - Reprodução": a source that names no one, capitalised after a dash and
        # a caption's words ("Option 2 – Screenshot" is a step's label).
        Ending(
            rf"(?<=\A[^\n]{{30,300}}(?-i:[a-zß-ÿ])\s{{1,3}}[-–—]\s{{1,3}})(?P<hit>(?=(?-i:[A-ZÀ-Þ]))(?:{_GENERIC}))",
            _GENERIC_IN_LOWER_CASE,
        ),
        # "… pushmeldingen. Afbeelding: screenshot via Bluesky": the source and where it was found.
        Ending(rf"""(?<=[.!?”\"’)»]\s{{1,3}})(?P<hit>{_MEDIA}\s*(?::|\|)\s*(?:{_GENERIC})\s+(?:via|{_BY})\s+
            {CREDIT_NAME})""", _NEEDS_MEDIA),
        # "… Villa d'Almè (foto d'archivio)", "… in Hall (Archivbild)".
        Ending(
            rf"(?<=\S\s{{0,3}})(?P<hit>\(\s*(?:{_PHOTO_KINDS})\s*\))",
            _PHOTOS_IN_LOWER_CASE,
        ),
        # "… in Berlin. Symbolbild", "… mardi. Image d'illustration": a kind of photo, capitalised, after
        # the last sentence.
        Ending(rf"""(?<=[.!?”"’)»]\s{{1,3}})(?P<hit>(?=(?-i:[A-ZÀ-Þ]))(?:{_PHOTO_KINDS})
            (?:\s*[:/]\s*{CREDIT_NAME})?)""", _PHOTOS_IN_LOWER_CASE),
        # "… Wednesday. Photo from PAGASA".
        Ending(rf"(?<=[.!?”\"’)]\s{{1,3}})(?P<hit>{_MEDIA}\s+(?:{_BY})\s+{CREDIT_NAME})", _NEEDS_MEDIA),
        # "… December 2023. Supplied: Yarrabin Shire Council": who lent it, labelled, after the caption's
        # last sentence (in brackets it is CRD002's).
        Ending(rf"""{_AFTER_UNQUOTED_CAPTION}(?P<hit>(?=(?-i:[A-ZÀ-Þ]))(?:{alternatives(_LENDER_LABELS)})\s*:\s*
            {CREDIT_NAME})""", _in_lower_case(_LENDER_LABELS)),
        # "… el pleno. Foto cedida por el Ayuntamiento": who gave the picture, named in capitals.
        Ending(rf"""(?<=[.!?”"’)»]\s{{1,3}})(?P<hit>{_MEDIA}\s+(?:{alternatives(_SOURCE.get("provided"))})\s+
            (?:{_ARTICLE}\s+)?{CREDIT_NAME})""", _NEEDS_MEDIA),
        # "… markings. Courtesy the Calloway Estate", "… 1994. Avec l'aimable autorisation de la Galerie
        # Lumen": who lent the picture, capitalised after the caption's last sentence; the lender is
        # named in capitals, perhaps after an article.
        Ending(rf"""(?<=[.!?”"’)»]\s{{1,3}})(?P<hit>(?=(?-i:[A-ZÀ-Þ]))(?:{_COURTESY})\s+
            (?:{_ARTICLE}\s+)?{CREDIT_NAME}
            (?:\s+(?:{alternatives(_SOURCE.get("and"))})\s+(?:{_ARTICLE}\s+)?{CREDIT_NAME})?
            (?:\s*/\s*{_MEDIA}\s+{CREDIT_NAME})?)""",  # "… / foto Elena Sarti": the photographer too
            _COURTESY_IN_LOWER_CASE,
        ),
    ),
    tail=r"\s*+[.;]?\s*+$",
    table_rows=False,
    unless=rf"\A[^.!?\n]{{3,200}}\?\s|{speech_veto(LANGUAGES)}",
    safety="The source closes the block: a media word with a source that names no one ('Foto: archivo') "
    "after the caption's last sentence, or a bracketed photo credit; reported speech vetoes it, and so "
    "does an opening question (a FAQ's answer).",
    examples=_SOURCE.examples,
)


@dataclass(frozen=True, kw_only=True, repr=False)
class CaptionBelowFileName(ContextRule):
    """Remove the short line right below an image's file name: its caption.

    Extractors print an image as its file name, then its caption. The line below a file
    name that no rule matched goes when it is short, not the article's prose (a caption
    names its subject without a full stop) and names what the file name names ("orsa-e5.jpg"
    over "Orsa E5 in Verde Salvia"): a sub-heading may open the section below an image too. A
    caption that ends in a credit is another rule's.
    """

    max_words: int = 30

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        for i, verdict in enumerate(page.verdicts):
            if verdict is None or verdict.rule.code != "CRD005" or not verdict.confirmed:
                continue
            below = i + 1
            if (
                below < len(page)
                and not page.is_matched(below)
                and page.words(below, self.max_words) <= self.max_words
                and shape is not None
                and not shape.prose[below]
                and _names_of_file(page.core(i)) & set(_WORD.findall(page.core(below).casefold()))
            ):
                yield Finding(below, page.core(i), anchor=i)


_WORD = re.compile(r"[^\W\d_]{3,}")


def _names_of_file(name: str) -> set[str]:
    """The words of a file name's stem, folded: 'Orsa_E5-prova.jpg' names 'orsa' and 'prova'."""
    return set(_WORD.findall(name.rsplit(".", 1)[0].casefold()))


CAPTION_BELOW_FILE_NAME = CaptionBelowFileName(
    code="CRD105",
    name="caption-below-file-name",
    category=Category.CREDIT,
    summary="The caption right below an image's file name: 'orsa-e5.jpg' over 'Orsa E5 in Verde Salvia'.",
    message="caption below the image's file name",
    safety="Only an unmatched line of at most 30 words that is not prose, right below a file name: a "
    "paragraph below an image stays.",
    examples=(
        removes("Orsa E5 Launch Edition in colore Verde Salvia", before=("orsa-e5-prova-2026-01.jpg",)),
        keeps("The council met on Tuesday to approve the plan for the bridge.",
              before=("bridge-2025.jpg",), note="a paragraph below the image"),
        keeps("Streaming service raises prices and loses subscribers",
              before=("ex-manager-court-hearing.jpg",),
              after=("Subscribers fell by 4 percent in the quarter, the company said on Tuesday.",),
              note="a sub-heading below an image names nothing its file name names"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class PlayerLength(ContextRule):
    """Remove a video player's length printed after its play symbol: "▶ 1:34".

    The symbol is the evidence, and the block's core drops it as a bullet, so the block is read as
    written. A time alone may be a live blog's entry ("14:52"); after a play symbol it is a player's.
    """

    def find(self, page: Page) -> Iterator[Finding]:
        if not any(symbol in page.text for symbol in _PLAY_SYMBOLS):  # a substring scan, in C
            return
        for i, verdict in enumerate(page.verdicts):
            if (verdict is None or not verdict.confirmed) and _PLAY_LENGTH.fullmatch(page.block(i).strip()):
                page.verdicts[i] = None  # a weak rule read the time alone; the symbol says whose it is
                yield Finding(i, page.block(i).strip())


_PLAY_SYMBOLS = frozenset("▶►⏵")
_PLAY_LENGTH = re.compile(r"[▶►⏵]\ufe0f?\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*min\.?)?")

PLAYER_LENGTH = PlayerLength(
    code="CRD106",
    name="player-length",
    category=Category.CREDIT,
    summary="A video player's length after its play symbol, alone on its line: '▶ 1:34'.",
    message="video player's length",
    safety="Only a play symbol and a length, nothing else on the line: a live blog's time has no play "
    "symbol, and a line that goes on is a title.",
    examples=(
        removes("▶ 1:34", before=("The river rose faster than expected, the mayor said on Tuesday.",),
                after=("Footage of the flooded towpaths near the lock",
                       "Firefighters handed out 4,000 sandbags to residents overnight, officials said.")),
        keeps("14:52", before=("The strike will go on until midnight, the union said.",),
              after=("Airport officials said 400 flights had been cancelled so far.",),
              note="a live blog's time, without a play symbol"),
        keeps("▶ 1:34 Watch the mayor's statement on the flood defences",
              note="a line that goes on after the length is a title"),
    ),
)


NAME_CREDIT_LINE = PatternRule(
    code="CRD010",
    name="name-credit-line",
    category=Category.CREDIT,
    summary="A credit alone on its line naming who made or gave the picture: 'Jane Doe/The Herald', 'Foto "
    "Jan Jansen'.",
    message="photo credit",
    languages=_NAME_CREDIT.languages,
    keywords=(
        "/", "|", *(f" {keyword_of(word)} " for word in _NAME_CREDIT.get("for")),
        *_media_keywords((*_PHOTO_WORDS, *_PHOTOGRAPHY_WORDS), " "),
        *_CAPS_PHOTO_KEYWORDS,
        *(keyword_of(phrase) for phrase in concept("photo-source").get("provided")),
    ),
    max_words=14,
    table_rows=False,
    unless=speech_veto(LANGUAGES),
    pattern=rf"""[(\[]?\s*(?:
          {_NOT_BYLINE}{_PERSON}\s*/\s*{_OUTLET}                  # Jane Doe/The Herald
        | {_NOT_BYLINE}{_PERSON}\s*\|\s*(?:{_OUTLET}|{_OUTLET_INITIALS})  # Jane Doe | NPR
        | {_NOT_BYLINE}{_PERSON}\s+(?:{_FOR})\s+{_OUTLET}         # Jane Doe for The Herald
        | {_PHOTO_WORD}\s+(?:(?:{_PHOTO_BY})\s+)?{_PERSON}        # Foto Jan Jansen, Foto di Ivan Mauro
        # Photo L'Écho nivernais / Julien Poirier: a photo word, a name of a few words, a slash, a name
        | {_PHOTO_WORD}\s+(?-i:[A-ZÀ-Þ])[\w'’.&-]*(?:\s+[\w'’.&-]+){{0,3}}?\s*/\s*{CREDIT_NAME}
        | {_CAPS_PHOTO}(?:\s*:\s*|\s+){_CAPITALS_CREDIT}      # PHOTO JANE DOE, THE HERALD
        # JANE DOE / HANS LUCAS POUR « LE COURRIER »: the photographer and agency for the outlet
        | {_CAPITALS_TWO}(?:\s*/\s*{_CAPITALS})?\s+(?:{_FOR})\s+[«“"]\s*[^«»“”"\n]{{1,60}}?\s*[»”"]
        | {_MEDIA}\s+(?:{_PROVIDED})\s+[^.!?\n]{{1,60}}            # Photo provided by the family
        )\s*[)\]]?[.;]?""",
    safety="The whole block is the credit: a person's name of two or three capitalised words (not a "
    "byline's 'By …'), then a slash, a bar or 'for' and an outlet that says it is one ('The Herald', "
    "'Canadian Press', 'NPR' after a bar; 'Mehr Geld für Schulen' is a headline, 'Classen Curve / Western "
    "Avenue' a corner); or a photo word and a name; or a media word, 'provided by' and who gave it. A "
    "sentence has more words around it; never a table row. No caption above goes with it.",
    examples=(
        *_NAME_CREDIT.examples,
        removes("Foto cedida por la familia"),
        removes("PHOTO JANE DOE, THE HERALD"),
        removes("PHOTO JEAN DUPONT, ARCHIVES LE COURRIER"),
        removes("FOTO MARIO ROSSI, ARCHIVIO IL GIORNO"),
        removes("PIERRE MARTIN / AGENCE LUMEN POUR « LE COURRIER »"),
        removes("Photo L'Écho du Morvan / Julien Petit", note="a photo word, then names beside a slash"),
        keeps("Foto Finish / Beide ploegen eindigden gelijk, meldt de bond.",
              note="a sentence after the slash"),
        keeps("PHOTO ID will be required at every polling station from May, the council said."),
        keeps("Photo provided by the family was shown to the jury on Tuesday, the lawyer said."),
        keeps("| Jane Doe | Democrat |", note="a table row"),
    ),
)


# A caption that opens with its credit in capitals, as some papers print it and an extractor keeps it
# glued: "PHOTO JANE DOE, THE HERALD Firefighters at work on Main Street on Tuesday."
_LEADING_CREDIT = rf"""{_CAPS_PHOTO}(?:\s*:\s*|\s+){_CAPITALS}(?:\s*[,/]\s*{_CAPITALS}){{0,2}}
    \s+(?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]))"""

# The same in ordinary case, where a label and a colon open it: "Photo: Jane Doe / The Herald
# Firefighters at work …", "Photo : Marie-Ève Roy La Gazette du Nord Des bénévoles trient …". The
# photographer (two or three names) and the outlet (after a slash, or with its article) make the credit.
_HYPHENED_NAME = r"(?-i:[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?)"
_MIXED_LEADING_CREDIT = rf"""{_PHOTO_WORD}\s*:\s*{_HYPHENED_NAME}(?:\s+{_HYPHENED_NAME}){{1,2}}
    (?:\s*/\s*{CREDIT_NAME}|\s+{_OUTLET_WITH_ARTICLE})\s+(?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]))"""

# The photo words of the ordinary-case credit that the capitals' keywords do not start.
_PHOTOGRAPHY_KEYWORDS = _media_keywords(_PHOTOGRAPHY_WORDS, " ", ":")

CAPTION_LED_BY_CREDIT = PatternRule(
    code="CRD014",
    name="caption-led-by-credit",
    category=Category.CREDIT,
    summary="A caption that opens with its credit: 'PHOTO JANE DOE, THE HERALD Firefighters …', 'Photo: Jane "
    "Doe / The Herald …'.",
    message="caption opening with a photo credit",
    languages=LANGUAGES,
    keywords=(*_CAPS_PHOTO_KEYWORDS, *_PHOTOGRAPHY_KEYWORDS),
    max_words=60,
    table_rows=False,
    unless=speech_veto(LANGUAGES),
    # In ordinary case a caption's length only: a lead paragraph may come glued to its picture's credit.
    pattern=rf"""(?:{_LEADING_CREDIT}[^\n]{{8,400}}|{_MIXED_LEADING_CREDIT}[^\n]{{8,160}})""",
    safety="A media word in capitals opens the block, then names in capitals (an agency, a photographer, "
    "an outlet between commas or slashes), then the caption in ordinary case: no sentence of prose "
    "opens with a word in capitals and a name in capitals. In ordinary case the media word has its colon "
    "and the outlet its slash or its article ('Photo: Jane Doe / The Herald', 'Foto: Ana Ruiz El Diario'). "
    "Reported speech vetoes; never a table row.",
    examples=(
        removes("PHOTO JANE DOE, THE HERALD Firefighters work through the night on Main Street."),
        removes("FOTO MAX MUSTER / DPA Feuerwehrleute im Einsatz an der Hauptstraße."),
        removes("PHOTO ARCHIVES LE COURRIER Une déneigeuse au travail rue Principale, en janvier."),
        removes("FOTO JUAN PÉREZ / EFE Bomberos trabajan durante la noche en la calle Mayor."),
        removes("FOTO ANSA / MARIO ROSSI Vigili del fuoco al lavoro nella notte in via Roma."),
        removes("FOTO JOÃO SILVA / LUSA Bombeiros trabalham durante a noite na Rua Augusta."),
        removes("FOTO ANP / JAN DE VRIES Brandweerlieden aan het werk in de Dorpsstraat."),
        removes("Photo : Marie-Ève Roy La Gazette du Nord Des bénévoles trient les dons de la semaine à la "
                "banque alimentaire de la rue Principale."),
        removes("Foto: Ana Ruiz / El Diario del Sur Vecinos limpian el barro de la calle Mayor tras la riada "
                "del martes en el barrio viejo."),
        keeps("Foto: Anna Berger – Das Bild, das sie 1989 am Leipziger Ring machte, hängt heute im Museum.",
              note="a dash after the name: a lead paragraph may follow as well as a caption"),
        keeps("Foto: Eva Brandt / Stadtmuseum Leipzig (mna) – Als die Fotografin im Herbst 1989 mit ihrer "
              "Kamera auf den Ring ging, ahnte sie nicht, dass ihre Bilder einmal im Museum hängen würden. "
              "Heute zeigt das Haus zweihundert davon.",
              note="a lead paragraph glued to its picture's credit"),
        keeps("Photos: Jane Doe and her team rebuild the village school after the flood", before=(
            "The river rose by two metres overnight, and hundreds of homes were evacuated.",),
            note="a gallery's headline: a name, then its verb, and no outlet"),
        keeps("PHOTO ID will be required at every polling station from May, the council said."),
        keeps("FOTO-ID ist künftig in allen Wahllokalen Pflicht, sagte der Sprecher."),
        keeps("PHOTOS: Firefighters work through the night on Main Street", before=(
            "The fire broke out shortly after midnight, and crews fought it for six hours.",),
            note="a gallery's headline, no credit in capitals"),
    ),
)


_AI_IMAGE = concept("ai-image")
_AI_MADE = concept("ai-disclosure")
# An AI, by its initials in capitals ("KI-generiert") or its name ("intelligence artificielle").
_AI_INITIALS = "|".join(word[1:] for word in _AI_MADE.get("ai") if word.startswith("="))
_AI_NAMES = alternatives(word for word in _AI_MADE.get("ai") if not word.startswith("="))
_AI_ANY = rf"""(?:(?<![\w-])(?-i:{_AI_INITIALS})(?![^\W\d_]) | (?<!\w)(?:{_AI_NAMES}))"""
_GENERATED = alternatives(_AI_IMAGE.get("generated"))
# "AI-generated", "KI-generiert", "generated with the help of AI", "mit KI erstellt".
_AI_LABEL = rf"""(?:{_AI_ANY}\s*-?\s*(?:{_GENERATED})
    | (?:{_GENERATED})\s+(?:{alternatives(_AI_MADE.get("means"))})\s+(?:\S+\s+){{0,3}}?(?:\w+['’])?{_AI_ANY}
    | (?:{alternatives(_AI_MADE.get("means"))})\s+{_AI_ANY}\s+(?:{_GENERATED}))(?!\w)"""

AI_IMAGE_LABEL = PatternRule(
    code="CRD011",
    name="ai-image-label",
    category=Category.CREDIT,
    summary="A picture's label saying an AI made it, in every language: 'AI-generated image', 'Symbolbild "
    "(KI-generiert)'.",
    message="AI image label",
    languages=_AI_IMAGE.languages,
    keywords=tuple(keyword_of(word) for word in _AI_IMAGE.get("generated")),
    max_words=14,
    marks=frozenset({Mark.CREDIT_LINE}),
    unless=speech_veto(LANGUAGES),
    pattern=rf"""[(\[]?\s*(?:{_MEDIA}\s*[:(]?\s*)?{_AI_LABEL}(?:\s+{_MEDIA})?\s*[)\]]?[.]?""",
    safety="The whole block is the label: a media word perhaps, and an AI that made it ('KI-generiert', "
    "'generated with Midjourney'); a sentence about AI images has more words, and reported speech vetoes "
    "it.",
    examples=_AI_IMAGE.examples,
)


# A player's length: "01:34", "1:02:15".
_PLAYER_LENGTH = r"\d{1,2}:\d{2}(?::\d{2})?"
_VIDEO_SOURCE = rf"(?:{_SOURCE_LABELS})\s*:\s*(?:{AGENCY}|{_WIRE_ANY}|{CREDIT_NAME})"

VIDEO_LENGTH_AND_SOURCE = PatternRule(
    code="CRD012",
    name="video-length-and-source",
    category=Category.CREDIT,
    summary="A video player's length and source under its title, in every language: '01:34 - Source: NCN', "
    "'Quelle: dpa · 1:12'.",
    message="video length and source",
    languages=_NAME_CREDIT.languages,
    keywords=_SOURCE_LABEL_KEYWORDS,
    max_words=12,
    marks=frozenset({Mark.CREDIT_LINE}),
    unless=speech_veto(LANGUAGES),
    pattern=rf"""[(\[]?\s*(?:
          {_PLAYER_LENGTH}\s*[-–—|·•]\s*{_VIDEO_SOURCE}
        | {_VIDEO_SOURCE}\s*[-–—|·•]\s*{_PLAYER_LENGTH}
        )\s*[)\]]?[.]?""",
    safety="The whole block is a player's length (minutes and seconds) and a source's label with a "
    "capitalised source: a sentence has more words; the title above it goes with it as a caption.",
    examples=(
        removes("01:34 - Source: NCN"),
        removes("Source: Reuters · 2:05"),
        removes("Quelle: dpa · 1:12"),
        removes("02:41 - Fuente: EFE"),
        keeps("12:30 - Source: the ministry's own figures, which it published on Tuesday"),
        keeps("Source: Reuters reported at 2:05 that the talks had ended."),
    ),
)


_CHART = concept("chart-caption")
# A source label signing the caption after its sentence or a bar: "…, FY21–FY25. Source: Company filings".
_SIGNING_SOURCE = rf"(?:(?<=[\w)][.)])|(?<=[/|·]))\s{{1,3}}(?-i:{_SOURCE_LABELS})\s?:\s+\S"

CHART_CAPTION = PatternRule(
    code="CRD015",
    name="chart-caption",
    category=Category.CREDIT,
    summary="A chart's caption signed by its data's source, in every language: 'Grafik: … 2019-2025. Quelle: "
    "Verivox'.",
    message="chart caption signed by its source",
    languages=_CHART.languages,
    keywords=_SOURCE_LABEL_KEYWORDS,
    max_words=60,
    table_rows=False,
    unless=speech_veto(LANGUAGES),
    pattern=rf"""(?:(?-i:{alternatives(_CHART.get("charts"))})\s*(?::|\s[–—|-]\s)
        | (?=[^\n]*?(?<=[\w)][.!?]\s{{1,3}})(?-i:{alternatives(_CHART.get("credits"))})
            (?:\s*:\s*\S|\s+(?-i:[A-ZÀ-Þ]))))
        [^\n]*?{_SIGNING_SOURCE}[^\n]*""",
    safety="The caption opens with a chart's word and its colon or dash ('Grafik:', 'Grafico –'), or credits "
    "the chart after one of its sentences ('… 2025. Infographie Le Matin.'), and a capitalised source label "
    "signs it after "
    "a sentence or a bar. A paragraph about a chart names it in lower case and cites its source in its "
    "sentence; reported speech vetoes; at most sixty words, never a table row.",
    examples=_CHART.examples,
)


# A video's running time: "2:05", "02:35", "2 min 35", "3 Min.", "2 min 15 s"; not a clock's "10:00" or
# "14:32", which a programme or a live blog's entry opens with.
_RUNNING_TIME = r"(?:0?\d:[0-5]\d|\d{1,3}\s?(?:min|Min|mn)\.?(?:\s?\d{1,2}(?:\s?s)?)?)(?!\w)"

# The play marks a video's caption opens with, which a page's core drops as list bullets.
_PLAY_MARKS = "▶►⏵▷"
_AFTER_PLAY_MARK = re.compile(rf"{_RUNNING_TIME}\s*[|·•:–—-]\s*\S")
# A video's label, its source and its running time between bars: "Video: Coast News / 2:05 / …".
_LABELLED_VIDEO = re.compile(
    rf"(?:Video|Vídeo|Vidéo|VIDEO|VÍDEO|VIDÉO)\s*:[^\n/|]{{1,60}}[/|]\s*{_RUNNING_TIME}\s*[/|]\s*\S"
)


@dataclass(frozen=True, kw_only=True, repr=False)
class PlayedVideo(ContextRule):
    """Remove a video's caption under its play mark and running time.

    A player prints its caption as a play mark, the running time and the title ("▶ 02:35 | El
    alcalde explica …"), or as a label, a source and the time between bars ("Video: Coast News /
    2:05 / …"). The mark is read on the block as written (the page's core drops it as a bullet); a
    live blog's "14:35 | Minister arrives" has no play mark before its time, and a running time is
    no clock's time. Marks on the lines beside it make a list (a programme's items), not a player.
    """

    max_words: int = 40

    def find(self, page: Page) -> Iterator[Finding]:
        for i, verdict in enumerate(page.verdicts):
            if verdict is not None:
                continue
            core = page.core(i)
            played = (
                _opens_with_play_mark(page, i)
                and not any(_opens_with_play_mark(page, j) for j in (i - 1, i + 1) if 0 <= j < len(page))
                and _AFTER_PLAY_MARK.match(core)
            )
            found = played or _LABELLED_VIDEO.match(core)
            # Counting words is the dearest check, and nearly every block fails the two above.
            if found and page.words(i, self.max_words) <= self.max_words:
                yield Finding(i, found.group(0))


def _opens_with_play_mark(page: Page, i: int) -> bool:
    """Whether block ``i`` opens with a play mark as written; beside another, it is a list's bullet."""
    return page.block(i).lstrip()[:1] in _PLAY_MARKS


PLAYED_VIDEO = PlayedVideo(
    code="CRD130",
    name="played-video",
    category=Category.CREDIT,
    summary="A video's caption under its play mark and running time: '▶ 02:35 | El alcalde explica …'.",
    message="video caption with its play mark and running time",
    safety="The play mark and a running time open the line as written, or a video's label, its source "
    "and a running time between bars: no sentence of an article opens so, and a live blog's time has "
    "no play mark.",
    examples=(
        removes("▶ 02:35 | El alcalde explica las nuevas restricciones de tráfico en el centro histórico"),
        removes("▶ 2 min 35 — Reportage de nos équipes au marché de Treichville"),
        removes("Video: Coast News / 2:05 / Drone footage shows the scale of the damage near the river."),
        keeps("14:35 | Minister arrives at the summit", before=("The talks opened in the morning.",),
              after=("The minister spoke briefly to reporters.",), note="a live blog's time, no play mark"),
        keeps("► 10:00 – Opening ceremony with the mayor in Market Square", note="a programme's clock time"),
        keeps("▶ 2:30 – Guided walk through the old harbour", before=("The programme:",),
              after=("▶ 3:15 – Concert of the town band",), note="marks on the lines beside it: a list"),
    ),
)


@functools.cache
def _signed_patterns() -> tuple[Any, Any, Any, Any]:
    """A short caption and the credit that signs it: after its last sentence, an agency as it writes
    itself, a name, a name in capitals or a kind of photo ("… martes. Europa Press", "… Kingsbridge.
    Jess Hartley", "… Berlin. Symbolbild"), a source label and a name ("… Leipzig. Quelle: dpa"); or,
    after any word, an agency in brackets or after a dash ("… di ieri (ANSA)", "… mardi - AFP")."""
    kinds = alternatives(concept("photo-source").get("photos"))
    # A sentence's end: a full word (not "vs.", "Inc.", "U.S.") or a year before the full stop.
    end = r"""(?<=[a-zß-ÿ]{4}|\d)[.!?][”"’»]?"""
    # The caption has a word in lower case: "VOLKSWAGEN ID. SPACE CONCEPT" is a heading.
    lower = r"(?=[^\n]{0,300}?[a-zß-ÿ]\s)"
    after_sentence = rf"""\A(?P<caption>{lower}[^\n]{{10,300}}?{end})\s{{1,3}}(?P<credit>
          (?-i:{_WIRE})(?!\w) | (?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]{{2}})){_PERSON}(?![.\w])
        | {_CAPITALS_SIGNATURE}
        | (?=(?-i:[A-ZÀ-Þ]))(?:{kinds})(?:\s*[:/]\s*{CREDIT_NAME})?
        | [(\[]?(?:{_SOURCE_LABELS})\s*:\s*(?:{AGENCY}|{_WIRE_ANY}|{CREDIT_NAME})[)\]]?
        )\s*[.;]?\s*\Z"""
    beside = rf"""\A(?P<caption>[^\n]{{10,300}}?\w[.!?”"’»]?)(?P<credit>
          \s*\(\s*(?:{_WIRE_ANY}|{_PHOTO_AGENCY})(?:\s*/\s*{CREDIT_NAME})?\s*\)
        | \s+[-–—|]\s*(?:{_WIRE_ANY}|{_PHOTO_AGENCY})(?:\s*/\s*{CREDIT_NAME})?
        )\s*[.;]?\s*\Z"""
    # Glued by a space to a caption that ends in no mark, or after its last sentence, or alone on its
    # line: "… op de Afsluitdijk Regio Noord / Pieter Wiersma", "… in Zwolle NFB", "… bei Hamburg ©
    # Max Muster", "Max Muster / NFB". The credit's name (a person beside a slash, initials, an agency,
    # capitals) is the group "name", which the article's prose must never use.
    media_credit = rf"(?P<media>{_MEDIA})\s+(?P<name>{_PERSON}|(?-i:[A-ZÀ-Þ]{{3,6}})|{AGENCY}|{_WIRE_ANY})"
    other_credits = rf"""
          ©\s*{CREDIT_NAME}
        | {_PERSON}\s*\(\s*(?:{AGENCY}|(?-i:{_WIRE}))\s*\)
        | (?P<source>{CREDIT_NAME})\s*/\s*(?P<name>{_PERSON})
        | (?P<name>{_PERSON})\s*/\s*(?P<source>{CREDIT_NAME})
        | (?P<name>{_CAPITALS})\s*/\s*{_CAPITALS}
        | (?P<bare>(?P<name>{_CAPITALS_TWO}))
        | (?P<bare>(?P<initials>(?P<name>(?-i:[A-ZÀ-Þ]{{3,6}})|{_WIRE_ANY})))"""
    credit = rf"(?P<credit>{media_credit}|{other_credits})\s*\Z"
    glued = rf"""\A(?:(?P<caption>(?=[^\n]{{0,300}}?(?<!\S)(?-i:[a-zß-ÿ]{{2}}))[^\n]{{10,300}}?
        (?P<last>[^\s.!?:;,/|]*[\w)])
        (?P<stop>(?<=[a-zß-ÿ]{{4}}|\d{{4}})[.!?][”"’»]?)?)
        (?:\s+(?P<dash>[|–—-])\s+|(?<=[.!?”"’»])|\s+))?{credit}"""
    # The credit alone, matched backwards from the block's end: where it does not end the block, the
    # glued pattern cannot match, and it is not tried (its lazy caption tries every place the credit
    # could start, and most blocks end in none). Even backwards, each form costs microseconds, and
    # tens of blocks a page end in none: each is tried only where the block has what it needs.
    media_ending = compile_pattern(rf"{media_credit}\s*\Z", extra_flags=regex.REVERSE).match
    others = compile_pattern(rf"(?:{other_credits})\s*\Z", extra_flags=regex.REVERSE).match

    def ends_in_credit(core: str) -> bool:
        return (_may_end_in_other_credit(core) and others(core) is not None) or (
            _MEDIA_WORD_IN_LOWER_CASE.search(core.lower()) is not None and media_ending(core) is not None
        )

    return compile_pattern(after_sentence), compile_pattern(beside), compile_pattern(glued), ends_in_credit


# A media word in a block written in lower case: case-sensitive, a scan runs many times faster than
# the case-insensitive one.
_MEDIA_WORD_IN_LOWER_CASE = re.compile(_NEEDS_MEDIA)
# How an agency's name as written (``_WIRE_ANY``) can close a block: its last three characters.
_AGENCY_CLOSES = tuple(sorted({agency.split()[-1].replace("’", "'")[-3:] for agency in words("agencies")}))
_TWO_CAPITALS = re.compile(r"[A-ZÀ-Þ'’.-]{2}")


# What the signed forms need, looked for first: a sentence's end and a space before the credit, a
# bracket or a dash beside it.
_SENTENCE_END = re.compile(r"[.!?][”\"’»]?\s")
_BESIDE_MARK = re.compile(r"[(\-–—|]")


def _may_end_in_other_credit(core: str) -> bool:
    """Whether ``core`` has what a credit other than a media word and a name needs to close it: a
    "©" or a slash in it, a closing bracket, a word in capitals, or an agency's name as written."""
    if "©" in core or "/" in core:
        return True
    end = core.rstrip().replace("’", "'")
    return end.endswith((")", *_AGENCY_CLOSES)) or _TWO_CAPITALS.fullmatch(end[-2:]) is not None


@functools.cache
def _capitals_credit() -> Any:
    return compile_pattern(rf"{_CAPITALS_SIGNATURE}[.;]?")


_PERSONS = concept("persons")
# A first or second person: a letter's or an appeal's voice, which a caption describing a picture lacks.
_FIRST_OR_SECOND = re.compile(rf"(?<!\w)(?:{alternatives(_PERSONS.get('words'))})(?!\w)")
# What opens a slogan or a heading in capitals and never a person's name: "NO MÁS DESPIDOS", "FOTO DELLO
# SCHIANTO".
_NOT_NAMES = frozenset(word.upper() for word in _PERSONS.get("not-names"))
_PROSE_CAPTION_WORDS = 30


def _signs_prose_caption(found: Any) -> bool:
    """Whether a caption long enough to read as prose is signed by a name in capitals, which closes no
    paragraph: "… el pasado lunes en Madrid. JAIME OSUNA REY", "… Ministros. DANIEL OCHOA (IBERPRESS)".
    The caption describes a picture in at most thirty words (a table's cell, closing on a link's
    label, "… in the fall. NEW LINEUP", is never read)."""
    credit, caption = found.group("credit").strip(), found.group("caption")
    return (
        len(caption.split()) <= _PROSE_CAPTION_WORDS
        and _capitals_credit().fullmatch(credit) is not None
        and _signs_as_someone(credit, caption)
    )


def _reads_as_signature(found: Any) -> bool:
    """Whether a credit after a caption, in capitals, names someone (see ``_names_someone``)."""
    return _names_someone(found.group("credit").strip(), found.group("caption") or "")


def _names_someone(credit: str, caption: str) -> bool:
    """Whether a credit in capitals after a caption names someone: it opens with none of a slogan's
    words ("NO ALLA GUERRA", "FOTO DELLO SCHIANTO"; "BELGA PHOTO KOEN DEWALLE" is a credit), and the
    caption speaks in no one's voice (a letter's last paragraph is signed in capitals too, "… think
    again. MARGARET HOLLOWAY"). Other credits are read as they are."""
    return _capitals_credit().fullmatch(credit) is None or _signs_as_someone(credit, caption)


def _signs_as_someone(credit: str, caption: str) -> bool:
    """The check of ``_names_someone`` on a credit already known to be in capitals."""
    first = re.match(r"[^\W\d_][\w'’.-]*", credit)
    return (first is None or first.group() not in _NOT_NAMES) and _FIRST_OR_SECOND.search(caption) is None


@functools.cache
def _standalone_source() -> Any:
    """What a credit alone on its line names beside its photographer: an outlet that says it is one,
    initials or capitals ("Max Muster / NFB"); "Olaf Scholz / Friedrich Merz" names two people."""
    return compile_pattern(rf"(?:{_OUTLET}|{_CAPITALS})")


_ROMAN = re.compile(r"[IVXLC]+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_LOWER_WORD = re.compile(r"(?<!\S)[a-zß-ÿ]{2,}(?=\s|\Z)")  # a caption's word: "auf", not "https://x.org/a"
_CELLS = re.compile(r"[:|]")
# What closes a company's name, which initials after a caption never are: "Acme PLC", "Sol SA".
_FIRMS = frozenset(word.casefold() for word in _NAME_CREDIT.get("firms"))


def _glued_credit(found: Any, prose_words: frozenset[str]) -> bool:
    """Whether the glued pattern's match is a credit. The caption has a word in lower case; a bare
    name (initials, an agency, capitals) closes a caption after a space or a full stop, never alone,
    after a dash or a bar, nor a label's value ("Where to watch: Apple TV"); initials follow the last
    sentence, a capitalised word or a year ("… in Zwolle NFB", not "… for the NHS"), and are no
    numeral ("Charles III") nor a company's form; and
    the name's last two words, where a caption's place cannot stand ("… bei Hamburg Max Muster /
    NFB"), are none the article's prose uses: a sub-heading names what the article is about."""
    name, caption = found.group("name"), found.group("caption")
    if caption is not None and not _LOWER_WORD.search(caption):
        return False
    if found.group("bare") and not _names_someone(name, caption or ""):
        return False  # a slogan or a letter's signer in capitals
    if found.group("bare") and (caption is None or found.group("dash") or _CELLS.search(caption)):
        return False  # a name alone; a kicker's "Die Rente – SPD"; a label's value; a row of cells
    # Initials, an agency or a media word ("… bij Zwolle beeld ANP", not "… das Foto Max Ernst") follow
    # the last sentence, a capitalised word or a year.
    last = found.group("last") or ""
    if (found.group("initials") or found.group("media")) and caption is not None and not (
        found.group("stop") or found.group("dash") or last[:1].isupper() or _YEAR.fullmatch(last)
    ):
        return False
    if found.group("initials") and (_ROMAN.fullmatch(name) or name.casefold() in _FIRMS):
        return False
    words = {word.casefold() for word in re.findall(r"[A-ZÀ-Þ]\w+", " ".join((name or "").split()[-2:]))}
    return not words & prose_words


def _caption_above(page: Page, i: int) -> bool:
    """A caption above a credit alone on its line: short, unmatched, no paragraph and no sentence."""
    shape = page.shape
    return (
        i > 0
        and not page.is_matched(i)
        and shape is not None
        and not shape.prose[i]
        and page.words(i, 15) <= 15
        and not _ends_like_prose(page.core(i))
    )


@dataclass(frozen=True, kw_only=True, repr=False)
class SignedCaption(ContextRule):
    """Remove a short caption that a credit signs, where captions stand: between the article's
    paragraphs, or above them.

    The block is no paragraph (it ends in its credit, not a sentence) and stands between two
    paragraphs, or in the head when the credit follows a full sentence. After the article's last
    paragraph an agency closes the text itself ("… ermittelt. (dpa)"), and that block stays.

    A credit read by its grammar alone (a name beside a slash, initials, capitals) may also close a
    caption without a mark ("… in Zwolle NFB"), below the headline; or stand alone on its line between
    paragraphs, and then the caption above it goes too. Its name must be one the article's prose never
    uses.
    """

    max_words: int = 40

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        after_sentence, beside, glued, ends_in_credit = _signed_patterns()
        prose_words: frozenset[str] | None = None
        # Whether an unmatched block stands above a block is asked of many: found once.
        first_unmatched = next((j for j in range(len(page)) if not page.is_matched(j)), len(page))
        for i in range(len(page)):
            if i >= shape.last or page.is_matched(i):
                continue
            if page.words(i, self.max_words) > self.max_words:
                continue
            core = page.core(i)
            if _addresses_reader(core):
                continue  # a signed verdict or appeal, no caption
            if shape.prose[i]:
                # Only a block that ends in capitals ("… REY", "… (IBERPRESS)") is read, and cheaply.
                last = core.rstrip(" .;)").rsplit(None, 1)[-1] if core.strip(" .;)") else ""
                if not (last.isupper() and len(last) > 1) or page.is_row(i):
                    continue
                found = after_sentence.search(core)
                if found is not None and _signs_prose_caption(found):
                    yield Finding(i, found.group("credit").strip())
                continue
            # A heading ("Data Analysis vs. Data Science"), or a headline's source; but German captions
            # capitalise their nouns, and a slash, a bracket or "©" is no heading's.
            title = is_title_case(core)
            found = None
            if not title:
                found = after_sentence.search(core) if _SENTENCE_END.search(core) else None
                if found is not None and not _reads_as_signature(found):
                    found = None  # a slogan or a letter's signer in capitals: the article's own
                if found is None and i > shape.first and _BESIDE_MARK.search(core):
                    found = beside.search(core)
            # A credit read by its grammar, below the headline: never the headline itself.
            if found is None and (i > shape.first or first_unmatched < i):
                found = glued.search(core) if ends_in_credit(core) else None
                if found is None or (title and found.group("bare") and not found.group("stop")):
                    continue
                if prose_words is None:
                    prose_words = frozenset(
                        word.casefold() for j in range(len(page)) if shape.prose[j]
                        for word in re.findall(r"\w{2,}", page.core(j))
                    )
                if not _glued_credit(found, prose_words):
                    continue
                if found.group("caption") is None:
                    # The credit alone on its line, between paragraphs: its caption stands above it.
                    source = found.group("source")
                    if i <= shape.first or (source and not _standalone_source().fullmatch(source)):
                        continue
                    if _caption_above(page, i - 1):
                        yield Finding(i - 1, found.group("credit").strip(), anchor=i)
            if found is not None:
                yield Finding(i, found.group("credit").strip())


SIGNED_CAPTION = SignedCaption(
    code="CRD110",
    name="signed-caption",
    category=Category.CREDIT,
    summary="A short caption signed by its credit between paragraphs: '… martes. Europa Press', '… di ieri "
    "(ANSA)'.",
    message="caption signed by its credit",
    safety="Only a block that is no paragraph (it ends in its credit), of at most 40 words, between the "
    "article's paragraphs or above them (there only after a full sentence); after the last paragraph an "
    "agency signs the article off, and that block stays. A credit read by its grammar alone (a person "
    "beside a slash, initials after a capitalised word, capitals) closes a caption with a word in lower "
    "case, or stands alone between paragraphs with an outlet, initials or capitals beside the person; "
    "its name is never one the article's prose uses, initials are no numeral nor company form, and a "
    "title-case line ending in a bare name is a heading. A caption long enough to read as prose (at most "
    "30 words) is signed only by a name in capitals, perhaps with its agency in brackets. A name in "
    "capitals opens with no slogan's word ('NO …', 'FOTO …'), and the caption it closes speaks in no "
    "first or second person: a letter's signature and a banner's slogan stay. No block that addresses the "
    "reader ('if you clicked it') is a caption.",
    examples=(
        removes("Vecinos en la plaza del pueblo el pasado martes. Europa Press"),
        removes("Il sindaco durante la conferenza stampa di ieri (ANSA)"),
        removes("Le président lors de sa visite à Kiev mardi - AFP"),
        removes("Ein Regionalzug im Hauptbahnhof Leipzig. Quelle: dpa"),
        removes("Amara Osei in her lab at the University of Kingsbridge. Jess Hartley"),
        removes("Le maire de Lyon lors de l'inauguration du pont, mardi. Jeanne Dupont"),
        removes("Pantalla de un portátil con un aviso de cookies, en una imagen de archivo. ALBERTO RUSO"),
        removes("La ministra de Vivienda, Elena Porras, este martes en la rueda de prensa posterior al "
                "Consejo de Ministros. DANIEL OCHOA (IBERPRESS)",
                note="a name in capitals and its agency in brackets"),
        removes("Una lectora consulta en el móvil el aviso de consentimiento de un diario digital, el "
                "pasado lunes en Madrid. JAIME OSUNA REY", note="a caption long enough to read as prose"),
        keeps("Il corteo è partito da piazza Dante alle dieci con un solo striscione in testa. NO ALLA "
              "GUERRA",
              before=("La manifestazione era autorizzata dalla questura martedì, ha detto il prefetto.",),
              after=("Alla fine del corteo i sindacati hanno chiesto un incontro al governo, dicono.",),
              note="a slogan in capitals, between paragraphs"),
        keeps("I have lived in this town for forty years and I urge the council to think again. MARGARET "
              "HOLLOWAY",
              before=("The council's plan would close the library on Sundays, officials said on Monday.",),
              after=("Councillors will vote on the plan next month, the town clerk said.",),
              note="a letter's last paragraph, signed in capitals: a reader's voice"),
        keeps("Los vecinos votaron el lunes en la plaza mayor y el alcalde aceptó el resultado de la "
              "consulta sin discutir. Jaime Osuna", note="a paragraph closed by a name, not by capitals"),
        keeps("Die Polizei ermittelt nun wegen Brandstiftung. (dpa)",
              before=("Das Feuer brach am Dienstagabend in einer Lagerhalle aus, verletzt wurde niemand.",),
              after=(), note="an agency signing the article off after its last paragraph"),
        keeps("Reuters reported the talks had stalled on Tuesday, and the markets fell.",
              note="a sentence naming an agency"),
        removes("Ein umgestürzter Baum auf der Landstraße bei Celle NFB",
                note="initials glued to a caption without a mark, after a place"),
        removes("De ondergelopen kelder van het gemeentehuis in Assen Regio Oost / Sanne Bakker"),
        removes("Les secours sur l'autoroute près de Mâcon © Paul Girard"),
        removes("Der Bahnhof am Montagmorgen: Die Bahn verkehrt nicht. Keystone/Jean-Christophe Bott",
                note="a double first name"),
        removes("Vecinos en la plaza mayor de Teruel CARLOS MENA"),
        removes("Firefighters at the harbour in Galway Niamh Byrne / GWP"),
        removes("Lo stadio allagato dopo il temporale a Cremona Giorgio Riva (ANSA)"),
        removes("Un barco pesquero en el puerto de Vigo, este lunes. Lucía Pardo / NFB"),
        removes("Ein umgestürzter Baum auf der Landstraße bei Celle", after=("Max Muster / NFB",
                "Die Feuerwehr räumte die Straße in zwei Stunden, verletzt wurde nach Angaben der Polizei "
                "niemand."), note="the caption above a credit alone on its line"),
        removes("Een omgevallen boom op de N34 bij Meppel beeld NFB", note="a media word and initials"),
        removes("Un árbol caído en la carretera cerca de Lugo.NFB", note="glued to the full stop"),
        removes("Un albero caduto sulla provinciale vicino a Modena - Gianni Bassi / NFB"),
        keeps("Reaktionen aus der Polizei Hamburg", note="a sub-heading that ends in a place"),
        keeps("Der Streit um die Rente – SPD", note="a kicker's subject after a dash, not a credit"),
        keeps("Die Kanzlerin zeigte das Foto Max Ernst", note="a media word after an article"),
        keeps("A timeline of the dispute with the NFB", note="initials after an article: the object"),
        keeps("Die Rolle von König Charles III", note="a numeral"),
        keeps("Nuovo amministratore delegato per la Ferrovie Alpine SPA", note="a company's form"),
        keeps("Votes are counted in the hall in Ottawa NFB",
              before=("The National Farmers Board, the NFB, said the vote was close.",),
              note="initials the article's prose uses: its subject, not a credit"),
        keeps("Olaf Scholz / Friedrich Merz", before=("Die Lage am Abend",),
              after=("Beide Kandidaten traten am Abend im Fernsehen gegeneinander an, der Ton war scharf.",),
              note="two people: no outlet beside the name"),
    ),
)


_WATCH = concept("watch-call")
_WATCH_CALLS, _WATCH_LINKS, _WATCH_MEDIA = (
    alternatives(_WATCH.get(key)) for key in ("calls", "links", "media")
)
# A word of the caption's one clause: no sentence mark, no comma, no metadata mark (a player's "· 12 min"),
# and no dash standing alone, which opens a teaser's headline ("GUARDA IL VIDEO - Il crollo del ponte").
_CLAUSE_WORD = r"[^\s.!?:;,·•|–—-][^\s.!?:;,·•|–—]*"
# A duration in brackets after the video's title: "(2'14'')", "(1:45)".
_DURATION = r"""\(\s*\d{1,2}\s*(?:['’:.]\s*\d\d\s*(?:''|["”’]{1,2})?|min\.?)\s*\)"""

WATCH_CALL = PatternRule(
    code="CRD013",
    name="watch-call",
    category=Category.CREDIT,
    summary="A video's caption calling to watch it, in every language: 'Guarda il servizio del TG Regione'.",
    message="call to watch a video",
    languages=_WATCH.languages,
    keywords=starts(*(keyword_of(call) for call in _WATCH.get("calls"))),
    max_words=30,
    unless=speech_veto(LANGUAGES),
    pattern=rf"""(?:{_WATCH_CALLS})\s+(?:{_WATCH_LINKS})(?:(?<=['’])|\s+)(?:[\w'’-]+\s+){{0,2}}?
        (?:{_WATCH_MEDIA})(?![\w'’-])(?:\s+{_CLAUSE_WORD}){{1,25}}(?:\s*{_DURATION})?""",
    safety="The call opens the block (a call with a colon is a teaser's, REL010), an article, a possessive "
    "or 'here' follows it, the video within three more words, and the rest is one clause without a full "
    "stop, a colon, a comma or a dash: a sentence that asks to look at pictures goes on, a sub-heading "
    "whose 'watch' is a noun has no article after it, and reported speech vetoes it.",
    examples=(
        removes("Guarda il servizio del TG Regione (2'14'')"),
        keeps("Watch footage became evidence in the trial of the jeweller.",
              note="the video right after the call: a noun, not its object"),
        *_WATCH.examples,
    ),
)



# A credit's word in a gallery: a capitalised word, a name's particle, or what joins two names.
_CREDIT_WORD = re.compile(
    r"(?:[A-ZÀ-Þ0-9][\w'’.&/-]*|&|and|of|the|de|da|di|del|van|von|der|y|et|und|e|en)[,/]?")
_CREDIT_JOIN = re.compile(r"[A-Za-zÀ-ÿ.)]\s*[,/]\s*[A-ZÀ-Þ]")  # "Jane Doe, AP", "Jane Doe/Netflix"


@dataclass(frozen=True, kw_only=True, repr=False)
class GalleryCreditRun(ContextRule):
    """Remove the credits of a gallery flattened into the text: each caption, then its credit.

    A gallery of pictures becomes caption, credit, caption, credit... A credit is a short line of
    names ("Jane Doe, The Network", "Studio Pictures", "Jane Doe/Agency"), none of which the caption
    below it names. Four or more in strict alternation with captions, at least half of them joining
    two names with a comma or a slash, make the run; a listicle's sub-headings name what their
    paragraph is about, and seldom join two names.
    """

    max_words: int = 9
    min_run: int = 4
    min_caption_words: int = 8

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        run: list[int] = []
        for i in range(1, len(page)):
            if self._is_credit(page, i):
                if run and i - run[-1] != 2:
                    yield from self._close(page, run)
                    run = []
                run.append(i)
        yield from self._close(page, run)

    def _close(self, page: Page, run: list[int]) -> Iterator[Finding]:
        joined = sum(1 for i in run if _CREDIT_JOIN.search(page.core(i)))
        if len(run) >= self.min_run and 2 * joined >= len(run):
            for i in run:
                # A credit another rule took stays its; a lone name the caption above names too may be
                # the caption's own last words ("… on Netflix" / "Netflix"), and stays.
                if page.verdicts[i] is None and not _all_named(page.core(i), page.core(i - 1)):
                    yield Finding(i, page.core(i), anchor=i - 1)

    def _is_credit(self, page: Page, i: int) -> bool:
        core = page.core(i)
        verdict = page.verdicts[i]
        return (
            (verdict is None or verdict.rule.category is Category.CREDIT)
            # Counted up to the limit first: every paragraph of the page is asked.
            and 0 < page.words(i, self.max_words) <= self.max_words
            and not core.endswith((".", "!", "?", ":"))
            and all(_CREDIT_WORD.fullmatch(word) for word in core.split())
            and page.words(i - 1, 200) >= self.min_caption_words
            and not _names_in(core, page.core(i + 1) if i + 1 < len(page) else "")
        )


def _all_named(credit: str, text: str) -> bool:
    """Whether ``text`` names every capitalised word of the credit of three letters or more."""
    names = [word for word in re.findall(r"[\w'’&-]+", credit) if len(word) >= 3 and word[:1].isupper()]
    return bool(names) and all(word in text for word in names)


def _names_in(credit: str, text: str) -> bool:
    """Whether ``text`` names one of the credit's capitalised words of three letters or more."""
    return any(len(word) >= 3 and word[:1].isupper() and word in text
               for word in re.findall(r"[\w'’&-]+", credit))


GALLERY_CREDIT_RUN = GalleryCreditRun(
    code="CRD120",
    name="gallery-credit-run",
    category=Category.CREDIT,
    summary="A flattened gallery's credits: short lines of names, each under its caption, four or more.",
    message="credit in a gallery",
    safety="Four or more short lines of capitalised names in strict alternation with captions of eight "
    "words or more, at least half joining two names with a comma or slash, none named in the paragraph "
    "below it; a sub-heading names what its paragraph is about.",
    examples=(
        removes("Pia Lund, Nordic Screen",
                before=("The intro to the guide says there is something for every taste this weekend.",
                        "If you want a slow-burning thriller, try the Danish series about a ferry "
                        "that sinks.",
                        "Tor Aas, Nordic Screen",
                        "If you want something light, the baking contest returns with twelve new bakers.",
                        "Kari Holm/Channel Five",
                        "If you want a documentary, the one about the glaciers is the season's best.",
                        "Polar Films",
                        "If you want a classic, the old western has been restored and looks superb."),
                after=("The guide returns next week with picks for the holidays.",)),
        keeps("Tor Aas, Nordic Screen",
              before=("The intro to the guide says there is something for every taste this weekend.",
                      "If you want a slow-burning thriller, try the Danish series about a ferry that sinks."),
              after=("The guide returns next week with picks for the holidays.",),
              note="one credit alone"),
        keeps("Lisbon, Portugal",
              before=("Here are the cities our readers loved most this year, in no particular order.",
                      "Porto, Portugal", "Porto's riverside cellars drew the most votes, and its "
                      "bridges too.",
                      "Seville, Spain", "Seville won for its gardens, its tiles and the evening walks."),
              after=("Lisbon's trams and viewpoints made it the readers' favourite capital.",
                     "Bruges, Belgium", "Bruges charmed readers with its canals and its chocolate shops."),
              note="sub-headings the paragraph below them names"),
    ),
)

RULES = (
    CHART_CAPTION,  # before the credit line, which reads a chart's caption as its credit
    PLAYED_VIDEO,
    PHOTO_CREDIT_LINE,
    NAME_CREDIT_LINE,
    CAPTION_LED_BY_CREDIT,
    AI_IMAGE_LABEL,
    VIDEO_LENGTH_AND_SOURCE,
    WATCH_CALL,
    CAPTION_WITH_CREDIT,
    CAPTION_WITH_SOURCE,
    CAPTION_WITH_CREDIT_TAIL,  # after the rules that read a caption's credit more closely
    IMAGE_FILE_NAME,
    CAPTION_LABEL,
    CAPTION_BELOW_FILE_NAME,
    PLAYER_LENGTH,
    SIGNED_CAPTION,
    CAPTION_ABOVE_CREDIT,  # after SIGNED_CAPTION, whose credits alone on their line it reads too
    FIGURE_CAPTION,
    CREDIT_ELEMENT,
    GALLERY_FURNITURE,
    SOCIAL_EMBED,
    DATA_CREDIT,
    PICTURED_CAPTION,
    SCREENSHOT_CAPTION,
    GALLERY_CREDIT_RUN,
)
