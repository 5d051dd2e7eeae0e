"""The Claim verification page, driven through the real worker machinery on the demo graph."""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from core.fileio import sha256_file

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets" / "kg"
DEMO_TTL = str(ASSETS / "demo.ttl")
WAIT_MS = 120_000


@pytest.fixture
def page(make_page):
    return make_page("verify", (1400, 820))


def _verify_and_wait(page, qtbot) -> int:
    """Press Verify and wait for the automatic save; return the new report's id."""
    before = page.saved_id
    page.saved_id = None
    page.run_verify()
    qtbot.waitUntil(lambda: page.saved_id is not None and not page.busy, timeout=WAIT_MS)
    assert page.saved_id != before
    return page.saved_id


def _claim_key(claim: dict) -> tuple:
    evidence = sorted(json.dumps(e, sort_keys=True) for e in claim["evidence"])
    return claim["text"], claim["start"], claim["end"], claim["label"], claim["score"], evidence


def _document_colours(page) -> Counter:
    """Pixels of each label colour in the document as the view renders it (all of it, not only the
    part that is scrolled into sight)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from gui.pages.verify import LABEL_COLOURS

    doc = page.doc_view.document()
    size = doc.size().toSize()
    img = QImage(size, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    doc.drawContents(painter)
    painter.end()
    pixels = np.frombuffer(img.constBits(), dtype=np.uint32, count=img.height() * img.bytesPerLine() // 4)
    found = Counter()
    for label, colour in LABEL_COLOURS.items():
        found[label] = int((pixels == (0xFF000000 | colour.rgb() & 0xFFFFFF)).sum())
    return found


def test_verify_demo_highlights_saves_and_shows_evidence(page, qtbot):
    from gui.pages.verify import LABEL_COLOURS

    assert not hasattr(page, "save_btn")  # saving is automatic; there is no Save button
    assert not page.export_btn.isEnabled() and page.saved_label.text() == ""
    page.add_files([DEMO_TTL])
    page.open_document(str(ASSETS / "demo.md"))
    rid = _verify_and_wait(page, qtbot)
    run = page.last_run
    assert page.kg.stats.triples > 500 and f"{page.kg.stats.triples:,} triples" in page.stats_label.text()
    assert page.table.rowCount() == len(run.claims) > 10
    labels = Counter(c.label for c in run.claims)
    assert set(labels) == set(LABEL_COLOURS)
    # every label's colour is painted in the rendered document
    painted = _document_colours(page)
    assert all(painted[label] > 50 for label in labels), painted
    # a claim's span carries its label colour
    bad = next(i for i, c in enumerate(run.claims) if c.label == "contradictory")
    c = run.claims[bad]
    cursor = page.doc_view.textCursor()
    cursor.setPosition(page.claim_span(bad)[0] + 1)
    assert cursor.charFormat().background().color() == LABEL_COLOURS["contradictory"]
    # clicking a claim shows its evidence and rationale and draws the subgraph
    page.table.selectRow(bad)
    assert page.evidence_table.rowCount() == len(c.evidence) > 0
    assert page.rationale.text() == c.explanation
    assert len(page.graph.nodes) >= 2
    assert page.gauge.value == pytest.approx(run.kas)
    # the completed run was saved at once, and the page says so
    assert page.saved_label.text() == f"Saved as report #{rid}" and page.export_btn.isEnabled()
    report = page.ctx.store.get(rid)
    assert report.kind == "verify" and report.summary["claims"] == len(run.claims)
    assert page.ctx.store.count() == 1


def test_app_and_command_line_record_the_same_inputs(page, qtbot, tmp_path, capsys):
    """Same file, same digests: the app names the file's bytes (BOM and CRLF included), not the
    editor's text; once the text is edited, the report says so and names the edited text."""
    import main

    doc = tmp_path / "notes.md"
    doc.write_bytes("\ufeff# Notes 😀\r\n\r\nMarie Curie was born in Warsaw.\r\nPluto is a planet.\r\n".encode())
    cli_db = tmp_path / "cli.db"
    assert main.main(["--db", str(cli_db), "verify", "--kg", DEMO_TTL, "--doc", str(doc), "--json"]) == 0
    cli_out = json.loads(capsys.readouterr().out)
    from engine.reports.store import ReportStore

    store = ReportStore(cli_db)
    try:
        cli_report = store.get(cli_out["report_id"])
    finally:
        store.close()

    page.add_files([DEMO_TTL])
    page.open_document(str(doc))
    rid = _verify_and_wait(page, qtbot)
    app_report = page.ctx.store.get(rid)
    assert app_report.inputs == cli_report.inputs == {"kg demo.ttl": sha256_file(DEMO_TTL),
                                                      "document notes.md": sha256_file(doc)}
    assert app_report.params["kg"] == cli_report.params["kg"] == [DEMO_TTL]
    # the same text was verified: the same claims, offsets, labels and scores (the order of equally
    # close evidence may differ between a graph parsed now and one reopened from the cache)
    assert app_report.result["kas"] == cli_report.result["kas"]
    assert [_claim_key(c) for c in app_report.result["claims"]] == [_claim_key(c) for c in cli_out["claims"]]
    # the highlight sits on the claim's words although Qt counts the CRLF and the emoji differently
    last = len(page.last_run.claims) - 1
    a, b = page.claim_span(last)
    cursor = page.doc_view.textCursor()
    cursor.setPosition(a)
    cursor.setPosition(b, cursor.MoveMode.KeepAnchor)
    claim = page.last_run.claims[last]
    assert claim.text.startswith("Pluto is a planet") and cursor.selectedText() == claim.text

    edited = page.doc_view.toPlainText() + " Pluto is not a planet."
    page.doc_view.setPlainText(edited)
    rid2 = _verify_and_wait(page, qtbot)
    inputs = page.ctx.store.get(rid2).inputs
    assert inputs == {"kg demo.ttl": sha256_file(DEMO_TTL),
                      "document (edited in the app)": hashlib.sha256(edited.encode("utf-8")).hexdigest()}
    assert page.ctx.store.get(rid2).params["doc_source"] == "edited"


