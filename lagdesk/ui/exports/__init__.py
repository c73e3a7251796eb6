"""The Reports area's screen: pick a report, set its options, preview it and export it
(``page``), the work itself running off the GUI thread (``jobs``)."""
