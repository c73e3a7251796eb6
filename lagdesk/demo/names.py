"""Name pools for the demo people, with the diacritics real registers are full of.

Real names exercise what ASCII test data never does: sorting, searching and exporting
"Łukasz Żukowski" or "Małgorzata Dąbrowska" in every language the app ships.
"""

from __future__ import annotations

import unicodedata

POLISH_FEMALE = (
    "Agata", "Agnieszka", "Aleksandra", "Alicja", "Anita", "Anna", "Barbara", "Beata",
    "Bogusława", "Bożena", "Danuta", "Dominika", "Dorota", "Edyta", "Elżbieta", "Ewa",
    "Ewelina", "Gabriela", "Grażyna", "Halina", "Hanna", "Ilona", "Iwona", "Jadwiga",
    "Jolanta", "Joanna", "Julia", "Justyna", "Karolina", "Katarzyna", "Kinga", "Krystyna",
    "Łucja", "Lucyna", "Magdalena", "Małgorzata", "Marzena", "Monika", "Natalia",
    "Patrycja", "Paulina", "Renata", "Sylwia", "Teresa", "Urszula", "Wanda", "Weronika",
    "Wiesława", "Żaneta", "Zofia",
)  # fmt: skip

POLISH_MALE = (
    "Adrian", "Andrzej", "Artur", "Bartłomiej", "Bogdan", "Dariusz", "Dawid", "Grzegorz",
    "Henryk", "Ireneusz", "Jacek", "Jakub", "Janusz", "Jarosław", "Jędrzej", "Józef",
    "Kacper", "Kamil", "Krzysztof", "Leszek", "Łukasz", "Maciej", "Marcin", "Marek",
    "Mariusz", "Mateusz", "Michał", "Mikołaj", "Paweł", "Piotr", "Przemysław", "Radosław",
    "Rafał", "Robert", "Ryszard", "Sebastian", "Sławomir", "Stanisław", "Szymon",
    "Tadeusz", "Tomasz", "Witold", "Wojciech", "Zbigniew", "Zdzisław",
)  # fmt: skip

#: Surnames with a feminine form: Kowalski / Kowalska.
POLISH_ADJECTIVAL_SURNAMES = (
    "Adamski", "Andrzejewski", "Borkowski", "Chmielewski", "Czarnecki", "Czerwiński",
    "Dąbrowski", "Głowacki", "Górski", "Grabowski", "Jabłoński", "Jakubowski", "Jankowski",
    "Jasiński", "Jaworski", "Kalinowski", "Kamiński", "Kowalski", "Kozłowski", "Kucharski",
    "Kwiatkowski", "Lewandowski", "Łukaszewski", "Maciejewski", "Majewski", "Malinowski",
    "Michalski", "Nowakowski", "Nowicki", "Olszewski", "Ostrowski", "Pawłowski",
    "Piotrowski", "Rutkowski", "Sadowski", "Sawicki", "Sokołowski", "Świątkowski",
    "Szczepański", "Tomaszewski", "Urbański", "Wasilewski", "Wiśniewski", "Witkowski",
    "Wojciechowski", "Wróblewski", "Wysocki", "Zalewski", "Zawadzki", "Zieliński",
    "Żukowski",
)  # fmt: skip

#: Surnames that are the same for women and men.
POLISH_INVARIANT_SURNAMES = (
    "Bąk", "Baran", "Cieślak", "Duda", "Dudek", "Kaczmarek", "Kaźmierczak", "Kołodziej",
    "Kowalczyk", "Krawczyk", "Król", "Kubiak", "Lis", "Marciniak", "Mazur", "Mazurek",
    "Michalak", "Nowak", "Pawlak", "Pietrzak", "Sikora", "Sobczak", "Stępień", "Szewczyk",
    "Szymczak", "Walczak", "Wieczorek", "Wilk", "Włodarczyk", "Wójcik", "Woźniak",
    "Wróbel", "Zając", "Żak",
)  # fmt: skip

