"""The Stakeholders area: people, organisations, groups and the power/interest matrix."""
