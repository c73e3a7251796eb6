"""What every area shares: the plain records handed to the UI and the exports, the record
store with one short transaction per call, deletion that can be undone, validation,
labels of stored codes, text folding, local dates and zones (``zones``), atomic file
writing (``files``), reading .xlsx and .csv files for every import (``table_files``),
default paths, and backups and health checks of a file. It imports no area."""
