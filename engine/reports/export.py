"""Export a report as canonical JSON or as one self-contained, script-free HTML file.

The HTML draws the report document of :mod:`engine.reports.document` (summary sentence first, the
verdict banner, the evidence of the report's kind, method and parameters, inputs with their SHA-256,
tamper evidence, appendix); the PDF (:mod:`engine.reports.pdf`) draws the same document, so both say
the same thing in the same order. It prints on A4 and Letter without horizontal overflow: tables take
the page width and long words (IRIs, digests) wrap inside their cells (``overflow-wrap:anywhere``).

HTML safety: every string that comes from a report (titles, file names, claim text, labels) is
escaped with :func:`html.escape`; images are embedded as ``data:image/png`` URIs only after their
bytes were checked to be PNG; the page carries a Content-Security-Policy that forbids scripts,
remote loads, forms and frames, so that even a missed escape could not run code.

``qt_rich_text=True`` writes the subset Qt's rich-text engine draws (the Reports page preview): tables
with cell attributes instead of block-level CSS, no centred page width. Writing files (any format)
goes through :func:`engine.reports.api.export_report`.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from typing import Any

from .canonical import canonical_json
from .document import (
    PNG_MAGIC,
    TONES,
    Appendix,
    Banner,
    Block,
    Cell,
    Document,
    Figure,
    Gallery,
    Heading,
    KeyValues,
    Marked,
    Paragraph,
    Table,
    build_document,
)
from .store import Artifact, Report

FORMAT = "attest-report/1"
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


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


def _text(value: str) -> str:
    """Escaped text, line breaks kept."""
    return "<br>".join(_e(line) for line in str(value).split("\n"))


KEEP_WORDS = 16
"""A table column whose longest word is at most this many characters never breaks inside a word."""

STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI','DejaVu Sans',sans-serif;margin:2em auto;max-width:62em;
padding:0 1.2em;color:#1d2330;line-height:1.45}
h1{font-size:1.5em;margin-bottom:.2em}
h2{font-size:1.15em;border-bottom:1px solid #d6dae3;padding-bottom:.2em;margin-top:1.6em}
.meta{color:#5a6275;font-size:.88em;margin-top:0}.lead{font-size:1.08em}
.note,.caption{color:#5a6275;font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.88em;margin:.35em 0 .8em}
th,td{border:1px solid #d6dae3;padding:3px 7px;vertical-align:top;text-align:left}
td{overflow-wrap:anywhere}td.k{overflow-wrap:normal}
th{background:#f1f3f7}table.kv th{width:26%}table.kv td.ex{color:#5a6275;width:40%;font-size:.95em}
.mono{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9em}
.banner{padding:.55em .9em;margin:.9em 0;border-left:6px solid}
.banner strong{display:block;font-size:1.08em}
figure{margin:.6em 0 1em;text-align:center}figure img{max-width:100%;height:auto;border:1px solid #e3e6ec}
figcaption{font-size:.82em;color:#5a6275;text-align:left;margin-top:.3em}
.gallery{text-align:center}.gallery figure{display:inline-block;vertical-align:top;margin:.4em .5em}
.gallery figcaption{text-align:center}
.doc{border:1px solid #d6dae3;padding:.8em 1em;line-height:1.8}
.doc .m{padding:1px 2px;border-radius:3px}.doc sup{font-size:.68em;font-weight:bold;margin-left:1px}
.legend span.chip{display:inline-block;width:1.1em;height:.8em;border:1px solid;margin:0 .3em 0 .8em;
vertical-align:middle}
.appendix{margin-top:2.4em}
@page{margin:15mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt}h2{break-after:avoid}
tr,figure,.banner{break-inside:avoid}.appendix{break-before:page}}
"""
STYLE_QT = """
h1{font-size:x-large}h2{font-size:large}.meta,.note,.caption{color:#5a6275}
table.grid,table.kv{border-collapse:collapse}th{background-color:#f1f3f7;text-align:left}
td,th{border:1px solid #d6dae3}td.ex{color:#5a6275}.mono{font-family:monospace}
"""


def _img_src(figure: Figure, image_src: Callable[[Artifact], str] | None) -> str:
    if image_src is None:
        return "data:image/png;base64," + base64.b64encode(figure.png).decode("ascii")
    return image_src(Artifact(figure.name, "image/png", figure.sha256, figure.png))


