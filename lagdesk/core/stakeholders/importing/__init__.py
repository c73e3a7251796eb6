"""Importing people, with their organisations and groups, from .xlsx and .csv files.

Widget-free, so the UI's preview dialog and the command line share it:
``plan_import`` reads and checks a file and writes nothing; ``apply_import`` writes a plan
in one transaction. See DOMAIN.md, "Stakeholder import columns". The file itself is read
by ``lagdesk.core.support.table_files`` (whose ``ImportFileError`` names a file that cannot
be read); what its columns mean is decided here.
"""

from lagdesk.core.stakeholders.importing.applying import ImportSummary, apply_import
from lagdesk.core.stakeholders.importing.columns import FIELDS, ColumnMapping, header
from lagdesk.core.stakeholders.importing.plan import (
    DECISIONS,
    Decision,
    DuplicateMatch,
    ImportCounts,
    ImportPlan,
    ImportRow,
    MissingColumnError,
    NewOrganisation,
    PersonValues,
)
from lagdesk.core.stakeholders.importing.planning import plan_import

__all__ = [
    "DECISIONS",
    "FIELDS",
    "ColumnMapping",
    "Decision",
    "DuplicateMatch",
    "ImportCounts",
    "ImportPlan",
    "ImportRow",
    "ImportSummary",
    "MissingColumnError",
    "NewOrganisation",
    "PersonValues",
    "apply_import",
    "header",
    "plan_import",
]
