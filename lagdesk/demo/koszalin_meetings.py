"""The Koszalin local group's meetings, September 2023 to June 2025 (demo data).

Written the way a coordinator would: Polish titles, agendas, decisions and tasks, with
the participatory tools URBACT groups use. Times are local; the builder stores UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from lagdesk.db.codes import Gender, MeetingType, Sector

WARSAW = "Europe/Warsaw"
CITY_HALL = "Urząd Miejski w Koszalinie, Rynek Staromiejski 6-7, sala 108"
UNIVERSITY = "Politechnika Koszalińska, ul. Śniadeckiego 2, sala 204"
CULTURE_CENTRE = "Centrum Kultury 105, ul. Zwycięstwa 105, Koszalin"


@dataclass(frozen=True)
class TaskData:
    title: str
    owner: str
    due_on: date
    done_on: date | None = None
    decision: int | None = None


@dataclass(frozen=True)
class MeetingData:
    key: str
    type: MeetingType
    title: str
    day: date
    starts: time
    ends: time
    place: str = ""
    online_link: str = ""
    timezone: str = WARSAW
    #: A meeting over several days ends on this day.
    end_day: date | None = None
    invited_groups: tuple[str, ...] = ()
    #: People invited by name (a delegation) rather than through a group.
    invited_people: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    agenda: tuple[tuple[str, int, str], ...] = ()
    summary: str = ""
    decisions: tuple[str, ...] = ()
    tasks: tuple[TaskData, ...] = ()
    walk_ins: int = 0
    anonymous: tuple[tuple[Sector | None, Gender, int], ...] = ()
    #: Chance that an invited person came.
    turnout: float = 0.7
    notes: str = ""


MEETINGS: tuple[MeetingData, ...] = (
    MeetingData(
        "kickoff",
        MeetingType.LOCAL_GROUP_MEETING,
        "Spotkanie inaugurujące Grupę URBACT GenProcure",
        date(2023, 9, 26), time(16, 0), time(18, 30),
        place=CITY_HALL,
        invited_groups=("ulg",),
        tools=("power_interest_matrix",),
        agenda=(
            ("Powitanie i cele projektu GenProcure", 15, "Małgorzata Dąbrowska"),
            ("Sieć URBACT, partnerzy i harmonogram prac", 20, "Agnieszka Wójcik"),
            ("Mapowanie interesariuszy: macierz wpływu i zainteresowania", 60, "Agnieszka Wójcik"),
            ("Zasady pracy grupy i ochrona danych osobowych", 20, "Łukasz Zieliński"),
            ("Sprawy różne", 10, ""),
        ),
        summary="Zastępczyni prezydenta przedstawiła cele sieci GenProcure. Uczestnicy w parach ocenili wpływ i zainteresowanie kluczowych interesariuszy; najwięcej osób o dużym zainteresowaniu i małym wpływie to przedstawicielki organizacji pozarządowych i małych firm.",
        decisions=(
            "Powołuje się Grupę URBACT Koszalin oraz trzy grupy robocze: klauzule społeczne i równościowe, lokalni dostawcy i ekonomia społeczna, zielone zamówienia.",
            "Grupa spotyka się co najmniej raz na kwartał; materiały są rozsyłane tydzień przed spotkaniem.",
            "Wydział Zamówień Publicznych przygotuje przegląd umów powyżej 10 000 EUR z lat 2021–2022 pod kątem klauzul społecznych, środowiskowych i równościowych.",
        ),
        tasks=(
            TaskData("Rozesłać mapę interesariuszy i formularze zgód", "wojcik", date(2023, 10, 6), date(2023, 10, 5)),
            TaskData("Przegląd umów 2021–2022 jako punkt odniesienia wskaźników", "zielinski", date(2023, 12, 15), date(2024, 1, 10), 3),
        ),
        anonymous=((None, Gender.UNKNOWN, 2),),
        turnout=0.85,
    ),
    MeetingData(
        "problem_tree",
        MeetingType.THEMATIC_WORKSHOP,
        "Warsztat: drzewo problemów – dlaczego zamówienia pomijają równość płci?",
        date(2023, 10, 24), time(16, 0), time(19, 0),
        place=UNIVERSITY,
        invited_groups=("ulg",),
        tools=("problem_tree",),
        agenda=(
            ("Wprowadzenie: zamówienia a równość płci – dane z Koszalina", 20, "Zofia Wróblewska"),
            ("Praca w grupach: przyczyny i skutki", 90, "Justyna Pawlak"),
            ("Wspólne drzewo problemów", 40, "Agnieszka Wójcik"),
        ),
        summary="Trzy grupy zbudowały drzewa problemów, które złożono w jedno. Najczęściej wskazywane przyczyny: brak danych o płci w rejestrze umów, obawa przed odwołaniami do KIO, brak szkoleń oraz mała liczba ofert od podmiotów ekonomii społecznej.",
        decisions=(
            "Za problem główny przyjmuje się: kryteria inne niż cena stosuje się rzadko i bez wiedzy o ich wpływie na kobiety i mężczyzn.",
            "Grupa robocza ds. klauzul opracuje listę kontrolną wpływu zamówienia na równość płci.",
        ),
        tasks=(
            TaskData("Spisać drzewo problemów i przesłać do konsultacji", "wroblewska", date(2023, 11, 7), date(2023, 11, 6)),
            TaskData("Zebrać przykłady list kontrolnych od partnerów sieci", "lewandowska", date(2023, 11, 30), date(2023, 12, 4), 2),
        ),
        turnout=0.7,
    ),
    MeetingData(
        "site_visit",
        MeetingType.SITE_VISIT,
        "Wizyta studyjna w Spółdzielni Socjalnej „Pod Dębami”",
        date(2023, 12, 12), time(10, 0), time(13, 0),
        place="Spółdzielnia Socjalna „Pod Dębami”, Koszalin",
        invited_groups=("wg_market",),
        agenda=(
            ("Jak działa spółdzielnia socjalna: zatrudnienie i catering", 45, "Bożena Walczak"),
            ("Zwiedzanie kuchni i rozmowa z pracownikami", 60, ""),
            ("Bariery w udziale w przetargach miejskich", 45, "Halina Górska"),
        ),
        summary="Spółdzielnia zatrudnia osiem osób, w tym pięć kobiet powracających na rynek pracy. Bariery: wymagania doświadczenia w przetargach, krótkie terminy składania ofert, duże części zamówień.",
        decisions=(
            "Przygotować pilotaż zamówienia zastrzeżonego na catering w dwóch szkołach podstawowych.",
        ),
        tasks=(
            TaskData("Sprawdzić podstawy prawne zamówień zastrzeżonych (art. 94 Pzp)", "kaminski", date(2024, 1, 31), date(2024, 2, 5), 1),
        ),
        turnout=0.8,
    ),
    MeetingData(
        "newspaper",
        MeetingType.CO_DESIGN_WORKSHOP,
        "Warsztat: Gazeta jutra – Koszalin 2030",
        date(2024, 1, 23), time(16, 0), time(19, 0),
        place=CULTURE_CENTRE,
        invited_groups=("ulg",),
        tools=("newspaper_of_tomorrow", "world_cafe"),
        agenda=(
            ("Rozgrzewka: mój najlepszy zakup publiczny", 15, "Agnieszka Wójcik"),
            ("Gazeta jutra: pierwsza strona z 2030 roku", 75, "Justyna Pawlak"),
            ("World café: co musi się zmienić, żeby to się stało?", 60, "Beata Nowicka"),
            ("Podsumowanie i wizja", 20, "Małgorzata Dąbrowska"),
        ),
        summary="Pięć zespołów napisało pierwsze strony gazety z 2030 roku. Wspólne motywy: szkoły karmione przez lokalne spółdzielnie, firmy kobiet wygrywające przetargi, miasto raportujące wartość społeczną umów.",
        decisions=(
            "Przyjmuje się roboczą wizję planu: „W 2030 r. każdy miejski kontrakt powyżej 10 000 EUR służy równości, lokalnej gospodarce i klimatowi”.",
            "Wyniki warsztatu zostaną opublikowane w newsletterze (tylko zdjęcia z uzyskaną zgodą).",
        ),
        tasks=(
            TaskData("Zredagować tekst wizji na podstawie gazet", "wroblewska", date(2024, 2, 15), date(2024, 2, 20), 1),
            TaskData("Sprawdzić zgody na publikację zdjęć", "wojcik", date(2024, 1, 31), date(2024, 1, 30), 2),
        ),
        walk_ins=2,
        anonymous=((Sector.CIVIC, Gender.FEMALE, 3), (Sector.PRIVATE, Gender.MALE, 1)),
        turnout=0.75,
    ),
    MeetingData(
        "webinar",
        MeetingType.WEBINAR,
        "Webinar: klauzule społeczne i równościowe w praktyce",
        date(2024, 2, 27), time(10, 0), time(11, 30),
        online_link="https://meet.example/genprocure-koszalin-webinar",
        invited_groups=("ulg", "newsletter"),
        agenda=(
            ("Klauzule społeczne w Pzp: przegląd możliwości", 30, "Henryk Jasiński"),
            ("Przykłady z sieci GenProcure: Umeå i Zagrzeb", 30, "Zofia Wróblewska"),
            ("Pytania i odpowiedzi", 30, ""),
        ),
        summary="Webinar online z udziałem 30 osób. Najwięcej pytań dotyczyło weryfikacji klauzul zatrudnieniowych w trakcie realizacji umów.",
        tasks=(
            TaskData("Udostępnić nagranie i prezentację uczestnikom", "wojcik", date(2024, 3, 1), date(2024, 2, 29)),
        ),
        turnout=0.6,
    ),
    MeetingData(
        "ulg_april",
        MeetingType.LOCAL_GROUP_MEETING,
        "Spotkanie Grupy URBACT: wnioski z Umeå i priorytety planu",
        date(2024, 4, 16), time(16, 0), time(18, 30),
        place=CITY_HALL,
        invited_groups=("ulg",),
        tools=("world_cafe",),
        agenda=(
            ("Relacja ze spotkania sieci w Umeå", 20, "Łukasz Zieliński"),
            ("World café: priorytety planu", 80, "Agnieszka Wójcik"),
            ("Decyzje i dalsze kroki", 20, "Małgorzata Dąbrowska"),
        ),
        summary="Uczestnicy uzgodnili trzy priorytety planu. Przykład Umeå (dialog z dostawcami przed przetargiem) uznano za możliwy do przetestowania w Koszalinie jeszcze w 2024 roku.",
        decisions=(
            "Priorytety planu: (1) standardy równości w procedurach zamówień, (2) otwarcie zamówień na ekonomię społeczną i firmy kobiet, (3) zielone i sprawiedliwe usługi miejskie.",
            "Miasto przeprowadzi w 2024 r. dzień dialogu z dostawcami jako działanie testowe.",
        ),
        tasks=(
            TaskData("Przygotować koncepcję dnia dialogu z dostawcami", "gorska", date(2024, 6, 30), date(2024, 7, 8), 2),
        ),
        walk_ins=1,
        turnout=0.7,
    ),
    MeetingData(
        "gender_workshop",
        MeetingType.THEMATIC_WORKSHOP,
        "Warsztat: analiza przetargów pod kątem płci",
        date(2024, 5, 21), time(15, 0), time(18, 0),
        place=UNIVERSITY,
        invited_groups=("wg_clauses",),
        tools=("gender_impact_checklist",),
        agenda=(
            ("Projekt listy kontrolnej", 30, "Katarzyna Lewandowska"),
            ("Test na trzech zakończonych postępowaniach", 100, "Justyna Pawlak"),
            ("Poprawki do listy", 30, ""),
        ),
        summary="Listę kontrolną przetestowano na przetargach na catering, sprzątanie i oświetlenie. Dodano pytania o godziny świadczenia usług i bezpieczeństwo przestrzeni publicznej.",
        decisions=(
            "Lista kontrolna wpływu na równość płci będzie stosowana pilotażowo w trzech postępowaniach do końca 2024 r.",
        ),
        tasks=(
            TaskData("Wprowadzić poprawki i opublikować listę w intranecie", "lewandowska", date(2024, 6, 28), date(2024, 6, 27), 1),
        ),
        turnout=0.8,
    ),
    MeetingData(
        "famalicao",
        MeetingType.TRANSNATIONAL_MEETING,
        "Spotkanie sieci GenProcure w Vila Nova de Famalicão",
        date(2024, 9, 17), time(9, 0), time(16, 0),
        end_day=date(2024, 9, 18),
        timezone="Europe/Lisbon",
        place="Vila Nova de Famalicão, Portugalia",
        invited_people=("wojcik", "zielinski", "nowicka"),
        tools=("peer_review",),
        agenda=(
            ("Szkolenia dla pracowników zamówień w Famalicão", 90, ""),
            ("Wzajemny przegląd projektów planów (peer review)", 180, ""),
            ("Wizyta w stołówce szkolnej z lokalnymi dostawcami", 120, ""),
        ),
        summary="Delegacja Koszalina przedstawiła projekt listy kontrolnej. Partnerzy z Famalicão pokazali program szkoleń dla pracowników zamówień i kadry kierowniczej.",
        decisions=(
            "Delegacja przedstawi grupie lokalnej model szkoleń z Famalicão dla pracowników zamówień.",
        ),
        turnout=1.0,
    ),
    MeetingData(
        "action_design",
        MeetingType.CO_DESIGN_WORKSHOP,
        "Warsztat: projektowanie działań planu",
        date(2024, 10, 22), time(16, 0), time(19, 0),
        place=CULTURE_CENTRE,
        invited_groups=("ulg",),
        tools=("world_cafe", "power_interest_matrix", "dot_voting"),
        agenda=(
            ("Wnioski z Famalicão", 15, "Beata Nowicka"),
            ("Karty działań: kto, co, kiedy, za ile", 90, "Agnieszka Wójcik"),
            ("Głosowanie kropkami na priorytety", 20, ""),
            ("Aktualizacja macierzy interesariuszy", 30, "Agnieszka Wójcik"),
        ),
        summary="Opracowano 15 kart działań. Najwięcej głosów: szkolenia dla pracowników zamówień, catering szkolny z rachunkiem kosztów cyklu życia, zamówienia zastrzeżone.",
        decisions=(
            "Zatwierdza się listę 15 działań do dalszego opracowania w planie.",
            "Budowa pulpitu rejestru umów zostanie zgłoszona do finansowania z EFRR.",
        ),
        tasks=(
            TaskData("Uzupełnić koszty i źródła finansowania w kartach działań", "kaminski", date(2024, 11, 30), date(2024, 12, 6), 1),
            TaskData("Przygotować fiszkę projektową pulpitu rejestru umów", "swiatkowski", date(2025, 1, 31), date(2025, 2, 14), 2),
        ),
        walk_ins=1,
        anonymous=((Sector.PUBLIC, Gender.FEMALE, 1),),
        turnout=0.75,
    ),
    MeetingData(
        "supplier_day",
        MeetingType.TESTING_ACTION_EVENT,
        "Dzień dialogu z dostawcami: catering i sprzątanie",
        date(2024, 12, 10), time(10, 0), time(14, 0),
        place="Sala konferencyjna Północnej Izby Gospodarczej, Koszalin",
        invited_groups=("wg_market", "newsletter"),
        tools=("market_dialogue",),
        agenda=(
            ("Plan zamówień miasta na 2025 rok", 20, "Łukasz Zieliński"),
            ("Jak przygotować ofertę: krok po kroku", 40, "Halina Górska"),
            ("Stoliki tematyczne: catering szkolny, sprzątanie budynków", 90, ""),
            ("Konsorcja małych firm i spółdzielni", 30, "Urszula Michalak"),
        ),
        summary="W dialogu wzięło udział 26 przedstawicieli firm i organizacji, w tym dziewięć firm prowadzonych przez kobiety. Dostawcy prosili o podział zamówień na części i dłuższe terminy składania ofert.",
        decisions=(
            "Wnioski z dialogu zostaną uwzględnione w opisie przedmiotu zamówienia na catering szkolny 2025/2026.",
        ),
        tasks=(
            TaskData("Opublikować notatkę z dialogu na stronie BIP", "kaminski", date(2024, 12, 20), date(2024, 12, 19), 1),
        ),
        walk_ins=4,
        anonymous=(
            (Sector.PRIVATE, Gender.FEMALE, 5),
            (Sector.PRIVATE, Gender.MALE, 4),
            (Sector.CIVIC, Gender.FEMALE, 2),
        ),
        turnout=0.75,
    ),
    MeetingData(
        "ulg_march",
        MeetingType.LOCAL_GROUP_MEETING,
        "Spotkanie Grupy URBACT: projekt planu i wskaźniki",
        date(2025, 3, 18), time(16, 0), time(18, 30),
        place=CITY_HALL,
        invited_groups=("ulg",),
        tools=("traffic_light_review",),
        agenda=(
            ("Projekt Zintegrowanego Planu Działań", 40, "Agnieszka Wójcik"),
            ("Wskaźniki: wartości bazowe i docelowe", 40, "Zofia Wróblewska"),
            ("Ocena światłami drogowymi: ryzyka działań", 40, ""),
        ),
        summary="Grupa omówiła projekt planu rozdział po rozdziale. Ryzyka oznaczone na czerwono: finansowanie oświetlenia i odwołania od kryteriów społecznych.",
        decisions=(
            "Projekt planu zostaje przekazany ekspertce wiodącej do przeglądu.",
            "Do monitorowania przyjmuje się jedenaście wskaźników z biblioteki zamówień i jeden wskaźnik własny.",
        ),
        tasks=(
            TaskData("Wysłać projekt planu ekspertce wiodącej", "wojcik", date(2025, 3, 31), date(2025, 3, 28), 1),
        ),
        turnout=0.7,
    ),
    MeetingData(
        "validation",
        MeetingType.LOCAL_GROUP_MEETING,
        "Spotkanie Grupy URBACT: uwagi ekspertki i walidacja planu",
        date(2025, 6, 10), time(16, 0), time(18, 30),
        place=CITY_HALL,
        invited_groups=("ulg",),
        tools=("world_cafe",),
        agenda=(
            ("Uwagi z przeglądu planu", 30, "Agnieszka Wójcik"),
            ("Stoliki: finansowanie, monitoring, partycypacja", 75, ""),
            ("Harmonogram prac do końca projektu", 20, "Łukasz Zieliński"),
        ),
        summary="Omówiono uwagi ekspertki wiodącej. Najwięcej pracy wymaga finansowanie działań inwestycyjnych i opis metod zbierania danych do wskaźników.",
        decisions=(
            "Uwagi z przeglądu zostaną uwzględnione w planie do 30 września 2025 r.",
            "Grupa robocza ds. zielonych zamówień przejmuje działanie 3.1.3 po odejściu jego opiekuna.",
        ),
        tasks=(
            TaskData("Uzupełnić finansowanie działania 3.1.3", "kaminski", date(2025, 9, 30), None, 1),
            TaskData("Opisać metodę zbierania danych o płci w rejestrze umów", "lewandowska", date(2025, 7, 31), date(2025, 7, 30), 1),
            TaskData("Zaktualizować macierz ryzyk", "wojcik", date(2025, 6, 30), None),
        ),
        turnout=0.65,
    ),
)  # fmt: skip

#: Transnational meetings of the network: title, host partner name, place, start, end, own meeting key.
TRANSNATIONAL: tuple[tuple[str, str, str, date, date, str | None], ...] = (
    ("GenProcure kick-off meeting", "Vila Nova de Famalicão", "Vila Nova de Famalicão, Portugal", date(2023, 11, 21), date(2023, 11, 22), None),
    ("Market engagement and supplier dialogue", "Umeå", "Umeå, Sweden", date(2024, 3, 19), date(2024, 3, 20), None),
    ("Social clauses and employment", "Messina", "Messina, Italy", date(2024, 6, 4), date(2024, 6, 5), None),
    ("Training procurement staff; peer review of draft plans", "Vila Nova de Famalicão", "Vila Nova de Famalicão, Portugal", date(2024, 9, 17), date(2024, 9, 18), "famalicao"),
)  # fmt: skip

NETWORK_NAME = "GenProcure"
NETWORK_TOPIC = "Gender-responsive public procurement"
NETWORK_LEAD_EXPERT = "Teresa Almeida"
NETWORK_START = date(2023, 6, 1)
NETWORK_END = date(2025, 12, 31)
NETWORK_DESCRIPTION = (
    "URBACT IV action planning network of nine cities that use public procurement to advance "
    "gender equality: gender clauses, gender-balanced supply chains, training of procurement "
    "staff and market engagement with women-led and social-economy businesses."
)

#: Partners: name, country, lead partner?, co-financing rate (ERDF, %), our own city?
PARTNERS: tuple[tuple[str, str, bool, float, bool], ...] = (
    ("Vila Nova de Famalicão", "PT", True, 80.0, False),
    ("Zagreb", "HR", False, 80.0, False),
    ("Koszalin", "PL", False, 80.0, True),
    ("Messina", "IT", False, 80.0, False),
    ("Satu Mare county intercommunity development association", "RO", False, 80.0, False),
    ("Umeå", "SE", False, 70.0, False),
    ("Ibrány", "HU", False, 80.0, False),
    ("Zenica-Doboj canton", "BA", False, 80.0, False),
    ("Alcoy", "ES", False, 70.0, False),
)
