"""`lagdesk export iap`: the Integrated Action Plan read back from DOCX, PDF and HTML."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import docx
import pytest
from pdftext import has, needs, pdf_text

from lagdesk import cli
from lagdesk.core.plan import versions as plan_versions
from lagdesk.core.reporting.plan_content import UnknownVersionError, gather_iap
from lagdesk.db.database import open_database
from lagdesk.i18n import install_language
from lagdesk.reports.iap import CHAPTERS, iap_document

pytestmark = pytest.mark.usefixtures("widgets_application")

CHAPTER_TITLES = [
    "1. Cover and executive summary",
    "2. Context and challenge",
    "3. Participatory process",
    "4. Vision and objectives",
    "5. Actions",
    "6. Implementation",
    "7. Resourcing",
    "8. Monitoring",
    "9. Risks",
    "10. Annexes",
]
AS_OF = "2025-06-30"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_file, tmp_path / "demo.sqlite"))


@pytest.fixture(autouse=True)
def english() -> None:
    install_language("en")


def export(db: Path, out: Path, *extra: str) -> int:
    return cli.main(["export", "iap", "--db", str(db), "--out", str(out), "--as-of", AS_OF, *extra])


def one(db: Path, sql: str) -> tuple[object, ...]:
    with sqlite3.connect(db) as connection:
        return tuple(connection.execute(sql).fetchone())


@pytest.mark.slow
def test_docx_has_the_ten_chapters_real_tables_and_the_plan(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "iap.docx"
    assert export(demo, out) == 0
    assert f"written to {out}" in capsys.readouterr().out
    word = docx.Document(str(out))

    chapters = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert chapters == CHAPTER_TITLES
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    (code, title) = one(demo, "SELECT code, title FROM objective WHERE code = '1.1'")
    assert f"{code} {title}" in headings  # an objective's actions under its heading
    for heading in ("Timeline", "Results framework", "Risk register", "Local group members"):
        assert heading in headings

    tables: dict[tuple[str, ...], docx.table.Table] = {}
    for grid in word.tables:  # the first table of each kind
        tables.setdefault(tuple(c.text for c in grid.rows[0].cells), grid)
    actions = tables[
        ("Expected result", "Action", "Lead", "Partners", "Outputs", "Timescale", "Cost")
    ]
    (action_code, action_title, lead) = one(
        demo,
        "SELECT a.code, a.title, o.name FROM action a JOIN organisation o "
        "ON o.id = a.lead_organisation_id JOIN objective j ON j.id = a.objective_id "
        "WHERE j.code = '1.1' ORDER BY a.position LIMIT 1",
    )
    assert actions.rows[1].cells[1].text == f"{action_code} {action_title}"
    assert actions.rows[1].cells[2].text == lead
    framework = next(t for header, t in tables.items() if header[:2] == ("Objective", "Indicator"))
    (indicators,) = one(demo, "SELECT count(*) FROM indicator")
    assert len(framework.rows) == 1 + indicators
    statuses = {row.cells[-1].text for row in framework.rows[1:]}
    assert statuses <= {"No data", "Achieved", "On track", "At risk", "Off track"}
    assert "No data" in statuses
    assert len(word.inline_shapes) >= 2  # the timeline and progress charts are pictures

    # Members by organisation and role only: nobody's name.
    members = tables[("Organisation", "Sector", "Role")]
    (first, last) = one(demo, "SELECT first_name, last_name FROM person ORDER BY id LIMIT 1")
    assert len(members.rows) > 5
    all_text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for t in word.tables for row in t.rows for cell in row.cells
    )
    assert f"{first} {last}" not in all_text


@pytest.mark.slow
def test_with_names_lists_members_by_name(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "iap.docx"
    assert export(demo, out, "--with-names") == 0
    word = docx.Document(str(out))
    members = next(t for t in word.tables if t.rows[0].cells[0].text == "Name")
    names = {row.cells[0].text for row in members.rows[1:]}
    (first, last) = one(
        demo,
        "SELECT p.first_name, p.last_name FROM group_membership m "
        "JOIN person p ON p.id = m.person_id JOIN stakeholder_group g ON g.id = m.group_id "
        f"WHERE g.kind = 'local_group' AND m.left_on IS NULL AND m.joined_on <= '{AS_OF}' "
        "ORDER BY g.id LIMIT 1",
    )
    assert f"{first} {last}" in names


@needs("pdftotext")
def test_pdf_reads_back_with_contents_chapters_and_page_numbers(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "iap.pdf"
    assert export(demo, out) == 0
    text = pdf_text(out)
    for title in CHAPTER_TITLES:
        assert title in text
    assert "Contents" in pdf_text(out, 2)
    assert "Page 1 of " in pdf_text(out, 1)
    assert text.index("1. Cover and executive summary", text.index("10. Annexes")) > 0


def test_html_is_one_escaped_page_with_every_chapter(demo: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo) as connection:
        connection.execute(
            "UPDATE action SET title = '<script>alert(1)</script> Ωmega' WHERE id = "
            "(SELECT min(id) FROM action)"
        )
    out = tmp_path / "iap.html"
    assert export(demo, out) == 0
    page = out.read_text("utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ωmega" in page
    for title in CHAPTER_TITLES:
        assert f">{title}</h1>" in page


def test_an_empty_database_gives_every_chapter_saying_it_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    with open_database(path) as database:
        data = gather_iap(database, as_of=date(2025, 1, 1))
    document = iap_document(data)
    assert [chapter.title for chapter in document.chapters] == [
        title.split(". ", 1)[1] for title in CHAPTER_TITLES
    ]
    assert len(CHAPTERS) == 10
    notes = [
        block.text
        for chapter in document.chapters
        for block in chapter.blocks
        if getattr(block, "note", False)
    ]
    assert "No actions are recorded." in notes
    assert "No risks are recorded." in notes
    assert "No indicators are recorded." in notes
    out = tmp_path / "empty.docx"
    assert export(path, out) == 0
    assert [
        p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"
    ] == CHAPTER_TITLES


def test_a_saved_version_is_shown_as_it_was(demo: Path, tmp_path: Path) -> None:
    with open_database(demo) as database:
        plan_versions.save_version(database, "For the council")
        with database.session() as session:
            from lagdesk.db import models as m

            action = session.get(m.Action, 1)
            assert action is not None
            old_title = action.title
            action.title = "Renamed after the version"
        data = gather_iap(database, as_of=date(2025, 6, 30), version="for the council")
        assert data.version is not None
        assert data.version.name == "For the council"
        with pytest.raises(UnknownVersionError, match=r"Saved versions: .*For the council"):
            gather_iap(database, as_of=date(2025, 6, 30), version="nope")
    titles = [action.title for action in data.plan.actions]
    assert old_title in titles
    assert "Renamed after the version" not in titles


def test_bad_output_names_are_one_line_errors(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(demo, tmp_path / "iap.txt") == 1
    assert "name the file .docx, .pdf or .html" in capsys.readouterr().err
    assert export(demo, tmp_path / "missing" / "iap.docx") == 1
    assert "folder does not exist" in capsys.readouterr().err
    assert export(demo, tmp_path / "iap.docx", "--version", "nope") == 1
    error = capsys.readouterr().err
    assert error.startswith("lagdesk: ")
    assert error.count("\n") == 1
    assert not (tmp_path / "iap.docx").exists()


@pytest.mark.slow
def test_long_titles_emoji_and_right_to_left_text_export_readably(
    demo: Path, tmp_path: Path
) -> None:
    title = "Ωmega 🚲 נסיעה ירוקה — " + "x" * 10_000
    with sqlite3.connect(demo) as connection:
        connection.execute("UPDATE action SET title = ? WHERE id = 1", (title,))
        connection.execute(
            "UPDATE person SET first_name = 'مريم', last_name = 'Zielińska 👩‍💼' WHERE id = 1"
        )
    for suffix in ("docx", "pdf"):
        out = tmp_path / f"iap.{suffix}"
        assert export(demo, out, "--with-names") == 0
        assert out.stat().st_size > 0
    word = docx.Document(str(tmp_path / "iap.docx"))
    cells = {cell.text for grid in word.tables for row in grid.rows for cell in row.cells}
    assert any(text.endswith(title) for text in cells)
    if has("pdftotext"):
        assert "Zielińska" in pdf_text(tmp_path / "iap.pdf")


def test_a_folder_that_cannot_be_written_is_named_and_nothing_is_left(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", "/somewhere/.iap-123.docx")

    folder = tmp_path / "shared"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = folder / "iap.docx"
    assert export(demo, out) == 1
    error = capsys.readouterr().err
    assert error == f"lagdesk: {out} cannot be written: Permission denied.\n"
    assert list(folder.iterdir()) == []