def test_a_new_graph_or_document_clears_the_last_result(page, qtbot, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> .\nex:a ex:b .\n", encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text("Paris is the capital of France.\n", encoding="utf-8")
    page.doc_view.setPlainText("Marie Curie was born in Warsaw.")
    page.add_files([DEMO_TTL])
    _verify_and_wait(page, qtbot)
    assert page.last_run is not None and page.table.rowCount() > 0 and page.export_btn.isEnabled()
    # a failed load of another graph: nothing of the last run stays shown or exportable
    page.add_files([str(bad)])
    page.load_graphs()
    qtbot.waitUntil(lambda: page.load_error is not None and not page.busy, timeout=WAIT_MS)
    assert page.last_run is None and page.table.rowCount() == 0 and page.saved_label.text() == ""
    assert not page.export_btn.isEnabled() and page.gauge.value is None
    # the same when a new document is opened over a shown result
    page.kg_list.item(1).setSelected(True)
    page.remove_selected()
    _verify_and_wait(page, qtbot)
    assert page.table.rowCount() > 0
    page.open_document(str(other))
    assert page.last_run is None and page.table.rowCount() == 0 and not page.export_btn.isEnabled()


def test_failed_load_leaves_no_graph_and_reports_name_the_graph_used(page, qtbot, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> .\nex:a ex:b .\n", encoding="utf-8")
    second = tmp_path / "more.ttl"
    second.write_text('@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                      '<http://e.org/x> rdfs:label "Xanadu" .\n', encoding="utf-8")
    page.doc_view.setPlainText("Marie Curie was born in Warsaw.")
    page.add_files([DEMO_TTL])
    page.load_graphs()
    qtbot.waitUntil(lambda: page.kg is not None, timeout=WAIT_MS)
    assert page.run_btn.isEnabled()

    # a failed load leaves no graph behind: Verify is off, with the reason on the page
    page.add_files([str(bad)])
    assert page.kg is None  # the list changed: the graph loaded before is not the listed one
    page.load_graphs()
    qtbot.waitUntil(lambda: page.load_error is not None and not page.busy, timeout=WAIT_MS)
    assert page.kg is None and not page.run_btn.isEnabled()
    assert "bad.ttl:2:" in page.stats_label.text() and "bad.ttl:2:" in page.ctx.last_error
    page.ctx.last_error = None
    page.run_verify()  # (the button is disabled; calling it anyway verifies nothing)
    assert "No knowledge graph is loaded" in page.ctx.last_error
    qtbot.wait(200)
    assert page.ctx.store.count() == 0 and page.last_run is None

    # replace the bad file: the old error no longer describes the list, and Verify loads the new list first
    page.kg_list.item(1).setSelected(True)
    page.remove_selected()
    page.add_files([str(second)])
    assert "bad.ttl" not in page.stats_label.text() and page.kg is None and page.run_btn.isEnabled()
    page.load_graphs()
    qtbot.waitUntil(lambda: page.kg is not None, timeout=WAIT_MS)
    assert page.run_btn.isEnabled() and page.load_error is None
    report = page.ctx.store.get(_verify_and_wait(page, qtbot))
    used = [DEMO_TTL, str(second)]
    assert report.params["kg"] == used
    assert {k: v for k, v in report.inputs.items() if k.startswith("kg ")} == {
        "kg demo.ttl": sha256_file(DEMO_TTL), "kg more.ttl": sha256_file(second)}
    typed = hashlib.sha256(b"Marie Curie was born in Warsaw.").hexdigest()
    assert report.inputs["document (typed in the app)"] == typed


def test_changed_file_list_is_loaded_before_verifying(page, qtbot, tmp_path):
    extra = tmp_path / "extra.nt"
    extra.write_text('<http://e.org/y> <http://www.w3.org/2000/01/rdf-schema#label> "Ypsilon" .\n', encoding="utf-8")
    page.doc_view.setPlainText("Pluto is a planet.")
    page.add_files([DEMO_TTL])
    rid = _verify_and_wait(page, qtbot)  # no graph yet: Verify loads the listed files first
    assert page.ctx.store.get(rid).params["kg"] == [DEMO_TTL]
    page.add_files([str(extra)])
    rid = _verify_and_wait(page, qtbot)
    report = page.ctx.store.get(rid)
    assert report.params["kg"] == [DEMO_TTL, str(extra)]
    assert sorted(k for k in report.inputs if k.startswith("kg ")) == ["kg demo.ttl", "kg extra.nt"]


def test_export_writes_the_saved_report(page, qtbot, tmp_path):
    page.doc_view.setPlainText("Marie Curie was born in Warsaw.")
    page.add_files([DEMO_TTL])
    rid = _verify_and_wait(page, qtbot)
    report = page.ctx.store.get(rid)
    html = Path(page.export_report(str(tmp_path / "r.html"))).read_text(encoding="utf-8")
    assert "Claim verification" in html and report.body_sha256 in html
    envelope = json.loads(Path(page.export_report(str(tmp_path / "r.json"))).read_text(encoding="utf-8"))
    # a signed JSON export is a DSSE envelope around an in-toto Statement whose predicate is the report
    assert envelope["payloadType"] == "application/vnd.in-toto+json" and envelope["signatures"]
    data = json.loads(base64.b64decode(envelope["payload"]))["predicate"]
    assert data["chain"]["id"] == rid and data["report"]["inputs"] == report.inputs
    assert Path(page.export_report(str(tmp_path / "r.pdf"))).read_bytes().startswith(b"%PDF")
    assert page.export_report(str(tmp_path / "r.docx")) is None
    assert "unknown export format" in page.ctx.last_error and not (tmp_path / "r.docx").exists()
    assert page.ctx.store.count() == 1  # exporting saves nothing new


def test_bad_document_shows_error(page, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    page.open_document(str(bad))
    assert page.ctx.last_error and "not UTF-8" in page.ctx.last_error
    assert page.document is None and page.doc_view.toPlainText() == ""
    page.doc_view.setPlainText("   ")
    page.ctx.last_error = None
    page.run_verify()
    assert "empty" in page.ctx.last_error


def _is_dashed_red(pen) -> bool:
    from PySide6.QtCore import Qt

    c = pen.color()
    return pen.style() == Qt.PenStyle.DashLine and (c.red(), c.green(), c.blue()) == (198, 40, 40)


def test_negated_evidence_is_shown_as_negated_and_sources_named(page, qtbot):
    """"Pluto is a planet" is contradicted by a negative statement: its evidence row is red and says NOT,
    its edge is a dashed red line labelled "NOT is a", and every row names its source file."""
    from PySide6.QtGui import QColor

    page.add_files([DEMO_TTL])
    page.open_document(str(ASSETS / "demo.md"))
    _verify_and_wait(page, qtbot)
    run = page.last_run
    i = next(i for i, c in enumerate(run.claims) if c.text.startswith("Pluto is a planet"))
    assert run.claims[i].label == "contradictory" and any(e.negated for e in run.claims[i].evidence)
    page.table.selectRow(i)
    evidence = run.claims[i].evidence
    rows = range(page.evidence_table.rowCount())
    assert len(rows) == len(evidence)
    for r, e in enumerate(evidence):
        pred = page.evidence_table.item(r, 1).text()
        colours = {page.evidence_table.item(r, j).foreground().color().name() for j in range(4)}
        if e.negated:
            assert pred.startswith("NOT ") and colours == {QColor(198, 40, 40).name()}
            assert "does NOT hold" in page.evidence_table.item(r, 0).toolTip()
        else:
            assert "NOT" not in pred.split()
    assert all(page.evidence_table.item(r, 3).text() == "demo.ttl" for r in rows)
    # the evidence graph: one line per triple, the negated ones dashed red and labelled NOT, none solid
    graph = page.graph
    assert len(graph.edge_lines) == len(evidence)
    for line, label, e in zip(graph.edge_lines, graph.edge_labels, evidence, strict=True):
        pen = line.opts["pen"]
        assert _is_dashed_red(pen) == e.negated
        assert label.toPlainText().startswith("NOT ") == e.negated
    import pyqtgraph as pg

    shown = [t.toPlainText() for t in graph.texts if isinstance(t, pg.TextItem)]
    assert "Pluto" in shown and "planet" in shown


def test_evidence_graph_draws_a_negated_triple_dashed_red(qtbot):
    from gui.pages.verify import EvidenceGraph

    graph = EvidenceGraph()
    qtbot.addWidget(graph)
    triples = [{"s": "ex:Pluto", "s_label": "Pluto", "p": "rdf:type", "p_label": "is a", "o": "ex:Planet",
                "o_label": "planet", "negated": True},
               {"s": "ex:Pluto", "s_label": "Pluto", "p": "ex:orbits", "p_label": "orbits", "o": "ex:Sun",
                "o_label": "Sun", "negated": False}]
    graph.set_triples(triples, {"ex:Pluto"})
    neg, pos = graph.edge_lines
    assert _is_dashed_red(neg.opts["pen"]) and not _is_dashed_red(pos.opts["pen"])
    assert pos.opts["pen"].style().name == "SolidLine"
    assert [t.toPlainText() for t in graph.edge_labels] == ["NOT is a", "orbits"]
    # the nodes are drawn once, without GraphItem lines under the dashes
    assert graph.graph.adjacency is None
    graph.clear_graph()
    assert graph.edge_lines == [] and graph.texts == []


def test_claims_and_evidence_wrap_instead_of_cutting(page, qtbot):
    """At the smallest window the claim column stays inside the table (no horizontal overflow), long
    claims wrap, every cell has its full text as a tooltip, and the columns can be resized."""
    from PySide6.QtWidgets import QHeaderView

    page.resize(1024 - 210 - 16, 660)
    page.add_files([DEMO_TTL])
    page.open_document(str(ASSETS / "demo.md"))
    _verify_and_wait(page, qtbot)
    run = page.last_run
    for table in (page.table, page.evidence_table):
        header = table.horizontalHeader()
        assert table.wordWrap()
        assert header.length() <= table.viewport().width()
        assert all(header.sectionResizeMode(j) == QHeaderView.ResizeMode.Interactive
                   for j in range(table.columnCount()))
    longest = max(range(len(run.claims)), key=lambda i: len(run.claims[i].text))
    item = page.table.item(longest, 4)
    assert item.toolTip().startswith(run.claims[longest].text.replace("\n", " "))
    assert page.table.rowHeight(longest) > page.table.rowHeight(
        min(range(len(run.claims)), key=lambda i: len(run.claims[i].text)))  # it wraps onto more lines
    page.table.selectRow(longest)
    e = run.claims[longest].evidence[0]
    assert e.s in page.evidence_table.item(0, 0).toolTip()  # the IRI behind the label


def test_tab_moves_focus_out_of_the_editor(page, qtbot):
    from PySide6.QtCore import Qt

    page.doc_view.setPlainText("Pluto is a planet.")
    page.activateWindow()
    page.doc_view.setFocus()
    qtbot.waitUntil(page.doc_view.hasFocus, timeout=2000)
    qtbot.keyClick(page.doc_view, Qt.Key.Key_Tab)
    assert page.doc_view.toPlainText() == "Pluto is a planet."  # no tab character inserted
    assert not page.doc_view.hasFocus()


def test_empty_state_says_what_to_do_and_jobs_disable_buttons(page, qtbot):
    assert "Add RDF files" in page.stats_label.text() and "Demo" in page.stats_label.text()
    assert "Verify claims" in page.claim_title.text()
    page.add_files([DEMO_TTL])
    page.load_graphs()  # while it loads, nothing that starts a job or changes the sources can be pressed
    buttons = (page.load_btn, page.demo_btn, page.add_btn, page.endpoint_btn, page.remove_btn, page.open_btn,
               page.run_btn)
    assert not any(b.isEnabled() for b in buttons)
    qtbot.waitUntil(lambda: page.kg is not None and not page.busy, timeout=WAIT_MS)
    assert all(b.isEnabled() for b in buttons)


def test_non_english_document_is_warned_about_on_the_page(page, qtbot):
    page.add_files([DEMO_TTL])
    page.doc_view.setPlainText("Marie Curie wurde 1867 in Warschau geboren. Sie erhielt den Nobelpreis für Physik "
                               "und war die erste Frau, die einen Nobelpreis gewann.")
    _verify_and_wait(page, qtbot)
    assert page.warn_label.isVisibleTo(page) and "German" in page.warn_label.text()
    page.clear_result()
    assert not page.warn_label.isVisibleTo(page)


def test_an_endpoint_is_a_graph_source(page, qtbot, tmp_path):
    from tests.kg.oxigraph_server import oxigraph_binary, oxigraph_server

    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    page.add_endpoint("ftp://nowhere")
    assert page.kg_paths == []
    with oxigraph_server([ASSETS / "demo.ttl"], tmp_path) as url:
        page.add_endpoint(url)
        page.open_document(str(ASSETS / "demo.md"))
        _verify_and_wait(page, qtbot)
        assert page.kg.stats.files[0].path == url
        assert len(page.last_run.claims) > 10
        assert any(url in e.source for c in page.last_run.claims for e in c.evidence)
