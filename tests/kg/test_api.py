"""kg.api: the one cache-folder rule, document digests, and reports that name exactly what was used."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from core.draft import ReportDraft
from core.errors import AttestError, ErrorKind
from core.fileio import sha256_file
from kg import api
from tests.kg.conftest import ASSETS

DEMO_TTL = str(ASSETS / "demo.ttl")


def test_cache_folder_is_next_to_the_database_unless_given(tmp_path, monkeypatch):
    db = tmp_path / "sub" / "attest.db"
    assert api.graph_cache_dir(db) == (tmp_path / "sub" / "kg-cache").resolve()
    assert api.graph_cache_dir(db, str(tmp_path / "elsewhere")) == tmp_path / "elsewhere"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert api.graph_cache_dir(db, "~/c") == tmp_path / "home" / "c"


def test_document_digest_is_the_files_bytes(tmp_path):
    path = tmp_path / "notes.md"
    path.write_bytes("\ufeffMarie Curie was born in Warsaw.\r\nPluto is a planet.\r\n".encode())
    doc = api.read_document(path)
    assert doc.text == "Marie Curie was born in Warsaw.\r\nPluto is a planet.\r\n"  # BOM gone, bytes' text kept
    assert doc.sha256 == sha256_file(path) != hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert (doc.input_label, doc.source, doc.path) == ("document notes.md", "file", str(path))
    assert doc.edited(doc.text) is doc
    changed = doc.edited("Marie Curie was born in Paris.")
    assert changed.input_label == "document (edited in the app)" and changed.source == "edited"
    assert changed.sha256 == hashlib.sha256(b"Marie Curie was born in Paris.").hexdigest()
    typed = api.typed_document("Paris is in France.")
    assert typed.input_label == "document (typed in the app)" and typed.path is None
    assert typed.sha256 == hashlib.sha256(b"Paris is in France.").hexdigest()


@pytest.mark.parametrize("content,msg", [(b"\xff\xfeM\x00a\x00", "not UTF-8"), (b"  \n\n", "empty"),
                                         (b"a\x00b", "NUL"), (b"caf\xe9", "invalid byte 0xe9 at offset 3")])
def test_bad_documents_say_why_in_one_line(tmp_path, content, msg):
    path = tmp_path / "d.txt"
    path.write_bytes(content)
    with pytest.raises(AttestError) as err:
        api.read_document(path)
    assert msg in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)
    assert err.value.kind is ErrorKind.BAD_INPUT


def test_run_verify_report_names_the_graph_and_document_used(tmp_path):
    doc = tmp_path / "d.md"
    doc.write_text("Marie Curie was born in Warsaw. Pluto is a planet.\n", encoding="utf-8")
    run = api.run_verify(api.VerifyRequest(kg_paths=(DEMO_TTL,), doc=str(doc), cache_dir=str(tmp_path / "c")))
    assert [f.path for f in run.kg_files] == [DEMO_TTL] and run.graph.triples > 500
    assert [c.label for c in run.claims] == ["attributable", "contradictory"]
    assert run.to_json() == {"kas": round(run.kas, 4), "claims": [c.to_dict() for c in run.claims]}

    draft = run.to_draft()
    assert isinstance(draft, ReportDraft) and draft.kind == "verify"
    assert draft.title == "Claim verification: d.md"
    assert draft.params["kg"] == [DEMO_TTL] and draft.params["doc"] == str(doc)
    assert dict(draft.inputs) == {"kg demo.ttl": sha256_file(DEMO_TTL), "document d.md": sha256_file(doc)}
    assert draft.summary["claims"] == 2 and draft.summary["contradictory"] == 1
    assert draft.result == run.to_json()
    detail = json.loads(draft.artifact("claims-detail.json").data)
    assert detail["kg"]["files"][0]["sha256"] == sha256_file(DEMO_TTL)
    assert b"<graphml" in draft.artifact("evidence.graphml").data
    _wait_for_cache_writes()
    assert any((tmp_path / "c").iterdir())  # the cache entry went where it was told


def _wait_for_cache_writes() -> None:
    for t in threading.enumerate():
        if t.name == "attest-kg-cache":
            t.join(30)


def test_run_verify_with_a_loaded_graph_refuses_other_files(demo_kg, tmp_path):
    doc = api.typed_document("Marie Curie was born in Warsaw.")
    run = api.run_verify(api.VerifyRequest(kg_paths=(DEMO_TTL,), doc=doc), kg=demo_kg)
    assert run.graph is demo_kg.stats
    assert dict(run.to_draft().inputs) == {"kg demo.ttl": sha256_file(DEMO_TTL),
                                          "document (typed in the app)": doc.sha256}
    assert run.to_draft().title == "Claim verification: text typed in the app"
    with pytest.raises(AttestError) as err:
        api.run_verify(api.VerifyRequest(kg_paths=(DEMO_TTL, str(tmp_path / "more.ttl")), doc=doc), kg=demo_kg)
    assert err.value.kind is ErrorKind.BUG


def test_same_file_name_in_two_folders_keeps_both_inputs(tmp_path):
    for sub, name in (("a", "Alpha"), ("b", "Beta")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "g.ttl").write_text(
            f'@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<http://e.org/{sub}> rdfs:label "{name}" .\n',
            encoding="utf-8")
    paths = [str(tmp_path / "a" / "g.ttl"), str(tmp_path / "b" / "g.ttl")]
    kg = api.load_graphs(paths, cache_dir=tmp_path / "cache")
    kg.wait_persisted(30)
    run = api.verify_document(kg, api.typed_document("Alpha is Beta."))
    inputs = run.to_draft().inputs
    assert {k for k in inputs if k.startswith("kg ")} == {f"kg {p}" for p in paths}
    assert [inputs[f"kg {p}"] for p in paths] == [sha256_file(p) for p in paths]
    assert Path(tmp_path / "cache").is_dir()
