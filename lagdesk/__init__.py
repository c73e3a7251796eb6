"""lagdesk: an offline desk for the coordinators of local action groups."""

__version__ = "0.1.0"
APP_NAME = "lagdesk"
ORGANISATION_NAME = "lagdesk"
