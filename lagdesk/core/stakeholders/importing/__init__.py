"""Importing people, with their organisations and groups, from .xlsx and .csv files.

Widget-free, so the UI's preview dialog and the command line share it:
``planning.plan_import`` reads and checks a file and writes nothing (its answer, row by
row, is ``plan.ImportPlan``); ``applying.apply_import`` writes a plan in one transaction;
``columns`` names the columns and matches a file's headers; ``matching`` finds who a row
already is; ``values`` turns cells into field values. See DOMAIN.md, "Stakeholder import columns". The file itself is read
by ``lagdesk.core.support.table_files`` (whose ``ImportFileError`` names a file that cannot
be read); what its columns mean is decided here.
"""
