"""Writers of the exports: the plan document (DOCX, HTML, PDF) from ``iap``, Excel
workbooks in ``xlsx`` and charts in ``charts``, all from data that ``core`` gathers."""
