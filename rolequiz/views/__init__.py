"""What a person reads: the terminal views (`terminal`), HTML, markdown and JSON text."""