#: First names (female, male) and surnames for the other partner countries of the network.
FOREIGN_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "PT": (
        ("Ana", "Beatriz", "Inês", "Joana", "Margarida", "Sofia"),
        ("António", "João", "José", "Luís", "Rui", "Tiago"),
        ("Araújo", "Carvalho", "Ferreira", "Gonçalves", "Magalhães", "Sousa"),
    ),
    "HR": (
        ("Ana", "Ivana", "Marija", "Petra", "Tea", "Željka"),
        ("Ivan", "Josip", "Luka", "Marko", "Tomislav", "Zoran"),
        ("Babić", "Horvat", "Jurić", "Kovačević", "Marić", "Šarić"),
    ),
    "IT": (
        ("Chiara", "Francesca", "Giulia", "Maria", "Rosaria", "Valentina"),
        ("Alessandro", "Antonio", "Francesco", "Giuseppe", "Niccolò", "Salvatore"),
        ("Bianchi", "Esposito", "La Rosa", "Lo Presti", "Romano", "Russo"),
    ),
    "RO": (
        ("Andreea", "Elena", "Ioana", "Mihaela", "Ștefania", "Teodora"),
        ("Andrei", "Bogdan", "Ion", "Mihai", "Radu", "Ștefan"),
        ("Dumitrescu", "Ionescu", "Pop", "Popescu", "Rădulescu", "Țurcanu"),
    ),
    "SE": (
        ("Anna", "Ingrid", "Karin", "Linnéa", "Maja", "Åsa"),
        ("Björn", "Erik", "Johan", "Lars", "Nils", "Sören"),
        ("Andersson", "Bergström", "Johansson", "Lindqvist", "Nyström", "Öberg"),
    ),
    "HU": (
        ("Anna", "Eszter", "Katalin", "Réka", "Zsófia", "Éva"),
        ("Balázs", "Gábor", "István", "László", "Péter", "Zoltán"),
        ("Farkas", "Horváth", "Kiss", "Nagy", "Szabó", "Tóth"),
    ),
    "BA": (
        ("Amra", "Lejla", "Maja", "Selma", "Amina", "Jasmina"),
        ("Adnan", "Emir", "Haris", "Kenan", "Mirza", "Nedim"),
        ("Begić", "Delić", "Hodžić", "Kovačević", "Mehmedović", "Šehić"),
    ),
    "ES": (
        ("Carmen", "Lucía", "María", "Marta", "Núria", "Pilar"),
        ("Javier", "Jordi", "José", "Pablo", "Sergio", "Vicente"),
        ("Fernández", "García", "Martínez", "Moltó", "Pérez", "Sanchís"),
    ),
    "LV": (
        ("Anna", "Ilze", "Laura", "Līga", "Sanita", "Zane"),
        ("Andris", "Jānis", "Kārlis", "Mārtiņš", "Pēteris", "Raimonds"),
        ("Bērziņš", "Kalniņš", "Krūmiņš", "Liepiņš", "Ozoliņš", "Zariņš"),
    ),
}

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D"})


def surname_for(country: str, surname: str, female: bool) -> str:
    """The form of a surname a woman bears where the language inflects it.

    Polish adjectival surnames (Kowalski -> Kowalska) and Latvian ones (Bērziņš -> Bērziņa).
    """
    if female and country == "PL" and surname.endswith("i"):
        return surname[:-1] + "a"
    if female and country == "LV" and surname.endswith("š"):
        return surname[:-1] + "a"
    return surname


def ascii_fold(text: str) -> str:
    """Lower-case ASCII for e-mail addresses: "Łucja Żak" -> "lucja zak"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if ch.isascii()).lower()


def email_local_part(first_name: str, last_name: str) -> str:
    first = ascii_fold(first_name).replace(" ", "")
    last = ascii_fold(last_name).replace(" ", "")
    return f"{first}.{last}"
