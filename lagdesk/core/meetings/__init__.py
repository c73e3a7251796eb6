"""The Meetings area: what happens before, during and after a local group meeting.

- ``planning``: a meeting's details, invitations, agenda and tools, stored at once.
- ``overview``: the meetings list, the month calendar and one meeting's overview.
- ``attendance``: attendance mode: the list, marking, walk-ins, anonymous counts.
- ``participation``: who comes: counts per meeting and per person, drop-outs.
- ``minutes``: minutes, numbered decisions, follow-up tasks, actions made from decisions.
- ``attachments``: files and photos of a meeting and a measurement's evidence files.
- ``ics``: meetings to and from iCalendar files.
- ``sign_in``: the printable attendance sign-in sheet."""
