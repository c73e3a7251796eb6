"""The Indicators area: results framework, progress charts and measurements."""
