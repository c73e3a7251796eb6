"""The Action plan area: objective tree, action table and action detail."""
