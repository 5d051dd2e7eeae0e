"""Hostile and broken inputs across all audits: one clear line (exit 2) or a correct result, quickly,
in bounded memory, with no traceback, no network, no marker file, and every earlier report intact."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from core.draft import ReportDraft
from engine.reports.store import ReportStore
from tests.figures import record
from tests.hostile import gif_with_huge_extent, huge_png, pickle_bomb, torch_style_pickle

ROOT = Path(__file__).resolve().parents[1]
MAX_PEAK_GROWTH_MIB = 1500

BILLION_LAUGHS_HEAD = '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol0 "lol">\n'


def billion_laughs(path: Path, levels: int) -> Path:
    ents = "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">\n' for i in range(1, levels + 1))
    path.write_text(
        BILLION_LAUGHS_HEAD + ents + ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/a">'
        f"<ex:p>&lol{levels};</ex:p></rdf:Description></rdf:RDF>\n")
    return path


def corpus(tmp: Path) -> list[dict]:
    """(category, name, argv, expect) for every hostile input; files are made here, small on disk."""
    marker = tmp / "PWNED"
    cases: list[dict] = []

    def add(category: str, name: str, argv: list[str], expect: str = "error", env: dict | None = None) -> None:
        cases.append({"category": category, "name": name, "argv": argv, "expect": expect, "env": env or {}})

    # -- models ---------------------------------------------------------------------------
    data = ROOT / "assets" / "causal" / "demo_images"
    code = f"{ROOT / 'engine' / 'causal' / 'demo_model.py'}:build"
    causal = ["causal", "--data", str(data), "--target", "0", "--no-metrics", "--samples", "4"]
    add("models", "pickle .pt", causal + ["--model", str(pickle_bomb(tmp / "m.pt", marker)), "--model-code", code])
    add("models", "pickle renamed .safetensors (force-load env)",
        causal + ["--model", str(torch_style_pickle(tmp / "m.safetensors", marker)), "--model-code", code],
        env={"TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD": "1"})
    real = (ROOT / "assets" / "causal" / "demo_cnn.safetensors").read_bytes()
    (tmp / "trunc.safetensors").write_bytes(real[: len(real) // 2])
    add("models", "truncated safetensors", causal + ["--model", str(tmp / "trunc.safetensors"), "--model-code", code])
    (tmp / "bighead.safetensors").write_bytes(struct.pack("<Q", 2**40) + b'{"a":1}')
    add("models", "header larger than file",
        causal + ["--model", str(tmp / "bighead.safetensors"), "--model-code", code])
    hf = tmp / "hf"
    hf.mkdir()
    (hf / "config.json").write_text(json.dumps({"model_type": "evil", "auto_map": {"AutoModel": "m.Evil"}}))
    (hf / "m.py").write_text(f"open({str(marker)!r}, 'w')\n")
    (hf / "model.safetensors").write_bytes(real)
    add("models", "HF folder asking for custom code", causal + ["--model", str(hf)])

    # -- RDF ------------------------------------------------------------------------------
    doc = tmp / "doc.txt"
    doc.write_text("Paris is the capital of France. France has a population of 68 million.\n")

    def verify(kg: Path, d: Path = doc) -> list[str]:
        return ["verify", "--kg", str(kg), "--doc", str(d), "--no-embeddings", "--cache", str(tmp / "kgcache")]

    add("rdf", "billion laughs, 5 levels", verify(billion_laughs(tmp / "lol5.rdf", 5)))
    add("rdf", "billion laughs, 9 levels", verify(billion_laughs(tmp / "lol9.rdf", 9)))
    (tmp / "xxe.rdf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
        '<rdf:Description rdf:about="http://example.org/a"><ex:p>&x;</ex:p></rdf:Description></rdf:RDF>\n')
    add("rdf", "external entity to a local file", verify(tmp / "xxe.rdf"))
    (tmp / "remote.jsonld").write_text(json.dumps(
        {"@context": "https://schema.org/", "@id": "http://example.org/Paris", "name": "Paris"}))
    add("rdf", "JSON-LD remote @context", verify(tmp / "remote.jsonld"))
    (tmp / "import.jsonld").write_text(json.dumps(
        {"@context": {"@version": 1.1, "@import": "https://example.org/ctx.jsonld"},
         "@id": "http://example.org/Paris", "http://example.org/name": "Paris"}))
    add("rdf", "JSON-LD @import", verify(tmp / "import.jsonld"))
    (tmp / "bad.ttl").write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n")
    add("rdf", "malformed Turtle", verify(tmp / "bad.ttl"))
    with open(tmp / "huge_literal.ttl", "w") as fh:
        fh.write('@prefix ex: <http://example.org/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n')
        fh.write('ex:Paris rdfs:label "Paris" .\nex:France rdfs:label "France" .\nex:Paris ex:capitalOf ex:France .\n')
        fh.write('ex:Blob ex:text "')
        chunk = "x" * (1 << 20)
        for _ in range(100):
            fh.write(chunk)
        fh.write('" .\n')
    add("rdf", "a 100 MB literal", verify(tmp / "huge_literal.ttl"), expect="error_or_ok")
    depth = 5000  # written as text: the standard json module itself cannot encode this depth
    (tmp / "deep.jsonld").write_text(
        "".join(f'{{"@id": "http://example.org/n{i}", "http://example.org/child": ' for i in range(depth))
        + '"leaf"' + "}" * depth)
    add("rdf", "deeply nested JSON-LD", verify(tmp / "deep.jsonld"), expect="error_or_ok")

    # -- documents ------------------------------------------------------------------------
    kg = tmp / "ok.ttl"
    kg.write_text('@prefix ex: <http://example.org/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                  'ex:Paris rdfs:label "Paris" .\nex:France rdfs:label "France" .\n'
                  'ex:capital rdfs:label "capital" .\nex:France ex:capital ex:Paris .\n')
    (tmp / "latin1.txt").write_bytes("Zürich is in Switzerland.".encode("latin-1"))
    add("documents", "invalid UTF-8", verify(kg, tmp / "latin1.txt"))
    (tmp / "nul.txt").write_bytes(b"Paris is the capital of France.\x00\x00 Paris\x00 is nice.")
    add("documents", "NUL bytes", verify(kg, tmp / "nul.txt"), expect="error_or_ok")
    (tmp / "bidi.txt").write_text("Paris is the capital of \u202eecnarF\u202c. "
                                  "\u2066France\u2069 has Paris as capital.")
    add("documents", "bidirectional overrides", verify(kg, tmp / "bidi.txt"), expect="error_or_ok")
    with open(tmp / "big.txt", "w") as fh:
        line = "Paris is the capital of France. " * 32 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    add("documents", "a 50 MB document", verify(kg, tmp / "big.txt"))
    (tmp / "sparql.txt").write_text(
        'Paris is the capital of France. "} SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } #\n'
        "France's capital is \"Paris\" }}} {{ SELECT * WHERE { ?s ?p ?o } DROP ALL ; INSERT DATA { <a> <b> <c> }.\n")
    add("documents", "claim text of quotes, braces, # and SPARQL keywords", verify(kg, tmp / "sparql.txt"),
        expect="ok")
    (tmp / "empty.txt").write_text("   \n")
    add("documents", "empty document", verify(kg, tmp / "empty.txt"))

    # -- images ---------------------------------------------------------------------------
    add("images", "enroll a user first", ["fingerprint", "enroll", "hostile-test-user"], expect="ok")
    add("images", "20000x20000 PNG", ["trace", str(huge_png(tmp / "bomb.png"))])
    (tmp / "trunc.png").write_bytes(huge_png(tmp / "t.png", 64, 64).read_bytes()[:40])
    add("images", "truncated PNG", ["trace", str(tmp / "trunc.png")])
    (tmp / "zero.png").write_bytes(b"")
    add("images", "zero-byte file", ["trace", str(tmp / "zero.png")])
    (tmp / "lies.png").write_text("<html><script>alert(1)</script></html>")
    add("images", "extension lies (HTML named .png)", ["trace", str(tmp / "lies.png")])
    add("images", "GIF with huge logical extents", ["trace", str(gif_with_huge_extent(tmp / "huge.gif"))])
    return cases


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], list[dict], Path, Path]:
    tmp = tmp_path_factory.mktemp("hostile")
    db = tmp / "h.db"
    store = ReportStore(db)
    store.save(ReportDraft(kind="environment", title="an earlier report", params={}, inputs={}, summary={},
                           result={"keep": True}))
    before = store.get(1).hash
    store.close()
    cases = corpus(tmp)
    payload = [{"name": c["name"], "env": c["env"], "argv": ["--db", str(db), "--json", *c["argv"]]} for c in cases]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATTEST_DB=str(db))
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "hostile_runner.py")], input=json.dumps(payload),
                          capture_output=True, text=True, env=env, timeout=1500, cwd=tmp)
    outs = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert len(outs) == len(cases), proc.stderr[-3000:]
    after = ReportStore(db)
    assert after.get(1).hash == before and after.verify().ok and after.integrity_check() == "ok"
    after.close()
    return cases, outs, db, tmp


def test_every_hostile_input_is_refused_or_handled(results) -> None:
    cases, outs, _db, tmp = results
    problems = []
    for case, out in zip(cases, outs, strict=True):
        err_lines = [line for line in out["stderr"].splitlines() if line.strip()]
        ok = True
        if "Traceback" in out["stderr"] or "CRASH" in out["stderr"] or out["rc"] not in (0, 2):
            ok = False
        if case["expect"] == "error" and not (out["rc"] == 2 and len(err_lines) == 1):
            ok = False
        if case["expect"] == "ok" and out["rc"] != 0:
            ok = False
        if case["expect"] == "error_or_ok" and out["rc"] == 2 and len(err_lines) != 1:
            ok = False
        # An entity bomb or a decompression bomb shows as memory growth; the time is reported, not asserted
        # (the runner's overall timeout is the guard against a hang).
        if out["peak_growth_mib"] > MAX_PEAK_GROWTH_MIB:
            ok = False
        if not ok:
            problems.append(f"{case['category']}/{case['name']}: rc={out['rc']} {out['secs']:.1f}s "
                            f"+{out['peak_growth_mib']:.0f}MiB {out['stderr'][-300:]!r}")
        elif case["argv"][0] != "fingerprint":
            record("hostile inputs handled", case["category"])
    slowest = max(out["secs"] for out in outs)
    record("hostile inputs handled", "slowest case, seconds", round(slowest, 1))
    assert not problems, "\n".join(problems)
    assert not (tmp / "PWNED").exists()


def test_no_network_attempts(results) -> None:
    _cases, outs, _db, _tmp = results
    attempts = sum(o["network_attempts"] for o in outs)
    record("network", "connection attempts during hostile-input runs", attempts)
    assert attempts == 0


def test_sparql_keywords_give_a_correct_result(results) -> None:
    cases, outs, _db, _tmp = results
    [out] = [o for c, o in zip(cases, outs, strict=True) if c["name"].startswith("claim text of quotes")]
    data = json.loads(out["stdout"])
    text = (Path(_tmp) / "sparql.txt").read_text()
    first = data["claims"][0]
    assert text[first["start"]:first["end"]].startswith("Paris is the capital of France")
    assert first["label"] == "attributable"
    for c in data["claims"]:
        assert 0 <= c["start"] <= c["end"] <= len(text)
