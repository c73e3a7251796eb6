"""The Reports area: pick a report, set its options, preview it, export it."""
