"""One student's quiz in a terminal: the screens and their loop (`session`), single keys
(`keys`), and the progress saved after every answer (`progress`)."""
