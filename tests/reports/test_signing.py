"""Signed JSON exports: an in-toto statement in a DSSE envelope, valid as written; any changed byte of what
is signed fails verification; a file signed by another key fails against the signer's key; files in the
older signed format still verify; the key and every export get the modes a user expects."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from core.draft import ArtifactDraft, ReportDraft
from engine.reports import api, dsse
from engine.reports.canonical import canonical_json
from engine.reports.export import to_json_dict
from engine.reports.signing import (
    PREDICATE_TYPE,
    export_payload,
    key_id,
    load_or_create_key,
    public_key_pem,
    sign_export,
    verify_export,
)
from engine.reports.store import ReportStore, chain_hash
from tests.figures import record


def _store(tmp_path: Path) -> tuple[ReportStore, int]:
    store = ReportStore(tmp_path / "s.db")
    store.save(ReportDraft("environment", "first", {}, {}, {}, {}))
    rid = store.save(ReportDraft("trace", "Trace of 2 images", {}, {}, {"attributed": 1},
                                 {"results": [{"image": "a.png", "user": "alice", "p_value": 1e-9}]},
                                 (ArtifactDraft("bits.png", "image/png", b"\x89PNG\r\n\x1a\nxyz"),)))
    return store, rid


def _export(tmp_path: Path) -> bytes:
    store, rid = _store(tmp_path)
    out = tmp_path / "r.json"
    api.export_report(store, rid, out)
    return out.read_bytes()


def _legacy(data: dict, key: Ed25519PrivateKey) -> bytes:
    """A file in the older format: the export dict with a top-level Ed25519 signature over its canonical JSON."""
    raw_pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    sig = key.sign(canonical_json(data).encode("utf-8"))
    return canonical_json(dict(data, signature={"algorithm": "Ed25519",
                                                "public_key": base64.b64encode(raw_pub).decode(),
                                                "value": base64.b64encode(sig).decode()})).encode()


@contextmanager
def _umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def test_export_is_an_in_toto_statement_in_a_dsse_envelope(tmp_path: Path) -> None:
    store, rid = _store(tmp_path)
    out = api.export_report(store, rid, tmp_path / "r.json").path
    raw = out.read_bytes()
    key = load_or_create_key()
    env = json.loads(raw)
    assert set(env) == {"payloadType", "payload", "signatures"}
    assert env["payloadType"] == "application/vnd.in-toto+json"
    [sig] = env["signatures"]
    assert sig["keyid"] == key_id(key) == hashlib.sha256(base64.b64decode(sig["publicKey"])).hexdigest()
    payload = base64.b64decode(env["payload"])
    pae = b"DSSEv1 28 application/vnd.in-toto+json %d " % len(payload) + payload
    key.public_key().verify(base64.b64decode(sig["sig"]), pae)  # raises if the signature is not over the PAE
    statement = json.loads(payload)
    report = store.get(rid)
    assert payload.decode() == canonical_json(statement)
    assert statement["_type"] == "https://in-toto.io/Statement/v1" and statement["predicateType"] == PREDICATE_TYPE
    assert statement["subject"] == [{"name": f"attest-report-{rid}.json", "digest": {"sha256": report.body_sha256}}]
    assert statement["predicate"] == json.loads(canonical_json(to_json_dict(report, store.artifacts(rid))))
    assert export_payload(raw) == statement["predicate"]
    verdict = verify_export(raw, key)
    assert verdict.ok and verdict.this_installation and verdict.report_id == rid and verdict.format == "dsse"
    assert verdict.key_id == key_id(key) and verdict.key_id in verdict.message
    assert "signed by this installation" in verdict.message and verdict.given_key is None


def test_any_single_changed_byte_fails(tmp_path: Path) -> None:
    """Every byte of the file, each changed once: verification fails, or only an unsigned hint's field name
    changed (DSSE consumers must ignore unknown fields) and payload, type, signature and signer are the same."""
    raw = _export(tmp_path)
    original = dsse.parse_envelope(json.loads(raw))
    rng = random.Random(7)
    failed = hints = 0
    for pos in range(len(raw)):
        forged = bytearray(raw)
        forged[pos] = (forged[pos] + 1 + rng.randrange(255)) % 256
        verdict = verify_export(bytes(forged))
        if not verdict.ok:
            failed += 1
            assert "\n" not in verdict.message
            continue
        env = dsse.parse_envelope(json.loads(bytes(forged)))
        assert (env.payload, env.payload_type, env.signatures[0].sig) == (
            original.payload, original.payload_type, original.signatures[0].sig), pos
        assert verdict.key_id == key_id(load_or_create_key()), pos
        hints += 1
    assert failed >= len(raw) - 2 * len("publicKey")
    record("tamper evidence", "single-byte changes to signed exports detected", failed)


def test_resigned_forgery_is_caught_by_digests_and_by_the_key(tmp_path: Path) -> None:
    """A forger who re-signs with their own key cannot fix the content digest silently; one who also
    recomputes every digest is caught by the signer's key."""
    data = export_payload(_export(tmp_path))
    mallory = Ed25519PrivateKey.generate()
    data["report"]["result"]["results"][0]["user"] = "mallory"
    lazy = canonical_json(sign_export(data, mallory)).encode()
    verdict = verify_export(lazy, load_or_create_key())
    assert not verdict.ok and "content digest" in verdict.message
    chain = data["chain"]
    chain["body_sha256"] = hashlib.sha256(canonical_json(data["report"]).encode()).hexdigest()
    chain["hash"] = chain_hash(chain["prev_hash"], chain["body_sha256"], chain["seq"])
    careful = canonical_json(sign_export(data, mallory)).encode()
    fooled = verify_export(careful, load_or_create_key())
    assert fooled.ok and not fooled.this_installation and "another installation" in fooled.message
    assert fooled.key_id == key_id(mallory) != key_id(load_or_create_key())
    caught = verify_export(careful, given_key=load_or_create_key().public_key())
    assert not caught.ok and caught.given_key is False
    assert caught.message.startswith("NOT signed by the given key") and key_id(mallory) in caught.message
    record("tamper evidence", "re-signed forgeries detected", 2)


