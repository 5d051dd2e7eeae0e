"""Export a report as canonical JSON or as one self-contained, script-free HTML file.

HTML safety: every string that comes from a report (titles, file names, claim text, labels) is
escaped with :func:`html.escape`; images are embedded as ``data:image/png`` URIs only after their
bytes were checked to be PNG; the page carries a Content-Security-Policy that forbids scripts,
remote loads, forms and frames, so that even a missed escape could not run code.
PDF has the same sections, drawn by :mod:`engine.reports.pdf`; writing files (any format) goes through
:func:`engine.reports.api.export_report`.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from typing import Any

from .canonical import canonical_json
from .store import Artifact, Report

FORMAT = "attest-report/1"
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_TABLE_ROWS = 200


def to_json_dict(report: Report, artifacts: list[Artifact]) -> dict[str, Any]:
    """Everything: the report, its chain position and hashes, artifacts as base64."""
    return {
        "format": FORMAT,
        "report": report.body(),
        "chain": {"id": report.id, "seq": report.seq, "prev_hash": report.prev_hash,
                  "body_sha256": report.body_sha256, "hash": report.hash, "redacted": report.redacted},
        "artifacts": [dict(a.to_dict(), data_base64=base64.b64encode(a.data).decode("ascii")) for a in artifacts],
    }


def to_json(report: Report, artifacts: list[Artifact], sign: bool = True, key=None) -> str:
    """Canonical JSON; signed with the installation's Ed25519 key unless ``sign`` is False."""
    data = to_json_dict(report, artifacts)
    if sign:
        from .signing import sign_export

        data = sign_export(data, key)
    return canonical_json(data)


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _scalar(value: Any) -> str:
    if isinstance(value, float):
        return _e(f"{value:.6g}")
    if value is None:
        return "<span class=na>—</span>"
    return _e(value)


def render_value(value: Any) -> str:
    """Nested data as escaped HTML: dicts as key/value tables, lists of dicts as tables."""
    if isinstance(value, dict):
        if not value:
            return "<span class=na>(none)</span>"
        rows = "".join(
            f"<tr><th>{_e(k)}</th><td>{render_value(v)}</td></tr>" for k, v in value.items()
        )
        return f"<table class=kv>{rows}</table>"
    if isinstance(value, list):
        if not value:
            return "<span class=na>(none)</span>"
        if all(isinstance(v, dict) for v in value):
            cols: list[str] = []
            for v in value[:MAX_TABLE_ROWS]:
                for k in v:
                    if k not in cols:
                        cols.append(k)
            head = "".join(f"<th>{_e(c)}</th>" for c in cols)
            body = "".join(
                "<tr>" + "".join(f"<td>{render_value(v.get(c))}</td>" for c in cols) + "</tr>"
                for v in value[:MAX_TABLE_ROWS]
            )
            more = (f"<p class=na>{len(value) - MAX_TABLE_ROWS} more rows in the JSON export</p>"
                    if len(value) > MAX_TABLE_ROWS else "")
            return f"<table class=grid><tr>{head}</tr>{body}</table>{more}"
        if all(not isinstance(v, (dict, list)) for v in value):
            shown = ", ".join(_scalar(v) for v in value[:MAX_TABLE_ROWS])
            return shown + (" …" if len(value) > MAX_TABLE_ROWS else "")
        return "<ol>" + "".join(f"<li>{render_value(v)}</li>" for v in value[:MAX_TABLE_ROWS]) + "</ol>"
    return _scalar(value)


STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1100px;color:#1d2330}
h1{font-size:1.5em;margin-bottom:.2em}
h2{font-size:1.15em;border-bottom:1px solid #d6dae3;padding-bottom:.2em;margin-top:1.6em}
.meta{color:#5a6275;font-size:.9em}.na{color:#8a90a0}
table{border-collapse:collapse;font-size:.88em;margin:.3em 0}
th,td{border:1px solid #d6dae3;padding:3px 7px;vertical-align:top;text-align:left}
th{background:#f1f3f7}table.kv>tbody>tr>th,table.kv>tr>th{width:14em}
.hash{font-family:monospace;font-size:.85em;word-break:break-all}
figure{display:inline-block;margin:.5em 1em .5em 0;text-align:center}
figure img{max-width:480px;border:1px solid #d6dae3}
figcaption{font-size:.8em;color:#5a6275}
.badge{display:inline-block;padding:2px 8px;border-radius:4px;background:#e6ecf7;font-size:.85em}
"""
STYLE_QT = STYLE.replace("margin:2em auto;max-width:1100px;", "")


def to_html(
    report: Report,
    artifacts: list[Artifact],
    image_src: Callable[[Artifact], str] | None = None,
    qt_rich_text: bool = False,
) -> str:
    """A self-contained HTML page.

    ``image_src`` lets the Qt renderer use its own resource URLs; ``qt_rich_text`` drops the CSS
    that Qt's rich-text engine does not support (centred page width), which it would mis-indent.
    """
    if image_src is None:
        def image_src(a: Artifact) -> str:
            return "data:image/png;base64," + base64.b64encode(a.data).decode("ascii")

    figures = []
    others = []
    for a in artifacts:
        if a.mime == "image/png" and a.data.startswith(PNG_MAGIC):
            figures.append(
                f"<figure><img alt=\"{_e(a.name)}\" src=\"{_e(image_src(a))}\">"
                f"<figcaption>{_e(a.name)}</figcaption></figure>"
            )
        else:
            others.append({"name": a.name, "type": a.mime, "bytes": len(a.data), "sha256": a.sha256})
    redacted = "<p><span class=badge>redacted by its owner</span></p>" if report.redacted else ""
    parts = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">",
        "<meta name=referrer content=no-referrer>",
        f"<title>{_e(report.title)} — Attest report #{report.id}</title>"
        f"<style>{STYLE_QT if qt_rich_text else STYLE}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        f"<p class=meta>Attest report #{report.id} · {_e(report.kind)} · {_e(report.created)} · "
        f"device {_e(report.device)} · Attest {_e(report.app_version)}</p>{redacted}",
        "<h2>Summary</h2>", render_value(report.summary),
    ]
    if figures:
        parts += ["<h2>Figures</h2>", "".join(figures)]
    parts += ["<h2>Parameters</h2>", render_value(report.params),
              "<h2>Inputs (SHA-256)</h2>", render_value(report.inputs),
              "<h2>Result</h2>", render_value(report.result)]
    if others:
        parts += ["<h2>Other artifacts</h2>", render_value(others)]
    parts += [
        "<h2>Tamper evidence</h2>",
        render_value({"position in chain": report.seq, "previous hash": report.prev_hash,
                      "content SHA-256": report.body_sha256, "chain hash": report.hash}),
        "<p class=meta>Check with <code>python main.py reports verify</code> against the database "
        "this report came from.</p></body></html>",
    ]
    return "".join(parts)
