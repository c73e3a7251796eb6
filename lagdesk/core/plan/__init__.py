"""The Action plan area: the Integrated Action Plan's objective tree and numbering,
actions, funding, risks, the timeline, named versions with their differences, and the
plan workbook that is exported, edited in Excel and imported back (``workbook``)."""
