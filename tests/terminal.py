"""Programs in a pseudo-terminal, driven by what they show, never by the clock.

Every key is sent after an expect() that proves the screen asking for it is drawn. pexpect's
own pause before each send (delaybeforesend, 50 ms) is turned off, so no test passes because
a key happened to arrive late; the timeout is a safety net that only a hang reaches.
"""

from __future__ import annotations

SAFETY_NET = 60  # seconds, for one expect()


def spawn(command: str, args: list[str], **kwargs):
    import pexpect

    kwargs.setdefault("encoding", "utf-8")
    kwargs.setdefault("dimensions", (40, 100))
    kwargs.setdefault("timeout", SAFETY_NET)
    child = pexpect.spawn(command, args, **kwargs)
    child.delaybeforesend = None
    return child


def leave_results(child) -> str:
    """The results browser is on screen: press q, wait for the end; what was shown."""
    import pexpect

    child.expect("q quit")  # the key line, the last thing drawn ("q quitter" in French)
    child.send("q")
    child.expect(pexpect.EOF)
    return child.before
