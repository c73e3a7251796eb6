"""Reading the table files people bring (.xlsx workbooks and .csv files in the code pages
of their locales) into numbered rows of cells, for every import: stakeholders, the action
plan, measurements.

``sources.read_rows`` reads a file or raises ``ImportFileError`` naming it; ``cells``
turns a cell into the text a spreadsheet shows and compares headers and names. What the
columns mean is the importing area's business: a CSV reader is handed the headers its
caller knows (``is_header``) rather than knowing any itself."""
