"""Running part of a test in a forked child: without root's power over permissions, in
another mount namespace, under a lower limit."""

from __future__ import annotations

import os


def forked(fn) -> tuple[int, str]:
    """Run fn() in a forked child, for what a test must not do to its own process (give up
    root, enter another mount namespace, lower a limit). Returns the child's exit code and
    what fn returned, or the exception it raised (an assert's message included)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code, out = 1, ""
        try:
            os.close(read_end)
            out = fn()
            code = 0
        except BaseException as e:  # noqa: BLE001 - reported to the parent, which fails
            out = f"{type(e).__name__}: {e}"
        finally:
            os.write(write_end, str(out).encode("utf-8"))
            os._exit(code)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode("utf-8")


def unprivileged(fn) -> tuple[int, str]:
    """fn() in a forked child that cannot override file permissions: as root (CI runs as
    root), the child first becomes `nobody`. (Forked, not started anew: the interpreter may
    live where `nobody` cannot read it.)"""

    def drop_then_run():
        if os.geteuid() == 0:
            import pwd

            try:
                nobody = pwd.getpwnam("nobody")
                uid, gid = nobody.pw_uid, nobody.pw_gid
            except KeyError:
                uid = gid = 65534
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
        return fn()

    return forked(drop_then_run)
