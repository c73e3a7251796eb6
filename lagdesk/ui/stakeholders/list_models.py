"""The long lists of the Stakeholders area: people and organisations, read lazily.

Core finds the ids of the matching rows in one SQL query (filtered and sorted there); the
model reads the rows themselves a block at a time, only when the view asks for a row it
has not seen. 20,000 people cost one id query and one block of rows to show.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, TypeVar

from lagdesk.core.stakeholders import register as sh
from lagdesk.core.support.labels import label
from lagdesk.i18n import QT_TRANSLATE_NOOP
from lagdesk.ui.common.formatting import format_number
from lagdesk.ui.common.models import Column, LazyRowModel

log = logging.getLogger(__name__)


def _score(value: int | None) -> str:
    return "" if value is None else format_number(value)


def _code(value: Any) -> str:
    return "" if value is None else label(value)


def _assessment_columns() -> tuple[Column[Any], Column[Any]]:
    """The latest power and interest scores, the last columns of both lists."""
    return (
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Power"),
            "power",
            lambda row: _score(row.power),
            right_aligned=True,
            width=5,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Interest"),
            "interest",
            lambda row: _score(row.interest),
            right_aligned=True,
            width=6,
        ),
    )


Row = TypeVar("Row", sh.PersonRow, sh.OrganisationRow)


class _StakeholderRowModel(LazyRowModel[Row, sh.StakeholderFilter]):
    """People or organisations, found with the Stakeholders area's one filter."""

    def default_filter(self) -> sh.StakeholderFilter:
        return sh.StakeholderFilter()


class PersonTableModel(_StakeholderRowModel[sh.PersonRow]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Last name"),
            "last_name",
            lambda p: p.last_name,
            width=14,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "First name"),
            "first_name",
            lambda p: p.first_name,
            width=12,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Organisation"),
            "organisation",
            lambda p: p.organisation,
            width=28,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Sector"),
            "sector",
            lambda p: _code(p.sector),
            width=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Role"),
            "role",
            lambda p: p.role,
            width=22,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "E-mail"),
            "email",
            lambda p: p.email,
            width=24,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("Stakeholders", "Phone"), "phone", lambda p: p.phone, width=19),
        *_assessment_columns(),
    )

    def find_ids(
        self, found_filter: sh.StakeholderFilter, sort: str, descending: bool
    ) -> list[int]:
        return sh.person_ids(self._database, found_filter, sort, descending)

    def read_rows(self, ids: Sequence[int]) -> Sequence[sh.PersonRow]:
        return sh.person_rows(self._database, ids)


class OrganisationTableModel(_StakeholderRowModel[sh.OrganisationRow]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Name"),
            "name",
            lambda o: o.name,
            width=34,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Sector"),
            "sector",
            lambda o: _code(o.sector),
            width=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "Type"),
            "subtype",
            lambda o: o.subtype,
            width=20,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("Stakeholders", "City"), "city", lambda o: o.city, width=12),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "E-mail"),
            "email",
            lambda o: o.email,
            width=26,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Stakeholders", "People"),
            "people",
            lambda o: format_number(o.people),
            True,
            width=6,
        ),
        *_assessment_columns(),
    )

    def find_ids(
        self, found_filter: sh.StakeholderFilter, sort: str, descending: bool
    ) -> list[int]:
        return sh.organisation_ids(self._database, found_filter, sort, descending)

    def read_rows(self, ids: Sequence[int]) -> Sequence[sh.OrganisationRow]:
        return sh.organisation_rows(self._database, ids)
