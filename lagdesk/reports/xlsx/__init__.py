"""Excel workbooks: the report for the council and audits, the plan workbook, the
stakeholder workbook, and cells written so that no user text becomes a formula."""
