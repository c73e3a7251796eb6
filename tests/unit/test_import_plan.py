"""plan_import and apply_import: duplicates, decisions, invalid rows, one transaction."""

from datetime import date
from pathlib import Path

import pytest
from test_import_support import HEADER, seed, table_counts, table_dump, write_csv

from lagdesk.core.stakeholders.importing.applying import apply_import
from lagdesk.core.stakeholders.importing.planning import plan_import
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.core.support.labels import choices
from lagdesk.db.codes import Gender, GroupKind, Sector
from lagdesk.db.database import Database
from lagdesk.errors import UserError, ValidationError

DAY = date(2025, 3, 4)


def people(tmp_path: Path, *rows: list[str], header: list[str] = HEADER) -> Path:
    return write_csv(tmp_path / "people.csv", [header, *rows])


def person(
    last: str,
    first: str = "",
    org: str = "",
    sector: str = "",
    email: str = "",
    groups: str = "",
    power: str = "",
    interest: str = "",
    gender: str = "",
    notes: str = "",
) -> list[str]:
    return [org, sector, first, last, gender, "", email, "", groups, power, interest, notes]


def test_a_clean_file_creates_people_organisations_groups_and_scores(
    tmp_path: Path, database: Database
) -> None:
    ids = seed(database)
    path = people(
        tmp_path,
        person("Zając", "Ewa", "Nowa Spółdzielnia", "Civic", "ewa@coop.example", "Green procurement; Social clauses", "4", "5", "Kobieta"),
        person("Lis", "Olga", "urząd  miejski", "", "", "social clauses"),
    )  # fmt: skip
    plan = plan_import(database, path, today=DAY)
    assert plan.counts.new == 2
    assert plan.counts.new_organisations == 1
    assert list(plan.new_groups.values()) == ["Social clauses"]
    assert plan.rows[1].organisation_id == ids["office"]
    summary = apply_import(database, plan, today=DAY)
    assert (summary.created, summary.organisations_created, summary.groups_created) == (2, 1, 1)
    ewa = store.find(database, r.Person, last_name="Zając")[0]
    assert ewa.gender is Gender.FEMALE
    coop = store.get(database, r.Organisation, ewa.organisation_id)  # type: ignore[arg-type]
    assert (coop.name, coop.sector) == ("Nowa Spółdzielnia", Sector.CIVIC)
    (assessment,) = store.find(database, r.PowerInterestAssessment, person_id=ewa.id)
    assert (assessment.power, assessment.interest, assessment.assessed_on) == (4, 5, DAY)
    new_group = store.find(database, r.StakeholderGroup, name="Social clauses")[0]
    assert new_group.kind is GroupKind.WORKING_GROUP
    assert store.count(database, r.GroupMembership) == 3
    olga = store.find(database, r.Person, last_name="Lis")[0]
    assert olga.organisation_id == ids["office"]
    assert (
        store.count(
            database,
            r.PowerInterestAssessment,
        )
        == 1
    )  # none for Olga


