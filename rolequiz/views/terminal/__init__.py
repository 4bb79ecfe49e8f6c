"""rich renderables for the terminal: results, role cards, group report."""
