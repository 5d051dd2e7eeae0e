"""Reports as PDF, drawn with fpdf2 (pure Python, no Qt: the command line exports PDF on a server too).

The PDF has the sections of :func:`engine.reports.export.to_html`, in the same order: title, meta
line, summary, figures, parameters, inputs with their SHA-256, result, other artifacts, tamper
evidence. Nested data is laid out for reading, never overflowing the A4 page width:

- a dict becomes key/value rows, nested dicts becoming rows whose key is the path (``device › name``);
  a dict of flat dicts (one per node, per attack) becomes a table with a row per entry, and a nested
  dict of many short scalars (a rate per unit) one row ``key: value, ...``;
- a list of dicts becomes a table, its columns the keys; a table too wide for the page is split
  into several that repeat the first column; lists stop after :data:`MAX_ROWS` entries with
  "N more rows in the JSON export";
- long strings are capped, and words longer than a cell (IRIs, hashes) break inside the word.

PNG figures are embedded at about screen size, scaled down to the page width (small ones side by
side). Text is set in a Unicode TrueType font found on the system (DejaVu Sans, Noto Sans, Arial;
CJK fallbacks where installed), so claims in other scripts render; a character that no available
font has is shown as U+FFFD rather than silently dropped. Without any TrueType font the PDF core
fonts are used and characters outside Latin-1 are replaced.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from core.errors import AttestError
from core.fileio import atomic_write_bytes

from .export import PNG_MAGIC
from .store import Artifact, Report

MAX_ROWS: Final = 100
"""Entries of one list shown in the PDF; the rest are counted ("N more rows in the JSON export")."""
MAX_TEXT: Final = 1500
"""Characters of one value in a key/value row."""
MAX_CELL: Final = 300
"""Characters of one table cell."""
MAX_LINES: Final = 30
"""Lines of one value or cell (with the caps above, a row always fits on a page)."""
MAX_LABEL: Final = 200
"""Characters of one key/value label."""

PAGE_W: Final = 210.0
PAGE_H: Final = 297.0
MARGIN: Final = 15.0
CONTENT_W: Final = PAGE_W - 2 * MARGIN
BODY_PT: Final = 8.5
LINE_H: Final = 4.2

INK = (29, 35, 48)
MUTED = (90, 98, 117)
RULE = (214, 218, 227)
HEAD_FILL = (241, 243, 247)
BADGE_FILL = (230, 236, 247)

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
    "✔": "OK", "✘": "X", "\u00a0": " ",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HEX_DIGEST = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}")


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


# -- laying out values ----------------------------------------------------------------------------


@dataclass
class _Rows:
    """Key/value rows: (label, text, monospace)."""

    rows: list[tuple[str, str, bool]]


@dataclass
class _Table:
    label: str
    columns: list[str]
    rows: list[list[str]]
    more: int


@dataclass
class _Note:
    text: str


_Block = _Rows | _Table | _Note


def _scalar(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    if value is None:
        return "—"
    return str(value)


def _cap(text: str, limit: int, lines: int = MAX_LINES) -> str:
    """At most ``limit`` characters and ``lines`` lines, saying how much more the JSON export has."""
    cut = len(text)
    if text.count("\n") >= lines:
        cut = min(cut, [m.start() for m in re.finditer("\n", text)][lines - 1])
    cut = min(cut, limit)
    if cut >= len(text):
        return text
    return f"{text[:cut]}… ({len(text) - cut} more characters in the JSON export)"


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list, tuple))


def _scalar_list(values: Sequence[Any]) -> str:
    shown = ", ".join(_scalar(v) for v in values[:MAX_ROWS])
    if len(values) > MAX_ROWS:
        shown += f" … ({len(values) - MAX_ROWS} more in the JSON export)"
    return shown


def _compact(value: Any, budget: int = MAX_CELL) -> str:
    """A nested value as the text of one table cell: a dict as ``key: value`` lines, lists inline."""
    if isinstance(value, dict):
        text = "\n".join(f"{k}: {_inline(v)}" for k, v in value.items()) or "(none)"
    elif isinstance(value, (list, tuple)) and value and all(isinstance(v, dict) for v in value):
        text = "\n".join(_inline(v) for v in value[:MAX_ROWS])
        if len(value) > MAX_ROWS:
            text += f"\n… ({len(value) - MAX_ROWS} more)"
    else:
        text = _inline(value)
    return _cap(text, budget, lines=MAX_LINES // 2)


def _inline(value: Any) -> str:
    """A nested value on one line."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_inline(v)}" for k, v in value.items()) or "(none)"
    if isinstance(value, (list, tuple)):
        text = ", ".join(_inline(v) for v in value[:MAX_ROWS]) or "(none)"
        return text + (f" … ({len(value) - MAX_ROWS} more)" if len(value) > MAX_ROWS else "")
    return _scalar(value)


