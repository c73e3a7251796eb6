"""The Integrated Action Plan as a ``Document``: the ten chapters of DOMAIN.md, in order."""
