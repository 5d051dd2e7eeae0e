"""The Claim verification page, driven through the real worker machinery on the demo graph."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets" / "kg"


@pytest.fixture
def page(make_page):
    return make_page("verify", (1400, 820))


def test_page_attributes():
    from gui.pages.verify import Page

    assert Page.title == "Claim verification" and Page.shortcut == "Ctrl+3"


def test_verify_demo_highlight_select_save_export(page, qtbot, tmp_path):
    page.add_files([str(ASSETS / "demo.ttl")])
    page.open_document(str(ASSETS / "demo.md"))
    page.run_verify()
    qtbot.waitUntil(lambda: page.result is not None, timeout=90000)
    r = page.result
    assert page.kg.stats.triples > 500 and "triples" in page.stats_label.text()
    assert page.table.rowCount() == len(r.claims) > 10
    labels = {c.label for c in r.claims}
    assert {"attributable", "contradictory", "extrapolatory", "no_attribution"} <= labels
    # the claim's span carries its label colour in the document view
    from gui.pages.verify import LABEL_COLOURS

    bad = next(i for i, c in enumerate(r.claims) if c.label == "contradictory")
    c = r.claims[bad]
    cursor = page.doc_view.textCursor()
    cursor.setPosition(c.start + 1)
    assert cursor.charFormat().background().color() == LABEL_COLOURS["contradictory"]
    # clicking a claim shows its evidence and rationale and draws the subgraph
    page.table.selectRow(bad)
    assert page.evidence_table.rowCount() == len(c.evidence) > 0
    assert page.rationale.text() == c.explanation
    assert len(page.graph.nodes) >= 2
    assert page.gauge.value == pytest.approx(r.kas)
    page.grab().save(str(tmp_path / "verify_page.png"))
    assert (tmp_path / "verify_page.png").stat().st_size > 10_000
    rid = page.save_report()
    report = page.ctx.store.get(rid)
    assert report.kind == "verify" and report.summary["claims"] == len(r.claims)
    out = page.export_report(str(tmp_path / "r.html"))
    assert Path(out).read_text(encoding="utf-8").count("Claim verification") >= 1


def test_bad_document_shows_error(page, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    page.open_document(str(bad))
    assert page.ctx.last_error and "not UTF-8" in page.ctx.last_error
    page.doc_view.setPlainText("   ")
    page.ctx.last_error = None
    page.run_verify()
    assert "empty" in page.ctx.last_error