def _label(path: Sequence[str]) -> str:
    return " › ".join(path)


def layout(value: Any, path: tuple[str, ...] = ()) -> list[_Block]:
    """Nested report data as a flat sequence of key/value rows, tables and notes."""
    blocks: list[_Block] = []

    def add_row(label: str, text: str, mono: bool = False) -> None:
        label = _cap(label or "value", MAX_LABEL, lines=3)
        if blocks and isinstance(blocks[-1], _Rows):
            blocks[-1].rows.append((label, text, mono))
        else:
            blocks.append(_Rows([(label, text, mono)]))

    def walk(v: Any, p: tuple[str, ...]) -> None:
        if _is_records(v):
            blocks.append(_table(_label(p), [{"": k, **inner} for k, inner in v.items()]))
        elif len(p) >= 2 and _is_short_map(v):
            add_row(_label(p), _cap(_inline(v), MAX_TEXT))
        elif isinstance(v, dict):
            if not v:
                add_row(_label(p), "(none)")
            for k, item in v.items():
                walk(item, (*p, str(k)))
        elif isinstance(v, (list, tuple)):
            if not v:
                add_row(_label(p), "(none)")
            elif all(_is_scalar(x) for x in v):
                add_row(_label(p), _cap(_scalar_list(list(v)), MAX_TEXT))
            elif all(isinstance(x, dict) for x in v) and any(v[:MAX_ROWS]):
                blocks.append(_table(_label(p), list(v)))
            else:
                for i, item in enumerate(v[:MAX_ROWS], start=1):
                    walk(item, (*p, f"[{i}]"))
                if len(v) > MAX_ROWS:
                    where = f"{_label(p)}: " if p else ""
                    blocks.append(_Note(f"{where}{len(v) - MAX_ROWS} more rows in the JSON export"))
        else:
            text = _cap(_scalar(v), MAX_TEXT)
            add_row(_label(p), text, isinstance(v, str) and bool(_HEX_DIGEST.fullmatch(v)))

    if isinstance(value, dict) and not value or isinstance(value, (list, tuple)) and not value:
        return [_Note("(none)")]
    walk(value, path)
    return blocks


def _is_records(value: Any) -> bool:
    """A dict of flat dicts (one per node, per attack, ...): shown as a table with a row per entry."""
    if not isinstance(value, dict) or len(value) < 2:
        return False
    columns: set[str] = set()
    for inner in value.values():
        if not isinstance(inner, dict) or not inner or "" in inner:
            return False
        for x in inner.values():
            if not (_is_scalar(x) or isinstance(x, (list, tuple)) and all(_is_scalar(y) for y in x)):
                return False
        columns.update(inner)
    return len(columns) <= 12


def _is_short_map(value: Any) -> bool:
    """Many short scalar entries (a rate per unit, a count per label): one row, not one row each."""
    return (isinstance(value, dict) and len(value) >= 6
            and all(_is_scalar(v) and len(str(k)) + len(_scalar(v)) <= 24 for k, v in value.items()))


def _table(label: str, items: list[dict[str, Any]]) -> _Table:
    shown = items[:MAX_ROWS]
    columns: list[str] = []
    for item in shown:
        for k in item:
            if str(k) not in columns:
                columns.append(str(k))
    rows = [[_compact(item.get(c), MAX_CELL) if c in item else "" for c in columns] for item in shown]
    return _Table(label, [_cap(c, 80, lines=2) for c in columns], rows, len(items) - len(shown))


# -- drawing --------------------------------------------------------------------------------------


