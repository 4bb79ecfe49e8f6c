"""Validated content kept between runs, keyed by the SHA-256 of both files' bytes.

Reading and checking the YAML takes longer than everything else rolequiz does before the
first question (see docs/performance.md); the same two files are read on every run of a
class. So once content has passed every check, the resulting objects are written as JSON
to the user's cache folder, under a name made from the hash of both files, of this
version of rolequiz and of the code that checks them. The next run with the same bytes
reads that instead of the YAML.

A cache file is data, never code (JSON, only the classes of rolequiz.content.models), and is used
only when it can be trusted: it must name the exact key it was asked for, be owned by
this user and writable by no one else, in a folder writable by no one else. Anything
odd (unreadable, corrupt, from another version) and the YAML is read as if there were no
cache. ROLEQUIZ_CACHE_DIR chooses the folder; ROLEQUIZ_NO_CACHE=1 turns the cache off.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import MISSING
from pathlib import Path
from stat import S_ISREG
from types import MappingProxyType
from typing import Any

from rolequiz import __version__
from rolequiz.content import models

FORMAT = 3
MAX_FILES = 16  # oldest first out; each is a few hundred KB at most
MAX_BYTES = 1024 * 1024  # as yamlsafe.MAX_BYTES: larger files are read (and refused) there


def _sha256():
    """hashlib.sha256 without loading OpenSSL (3 ms at start-up): the interpreter's own
    implementation where there is one, else hashlib's. The same digests either way."""
    for name in ("_sha256", "_sha2"):  # Python 3.11; 3.12 and later
        try:
            return __import__(name).sha256
        except (ImportError, AttributeError):
            pass
    from hashlib import sha256

    return sha256


sha256 = _sha256()


def folder() -> Path | None:
    """Where cache files go, or None when the cache is off."""
    if os.environ.get("ROLEQUIZ_NO_CACHE", "").strip() not in ("", "0"):
        return None
    env = os.environ.get("ROLEQUIZ_CACHE_DIR", "").strip()
    if env:
        return Path(env)
    # platformdirs.user_cache_dir, without importing it (about 10 ms)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "rolequiz" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "rolequiz"
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "rolequiz"


def _code_fingerprint() -> str:
    """Changes whenever the code that reads content could change its verdict or objects."""
    here = Path(__file__).resolve().parent
    parts = [__version__, str(FORMAT)]
    for name in ("load.py", "yamlsafe.py", "models.py"):
        try:
            st = (here / name).stat()
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(name)
    return "|".join(parts)


class Lookup:
    """The bytes of both files, read once, and the key they make."""

    def __init__(self, questions: str | Path, roles: str | Path):
        self.names = (str(questions), str(roles))
        self.key: str | None = None
        self.path: Path | None = None
        where = folder()
        if where is None:
            return
        h = sha256(_code_fingerprint().encode("utf-8"))
        from rolequiz.base.files import read_bounded

        for p in (questions, roles):
            try:
                # a regular file only: a pipe (`--questions <(...)`) is read once, by the
                # normal path, and never cached
                data = read_bounded(p, MAX_BYTES)
            except OSError:
                return  # the normal path says what is wrong with the file
            h.update(len(data).to_bytes(8, "big"))
            h.update(data)
        self.key = h.hexdigest()
        self.path = where / f"content-{self.key[:40]}.json"

    def get(self) -> models.Content | None:
        """The cached content for these bytes, or None."""
        if self.path is None:
            return None
        try:
            # never waits: a pipe by that name is opened without blocking, then refused
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
            with os.fdopen(fd, "rb") as f:
                if not (S_ISREG(os.fstat(fd).st_mode) and _trusted(fd, self.path.parent)):
                    return None
                entry = json.loads(f.read(), object_hook=_decode)
            if entry.get("format") != FORMAT or entry.get("key") != self.key:
                return None
            content = entry["content"]
            if not isinstance(content, models.Content):
                return None
            return _renamed(content, *self.names)
        except Exception:  # noqa: BLE001 - a cache never breaks a run: read the YAML instead
            return None

    def put(self, content: models.Content) -> None:
        """Keep `content` for next time; quietly does nothing when it cannot."""
        if self.path is None:
            return
        try:
            data = json.dumps({"format": FORMAT, "key": self.key, "content": _encode(content)},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, self.path)
            _prune(self.path.parent)
        except Exception:  # noqa: BLE001 - no cache folder, read-only disk...: no cache
            pass


