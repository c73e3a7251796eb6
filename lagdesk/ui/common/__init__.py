"""What every area's pages share: message boxes and file choosers, with the one helper
that shows a user's problem (``dialogs``); small widgets and the wrapping row
(``widgets``, ``flow_layout``, ``tables``); table models over records and lazy rows
(``models``); undo commands over records (``undo``); work off the GUI thread
(``background``); the attachments list (``attachments``); counted and listed words
(``text``); dates and numbers in the user's locale (``formatting``)."""
