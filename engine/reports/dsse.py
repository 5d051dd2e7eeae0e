"""DSSE envelopes and in-toto Statement v1, as the standard tools read them (stdlib only, no key handling).

A signed Attest export is a DSSE JSON envelope (DSSE v1.0, ``envelope.md`` and ``protocol.md`` of the
secure-systems-lab/dsse specification)::

    {"payloadType": "application/vnd.in-toto+json",
     "payload": "<base64 of the statement's canonical JSON bytes>",
     "signatures": [{"keyid": "<hex SHA-256 of the raw Ed25519 public key>",
                     "sig": "<base64 Ed25519 signature over PAE(payloadType, payload bytes)>",
                     "publicKey": "<base64 of the raw 32-byte Ed25519 public key>"}]}

The signature covers only the pre-authentication encoding :func:`pae` of the payload type and the payload
bytes; ``keyid`` and ``publicKey`` are unauthenticated hints. ``publicKey`` is an extra field, which the
specification allows ("Producers ... MAY add additional fields. Consumers MUST ignore unrecognized
fields"); it lets a file be checked for integrity without the signer's key, while *who* signed it is
decided only by comparing the key with a trusted one (``reports verify-file --key``).

The payload is an in-toto Statement v1 (``_type``, ``subject``, ``predicateType``, ``predicate``); see
:func:`statement`. :func:`parse_envelope` is strict where the specification leaves room, so that one
changed byte anywhere in a file is noticed: duplicate JSON keys and non-canonical base64 (spare bits
set, which plain decoders ignore) are refused.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

PAYLOAD_TYPE: Final = "application/vnd.in-toto+json"
"""The DSSE payload type of an in-toto statement."""
STATEMENT_TYPE: Final = "https://in-toto.io/Statement/v1"
"""``_type`` of an in-toto Statement v1."""


class DsseError(ValueError):
    """A malformed envelope or statement; the message is one line for a person."""


@dataclass(frozen=True)
class EnvelopeSignature:
    keyid: str
    sig: bytes
    public_key: bytes | None = None
    """The raw public key from the extra ``publicKey`` field, if the producer put one there."""


@dataclass(frozen=True)
class Envelope:
    payload_type: str
    payload: bytes
    signatures: tuple[EnvelopeSignature, ...]

    def pae(self) -> bytes:
        return pae(self.payload_type, self.payload)


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding: ``"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body``.

    ``LEN`` is the byte length in ASCII decimal, without leading zeros; ``type`` is UTF-8.
    """
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(t), t, len(payload), payload)


def b64encode(data: bytes) -> str:
    """Standard base64 with padding (what the envelope writes)."""
    return base64.b64encode(data).decode("ascii")


