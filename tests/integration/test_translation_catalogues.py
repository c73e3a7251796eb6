"""The .ts catalogues follow the code, and a built catalogue changes what users read."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lagdesk.i18n import LANGUAGES
from lagdesk.tools import translation_work, update_translations

I18N = Path(__file__).resolve().parents[2] / "i18n"


def messages(ts_file: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_catalogue_exists_per_language(language: str) -> None:
    path = I18N / f"lagdesk_{language}.ts"
    assert path.is_file()
    assert ET.parse(path).getroot().get("language") == language


def test_catalogues_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Run `make translations` when this fails: the code has strings the .ts files lack."""
    (fresh,) = update_translations.update(tmp_path, ["pl"])
    committed = messages(I18N / "lagdesk_pl.ts")
    extracted = messages(fresh)
    assert extracted - committed == set(), "strings missing from i18n/*.ts"
    assert committed - extracted == set(), "obsolete strings in i18n/*.ts"
    for language in LANGUAGES:
        assert messages(I18N / f"lagdesk_{language}.ts") == committed, language


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_code_comment_is_left_as_a_note_to_translators(language: str) -> None:
    """lupdate pins the code's ``#:`` comments to the next message; `make translations`
    removes them, so a translator never reads a comment about something else."""
    assert "<extracomment>" not in (I18N / f"lagdesk_{language}.ts").read_text(encoding="utf-8")


def test_code_notes_are_removed_and_translations_kept(tmp_path: Path) -> None:
    sample = tmp_path / "x.ts"
    sample.write_text(
        "<TS>\n<context>\n    <name>C</name>\n    <message>\n        <source>Open</source>\n"
        "        <extracomment>The role under which the\ncolumn holds its count.</extracomment>\n"
        "        <translation>Otwórz</translation>\n    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    update_translations.without_code_notes(sample)
    text = sample.read_text(encoding="utf-8")
    assert "extracomment" not in text
    assert "<source>Open</source>\n        <translation>Otwórz</translation>" in text


def test_a_built_catalogue_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from lagdesk import i18n

    ts = tmp_path / "lagdesk_pl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl">'
        "<context><name>Probe</name><message><source>Meetings</source>"
        "<translation>Spotkania</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = update_translations.lrelease_executable()
    subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(tmp_path / "lagdesk_pl.qm")], check=True
    )
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    try:
        i18n.install_language("pl")
        assert i18n.translate("Probe", "Meetings") == "Spotkania"
        i18n.install_language("en")
        assert i18n.translate("Probe", "Meetings") == "Meetings"
    finally:
        i18n.install_language("en")


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    """No unfinished or obsolete message; {name}, %n, %1 and accelerators kept."""
    assert translation_work.check(language) == []


def test_the_check_finds_a_lost_placeholder(tmp_path: Path) -> None:
    (tmp_path / "lagdesk_pl.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl">'
        "<context><name>Probe</name>"
        "<message><source>{count} meetings</source><translation>spotkania</translation>"
        "</message><message><source>&amp;File</source><translation>Plik</translation>"
        "</message><message><source>Left</source><translation type='unfinished'/>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    found = translation_work.check("pl", tmp_path)
    assert len(found) == 3
    assert "placeholders" in found[0]
    assert "accelerator" in found[1]
    assert "unfinished" in found[2]


@pytest.mark.parametrize("language", ["pl", "lv", "ro", "bg"])
def test_official_urbact_terms_are_used(language: str) -> None:
    expected = {
        "pl": "Zintegrowany Plan Działania",
        "lv": "Integrētais rīcības plāns",
        "ro": "Plan Integrat de Acțiune",
        "bg": "Интегриран план за действие",
    }[language]
    root = ET.parse(I18N / f"lagdesk_{language}.ts").getroot()
    translations = {
        message.findtext("translation")
        for context in root.iter("context")
        if context.findtext("name") == "Iap"
        for message in context.iter("message")
        if message.findtext("source") == "Integrated Action Plan"
    }
    assert translations == {expected}
