"""A workshop folder's layout, the one place its names are defined.

A counselor prepares a folder (``workshop.json`` + a copy of the content in ``content/``),
shares it (network folder, USB stick), and every student's quiz saves one result file into
it. Reading a folder never fails on a bad file: it is skipped and listed with the reason.

Layout of a workshop folder::

    workshop.json                 the manifest: title, id, pinned content and its digests
    content/questions.yaml        copies of the content every student of the group answers
    content/roles.yaml
    k7m3qp.sealed ...             one result per student, sealed to the counselor's key
                                  (a workshop prepared with --open: zoe.json, k7m3qp.json)
    .progress/<id>.sealed         answers of a quiz still in progress (crash-safe), sealed
                                  with a key made from the student's code; the id is made
                                  from it too (--open: .progress/<code>.json)
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

MANIFEST = "workshop.json"
WORKSHOP_SCHEMA = "rolequiz.workshop/1"
PROGRESS_SCHEMA = "rolequiz.workshop-progress/1"
RESULT_SCHEMA = "rolequiz.result/1"  # same value as content.RESULT_SCHEMA (kept import-light)
CONTENT_DIR = "content"
PROGRESS_DIR = ".progress"
SUFFIX = ".json"
SEALED_SUFFIX = ".sealed"  # a result or a progress file only its key opens (group/seal.py)
RESULT_SUFFIXES = (SUFFIX, SEALED_SUFFIX)  # the files a report reads
MAX_RESULT_BYTES = 2 * 1024 * 1024  # a result is a few KB; anything far bigger is not one


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
