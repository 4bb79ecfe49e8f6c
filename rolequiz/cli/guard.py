"""The one place that turns the project's errors into a message and an exit code, without
typer: the typer app (cli/app.py) and the quiz started before typer (cli/fast.py) share it.

Every message goes through textsafe.clean here: names, ids and titles from files reach the
terminal with their control and bidi characters made visible, whichever error carries them.
Standard output is watched too: full (`> /dev/full`) or closed (`>&-`), the program says so
in one line and ends with exit code 1; a reader that went away (`| head`) ends it quietly.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys

from rolequiz.base.errors import ExitCode, OutputError, RolequizError

# What the program reports itself; anything else is a bug and keeps its traceback.
HANDLED = (RolequizError, KeyboardInterrupt, BrokenPipeError)

# The language of this run, once a command has worked it out (cli/choices.py `lang_of`,
# or the language of the result `rolequiz results` shows); before that, `--lang` as typed
# (cli/app.py), else ROLEQUIZ_LANG and the locale. Errors raised where no language is
# known (a file that cannot be saved: base/files.py) are worded in it.
_language: str | None = None


def use_language(lang: str | None) -> None:
    """Word the errors of this run in `lang` (None: as the environment says)."""
    global _language
    _language = lang


def session_language() -> str:
    if _language is not None:
        return _language
    from rolequiz.i18n import choose_language

    return choose_language()


def language_in(args: list[str]) -> str | None:
    """The language `--lang` asks for in a command line as typed, if a known one."""
    from rolequiz.i18n import LANGUAGES

    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found if found in LANGUAGES else None


def report_error(error: RolequizError, lang: str | None = None) -> None:
    from rolequiz.base.textsafe import clean
    from rolequiz.i18n.errors import lines

    try:
        for line in lines(error, lang or session_language()):
            first, *more = str(line).split("\n")
            sys.stderr.write(f"rolequiz: {clean(first)}\n")
            for part in more:
                sys.stderr.write(clean(part) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass  # no stderr to tell it on: the exit code says it


def exit_code(error: BaseException) -> int:
    """Tell the user about one of HANDLED, and give the exit code it ends with."""
    if isinstance(error, RolequizError):
        if isinstance(error, OutputError):
            quiet_stdout()
        report_error(error)
        return int(error.exit_code)
    if isinstance(error, KeyboardInterrupt):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stderr.write("\nrolequiz: interrupted\n")
        return int(ExitCode.INTERRUPTED)
    quiet_stdout()  # BrokenPipeError: the reader went away (| head), nothing to tell
    return int(ExitCode.OK)


def finish(code: int | str | None) -> int | str | None:
    """The exit code once what is left of the output is written: the end of a program
    writes it too, and a failure there would print a traceback-like warning and exit 120."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except HANDLED as e:
        failed = exit_code(e)
        return code if failed == ExitCode.OK else failed
    except (OSError, ValueError):
        quiet_stdout()
    return code


def quiet_stdout() -> None:
    """Whatever is still held for stdout goes nowhere: nobody can read it, and writing it
    again when the program ends would only fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


class _Output(io.FileIO):
    """Standard output's file, whose failures are the program's to tell (OutputError), not
    a traceback: a full disk, a closed or failing device. A broken pipe stays what it is."""

    def write(self, b) -> int | None:  # type: ignore[override]
        try:
            return super().write(b)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise OutputError(_could_not(e.strerror or str(e))) from None


class _ClosedOutput(io.TextIOBase):
    """Standard output when there is none (`>&-`): writing to it is an OutputError."""

    encoding = "utf-8"
    errors = "strict"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, s: str) -> int:
        raise OutputError(_could_not("standard output is closed"))


def _could_not(why: str) -> str:
    return f"could not write the output: {why}"


def watch_stdout() -> None:
    """Standard output set up so that failing to write it is an OutputError (see above)."""
    out = sys.stdout
    if out is None:
        # a file opened next would take descriptor 1, where anything written to "stdout"
        # would land: a place holder takes it
        with contextlib.suppress(OSError):
            fd = os.open(os.devnull, os.O_WRONLY)
            if fd > 2:
                os.close(fd)
        sys.stdout = _ClosedOutput()
        return
    buffer = getattr(out, "buffer", None)
    raw = buffer if type(buffer) is io.FileIO else getattr(buffer, "raw", None)  # python -u
    if type(raw) is not io.FileIO or out.closed:  # a console's own, or a test's: as it is
        return
    try:
        out.flush()
        binary: io.RawIOBase | io.BufferedWriter = _Output(out.fileno(), "wb", closefd=False)
        if buffer is not raw:
            binary = io.BufferedWriter(binary)
        wrapped = io.TextIOWrapper(binary, encoding=out.encoding, errors=out.errors,
                                   line_buffering=out.line_buffering,
                                   write_through=out.write_through)
    except (OSError, ValueError):
        return
    sys.stdout = wrapped


def safe_streams() -> None:
    """Never crash on a console that cannot show a character (ascii, cp850, cp1252): what
    it cannot show is written as a stand-in ("EUR" for €), not a question mark. Never a
    traceback when stdout cannot be written (watch_stdout), nor when stderr is closed."""
    from rolequiz.base.textsafe import stand_ins

    if sys.stderr is None:
        with contextlib.suppress(OSError):
            sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    watch_stdout()
    errors = stand_ins()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors=errors)  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


@contextlib.contextmanager
def signals_raise_exit():
    """SIGTERM and SIGHUP raise SystemExit(128 + signum), so `finally` blocks run: a
    terminal left in raw mode (the results browser) or without echo (a passphrase asked)
    is put back, a temporary file removed. Every command runs under it (cli/__init__.py).
    `signal` is imported here, not with this module: `--version` does without it."""
    import signal

    def handler(signum, frame):  # noqa: ARG001
        raise SystemExit(128 + signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            previous[sig] = signal.signal(sig, handler)
        except (ValueError, OSError):
            pass  # not the main thread
    try:
        yield
    finally:
        for sig, old in previous.items():
            try:
                signal.signal(sig, old)
            except (ValueError, OSError):
                pass