def _resign_envelope(env: dict, key: Ed25519PrivateKey, payload_type: str | None = None,
                     payload: bytes | None = None) -> bytes:
    payload = base64.b64decode(env["payload"]) if payload is None else payload
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return canonical_json(dsse.sign_envelope(payload_type or env["payloadType"], payload, key.sign,
                                             key_id(key), pub)).encode()


def test_envelope_checks_name_what_is_wrong(tmp_path: Path) -> None:
    raw = _export(tmp_path)
    env = json.loads(raw)
    key = load_or_create_key()
    wrong_type = verify_export(_resign_envelope(env, key, payload_type="application/json"))
    assert not wrong_type.ok and "payloadType" in wrong_type.message
    statement = json.loads(base64.b64decode(env["payload"]))
    other = dict(statement, predicateType="https://example.invalid/other")
    assert "predicateType" in verify_export(_resign_envelope(env, key, payload=canonical_json(other).encode())).message
    moved = dict(statement, subject=[{"name": "x", "digest": {"sha256": "0" * 64}}])
    verdict = verify_export(_resign_envelope(env, key, payload=canonical_json(moved).encode()))
    assert not verdict.ok and "subject digest" in verdict.message
    bad_keyid = json.loads(raw)
    bad_keyid["signatures"][0]["keyid"] = key_id(Ed25519PrivateKey.generate())
    assert "keyid" in verify_export(json.dumps(bad_keyid).encode()).message
    duplicated = raw.replace(b'{"payload"', b'{"payloadType":"x","payload"', 1)
    assert "duplicate JSON key" in verify_export(duplicated).message


def test_without_the_public_key_in_the_file_the_signers_key_is_needed(tmp_path: Path) -> None:
    env = json.loads(_export(tmp_path))
    del env["signatures"][0]["publicKey"]
    bare = json.dumps(env).encode()
    alone = verify_export(bare)
    assert not alone.ok and "--key" in alone.message
    assert verify_export(bare, load_or_create_key()).ok
    assert verify_export(bare, given_key=load_or_create_key().public_key()).ok
    assert verify_export(bare, given_key=Ed25519PrivateKey.generate().public_key()).given_key is False


def test_older_signed_format_still_verifies(tmp_path: Path) -> None:
    key = load_or_create_key()
    data = export_payload(_export(tmp_path))
    old = _legacy(data, key)
    verdict = verify_export(old, key)
    assert verdict.ok and verdict.format == "legacy" and verdict.this_installation and verdict.report_id == 2
    assert "older signed format" in verdict.message and verdict.key_id == key_id(key)
    assert export_payload(old) == data
    forged = verify_export(old.replace(b"alice", b"alicf"))
    assert not forged.ok and "older signed format" in forged.message and "signature does not match" in forged.message
    other = verify_export(old, given_key=Ed25519PrivateKey.generate().public_key())
    assert not other.ok and "NOT signed by the given key" in other.message


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"[]", b"null", b'{"format": "attest-report/1"}',
                                 b'{"payload": 1, "payloadType": "x", "signatures": []}',
                                 b'{"payload": "", "payloadType": "application/vnd.in-toto+json", "signatures": '
                                 b'[{"sig": "%%%"}]}', b"[" * 100_000, b'{"signature": "x"}'],
                         ids=["empty", "not-utf8", "list", "null", "unsigned", "no-signatures", "bad-base64",
                              "deep", "signature-not-a-dict"])