def _trusted(fd: int, parent: Path) -> bool:
    """Owned by this user, writable by no one else, in a folder writable by no one else."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the user's own profile folder
    uid = os.getuid()
    for st in (os.fstat(fd), os.stat(parent)):
        if st.st_uid != uid or st.st_mode & 0o022:
            return False
    return True


def _prune(where: Path) -> None:
    files = sorted(where.glob("content-*.json"), key=lambda p: p.stat().st_mtime)
    for old in files[:-MAX_FILES]:
        old.unlink(missing_ok=True)
    # the temporary files of runs killed while writing (a minute old: none is under way)
    import time

    for left in where.glob(".content-*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - left.lstat().st_mtime > 60:
                left.unlink()


def _renamed(content: models.Content, questions: str, roles: str) -> models.Content:
    """The paths as given this time (the same bytes may sit under another name)."""
    from dataclasses import replace

    return models.Content(replace(content.questions, path=questions),
                          replace(content.roles, path=roles))


# -- JSON for the frozen dataclasses of rolequiz.content.models ------------------------------------

_CLASSES = {
    name: cls for name, cls in vars(models).items()
    if isinstance(cls, type) and hasattr(cls, "__dataclass_fields__")
    and cls.__module__ == models.__name__
}
# Fields left out when they hold their plain default (None, (), ...): a role without missions
# costs nothing to read back. (Not default_factory fields: those would come back mutable.)
_DEFAULTS = {
    name: {f.name: f.default for f in cls.__dataclass_fields__.values()
           if f.default is not MISSING}
    for name, cls in _CLASSES.items()
}


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    cls = type(value)
    if cls is models.Text and type(value.values) is MappingProxyType:
        return {"@x": list(value.values.items())}  # the most common object: kept short
    if cls is models.Quote:  # then these two: a source's words behind each statement
        return {"@q": [value.source, value.text]}
    if cls is models.Sourced and type(value.values) is MappingProxyType:
        return {"@s": [list(value.values.items()), [_encode(q) for q in value.quotes]]}
    if _CLASSES.get(cls.__name__) is cls:
        out = {"@": cls.__name__}
        defaults = _DEFAULTS[cls.__name__]
        for name in cls.__dataclass_fields__:
            item = getattr(value, name)
            if name in defaults:
                default = defaults[name]
                if item is default or (type(item) is type(default) and item == default):
                    continue
            out[name] = _encode(item)
        return out
    if isinstance(value, MappingProxyType):
        return {"@m": [[k, _encode(v)] for k, v in value.items()]}
    if isinstance(value, dict):
        return {"@d": [[k, _encode(v)] for k, v in value.items()]}
    if isinstance(value, tuple):
        return {"@t": [_encode(v) for v in value]}
    if isinstance(value, frozenset):
        return {"@f": sorted(_encode(v) for v in value)}
    raise TypeError(f"cannot cache a {cls.__name__}")


def _decode(obj: dict) -> Any:
    if "@x" in obj:
        return _Text(MappingProxyType(dict(obj["@x"])))
    if "@q" in obj:
        return _quote(*obj["@q"])
    if "@s" in obj:
        values, quotes = obj["@s"]
        return _sourced(values, quotes)
    if "@" in obj:
        cls = _CLASSES[obj.pop("@")]  # KeyError: not ours, the cache is not used
        return cls(**obj)
    if "@m" in obj:
        return MappingProxyType(dict(obj["@m"]))
    if "@t" in obj:
        return tuple(obj["@t"])
    if "@d" in obj:
        return dict(obj["@d"])
    if "@f" in obj:
        return frozenset(obj["@f"])
    return obj


_Text = models.Text


def _quote(source: str, text: str) -> models.Quote:
    """Quote(source, text), made by filling its dictionary (as models.new_reason does): a
    file of content holds hundreds of them, and the generated __init__ sets each field
    through object.__setattr__."""
    q = object.__new__(models.Quote)
    q.__dict__.update(source=source, text=text)
    return q


def _sourced(values: list, quotes: list) -> models.Sourced:
    s = object.__new__(models.Sourced)
    s.__dict__.update(values=MappingProxyType(dict(values)), quotes=tuple(quotes))
    return s
