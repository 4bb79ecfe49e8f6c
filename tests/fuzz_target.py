"""Fuzz target for the content loader: any bytes, as a questions, roles or answers file,
either load or raise ContentError. Anything else (another exception, a crash, a hang) is a
bug. Used by tests/test_fuzz.py (short, in CI) and benchmarks/fuzz_loader.py (long runs)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rolequiz.base.errors import ContentError
from rolequiz.content.answers import load_answers
from rolequiz.content.load import load_content

DATA = Path(__file__).parent / "data"
MINI_Q = DATA / "mini" / "questions.yaml"
MINI_R = DATA / "mini" / "roles.yaml"
SEEDS = [MINI_Q.read_bytes(), MINI_R.read_bytes(), (DATA / "mini" / "answers.yaml").read_bytes()]

_tmp = Path(tempfile.mkdtemp(prefix="rolequiz-fuzz-"))
_questions = None


def one_input(data: bytes) -> None:
    """Feed `data` as each kind of file; raises only on a bug."""
    global _questions
    if _questions is None:
        _questions = load_content(MINI_Q, MINI_R).questions
    path = _tmp / f"input-{os.getpid()}.yaml"
    path.write_bytes(data)
    for call in (
        lambda: load_content(path, MINI_R),
        lambda: load_content(MINI_Q, path),
        lambda: load_answers(path, _questions),
    ):
        try:
            call()
        except ContentError as e:
            assert e.problems, "a ContentError must say what is wrong"
            for p in e.problems:
                assert str(p).startswith(str(path)), str(p)
