"""rolequiz: which data, AI or engineering job suits you? A terminal quiz."""

__version__ = "0.1.0"