class _Html:
    def __init__(self, image_src: Callable[[Artifact], str] | None, qt: bool) -> None:
        self.image_src = image_src
        self.qt = qt

    def blocks(self, blocks: tuple[Block, ...]) -> str:
        return "".join(self.block(b) for b in blocks)

    def block(self, b: Block) -> str:
        if isinstance(b, Heading):
            tag = "h2" if b.level <= 2 else "h3"
            return f"<{tag}>{_e(b.text)}</{tag}>"
        if isinstance(b, Paragraph):
            cls = {"lead": "lead", "note": "note"}.get(b.style)
            return f"<p class={cls}>{_text(b.text)}</p>" if cls else f"<p>{_text(b.text)}</p>"
        if isinstance(b, Banner):
            fill, ink = TONES.get(b.tone, TONES["neutral"])
            if self.qt:
                return (f"<table width=\"100%\" cellpadding=8 cellspacing=0><tr><td bgcolor=\"{fill}\" "
                        f"style=\"border-left:6px solid {ink}\"><b><font color=\"{ink}\" size=\"+1\">{_e(b.title)}"
                        f"</font></b><br>{_text(b.text)}</td></tr></table>")
            return (f"<div class=banner style=\"background:{fill};border-color:{ink}\"><strong style=\"color:{ink}\">"
                    f"{_e(b.title)}</strong>{_text(b.text)}</div>")
        if isinstance(b, KeyValues):
            return self.key_values(b)
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, Figure):
            return self.figure(b)
        if isinstance(b, Gallery):
            return self.gallery(b)
        if isinstance(b, Marked):
            return self.marked(b)
        if isinstance(b, Appendix):
            return (f"<div class=appendix><h2>Appendix: {_e(b.title)}</h2>{self.blocks(b.blocks)}</div>")
        return ""

    def _table_open(self, cls: str) -> str:
        if self.qt:
            return f"<table class={cls} width=\"100%\" cellspacing=0 cellpadding=4 border=1>"
        return f"<table class={cls}>"

    def _cell(self, c: Cell, keep_words: bool = False) -> str:
        tag = "td"
        attrs = ["class=k" if keep_words and not c.mono else ""]
        if c.tone in TONES:
            fill, ink = TONES[c.tone]
            attrs.append(f"bgcolor=\"{fill}\"" if self.qt else "")
            attrs.append(f"style=\"background:{fill};color:{ink}\"")
        if c.mono:
            attrs.append("class=mono")
        joined = " ".join(a for a in attrs if a)
        return f"<{tag}{' ' + joined if joined else ''}>{_text(c.text)}</{tag}>"

    def key_values(self, kv: KeyValues) -> str:
        out = [f"<p class=caption><b>{_e(kv.caption)}</b></p>" if kv.caption else "", self._table_open("kv")]
        for r in kv.rows:
            value = _text(r.value) + (f" {_e(r.unit)}" if r.unit else "")
            attrs = []
            if r.tone in TONES:
                fill, ink = TONES[r.tone]
                attrs.append(f"style=\"background:{fill};color:{ink}\"" + (f" bgcolor=\"{fill}\"" if self.qt else ""))
            if r.mono:
                attrs.append("class=mono")
            joined = " ".join(attrs)
            out.append(f"<tr><th>{_e(r.label)}</th><td{' ' + joined if joined else ''}>{value}</td>")
            if kv.explained:
                out.append(f"<td class=ex>{_text(r.explain)}</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def table(self, t: Table) -> str:
        out = [f"<p class=caption>{_text(t.caption)}</p>" if t.caption else "", self._table_open("grid")]
        out.append("<thead><tr>" + "".join(f"<th>{_e(c)}</th>" for c in t.columns) + "</tr></thead><tbody>")
        # a column of short words keeps its words whole; elsewhere long words (IRIs, digests) wrap anywhere
        keep = [max((len(w) for r in t.rows if i < len(r) for w in r[i].text.split()), default=0) <= KEEP_WORDS
                for i in range(len(t.columns))]
        for row in t.rows:
            out.append("<tr>" + "".join(self._cell(c, keep[i] if i < len(keep) else False)
                                        for i, c in enumerate(row)) + "</tr>")
        out.append("</tbody></table>")
        if t.more:
            out.append(f"<p class=note>{t.more} more rows in the JSON export</p>")
        return "".join(out)

    def _img(self, f: Figure, width_mm: float) -> str:
        if not f.png.startswith(PNG_MAGIC):  # never an image that is not a PNG
            return f"<span class=note>{_e(f.name)}: not a PNG; its bytes are in the JSON export</span>"
        src = _e(_img_src(f, self.image_src))
        alt = _e(f.caption or f.name)
        if self.qt:
            from .document import _png_size

            px_w, _ = _png_size(f.png)
            width = int(min(640, width_mm * 3.55, max(px_w, 1)))
            return f"<img src=\"{src}\" alt=\"{alt}\" width=\"{width}\">"
        return f"<img src=\"{src}\" alt=\"{alt}\" style=\"width:{width_mm:.0f}mm\">"

    def figure(self, f: Figure) -> str:
        if self.qt:
            return (f"<p align=center>{self._img(f, f.width_mm)}</p>"
                    + (f"<p class=caption>{_text(f.caption)}</p>" if f.caption else ""))
        cap = f"<figcaption>{_text(f.caption)}</figcaption>" if f.caption else ""
        return f"<figure>{self._img(f, f.width_mm)}{cap}</figure>"

    def gallery(self, g: Gallery) -> str:
        cap = f"<p class=caption>{_text(g.caption)}</p>" if g.caption else ""
        if self.qt:
            per_row = max(1, int(180 // max(1.0, max((f.width_mm for f in g.figures), default=180) + 4)))
            rows = []
            for i in range(0, len(g.figures), per_row):
                tds = "".join(f"<td align=center valign=top>{self._img(f, f.width_mm)}<br><span class=caption>"
                              f"{_text(f.caption)}</span></td>" for f in g.figures[i:i + per_row])
                rows.append(f"<tr>{tds}</tr>")
            return f"<table width=\"100%\" cellpadding=4>{''.join(rows)}</table>{cap}"
        figs = "".join(f"<figure style=\"width:{f.width_mm:.0f}mm;max-width:100%\">{self._img(f, f.width_mm)}"
                       f"<figcaption>{_text(f.caption)}</figcaption></figure>" for f in g.figures)
        return f"<div class=gallery>{figs}</div>{cap}"

    def marked(self, m: Marked) -> str:
        out = []
        for text, span, is_end in m.segments():
            piece = _text(text)
            if span is not None and span.tone in TONES:
                fill, ink = TONES[span.tone]
                out.append(f"<span class=m style=\"background-color:{fill}\">{piece}</span>")
                if is_end:
                    out.append(f"<sup style=\"color:{ink}\">[{_e(span.tag)}]</sup>")
            else:
                out.append(piece)
        body = "".join(out)
        if self.qt:
            html_ = f"<table width=\"100%\" cellpadding=8 border=1 cellspacing=0><tr><td>{body}</td></tr></table>"
        else:
            html_ = f"<div class=doc>{body}</div>"
        if m.legend:
            chips = []
            for label, tone in m.legend:
                fill, ink = TONES.get(tone, TONES["neutral"])
                if self.qt:
                    chips.append(f"<span style=\"background-color:{fill};color:{ink}\">&nbsp;{_e(label)}&nbsp;</span> ")
                else:
                    chips.append(f"<span class=chip style=\"background:{fill};border-color:{ink}\"></span>{_e(label)}")
            html_ += f"<p class=\"note legend\">{''.join(chips)}</p>"
        if m.note:
            html_ += f"<p class=note>{_text(m.note)}</p>"
        return html_


def render_html(doc: Document, image_src: Callable[[Artifact], str] | None = None, qt_rich_text: bool = False) -> str:
    """A document as one self-contained HTML page (see the module docstring for the safety rules)."""
    w = _Html(image_src, qt_rich_text)
    return "".join([
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">",
        "<meta name=referrer content=no-referrer>",
        "<meta name=viewport content=\"width=device-width, initial-scale=1\">",
        f"<title>{_e(doc.title)} — Attest report #{doc.report_id}</title>"
        f"<style>{STYLE_QT if qt_rich_text else STYLE}</style></head><body>",
        f"<h1>{_e(doc.title)}</h1>",
        f"<p class=meta>{_e(doc.meta)}</p>",
        f"<p class=lead>{_text(doc.summary)}</p>",
        w.blocks(doc.blocks),
        "</body></html>",
    ])


def to_html(
    report: Report,
    artifacts: list[Artifact],
    image_src: Callable[[Artifact], str] | None = None,
    qt_rich_text: bool = False,
    key_id: str | None = None,
) -> str:
    """A self-contained HTML page of the report document (:func:`engine.reports.document.build_document`).

    ``image_src`` lets the Qt renderer use its own resource URLs (it gets each figure as an
    :class:`Artifact` whose ``sha256`` is the figure's); ``qt_rich_text`` writes the subset of HTML
    that Qt's rich-text engine draws; ``key_id`` is the signing key's id, printed under tamper evidence.
    """
    return render_html(build_document(report, artifacts, key_id), image_src, qt_rich_text)
