"""The bottom layer, used by every other: errors and exit codes, safe file writing and
bounded reading, text made safe for a terminal, fast JSON text, deferred imports."""
