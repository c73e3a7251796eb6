"""The Network area's screens: the network, the city that keeps the file (``form``), the
partner cities and the transnational meetings (``lists``, with their dialogs)."""
