"""The command line: a thin coat over the core. Each command lives in its own module."""

# registration order is the order of `rolequiz --help`: the quiz first
from rolequiz.cli import quiz, validate  # noqa: F401, I001  (registers the commands)
from rolequiz.cli import explore  # noqa: F401  (roles, show, compare)
from rolequiz.cli import results  # noqa: F401  (a saved result shown again)
from rolequiz.cli.app import app, main

__all__ = ["app", "main"]
