"""Reports as PDF, drawn with fpdf2 from the report document of :mod:`engine.reports.document`.

Why fpdf2 and not Qt's PDF writer: the command line exports PDF on a server without a display or Qt
(``python main.py reports export 3 r.pdf``), and fpdf2 is pure Python with Unicode TrueType fonts,
tables and PNG images. The HTML export (:mod:`engine.reports.export`) draws the same
:class:`~engine.reports.document.Document`, block for block, so both say the same thing in the same
order: title, meta line, the summary sentence, the verdict banner, the evidence of the report's kind,
method and parameters, inputs with their SHA-256, tamper evidence, appendix.

Paper: A4 (default) or US Letter (``paper="letter"``), 15 mm margins. Nothing leaves the text width:
tables too wide for the page are split into parts that repeat the first column; a word longer than its
cell (an IRI, a digest) breaks inside the word; figures are scaled to the text width. A heading is
never left alone at the foot of a page: it moves to the next page with the block it introduces.

Text is set in a Unicode TrueType font found on the system (DejaVu Sans, Noto Sans, Arial; CJK
fallbacks where installed), so claims in other scripts render; a character that no available font has
is shown as U+FFFD rather than silently dropped. Without any TrueType font the PDF core fonts are used
and characters outside Latin-1 are replaced.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from core.errors import AttestError
from core.fileio import atomic_write_bytes

from .document import (
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
    is_digest,
)
from .store import Artifact, Report

PAPERS: Final = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
"""Page sizes in mm."""
MARGIN: Final = 15.0
KEEP_TOGETHER_MM: Final = 90.0
"""A table at most this tall is never split across pages."""
BODY_PT: Final = 8.5
LINE_H: Final = 4.2

INK = (29, 35, 48)
MUTED = (90, 98, 117)
RULE = (214, 218, 227)
HEAD_FILL = (241, 243, 247)
WHITE = (255, 255, 255)

_FONT_SETS: Final = (
    # (regular, bold, monospace): the first set whose regular face exists is used
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
     "/usr/share/fonts/TTF/DejaVuSansMono.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
     "/usr/share/fonts/dejavu/DejaVuSansMono.ttf"),
    ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
     "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf", "C:/Windows/Fonts/consola.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
     "/System/Library/Fonts/Supplemental/Courier New.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf", "/Library/Fonts/Courier New.ttf"),
)
_FALLBACK_FONTS: Final = (
    # wide-coverage faces used for characters the main font lacks (CJK, ...), where installed
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
)
_CORE_REPLACEMENTS: Final = str.maketrans({
    "—": "-", "–": "-", "…": "...", "›": ">", "‘": "'", "’": "'", "“": '"', "”": '"', "•": "*",
    "✔": "OK", "✘": "X", "\u00a0": " ", "≤": "<=", "≥": ">=", "×": "x", "−": "-", "Σ": "sum ", "÷": "/",
    "α": "alpha", "β": "beta", "σ": "sigma", "τ": "tau",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class FontSet:
    """TrueType faces for the PDF; ``None`` everywhere means the PDF core fonts (Latin-1 only)."""

    regular: str | None = None
    bold: str | None = None
    mono: str | None = None
    fallbacks: tuple[str, ...] = ()

    @property
    def unicode(self) -> bool:
        return self.regular is not None


CORE_FONTS: Final = FontSet()


def find_fonts() -> FontSet:
    """The first Unicode font set installed here, or :data:`CORE_FONTS` if there is none."""
    for regular, bold, mono in _FONT_SETS:
        if Path(regular).is_file():
            return FontSet(
                regular,
                bold if Path(bold).is_file() else regular,
                mono if Path(mono).is_file() else regular,
                tuple(p for p in _FALLBACK_FONTS if Path(p).is_file()),
            )
    return CORE_FONTS


@lru_cache(maxsize=16)
def _charset(path: str) -> frozenset[int]:
    """The code points a font file has glyphs for (empty if it cannot be read)."""
    try:
        from fontTools.ttLib import TTFont

        font = TTFont(path, fontNumber=0, lazy=True)
        try:
            return frozenset(font.getBestCmap() or {})
        finally:
            font.close()
    except Exception:
        return frozenset()


@dataclass(frozen=True)
class _GridCell:
    text: str
    style: str = ""
    mono: bool = False
    size: float = 0.0
    """Font size in points; 0: the table's."""
    fill: tuple[int, int, int] | None = None
    ink: tuple[int, int, int] = INK


