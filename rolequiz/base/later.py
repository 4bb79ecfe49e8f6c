"""A module imported the first time it is used, not when the importing module loads.

`yaml = later("yaml", globals())` at the top of a module: the first `yaml.X` imports PyYAML
and puts the real module in that name, so later uses cost nothing extra. For imports that
most runs never need (PyYAML when the content comes from the cache: about 15 ms).
"""

from __future__ import annotations

import importlib
from typing import Any


class later:  # noqa: N801 - reads like the import statement it stands for
    def __init__(self, name: str, namespace: dict[str, Any], alias: str | None = None):
        self._name = name
        self._namespace = namespace
        self._alias = alias or name.rpartition(".")[2]

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        module = importlib.import_module(self._name)
        self._namespace[self._alias] = module
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<{self._name}, imported on first use>"
