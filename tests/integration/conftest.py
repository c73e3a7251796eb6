"""Fixtures shared by the integration tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagdesk import cli


@pytest.fixture
def widgets_application(qapp: object) -> object:
    """PDF rendering needs a GUI application: let pytest-qt make the one every test shares.

    Were the renderer to create a bare QGuiApplication here, later widget tests in the same
    process could not have their QApplication.
    """
    return qapp


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo database, built once per test process; tests work on copies."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "koszalin.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LAGDESK_DATA_DIR", str(folder / "data"))
        assert cli.main(["demo", "--db", str(path)]) == 0
    return path