def b64decode_strict(text: Any, what: str) -> bytes:
    """Standard or URL-safe base64 (both allowed by DSSE), padding optional, but canonical.

    Canonical: re-encoding the bytes gives the same text (up to padding), so that no two texts stand
    for the same bytes. Raises :class:`DsseError`.
    """
    if not isinstance(text, str):
        raise DsseError(f"{what} is not a base64 string")
    urlsafe = "-" in text or "_" in text
    if urlsafe and ("+" in text or "/" in text):
        raise DsseError(f"{what} mixes the standard and the URL-safe base64 alphabets")
    std = text.replace("-", "+").replace("_", "/") if urlsafe else text
    body = std.rstrip("=")
    if len(body) % 4 == 1 or (len(std) != len(body) and len(std) != len(body) + (-len(body) % 4)):
        raise DsseError(f"{what} is not valid base64")  # an impossible length, or wrong padding
    padded = body + "=" * (-len(body) % 4)
    try:
        data = base64.b64decode(padded.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise DsseError(f"{what} is not valid base64") from None
    if base64.b64encode(data).decode("ascii").rstrip("=") != body:
        raise DsseError(f"{what} is not canonical base64 (changed spare bits)")
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise DsseError(f"duplicate JSON key {k!r}")
        out[k] = v
    return out


def loads_strict(raw: bytes | str) -> Any:
    """JSON that refuses duplicate keys (two parsers could otherwise read two different files)."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    return json.loads(text, object_pairs_hook=_no_duplicates)


def is_envelope(data: Any) -> bool:
    """Whether a parsed JSON value looks like a DSSE envelope (it has the envelope's fields)."""
    return isinstance(data, dict) and "payloadType" in data and "payload" in data and "signatures" in data


def parse_envelope(data: Any) -> Envelope:
    """A parsed JSON value as an :class:`Envelope`; raises :class:`DsseError` (signatures not checked)."""
    if not isinstance(data, dict):
        raise DsseError("not a DSSE envelope (not a JSON object)")
    missing = [k for k in ("payload", "payloadType", "signatures") if k not in data]
    if missing:
        raise DsseError(f"not a DSSE envelope (no {', '.join(missing)})")
    payload_type = data["payloadType"]
    if not isinstance(payload_type, str):
        raise DsseError("the envelope's payloadType is not a string")
    payload = b64decode_strict(data["payload"], "the envelope's payload")
    sigs = data["signatures"]
    if not isinstance(sigs, list) or not sigs:
        raise DsseError("the envelope has no signatures")
    out = []
    for i, s in enumerate(sigs, 1):
        if not isinstance(s, dict) or "sig" not in s:
            raise DsseError(f"signature {i} of the envelope has no sig")
        keyid = s.get("keyid", "")  # optional; unset is the same as empty
        if not isinstance(keyid, str):
            raise DsseError(f"signature {i} has a keyid that is not a string")
        sig = b64decode_strict(s["sig"], f"signature {i}")
        pub = b64decode_strict(s["publicKey"], f"the public key of signature {i}") if "publicKey" in s else None
        out.append(EnvelopeSignature(keyid, sig, pub))
    return Envelope(payload_type, payload, tuple(out))


def sign_envelope(payload_type: str, payload: bytes, sign: Callable[[bytes], bytes], keyid: str = "",
                  public_key: bytes | None = None) -> dict[str, Any]:
    """An envelope dict with one signature ``sign(pae(payload_type, payload))``."""
    sig: dict[str, Any] = {"keyid": keyid, "sig": b64encode(sign(pae(payload_type, payload)))}
    if public_key is not None:
        sig["publicKey"] = b64encode(public_key)
    return {"payloadType": payload_type, "payload": b64encode(payload), "signatures": [sig]}


def statement(subjects: list[tuple[str, dict[str, str]]], predicate_type: str,
              predicate: dict[str, Any]) -> dict[str, Any]:
    """An in-toto Statement v1: ``subjects`` are ``(name, {algorithm: hex digest})`` pairs."""
    return {"_type": STATEMENT_TYPE,
            "subject": [{"name": name, "digest": dict(digest)} for name, digest in subjects],
            "predicateType": predicate_type, "predicate": predicate}


def parse_statement(payload: bytes, predicate_type: str | None = None) -> dict[str, Any]:
    """The payload as an in-toto Statement v1 (of ``predicate_type`` if given); raises :class:`DsseError`."""
    try:
        st = loads_strict(payload)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DsseError("the payload is not JSON") from None
    if not isinstance(st, dict) or st.get("_type") != STATEMENT_TYPE:
        raise DsseError(f"the payload is not an in-toto Statement v1 (_type is not {STATEMENT_TYPE})")
    subjects = st.get("subject")
    if not isinstance(subjects, list) or not subjects or not all(
            isinstance(s, dict) and isinstance(s.get("digest"), dict) and s["digest"] for s in subjects):
        raise DsseError("the statement has no subject with a digest")
    if predicate_type is not None and st.get("predicateType") != predicate_type:
        raise DsseError(f"the statement's predicateType is {st.get('predicateType')!r}, not {predicate_type!r}")
    if not isinstance(st.get("predicate"), dict):
        raise DsseError("the statement has no predicate")
    return st
