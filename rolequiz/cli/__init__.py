"""The command line: a thin coat over the core. Each command lives in its own module."""

from rolequiz.cli import quiz, validate, workshop  # noqa: F401  (registers the commands)
from rolequiz.cli.app import app, main

__all__ = ["app", "main"]