def _all_text(doc: Document) -> str:
    """Every string the document shows (to choose the fonts it needs)."""
    parts = [doc.title, doc.meta, doc.summary]

    def walk(blocks: tuple[Block, ...]) -> None:
        for b in blocks:
            if isinstance(b, (Heading, Paragraph)):
                parts.append(b.text)
            elif isinstance(b, Banner):
                parts.extend((b.title, b.text))
            elif isinstance(b, KeyValues):
                parts.append(b.caption)
                parts.extend(f"{r.label}{r.value}{r.unit}{r.explain}" for r in b.rows)
            elif isinstance(b, Table):
                parts.append(b.caption)
                parts.extend(b.columns)
                parts.extend(c.text for row in b.rows for c in row)
            elif isinstance(b, Figure):
                parts.append(b.caption)
            elif isinstance(b, Gallery):
                parts.append(b.caption)
                parts.extend(f.caption for f in b.figures)
            elif isinstance(b, Marked):
                parts.extend((b.text, b.note, *(label for label, _t in b.legend), *(s.tag for s in b.spans)))
            elif isinstance(b, Appendix):
                parts.append(b.title)
                walk(b.blocks)

    walk(doc.blocks)
    return "".join(parts)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _tone(tone: str | None) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    if tone is None or tone not in TONES:
        return None
    fill, ink = TONES[tone]
    return _rgb(fill), _rgb(ink)


