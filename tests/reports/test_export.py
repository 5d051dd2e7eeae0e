"""Export: canonical JSON with the chain hash; HTML with every hostile string inert, in every kind's layout, and
long words wrapping inside their cells."""

from __future__ import annotations

import base64
from html.parser import HTMLParser
from pathlib import Path

from core.draft import ArtifactDraft, ReportDraft
from engine.reports.api import export_report
from engine.reports.export import to_html, to_json
from engine.reports.signing import export_payload
from engine.reports.store import ReportStore
from tests.reports.test_documents import causal_draft, trace_draft, verify_draft

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "<a href=\"javascript:alert(2)\">click</a>",
    "</style><svg onload=alert(3)>",
    "' onmouseover='alert(4)",
]
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


class Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.bad: list[str] = []
        self.csp = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.bad.append(f"{tag} {name}")
            if value and value.strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag} {name}={value}")
            if tag in ("img",) and name == "src" and not value.startswith("data:image/png;base64,"):
                self.bad.append(f"img src {value}")
        d = dict(attrs)
        if tag == "meta" and d.get("http-equiv") == "Content-Security-Policy":
            self.csp = d.get("content", "")


def _hostile_report(tmp_path: Path):
    store = ReportStore(tmp_path / "h.db")
    rid = store.save(ReportDraft(
        kind="trace", title=HOSTILE[0],
        params={h: h for h in HOSTILE},
        inputs={HOSTILE[1]: "0" * 64},
        summary={"note": HOSTILE[2]},
        result={"results": [{"image": h, "user": h, "verdict": h, "candidates": [{"user": h}]} for h in HOSTILE],
                "list": HOSTILE},
        artifacts=(ArtifactDraft(HOSTILE[1], "image/png", PNG),
                   ArtifactDraft("fake.png", "image/png", b"<script>alert(5)</script>"),
                   ArtifactDraft("thumb-0.png", "image/png", PNG),  # a trace thumbnail: drawn
                   ArtifactDraft("thumb-1.png", "image/png", b"<script>alert(6)</script>")),  # not a PNG: listed
    ))
    return store, store.get(rid), store.artifacts(rid)


def _audit(page: str) -> Audit:
    audit = Audit()
    audit.feed(page)
    assert "script" not in audit.tags and "svg" not in audit.tags
    assert audit.bad == []
    assert "default-src 'none'" in audit.csp and "script-src" not in audit.csp
    return audit


def test_html_has_no_script_no_handlers_no_javascript_urls(tmp_path: Path) -> None:
    _store, report, artifacts = _hostile_report(tmp_path)
    for qt in (False, True):
        page = to_html(report, artifacts, qt_rich_text=qt, key_id=HOSTILE[1])
        audit = _audit(page)
        assert audit.tags.count("img") == 1  # the real thumbnail; the fake one is listed, not shown
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "thumb-1.png" in page


def _hostile_kinds():
    """Each kind's layout with hostile strings where the reports carry free text."""
    h = HOSTILE
    verify = verify_draft()
    claims = [dict(c, text=h[i % len(h)], explanation=h[(i + 1) % len(h)],
                   evidence=[dict(e, s_label=h[2], p_label=h[3], o_label=h[4], source=h[5]) for e in c["evidence"]])
              for i, c in enumerate(verify.result["claims"])]
    verify = ReportDraft("verify", h[0], {"doc": h[1], "kg": [h[2]]}, {h[3]: "0" * 64}, verify.summary,
                         {"kas": 0.2, "claims": claims, "document": h[4] + " " + verify.result["document"]})
    trace = trace_draft()
    results = [dict(r, image=h[i % len(h)], user=h[(i + 2) % len(h)]) for i, r in enumerate(trace.result["results"])]
    trace = ReportDraft("trace", h[1], trace.params, trace.inputs, trace.summary, {"results": results})
    causal = causal_draft()
    params = dict(causal.params, model=h[0], class_name=h[1])
    causal = ReportDraft("causal", h[2], params, causal.inputs, causal.summary, causal.result, causal.artifacts)
    return {"verify": verify, "trace": trace, "causal": causal}


def test_every_kinds_layout_escapes_hostile_strings(tmp_path: Path) -> None:
    for kind, draft in _hostile_kinds().items():
        store = ReportStore(tmp_path / f"{kind}.db")
        rid = store.save(draft)
        for qt in (False, True):
            page = to_html(store.get(rid), store.artifacts(rid), qt_rich_text=qt)
            _audit(page)
            assert "&lt;img src=x onerror=alert(1)&gt;" in page, kind


def test_long_words_wrap_inside_cells_and_short_columns_keep_their_words(tmp_path: Path) -> None:
    store = ReportStore(tmp_path / "w.db")
    rid = store.save(verify_draft())
    page = to_html(store.get(rid), store.artifacts(rid))
    assert "td{overflow-wrap:anywhere}" in page and "table{border-collapse:collapse;width:100%" in page
    assert '<td class=k style="background:#fbe1e1;color:#a61b1b">contradicted</td>' in page  # never "contradict-ed"
    assert "<td>http://example.org/attest/Pluto</td>" in page  # an IRI column wraps anywhere


def test_json_export_is_complete_and_canonical(tmp_path: Path) -> None:
    store, report, artifacts = _hostile_report(tmp_path)
    done = export_report(store, report.id, tmp_path / "r.json")
    out = done.path
    assert (done.report_id, done.fmt) == (report.id, "json")
    data = export_payload(out.read_bytes())  # the export dict inside the signed envelope
    assert data["chain"]["hash"] == report.hash and data["report"]["title"] == HOSTILE[0]
    assert base64.b64decode(data["artifacts"][0]["data_base64"]) == PNG
    assert out.read_text(encoding="utf-8") == to_json(report, artifacts)
    assert not list(tmp_path.glob(".r.json.*"))  # no temporary file left behind


def test_html_export_written_atomically(tmp_path: Path) -> None:
    store, report, _artifacts = _hostile_report(tmp_path)
    out = tmp_path / "r.html"
    out.write_text("old")
    assert export_report(store, report.id, out).fmt == "html"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".r.html.")]
