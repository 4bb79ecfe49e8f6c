"""What a person reads: terminal renderables (`terminal`), HTML and Markdown documents, and
the group report as CSV, Markdown and HTML. Builds text; never prints."""
