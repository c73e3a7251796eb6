"""The Meetings area: planning a meeting, the meetings list and calendar, attendance mode,
who comes to meetings, minutes with decisions and tasks, files and photos, iCalendar
exchange and the printable sign-in sheet."""
