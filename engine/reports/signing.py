"""Ed25519-signed JSON exports, as in-toto statements in DSSE envelopes, with a per-installation key.

**The key.** One Ed25519 key per installation, in the per-user data folder (``$ATTEST_KEY`` overrides the
path), created on first use as PKCS#8 PEM with mode 0600 from the start (never wider, not even briefly).
Its id, :func:`key_id`, is the lowercase hex SHA-256 of the raw 32-byte public key; ``attest reports
key`` prints the id and the public key as SubjectPublicKeyInfo PEM (:func:`public_key_pem`), which is
what a recipient needs to check who signed a file.

**The file** (``reports export --format json``) is a DSSE envelope (see :mod:`engine.reports.dsse`)::

    {"payloadType": "application/vnd.in-toto+json", "payload": "<base64 statement>",
     "signatures": [{"keyid": "<key id>", "sig": "<base64 Ed25519 over PAE>", "publicKey": "<base64 raw key>"}]}

whose payload is the canonical JSON of an in-toto Statement v1::

    {"_type": "https://in-toto.io/Statement/v1",
     "subject": [{"name": "attest-report-<id>.json", "digest": {"sha256": "<body_sha256>"}}],
     "predicateType": "https://attest.invalid/report/v1",
     "predicate": {"format": "attest-report/1", "report": {...}, "chain": {...}, "artifacts": [...]}}

The subject's digest is the report's content digest: the SHA-256 of the canonical JSON of
``predicate.report`` (as the report database records it). securesystemslib's ``Envelope.verify`` checks
these files (tests/reports/test_dsse.py); ``cosign verify-blob-attestation --key`` is meant to as well
(``--insecure-ignore-tlog``, and ``--check-claims=false`` unless given the canonical report body as the
blob), but is untested here. ``keyid`` and ``publicKey`` are unauthenticated hints.

:func:`verify_export` checks, in order: the payload type, the signature over the DSSE PAE (with the
given key if there is one, else with the key in the file or the installation's), the statement's
type, then each artifact's SHA-256, the content digest recomputed from the report body, the subject
digest against it, and the chain hash recomputed from the previous hash, the digest and the chain
position. One changed byte in the payload, the payload type, a signature or a key fails at least one
of them (base64 must be canonical, JSON keys unique); the only single-byte edits that leave a file
valid rename an unsigned hint's field (``keyid``; ``publicKey`` when the key is known anyway), which
DSSE readers must ignore, and leave the signed content as it was. Files in the older format (the
export dict with a top-level ``signature = {"algorithm": "Ed25519", "public_key", "value"}`` over its
canonical JSON) still verify, and the verdict says they are in the older format.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from core.errors import AttestError

from . import dsse
from .canonical import canonical_json
from .store import chain_hash, default_db_path

PREDICATE_TYPE: Final = "https://attest.invalid/report/v1"
"""The in-toto predicate type of an Attest report (a URI we own; it need not resolve)."""
PAYLOAD_TYPE: Final = dsse.PAYLOAD_TYPE
HOW_TO_VERIFY: Final = ("Check the signed JSON export of this report with `attest reports verify-file REPORT.json "
                        "--key SIGNER.pem`, where SIGNER.pem is the signer's `attest reports key --out SIGNER.pem` "
                        "(its key id must be the one shown here); standard DSSE tools such as securesystemslib "
                        "read it too.")
"""One line an HTML or PDF report can print on how to check its signed JSON export."""


def default_key_path() -> Path:
    env = os.environ.get("ATTEST_KEY")
    if env:
        return Path(env).expanduser()
    return default_db_path().parent / "signing-key.pem"


def _write_private(path: Path, data: bytes) -> bool:
    """Create ``path`` with mode 0600 holding ``data``, unless it exists; True if this call created it.

    Written to a 0600 temporary file in the same folder, then hard-linked into place, so the key is
    never readable by others and two processes starting at once cannot overwrite each other's key.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)  # mode 0600
    except OSError as exc:
        raise AttestError(f"cannot create the signing key in {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # a filesystem without hard links: the rename may replace a key made meanwhile
            os.replace(tmp, path)
        return True
    except OSError as exc:
        raise AttestError(f"cannot write the signing key {path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def load_or_create_key(path: Path | None = None):
    """The installation's Ed25519 private key, created (mode 0600) if there is none yet."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(path or default_key_path())
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        if _write_private(path, pem):
            return key
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as exc:
        raise AttestError(f"the signing key {path} is unreadable ({exc}); move it away to make a new one") from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise AttestError(f"the signing key {path} is not an Ed25519 key")
    return loaded


def _raw_public(key: Any) -> bytes:
    """Raw 32 public-key bytes from a key object (private or public), raw bytes or a base64 string."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    if isinstance(key, Ed25519PublicKey):
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if isinstance(key, str):
        try:
            key = base64.b64decode(key, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("an Ed25519 public key in base64 was expected") from None
    if isinstance(key, (bytes, bytearray)) and len(key) == 32:
        return bytes(key)
    raise ValueError(f"not an Ed25519 key: {type(key).__name__}")


def key_id(public_key: Any) -> str:
    """Lowercase hex SHA-256 of the raw 32-byte Ed25519 public key.

    ``public_key`` may be an ``Ed25519PublicKey``, an ``Ed25519PrivateKey`` (its public half), the raw
    32 bytes, or those bytes in standard base64 (as the older export format carried them). ValueError
    for anything else. This is the ``keyid`` of every signature Attest writes.
    """
    return hashlib.sha256(_raw_public(public_key)).hexdigest()


def public_key_pem(key: Any) -> str:
    """The public key as SubjectPublicKeyInfo PEM (accepts what :func:`key_id` accepts)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    pub = Ed25519PublicKey.from_public_bytes(_raw_public(key))
    return pub.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def public_key_b64(key: Any) -> str:
    """Standard base64 of the raw public key (the form the files carry)."""
    return base64.b64encode(_raw_public(key)).decode("ascii")


def load_public_key(data: bytes | str | Path):
    """An Ed25519 public key from PEM text or a PEM file; AttestError (one line) if it is not one.

    A private key PEM is accepted too (its public half is used), so that ``--key`` may name the
    installation's own key file.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

    name = "the key"
    if isinstance(data, Path):
        name = str(data)
        try:
            data = data.read_bytes()
        except OSError as exc:
            raise AttestError(f"cannot read {name}: {exc.strerror or exc}") from None
    raw = data.encode("utf-8") if isinstance(data, str) else data
    key: Any
    try:
        key = serialization.load_pem_public_key(raw)
    except (ValueError, TypeError, binascii.Error):
        try:
            key = serialization.load_pem_private_key(raw, password=None)
        except (ValueError, TypeError, binascii.Error):
            raise AttestError(f"{name} is not a PEM public key (give the file `attest reports key --out` "
                              "wrote)") from None
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    if not isinstance(key, Ed25519PublicKey):
        raise AttestError(f"{name} is not an Ed25519 key")
    return key


def subject_name(report_id: Any) -> str:
    return f"attest-report-{report_id}.json"


def sign_export(data: dict[str, Any], key=None) -> dict[str, Any]:
    """The DSSE envelope (a dict) of ``data`` (an export dict) as an in-toto statement, signed with ``key``.

    ``key`` defaults to the installation's key. Ed25519 is deterministic: the same export and key give
    the same bytes.
    """
    key = key or load_or_create_key()
    body = {k: v for k, v in data.items() if k != "signature"}
    chain = body.get("chain") or {}
    st = dsse.statement([(subject_name(chain.get("id")), {"sha256": str(chain.get("body_sha256"))})],
                        PREDICATE_TYPE, body)
    payload = canonical_json(st).encode("utf-8")
    pub = _raw_public(key)
    return dsse.sign_envelope(PAYLOAD_TYPE, payload, key.sign, hashlib.sha256(pub).hexdigest(), pub)


def export_payload(raw: bytes) -> dict[str, Any]:
    """The export dict (format, report, chain, artifacts) inside a file of either format, NOT verified.

    For reading a file's content after :func:`verify_export` said it is sound (and for tests). Raises
    ValueError (:class:`~engine.reports.dsse.DsseError` or ``json.JSONDecodeError``) on a malformed file.
    """
    data = dsse.loads_strict(raw)
    if dsse.is_envelope(data):
        return dsse.parse_statement(dsse.parse_envelope(data).payload)["predicate"]
    if not isinstance(data, dict):
        raise dsse.DsseError("not an Attest export")
    return {k: v for k, v in data.items() if k != "signature"}


@dataclass(frozen=True)
class FileVerdict:
    ok: bool
    message: str
    signer: str = ""
    """The signing public key, base64 of its raw 32 bytes ("" if unknown)."""
    this_installation: bool = False
    report_id: int | None = None
    key_id: str = ""
    """:func:`key_id` of the key that signed the file ("" if unknown)."""
    format: str = ""
    """``"dsse"`` (in-toto statement in a DSSE envelope), ``"legacy"`` (the older top-level signature) or ""."""
    given_key: bool | None = None
    """With a given key: whether that key signed the file; None when no key was given."""

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "message": self.message, "signer_public_key": self.signer, "key_id": self.key_id,
                "signed_by_this_installation": self.this_installation, "signed_by_given_key": self.given_key,
                "format": self.format, "report_id": self.report_id}


def _ed25519_ok(pub: bytes, sig: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(pub).verify(sig, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_export(raw: bytes, trusted_key=None, given_key=None) -> FileVerdict:
    """Check a signed JSON export (see the module docstring); never raises on a bad file.

    ``trusted_key`` (the installation's key, optional) only decides whether the verdict says "signed by
    this installation". ``given_key`` (a key object, raw bytes or base64, optional) is the key the file
    must be signed with: a file signed by any other key fails with "NOT signed by the given key".
    """
    try:
        data = dsse.loads_strict(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return FileVerdict(False, "not a JSON report (the bytes do not decode)")
    except dsse.DsseError as exc:
        return FileVerdict(False, f"not a well-formed JSON report: {exc}")
    try:
        given = None if given_key is None else _raw_public(given_key)
        mine = None if trusted_key is None else _raw_public(trusted_key)
    except ValueError as exc:
        return FileVerdict(False, f"the key to check against is unusable: {exc}")
    if dsse.is_envelope(data):
        return _verify_envelope(data, mine, given)
    if isinstance(data, dict) and "signature" in data:
        return _verify_legacy(data, mine, given)
    return FileVerdict(False, "not a signed Attest report (neither a DSSE envelope nor the older signed format)")


def _verify_envelope(data: dict[str, Any], mine: bytes | None, given: bytes | None) -> FileVerdict:
    fmt = "dsse"
    try:
        env = dsse.parse_envelope(data)
    except dsse.DsseError as exc:
        return FileVerdict(False, f"not a well-formed DSSE envelope: {exc}", format=fmt)
    if env.payload_type != PAYLOAD_TYPE:
        return FileVerdict(False, f"unexpected payloadType {env.payload_type!r} (expected {PAYLOAD_TYPE})",
                           format=fmt)
    message = env.pae()
    verified: list[bytes] = []  # keys with a valid signature, in the file's order
    has_key = given is not None or mine is not None
    for s in env.signatures:
        if s.public_key is not None:
            has_key = True
            if s.keyid and s.keyid != hashlib.sha256(s.public_key).hexdigest():
                return FileVerdict(False, "the signature's keyid does not match the public key in the file",
                                   format=fmt)
        for k in (given, s.public_key, mine):
            if k is None or (s.keyid and s.keyid != hashlib.sha256(k).hexdigest()):
                continue  # no key, or the keyid names another key
            if _ed25519_ok(k, s.sig, message):
                verified.append(k)
                break
    if not verified:
        if not has_key:
            return FileVerdict(False, "the file carries no public key to check its signature: give the signer's "
                               "key with --key", format=fmt)
        why = "signature does not match: the file was changed after it was signed"
        if given is not None:
            why += ", or it is NOT signed by the given key"
        return FileVerdict(False, why, format=fmt, given_key=False if given is not None else None)
    if given is not None and given not in verified:
        kid = hashlib.sha256(verified[0]).hexdigest()
        return FileVerdict(False, f"NOT signed by the given key (key id {hashlib.sha256(given).hexdigest()}): "
                           f"it is signed by key id {kid}", base64.b64encode(verified[0]).decode("ascii"),
                           verified[0] == mine, key_id=kid, format=fmt, given_key=False)
    signed_by = given if given is not None else (mine if mine in verified else verified[0])
    assert signed_by is not None
    kid = hashlib.sha256(signed_by).hexdigest()
    b64 = base64.b64encode(signed_by).decode("ascii")
    try:
        st = dsse.parse_statement(env.payload, PREDICATE_TYPE)
    except dsse.DsseError as exc:
        return FileVerdict(False, f"signed, but not an Attest report: {exc}", b64, signed_by == mine,
                           key_id=kid, format=fmt, given_key=True if given is not None else None)
    subject_digests = [s["digest"].get("sha256") for s in st["subject"]]
    return _check_contents(st["predicate"], signed_by, mine, given, fmt, subject_digests)


def _verify_legacy(data: dict[str, Any], mine: bytes | None, given: bytes | None) -> FileVerdict:
    fmt = "legacy"
    old = "older signed format (before DSSE)"
    try:
        sig = data["signature"]
        if sig.get("algorithm") != "Ed25519":
            return FileVerdict(False, f"{old}: unsupported signature algorithm {sig.get('algorithm')!r}",
                               format=fmt)
        pub = base64.b64decode(sig["public_key"], validate=True)
        value = base64.b64decode(sig["value"], validate=True)
        body = {k: v for k, v in data.items() if k != "signature"}
        payload = canonical_json(body).encode("utf-8")
    except (KeyError, TypeError, ValueError, AttributeError):
        return FileVerdict(False, f"{old}: signature or fields missing or malformed", format=fmt)
    if len(pub) != 32 or not _ed25519_ok(pub, value, payload):
        return FileVerdict(False, f"{old}: signature does not match: the file was changed after it was signed",
                           sig.get("public_key", ""), format=fmt)
    kid = hashlib.sha256(pub).hexdigest()
    if given is not None and pub != given:
        return FileVerdict(False, f"{old}: NOT signed by the given key (key id {hashlib.sha256(given).hexdigest()}): "
                           f"it is signed by key id {kid}", sig["public_key"], pub == mine, key_id=kid, format=fmt,
                           given_key=False)
    return _check_contents(body, pub, mine, given, fmt, None)


def _check_contents(body: Any, signer: bytes, mine: bytes | None, given: bytes | None, fmt: str,
                    subject_digests: list[Any] | None) -> FileVerdict:
    """Artifact digests, content digest, subject digest (DSSE), chain hash; then the success verdict."""
    kid = hashlib.sha256(signer).hexdigest()
    common: dict[str, Any] = {"signer": base64.b64encode(signer).decode("ascii"), "this_installation": signer == mine,
              "key_id": kid, "format": fmt, "given_key": True if given is not None else None}
    prefix = "older signed format (before DSSE): " if fmt == "legacy" else ""
    try:
        report, chain = body["report"], body["chain"]
        rid = chain.get("id")
        artifacts = body.get("artifacts", [])
        if not isinstance(artifacts, list):
            raise TypeError
    except (KeyError, TypeError, AttributeError):
        return FileVerdict(False, f"{prefix}signed, but the report or its chain position is missing", **common)
    common["report_id"] = rid if isinstance(rid, int) else None
    for a in artifacts:
        name = a.get("name") if isinstance(a, dict) else None
        try:
            blob = base64.b64decode(a["data_base64"], validate=True)
        except (KeyError, TypeError, ValueError):
            return FileVerdict(False, f"{prefix}artifact {name!r} is malformed", **common)
        if hashlib.sha256(blob).hexdigest() != a.get("sha256"):
            return FileVerdict(False, f"{prefix}artifact {name!r} does not match its SHA-256", **common)
    if not chain.get("redacted"):
        try:
            digest = hashlib.sha256(canonical_json(report).encode("utf-8")).hexdigest()
        except (TypeError, ValueError, RecursionError):
            digest = ""
        if digest != chain.get("body_sha256"):
            return FileVerdict(False, f"{prefix}the report body does not match its content digest", **common)
    if subject_digests is not None and chain.get("body_sha256") not in subject_digests:
        return FileVerdict(False, "the statement's subject digest is not the report's content digest", **common)
    try:
        expected = chain_hash(chain["prev_hash"], chain["body_sha256"], int(chain["seq"]))
    except (KeyError, TypeError, ValueError):
        expected = None
    if expected is None or expected != chain.get("hash"):
        return FileVerdict(False, f"{prefix}the chain hash does not match the report's digest and position",
                           **common)
    if given is not None:
        who = "the given key"
    elif signer == mine:
        who = "this installation"
    else:
        who = "another installation (compare the key id with the signer's `attest reports key`)"
    what = ("signature valid (in-toto statement in a DSSE envelope)" if fmt == "dsse"
            else "signature valid (older signed format, before DSSE: re-export it for standard tools)")
    return FileVerdict(True, f"report #{rid}: {what}; digests and chain hash consistent; signed by {who}, "
                       f"key id {kid}", **common)
