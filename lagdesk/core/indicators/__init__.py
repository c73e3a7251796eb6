"""The Indicators area: the indicator library with measurements and evidence, the
procurement indicators preloaded in every new file, and indicator progress as DOMAIN.md
defines it (current value, progress, expected progress, status)."""
