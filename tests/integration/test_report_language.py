"""An export can run in another language than the window's, on its own thread."""

from __future__ import annotations

import subprocess
import threading
from datetime import date
from pathlib import Path

import pytest

from lagdesk import i18n
from lagdesk.tools import update_translations

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>
<TS version="2.1" language="pl"><context><name>Probe</name>
<message><source>Meetings</source><translation>Spotkania</translation></message>
<message numerus="yes"><source>%n files</source><translation>
<numerusform>%n plik</numerusform><numerusform>%n pliki</numerusform>
<numerusform>%n plików</numerusform></translation></message>
</context></TS>"""


@pytest.fixture
def polish_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Path:
    ts = tmp_path / "lagdesk_pl.ts"
    ts.write_text(CATALOGUE, encoding="utf-8")
    lrelease = update_translations.lrelease_executable()
    subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(tmp_path / "lagdesk_pl.qm")], check=True
    )
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_catalogues", {})
    i18n.install_language("en")
    return tmp_path


def test_a_thread_translates_in_its_report_language(polish_catalogue: Path) -> None:
    seen: dict[str, str] = {}

    def export() -> None:
        with i18n.report_language("pl"):
            seen["title"] = i18n.translate("Probe", "Meetings")
            seen["files"] = i18n.translate("Probe", "%n files", None, 5)
            seen["one"] = i18n.translate("Probe", "%n files", None, 1)
            seen["amount"] = i18n.format_amount(1234.5, "PLN")
            seen["date"] = i18n.format_date(date(2025, 3, 7))
            seen["language"] = i18n.current_language()
        seen["after"] = i18n.translate("Probe", "Meetings")

    worker = threading.Thread(target=export)
    worker.start()
    worker.join()
    assert seen["title"] == "Spotkania"
    assert seen["files"] == "5 plików"
    assert seen["one"] == "1 plik"
    assert seen["amount"].replace("\u00a0", " ") == "1 234,50 zł"
    assert seen["date"] == "7.03.2025"
    assert seen["language"] == "pl"
    assert seen["after"] == "Meetings"
    # The window's thread never changed language.
    assert i18n.translate("Probe", "Meetings") == "Meetings"
    assert i18n.current_language() == "en"
    assert i18n.format_date(date(2025, 3, 7)) == "07/03/2025"


def test_an_unknown_report_language_is_refused(polish_catalogue: Path) -> None:
    with pytest.raises(ValueError, match="xx"), i18n.report_language("xx"):
        pass


def test_text_without_a_translation_stays_english(polish_catalogue: Path) -> None:
    with i18n.report_language("pl"):
        assert i18n.translate("Probe", "Not in the catalogue") == "Not in the catalogue"
        assert i18n.translate("Probe", "%n other", None, 3) == "3 other"
