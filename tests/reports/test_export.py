"""Export: canonical JSON with the chain hash; HTML with every hostile string inert."""

from __future__ import annotations

import base64
import json
from html.parser import HTMLParser
from pathlib import Path

from core.draft import ArtifactDraft, ReportDraft
from engine.reports.api import export_report
from engine.reports.export import to_html, to_json
from engine.reports.store import ReportStore

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
        kind="verify", title=HOSTILE[0],
        params={h: h for h in HOSTILE},
        inputs={HOSTILE[1]: "0" * 64},
        summary={"note": HOSTILE[2]},
        result={"claims": [{"text": h, "label": h} for h in HOSTILE], "list": HOSTILE},
        artifacts=(ArtifactDraft(HOSTILE[1], "image/png", PNG),
                   ArtifactDraft("fake.png", "image/png", b"<script>alert(5)</script>")),
    ))
    return store, store.get(rid), store.artifacts(rid)


def test_html_has_no_script_no_handlers_no_javascript_urls(tmp_path: Path) -> None:
    _store, report, artifacts = _hostile_report(tmp_path)
    page = to_html(report, artifacts)
    audit = Audit()
    audit.feed(page)
    assert "script" not in audit.tags and "svg" not in audit.tags
    assert audit.bad == []
    assert "default-src 'none'" in audit.csp and "script-src" not in audit.csp
    assert audit.tags.count("img") == 1  # the real PNG; the fake one is listed, not shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_json_export_is_complete_and_canonical(tmp_path: Path) -> None:
    store, report, artifacts = _hostile_report(tmp_path)
    done = export_report(store, report.id, tmp_path / "r.json")
    out = done.path
    assert (done.report_id, done.fmt) == (report.id, "json")
    data = json.loads(out.read_text(encoding="utf-8"))
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