def test_malformed_files_get_a_one_line_verdict(raw: bytes) -> None:
    verdict = verify_export(raw, load_or_create_key())
    assert not verdict.ok and verdict.message and "\n" not in verdict.message


def test_key_id_and_pem(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    expected = hashlib.sha256(raw).hexdigest()
    assert key_id(key) == key_id(key.public_key()) == key_id(raw) == key_id(base64.b64encode(raw).decode()) == expected
    assert expected == expected.lower() and len(expected) == 64
    pem = public_key_pem(key)
    assert pem.startswith("-----BEGIN PUBLIC KEY-----\n")
    loaded = serialization.load_pem_public_key(pem.encode())
    assert loaded.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw) == raw
    for junk in (b"short", "not base64!", 42):
        with pytest.raises(ValueError):
            key_id(junk)


def test_private_key_is_0600_from_the_start_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data" / "signing-key.pem"
    monkeypatch.setenv("ATTEST_KEY", str(path))
    with _umask(0o000):
        first = load_or_create_key()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert key_id(load_or_create_key()) == key_id(first)  # an existing key is loaded, never replaced
    assert [p.name for p in path.parent.iterdir()] == ["signing-key.pem"]  # no temporary file left


def test_exports_and_public_key_get_the_users_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue measured exported files at 0600; under umask 022 every export is 0644 (the PDF's rendering
    is stubbed: this is about the path that writes it)."""
    from engine.reports import pdf

    monkeypatch.setattr(pdf, "to_pdf", lambda *_args, **_kw: b"%PDF-1.7\n%stub\n")
    store, rid = _store(tmp_path)
    with _umask(0o022):
        modes = {fmt: stat.S_IMODE(api.export_report(store, rid, tmp_path / f"r.{fmt}").path.stat().st_mode)
                 for fmt in ("json", "html", "pdf")}
        api.write_public_key(tmp_path / "attest.pub.pem")
        modes["pem"] = stat.S_IMODE((tmp_path / "attest.pub.pem").stat().st_mode)
    assert modes == {"json": 0o644, "html": 0o644, "pdf": 0o644, "pem": 0o644}
    with _umask(0o077):
        assert stat.S_IMODE(api.export_report(store, rid, tmp_path / "r.json").path.stat().st_mode) == 0o600


def test_cli_key_and_verify_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import main

    db = tmp_path / "c.db"
    ReportStore(db).save(ReportDraft("environment", "env", {}, {}, {}, {}))
    out = tmp_path / "r.json"
    assert main.main(["--db", str(db), "reports", "export", "1", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main.main(["reports", "key"]) == 0
    printed = capsys.readouterr().out
    kid = key_id(load_or_create_key())
    assert printed.startswith(f"key id {kid}\n") and public_key_pem(load_or_create_key()) in printed
    pem = tmp_path / "signer.pem"
    assert main.main(["reports", "key", "--out", str(pem)]) == 0
    assert pem.read_text() == public_key_pem(load_or_create_key()) and kid in capsys.readouterr().out

    assert main.main(["reports", "verify-file", str(out), "--key", str(pem)]) == 0
    assert "signed by the given key" in capsys.readouterr().out
    stranger = tmp_path / "stranger.pem"
    stranger.write_text(public_key_pem(Ed25519PrivateKey.generate()))
    assert main.main(["--json", "reports", "verify-file", str(out), "--key", str(stranger)]) == 3
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["ok"] is False and verdict["signed_by_given_key"] is False and verdict["key_id"] == kid
    assert "NOT signed by the given key" in verdict["message"]
    not_a_key = tmp_path / "junk.pem"
    not_a_key.write_text("hello")
    assert main.main(["reports", "verify-file", str(out), "--key", str(not_a_key)]) == 2
    assert "not a PEM public key" in capsys.readouterr().err

    env = json.loads(out.read_bytes())
    payload = bytearray(base64.b64decode(env["payload"]))
    payload[payload.index(b'"env"') + 1] = ord("E")
    env["payload"] = base64.b64encode(bytes(payload)).decode()
    out.write_text(json.dumps(env))
    assert main.main(["reports", "verify-file", str(out)]) == 3
    assert "FAILED: signature does not match" in capsys.readouterr().out
