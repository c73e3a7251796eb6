"""Who is who in the Koszalin local group of the GenProcure network (demo data).

Organisations are a mix of real public bodies and invented businesses and NGOs; every
person is invented. Keys are short handles the other demo modules use to refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lagdesk.db.codes import Gender, GroupKind, MemberRole, Sector

F, M = Gender.FEMALE, Gender.MALE
UNKNOWN, NOT_SAID = Gender.UNKNOWN, Gender.PREFER_NOT_TO_SAY

#: The local group was set up at the kick-off meeting.
ULG_FOUNDED = date(2023, 9, 26)
FIRST_MAPPING = ULG_FOUNDED
SECOND_MAPPING = date(2024, 10, 22)


@dataclass(frozen=True)
class OrganisationData:
    key: str
    name: str
    sector: Sector
    subtype: str
    domain: str
    phone: str
    website: str = ""


@dataclass(frozen=True)
class PersonData:
    key: str
    first_name: str
    last_name: str
    gender: Gender
    organisation: str | None
    role: str
    #: Group keys, optionally "group:role" (default role member).
    groups: tuple[str, ...]
    power: int
    interest: int


ORGANISATIONS: tuple[OrganisationData, ...] = (
    # public
    OrganisationData("um", "Urząd Miejski w Koszalinie", Sector.PUBLIC, "city hall", "um.koszalin.example", "+48 94 348 86 00", "https://www.koszalin.pl"),
    OrganisationData("mops", "Miejski Ośrodek Pomocy Społecznej w Koszalinie", Sector.PUBLIC, "social welfare centre", "mops.koszalin.example", "+48 94 342 09 41"),
    OrganisationData("pup", "Powiatowy Urząd Pracy w Koszalinie", Sector.PUBLIC, "labour office", "pup.koszalin.example", "+48 94 344 71 00"),
    OrganisationData("cuwo", "Centrum Usług Wspólnych Oświaty w Koszalinie", Sector.PUBLIC, "shared services for schools", "cuwo.koszalin.example", "+48 94 316 34 10"),
    OrganisationData("mzd", "Miejski Zarząd Dróg i Zieleni w Koszalinie", Sector.PUBLIC, "municipal roads and greenery", "mzdz.koszalin.example", "+48 94 317 22 50"),
    OrganisationData("mwik", "Miejskie Wodociągi i Kanalizacja Sp. z o.o. w Koszalinie", Sector.PUBLIC, "municipal company", "mwik.koszalin.example", "+48 94 346 35 11"),
    # private
    OrganisationData("pig", "Północna Izba Gospodarcza", Sector.PRIVATE, "chamber of commerce", "pig.koszalin.example", "+48 94 343 05 52"),
    OrganisationData("catering", "Smaki Pomorza Sp. z o.o.", Sector.PRIVATE, "catering company (SME)", "smakipomorza.example", "+48 601 342 118"),
    OrganisationData("budowa", "Bałtyk-Bud Sp. z o.o.", Sector.PRIVATE, "construction company", "baltykbud.example", "+48 94 345 90 20"),
    OrganisationData("sprzatanie", "Czysty Dom Żaneta Stępień", Sector.PRIVATE, "sole trader, women-led", "czystydom.example", "+48 693 204 517"),
    OrganisationData("it", "KoszIT Software Sp. z o.o.", Sector.PRIVATE, "IT services (SME)", "koszit.example", "+48 94 340 11 90"),
    OrganisationData("bank", "Bank Spółdzielczy w Koszalinie", Sector.PRIVATE, "cooperative bank", "bs.koszalin.example", "+48 94 347 62 00"),
    # civic
    OrganisationData("fundacja", "Fundacja Równe Szanse Pomorze", Sector.CIVIC, "foundation, gender equality", "rowneszanse.example", "+48 512 880 431"),
    OrganisationData("spoldzielnia", "Spółdzielnia Socjalna „Pod Dębami”", Sector.CIVIC, "social cooperative", "poddebami.example", "+48 694 117 302"),
    OrganisationData("owes", "Ośrodek Wsparcia Ekonomii Społecznej w Koszalinie", Sector.CIVIC, "social economy support centre", "owes.koszalin.example", "+48 94 341 27 73"),
    OrganisationData("kobiety", "Stowarzyszenie Przedsiębiorczych Kobiet Pomorza", Sector.CIVIC, "association of women entrepreneurs", "spkp.example", "+48 505 611 249"),
    OrganisationData("eko", "Stowarzyszenie Ekologiczne „Łąka”", Sector.CIVIC, "environmental NGO", "laka.example", "+48 608 355 190"),
    OrganisationData("razem", "Stowarzyszenie Osób Niepełnosprawnych „Razem”", Sector.CIVIC, "disability association", "razem.koszalin.example", "+48 94 342 55 08"),
    # knowledge
    OrganisationData("tu", "Politechnika Koszalińska", Sector.KNOWLEDGE, "university of technology", "tu.koszalin.example", "+48 94 347 84 00", "https://www.tu.koszalin.pl"),
    OrganisationData("instytut", "Instytut Zamówień Publicznych i Rozwoju Lokalnego", Sector.KNOWLEDGE, "research institute", "izprl.example", "+48 58 320 14 70"),
    OrganisationData("cku", "Centrum Kształcenia Ustawicznego w Koszalinie", Sector.KNOWLEDGE, "adult education centre", "cku.koszalin.example", "+48 94 342 31 96"),
)  # fmt: skip

PEOPLE: tuple[PersonData, ...] = (
    PersonData("wojcik", "Agnieszka", "Wójcik", F, "um", "koordynatorka Grupy URBACT", ("ulg:coordinator", "wg_clauses:coordinator", "steering:coordinator", "newsletter"), 3, 5),
    PersonData("zielinski", "Łukasz", "Zieliński", M, "um", "naczelnik Wydziału Zamówień Publicznych", ("ulg", "wg_clauses:chair", "steering", "newsletter"), 5, 4),
    PersonData("dabrowska", "Małgorzata", "Dąbrowska", F, "um", "zastępczyni prezydenta miasta", ("ulg:chair", "steering:chair"), 5, 3),
    PersonData("kaminski", "Paweł", "Kamiński", M, "um", "specjalista ds. zamówień publicznych", ("ulg", "wg_clauses", "wg_green"), 3, 4),
    PersonData("lewandowska", "Katarzyna", "Lewandowska", F, "um", "specjalistka ds. zamówień publicznych", ("ulg", "wg_clauses", "newsletter"), 3, 4),
    PersonData("borkowski", "Sebastian", "Borkowski", M, "um", "rzecznik prasowy", ("newsletter",), 3, 2),
    PersonData("kozlowska", "Ewa", "Kozłowska", F, "mops", "dyrektorka", ("ulg", "steering"), 4, 4),
    PersonData("jankowski", "Grzegorz", "Jankowski", UNKNOWN, "mops", "specjalista pracy socjalnej", ("ulg", "wg_market"), 2, 3),
    PersonData("mazur", "Joanna", "Mazur", F, "pup", "doradczyni zawodowa", ("ulg", "wg_market", "newsletter"), 3, 3),
    PersonData("wojciechowski", "Krzysztof", "Wojciechowski", M, "cuwo", "dyrektor", ("ulg", "wg_green"), 4, 3),
    PersonData("kwiatkowska", "Magdalena", "Kwiatkowska", F, "cuwo", "specjalistka ds. żywienia", ("ulg", "wg_green", "newsletter"), 2, 5),
    PersonData("krawczyk", "Tomasz", "Krawczyk", M, "mzd", "inspektor ds. oświetlenia ulicznego", ("ulg", "wg_green"), 3, 2),
    PersonData("kaczmarek", "Barbara", "Kaczmarek", F, "mwik", "kierowniczka działu zakupów", ("ulg", "wg_green"), 3, 3),
    PersonData("piotrowski", "Piotr", "Piotrowski", M, "pig", "prezes", ("ulg", "steering", "newsletter"), 4, 3),
    PersonData("grabowska", "Aleksandra", "Grabowska", F, "pig", "specjalistka ds. projektów", ("ulg", "wg_market", "newsletter"), 2, 4),
    PersonData("nowakowski", "Marcin", "Nowakowski", M, "catering", "właściciel", ("ulg", "wg_market"), 2, 4),
    PersonData("michalski", "Jarosław", "Michalski", M, "budowa", "dyrektor ds. ofert", ("ulg",), 3, 2),
    PersonData("stepien", "Żaneta", "Stępień", F, "sprzatanie", "właścicielka", ("ulg", "wg_market", "newsletter"), 1, 5),
    PersonData("swiatkowski", "Bartłomiej", "Świątkowski", M, "it", "kierownik projektów", ("ulg",), 2, 2),
    PersonData("pawlowska", "Dorota", "Pawłowska", F, "bank", "dyrektorka oddziału", ("newsletter",), 3, 1),
    PersonData("nowicka", "Beata", "Nowicka", F, "fundacja", "prezeska zarządu", ("ulg", "wg_clauses", "steering", "newsletter"), 3, 5),
    PersonData("pawlak", "Justyna", "Pawlak", F, "fundacja", "trenerka ds. równości", ("ulg", "wg_clauses", "newsletter"), 2, 5),
    PersonData("witkowski", "Mateusz", "Witkowski", NOT_SAID, "fundacja", "wolontariusz", ("ulg",), 1, 4),
    PersonData("walczak", "Bożena", "Walczak", F, "spoldzielnia", "prezeska spółdzielni", ("ulg", "wg_market", "newsletter"), 2, 5),
    PersonData("kolodziej", "Przemysław", "Kołodziej", M, "spoldzielnia", "kucharz, członek spółdzielni", ("ulg",), 1, 4),
    PersonData("gorska", "Halina", "Górska", F, "owes", "doradczyni ds. ekonomii społecznej", ("ulg", "wg_market:chair", "newsletter"), 3, 5),
    PersonData("rutkowski", "Jędrzej", "Rutkowski", M, "owes", "animator ekonomii społecznej", ("ulg", "wg_market"), 2, 4),
    PersonData("michalak", "Urszula", "Michalak", F, "kobiety", "przewodnicząca", ("ulg", "wg_clauses", "newsletter"), 2, 5),
    PersonData("olszewska", "Elżbieta", "Olszewska", F, "kobiety", "członkini zarządu", ("ulg", "wg_market"), 2, 4),
    PersonData("sikora", "Kamil", "Sikora", M, "eko", "koordynator projektów", ("ulg", "wg_green:chair", "newsletter"), 2, 5),
    PersonData("szewczyk", "Grażyna", "Szewczyk", F, "razem", "prezeska", ("ulg", "wg_clauses"), 2, 4),
    PersonData("wroblewska", "Zofia", "Wróblewska", F, "tu", "profesor, Wydział Nauk Ekonomicznych", ("ulg:expert", "steering:expert", "newsletter"), 3, 4),
    PersonData("zalewski", "Mikołaj", "Zalewski", M, "tu", "adiunkt, Katedra Zarządzania", ("ulg", "wg_green"), 2, 3),
    PersonData("czarnecka", "Natalia", "Czarnecka", F, "tu", "doktorantka", ("ulg", "wg_clauses"), 1, 5),
    PersonData("jasinski", "Henryk", "Jasiński", UNKNOWN, "instytut", "analityk rynku zamówień", ("ulg:expert",), 2, 3),
    PersonData("zawadzka", "Teresa", "Zawadzka", F, "cku", "wicedyrektorka", ("ulg",), 2, 3),
    PersonData("sadowski", "Stanisław", "Sadowski", M, None, "przewodniczący zarządu osiedla", ("ulg:observer",), 2, 3),
    PersonData("bak", "Alicja", "Bąk", UNKNOWN, None, "mieszkanka", ("newsletter",), 1, 3),
    PersonData("chmielewski", "Radosław", "Chmielewski", M, None, "radny Rady Miejskiej", ("ulg:observer",), 4, 2),
    PersonData("kazmierczak", "Łucja", "Kaźmierczak", F, None, "studentka", ("newsletter",), 1, 4),
    PersonData("kucharski", "Andrzej", "Kucharski", M, "budowa", "kierownik budowy", (), 2, 1),
)  # fmt: skip


@dataclass(frozen=True)
class GroupData:
    key: str
    name: str
    kind: GroupKind
    parent: str | None
    description: str


GROUPS: tuple[GroupData, ...] = (
    GroupData("ulg", "Grupa URBACT Koszalin (GenProcure)", GroupKind.LOCAL_GROUP, None, "Lokalna grupa URBACT projektu GenProcure: współtworzy Zintegrowany Plan Działań w zakresie zamówień publicznych uwzględniających równość płci."),
    GroupData("steering", "Komitet sterujący", GroupKind.STEERING_BOARD, "ulg", "Zatwierdza kierunki planu i decyduje o zasobach miasta."),
    GroupData("wg_clauses", "Grupa robocza: klauzule społeczne i równościowe", GroupKind.WORKING_GROUP, "ulg", "Wzory klauzul, lista kontrolna wpływu na równość płci, szkolenia."),
    GroupData("wg_market", "Grupa robocza: lokalni dostawcy i ekonomia społeczna", GroupKind.WORKING_GROUP, "ulg", "Dialog z rynkiem, zamówienia zastrzeżone, wsparcie firm prowadzonych przez kobiety."),
    GroupData("wg_green", "Grupa robocza: zielone zamówienia", GroupKind.WORKING_GROUP, "ulg", "Kryteria GPP, rachunek kosztów cyklu życia, żywienie w szkołach, oświetlenie."),
    GroupData("newsletter", "Newsletter GenProcure Koszalin", GroupKind.MAILING, None, "Osoby, które zgodziły się otrzymywać newsletter."),
)  # fmt: skip

#: Members who joined after the kick-off (person key -> joined).
LATE_JOINERS: dict[str, date] = {
    "stepien": date(2024, 1, 23),
    "swiatkowski": date(2024, 4, 16),
    "olszewska": date(2024, 1, 23),
    "kolodziej": date(2024, 5, 21),
    "czarnecka": date(2024, 10, 22),
    "zawadzka": date(2024, 4, 16),
    "jasinski": date(2023, 10, 24),
}

#: Members who left the local group (person key -> left).
LEAVERS: dict[str, date] = {
    "michalski": date(2024, 6, 30),
    "witkowski": date(2024, 3, 31),
    "krawczyk": date(2025, 1, 31),
}

#: Organisations that are members as bodies, besides their staff.
ORGANISATION_MEMBERS: tuple[tuple[str, str, MemberRole], ...] = (
    ("ulg", "pig", MemberRole.MEMBER),
    ("ulg", "tu", MemberRole.MEMBER),
    ("ulg", "owes", MemberRole.MEMBER),
)

#: The second stakeholder mapping, a year on (person key -> power, interest).
REASSESSED: dict[str, tuple[int, int]] = {
    "zielinski": (5, 5),
    "dabrowska": (5, 4),
    "wojciechowski": (4, 5),
    "piotrowski": (4, 4),
    "nowakowski": (2, 5),
    "stepien": (2, 5),
    "walczak": (3, 5),
    "gorska": (3, 5),
    "chmielewski": (4, 4),
    "krawczyk": (3, 1),
    "swiatkowski": (2, 3),
}

#: Consents withdrawn after they were given: (person key, purpose code) -> withdrawn on.
WITHDRAWN_CONSENTS: dict[tuple[str, str], date] = {
    ("pawlowska", "newsletter"): date(2024, 11, 5),
    ("olszewska", "photo_publication"): date(2024, 6, 3),
    ("jankowski", "contact_sharing"): date(2025, 2, 10),
}

#: Organisation-level scores from the first mapping (organisation key -> power, interest).
ORGANISATION_SCORES: dict[str, tuple[int, int]] = {
    "um": (5, 5),
    "pig": (4, 3),
    "tu": (3, 4),
    "mops": (3, 4),
    "bank": (3, 1),
}
