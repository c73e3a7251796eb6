"""The action plan and indicators as a workbook: the sheets the export writes and the import
reads back after edits in Excel or LibreOffice.

Export and import share the sheet and column definitions below, so a file exported and
imported unchanged changes nothing, and an edited cell changes exactly that field. Headers
are matched like the stakeholder import's (case, accents, spaces and a bracketed hint are
ignored), in English or the UI language. Columns may be left out: a missing column keeps
the stored values; extra columns are reported and ignored.

How rows meet stored records:

- Actions are matched by action code, indicators by indicator code, risks by risk code (a
  risk without a code by its title). A new code creates the record; a known code updates
  the fields that differ. Records missing from the file are kept: the import never deletes
  an action, an indicator, a risk or a measurement.
- Funding lines have no code, so the Funding sheet is the whole funding of every action it
  names and of every action of the Actions sheet. A line equal to a stored one is left
  alone; a changed line updates the stored line it pairs with (same source and status
  first, then same source, then in order), so an edited cell is one update; further lines
  are created and stored lines no row pairs with are deleted.
- Measurements are matched by indicator code and date (two on one date pair in order). A
  changed value updates the stored measurement, a new date adds one, and stored
  measurements missing from the file are kept (they may carry evidence).
- Lists (partner organisations, tags, an indicator's objectives and actions, a risk's
  actions) replace the stored links when their column is in the sheet.

plan_plan_import reads and checks everything and writes nothing; apply_plan_import writes
the preview in one transaction, all of it or nothing. plan_measurement_import reads a list
of measurements (.xlsx or .csv) that are only added: a row repeating a stored measurement
(same indicator, date and value) is skipped and reported.

The work is split by step: ``sheets`` (sheets, columns, reading a cell), ``snapshot``
(what the database holds, the sheets the export writes), ``preview`` (the preview and
reading a sheet), ``planner`` (checking rows, writing nothing) and ``writer`` (applying,
in one transaction). Import from them by name; this ``__init__`` imports nothing.
"""
