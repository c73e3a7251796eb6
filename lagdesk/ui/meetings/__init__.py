"""The Meetings area."""
