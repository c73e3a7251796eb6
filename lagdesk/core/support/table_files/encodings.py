"""Which text encoding a CSV file is in, when the file does not say.

Excel saves "CSV UTF-8" (with a byte order mark) or plain "CSV", which is the Windows code
page of the user's locale: 1250 in Poland and Romania, 1251 in Bulgaria, 1257 in Latvia,
1252 in Western Europe. The bytes do not name the code page, so lagdesk guesses:

1. A byte order mark decides (UTF-8, UTF-16).
2. Text that decodes as strict UTF-8 is UTF-8 (legacy text with accents almost never does).
3. Otherwise every candidate code page that decodes the sample without error is scored on
   the words that hold non-ASCII characters. A character earns +1 when it is a letter of
   the alphabets that code page is used for (Polish, Romanian, Croatian and Hungarian for
   1250; Bulgarian for 1251; Latvian, Lithuanian and Estonian for 1257; Portuguese,
   Italian, Spanish, Swedish, Danish and German for 1252) and -1 otherwise (a symbol such
   as ``³`` or ``¿`` in a name, a letter of another language, or a Cyrillic letter inside a
   Latin word). Punctuation and spaces do not count. The highest score wins.
4. Ties go to the code page of the UI language (the locale's, as Excel would have used),
   then to 1250, 1257, 1251, 1252 in that order.

The CSV reader adds one more signal before the score: the decoding under which more of
the header row reads as known column names wins ("Imię" is a header in 1250, "Imiê" is
not), which settles the short files where letters alone cannot.

The guess is a guess: the plan shows the names decoded, the candidates that were possible
and their scores, and the caller can name the encoding instead.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from lagdesk.i18n import current_language

UTF8_BOM = codecs.BOM_UTF8
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

CANDIDATES: tuple[str, ...] = ("cp1250", "cp1257", "cp1251", "cp1252")
CODE_PAGE_OF_LANGUAGE = {"pl": "cp1250", "ro": "cp1250", "lv": "cp1257", "bg": "cp1251"}
DEFAULT_CODE_PAGE = "cp1252"

LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1252": "Windows-1252",
    "cp1257": "Windows-1257",
}


def _with_upper(letters: str) -> frozenset[str]:
    return frozenset(letters + letters.upper())


ALPHABETS: dict[str, frozenset[str]] = {
    # Polish, Romanian (with cedillas: 1250 has no comma-below letters), Croatian, Hungarian.
    "cp1250": _with_upper("ąćęłńóśźż" + "ăâîşţ" + "čćđšž" + "áéíóöőúüű"),
    "cp1251": frozenset(chr(code) for code in range(0x410, 0x450)) | {"ё", "Ё"},
    # Latvian, Lithuanian, Estonian.
    "cp1257": _with_upper("āčēģīķļņšūž" + "ąčęėįšųūž" + "äõöüšž"),
    # Portuguese, Italian, Spanish, Swedish, Danish, German.
    "cp1252": _with_upper("áâãàçéêíóôõú" + "àèéìíòóù" + "áéíñóúü" + "åäöé" + "æøå" + "äöü") | {"ß"},
}

#: Words scored at most, so a large sample costs little.
MAX_SCORED_WORDS = 20_000
# A run of letters and other non-ASCII characters that holds at least one non-ASCII one.
_WORD_WITH_NON_ASCII = re.compile(
    r"(?:[^\W\d_]|[^\x00-\x7f])*[^\x00-\x7f](?:[^\W\d_]|[^\x00-\x7f])*"
)


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding chosen, and for a code-page guess the score of every candidate."""

    encoding: str
    #: True for a byte order mark or valid UTF-8; False for a code-page guess.
    certain: bool = True
    scores: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return encoding_label(self.encoding)


def encoding_label(name: str) -> str:
    """ "cp1250" -> "Windows-1250": the name a user meets in Excel's and LibreOffice's menus."""
    return LABELS.get(name, name)


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _neutral(char: str) -> bool:
    import unicodedata

    category = unicodedata.category(char)
    return category[0] in "PZ" or category == "Sc"


def score(text: str, code_page: str) -> int:
    """+1 per letter of the code page's alphabets, -1 per other non-ASCII character."""
    alphabet = ALPHABETS[code_page]
    total = 0
    for count, match in enumerate(_WORD_WITH_NON_ASCII.finditer(text)):
        if count >= MAX_SCORED_WORDS:
            break
        word = match.group()
        letters = [c for c in word if c.isalpha()]
        mixed = any(_is_cyrillic(c) for c in letters) and any(not _is_cyrillic(c) for c in letters)
        for char in word:
            if char.isascii() or _neutral(char):
                continue
            total += 1 if char in alphabet and not mixed else -1
    return total


def preference_order(preferred: str | None = None) -> list[str]:
    """Code pages in the order ties are broken: the UI language's first."""
    first = preferred or CODE_PAGE_OF_LANGUAGE.get(current_language(), DEFAULT_CODE_PAGE)
    return [first, *(name for name in CANDIDATES if name != first)]


def guess_encoding(
    sample: bytes, *, complete: bool, preferred: str | None = None
) -> EncodingGuess | None:
    """Guess the encoding of ``sample``, the start of a file (all of it when ``complete``).

    None when no candidate decodes it: the bytes are not text in any of these encodings.
    """
    if sample.startswith(UTF8_BOM):
        return EncodingGuess("utf-8-sig")
    if sample.startswith(UTF16_BOMS):
        return EncodingGuess("utf-16")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
    except UnicodeDecodeError:
        pass
    else:
        return EncodingGuess("utf-8")
    scores: dict[str, int] = {}
    for name in CANDIDATES:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        scores[name] = score(text, name)
    if not scores:
        return None
    order = preference_order(preferred)
    best = max(scores, key=lambda name: (scores[name], -order.index(name)))
    return EncodingGuess(best, certain=False, scores=scores)


def check_encoding_name(name: str) -> str:
    """The codec's Python name for a name a user typed ("Windows-1250", "utf8"); LookupError if none."""
    return codecs.lookup(name.strip()).name
