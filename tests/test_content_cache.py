"""The content cache: the same objects as reading the YAML, never trusted blindly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rolequiz.base.errors import ContentError
from rolequiz.content import cache as contentcache
from rolequiz.content.load import load_content


def cache_files() -> list[Path]:
    return sorted(Path(os.environ["ROLEQUIZ_CACHE_DIR"]).glob("content-*.json"))


def copy_mini(mini, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    q, r = folder / "questions.yaml", folder / "roles.yaml"
    shutil.copy(mini["questions"], q)
    shutil.copy(mini["roles"], r)
    return q, r


def test_a_second_load_comes_from_the_cache_and_is_equal(mini, monkeypatch):
    first = load_content(mini["questions"], mini["roles"])
    assert len(cache_files()) == 1
    monkeypatch.setattr("rolequiz.content.yamlsafe.load", lambda path: pytest.fail("read the YAML"))
    second = load_content(mini["questions"], mini["roles"])
    assert second == first
    assert second.questions.digest == first.questions.digest


def test_the_default_content_round_trips_exactly(content):
    again = load_content()
    assert again == content
    assert [r.facts for r in again.roles.roles] == [r.facts for r in content.roles.roles]


def test_the_same_bytes_elsewhere_keep_the_path_given(mini, tmp_path):
    load_content(mini["questions"], mini["roles"])
    q, r = copy_mini(mini, tmp_path / "elsewhere")
    moved = load_content(q, r)
    assert len(cache_files()) == 1  # same bytes, same entry
    assert (moved.questions.path, moved.roles.path) == (str(q), str(r))


def test_an_edited_file_is_read_again(mini, tmp_path):
    q, r = copy_mini(mini, tmp_path / "c")
    load_content(q, r)
    r.write_text(r.read_text(encoding="utf-8").replace("en: Analyst", "en: Data Person"),
                 encoding="utf-8")
    names = [x.name.get("en") for x in load_content(q, r).roles.roles]
    assert "Data Person" in names
    assert len(cache_files()) == 2


def test_a_file_edited_while_it_is_read_is_not_cached(mini, tmp_path, monkeypatch):
    """The cache key is made from the bytes before the edit, the content from those after
    it: kept, that content would come back for the file as it was before."""
    from rolequiz.content import load

    q, r = copy_mini(mini, tmp_path / "c")
    before = r.read_bytes()
    real = load._read

    def edited_meanwhile(path, *args):
        if Path(path) == r:
            r.write_bytes(before.replace(b"en: Analyst", b"en: Data Person"))
        return real(path, *args)

    monkeypatch.setattr(load, "_read", edited_meanwhile)
    assert "Data Person" in [x.name.get("en") for x in load_content(q, r).roles.roles]
    monkeypatch.setattr(load, "_read", real)
    r.write_bytes(before)
    assert "Analyst" in [x.name.get("en") for x in load_content(q, r).roles.roles]


def test_content_with_problems_is_never_cached(mini, tmp_path):
    q, r = copy_mini(mini, tmp_path / "c")
    r.write_text("schema: rolequiz.roles/1\nroles: []\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ContentError, match="roles is empty"):
            load_content(q, r)
    assert cache_files() == []


@pytest.mark.parametrize(
    "spoil",
    [
        lambda entry: "not json",
        lambda entry: json.dumps({**entry, "key": "0" * 64}),  # another key
        lambda entry: json.dumps({**entry, "format": 99}),
        lambda entry: json.dumps(entry).replace('"@":"Role"', '"@":"system"'),  # not ours
        lambda entry: json.dumps(entry).replace('"profile"', '"profil"'),  # fields changed
        lambda entry: json.dumps({**entry, "content": [1, 2]}),
    ],
)
def test_a_spoiled_cache_file_is_ignored(mini, spoil):
    good = load_content(mini["questions"], mini["roles"])
    (path,) = cache_files()
    entry = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(spoil(entry), encoding="utf-8")
    assert load_content(mini["questions"], mini["roles"]) == good


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_file_others_can_write_is_not_trusted(mini):
    load_content(mini["questions"], mini["roles"])
    (path,) = cache_files()
    entry = json.loads(path.read_text(encoding="utf-8"))
    forged = json.dumps(entry).replace("Analyst", "Forged")

    def names_after_writing(mode: int) -> list[str]:
        path.write_text(forged, encoding="utf-8")
        os.chmod(path, mode)
        roles = load_content(mini["questions"], mini["roles"]).roles.roles
        return [r.name.get("en") for r in roles]

    assert "Forged" not in names_after_writing(0o666)  # others could have written it
    assert "Forged" not in names_after_writing(0o620)
    # the same file, private: trusted (so the permissions, not chance, kept it out above)
    assert "Forged" in names_after_writing(0o600)


def test_no_cache_when_asked(mini, monkeypatch):
    monkeypatch.setenv("ROLEQUIZ_NO_CACHE", "1")
    load_content(mini["questions"], mini["roles"])
    assert cache_files() == []


def test_an_unwritable_cache_folder_changes_nothing(mini, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ROLEQUIZ_CACHE_DIR", str(blocker / "cache"))
    first = load_content(mini["questions"], mini["roles"])
    assert load_content(mini["questions"], mini["roles"]) == first


def test_a_cache_hit_does_not_import_pyyaml(mini):
    code = (
        "import sys\nfrom rolequiz.content.load import load_content\n"
        f"load_content({str(mini['questions'])!r}, {str(mini['roles'])!r})\n"
        "print('yaml' in sys.modules)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env=os.environ).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]


def test_the_cache_folder_follows_the_platform_rules(monkeypatch, tmp_path):
    monkeypatch.delenv("ROLEQUIZ_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform not in ("win32", "darwin"):
        assert contentcache.folder() == tmp_path / "xdg" / "rolequiz"
    monkeypatch.setenv("ROLEQUIZ_NO_CACHE", "1")
    assert contentcache.folder() is None


def test_the_hash_is_sha256():
    import hashlib

    for data in (b"", b"abc", bytes(range(256)) * 100):
        assert contentcache.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
