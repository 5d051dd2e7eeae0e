"""DSSE and in-toto as the specifications define them, and an export checked by a standard tool
(securesystemslib) as well as by `reports verify-file`, before and after a one-byte change of the payload."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from core.draft import ArtifactDraft, ReportDraft
from engine.reports import dsse
from engine.reports.store import ReportStore


def test_pae_is_the_specifications_encoding() -> None:
    # DSSE protocol.md: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes, ASCII decimal
    assert dsse.pae("http://example.com/HelloWorld", b"hello world") == \
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    assert dsse.pae("", b"") == b"DSSEv1 0  0 "
    assert dsse.pae("application/vnd.é", "ü".encode()) == b"DSSEv1 18 application/vnd.\xc3\xa9 2 \xc3\xbc"


def test_pae_matches_securesystemslib() -> None:
    from securesystemslib.dsse import Envelope

    for payload_type, payload in [(dsse.PAYLOAD_TYPE, b'{"_type":"x"}'), ("t/ü", bytes(range(256)))]:
        assert dsse.pae(payload_type, payload) == Envelope(payload, payload_type, {}).pae()


@pytest.mark.parametrize(("text", "data"), [("aGk=", b"hi"), ("aGk", b"hi"), ("-_8=", b"\xfb\xff"),
                                            ("+/8", b"\xfb\xff"), ("", b"")])
def test_base64_standard_or_urlsafe_padding_optional(text: str, data: bytes) -> None:
    assert dsse.b64decode_strict(text, "x") == data


@pytest.mark.parametrize("text", ["aGl=", "aGk==", "aGk===", "a", "aG k", "aGk=\n", "@@@@", "aGk=aGk=", "+_8="])
def test_base64_that_is_not_canonical_or_not_base64_is_refused(text: str) -> None:
    # "aGl=" decodes to b"hi" in lenient decoders (spare bits set): two texts for one payload are refused
    with pytest.raises(dsse.DsseError):
        dsse.b64decode_strict(text, "x")


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(dsse.DsseError, match="duplicate JSON key 'payload'"):
        dsse.loads_strict(b'{"payload": "aGk=", "payload": "aGk="}')
    assert dsse.loads_strict('{"a": {"b": 1}}') == {"a": {"b": 1}}


def test_envelope_round_trip_and_unknown_fields_ignored() -> None:
    env = dsse.sign_envelope("t", b"body", lambda m: m[::-1], "kid", b"\x01" * 32)
    assert env == {"payloadType": "t", "payload": "Ym9keQ==",
                   "signatures": [{"keyid": "kid", "sig": base64.b64encode(dsse.pae("t", b"body")[::-1]).decode(),
                                   "publicKey": base64.b64encode(b"\x01" * 32).decode()}]}
    parsed = dsse.parse_envelope(dict(env, comment="producers may add fields"))
    assert (parsed.payload_type, parsed.payload, parsed.signatures[0].keyid) == ("t", b"body", "kid")
    assert parsed.signatures[0].public_key == b"\x01" * 32 and parsed.pae() == dsse.pae("t", b"body")
    no_keyid = dsse.parse_envelope({"payloadType": "t", "payload": "", "signatures": [{"sig": ""}]})
    assert no_keyid.signatures[0].keyid == "" and no_keyid.signatures[0].public_key is None


@pytest.mark.parametrize(("data", "fragment"), [
    ([], "not a JSON object"),
    ({"payload": "", "payloadType": "t"}, "no signatures"),
    ({"payload": "", "payloadType": 3, "signatures": [{"sig": ""}]}, "payloadType is not a string"),
    ({"payload": "", "payloadType": "t", "signatures": []}, "no signatures"),
    ({"payload": "", "payloadType": "t", "signatures": [{"keyid": "k"}]}, "has no sig"),
    ({"payload": "", "payloadType": "t", "signatures": [{"sig": "", "keyid": 1}]}, "keyid that is not a string"),
    ({"payload": "%", "payloadType": "t", "signatures": [{"sig": ""}]}, "payload is not valid base64"),
])
def test_malformed_envelopes_say_what_is_wrong(data: object, fragment: str) -> None:
    with pytest.raises(dsse.DsseError, match=fragment):
        dsse.parse_envelope(data)


def test_statement_v1() -> None:
    st = dsse.statement([("a.json", {"sha256": "ab" * 32})], "https://example.invalid/p/v1", {"k": 1})
    assert st == {"_type": "https://in-toto.io/Statement/v1", "subject": [{"name": "a.json",
                  "digest": {"sha256": "ab" * 32}}], "predicateType": "https://example.invalid/p/v1",
                  "predicate": {"k": 1}}
    assert dsse.parse_statement(json.dumps(st).encode(), "https://example.invalid/p/v1") == st
    with pytest.raises(dsse.DsseError, match="predicateType"):
        dsse.parse_statement(json.dumps(st).encode(), "https://example.invalid/other")
    for broken in (dict(st, _type="https://in-toto.io/Statement/v0.1"), dict(st, subject=[]),
                   dict(st, subject=[{"name": "a"}]), dict(st, predicate=[1])):
        with pytest.raises(dsse.DsseError):
            dsse.parse_statement(json.dumps(broken).encode())
    with pytest.raises(dsse.DsseError, match="not JSON"):
        dsse.parse_statement(b"\xff")


def _securesystemslib_verifies(raw: bytes, pem: bytes, keyid: str) -> bool:
    """Only securesystemslib (with pyca/cryptography to read the PEM, as its own keys do): no Attest code."""
    from cryptography.hazmat.primitives.serialization import load_pem_public_key
    from securesystemslib.dsse import Envelope
    from securesystemslib.exceptions import VerificationError
    from securesystemslib.signer import SSlibKey

    key = SSlibKey.from_crypto(load_pem_public_key(pem), keyid=keyid)
    try:
        accepted = Envelope.from_dict(json.loads(raw)).verify([key], 1)
    except VerificationError:
        return False
    return list(accepted) == [keyid]


def test_export_verifies_with_securesystemslib_and_verify_file(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    import main

    db = tmp_path / "std.db"
    store = ReportStore(db)
    store.save(ReportDraft("environment", "env", {}, {}, {}, {}))
    store.save(ReportDraft("verify", "Claims in the press release", {"threshold": 0.5}, {"doc.txt": "cd" * 32},
                           {"kas": 0.75}, {"claims": [{"text": "Paris is the capital of France"}]},
                           (ArtifactDraft("evidence.graphml", "application/graphml+xml", b"<graphml/>"),)))
    store.close()
    out, pem = tmp_path / "r.json", tmp_path / "attest.pub.pem"
    assert main.main(["--db", str(db), "reports", "export", "2", "--out", str(out)]) == 0
    assert main.main(["reports", "key", "--out", str(pem)]) == 0
    capsys.readouterr()
    raw = out.read_bytes()
    env = json.loads(raw)
    keyid = env["signatures"][0]["keyid"]  # the id `reports key` prints: the signer tells the recipient
    assert _securesystemslib_verifies(raw, pem.read_bytes(), keyid)
    statement = json.loads(base64.b64decode(env["payload"]))
    assert statement["_type"] == "https://in-toto.io/Statement/v1"
    assert statement["predicate"]["report"]["title"] == "Claims in the press release"
    assert main.main(["reports", "verify-file", str(out), "--key", str(pem)]) == 0
    assert "OK: report #2" in capsys.readouterr().out

    payload = bytearray(base64.b64decode(env["payload"]))
    pos = payload.index(b"Paris")
    payload[pos] ^= 0x01  # "Paris" -> "Qaris": one byte of the signed statement
    env["payload"] = base64.b64encode(bytes(payload)).decode()
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(env))
    assert not _securesystemslib_verifies(forged.read_bytes(), pem.read_bytes(), keyid)
    assert main.main(["reports", "verify-file", str(forged), "--key", str(pem)]) == 3
    assert "FAILED: signature does not match" in capsys.readouterr().out
