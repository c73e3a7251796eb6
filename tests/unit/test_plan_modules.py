"""The plan's core modules after their split: every old name still imports from its old
module, and any module can be imported first (no import cycle)."""

from __future__ import annotations

import subprocess
import sys

from lagdesk.core.plan import diff as plan_diff
from lagdesk.core.plan import versions as plan_versions
from lagdesk.core.plan import workbook as plan_import

MODULES = [
    "lagdesk.core.plan.numbering",
    "lagdesk.core.plan.diff",
    "lagdesk.core.plan.versions",
    "lagdesk.core.plan.workbook",
    "lagdesk.core.plan.workbook.sheets",
    "lagdesk.core.plan.workbook.snapshot",
    "lagdesk.core.plan.workbook.preview",
    "lagdesk.core.plan.workbook.planner",
    "lagdesk.core.plan.workbook.writer",
    "lagdesk.core.plan.tree",
    "lagdesk.core.plan.actions",
    "lagdesk.core.reporting.listing",
    "lagdesk.core.support.labels",
]


#: Imports each module first in one fresh interpreter: the modules under test are dropped
#: from ``sys.modules`` before each import, so an import cycle among them shows.
FIRST_IMPORTS = """
import importlib, sys
failed = []
for module in sys.argv[1:]:
    for loaded in [name for name in sys.modules if name in sys.argv[1:]]:
        del sys.modules[loaded]
    try:
        importlib.import_module(module)
    except ImportError as error:
        failed.append(f"{module}: {error}")
print("\\n".join(failed))
"""


def test_each_module_imports_first() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_IMPORTS, *MODULES],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, ""), done.stderr


#: The public names of plan_import before the split (other modules import them from there).
PLAN_IMPORT_NAMES = [
    "CONTEXT",
    "Kind",
    "RowStatus",
    "CODE_LIMIT",
    "SEX",
    "WOMEN",
    "MEN",
    "CENT",
    "Column",
    "SheetSpec",
    "ACTIONS",
    "FUNDING",
    "INDICATORS",
    "MEASUREMENTS",
    "RISKS",
    "SHEETS",
    "SHEET_OF",
    "normalised",
    "parse_cell",
    "code_key",
    "natural_key",
    "PlanSnapshot",
    "SheetData",
    "action_values",
    "indicator_values",
    "workbook_sheets",
    "PlanRow",
    "Removal",
    "SheetCounts",
    "SheetPreview",
    "PlanImportPreview",
    "PlanImportError",
    "read_sheet",
    "plan_plan_import",
    "plan_measurement_import",
    "SheetSummary",
    "PlanImportSummary",
    "apply_plan_import",
    "apply_measurement_import",
]


def test_plan_import_keeps_its_names() -> None:
    missing = [name for name in PLAN_IMPORT_NAMES if not hasattr(plan_import, name)]
    assert missing == []
    assert set(plan_import.__all__) == set(PLAN_IMPORT_NAMES)


def test_plan_versions_reexports_the_diff() -> None:
    for name in plan_diff.__all__:
        assert getattr(plan_versions, name) is getattr(plan_diff, name), name
    for name in ("compare_versions", "code_key", "snapshot", "ensure_draft_in", "VersionRow"):
        assert name in plan_versions.__all__
        assert hasattr(plan_versions, name)
