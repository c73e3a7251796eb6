"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def widgets_application(qapp: object) -> object:
    """PDF rendering needs a GUI application: let pytest-qt make the one every test shares.

    Were the renderer to create a bare QGuiApplication here, later widget tests in the same
    process could not have their QApplication.
    """
    return qapp
