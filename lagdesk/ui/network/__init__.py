"""The Network area: the network, the city that keeps the file, partner cities and
transnational meetings."""
