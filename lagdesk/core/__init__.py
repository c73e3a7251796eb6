"""The use cases of lagdesk: plain functions over a database or a caller's Session that
return typed records. One package per area of the user's work (network, stakeholders,
meetings, plan, indicators, reporting) and ``support`` for what every area shares.
No widgets here: Qt is reached only through ``lagdesk.i18n``."""
