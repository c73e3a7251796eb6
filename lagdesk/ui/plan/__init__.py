"""The Action plan area: objective tree, action table and action detail, risks, timeline,
totals, versions and the plan's import, with every undo command of the area
(``commands``)."""
