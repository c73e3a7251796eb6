"""The columns of a stakeholder file, and how a file's headers are matched to them.

People name columns in many ways ("E-mail", "Surname", "Nazwisko *", "Power (1-5)"), so a
header is reduced to a key before it is compared: case, accents, spaces, underscores,
hyphens, punctuation and a bracketed hint are ignored. A header matches a field when its
key equals the key of the field's English header, of that header in the UI language
(``translate("ImportColumns", ...)``), or of a known variant. The variants include the
usual headers of the first networks' languages (Polish, Latvian, Romanian, Bulgarian), so
a file made by a colleague who works in another language still reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lagdesk.core.support.table_files.cells import column_labels, header_key, spelled_key
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

#: Fields in the order of the export's columns.
FIELDS: tuple[str, ...] = (
    "organisation",
    "sector",
    "first_name",
    "last_name",
    "gender",
    "role",
    "email",
    "phone",
    "groups",
    "power",
    "interest",
    "notes",
)

#: The header the export writes, in English; translated in the "ImportColumns" context.
HEADERS: dict[str, str] = {
    "organisation": QT_TRANSLATE_NOOP("ImportColumns", "Organisation"),
    "sector": QT_TRANSLATE_NOOP("ImportColumns", "Sector"),
    "first_name": QT_TRANSLATE_NOOP("ImportColumns", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportColumns", "Last name"),
    "gender": QT_TRANSLATE_NOOP("ImportColumns", "Gender"),
    "role": QT_TRANSLATE_NOOP("ImportColumns", "Role"),
    "email": QT_TRANSLATE_NOOP("ImportColumns", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportColumns", "Phone"),
    "groups": QT_TRANSLATE_NOOP("ImportColumns", "Groups"),
    "power": QT_TRANSLATE_NOOP("ImportColumns", "Power"),
    "interest": QT_TRANSLATE_NOOP("ImportColumns", "Interest"),
    "notes": QT_TRANSLATE_NOOP("ImportColumns", "Notes"),
}

# Other headers people write for each field (English first, then pl, lv, ro, bg).
VARIANTS: dict[str, tuple[str, ...]] = {
    "organisation": (
        "organization", "organisation name", "organization name", "org", "institution",
        "company", "employer", "organizacja", "instytucja", "organizācija", "organizație",
        "instituție", "организация", "институция",
    ),
    "sector": ("sector type", "sektor", "sektors", "сектор"),
    "first_name": (
        "firstname", "given name", "forename", "first", "imię", "vārds", "prenume", "име",
        "собствено име",
    ),
    "last_name": (
        "lastname", "surname", "family name", "last", "nazwisko", "uzvārds", "nume",
        "nume de familie", "фамилия",
    ),
    "gender": ("sex", "płeć", "dzimums", "gen", "пол"),
    "role": (
        "position", "job title", "function", "role in organisation", "rola", "funkcja",
        "stanowisko", "loma", "amats", "rol", "funcție", "роля", "длъжност",
    ),
    "email": (
        "e-mail", "email address", "e-mail address", "mail", "adres e-mail", "e-pasts",
        "adresă de e-mail", "имейл", "е-поща", "електронна поща",
    ),
    "phone": (
        "telephone", "tel", "phone number", "mobile", "telefon", "numer telefonu", "tālrunis",
        "telefons", "телефон",
    ),
    "groups": ("group", "stakeholder groups", "grupy", "grupa", "grupas", "grupuri", "групи"),
    "power": ("influence", "wpływ", "siła", "ietekme", "putere", "influență", "влияние"),
    "interest": ("zainteresowanie", "interese", "interes", "интерес"),
    "notes": (
        "note", "comments", "comment", "remarks", "uwagi", "notatki", "piezīmes", "observații",
        "бележки",
    ),
}  # fmt: skip


def header(field_name: str) -> str:
    """The header of a field in the current language, as the export writes it."""
    return translate("ImportColumns", HEADERS[field_name])


def _known_keys() -> dict[str, str]:
    """Header key -> field; built per call because the UI language can change."""
    keys: dict[str, str] = {}
    for name in FIELDS:
        for text in (*VARIANTS[name], HEADERS[name].replace("_", " ")):
            keys.setdefault(header_key(text), name)
    for name in FIELDS:  # the UI language wins over a variant of another field
        translated = header_key(header(name))
        if translated:
            keys[translated] = name
    return keys


def is_spelled_header(text: str) -> bool:
    """True when ``text`` is a known header spelled with its own accents.

    Tells the right decoding of a file from a wrong one whose letters differ only in
    their accents, which header_key ignores.
    """
    spelled = {
        spelled_key(known)
        for name in FIELDS
        for known in (*VARIANTS[name], HEADERS[name], header(name))
    }
    return bool(text.strip()) and spelled_key(text) in spelled


def field_of_header(text: str) -> str | None:
    return _known_keys().get(header_key(text))


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of the file feeds which field.

    ``labels`` are the columns as a user names them: the header as written, or
    "column C" for a column without a header. ``fields`` maps a label to a field.
    """

    labels: tuple[str, ...]
    fields: dict[str, str] = field(default_factory=dict)
    #: Columns read by no field, by label, in file order.
    extra: tuple[str, ...] = ()

    def index_of(self, field_name: str) -> int | None:
        for index, label in enumerate(self.labels):
            if self.fields.get(label) == field_name:
                return index
        return None

    def label_of(self, field_name: str) -> str:
        for label, name in self.fields.items():
            if name == field_name:
                return label
        return header(field_name)

    @property
    def present(self) -> frozenset[str]:
        return frozenset(self.fields.values())


def match_columns(headers: Sequence[str], mapping: dict[str, str] | None = None) -> ColumnMapping:
    """Match headers to fields; ``mapping`` (label -> field, "" for none) replaces the guess.

    A field matched by two columns is read from the first; the second is an extra column.
    Raises ValueError naming a label or field that ``mapping`` gets wrong.
    """
    labels = column_labels(headers)
    fields: dict[str, str] = {}
    if mapping is not None:
        for label, name in mapping.items():
            if label not in labels:
                raise ValueError(label)
            if name and name not in FIELDS:
                raise ValueError(name)
            if name and name in fields.values():
                raise ValueError(name)
            if name:
                fields[label] = name
    else:
        known = _known_keys()
        for label, text in zip(labels, headers, strict=True):
            guess = known.get(header_key(text)) if text.strip() else None
            if guess is not None and guess not in fields.values():
                fields[label] = guess
    extra = tuple(label for label in labels if label not in fields)
    return ColumnMapping(labels, fields, extra)
