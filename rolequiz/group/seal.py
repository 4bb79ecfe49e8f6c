"""Students' results sealed for the counselor alone, with libsodium (PyNaCl).

- A sealed workshop has a key pair. The public key is in the manifest: every result saved
  into the folder is a libsodium sealed box (X25519 with a key made for that one file, then
  XSalsa20-Poly1305) that only the private key opens. A student can put a result into the
  folder, never read one back (their own copy stays on their computer).
- The private key stays in the counselor's data folder (`keys/<workshop id>.json`, mode
  0600). Exported to another computer, it is locked with a passphrase: argon2id makes a
  key from it, a secret box (XSalsa20-Poly1305) holds the private key.
- A quiz in progress is kept in the folder locked with a key made from the student's code
  and the workshop's id (argon2id); the file's name comes from the same derivation, so the
  code shows nowhere. Whoever has the code can read that progress; others would have to
  guess the code (docs/privacy.md says how hard that is).

PyNaCl is imported only inside the functions that seal or open something: never when a
quiz starts (docs/performance.md).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from pathlib import Path
from typing import Any

SCHEME = "libsodium-sealedbox-x25519"
MAGIC = b"rolequiz.sealed/1 "  # + the key id (16 hex digits) + "\n" + the sealed box
PROGRESS_MAGIC = b"rolequiz.progress-sealed/1\n"  # + a secret box (nonce first)
KEY_SCHEMA = "rolequiz.workshop-key/1"
EXPORT_SCHEMA = "rolequiz.workshop-key-export/1"
KEY_DIR = "keys"  # inside the counselor's data folder
KEY_ID_LEN = 16
MAX_KEY_BYTES = 64 * 1024
MIN_PASSPHRASE = 8
_HEADER = len(MAGIC) + KEY_ID_LEN + 1
# (no regular expression, no dataclass: this module is read when a quiz opens a sealed
# workshop's manifest, and compiling them costs more than the checks they would make)
_ID_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")
_HEX_CHARS = frozenset("0123456789abcdef")
# argon2id work for a student's code (every save reuses the key: derived once per quiz),
# and for an exported key's passphrase (once per export or import)
_CODE_OPS, _CODE_MEM = 2, 64 * 1024 * 1024  # libsodium's "interactive": ~0.1 s
_PASS_OPS, _PASS_MEM = 3, 256 * 1024 * 1024  # libsodium's "moderate": ~0.6 s


class SealError(Exception):
    """A sealed file that does not open: the reason, in a few words (str() in English;
    `words(lang)` in the user's language, from `key` and its values)."""

    def __init__(self, message: str, key: str = "", **values: str):
        super().__init__(message)
        self.key, self.values = key, values

    def words(self, lang: str) -> str:
        if not self.key:
            return str(self)
        from rolequiz.i18n import t

        return t("seal.why." + self.key, lang, **self.values)


class KeyUnreadable(SealError):
    """The file of a kept key is there but cannot be read (not a regular file, too large,
    not allowed)."""

    def __init__(self, path: Path, reason: str, errno: int | None = None):
        super().__init__(f"cannot read {path}: {reason}")
        self.path, self.reason, self.errno = path, reason, errno


class WrongPassphrase(SealError):
    """An exported key whose passphrase was not the one given."""


def key_id(public: bytes) -> str:
    """A short name of a public key (the first 8 bytes of its BLAKE2b hash, in hex)."""
    from hashlib import blake2b

    return blake2b(public, digest_size=KEY_ID_LEN // 2, person=b"rolequiz-key").hexdigest()


def safe_workshop_id(workshop: str) -> bool:
    """Whether a workshop id can name a key file (it comes from a shared folder)."""
    return 0 < len(workshop) <= 32 and _ID_CHARS.issuperset(workshop)


def _key_id_text(kid: str) -> bool:
    return len(kid) == KEY_ID_LEN and _HEX_CHARS.issuperset(kid)


class WorkshopKey:
    """A workshop's key pair (`secret` None: only the public half)."""

    __slots__ = ("workshop", "title", "public", "secret")

    def __init__(self, workshop: str, title: str, public: bytes, secret: bytes | None = None):
        self.workshop = workshop
        self.title = title
        self.public = public
        self.secret = secret

    @property
    def id(self) -> str:
        return key_id(self.public)

    def manifest_record(self) -> dict[str, str]:
        """What the manifest says of the key: enough to seal, nothing to open."""
        return {"scheme": SCHEME, "public_key": _b64(self.public), "key_id": self.id}


def new_key(workshop: str, title: str) -> WorkshopKey:
    from nacl.public import PrivateKey

    secret = PrivateKey.generate()
    return WorkshopKey(workshop, title, bytes(secret.public_key), bytes(secret))


def public_from_record(record: Any) -> bytes:
    """The public key a manifest's "seal" record holds; ValueError when it is malformed."""
    if type(record) is not dict or record.get("scheme") != SCHEME:
        raise ValueError("unknown sealing scheme")
    public = _unb64(record.get("public_key"), 32)
    if record.get("key_id") != key_id(public):
        raise ValueError("the key id does not match the key")
    return public


# -- results: sealed to the workshop's public key -------------------------------------------


def seal(data: bytes, public: bytes) -> bytes:
    """`data` as a sealed file for the holder of the private key of `public`."""
    from nacl.bindings import crypto_box_seal

    return MAGIC + key_id(public).encode("ascii") + b"\n" + crypto_box_seal(data, public)


def is_sealed(raw: bytes) -> bool:
    return raw[: len(MAGIC)] == MAGIC


class Keyring:
    """The private keys a report may use, by key id. Made only to read sealed results:
    it loads PyNaCl."""

    def __init__(self, keys: list[WorkshopKey] | None = None):
        from nacl.bindings import crypto_box_seal_open
        from nacl.exceptions import CryptoError

        self._open, self._error = crypto_box_seal_open, CryptoError
        self._keys: dict[bytes, tuple[bytes, bytes]] = {}
        self.workshops: dict[str, str] = {}  # workshop id -> key id
        for k in keys or ():
            self.add(k)

    def add(self, key: WorkshopKey) -> None:
        if key.secret is None:
            raise ValueError("a keyring holds private keys")
        self._keys[key.id.encode("ascii")] = (key.public, key.secret)
        self.workshops[key.workshop] = key.id

    def __contains__(self, kid: str) -> bool:
        return kid.encode("ascii") in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def open(self, raw: bytes) -> bytes:
        """The bytes a sealed file holds; SealError saying why they cannot be had. (Run
        for every file of a report: the usual case is one lookup and one call.)"""
        pair = self._keys.get(raw[len(MAGIC): _HEADER - 1])
        if pair is None or raw[_HEADER - 1: _HEADER] != b"\n":
            kid = raw[len(MAGIC): _HEADER - 1].decode("latin-1")
            if raw[_HEADER - 1: _HEADER] != b"\n" or not _key_id_text(kid):
                raise SealError("not a sealed rolequiz file (its first line is damaged)",
                                "first_line")
            raise SealError(f"sealed for another key ({kid}): another workshop's, or a key "
                            "that is not the counselor's", "other_key", kid=kid)
        try:
            return self._open(raw[_HEADER:], pair[0], pair[1])
        except self._error:
            raise SealError("does not open with the workshop's key: altered or cut off",
                            "altered") from None


def unseal(raw: bytes, keys: Keyring | None) -> bytes:
    if keys is None:
        raise SealError("sealed, and no key was given to open it", "no_key")
    return keys.open(raw)


# -- the counselor's private key, on their computer ---------------------------------------


def key_path(keys_dir: Path, workshop: str) -> Path:
    if not safe_workshop_id(workshop):
        raise ValueError(f"not a workshop id: {workshop!r}")
    return Path(keys_dir) / f"{workshop}.json"


def key_document(key: WorkshopKey) -> bytes:
    assert key.secret is not None
    data = {"schema": KEY_SCHEMA, "workshop": {"id": key.workshop, "title": key.title},
            "scheme": SCHEME, "key_id": key.id, "public_key": _b64(key.public),
            "secret_key": _b64(key.secret)}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_key_document(raw: bytes) -> WorkshopKey:
    """A key file back; SealError when it is not one, or its two halves do not match."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("schema") != KEY_SCHEMA or data.get("scheme") != SCHEME:
            raise SealError("not a rolequiz workshop key", "not_key")
        ws = data["workshop"]
        public = _unb64(data["public_key"], 32)
        secret = _unb64(data["secret_key"], 32)
        workshop, title = str(ws["id"]), str(ws.get("title") or "")
    except (UnicodeDecodeError, ValueError, RecursionError, KeyError, TypeError,
            AttributeError):
        raise SealError("not a rolequiz workshop key (damaged?)", "not_key_damaged") from None
    from nacl.bindings import crypto_scalarmult_base

    if crypto_scalarmult_base(secret) != public or not safe_workshop_id(workshop):
        raise SealError("a damaged workshop key (its two halves do not match)", "halves")
    return WorkshopKey(workshop, title, public, secret)


def save_key(keys_dir: Path, key: WorkshopKey) -> Path:
    """Keep the private key in the counselor's data folder, readable by them alone."""
    from rolequiz.base.files import atomic_write

    path = key_path(keys_dir, key.workshop)
    _private_folder(path.parent)
    atomic_write(path, key_document(key), what="workshop key", private=True)
    return path


def load_key(keys_dir: Path, workshop: str) -> WorkshopKey | None:
    """The private key of `workshop` kept on this computer, None when there is none;
    SealError when the file is there but damaged."""
    try:
        path = key_path(keys_dir, workshop)
    except ValueError:
        return None
    from rolequiz.base.files import read_bounded

    try:  # a regular file only, bounded
        raw = read_bounded(path, MAX_KEY_BYTES)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        raise KeyUnreadable(path, e.strerror or str(e), e.errno) from None
    return parse_key_document(raw)


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass


# -- an exported key, locked with a passphrase --------------------------------------------


def lock(key: WorkshopKey, passphrase: str) -> bytes:
    """The key as a file for another computer: argon2id(passphrase) -> a secret box."""
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox
    from nacl.utils import random

    salt = random(argon2id.SALTBYTES)
    box = SecretBox(argon2id.kdf(SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                                 opslimit=_PASS_OPS, memlimit=_PASS_MEM))
    data = {"schema": EXPORT_SCHEMA,
            "workshop": {"id": key.workshop, "title": key.title}, "key_id": key.id,
            "kdf": {"name": "argon2id13", "opslimit": _PASS_OPS, "memlimit": _PASS_MEM,
                    "salt": _b64(salt)},
            "secret_box": _b64(bytes(box.encrypt(key_document(key))))}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_info(raw: bytes) -> tuple[str, str, str]:
    """(workshop id, title, key id) an exported key says it holds; SealError if it is not
    one."""
    data = _export_data(raw)
    try:
        ws = data["workshop"]
        return str(ws["id"]), str(ws.get("title") or ""), str(data["key_id"])
    except (KeyError, TypeError, AttributeError):
        raise SealError("not an exported rolequiz workshop key (damaged?)",
                        "not_export_damaged") from None


def unlock(raw: bytes, passphrase: str) -> WorkshopKey:
    """An exported key opened with its passphrase; WrongPassphrase, or SealError."""
    from nacl.exceptions import CryptoError
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox

    data = _export_data(raw)
    try:
        kdf = data["kdf"]
        ops, mem = kdf["opslimit"], kdf["memlimit"]
        if kdf["name"] != "argon2id13" or type(ops) is not int or type(mem) is not int \
                or not (1 <= ops <= 64 and 8192 <= mem <= 4 * 1024 ** 3):
            raise SealError("an exported key with unknown protection", "protection")
        salt = _unb64(kdf["salt"], argon2id.SALTBYTES)
        sealed = _unb64(data["secret_box"])
    except (KeyError, TypeError, AttributeError, ValueError):
        raise SealError("not an exported rolequiz workshop key (damaged?)",
                        "not_export_damaged") from None
    box = SecretBox(argon2id.kdf(SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                                 opslimit=ops, memlimit=mem))
    try:
        inner = box.decrypt(sealed)
    except CryptoError:
        raise WrongPassphrase("wrong passphrase (or an altered file)") from None
    return parse_key_document(inner)


def _export_data(raw: bytes) -> dict:
    try:
        data = json.loads(raw[:MAX_KEY_BYTES].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = None
    if type(data) is not dict or data.get("schema") != EXPORT_SCHEMA:
        raise SealError("not an exported rolequiz workshop key", "not_export")
    return data


# -- a quiz in progress, locked with the student's code -----------------------------------

_PROGRESS_KEYS: dict[tuple[str, str], tuple[bytes, str]] = {}


def progress_lock(code: str, workshop: str) -> tuple[bytes, str]:
    """(secret box key, file id) for the progress of the student `code` in `workshop`:
    argon2id of the code, salted with the workshop's id, computed once per process."""
    found = _PROGRESS_KEYS.get((code, workshop))
    if found is not None:
        return found
    from hashlib import blake2b

    from nacl.pwhash import argon2id

    salt = blake2b(workshop.encode("utf-8"), digest_size=argon2id.SALTBYTES,
                   person=b"rq-progress-salt").digest()
    out = argon2id.kdf(32 + 10, code.encode("utf-8"), salt, opslimit=_CODE_OPS,
                       memlimit=_CODE_MEM)
    found = _PROGRESS_KEYS[(code, workshop)] = (out[:32], out[32:].hex())
    return found


def lock_progress(data: bytes, key: bytes) -> bytes:
    from nacl.secret import SecretBox

    return PROGRESS_MAGIC + bytes(SecretBox(key).encrypt(data))


def unlock_progress(raw: bytes, key: bytes) -> bytes:
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox

    if raw[: len(PROGRESS_MAGIC)] != PROGRESS_MAGIC:
        raise SealError("not a sealed progress file", "not_progress")
    try:
        return SecretBox(key).decrypt(raw[len(PROGRESS_MAGIC):])
    except CryptoError:
        raise SealError("does not open with this code: altered or cut off",
                        "code_altered") from None


# -- base64 ---------------------------------------------------------------------------------


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    if type(text) is not str:
        raise ValueError("not base64 text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64 text") from None
    if size is not None and len(raw) != size:
        raise ValueError("a key of the wrong size")
    return raw