class _Writer:
    """One report document drawn into an fpdf2 document."""

    def __init__(self, doc: Document, report: Report, fonts: FontSet, paper: str) -> None:
        from fpdf import FPDF

        if paper not in PAPERS:
            raise AttestError(f"unknown paper size {paper!r}: use a4 or letter")
        self.doc = doc
        self.report = report
        self.fonts = fonts
        self.page_w, self.page_h = PAPERS[paper]
        self.content_w = self.page_w - 2 * MARGIN
        footer = f"Attest report #{report.id} · {report.kind} · content SHA-256 {report.body_sha256[:16]}…"
        writer = self

        class _Doc(FPDF):
            def footer(self) -> None:
                self.set_y(-10)
                writer.font("", 7)
                self.set_text_color(*MUTED)
                self.cell(0, 4, writer.clean(f"{footer} · page {self.page_no()} of {{nb}}"), align="C")

        pdf = _Doc(orientation="P", unit="mm", format=(self.page_w, self.page_h))
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_auto_page_break(True, margin=MARGIN)
        if fonts.unicode:
            assert fonts.regular and fonts.bold and fonts.mono
            pdf.add_font("Body", "", fonts.regular)
            pdf.add_font("Body", "B", fonts.bold)
            pdf.add_font("Mono", "", fonts.mono)
            covered = set(_charset(fonts.regular))
            self.main_glyphs: frozenset[int] = frozenset(covered)
            self.fallbacks = False
            # the wide fallback faces cost more to load than the whole report: only when some text needs them
            if any(ord(c) not in covered for c in _CONTROL.sub("", _all_text(doc)) if c not in "\n\t\r"):
                fallback_names = []
                for i, path in enumerate(fonts.fallbacks):
                    try:
                        pdf.add_font(f"Fallback{i}", "", path)
                    except Exception:
                        continue
                    fallback_names.append(f"Fallback{i}")
                    covered |= _charset(path)
                if fallback_names:
                    pdf.set_fallback_fonts(fallback_names, exact_match=False)
                    self.fallbacks = True
            self.covered: frozenset[int] = frozenset(covered)
            self.body_family, self.mono_family = "Body", "Mono"
        else:
            self.covered = self.main_glyphs = frozenset(range(256))
            self.fallbacks = False
            self.body_family, self.mono_family = "Helvetica", "Courier"
        self.pdf = pdf
        self._widths: dict[tuple[str, str, float, bool], float] = {}

    @property
    def bottom(self) -> float:
        return self.page_h - MARGIN

    # text ----------------------------------------------------------------------------------------
    def clean(self, text: str) -> str:
        """Text the fonts can draw: tabs as spaces, control characters and missing glyphs replaced."""
        text = _CONTROL.sub("\ufffd", text.replace("\t", "    ").replace("\r\n", "\n").replace("\r", "\n"))
        if not self.fonts.unicode:
            text = text.translate(_CORE_REPLACEMENTS)
            return text.encode("latin-1", "replace").decode("latin-1")
        covered = self.covered
        if covered and any(ord(c) not in covered and c != "\n" for c in text):
            text = "".join(c if c == "\n" or ord(c) in covered else "\ufffd" for c in text)
        return text

    def font(self, style: str = "", size: float = BODY_PT, mono: bool = False) -> None:
        family = self.mono_family if mono else self.body_family
        self.pdf.set_font(family, "" if mono else style, size)

    def text_height(self, text: str, w: float, size: float, style: str = "", line_h: float | None = None) -> float:
        return len(self.wrap(text, w, style, size)) * (line_h or size * 0.5)

    def lines(self, text: str, x: float, width: float, size: float = BODY_PT, style: str = "",
              colour: tuple[int, int, int] = INK, line_h: float | None = None, align: str = "L") -> None:
        """Wrapped text from the current y, a page break wherever the next line does not fit."""
        pdf = self.pdf
        lh = line_h or size * 0.5
        old_margin, old_break = pdf.c_margin, pdf.auto_page_break
        pdf.c_margin = 0
        pdf.set_auto_page_break(False)
        y = pdf.get_y()
        for line in self.wrap(text, width, style, size):
            if y + lh > self.bottom:
                pdf.add_page()
                y = pdf.get_y()
            dx = (width - self.measure(line, style, size)) / 2 if align == "C" else 0.0
            if line:
                self.put(x + dx, y, line, style, size, colour=colour, h=lh)
            y += lh
        pdf.c_margin = old_margin
        pdf.set_auto_page_break(old_break, margin=MARGIN)
        pdf.set_xy(MARGIN, y)

    def ensure(self, height: float) -> None:
        """A page break first unless ``height`` mm still fit on this page."""
        if self.pdf.get_y() + height > self.bottom:
            self.pdf.add_page()

    def para(self, text: str, size: float = BODY_PT, colour: tuple[int, int, int] = INK, style: str = "",
             gap: float = 1.5, line_h: float | None = None) -> None:
        self.lines(text, MARGIN, self.content_w, size, style, colour, line_h)
        self.pdf.ln(gap)

    # blocks --------------------------------------------------------------------------------------
    def block(self, block: Block, following: Block | None = None) -> None:
        if isinstance(block, Heading):
            self.heading(block, following)
        elif isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, Banner):
            self.banner(block)
        elif isinstance(block, KeyValues):
            self.key_values(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, Gallery):
            self.gallery(block)
        elif isinstance(block, Marked):
            self.marked(block)
        elif isinstance(block, Appendix):
            self.appendix(block)

    def estimate(self, block: Block | None) -> float:
        """About how much of a block must follow its heading on the same page (mm)."""
        if isinstance(block, Figure):
            w, h = self._figure_size(block)
            return h + self.text_height(block.caption, self.content_w, 7.5) + 3
        if isinstance(block, Gallery):
            rows = self._gallery_rows(block)
            return rows[0][1] + 3 if rows else 10
        if isinstance(block, Paragraph):
            return min(self.text_height(block.text, self.content_w, BODY_PT), 30.0) + 12
        if isinstance(block, (Table, KeyValues)):
            return 24.0
        if isinstance(block, Marked):
            return 30.0
        return 15.0

    def heading(self, h: Heading, following: Block | None) -> None:
        pdf = self.pdf
        size = 12 if h.level <= 2 else 10
        self.ensure(3 + 9 + self.estimate(following))
        pdf.ln(3)
        self.lines(h.text, MARGIN, self.content_w, size, "B", INK, size * 0.55)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.3)
        pdf.line(MARGIN, pdf.get_y() + 0.5, MARGIN + self.content_w, pdf.get_y() + 0.5)
        pdf.ln(2.5)

    def paragraph(self, p: Paragraph) -> None:
        if p.style == "lead":
            self.para(p.text, size=10.5, gap=2.5, line_h=5.4)
        elif p.style == "note":
            self.para(p.text, size=7.5, colour=MUTED, gap=1.5)
        else:
            self.para(p.text, gap=2.0, line_h=4.3)

    def banner(self, b: Banner) -> None:
        pdf = self.pdf
        fill, ink = _tone(b.tone) or (HEAD_FILL, INK)
        inner = self.content_w - 8
        h = self.text_height(b.title, inner, 11, "B", 5.2) + self.text_height(b.text, inner, BODY_PT, "", 4.3) + 5
        self.ensure(h + 2)
        top = pdf.get_y()
        pdf.set_fill_color(*fill)
        pdf.rect(MARGIN, top, self.content_w, h, style="F")
        pdf.set_fill_color(*ink)
        pdf.rect(MARGIN, top, 1.6, h, style="F")
        pdf.set_y(top + 2.2)
        self.lines(b.title, MARGIN + 5, inner, 11, "B", ink, 5.2)
        self.lines(b.text, MARGIN + 5, inner, BODY_PT, "", INK, 4.3)
        pdf.set_y(top + h + 3)

    # laying out text ourselves: fpdf2's multi_cell and table measure each line again per character added,
    # which made a 150-claim report take seconds; widths of words are cached and added instead
    def measure(self, text: str, style: str = "", size: float = BODY_PT, mono: bool = False) -> float:
        key = (text, style, size, mono)
        w = self._widths.get(key)
        if w is None:
            self.font(style, size, mono)
            w = float(self.pdf.get_string_width(text))
            if len(self._widths) < 200_000:
                self._widths[key] = w
        return w

    def wrap(self, text: str, width: float, style: str = "", size: float = BODY_PT, mono: bool = False) -> list[str]:
        """Lines of at most ``width`` mm: greedy by words, a word longer than the line cut where it must."""
        lines: list[str] = []
        space = self.measure(" ", style, size, mono)
        for para in self.clean(text).split("\n"):
            line, line_w = "", 0.0
            for word in para.split():
                w = self.measure(word, style, size, mono)
                if line and line_w + space + w <= width:
                    line, line_w = f"{line} {word}", line_w + space + w
                    continue
                if line:
                    lines.append(line)
                while w > width and len(word) > 1:
                    lo, hi = 1, len(word) - 1  # the longest prefix that fits (at least one character)
                    while lo < hi:
                        mid = (lo + hi + 1) // 2
                        if self.measure(word[:mid], style, size, mono) <= width:
                            lo = mid
                        else:
                            hi = mid - 1
                    lines.append(word[:lo])
                    word = word[lo:]
                    w = self.measure(word, style, size, mono)
                line, line_w = word, w
            lines.append(line)
        return lines

    def put(self, x: float, y: float, text: str, style: str = "", size: float = BODY_PT, mono: bool = False,
            colour: tuple[int, int, int] = INK, fill: tuple[int, int, int] | None = None, h: float = 4.0) -> float:
        """One line of text at (x, y), top-left, no wrapping; returns its width. Drawn with the light ``text``
        operator unless a character needs a fallback face (then as a cell, which switches faces)."""
        pdf = self.pdf
        w = self.measure(text, style, size, mono)
        self.font(style, size, mono)
        pdf.set_text_color(*colour)
        if fill is not None:
            pdf.set_fill_color(*fill)
        if self.fallbacks and any(ord(c) not in self.main_glyphs for c in text):
            pdf.set_xy(x, y)
            pdf.cell(w, h, text, fill=fill is not None)
            return w
        if fill is not None:
            pdf.rect(x, y, w, h, style="F")
        pdf.text(x, y + 0.5 * h + 0.3 * pdf.font_size, text)  # the baseline where cell() puts it
        return w

    def grid(self, widths: list[float], rows: list[list[_GridCell]], head: list[_GridCell] | None, size: float,
             line_h: float, pad: tuple[float, float], keep_together: bool = False) -> None:
        """A table drawn by hand: rows never split, the heading row repeated on every page; a short table
        (``keep_together``, at most :data:`KEEP_TOGETHER_MM`) moves to the next page whole rather than split."""
        pdf = self.pdf
        pad_y, pad_x = pad
        old_margin, old_break = pdf.c_margin, pdf.auto_page_break
        pdf.c_margin = 0
        pdf.set_auto_page_break(False)
        max_h = self.bottom - MARGIN - 12

        def layout(row: list[_GridCell]) -> tuple[list[list[str]], float]:
            lines = [self.wrap(c.text, max(w - 2 * pad_x, 1.0), c.style, c.size or size, c.mono)
                     for c, w in zip(row, widths, strict=False)]
            cap = max(1, int((max_h - 2 * pad_y) // line_h))
            lines = [ls if len(ls) <= cap else [*ls[: cap - 1], ls[cap - 1] + " …"] for ls in lines]
            return lines, max((len(ls) for ls in lines), default=1) * line_h + 2 * pad_y

        def draw(row: list[_GridCell], lines: list[list[str]], h: float, y: float) -> None:
            x = MARGIN
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.2)
            for c, w, ls in zip(row, widths, lines, strict=False):
                if c.fill is not None:
                    pdf.set_fill_color(*c.fill)
                    pdf.rect(x, y, w, h, style="F")
                for i, line in enumerate(ls):
                    if line:
                        self.put(x + pad_x, y + pad_y + i * line_h, line, c.style, c.size or size, c.mono, c.ink,
                                 h=line_h)
                pdf.rect(x, y, w, h, style="D")
                x += w

        head_lines, head_h = layout(head) if head else ([], 0.0)
        laid = [layout(row) for row in rows]
        total = head_h + sum(h for _l, h in laid)
        y = pdf.get_y()
        if keep_together and total <= KEEP_TOGETHER_MM and y + total > self.bottom:
            pdf.add_page()
            y = pdf.get_y()
        first = True
        for row, (lines, h) in zip(rows, laid, strict=True):
            if y + h + (head_h if first else 0.0) > self.bottom:
                pdf.add_page()
                y = pdf.get_y()
                first = True
            if first and head:
                draw(head, head_lines, head_h, y)
                y += head_h
            first = False
            draw(row, lines, h, y)
            y += h
        if not rows and head:
            draw(head, head_lines, head_h, y)
            y += head_h
        pdf.c_margin = old_margin
        pdf.set_auto_page_break(old_break, margin=MARGIN)
        pdf.set_xy(MARGIN, y)

    def key_values(self, kv: KeyValues) -> None:
        W = self.content_w
        mono_pt = BODY_PT - 1.5
        label_w = min(max(max((self.measure(self.clean(r.label), "B") for r in kv.rows), default=0.0) + 3.2, 28.0),
                      W * 0.3)
        values = [r.value + (f" {r.unit}" if r.unit else "") for r in kv.rows]
        digest_w = max((self.measure(self.clean(v), size=mono_pt, mono=True) + 3.4
                        for v, r in zip(values, kv.rows, strict=True) if r.mono), default=0.0)
        if kv.explained:
            value_wish = max((min(self.measure(self.clean(v)), 70.0) + 3.2 for v in values), default=20.0)
            value_w = max(value_wish, digest_w, 22.0)
            explain_w = W - label_w - value_w
            if explain_w < 45.0:
                explain_w = max(45.0, W * 0.3)
                value_w = W - label_w - explain_w
            widths = [label_w, value_w, explain_w]
        else:
            if digest_w:
                label_w = max(min(label_w, W - digest_w), 24.0)
            widths = [label_w, W - label_w]
        rows = []
        for r, value in zip(kv.rows, values, strict=True):
            tone = _tone(r.tone)
            cells = [_GridCell(r.label, "B", fill=HEAD_FILL),
                     _GridCell(value, mono=r.mono, size=mono_pt if r.mono else 0.0,
                               fill=tone[0] if tone else None, ink=tone[1] if tone else INK)]
            if kv.explained:
                cells.append(_GridCell(r.explain, size=BODY_PT - 1, ink=MUTED))
            rows.append(cells)
        if kv.caption:
            self.para(kv.caption, style="B", gap=0.5)
        self.grid(widths, rows, None, BODY_PT, LINE_H, (0.9, 1.5), keep_together=True)
        self.pdf.ln(2.0)

    def _column_widths(self, table: Table, size: float) -> tuple[list[float], list[float]]:
        """Per column: the width it would like (its longest line) and the least it needs (its longest word)."""
        pad = 2.6
        wish, least = [], []
        for i, col in enumerate(table.columns):
            head = max((self.measure(w, "B", size) for w in self.clean(col).split()), default=0.0)
            head_line = self.measure(self.clean(col), "B", size)
            long_line = long_word = mono_need = 0.0
            for r in table.rows:
                if i >= len(r):
                    continue
                c = r[i]
                cs = size - 0.5 if c.mono else size
                text = self.clean(c.text)
                for line in text.split("\n"):
                    lw = self.measure(line, "", cs, c.mono)
                    long_line = max(long_line, lw)
                    if c.mono and is_digest(c.text):
                        mono_need = max(mono_need, lw)
                for w in text.split():
                    long_word = max(long_word, self.measure(w, "", cs, c.mono))
            wish.append(max(min(head_line, 40.0), min(long_line, 75.0), mono_need) + pad)
            least.append(max(min(head, 24.0), min(long_word, 24.0), mono_need, 6.0) + pad)
        return wish, least

    def table(self, table: Table) -> None:
        """A table, or several (each repeating the first column) when it is too wide for the page."""
        W = self.content_w
        n = len(table.columns)
        dense = len(table.rows) > 30 and n <= 3
        size = BODY_PT - 1.5 if dense else BODY_PT - 1 if n > 4 else BODY_PT - 0.5
        wish, least = self._column_widths(table, size)
        parts: list[list[int]] = [[0]]
        for i in range(1, n):
            if sum(least[j] for j in parts[-1]) + least[i] > W:
                parts.append([0, i])
            else:
                parts[-1].append(i)
        if table.caption:
            self.ensure(18)
            self.para(table.caption, size=7.5, colour=MUTED, gap=0.8)
        for k, idx in enumerate(parts, start=1):
            if len(parts) > 1:
                self.para(f"Part {k} of {len(parts)}", size=7.5, style="B", gap=0.5)
            w_part, l_part = [wish[i] for i in idx], [least[i] for i in idx]
            if sum(w_part) <= W:
                widths = list(w_part)
                widths[-1] += W - sum(w_part)  # fill the line: easier to read than a narrow grid
            else:
                spare = max(0.0, W - sum(l_part))
                want = [max(0.0, w - m) for w, m in zip(w_part, l_part, strict=True)]
                total = sum(want) or 1.0
                widths = [m + spare * x / total for m, x in zip(l_part, want, strict=True)]
                widths = [w * W / sum(widths) for w in widths]
            head = [_GridCell(table.columns[i], "B", fill=HEAD_FILL) for i in idx]
            rows = []
            for r in table.rows:
                row = []
                for i in idx:
                    c = r[i] if i < len(r) else Cell("")
                    tone = _tone(c.tone)
                    row.append(_GridCell(c.text, mono=c.mono, size=size - 0.5 if c.mono else 0.0,
                                         fill=tone[0] if tone else None, ink=tone[1] if tone else INK))
                rows.append(row)
            line_h = size * (0.42 if dense else 0.46)
            self.grid(widths, rows, head, size, line_h, (0.35, 1.0) if dense else (0.7, 1.2),
                      keep_together=len(rows) <= 8)
        if table.more:
            self.pdf.ln(0.8)
            self.para(f"{table.more} more rows in the JSON export", size=7.5, colour=MUTED, gap=1.0)
        self.pdf.ln(2.0)

    # figures -------------------------------------------------------------------------------------
    def _figure_size(self, f: Figure) -> tuple[float, float]:
        from .document import _png_size

        px_w, px_h = _png_size(f.png)
        w = min(self.content_w, max(f.width_mm, 5.0))
        h = w * px_h / max(px_w, 1)
        max_h = self.page_h - 2 * MARGIN - 40
        if h > max_h:
            w, h = w * max_h / h, max_h
        return w, h

    def _image(self, f: Figure, x: float, y: float, w: float, h: float) -> bool:
        from PIL import Image

        try:
            with Image.open(io.BytesIO(f.png)) as img:
                img.load()
                image = img.convert("RGBA" if "A" in img.getbands() else "RGB")
        except Exception:
            return False
        self.pdf.image(image, x=x, y=y, w=w, h=h, alt_text=self.clean(f.caption or f.name)[:200])
        return True

    def figure(self, f: Figure) -> None:
        pdf = self.pdf
        w, h = self._figure_size(f)
        cap_h = self.text_height(f.caption, self.content_w, 7.5, line_h=3.6) if f.caption else 0.0
        self.ensure(h + cap_h + 4)
        top = pdf.get_y()
        if not self._image(f, MARGIN + (self.content_w - w) / 2, top, w, h):
            self.para(f"{f.name}: not a readable PNG; its bytes are in the JSON export", colour=MUTED)
            return
        pdf.set_xy(MARGIN, top + h + 1.2)
        if f.caption:
            self.para(f.caption, size=7.5, colour=MUTED, gap=2.5, line_h=3.6)
        else:
            pdf.ln(2.5)

    def _gallery_rows(self, g: Gallery) -> list[tuple[list[tuple[Figure, float, float, float]], float]]:
        """Rows of (figure, width, image height, caption height) and the row's height."""
        gap = 4.0
        rows: list[tuple[list[tuple[Figure, float, float, float]], float]] = []
        current: list[tuple[Figure, float, float, float]] = []
        for f in g.figures:
            w, h = self._figure_size(f)
            slot = max(w, 30.0) if w < self.content_w else w
            cap = self.text_height(f.caption, slot, 7, line_h=3.3) if f.caption else 0.0
            if current and sum(x[1] for x in current) + gap * len(current) + slot > self.content_w:
                rows.append((current, max(x[2] + x[3] for x in current) + 3))
                current = []
            current.append((f, slot, h, cap))
        if current:
            rows.append((current, max(x[2] + x[3] for x in current) + 3))
        return rows

    def gallery(self, g: Gallery) -> None:
        pdf = self.pdf
        gap = 4.0
        for row, row_h in self._gallery_rows(g):
            self.ensure(row_h)
            top = pdf.get_y()
            x = MARGIN + (self.content_w - sum(s for _f, s, _h, _c in row) - gap * (len(row) - 1)) / 2
            for f, slot, h, _cap in row:
                w, _ = self._figure_size(f)
                if not self._image(f, x + (slot - w) / 2, top, w, h):
                    pdf.set_y(top)
                    self.lines(f"{f.name}: not a readable PNG", x, slot, 7, colour=MUTED, line_h=3.3, align="C")
                elif f.caption:
                    pdf.set_y(top + h + 0.8)
                    self.lines(f.caption, x, slot, 7, colour=MUTED, line_h=3.3, align="C")
                x += slot + gap
            pdf.set_xy(MARGIN, top + row_h)
        if g.caption:
            self.para(g.caption, size=7.5, colour=MUTED, gap=2.0, line_h=3.6)

    # highlighted text ----------------------------------------------------------------------------
    def marked(self, m: Marked) -> None:
        """Running text with each span on its tone's fill and its tag after it, wrapped by hand."""
        pdf = self.pdf
        size, lh = 9.0, 5.6
        left, right = MARGIN + 2, MARGIN + self.content_w - 2
        space = self.measure(" ", size=size)
        # lines of runs: (text, fill, ink, is_tag)
        lines: list[list[tuple[str, tuple[int, int, int] | None, tuple[int, int, int], bool]]] = [[]]
        x = left

        def newline() -> None:
            nonlocal x
            lines.append([])
            x = left

        def add(text: str, fill: tuple[int, int, int] | None, ink: tuple[int, int, int], tag: bool = False) -> None:
            nonlocal x
            runs = lines[-1]
            if runs and runs[-1][1] == fill and runs[-1][2] == ink and runs[-1][3] == tag:
                runs[-1] = (runs[-1][0] + text, fill, ink, tag)
            else:
                runs.append((text, fill, ink, tag))
            x += self.measure(text, "B" if tag else "", 6 if tag else size)

        for text, span, is_end in m.segments():
            tone = _tone(span.tone) if span else None
            fill = tone[0] if tone else None
            for piece in re.split(r"(\s+)", self.clean(text)):
                if not piece:
                    continue
                if piece.isspace():
                    for _ in range(piece.count("\n")):
                        newline()
                    if "\n" not in piece and x > left:
                        if x + space > right:
                            newline()
                        else:
                            add(" ", fill, INK)
                    continue
                for i, part in enumerate(self.wrap(piece, right - left, size=size)):
                    w = self.measure(part, size=size)
                    if (i or x + w > right) and x > left:
                        newline()
                    add(part, fill, INK)
            if is_end and span is not None:
                tag = f"[{span.tag}]"
                if x + self.measure(tag, "B", 6) > right:
                    newline()
                add(tag, None, tone[1] if tone else MUTED, tag=True)
        old_margin, old_break = pdf.c_margin, pdf.auto_page_break
        pdf.c_margin = 0
        pdf.set_auto_page_break(False)
        self.ensure(lh * 3)
        y = pdf.get_y() + 1
        for runs in lines:
            if y + lh > self.bottom:
                pdf.add_page()
                y = pdf.get_y()
            x = left
            for run, fill, ink, is_tag in runs:
                if is_tag:
                    x += self.put(x + 0.3, y - 0.6, run, "B", 6, colour=ink, h=3.0) + 0.6
                else:
                    x += self.put(x, y, run, "", size, colour=ink, fill=fill, h=lh - 0.6)
            y += lh
        pdf.c_margin = old_margin
        pdf.set_auto_page_break(old_break, margin=MARGIN)
        pdf.set_xy(MARGIN, y + 1.5)
        if m.legend:
            self._legend(m.legend)
        if m.note:
            self.para(m.note, size=7.5, colour=MUTED, gap=1.5)

    def _legend(self, legend: tuple[tuple[str, str], ...]) -> None:
        pdf = self.pdf
        self.ensure(6)
        x, y = MARGIN, pdf.get_y()
        for label, tone in legend:
            colours = _tone(tone)
            text = self.clean(label)
            w = self.measure(text, size=7.5) + 9
            if x + w > MARGIN + self.content_w:
                x, y = MARGIN, y + 5
            if colours:
                pdf.set_fill_color(*colours[0])
                pdf.set_draw_color(*colours[1])
                pdf.rect(x, y + 0.8, 5, 3, style="DF")
            self.put(x + 6.5, y, text, "", 7.5, colour=MUTED, h=4.6)
            x += w + 2
        pdf.set_xy(MARGIN, y + 7)

    def appendix(self, a: Appendix) -> None:
        self.pdf.add_page()
        self.heading(Heading(f"Appendix: {a.title}"), a.blocks[0] if a.blocks else None)
        self.blocks(a.blocks)

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        for i, block in enumerate(blocks):
            self.block(block, blocks[i + 1] if i + 1 < len(blocks) else None)

    # the report ----------------------------------------------------------------------------------
    def draw(self) -> bytes:
        doc, report, pdf = self.doc, self.report, self.pdf
        pdf.set_title(self.clean(f"{report.title} — Attest report #{report.id}"))
        pdf.set_subject(self.clean(doc.summary[:300]))
        pdf.set_creator("Attest")
        pdf.set_author(self.clean(f"Attest {report.app_version}"))
        pdf.set_keywords(self.clean(f"attest {report.kind} content-sha256:{report.body_sha256}"))
        try:
            created = _dt.datetime.fromisoformat(report.created)
            pdf.set_creation_date(created if created.tzinfo else created.replace(tzinfo=_dt.UTC))
        except ValueError:
            pass
        pdf.add_page()
        self.para(doc.title, size=16, style="B", gap=1.0, line_h=7.0)
        self.para(doc.meta, size=8, colour=MUTED, gap=2.5)
        self.paragraph(Paragraph(doc.summary, "lead"))
        self.blocks(doc.blocks)
        return bytes(pdf.output())


def to_pdf(report: Report, artifacts: list[Artifact], key_id: str | None = None, paper: str = "a4", *,
           fonts: FontSet | None = None) -> bytes:
    """The PDF bytes of a report on ``paper`` ("a4" or "letter"); ``key_id`` is the signing key's id printed
    under tamper evidence. ``fonts`` defaults to :func:`find_fonts`."""
    fonts = find_fonts() if fonts is None else fonts
    quiet = logging.getLogger("fpdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # fpdf2 logs each glyph it subsets away; missing glyphs are handled above
    try:
        doc = build_document(report, artifacts, key_id)
        return _Writer(doc, report, fonts, paper.lower()).draw()
    finally:
        quiet.setLevel(level)


def write_pdf(report: Report, artifacts: list[Artifact], out: Path | str, key_id: str | None = None,
              paper: str = "a4", *, fonts: FontSet | None = None) -> Path:
    """Render and write atomically (temporary file in the same folder, fsync, rename)."""
    out = Path(out)
    data = to_pdf(report, artifacts, key_id, paper, fonts=fonts)
    if not data.startswith(b"%PDF-"):
        raise AttestError(f"the PDF of report #{report.id} could not be produced")
    atomic_write_bytes(out, data)
    return out