def test_problems_name_file_row_and_column_as_written(tmp_path: Path, database: Database) -> None:
    header = ["Nazwisko", "E-mail", "Power", "Interest", "Sektor", "Organisation", "Płeć"]
    path = people(
        tmp_path,
        ["Nowak", "anna(at)um.pl", "7", "2", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Lis", "", "3", "", "churches", "Parafia", "robot"],
        header=header,
    )
    plan = plan_import(database, path)
    sectors = ", ".join(text for _code, text in choices(Sector))
    assert [str(problem) for problem in plan.problems] == [
        "people.csv, row 2, E-mail: anna(at)um.pl is not an e-mail address.",
        "people.csv, row 2, Power: 7 is not a whole number from 1 to 5.",
        "people.csv, row 4, Interest: give both power and interest, or neither.",
        f"people.csv, row 4, Sektor: churches is not one of: {sectors}.",
        "people.csv, row 4, Sektor: Parafia is a new organisation: give its sector (public, private, civic or knowledge).",
        "people.csv, row 4, Płeć: robot is not one of: Female, Male, Non-binary, Prefer not to say, Unknown.",
    ]
    assert {problem.key for problem in plan.problems} >= {"email", "power", "sector", "gender"}
    assert [row.row for row in plan.rows] == [2, 4]  # the empty row 3 is no one


def test_invalid_rows_stop_everything_unless_skipped(tmp_path: Path, database: Database) -> None:
    seed(database)
    path = people(tmp_path, person("Good", email="good@x.pl"), person("Bad", email="bad"))
    plan = plan_import(database, path)
    before = table_counts(database)
    with pytest.raises(ValidationError) as caught:
        apply_import(database, plan)
    assert [problem.row for problem in caught.value.problems] == [3]
    assert "people.csv, row 3, Email: bad is not an e-mail address." in str(caught.value)
    assert table_counts(database) == before
    summary = apply_import(database, plan, skip_invalid=True)
    assert (summary.created, summary.rejected_rows) == (1, 1)
    assert summary.rejected[0].row == 3


def test_duplicates_by_email_and_by_name_and_organisation(
    tmp_path: Path, database: Database
) -> None:
    ids = seed(database)
    path = people(
        tmp_path,
        person("Nowak-Zielińska", "Anna", email="ANNA.NOWAK@um.example "),
        person("kowalski", " JAN ", "Fundacja  Równość"),
        person("Kowalski", "Jan", "Another Org", "private"),
    )
    plan = plan_import(database, path)
    first, second, third = plan.rows
    assert first.duplicate is not None
    assert first.duplicate.person_id == ids["anna"]
    assert first.duplicate.reason == "same email"
    assert first.changes["last_name"] == ("Nowak", "Nowak-Zielińska")
    assert second.duplicate is not None
    assert second.duplicate.person_id == ids["jan"]
    assert second.duplicate.reason == "same first name, last name and organisation"
    assert third.duplicate is None  # same name, other organisation: someone else
    assert plan.counts.existing == 2


def test_duplicates_inside_the_file_are_reported(tmp_path: Path, database: Database) -> None:
    path = people(
        tmp_path,
        person("Zając", "Ewa", email="ewa@x.pl"),
        person("Zając", "Ewa", email="EWA@x.pl"),
        person("Lis", "Olga", "Org", "public"),
        person("Lis", "Olga", "org", ""),
    )
    plan = plan_import(database, path)
    statuses = [(row.status, row.duplicate.row if row.duplicate else None) for row in plan.rows]
    assert statuses == [("new", None), ("repeated", 2), ("new", None), ("repeated", 4)]
    assert plan.rows[1].duplicate.reason == "same email as row 2"  # type: ignore[union-attr]
    skipped = apply_import(database, plan, dry_run=True)
    assert (skipped.created, skipped.skipped) == (2, 2)
    created = apply_import(database, plan, on_duplicate="create", dry_run=True)
    assert created.created == 4
    updated = apply_import(database, plan, on_duplicate="update")
    # Row 3 writes its spelling of the e-mail over row 2's; row 5 changes nothing.
    assert (updated.created, updated.updated, updated.unchanged) == (2, 1, 1)
    assert store.count(database, r.Person) == 2


def test_the_three_duplicate_modes(tmp_path: Path, database: Database) -> None:
    ids = seed(database)
    path = people(
        tmp_path, person("Nowak", "Anna", email="anna.nowak@um.example", notes="new note")
    )
    plan = plan_import(database, path)
    # Every column is in the file: its empty cells clear what is stored.
    assert plan.rows[0].changes == {
        "organisation": ("Urząd Miejski", ""),
        "gender": ("Female", "Unknown"),
        "role": ("procurement officer", ""),
        "notes": ("", "new note"),
    }
    skip = apply_import(database, plan, on_duplicate="skip")
    assert (skip.skipped, store.count(database, r.Person)) == (1, 2)
    update = apply_import(database, plan, on_duplicate="update")
    assert update.updated == 1
    anna = store.get(database, r.Person, ids["anna"])
    assert (anna.notes, anna.organisation_id, anna.gender) == ("new note", None, Gender.UNKNOWN)
    assert anna.role == ""
    create = apply_import(database, plan, on_duplicate="create")
    assert create.created == 1
    assert store.count(database, r.Person) == 3


def test_absent_columns_leave_stored_values_alone(tmp_path: Path, database: Database) -> None:
    ids = seed(database)
    path = people(
        tmp_path,
        ["anna.nowak@um.example", "Nowak", "3", "3"],
        header=["Email", "Last name", "Power", "Interest"],
    )
    plan = plan_import(database, path, today=DAY)
    assert plan.rows[0].changes == {"power": ("", "3"), "interest": ("", "3")}
    summary = apply_import(database, plan, on_duplicate="update", today=DAY)
    assert (summary.updated, summary.assessments_added) == (1, 1)
    anna = store.get(database, r.Person, ids["anna"])
    assert (anna.first_name, anna.role, anna.organisation_id) == (
        "Anna",
        "procurement officer",
        ids["office"],
    )
    again = apply_import(database, plan_import(database, path, today=DAY), on_duplicate="update")
    assert (again.unchanged, again.assessments_added) == (1, 0)


def test_per_row_decisions_override_the_default(tmp_path: Path, database: Database) -> None:
    ids = seed(database)
    path = people(
        tmp_path,
        person("Nowak", "Anna", "Urząd Miejski", email="anna.nowak@um.example", notes="A"),
        person("Kowalski", "Jan", "Fundacja Równość", notes="J"),
        person("Nowy", "Adam", "Fundacja Równość"),
    )
    plan = plan_import(database, path)
    summary = apply_import(database, plan, on_duplicate="skip", decisions={2: "update", 4: "skip"})
    assert (summary.updated, summary.skipped, summary.created) == (1, 2, 0)
    assert store.get(database, r.Person, ids["anna"]).notes == "A"
    assert store.get(database, r.Person, ids["jan"]).notes == ""
    with pytest.raises(UserError, match="maybe"):
        apply_import(database, plan, decisions={2: "maybe"})  # type: ignore[dict-item]


def test_a_failure_mid_apply_leaves_nothing(
    tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(database)
    rows = [
        person(
            f"Person {n}", org=f"Org {n}", sector="civic", groups=f"G{n}", power="2", interest="3"
        )
        for n in range(10)
    ]
    plan = plan_import(database, people(tmp_path, *rows))
    before = table_dump(database)
    calls = {"n": 0}
    real_write = store.write

    def failing_write(session: object, record: object) -> object:
        calls["n"] += 1
        if calls["n"] == 25:
            raise store.IntegrityProblem("disk on fire")
        return real_write(session, record)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "write", failing_write)
    with pytest.raises(UserError, match="disk on fire"):
        apply_import(database, plan)
    assert calls["n"] == 25
    assert table_dump(database) == before


def test_formula_looking_text_is_stored_as_the_text_it_is(
    tmp_path: Path, database: Database
) -> None:
    texts = ["=SUM(A1:A9)", "+48 94 348 86 00", "-", "@anna", '=HYPERLINK("http://x","y")']
    rows = [person(f"P{n}", first=text, notes=text) for n, text in enumerate(texts)]
    rows[1][7] = "+48 94 348 86 00"  # phone
    apply_import(database, plan_import(database, people(tmp_path, *rows)))
    stored = {p.last_name: p for p in store.find(database, r.Person)}
    assert [stored[f"P{n}"].first_name for n in range(len(texts))] == texts
    assert [stored[f"P{n}"].notes for n in range(len(texts))] == texts
    assert stored["P1"].phone == "+48 94 348 86 00"


def test_a_dry_run_writes_nothing_but_counts_everything(tmp_path: Path, database: Database) -> None:
    seed(database)
    path = people(tmp_path, person("Nowy", org="Nowa Org", sector="private", groups="New group"))
    before = table_dump(database)
    summary = apply_import(database, plan_import(database, path), dry_run=True)
    assert summary.dry_run
    assert (summary.created, summary.organisations_created, summary.groups_created) == (1, 1, 1)
    assert table_dump(database) == before


@pytest.mark.parametrize("on_duplicate", ["skip", "update", "create"])
def test_a_dry_run_counts_what_the_import_then_does(
    tmp_path: Path, database: Database, on_duplicate: str
) -> None:
    """A dry run keeps memberships and scores in memory instead of writing them: its
    summary is still the real import's, row for row, however often a person recurs."""
    seed(database)
    path = people(
        tmp_path,
        person("Nowy", "Ola", "Nowa Org", "private", groups="New group", power="2", interest="3"),
        person("Nowy", "Ola", "Nowa Org", groups="New group; Green procurement", power="2",
               interest="3"),
        person("Nowy", "Ola", "Nowa Org", groups="Green procurement", power="4", interest="3"),
        person("Nowak", "Anna", "Urząd Miejski", email="anna.nowak@um.example",
               groups="Green procurement", power="5", interest="5"),
        person("Nowak", "Anna", "Urząd Miejski", email="anna.nowak@um.example",
               groups="Green procurement", power="5", interest="5"),
        person("Kowalski", "Jan", "Fundacja Równość", groups="New group", power="1",
               interest="1"),
    )  # fmt: skip
    before = table_dump(database)
    dry = apply_import(
        database, plan_import(database, path), on_duplicate=on_duplicate, dry_run=True
    )  # type: ignore[arg-type]
    assert table_dump(database) == before
    real = apply_import(database, plan_import(database, path), on_duplicate=on_duplicate)  # type: ignore[arg-type]
    assert dry.dry_run
    assert not real.dry_run
    dry.dry_run = True
    real.dry_run = True
    assert dry == real
    assert real.memberships_added > 0
    assert real.assessments_added > 0


def test_two_stored_namesakes_are_matched_one_each(tmp_path: Path, database: Database) -> None:
    org = store.save(database, r.Organisation(name="Org", sector=Sector.PUBLIC))
    first = store.save(
        database, r.Person(first_name="Ola", last_name="Lis", organisation_id=org.id)
    )
    second = store.save(
        database, r.Person(first_name="Ola", last_name="Lis", organisation_id=org.id)
    )
    path = people(
        tmp_path,
        person("Lis", "Ola", "Org"),
        person("Lis", "Ola", "Org"),
        person("Lis", "Ola", "Org"),
    )
    plan = plan_import(database, path)
    matches = [(row.duplicate.person_id, row.duplicate.row) for row in plan.rows]  # type: ignore[union-attr]
    assert matches == [(first.id, None), (second.id, None), (first.id, 2)]


def test_an_existing_organisation_keeps_its_sector_with_a_warning(
    tmp_path: Path, database: Database
) -> None:
    seed(database)
    plan = plan_import(
        database, people(tmp_path, person("Nowy", org="URZĄD MIEJSKI", sector="private"))
    )
    assert plan.problems == []
    (warning,) = plan.warnings
    assert "stored with the sector Public" in warning.message
    assert apply_import(database, plan).organisations_created == 0


def test_sector_and_gender_accept_codes_labels_and_words(
    tmp_path: Path, database: Database
) -> None:
    rows = [
        person("A", org="O1", sector="knowledge", gender="non_binary"),
        person("B", org="O2", sector="NGO", gender="F"),
        person("C", org="O3", sector=" Private ", gender="male"),
        person("D", org="O4", sector="PUBLIC", gender="Prefer not to say"),
    ]
    plan = plan_import(database, people(tmp_path, *rows))
    got = [(row.values.sector, row.values.gender) for row in plan.rows]
    assert got == [
        (Sector.KNOWLEDGE, Gender.NON_BINARY),
        (Sector.CIVIC, Gender.FEMALE),
        (Sector.PRIVATE, Gender.MALE),
        (Sector.PUBLIC, Gender.PREFER_NOT_TO_SAY),
    ]


def test_a_new_organisation_takes_its_sector_from_any_row(
    tmp_path: Path, database: Database
) -> None:
    rows = [person("A", org="Klub"), person("B", org="klub", sector="civic")]
    plan = plan_import(database, people(tmp_path, *rows))
    assert plan.problems == []
    summary = apply_import(database, plan)
    assert (summary.created, summary.organisations_created) == (2, 1)


def test_too_long_text_is_refused(tmp_path: Path, database: Database) -> None:
    plan = plan_import(database, people(tmp_path, person("x" * 101)))
    assert "101 characters long; at most 100" in plan.problems[0].message


def test_progress_is_reported_while_writing(tmp_path: Path, database: Database) -> None:
    rows = [person(f"P{n}") for n in range(450)]
    plan = plan_import(database, people(tmp_path, *rows))
    seen: list[tuple[int, int]] = []
    apply_import(database, plan, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(200, 450), (400, 450), (450, 450)]
