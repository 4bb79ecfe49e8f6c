"""The project's exceptions and exit codes. The CLI maps these in one place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # a runtime failure: disk full, permission denied
    USAGE = 2  # bad usage, bad content or answers
    INTERRUPTED = 130  # 128 + SIGINT


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, with where it is and how to fix it."""

    path: str
    line: int | None  # 1-based
    column: int | None  # 1-based
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text

    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.column or 0, self.message)


class RolequizError(Exception):
    """Base of every error a user can cause or meet; carries its exit code."""

    exit_code: int = ExitCode.FAILURE

    def lines(self) -> list[str]:
        return [str(self)]


class UsageError(RolequizError):
    """The command was called in a way that cannot work."""

    exit_code = ExitCode.USAGE


class ContentError(RolequizError):
    """A content, answers or result file is malformed; lists every problem found."""

    exit_code = ExitCode.USAGE

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class NotFound(RolequizError):
    """A role, file or saved quiz the user named does not exist."""

    exit_code = ExitCode.USAGE


class SaveError(RolequizError):
    """Writing a file failed (disk full, permission denied).

    Raised with a message already in the user's language, or by base/files.py with its
    parts, which this layer cannot word in French: `key` (which sentence: "to", "in",
    "folder", "no_name", "unreadable_there"), `what` (the file: "result", "quiz progress",
    "workshop manifest", "report", "workshop key", "output", "file"), `path` (the file or
    folder), `reason` (the system's words, `errno` its number). The CLI says it in the
    session's language (rolequiz.i18n.errors); str() is the English."""

    exit_code = ExitCode.FAILURE

    ENGLISH = {
        "to": "could not save the {what} to {path}: {reason}",
        "in": "could not save the {what} in {path}: {reason}",
        "folder": "could not create the folder {path}: {reason}",
        "no_name": "could not find a free file name for the {what} in {path}",
        "unreadable_there": "could not save the {what} to {path}: the file already there "
                            "cannot be read ({reason}), so it is kept as it is; move it away "
                            "to save this quiz",
    }

    def __init__(self, message: str = "", *, key: str = "", what: str = "file",
                 path: object = "", reason: str = "", errno: int | None = None):
        self.key, self.what, self.path = key, what, str(path)
        self.reason, self.errno = reason, errno
        if key:
            message = self.ENGLISH[key].format(what=what, path=self.path, reason=reason)
        super().__init__(message)


class OutputError(RolequizError, OSError):
    """The output could not be written: standard output full (`> /dev/full`), closed
    (`>&-`) or failing. A pipe whose reader went away (`| head`) is no error. An OSError
    too: code that carries on when the terminal has gone still does."""

    exit_code = ExitCode.FAILURE


class Interrupted(RolequizError):
    """The user stopped the program (Ctrl-C, end of input, a signal)."""

    exit_code = ExitCode.INTERRUPTED