class _Writer:
    """One report drawn into an fpdf2 document."""

    def __init__(self, report: Report, fonts: FontSet) -> None:
        from fpdf import FPDF

        self.report = report
        self.fonts = fonts
        footer = f"Attest report #{report.id} · {report.kind}"
        writer = self

        class _Doc(FPDF):
            def footer(self) -> None:
                self.set_y(-10)
                writer.font("", 7)
                self.set_text_color(*MUTED)
                self.cell(0, 4, writer.clean(f"{footer} · page {self.page_no()} of {{nb}}"), align="C")

        pdf = _Doc(orientation="P", unit="mm", format="A4")
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_auto_page_break(True, margin=MARGIN)
        if fonts.unicode:
            assert fonts.regular and fonts.bold and fonts.mono
            pdf.add_font("Body", "", fonts.regular)
            pdf.add_font("Body", "B", fonts.bold)
            pdf.add_font("Mono", "", fonts.mono)
            fallback_names = []
            for i, path in enumerate(fonts.fallbacks):
                try:
                    pdf.add_font(f"Fallback{i}", "", path)
                except Exception:
                    continue
                fallback_names.append(f"Fallback{i}")
            if fallback_names:
                pdf.set_fallback_fonts(fallback_names, exact_match=False)
            covered = set(_charset(fonts.regular))
            for path in fonts.fallbacks:
                covered |= _charset(path)
            self.covered: frozenset[int] = frozenset(covered)
            self.body_family, self.mono_family = "Body", "Mono"
        else:
            self.covered = frozenset(range(256))
            self.body_family, self.mono_family = "Helvetica", "Courier"
        self.pdf = pdf

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

    def para(self, text: str, size: float = BODY_PT, colour: tuple[int, int, int] = INK, style: str = "",
             gap: float = 1.5) -> None:
        pdf = self.pdf
        self.font(style, size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(CONTENT_W, size * 0.5, self.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def heading(self, text: str) -> None:
        pdf = self.pdf
        if pdf.get_y() > PAGE_H - MARGIN - 30:
            pdf.add_page()
        pdf.ln(3)
        self.font("B", 12)
        pdf.set_text_color(*INK)
        pdf.cell(CONTENT_W, 7, self.clean(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.3)
        pdf.line(MARGIN, pdf.get_y(), MARGIN + CONTENT_W, pdf.get_y())
        pdf.ln(2)

    # blocks --------------------------------------------------------------------------------------
    def value(self, value: Any) -> None:
        for block in layout(value):
            if isinstance(block, _Rows):
                self.rows(block.rows)
            elif isinstance(block, _Table):
                self.table(block)
            else:
                self.para(block.text, colour=MUTED)

    def _label_width(self, labels: Iterable[str]) -> float:
        self.font("B")
        widest = max((self.pdf.get_string_width(self.clean(x)) for x in labels), default=0.0)
        return min(max(widest + 3.0, 28.0), CONTENT_W * 0.38)

    def rows(self, rows: list[tuple[str, str, bool]]) -> None:
        from fpdf.fonts import FontFace

        pdf = self.pdf
        mono_pt = BODY_PT - 1
        key_w = self._label_width(label for label, _t, _m in rows)
        self.font("", mono_pt, mono=True)
        widest_digest = max((pdf.get_string_width(t) for _l, t, m in rows if m), default=0.0)
        if widest_digest:  # a digest stays on one line: the label column gives way
            key_w = max(min(key_w, CONTENT_W - widest_digest - 4.0), 24.0)
        key_style = FontFace(family=self.body_family, emphasis="BOLD", size_pt=BODY_PT, color=INK,
                             fill_color=HEAD_FILL)
        mono_style = FontFace(family=self.mono_family, emphasis="", size_pt=mono_pt, color=INK)
        self.font()
        pdf.set_text_color(*INK)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        with pdf.table(col_widths=(key_w, CONTENT_W - key_w), width=CONTENT_W, align="LEFT",
                       first_row_as_headings=False, text_align="LEFT", v_align="TOP", line_height=LINE_H,
                       padding=(0.8, 1.5, 0.8, 1.5)) as t:
            for label, text, mono in rows:
                row = t.row()
                row.cell(self.clean(label), style=key_style)
                row.cell(self.clean(text), style=mono_style if mono else None)
        pdf.ln(1.5)

    def _text_width(self, text: str, style: str, size: float) -> float:
        self.font(style, size)
        return float(self.pdf.get_string_width(self.clean(text)))

    def _column_widths(self, table: _Table, size: float) -> tuple[list[float], list[float]]:
        """Per column: the width it would like (its longest line) and the least it needs (its longest word)."""
        pad = 2.6
        wish, least = [], []
        for i, col in enumerate(table.columns):
            head = self._text_width(col, "B", size)
            long_line = max((self._text_width(line, "", size) for r in table.rows for line in r[i].split("\n")),
                            default=0.0)
            long_word = max((self._text_width(w, "", size) for r in table.rows for w in r[i].split()), default=0.0)
            wish.append(max(min(head, 40.0), min(long_line, 75.0)) + pad)
            least.append(max(min(head, 24.0), min(long_word, 24.0), 8.0) + pad)
        return wish, least

    def table(self, table: _Table) -> None:
        """A list of dicts as one table, or several (each repeating the first column) when it is too wide."""
        size = BODY_PT - 1 if len(table.columns) > 4 else BODY_PT - 0.5
        wish, least = self._column_widths(table, size)
        parts: list[list[int]] = [[0]]
        for i in range(1, len(table.columns)):
            if sum(least[j] for j in parts[-1]) + least[i] > CONTENT_W:
                parts.append([0, i])
            else:
                parts[-1].append(i)
        for n, idx in enumerate(parts, start=1):
            label = table.label if len(parts) == 1 else f"{table.label} (part {n} of {len(parts)})".strip()
            part = _Table(label, [table.columns[i] for i in idx], [[r[i] for i in idx] for r in table.rows],
                          table.more)
            self._draw_table(part, size, [wish[i] for i in idx], [least[i] for i in idx])

    def _draw_table(self, table: _Table, size: float, wish: list[float], least: list[float]) -> None:
        from fpdf.fonts import FontFace

        pdf = self.pdf
        if table.label:
            self.para(table.label, style="B", gap=0.5)
        if sum(wish) <= CONTENT_W:
            widths = list(wish)
            widths[-1] += CONTENT_W - sum(wish)  # fill the line: easier to read than a narrow grid
        else:
            spare = CONTENT_W - sum(least)
            want = [w - m for w, m in zip(wish, least, strict=True)]
            total = sum(want) or 1.0
            widths = [m + spare * x / total for m, x in zip(least, want, strict=True)]
        head = FontFace(family=self.body_family, emphasis="BOLD", size_pt=size, color=INK, fill_color=HEAD_FILL)
        mono_style = FontFace(family=self.mono_family, emphasis="", size_pt=size - 0.5, color=INK)
        self.font("", size)
        pdf.set_text_color(*INK)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        with pdf.table(col_widths=tuple(widths), width=CONTENT_W, align="LEFT", first_row_as_headings=True,
                       headings_style=head, text_align="LEFT", v_align="TOP", line_height=size * 0.48,
                       padding=(0.7, 1.2, 0.7, 1.2), repeat_headings=1) as t:
            row = t.row()
            for col in table.columns:
                row.cell(self.clean(col))
            for r in table.rows:
                row = t.row()
                for text in r:
                    row.cell(self.clean(text), style=mono_style if _HEX_DIGEST.fullmatch(text) else None)
        if table.more:
            self.para(f"{table.more} more rows in the JSON export", colour=MUTED, gap=1.0)
        pdf.ln(1.5)

    def figures(self, figures: list[Artifact]) -> None:
        """PNG figures at about screen size, never wider than the page; small ones side by side."""
        from PIL import Image

        pdf = self.pdf
        gap, caption_h = 4.0, 4.0
        max_h = PAGE_H - 2 * MARGIN - 20
        placed: list[tuple[Artifact, Any, float, float]] = []
        broken: list[str] = []
        for a in figures:
            try:
                with Image.open(io.BytesIO(a.data)) as img:
                    img.load()
                    px_w, px_h = img.size
                    image = img.convert("RGBA" if "A" in img.getbands() else "RGB")
            except Exception:
                broken.append(a.name)
                continue
            width = min(CONTENT_W, max(px_w, 1) * 0.28)  # about 90 dpi, scaled down to the page width
            height = width * px_h / max(px_w, 1)
            if height > max_h:
                width, height = width * max_h / height, max_h
            placed.append((a, image, width, height))
        self.font("", 7.5)
        slots = [(item, max(item[2], min(pdf.get_string_width(self.clean(item[0].name)) + 2, 45.0)))
                 for item in placed]  # a tiny figure still gets room for its caption
        rows: list[list[tuple[tuple[Artifact, Any, float, float], float]]] = []
        for slot in slots:
            if rows and sum(w for _i, w in rows[-1]) + gap * len(rows[-1]) + slot[1] <= CONTENT_W:
                rows[-1].append(slot)
            else:
                rows.append([slot])
        for row in rows:
            row_h = max(item[3] for item, _w in row) + caption_h + 1
            if pdf.get_y() + row_h > PAGE_H - MARGIN:
                pdf.add_page()
            top = pdf.get_y()
            x = MARGIN + (CONTENT_W - sum(w for _i, w in row) - gap * (len(row) - 1)) / 2
            for (a, image, w, h), slot_w in row:
                pdf.image(image, x=x + (slot_w - w) / 2, y=top, w=w, h=h, alt_text=self.clean(a.name))
                self.font("", 7.5)
                pdf.set_text_color(*MUTED)
                pdf.set_xy(x, top + h + 0.8)
                name, keep = self.clean(a.name), len(a.name)
                while keep > 4 and pdf.get_string_width(name) > slot_w:
                    keep -= 1
                    name = self.clean(a.name[:keep] + "…")
                pdf.cell(slot_w, caption_h - 0.8, name, align="C")
                x += slot_w + gap
            pdf.set_xy(MARGIN, top + row_h + 2)
        for name in broken:
            self.para(f"{name}: not a readable PNG; its bytes are in the JSON export", colour=MUTED)

    # the report ----------------------------------------------------------------------------------
    def draw(self, artifacts: list[Artifact]) -> bytes:
        report, pdf = self.report, self.pdf
        pdf.set_title(self.clean(f"{report.title} — Attest report #{report.id}"))
        pdf.set_subject(self.clean(f"Attest {report.kind} report"))
        pdf.set_creator("Attest")
        pdf.set_author(self.clean(f"Attest {report.app_version}"))
        try:
            created = _dt.datetime.fromisoformat(report.created)
            pdf.set_creation_date(created if created.tzinfo else created.replace(tzinfo=_dt.UTC))
        except ValueError:
            pass
        pdf.add_page()
        self.para(report.title, size=16, style="B", gap=1.0)
        self.para(f"Attest report #{report.id} · {report.kind} · {report.created} · device {report.device} · "
                  f"Attest {report.app_version}", size=8, colour=MUTED, gap=1.0)
        if report.redacted:
            self.font("", 8)
            pdf.set_fill_color(*BADGE_FILL)
            pdf.set_text_color(*INK)
            text = "redacted by its owner"
            pdf.cell(pdf.get_string_width(text) + 4, 5, text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

        figures, others = [], []
        for a in artifacts:
            if a.mime == "image/png" and a.data.startswith(PNG_MAGIC):
                figures.append(a)
            else:
                others.append({"name": a.name, "type": a.mime, "bytes": len(a.data), "sha256": a.sha256})
        self.heading("Summary")
        self.value(report.summary)
        if figures:
            self.heading("Figures")
            self.figures(figures)
        self.heading("Parameters")
        self.value(report.params)
        self.heading("Inputs (SHA-256)")
        self.value(report.inputs)
        self.heading("Result")
        self.value(report.result)
        if others:
            self.heading("Other artifacts")
            self.value(others)
        self.heading("Tamper evidence")
        self.value({"position in chain": report.seq, "previous hash": report.prev_hash,
                    "content SHA-256": report.body_sha256, "chain hash": report.hash})
        self.para("Check with: python main.py reports verify (against the database this report came from).",
                  size=8, colour=MUTED)
        return bytes(pdf.output())


def to_pdf(report: Report, artifacts: list[Artifact], fonts: FontSet | None = None) -> bytes:
    """The PDF bytes of a report (A4). ``fonts`` defaults to :func:`find_fonts`."""
    fonts = find_fonts() if fonts is None else fonts
    quiet = logging.getLogger("fpdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # fpdf2 logs each glyph it subsets away; missing glyphs are handled above
    try:
        return _Writer(report, fonts).draw(artifacts)
    finally:
        quiet.setLevel(level)


def write_pdf(report: Report, artifacts: list[Artifact], out: Path | str, fonts: FontSet | None = None) -> Path:
    """Render and write atomically (temporary file in the same folder, fsync, rename)."""
    out = Path(out)
    data = to_pdf(report, artifacts, fonts)
    if not data.startswith(b"%PDF-"):
        raise AttestError(f"the PDF of report #{report.id} could not be produced")
    atomic_write_bytes(out, data)
    return out
