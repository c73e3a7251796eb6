"""The Stakeholders area's screens: the people and organisations lists (``list_tab``,
``list_models``), their forms and actions, groups (``groups_tab``), the power/interest
matrix (``matrix_tab``, ``matrix_view``), import and export (``import_dialog``,
``transfer``) and every undo command of the area (``commands``)."""
