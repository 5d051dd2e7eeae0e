"""The verify sub-command: JSON contract, bad documents, demo, tiny bench."""

from __future__ import annotations

import json
import sys

import pytest

from tests.kg.conftest import ASSETS, ROOT


def run_main(argv, capsys):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import main

    code = main.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_verify_json_contract(tmp_path, capsys):
    doc = tmp_path / "doc.md"
    doc.write_text("# Notes\n\nMarie Curie was born in Warsaw. Pluto is a planet.\n", encoding="utf-8")
    code, out, err = run_main(["--db", str(tmp_path / "a.db"), "verify", "--kg", str(ASSETS / "demo.ttl"),
                               "--doc", str(doc), "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"kas", "claims", "report_id"}
    assert isinstance(data["report_id"], int)
    text = doc.read_text(encoding="utf-8")
    assert [c["label"] for c in data["claims"]] == ["attributable", "contradictory"]
    for c in data["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
    assert 0.0 <= data["kas"] <= 1.0
    import threading

    for t in threading.enumerate():
        if t.name == "attest-kg-cache":
            t.join(30)
    assert (tmp_path / "kg-cache").is_dir()  # the cache lives next to the database


@pytest.mark.parametrize("content,msg", [(b"\xff\xfeM\x00a\x00", "not UTF-8"), (b"  \n\n", "empty"),
                                         (b"caf\xe9 au lait", "not UTF-8")])
def test_bad_documents_exit_2(tmp_path, capsys, content, msg):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(content)
    code, out, err = run_main(["--db", str(tmp_path / "a.db"), "verify", "--kg", str(ASSETS / "demo.ttl"),
                               "--doc", str(doc)], capsys)
    assert code == 2
    assert msg in err and "Traceback" not in err
    assert err.strip().count("\n") == 0


def test_bad_graph_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> .\nex:a ex:b .\n")
    doc = tmp_path / "doc.txt"
    doc.write_text("Paris is in France.")
    code, out, err = run_main(["--db", str(tmp_path / "a.db"), "verify", "--kg", str(bad), "--doc", str(doc)], capsys)
    assert code == 2 and "bad.ttl:2:" in err


def test_demo_returns_saved_report(tmp_path, capsys):
    import main
    from kg.cli import demo

    args = main.build_parser().parse_args(["--db", str(tmp_path / "d.db"), "verify", "--kg", "x", "--doc", "y"])
    for key, default in (("db", str(tmp_path / "d.db")), ("device", "auto"), ("json", False)):
        if not hasattr(args, key):
            setattr(args, key, default)
    ctx = main.Context(args)
    try:
        ids = demo(ctx, tmp_path)
        assert len(ids) == 2
        first, second = (ctx.store.get(i) for i in ids)
        assert first.kind == second.kind == "verify"
        # the second verifies the news article against schema.org + Wikidata files
        assert any(k.endswith("wikidata.trig") for k in second.inputs) and second.summary["claims"] > 40
    finally:
        ctx.close()


def test_tiny_bench_shape():
    from kg.bench import bench

    out = bench(2000, n_claims=12, devset=False)
    assert out["bench"] == "verify"
    for row in out["rows"]:
        assert set(row) == {"case", "ours_s", "peer", "peer_s", "speedup"}
    assert out["triples"] >= 2000
    assert out["synthetic_claim_accuracy"] >= 0.9
