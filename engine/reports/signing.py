"""Ed25519 signatures on exported JSON reports, with a per-installation key.

The key lives in the per-user data folder (``$ATTEST_KEY`` overrides the path), created on first use
with mode 0600. A signed export carries ``signature = {"algorithm": "Ed25519", "public_key", "value"}``
over the canonical JSON of the export without that field. :func:`verify_export` checks, in order:
the signature, each artifact's SHA-256, the content digest recomputed from the report body, and the
chain hash recomputed from the previous hash, the digest and the chain position. One changed byte
anywhere fails at least one of them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import AttestError
from core.fileio import atomic_write_bytes

from .canonical import canonical_json
from .store import chain_hash, default_db_path


def default_key_path() -> Path:
    env = os.environ.get("ATTEST_KEY")
    if env:
        return Path(env).expanduser()
    return default_db_path().parent / "signing-key.pem"


def load_or_create_key(path: Path | None = None):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(path or default_key_path())
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError, OSError) as exc:
            raise AttestError(f"the signing key {path} is unreadable ({exc}); move it away to make a new one") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise AttestError(f"the signing key {path} is not an Ed25519 key")
        return key
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    atomic_write_bytes(path, pem)
    os.chmod(path, 0o600)
    return key


def public_key_b64(key) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign_export(data: dict[str, Any], key=None) -> dict[str, Any]:
    """Return ``data`` with an Ed25519 signature over its canonical JSON."""
    key = key or load_or_create_key()
    body = {k: v for k, v in data.items() if k != "signature"}
    sig = key.sign(canonical_json(body).encode("utf-8"))
    return dict(body, signature={"algorithm": "Ed25519", "public_key": public_key_b64(key),
                                 "value": base64.b64encode(sig).decode("ascii")})


@dataclass(frozen=True)
class FileVerdict:
    ok: bool
    message: str
    signer: str = ""
    this_installation: bool = False
    report_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "message": self.message, "signer_public_key": self.signer,
                "signed_by_this_installation": self.this_installation, "report_id": self.report_id}


def verify_export(raw: bytes, trusted_key=None) -> FileVerdict:
    """Check a signed JSON export (see the module docstring); never raises on a bad file."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        data = json.loads(raw.decode("utf-8"))
        sig = data["signature"]
        if sig.get("algorithm") != "Ed25519":
            return FileVerdict(False, f"unsupported signature algorithm {sig.get('algorithm')!r}")
        pub = Ed25519PublicKey.from_public_bytes(base64.b64decode(sig["public_key"], validate=True))
        value = base64.b64decode(sig["value"], validate=True)
        body = {k: v for k, v in data.items() if k != "signature"}
        report, chain = body["report"], body["chain"]
    except (UnicodeDecodeError, json.JSONDecodeError):
        return FileVerdict(False, "not a JSON report (the bytes do not decode)")
    except (KeyError, TypeError, ValueError, AttributeError):
        return FileVerdict(False, "not a signed Attest report (signature or fields missing or malformed)")
    try:
        pub.verify(value, canonical_json(body).encode("utf-8"))
    except InvalidSignature:
        return FileVerdict(False, "signature does not match: the file was changed after it was signed",
                           sig.get("public_key", ""))
    rid = chain.get("id")
    for a in body.get("artifacts", []):
        try:
            blob = base64.b64decode(a["data_base64"], validate=True)
        except (KeyError, ValueError):
            return FileVerdict(False, f"artifact {a.get('name')!r} is malformed", report_id=rid)
        if hashlib.sha256(blob).hexdigest() != a.get("sha256"):
            return FileVerdict(False, f"artifact {a.get('name')!r} does not match its SHA-256", report_id=rid)
    if not chain.get("redacted"):
        digest = hashlib.sha256(canonical_json(report).encode("utf-8")).hexdigest()
        if digest != chain.get("body_sha256"):
            return FileVerdict(False, "the report body does not match its content digest", report_id=rid)
    if chain_hash(chain["prev_hash"], chain["body_sha256"], int(chain["seq"])) != chain.get("hash"):
        return FileVerdict(False, "the chain hash does not match the report's digest and position", report_id=rid)
    mine = False
    if trusted_key is not None:
        mine = public_key_b64(trusted_key) == sig["public_key"]
    who = "this installation" if mine else "another installation (compare the public key)"
    return FileVerdict(True, f"report #{rid}: signature valid, digests and chain hash consistent; signed by {who}",
                       sig["public_key"], mine, rid)
