"""The report document: what a report says, per kind, finding first; the HTML and the PDF both draw it.

:func:`build_document` turns a stored report (and its artifacts) into a :class:`Document`: a title, a
meta line, **one summary sentence** (what was audited, the verdict, how sure), then typed blocks:

- :class:`Heading`, :class:`Paragraph`;
- :class:`Banner`: the verdict, coloured by its :data:`TONES` entry;
- :class:`KeyValues`: rows of label, value with its unit, and what the number means in plain words;
- :class:`Table`: columns in a chosen order, cells optionally coloured (a claim's label, a verdict);
- :class:`Figure` / :class:`Gallery`: PNG figures with captions (artifacts, or drawn here from the
  result: the causal graph with class names, deletion and ROC curves, bar charts with the legend
  beside the plot);
- :class:`Marked`: a document's text with claims highlighted by label colour;
- :class:`Appendix`: capped raw data (everything else is in the signed JSON export only).

Every kind gets its own evidence section (causal vision and text, trace, verify, fingerprint
evaluation, environment; anything else a generic layout with humanised keys), then the same closing
sections: method and parameters, inputs with their SHA-256, tamper evidence (the report's content
digest, its chain hash, the signing key id, and how to verify).

The model holds plain text only: :mod:`engine.reports.export` escapes every string into HTML and
:mod:`engine.reports.pdf` draws it with fpdf2, so the two formats say the same thing in the same
order. No Qt here; Pillow is imported only when a figure is drawn.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from .store import Artifact, Report

PNG_MAGIC: Final = b"\x89PNG\r\n\x1a\n"

TONES: Final[dict[str, tuple[str, str]]] = {
    # tone -> (fill, ink): light fills for highlights and cells, the ink for borders and titles
    "good": ("#dff2e3", "#1e7b34"),
    "bad": ("#fbe1e1", "#a61b1b"),
    "warn": ("#fcefd2", "#8a5d00"),
    "neutral": ("#e9edf2", "#4a5261"),
    "info": ("#e2eaf7", "#1f4e96"),
}
LABEL_TONES: Final = {"attributable": "good", "contradictory": "bad", "extrapolatory": "warn",
                      "no_attribution": "neutral"}
LABEL_NAMES: Final = {"attributable": "supported", "contradictory": "contradicted",
                      "extrapolatory": "not decided by the graph", "no_attribution": "unknown to the graph"}
VERDICT_TONES: Final = {"attributed": "good", "inconclusive": "warn", "no_fingerprint": "neutral", "error": "bad"}
VERDICT_NAMES: Final = {"attributed": "attributed", "inconclusive": "inconclusive",
                        "no_fingerprint": "no fingerprint", "error": "not traced"}

TOP_NODES: Final = 15
"""Units listed in a causal report's table of the strongest units."""
MAPS_SHOWN: Final = 8
"""Node maps shown as figures (the rest are in the JSON export)."""
TOKEN_MAPS_SHOWN: Final = 4
GRAPH_UNITS_PER_LAYER: Final = 10
"""Units drawn per layer in the causal graph figure; the others are counted ("+ 12 more")."""
MAX_TABLE_ROWS: Final = 100
MAX_APPENDIX_ROWS: Final = 40
MAX_TEXT: Final = 1500
MAX_CELL: Final = 300
MAX_DOCUMENT_CHARS: Final = 20000
MAX_ATTACHED: Final = 12

# the fingerprint evaluation's goals, for reports saved before ``Goals.to_dict`` carried them (``goal_attacks``,
# ``thresholds``); a newer report states its own, and those are what the document shows
GOAL_ATTACKS: Final = ("jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3")
GOAL_BIT_ACC: Final = 0.99
GOAL_TPR: Final = 0.95
GOAL_PSNR_DB: Final = 30.0


# -- blocks -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"
    """``lead`` (the summary sentence), ``body``, or ``note`` (small, muted)."""


@dataclass(frozen=True)
class Banner:
    title: str
    text: str
    tone: str


@dataclass(frozen=True)
class Row:
    """One key/value row: ``value`` is shown with its ``unit``; ``explain`` says what it means."""

    label: str
    value: str
    unit: str = ""
    explain: str = ""
    mono: bool = False
    tone: str | None = None


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[Row, ...]
    caption: str = ""

    @property
    def explained(self) -> bool:
        return any(r.explain for r in self.rows)


@dataclass(frozen=True)
class Cell:
    text: str
    tone: str | None = None
    mono: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""
    more: int = 0
    """Rows left out (they are in the JSON export)."""


@dataclass(frozen=True)
class Figure:
    png: bytes
    caption: str
    name: str
    width_mm: float
    """The width it is drawn at on paper (at most the text width); HTML scales the same way."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.png).hexdigest()


@dataclass(frozen=True)
class Gallery:
    """Figures side by side, as many to a row as fit."""

    figures: tuple[Figure, ...]
    caption: str = ""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    tone: str
    tag: str
    """Shown after the span (the claim's number)."""


@dataclass(frozen=True)
class Marked:
    """Text with highlighted spans; overlapping spans are drawn innermost on top."""

    text: str
    spans: tuple[Span, ...]
    legend: tuple[tuple[str, str], ...] = ()
    """(label, tone) pairs explaining the colours."""
    note: str = ""

    def segments(self) -> list[tuple[str, Span | None, bool]]:
        """The text cut at every span boundary: (text, innermost span or None, is the end of that span)."""
        text = self.text
        spans = [s for s in self.spans if 0 <= s.start < s.end <= len(text)]
        cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
        out: list[tuple[str, Span | None, bool]] = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            covering = [s for s in spans if s.start <= a and b <= s.end]
            inner = min(covering, key=lambda s: (s.end - s.start, -s.start)) if covering else None
            out.append((text[a:b], inner, inner is not None and inner.end == b))
        return out


@dataclass(frozen=True)
class Appendix:
    title: str
    blocks: tuple[Block, ...]


Block = Heading | Paragraph | Banner | KeyValues | Table | Figure | Gallery | Marked | Appendix


@dataclass(frozen=True)
class Document:
    title: str
    meta: str
    summary: str
    """The one sentence that comes first: what was audited, the verdict, how sure."""
    blocks: tuple[Block, ...]
    report_id: int
    kind: str
    redacted: bool = False
    key_id: str | None = None
    body_sha256: str = ""
    chain_hash: str = ""

    def figures(self) -> list[Figure]:
        """Every figure, galleries and appendices included, in reading order."""
        out: list[Figure] = []

        def walk(blocks: Iterable[Block]) -> None:
            for b in blocks:
                if isinstance(b, Figure):
                    out.append(b)
                elif isinstance(b, Gallery):
                    out.extend(b.figures)
                elif isinstance(b, Appendix):
                    walk(b.blocks)

        walk(self.blocks)
        return out


# -- formatting -------------------------------------------------------------------------------------------


def _exp(text: str) -> str:
    """1e-06 -> 1e-6 (Python pads the exponent to two digits)."""
    return re.sub(r"e([+-])0*(\d)", r"e\1\2", text)


def num(x: Any, digits: int = 3) -> str:
    """A number for reading: ints as they are (thousands separated from 1,000), floats to ``digits``
    significant digits, scientific below 0.001."""
    if x is None:
        return "—"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, int):
        return f"{x:,}" if abs(x) >= 1000 else str(x)
    if isinstance(x, float):
        if not math.isfinite(x):
            return str(x)
        if x == 0:
            return "0"
        if abs(x) < 1e-3 or abs(x) >= 1e7:
            return _exp(f"{x:.{max(1, digits - 1)}e}")
        if float(x).is_integer() and abs(x) < 1e7:
            return f"{int(x):,}" if abs(x) >= 1000 else str(int(x))
        return f"{x:.{digits}g}"
    return str(x)


def signed(x: Any, digits: int = 3) -> str:
    """A signed number to ``digits`` significant digits, trailing zeros kept (+6.50, +11.4, -0.124)."""
    if not isinstance(x, (int, float)) or isinstance(x, bool):
        return num(x)
    x = float(x)
    if not math.isfinite(x) or x == 0:
        return num(x)
    if abs(x) < 1e-3 or abs(x) >= 1e7:
        return _exp(f"{x:+.{max(1, digits - 1)}e}")
    return f"{x:+#.{digits}g}".rstrip(".")


def pct(x: Any, digits: int = 1) -> str:
    """A fraction as a percentage (0.934 -> 93.4%); whole percentages without decimals."""
    if not isinstance(x, (int, float)) or isinstance(x, bool) or not math.isfinite(x):
        return num(x)
    v = 100.0 * float(x)
    if abs(v - round(v)) < 1e-9:
        return f"{int(round(v))}%"
    return f"{v:.{digits}f}%"


def pval(x: Any) -> str:
    if not isinstance(x, (int, float)) or isinstance(x, bool):
        return num(x)
    if x == 0:
        return "0"
    return _exp(f"{x:.2g}")


def pp(x: Any) -> str:
    """A probability difference in percentage points."""
    if not isinstance(x, (int, float)) or isinstance(x, bool) or not math.isfinite(x):
        return num(x)
    v = round(100.0 * float(x), 2)
    return "0.00 pp" if v == 0 else f"{v:+.2f} pp"


_ACRONYMS: Final = {"kas": "KAS", "fpr": "FPR", "tpr": "TPR", "auc": "AUC", "auroc": "AUROC", "auprc": "AUPRC",
                    "psnr": "PSNR", "ssim": "SSIM", "sha256": "SHA-256", "id": "id", "kg": "knowledge graph",
                    "tta": "test-time augmentation", "db": "dB", "acc": "accuracy", "attr": "attribution",
                    "iri": "IRI", "ci": "CI", "pdf": "PDF", "json": "JSON", "cpu": "CPU", "gpu": "GPU"}


def humanise(key: Any) -> str:
    """A dictionary key for reading: known keys by their label, ``snake_case`` as words."""
    text = str(key)
    if text in LABELS:
        return LABELS[text][0]
    if re.fullmatch(r"[A-Za-z0-9]+(_[A-Za-z0-9]+)+", text):
        words = [_ACRONYMS.get(w.lower(), w) for w in text.split("_")]
        out = " ".join(words)
        return out[:1].upper() + out[1:]
    if re.fullmatch(r"[a-z][a-z0-9]*", text):
        return _ACRONYMS.get(text, text.capitalize())
    return text


def _cap(text: str, limit: int, lines: int = 30) -> str:
    cut = len(text)
    if text.count("\n") >= lines:
        cut = min(cut, [m.start() for m in re.finditer("\n", text)][lines - 1])
    cut = min(cut, limit)
    if cut >= len(text):
        return text
    return f"{text[:cut]}… ({len(text) - cut} more characters in the JSON export)"


def cells(*values: Any) -> tuple[Cell, ...]:
    return tuple(v if isinstance(v, Cell) else Cell(_cap(str(v), MAX_CELL)) for v in values)


_HEX_DIGEST: Final = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}")


def is_digest(text: str) -> bool:
    return bool(_HEX_DIGEST.fullmatch(text))


# (label, format, explanation); format: num | pct | p | text | bool | db | logit | prob
LABELS: Final[dict[str, tuple[str, str, str]]] = {
    # causal parameters and summary
    "target": ("Class audited", "text", "the output class whose logit the audit explains"),
    "class_name": ("Class name", "text", ""),
    "layers": ("Layers audited", "text", "empty: every conv and linear layer"),
    "intervention": ("Intervention", "text", "what is done to a unit to measure its effect"),
    "samples": ("Samples", "num", "inputs the audit runs on (at most)"),
    "beta": ("Soft-intervention β", "num", "soft interventions draw the unit's weights from U[β, β + 0.01]"),
    "alpha": ("False discovery rate α", "num", "Benjamini–Hochberg level per layer: a unit is kept when q < α"),
    "all_samples": ("All samples", "bool", "also count inputs the model does not classify as the class"),
    "min_effect": ("Minimum node effect", "pct", "of the strongest |effect| in the same layer"),
    "min_edge_effect": ("Minimum edge effect", "pct", "of the strongest edge of the same layer"),
    "min_margin_share": ("Minimum share of the margin", "pct",
                         "of the mean margin of the class logit over the runner-up"),
    "max_edge_children": ("Edges tested per unit", "num", "connections tested towards the strongest children"),
    "unit_axis": ("Unit axis", "text", "which tensor axis holds the units"),
    "positions": ("Token positions", "text", "where a token model's units are intervened"),
    "seed": ("Random seed", "num", ""),
    "maps": ("Node maps", "bool", "input-space maps of the strongest units"),
    "maps_per_layer": ("Maps per layer", "num", ""),
    "metrics": ("Checks", "bool", "deletion curves, stability, rank agreement, robustness"),
    "bootstrap": ("Bootstrap resamples", "num", "resamples of the inputs for the stability check"),
    "betas": ("Soft-intervention sweep β", "text", ""),
    "lipschitz_samples": ("Robustness samples", "num", "inputs of the local Lipschitz estimate"),
    "lipschitz_perturbations": ("Robustness perturbations", "num", "Gaussian perturbations per input"),
    "model": ("Model", "text", ""),
    "model_kind": ("Model format", "text", ""),
    "data": ("Data", "text", ""),
    "model_code": ("Model code", "text", "the Python function that builds the network"),
    "device": ("Device", "text", ""),
    "nodes": ("Units in the graph", "num", "units that passed the tests"),
    "samples used": ("Inputs used", "num", "inputs the model classifies as the class (at most the sample limit)"),
    "edges": ("Connections in the graph", "num", ""),
    "deletion AUC causal": ("Deletion AUC, causal order", "num",
                            "area under the class probability as units are removed strongest first (0–1; "
                            "lower = the units matter more)"),
    "deletion AUC random": ("Deletion AUC, random order", "num", "the same for a random order: the baseline"),
    "execution": ("Execution", "text", "how the layers were run (split: the network cut at each layer; "
                                       "replay: rerun with hooks)"),
    # trace
    "tta": ("Test-time augmentation", "bool", "decode flipped copies too and average"),
    "search": ("Geometric search", "bool", "also decode crops, scales and rotations; the FPR is corrected "
                                           "for every view searched"),
    "fpr_threshold": ("False-positive threshold", "p", "an image is attributed only when its registry-wide "
                                                       "false-positive rate is at most this"),
    "chance_level": ("Chance level", "p", "above this false-positive rate the image shows no fingerprint"),
    "top": ("Candidates kept", "num", "closest enrolled users listed per image"),
    "rule": ("Decision rule", "text", "weighted: bits weighted by the decoder's confidence; hamming: bits counted"),
    "search_views": ("Views searched", "num", "decoded views per image"),
    "registry_users": ("Enrolled users", "num", "users in the registry when the trace ran"),
    "registry_sha256": ("Registry digest", "text", "SHA-256 of the enrolled codes"),
    "k": ("Fingerprint length", "num", "bits per code"),
    "model_sha256": ("Model digest", "text", "SHA-256 of the fingerprint model weights"),
    "images": ("Images", "num", ""),
    "attributed": ("Attributed", "num", "images traced to an enrolled user"),
    "inconclusive": ("Inconclusive", "num", "some agreement, not enough to attribute"),
    "no_fingerprint": ("No fingerprint", "num", "no enrolled code matches better than chance"),
    "not_traced": ("Not traced", "num", "files that could not be read"),
    # fingerprint evaluation
    "n_users": ("Users", "num", "codes drawn as the registry draws them; nobody is enrolled"),
    "per_user": ("Images per user", "num", ""),
    "n_clean": ("Clean images", "num", "images without a fingerprint, for the false-positive rate"),
    "attacks": ("Attacks", "text", ""),
    "screened_codes": ("Screened codes", "bool", "codes screened as the registry screens the codes it issues"),
    "image_size": ("Image size", "num", "pixels per side"),
    "train_step": ("Training step", "num", "of the fingerprint model"),
    "min_distance": ("Minimum code distance", "num", "bits between any two codes"),
    "bit_acc_clean": ("Bit accuracy, clean", "pct", "bits read correctly from fingerprinted images, no attack"),
    "attr_acc_clean": ("Attribution accuracy, clean", "pct", "images traced to the right user, no attack"),
    "min_attr_acc_goal_attacks": ("Lowest attribution accuracy, goal attacks", "pct",
                                  "the worst of the goal attacks (listed under Goals)"),
    "max_fpr": ("Highest false-positive rate", "pct", "share of clean images attributed to anyone, worst attack"),
    "psnr_db": ("Image quality (PSNR)", "db", "fingerprinted vs the same image without; higher = less visible"),
    "ssim": ("Structural similarity (SSIM)", "num", "1 = identical"),
    "removal_handles": ("Removal handles", "num", "modules whose zeroing removes the fingerprint and keeps the image"),
    "copy6_framed": ("Copy attack, 6 images", "pct", "share of other images framed with 6 published images' residual"),
    "goals_met": ("All goals met", "bool", ""),
    # verify
    "KAS": ("Knowledge attribution score (KAS)", "num", "0–1; see below"),
    "kas": ("Knowledge attribution score (KAS)", "num", "0–1"),
    "claims": ("Claims", "num", "atomic claims found in the document"),
    "attributable": ("Supported", "num", "claims the graph supports"),
    "contradictory": ("Contradicted", "num", "claims the graph contradicts"),
    "extrapolatory": ("Not decided", "num", "the graph knows the entities but neither supports nor denies"),
    "no attribution": ("Unknown to the graph", "num", "the graph knows none of the claim's entities"),
    "triples": ("Triples", "num", "statements in the knowledge graph"),
    "kg": ("Knowledge graphs", "text", ""),
    "doc": ("Document", "text", ""),
    "doc_source": ("Document source", "text", ""),
    "embeddings": ("Sentence embeddings", "bool", "relation phrases matched by embedding similarity too"),
    "warnings": ("Warnings", "text", ""),
    # environment
    "attest": ("Attest", "text", ""),
    "python": ("Python", "text", ""),
    "torch": ("PyTorch", "text", ""),
    "assets": ("Bundled assets", "num", "files, listed with their SHA-256 under Inputs"),
    "platform": ("Platform", "text", ""),
}

INTERVENTIONS: Final = {
    "zero": "set to zero",
    "mean": "set to its mean over the inputs",
    "soft": "its outgoing weights drawn from U[β, β + 0.01]",
    "patch": "replaced by its value on the patched input",
}


def value_text(key: str, value: Any) -> tuple[str, str]:
    """(value, unit) of a known key."""
    fmt = LABELS.get(key, ("", "auto", ""))[1]
    if isinstance(value, bool) or value is None:
        return num(value), ""
    if isinstance(value, (list, tuple)):
        return (", ".join(num(v) for v in value[:MAX_TABLE_ROWS]) or "(none)"), ""
    if isinstance(value, dict):
        return _inline(value), ""
    if fmt == "pct" and isinstance(value, (int, float)):
        return pct(value), ""
    if fmt == "p":
        return pval(value), ""
    if fmt == "db":
        return num(value), "dB"
    return num(value), ""


def known_rows(data: Mapping[str, Any], skip: Iterable[str] = ()) -> tuple[Row, ...]:
    """Rows of a flat dict with humanised labels, units and explanations; nested values inline."""
    skipped = set(skip)
    out = []
    for k, v in data.items():
        if k in skipped:
            continue
        value, unit = value_text(k, v)
        out.append(Row(humanise(k), _cap(value, MAX_TEXT), unit, LABELS.get(k, ("", "", ""))[2],
                       mono=isinstance(v, str) and is_digest(v)))
    return tuple(out)


def _inline(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{humanise(k)}: {_inline(v)}" for k, v in value.items()) or "(none)"
    if isinstance(value, (list, tuple)):
        text = ", ".join(_inline(v) for v in value[:MAX_TABLE_ROWS]) or "(none)"
        return text + (f" … ({len(value) - MAX_TABLE_ROWS} more)" if len(value) > MAX_TABLE_ROWS else "")
    return num(value)


# -- the generic layout of nested data --------------------------------------------------------------------


def generic_blocks(value: Any, max_rows: int = MAX_TABLE_ROWS, path: tuple[str, ...] = ()) -> list[Block]:
    """Nested data as key/value rows and tables, keys humanised, lists capped at ``max_rows``."""
    blocks: list[Block] = []
    pending: list[Row] = []

    def flush() -> None:
        if pending:
            blocks.append(KeyValues(tuple(pending)))
            pending.clear()

    def label(p: tuple[str, ...]) -> str:
        return _cap(" › ".join(humanise(x) for x in p) or "value", 200, lines=3)

    def table(p: tuple[str, ...], items: list[dict[str, Any]], keyed: bool = False) -> None:
        flush()
        shown = items[:max_rows]
        cols: list[str] = []
        for item in shown:
            for k in item:
                if str(k) not in cols:
                    cols.append(str(k))
        rows = tuple(cells(*(_cap(_inline(item[c]), MAX_CELL) if c in item else "" for c in cols)) for item in shown)
        heads = tuple(("" if keyed and i == 0 else humanise(c)) for i, c in enumerate(cols))
        blocks.append(Table(heads, rows, label(p) if p else "", len(items) - len(shown)))

    def walk(v: Any, p: tuple[str, ...]) -> None:
        if _is_records(v):
            table(p, [{"": k, **inner} for k, inner in v.items()], keyed=True)
        elif isinstance(v, dict):
            if not v:
                pending.append(Row(label(p), "(none)"))
            for k, item in v.items():
                walk(item, (*p, str(k)))
        elif isinstance(v, (list, tuple)):
            if not v:
                pending.append(Row(label(p), "(none)"))
            elif all(not isinstance(x, (dict, list, tuple)) for x in v):
                text = ", ".join(num(x) for x in v[:max_rows])
                if len(v) > max_rows:
                    text += f" … ({len(v) - max_rows} more in the JSON export)"
                pending.append(Row(label(p), _cap(text, MAX_TEXT)))
            elif all(isinstance(x, dict) for x in v):
                table(p, list(v))
            else:
                for i, item in enumerate(v[:max_rows], start=1):
                    walk(item, (*p, f"[{i}]"))
                if len(v) > max_rows:
                    flush()
                    blocks.append(Paragraph(f"{label(p)}: {len(v) - max_rows} more entries in the JSON export",
                                            "note"))
        else:
            text = _cap(num(v), MAX_TEXT)
            pending.append(Row(label(p), text, mono=isinstance(v, str) and is_digest(v)))

    if not value:
        return [Paragraph("(none)", "note")]
    walk(value, path)
    flush()
    return blocks


def _is_records(value: Any) -> bool:
    """A dict of flat dicts (one per node, per attack, ...): a table with a row per entry."""
    if not isinstance(value, dict) or len(value) < 2:
        return False
    columns: set[str] = set()
    for inner in value.values():
        if not isinstance(inner, dict) or not inner or "" in inner:
            return False
        for x in inner.values():
            if isinstance(x, dict) or isinstance(x, (list, tuple)) and any(isinstance(y, (dict, list)) for y in x):
                return False
        columns.update(inner)
    return len(columns) <= 12


# -- figures drawn here (Pillow) --------------------------------------------------------------------------

_FONT_FILES: Final = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf", "/System/Library/Fonts/Supplemental/Arial.ttf",
    "/Library/Fonts/Arial.ttf",
)
_BOLD_FILES: Final = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "DejaVuSans-Bold.ttf", "C:/Windows/Fonts/arialbd.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
)
_FONTS: dict[tuple[int, bool], Any] = {}


def _font(size: int, bold: bool = False) -> Any:
    from PIL import ImageFont

    key = (size, bold)
    if key not in _FONTS:
        font: Any = None
        for path in (_BOLD_FILES if bold else ()) + _FONT_FILES:
            try:
                font = ImageFont.truetype(path, size)
                break
            except OSError:
                continue
        if font is None:
            try:
                font = ImageFont.load_default(size=size)
            except TypeError:  # Pillow without FreeType
                font = ImageFont.load_default()
        _FONTS[key] = font
    return _FONTS[key]


INK_RGB: Final = (29, 35, 48)
GRID_RGB: Final = (226, 229, 235)
PALETTE: Final = ((31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
                  (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207))
POS_RGB: Final = (200, 40, 40)
NEG_RGB: Final = (40, 90, 210)


def _png(img: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _text_w(draw: Any, text: str, font: Any) -> float:
    return float(draw.textlength(text, font=font))


def _fit(draw: Any, text: str, font: Any, width: float) -> str:
    if _text_w(draw, text, font) <= width:
        return text
    while len(text) > 1 and _text_w(draw, text + "…", font) > width:
        text = text[:-1]
    return text + "…"


def _wrap(draw: Any, text: str, font: Any, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and _text_w(draw, trial, font) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines or [""]


class _Plot:
    """Axes with data -> pixel mapping and the legend beside the plot (never over the data)."""

    def __init__(self, w: int, h: int, xlabel: str, ylabel: str, xlim: tuple[float, float],
                 ylim: tuple[float, float], legend: Sequence[tuple[str, tuple[int, int, int]]],
                 legend_w: int = 330, bottom: int = 90) -> None:
        from PIL import Image, ImageDraw

        self.img = Image.new("RGB", (w, h), "white")
        self.d = ImageDraw.Draw(self.img)
        self.l, self.t, self.r, self.b = 120, 24, w - legend_w - 24, h - bottom
        self.xlim, self.ylim = xlim, ylim
        f = _font(24)
        self.d.text(((self.l + self.r) / 2, h - 8), xlabel, fill=INK_RGB, font=f, anchor="md")
        label = Image.new("RGBA", (int(self.b - self.t), 34), (255, 255, 255, 0))
        from PIL import ImageDraw as _D

        _D.Draw(label).text((label.width / 2, 17), ylabel, fill=INK_RGB, font=f, anchor="mm")
        rot = label.rotate(90, expand=True)
        self.img.paste(rot, (4, int(self.t)), rot)
        y = self.t + 4
        for name, colour in legend:
            lines = _wrap(self.d, name, _font(22), legend_w - 60)
            self.d.rectangle([self.r + 28, y + 6, self.r + 52, y + 22], fill=colour)
            for i, line in enumerate(lines[:3]):
                self.d.text((self.r + 62, y + i * 26), line, fill=INK_RGB, font=_font(22))
            y += 26 * min(len(lines), 3) + 14

    def px(self, x: float, y: float) -> tuple[float, float]:
        (x0, x1), (y0, y1) = self.xlim, self.ylim
        return (self.l + (x - x0) / ((x1 - x0) or 1) * (self.r - self.l),
                self.b - (y - y0) / ((y1 - y0) or 1) * (self.b - self.t))

    def yticks(self, ticks: Sequence[float], fmt: str = "{:g}") -> None:
        for v in ticks:
            _, y = self.px(self.xlim[0], v)
            self.d.line([self.l, y, self.r, y], fill=GRID_RGB, width=2)
            self.d.text((self.l - 10, y), fmt.format(v), fill=INK_RGB, font=_font(22), anchor="rm")

    def xticks(self, ticks: Sequence[float], labels: Sequence[str] | None = None) -> None:
        for i, v in enumerate(ticks):
            x, _ = self.px(v, self.ylim[0])
            self.d.line([x, self.b, x, self.b + 8], fill=INK_RGB, width=2)
            self.d.text((x, self.b + 12), labels[i] if labels else f"{v:g}", fill=INK_RGB, font=_font(22),
                        anchor="mt")

    def frame(self) -> None:
        self.d.rectangle([self.l, self.t, self.r, self.b], outline=INK_RGB, width=2)

    def line(self, xs: Sequence[float], ys: Sequence[float], colour: tuple[int, int, int], width: int = 4) -> None:
        pts = [self.px(x, y) for x, y in zip(xs, ys, strict=False)
               if isinstance(x, (int, float)) and isinstance(y, (int, float)) and math.isfinite(x) and math.isfinite(y)]
        if len(pts) > 1:
            self.d.line(pts, fill=colour, width=width, joint="curve")
        if len(pts) < 25:
            for x, y in pts:
                self.d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=colour)


def line_chart(series: Mapping[str, tuple[Sequence[float], Sequence[float]]], xlabel: str, ylabel: str,
               xlim: tuple[float, float] = (0.0, 1.0), ylim: tuple[float, float] | None = None,
               size: tuple[int, int] = (1100, 520)) -> bytes:
    """Curves with the legend beside the axes (PNG)."""
    ys = [y for _x, yv in series.values() for y in yv if isinstance(y, (int, float)) and math.isfinite(y)]
    if ylim is None:
        lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
        lo, hi = min(lo, 0.0), max(hi, 1e-9)
        ylim = (lo, hi * 1.04 if hi > 0 else hi + 1)
    legend = [(name, PALETTE[i % len(PALETTE)]) for i, name in enumerate(series)]
    p = _Plot(size[0], size[1], xlabel, ylabel, xlim, ylim, legend)
    p.yticks(_ticks(*ylim))
    p.xticks(_ticks(*xlim), [f"{v:g}" for v in _ticks(*xlim)])
    drawn = list(enumerate(series.values()))
    for i, (xs, yv) in drawn[1:] + drawn[:1]:  # the first series (the one the report is about) on top
        p.line(xs, yv, PALETTE[i % len(PALETTE)], width=7 if i == 0 else 4)
    p.frame()
    return _png(p.img)


def _ticks(lo: float, hi: float) -> list[float]:
    """About five round ticks within [lo, hi]."""
    span = (hi - lo) or 1.0
    step = 10 ** math.floor(math.log10(span / 4))
    for m in (1, 2, 2.5, 5, 10):
        if span / (step * m) <= 5:
            step *= m
            break
    first = math.ceil(lo / step) * step
    return [round(first + i * step, 10) for i in range(int((hi - first) / step + 1e-9) + 1)]


def bar_chart(names: Sequence[str], series: Mapping[str, Sequence[float | None]], ylabel: str,
              goal: float | None = None, goal_label: str = "", size: tuple[int, int] = (1100, 520)) -> bytes:
    """Grouped bars (fractions 0..1), category names under the axis, legend beside the plot (PNG)."""
    legend = [(name, PALETTE[i % len(PALETTE)]) for i, name in enumerate(series)]
    if goal is not None and goal_label:
        legend.append((goal_label, POS_RGB))
    p = _Plot(size[0], size[1], "", ylabel, (0, max(1, len(names))), (0.0, 1.0), legend, bottom=120)
    p.yticks([0, 0.25, 0.5, 0.75, 1.0], "{:.0%}")
    slot = (p.r - p.l) / max(1, len(names))
    k = max(1, len(series))
    bw = slot * 0.8 / k
    for si, vals in enumerate(series.values()):
        for i, v in enumerate(vals):
            if v is None or not math.isfinite(v):
                continue
            x0 = p.l + i * slot + slot * 0.1 + si * bw
            _, y = p.px(0, max(0.0, min(1.0, v)))
            p.d.rectangle([x0, y, x0 + bw - 2, p.b], fill=PALETTE[si % len(PALETTE)])
    if goal is not None:
        _, y = p.px(0, goal)
        for x in range(int(p.l), int(p.r), 24):
            p.d.line([x, y, min(x + 14, p.r), y], fill=POS_RGB, width=3)
    f = _font(21)
    if all(_text_w(p.d, n, f) <= slot - 4 for n in names):
        for i, n in enumerate(names):
            p.d.text((p.l + (i + 0.5) * slot, p.b + 10), n, fill=INK_RGB, font=f, anchor="mt")
    else:  # names slanted under their bars, ending at the bar's centre
        from PIL import Image, ImageDraw

        for i, n in enumerate(names):
            text = _fit(p.d, n, f, 150)
            tw = int(_text_w(p.d, text, f)) + 4
            label = Image.new("RGBA", (tw, 28), (255, 255, 255, 0))
            ImageDraw.Draw(label).text((tw, 14), text, fill=INK_RGB, font=f, anchor="rm")
            rot = label.rotate(35, expand=True, resample=Image.Resampling.BICUBIC)
            centre = p.l + (i + 0.5) * slot
            p.img.paste(rot, (int(centre - rot.width + 8), int(p.b + 6)), rot)
    p.frame()
    return _png(p.img)


def _short_layers(layers: Sequence[str]) -> dict[str, str]:
    """Layer names without the prefix they all share, the word before a layer number kept
    (``bert.encoder.layer.5.attention.self`` -> ``layer.5.attention.self``)."""
    if len(layers) < 2:
        return {x: x for x in layers}
    parts = [x.split(".") for x in layers]
    common = 0
    while all(len(p) > common + 1 for p in parts) and len({p[common] for p in parts}) == 1:
        common += 1
    if common and all(p[common].isdigit() for p in parts):
        common -= 1  # keep "layer" before the layer's number
    return {x: ".".join(p[common:]) for x, p in zip(layers, parts, strict=True)}


def causal_graph_png(result: Mapping[str, Any], class_label: str) -> bytes | None:
    """The causal graph, layers left to right towards the output, the strongest units of each layer drawn.

    Node fill: red supports the class (positive effect), blue opposes it; the stronger, the darker.
    Edge colour the same by the sign of its effect, width by |effect|; dashed: kept without a
    significant single connection. None when the result has no nodes."""
    from PIL import Image, ImageDraw

    nodes = [n for n in result.get("nodes") or [] if isinstance(n, dict) and "id" in n]
    if not nodes:
        return None
    layers = [str(x) for x in result.get("layers") or []]
    for n in nodes:
        if str(n.get("layer")) not in layers:
            layers.append(str(n.get("layer")))
    by_layer: dict[str, list[dict[str, Any]]] = {L: [] for L in layers}
    for n in nodes:
        by_layer[str(n.get("layer"))].append(n)
    shown: dict[str, list[dict[str, Any]]] = {}
    hidden: dict[str, int] = {}
    for L, ns in by_layer.items():
        ns = sorted(ns, key=lambda n: -abs(float(n.get("effect") or 0.0)))
        shown[L] = sorted(ns[:GRAPH_UNITS_PER_LAYER], key=lambda n: int(n.get("unit") or 0))
        hidden[L] = len(ns) - len(shown[L])
    cols = [*layers, "output"]
    rows = max(len(v) for v in shown.values())
    w = 1200
    col_gap = w / len(cols)
    top, row_h = 120, 62
    h = int(top + row_h * max(rows, 1) + 70)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    names = _short_layers([c for c in cols if c != "output"])
    pos: dict[str, tuple[float, float]] = {}
    for ci, L in enumerate(cols):
        x = col_gap * (ci + 0.5)
        if L == "output":
            pos[f"output:{result.get('target')}"] = (x, top + row_h * (rows - 1) / 2 + 20)
            continue
        col_top = top + row_h * (rows - len(shown[L])) / 2
        for ri, n in enumerate(shown[L]):
            pos[str(n["id"])] = (x, col_top + ri * row_h + 20)
    edges = [e for e in result.get("edges") or [] if isinstance(e, dict)
             and str(e.get("source")) in pos and str(e.get("target")) in pos]
    peak = max((abs(float(e.get("effect") or 0.0)) for e in edges), default=0.0) or 1.0
    r = 19
    f, fb = _font(20), _font(22, bold=True)
    out_half = _text_w(d, _fit(d, class_label, f, col_gap - 30), f) / 2 + 12
    for e in sorted(edges, key=lambda e: abs(float(e.get("effect") or 0.0))):
        eff = float(e.get("effect") or 0.0)
        s = abs(eff) / peak
        base = POS_RGB if eff >= 0 else NEG_RGB
        colour = tuple(int(255 - (255 - c) * (0.25 + 0.75 * s)) for c in base)
        (x0, y0), (x1, y1) = pos[str(e["source"])], pos[str(e["target"])]
        x0 += r
        x1 -= r if not str(e["target"]).startswith("output:") else out_half
        width = max(1, int(1 + 6 * s))
        if e.get("significant", True):
            d.line([x0, y0, x1, y1], fill=colour, width=width)
        else:
            length = math.hypot(x1 - x0, y1 - y0) or 1.0
            for t in range(0, int(length), 18):
                a, b = t / length, min(1.0, (t + 10) / length)
                d.line([x0 + (x1 - x0) * a, y0 + (y1 - y0) * a, x0 + (x1 - x0) * b, y0 + (y1 - y0) * b],
                       fill=colour, width=width)
    for ci, L in enumerate(cols):
        x = col_gap * (ci + 0.5)
        if L == "output":
            label = ["output", class_label]
        else:
            label = [x.replace(". ", ".") for x in _wrap(d, names[L].replace(".", ". "), fb, col_gap - 16)][:2]
            label.append(f"{len(by_layer[L])} units kept" if by_layer[L] else "no unit kept")
        for i, line in enumerate(label):
            d.text((x, 14 + 28 * i), _fit(d, line, fb if i == 0 or L != "output" else f, col_gap - 10),
                   fill=INK_RGB, font=fb if i < len(label) - 1 or L == "output" else f, anchor="mt")
        if L == "output":
            ox, oy = pos[f"output:{result.get('target')}"]
            text = _fit(d, class_label, f, col_gap - 30)
            half = _text_w(d, text, f) / 2 + 12
            d.rounded_rectangle([ox - half, oy - 26, ox + half, oy + 26], radius=10, fill=(245, 222, 160),
                                outline=INK_RGB, width=2)
            d.text((ox, oy), text, fill=INK_RGB, font=f, anchor="mm")
            continue
        strongest = max((abs(float(n.get("effect") or 0.0)) for n in by_layer[L]), default=0.0) or 1.0
        for n in shown[L]:
            nx, ny = pos[str(n["id"])]
            eff = float(n.get("effect") or 0.0)
            s = abs(eff) / strongest
            base = POS_RGB if eff >= 0 else NEG_RGB
            fill = tuple(int(255 - (255 - c) * (0.2 + 0.8 * s)) for c in base)
            d.ellipse([nx - r, ny - r, nx + r, ny + r], fill=fill, outline=INK_RGB, width=2)
            text = str(n.get("unit"))
            d.text((nx, ny), text, fill="white" if s > 0.55 else INK_RGB, font=_font(18 if len(text) < 4 else 14),
                   anchor="mm")
        if hidden[L]:
            d.text((x, h - 34), f"+ {hidden[L]} more", fill=(90, 98, 117), font=f, anchor="mt")
    return _png(img)


# -- building the document --------------------------------------------------------------------------------


def _pngs(artifacts: Sequence[Artifact]) -> dict[str, Artifact]:
    return {a.name: a for a in artifacts if a.mime == "image/png" and a.data.startswith(PNG_MAGIC)}


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk (no decoding)."""
    if len(data) >= 24 and data.startswith(PNG_MAGIC):
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


def artifact_figure(a: Artifact, caption: str, width_mm: float | None = None) -> Figure:
    px_w, _px_h = _png_size(a.data)
    # about 90 dpi, at most the text width (the renderers cap 190 mm at the paper's text width)
    return Figure(a.data, caption, a.name, width_mm if width_mm is not None else min(190.0, max(px_w, 1) * 0.28))


class _Builder:
    def __init__(self, report: Report, artifacts: Sequence[Artifact], key_id: str | None) -> None:
        self.report = report
        self.artifacts = list(artifacts)
        self.key_id = key_id
        self.blocks: list[Block] = []
        self.used: set[str] = set()
        """Artifact names shown as figures (the rest are listed as attached files)."""

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def kv(self, rows: Iterable[Row], caption: str = "") -> None:
        rows = tuple(rows)
        if rows:
            self.add(KeyValues(rows, caption))


def build_document(report: Report, artifacts: Sequence[Artifact], key_id: str | None = None) -> Document:
    """The report as a document: summary sentence, verdict, evidence per kind, method, inputs, tamper evidence.

    ``key_id`` is the signing key's id (lowercase hex, :func:`engine.reports.signing.key_id`), printed in
    the tamper-evidence section; None says the key is not known here."""
    b = _Builder(report, artifacts, key_id)
    kind_name = KIND_NAMES.get(report.kind, report.kind)
    meta = (f"Attest report #{report.id} · {kind_name} · {report.created} · device {report.device} · "
            f"Attest {report.app_version}")
    if report.redacted:
        summary = ("This report was redacted by its owner: its content and artifacts were removed; its digests "
                   "stay in the chain, so the chain still verifies and the redaction itself is visible.")
        b.add(Banner("Redacted by its owner", "Only the chain position and the digests remain.", "neutral"))
    else:
        builder = KIND_BUILDERS.get(report.kind, _generic)
        try:
            summary = builder(b)
        except Exception as exc:  # a report of an older or unexpected shape: still a readable document
            b.blocks.clear()
            b.used.clear()
            summary = _generic(b)
            b.add(Paragraph(f"(The {kind_name} layout could not be used for this report: {type(exc).__name__}; "
                            "shown in the generic layout.)", "note"))
        _closing(b)
    appendices = [x for x in b.blocks if isinstance(x, Appendix)]
    b.blocks = [x for x in b.blocks if not isinstance(x, Appendix)]
    _tamper(b)
    b.add(*appendices)  # raw data last, after the tamper evidence
    return Document(title=report.title, meta=meta, summary=summary, blocks=tuple(b.blocks), report_id=report.id,
                    kind=report.kind, redacted=report.redacted, key_id=key_id, body_sha256=report.body_sha256,
                    chain_hash=report.hash)


KIND_NAMES: Final = {"causal": "causal model audit", "trace": "image trace", "verify": "claim verification",
                     "fingerprint-eval": "fingerprint robustness evaluation", "environment": "environment"}


# -- closing sections (every kind) -------------------------------------------------------------------------


def _closing(b: _Builder) -> None:
    report = b.report
    b.add(Heading("Inputs (SHA-256)"))
    if report.inputs:
        rows = tuple(cells(name, Cell(str(digest), mono=True)) for name, digest in report.inputs.items())
        b.add(Table(("Input", "SHA-256"), rows, "", 0))
    else:
        b.add(Paragraph("(none)", "note"))
    attached = [a for a in b.artifacts if a.name not in b.used]
    if attached or b.used:
        shown = attached[:MAX_ATTACHED]
        rows = tuple(cells(a.name, a.mime, f"{len(a.data):,}", Cell(a.sha256, mono=True)) for a in shown)
        note = f"{len(b.used)} figure(s) shown above; " if b.used else ""
        b.add(Paragraph(f"Attached files ({len(b.artifacts)}): {note}each file's SHA-256 is also in the JSON "
                        "export.", "note"))
        if rows:
            b.add(Table(("File", "Type", "Bytes", "SHA-256"), rows, "", len(attached) - len(shown)))


def _tamper(b: _Builder) -> None:
    report = b.report
    b.add(Heading("Tamper evidence"))
    key = b.key_id or "not given (python main.py reports key prints it)"
    b.add(KeyValues((
        Row("Content digest", report.body_sha256, explain="SHA-256 of the canonical JSON of everything this "
                                                          "report says, artifacts by their own digests",
            mono=True),
        Row("Chain hash", report.hash, explain="SHA-256 of previous hash + content digest + position", mono=True),
        Row("Position in chain", str(report.seq), explain="reports are numbered in the order they were saved"),
        Row("Previous hash", report.prev_hash, explain="the chain hash of the report saved before it", mono=True),
        Row("Signing key id", key, explain="SHA-256 of the installation's Ed25519 public key",
            mono=b.key_id is not None),
    )))
    b.add(Paragraph("How to verify: the signed JSON export of this report (a DSSE envelope) is checked with "
                    "\u201cpython main.py reports verify-file FILE.json\u201d (add \u201c--key KEY.pem\u201d to "
                    "require this signing key); the database it came from with \u201cpython main.py reports "
                    "verify\u201d.", "note"))


def _method(b: _Builder, text: str, params: Mapping[str, Any], skip: Iterable[str] = ()) -> None:
    b.add(Heading("Method and parameters"))
    if text:
        b.add(Paragraph(text))
    rows = known_rows(params, skip)
    if rows:
        b.kv(rows)
    elif not text:
        b.add(Paragraph("(none)", "note"))


# -- causal -----------------------------------------------------------------------------------------------


def _class_label(target: Any, name: Any) -> str:
    return f"class {target} ({name})" if name not in (None, "") else f"class {target}"


def _deletion_verdict(auc: Mapping[str, Any]) -> tuple[str, float, float] | None:
    c, r = auc.get("causal"), auc.get("random")
    if not isinstance(c, (int, float)) or not isinstance(r, (int, float)) or not math.isfinite(c + r):
        return None
    gap = r - c
    return ("strong" if gap >= 0.2 else "weak" if gap > 0.02 else "none"), float(c), float(r)


def _causal(b: _Builder) -> str:
    report = b.report
    res, params = report.result, report.params
    metrics = res.get("metrics") or {}
    target = res.get("target", params.get("target"))
    cls = _class_label(target, params.get("class_name"))
    nodes = [n for n in res.get("nodes") or [] if isinstance(n, dict)]
    edges = [e for e in res.get("edges") or [] if isinstance(e, dict)]
    layer_stats = metrics.get("layer_stats") or {}
    tested = sum(int(s.get("tested") or 0) for s in layer_stats.values() if isinstance(s, dict))
    layers_with = sorted({str(n.get("layer")) for n in nodes})
    text_model = str(params.get("model_kind", "")).endswith("text") or "token_maps" in metrics
    model = params.get("model") or "the model"
    alpha = metrics.get("alpha", params.get("alpha", 0.05))
    strongest = max(nodes, key=lambda n: abs(float(n.get("effect") or 0.0)), default=None)
    boot = (metrics.get("stability") or {}).get("bootstrap") or {}
    rates = [float(v["kept_mean_rate"]) for v in boot.values()
             if isinstance(v, dict) and isinstance(v.get("kept_mean_rate"), (int, float))]
    stability = sum(rates) / len(rates) if rates else None

    deletions = [(k, metrics[k]) for k in ("deletion", "deletion_heads") if isinstance(metrics.get(k), dict)]
    verdicts: list[tuple[str, dict[str, Any], tuple[str, float, float]]] = []
    for k, dc in deletions:
        v = _deletion_verdict(dc.get("auc") or {})
        if v is not None:
            verdicts.append((k, dc, v))
    best = max(verdicts, key=lambda t: t[2][2] - t[2][1], default=None)

    # the sentence
    if not nodes:
        summary = (f"Causal audit of {model} for {cls}: no unit of the {tested or 'audited'} tested passed the "
                   f"tests (false discovery rate {num(alpha)}), so the audit found no causal path.")
        b.add(Banner("No causal units found", "No unit changed the class logit significantly.", "neutral"))
    else:
        unit_phrase = (f"{len(nodes)} of {tested:,} units" if tested else f"{len(nodes)} units")
        top = (f", strongest {strongest['id']} ({signed(strongest.get('effect'))} logits)" if strongest else "")
        how = ""
        if best is not None:
            kind_v, c, r = best[2]
            where = best[1].get("layer", "")
            if kind_v == "strong":
                how = (f"; removing them strongest first collapses the class probability far sooner than random "
                       f"removal (deletion AUC {num(c)} vs {num(r)} on {where})")
            elif kind_v == "weak":
                how = (f"; removing them strongest first lowers the class probability only a little sooner than "
                       f"random removal (deletion AUC {num(c)} vs {num(r)} on {where})")
            else:
                how = (f"; removing them strongest first does not lower the class probability sooner than random "
                       f"removal (deletion AUC {num(c)} vs {num(r)} on {where})")
        sure = (f", and they reappear in {pct(stability, 0)} of {boot_reps(metrics)} bootstrap resamples"
                if stability is not None else "")
        summary = (f"Causal audit of {model} for {cls}: {unit_phrase} in {len(layers_with)} layer(s) change the "
                   f"class logit significantly (false discovery rate {num(alpha)}){top}{how}{sure}.")
        if best is None:
            b.add(Banner("Causal units found", "No deletion check was run, so the graph is not confirmed by it.",
                         "info"))
        else:
            kind_v, c, r = best[2]
            title = {"strong": "Confirmed by the deletion check", "weak": "Only weakly confirmed by the deletion check",
                     "none": "Not confirmed by the deletion check"}[kind_v]
            tone = {"strong": "good", "weak": "warn", "none": "bad"}[kind_v]
            b.add(Banner(title, f"Deletion AUC {num(c)} in causal order vs {num(r)} in random order on "
                                f"{best[1].get('layer', '')} (0–1; lower = the removed units mattered more).", tone))
        finding = _corner_finding(metrics, strongest)
        if finding:
            b.add(Paragraph(finding))

    if nodes:
        b.add(Heading("Causal graph"))
        png = causal_graph_png(res, cls)
        if png:
            b.add(Figure(png, f"The strongest units of each audited layer (at most {GRAPH_UNITS_PER_LAYER} per layer, "
                              f"numbered by unit), left to right towards the output, {cls}. Red: the unit supports the "
                              "class (removing it lowers the class logit); blue: it opposes it; the darker, the "
                              "stronger. Edge width: the effect of cutting that one connection; dashed: kept without "
                              f"a significant single connection. The whole graph ({len(nodes)} units, {len(edges)} "
                              "connections) is in graph.graphml and the JSON export.", "causal graph", 180.0))
    b.add(Heading("At a glance"))
    glance = {("samples used" if k == "samples" else k): v for k, v in report.summary.items()}
    if "target" in glance:
        glance["target"] = cls
    if glance.get("intervention") in INTERVENTIONS:
        glance["intervention"] = f"{glance['intervention']}: {INTERVENTIONS[str(glance['intervention'])]}"
    b.kv(known_rows(glance))
    if nodes:
        _causal_nodes(b, res, metrics, cls, text_model)
        _causal_maps(b, nodes, text_model)
    _causal_checks(b, metrics, cls)
    inter = str(params.get("intervention", metrics.get("intervention", "")))
    samples = metrics.get("samples") or {}
    method = (f"Each unit of the audited layers was intervened ({inter}: {INTERVENTIONS.get(inter, inter)}) on "
              f"{num(samples.get('used', params.get('samples')))} input(s) that the model classifies as {cls}"
              f"{' (of ' + num(samples.get('images')) + ' given)' if samples.get('images') else ''}. A unit's effect "
              "is the mean over inputs of the class logit observed minus the class logit intervened, with a 95% "
              "t-interval and a two-sided t-test; Benjamini–Hochberg q-values per layer. A unit is kept when q < α "
              f"and its |effect| reaches {pct(params.get('min_effect', 0.05), 0)} of the strongest in its layer. "
              "Layers other than the last are tested by path interventions towards the kept units of the layers "
              "they feed; each edge is the effect of cutting that one connection.")
    if metrics.get("floor_rule"):
        method += f" Floor: {metrics['floor_rule']}."
    _method(b, method, params)
    _causal_appendix(b, res)
    return summary


def boot_reps(metrics: Mapping[str, Any]) -> str:
    reps = (metrics.get("stability") or {}).get("bootstrap_reps")
    return num(reps) if reps else "the"


def _corner_finding(metrics: Mapping[str, Any], strongest: Mapping[str, Any] | None) -> str:
    shares = metrics.get("map_corner_share") or {}
    if not strongest or str(strongest.get("id")) not in shares:
        return ""
    share = shares[str(strongest["id"])]
    if not isinstance(share, dict) or not share:
        return ""
    corner, value = max(share.items(), key=lambda kv: float(kv[1] or 0.0))
    if not isinstance(value, (int, float)) or value < 0.5:
        return ""
    return (f"Where it looks: the map of the strongest unit, {strongest['id']}, puts {pct(value, 0)} of its weight "
            f"in the {corner.replace('_', '-')} corner of the input (a quarter of each side): the decision rests on "
            "that corner, not on the object.")


def _causal_nodes(b: _Builder, res: Mapping[str, Any], metrics: Mapping[str, Any], cls: str, text_model: bool) -> None:
    nodes = [n for n in res.get("nodes") or [] if isinstance(n, dict)]
    details = metrics.get("node_details") or {}
    boot = (metrics.get("stability") or {}).get("bootstrap") or {}
    top = sorted(nodes, key=lambda n: -abs(float(n.get("effect") or 0.0)))[:TOP_NODES]
    b.add(Heading("Strongest units"))
    b.add(Paragraph(
        f"Effect on the logit: how much the {cls} logit drops when the unit is intervened, in logits (mean over "
        "the inputs, with its 95% confidence interval); positive: the unit supports the class. Effect on the "
        "probability: the same drop of the class probability, in percentage points (pp); a model that is very "
        "sure of itself can lose logits without losing probability. q: the Benjamini–Hochberg adjusted "
        "p-value within the layer. Stability: the share of bootstrap resamples in which the unit is kept."))
    rows = []
    for n in top:
        nid = str(n.get("id"))
        ci = n.get("ci") or [None, None]
        det = details.get(nid) or {}
        pci = det.get("prob_ci") or [None, None]
        rate = ((boot.get(str(n.get("layer"))) or {}).get("rate") or {}).get(str(n.get("unit")))
        tone = "good" if float(n.get("effect") or 0.0) > 0 else "info"
        rows.append(cells(
            nid,
            Cell(f"{signed(n.get('effect'))} [{num(ci[0])}, {num(ci[1])}] logits", tone),
            (f"{pp(det.get('prob_effect'))[:-3]} [{pp(pci[0])[:-3]}, {pp(pci[1])[:-3]}] pp"
             if "prob_effect" in det else "—"),
            pval(det.get("q_value", n.get("p_value"))),
            pct(rate, 0) if rate is not None else "—",
        ))
    b.add(Table(("Unit", "Effect on the logit [95% CI]", "Effect on the probability [95% CI]", "q", "Stability"),
                tuple(rows), f"The {len(top)} strongest of {len(nodes)} units, by |effect on the logit|",
                0))
    stats = metrics.get("layer_stats") or {}
    units = metrics.get("units") or {}
    order = [str(x) for x in res.get("layers") or []] or list(stats)
    lrows = []
    for L in order:
        s = stats.get(L)
        if not isinstance(s, dict):
            continue
        kind = (units.get(L) or {}).get("kind", "")
        ns = [n for n in nodes if str(n.get("layer")) == L]
        best = max(ns, key=lambda n: abs(float(n.get("effect") or 0.0)), default=None)
        lrows.append(cells(L, f"{num(s.get('tested'))} of {num(s.get('units'))}{' ' + kind if kind else ''}",
                           num(s.get("kept")), {"unit": "one by one", "path": "paths"}.get(str(s.get("test")),
                                                                                          str(s.get("test", ""))),
                           f"{best['id']} ({signed(best.get('effect'))})" if best else "—"))
    if lrows:
        b.add(Table(("Layer", "Units tested", "Kept", "Tested by", "Strongest (logits)"), tuple(lrows),
                    "Per layer, input side first", 0))


def _causal_maps(b: _Builder, nodes: list[dict[str, Any]], text_model: bool) -> None:
    pngs = _pngs(b.artifacts)
    strongest = sorted(nodes, key=lambda n: -abs(float(n.get("effect") or 0.0)))
    figures: list[Figure] = []
    token_figures: list[Figure] = []
    for n in strongest:
        nid = str(n.get("id"))
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", nid)
        ci = n.get("ci") or [None, None]
        caption = f"{nid}: {signed(n.get('effect'))} logits [{num(ci[0])}, {num(ci[1])}]"
        a = pngs.get(f"map-{safe}.png")
        if a is not None and len(figures) < MAPS_SHOWN:
            figures.append(artifact_figure(a, caption, 56.0))
            b.used.add(a.name)
        t = pngs.get(f"tokens-{safe}.png")
        if t is not None and len(token_figures) < TOKEN_MAPS_SHOWN:
            token_figures.append(artifact_figure(t, caption + "; token colour: logit drop through the unit when "
                                                 "that token is masked (red raises the class, blue lowers it)",
                                                 180.0))
            b.used.add(t.name)
    if figures:
        b.add(Heading("Where the strongest units look"))
        b.add(Gallery(tuple(figures), "Each map: the input's mean image (left) and the causal map of that unit "
                                      "(right): covering a patch of the input, how much the class logit falls "
                                      "through that unit alone; red: the class loses, blue: it gains."))
    if token_figures:
        b.add(Heading("Which tokens the strongest units read"))
        b.add(Gallery(tuple(token_figures)))


def _causal_checks(b: _Builder, metrics: Mapping[str, Any], cls: str) -> None:
    if not metrics:
        return
    b.add(Heading("Checks"))
    for key in ("deletion", "deletion_heads"):
        dc = metrics.get(key)
        if not isinstance(dc, dict) or not isinstance(dc.get("prob"), dict):
            continue
        auc = dc.get("auc") or {}
        xs = dc.get("x") or []
        series = {}
        for order, ys in dc["prob"].items():
            if not isinstance(ys, list):
                continue
            x = xs if len(xs) == len(ys) else [i / max(1, len(ys) - 1) for i in range(len(ys))]
            series[f"{order} (AUC {num(auc.get(order))})"] = (x, ys)
        if series:
            png = line_chart(series, "share of the layer's units removed, strongest first in each order",
                             f"{cls} probability", ylim=(0.0, 1.02))
            b.add(Figure(png, f"Deletion on {dc.get('layer', '')}: the class probability as the layer's units "
                              "are removed, in causal order, by activation, by gradient × activation and at random. "
                              "AUC = area under the curve (0–1); lower: the order found the units that matter "
                              "sooner.", key, 180.0))
    rows: list[Row] = []
    samples = metrics.get("samples") or {}
    if samples:
        rows.append(Row("Inputs", f"{num(samples.get('used'))} used of {num(samples.get('images'))}",
                        explain=f"inputs given; used: classified as {cls} (and at most the sample limit)"))
    obs = metrics.get("observed") or {}
    if obs:
        rows.append(Row("Mean class logit", num(obs.get("mean_target_logit")), "logits"))
        rows.append(Row("Mean class probability", pct(obs.get("mean_target_prob"), 1)))
        rows.append(Row("Mean margin", num(obs.get("mean_margin")), "logits",
                        "class logit minus the runner-up's: effects are measured against it"))
    rob = metrics.get("robustness") or {}
    mean = rob.get("mean") or {}
    if mean:
        rows.append(Row("Map robustness (local Lipschitz)",
                        "; ".join(f"{humanise(k)} {num(v)}" for k, v in mean.items()),
                        explain=f"how much a map changes under Gaussian noise σ = {num(rob.get('sigma'))} "
                                f"({num(rob.get('perturbations'))} perturbations of {num(rob.get('samples'))} "
                                "inputs, maps scaled to unit norm); lower = more stable"))
    sweep = (metrics.get("stability") or {}).get("beta_sweep") or {}
    if sweep.get("betas"):
        kept = ", ".join(f"β {num(bv)}: {num(k)}" for bv, k in zip(sweep.get("betas") or [], sweep.get("kept_counts")
                                                                    or [], strict=False))
        jac = ", ".join(num(j) for j in sweep.get("jaccard_with_graph") or [])
        rows.append(Row(f"Soft interventions on {sweep.get('layer', '')}", kept,
                        explain=f"units kept per β; overlap with the graph (Jaccard, 1 = the same units): {jac}"))
    b.kv(rows)
    boot = (metrics.get("stability") or {}).get("bootstrap") or {}
    agreement = metrics.get("agreement") or {}
    layers = list(dict.fromkeys([*boot, *agreement]))
    trows = []
    for L in layers:
        bs, ag = boot.get(L) or {}, agreement.get(L) or {}
        trows.append(cells(L, pct(bs.get("kept_mean_rate"), 0) if bs.get("kept_mean_rate") is not None else "—",
                           signed(ag.get("tau_causal_activation"), 2), signed(ag.get("tau_causal_gradient"), 2),
                           pct(ag.get("top10pct_overlap_causal_activation"), 0)
                           if ag.get("top10pct_overlap_causal_activation") is not None else "—"))
    if trows:
        b.add(Table(("Layer", "Stability of kept units", "τ causal vs activation", "τ causal vs gradient × activation",
                     "Top-10% overlap with activation"), tuple(trows),
                    f"Stability: mean share of {boot_reps(metrics)} bootstrap resamples in which a kept unit is kept "
                    "again. τ: Kendall rank correlation of the layer's units ranked by causal effect and by the "
                    "other score (−1 reversed, 0 unrelated, +1 the same order). Overlap: share of the top 10% "
                    "units the two rankings share.", 0))


def _causal_appendix(b: _Builder, res: Mapping[str, Any]) -> None:
    metrics = res.get("metrics") or {}
    rows = [cells("nodes", num(len(res.get("nodes") or [])), "every kept unit: layer, unit, effect, CI, p-value"),
            cells("edges", num(len(res.get("edges") or [])), "every kept connection: effect, q-value, significant")]
    meaning = {"unit_effects": "every tested unit's effect and q-value, kept or not",
               "node_details": "per kept unit: q-value, probability effect and CI, test, mean activation",
               "map_corner_share": "per mapped unit: share of the map in each corner",
               "layer_stats": "per layer: units, tested, kept, floors",
               "token_maps": "token maps of the strongest units",
               "deletion": "the deletion curves' points", "deletion_heads": "the deletion curves over heads",
               "stability": "bootstrap appearance rate of every unit", "agreement": "rank agreement per layer",
               "robustness": "per-input Lipschitz estimates"}
    for k, v in metrics.items():
        if k in meaning:
            size = len(v) if isinstance(v, (dict, list)) else 1
            rows.append(cells(f"metrics › {k}", num(size), meaning[k]))
    b.add(Appendix("Raw data", (Paragraph("The signed JSON export holds the full result; these parts are not "
                                          "printed here:"),
                                Table(("Field", "Entries", "What it holds"), tuple(rows), "", 0))))


# -- trace ------------------------------------------------------------------------------------------------

_THUMB = re.compile(r"thumb(?:nail)?[-_ ]?(\d+)\.png$", re.I)


def _trace(b: _Builder) -> str:
    report = b.report
    res, params = report.result, report.params
    items = [r for r in res.get("results") or [] if isinstance(r, dict)]
    n_users = params.get("registry_users", report.summary.get("registry_users"))
    thr = params.get("fpr_threshold", 1e-6)
    chance = params.get("chance_level", 0.01)
    k = params.get("k")
    views = params.get("search_views") or 1
    traced = [r for r in items if r.get("verdict") != "error"]
    errors = [r for r in items if r.get("verdict") == "error"]
    counts = {v: sum(1 for r in traced if r.get("verdict") == v)
              for v in ("attributed", "inconclusive", "no_fingerprint")}
    if not items and report.summary:  # a results file only: the summary has the counts
        counts = {v: int(report.summary.get(v) or 0) for v in counts}

    def name(r: Mapping[str, Any]) -> str:
        return str(r.get("image", "")).replace("\\", "/").rsplit("/", 1)[-1] or str(r.get("image", ""))

    registry = f"a registry of {num(n_users)} enrolled users" if n_users is not None else "the registry"
    if len(items) == 1 and traced:
        r = traced[0]
        v = str(r.get("verdict"))
        who = f" to user {r.get('user')}" if v == "attributed" and r.get("user") else ""
        summary = (f"Trace of {name(r)} against {registry}: {VERDICT_NAMES.get(v, v)}{who}, with a registry-wide "
                   f"false-positive rate of {pval(r.get('p_value'))} (attributed at {pval(thr)} or less).")
        tone = VERDICT_TONES.get(v, "neutral")
        b.add(Banner(VERDICT_NAMES.get(v, v).capitalize() + who, _verdict_words(v, r, thr, chance, k), tone))
    else:
        unread = len(errors) or int(report.summary.get("not_traced") or 0)
        total = len(items) or sum(counts.values()) + unread
        parts = [f"{counts['attributed']} attributed to an enrolled user"]
        if counts["no_fingerprint"]:
            parts.append(f"{counts['no_fingerprint']} without a fingerprint")
        if counts["inconclusive"]:
            parts.append(f"{counts['inconclusive']} inconclusive")
        if unread:
            parts.append(f"{unread} could not be read")
        summary = (f"Trace of {total} image file(s) against {registry}: {', '.join(parts)}; an image is attributed "
                   f"only when its registry-wide false-positive rate is at most {pval(thr)}.")
        tone = ("warn" if counts["inconclusive"] or unread else "good" if counts["attributed"] else "neutral")
        title = f"{counts['attributed']} of {total} attributed" if total else "Nothing traced"
        rest = parts[1:] or ["every image traced was attributed"]
        b.add(Banner(title, "; ".join(rest)[:1].upper() + "; ".join(rest)[1:] + ".", tone))

    b.add(Heading("What the numbers mean"))
    b.add(KeyValues((
        Row("p (one user)", "Candidates table", explain="the chance that an image this user's generator did not make "
                                                     "agrees with the user's code at least this well"),
        Row("False-positive rate (FPR)", "Verdict per image table", explain="the registry-wide bound: the best "
            f"candidate's p multiplied by the {num(n_users)} enrolled users"
            f"{f' and the {num(views)} views searched' if views > 1 else ''}"
            " (Bonferroni): the chance that an image carrying none of the fingerprints is attributed this strongly "
            "to anyone"),
        Row("Attributed", f"FPR ≤ {pval(thr)}", tone="good", explain="the threshold this trace used"),
        Row("No fingerprint", f"FPR > {pval(chance)}", tone="neutral", explain="no better than chance"),
        Row("Inconclusive", "in between", tone="warn", explain="some agreement, not enough to attribute"),
    )))

    thumbs: dict[int, Artifact] = {}
    for a in b.artifacts:
        m = _THUMB.search(a.name)
        if m and a.mime == "image/png" and a.data.startswith(PNG_MAGIC):
            thumbs[int(m.group(1))] = a
    if thumbs:
        figs = []
        for i, r in enumerate(items):
            thumb = thumbs.get(i)
            if thumb is not None:
                v = str(r.get("verdict"))
                figs.append(artifact_figure(thumb, f"{i + 1}. {name(r)}: {VERDICT_NAMES.get(v, v)}"
                                            f"{' (' + str(r['user']) + ')' if r.get('user') else ''}", 28.0))
                b.used.add(thumb.name)
        if figs:
            b.add(Heading("Images"))
            b.add(Gallery(tuple(figs)))
    if items:
        rows = []
        view_per_image = params.get("view_per_image") or {}
        for i, r in enumerate(items[:MAX_TABLE_ROWS], start=1):
            v = str(r.get("verdict"))
            if v == "error":
                rows.append(cells(str(i), name(r), Cell("not traced", "bad"), "—", "—", "—"))
                continue
            bits = r.get("bit_accuracy")
            matching = (f"{round(float(bits) * k)}/{k}" if isinstance(bits, (int, float)) and isinstance(k, int)
                        else pct(bits))
            view = view_per_image.get(str(r.get("image")), r.get("view") or "")
            rows.append(cells(str(i), name(r) + (f" (view {view})" if view and view != "identity" else ""),
                              Cell(VERDICT_NAMES.get(v, v), VERDICT_TONES.get(v)), r.get("user") or "—", matching,
                              pval(r.get("p_value"))))
        b.add(Heading("Verdict per image"))
        b.add(Table(("#", "Image", "Verdict", "User", "Matching bits", "FPR (registry-wide)"), tuple(rows),
                    "Matching bits: decoded bits that agree with the user's code.", len(items) - len(rows)))
        crow = []
        for i, r in enumerate(items[:MAX_TABLE_ROWS], start=1):
            for j, c in enumerate((r.get("candidates") or [])[:5], start=1):
                if not isinstance(c, dict):
                    continue
                chosen = r.get("verdict") == "attributed" and j == 1
                crow.append(cells(str(i) if j == 1 else "", name(r) if j == 1 else "", str(j),
                                  Cell(str(c.get("user")), "good" if chosen else None),
                                  f"{num(c.get('distance'))}{'/' + str(k) if isinstance(k, int) else ''}",
                                  pval(c.get("p_value"))))
        if crow:
            b.add(Heading("Candidates"))
            b.add(Table(("#", "Image", "Rank", "User", "Bits differing", "p (this user)"), tuple(crow),
                        "The closest enrolled codes per image; p is for that one user, before the registry-wide "
                        "correction.", 0))
        if errors:
            b.add(Heading("Not traced"))
            b.add(Table(("Image", "Why"), tuple(cells(name(r), r.get("error", "")) for r in errors[:MAX_TABLE_ROWS]),
                        "", max(0, len(errors) - MAX_TABLE_ROWS)))
    elif res.get("results_file"):
        b.add(Paragraph(f"The per-image results are in {res.get('results_file')} (SHA-256 "
                        f"{res.get('results_sha256')}), listed under Inputs."))
    rule = params.get("rule", "weighted")
    over = f" over {num(views)} views" if views > 1 else ""
    method = (f"Each image's {num(k)} fingerprint bits were decoded{over}"
              f" and compared with every enrolled code; the {rule} rule "
              f"{'weights each bit by the decoder confidence' if rule == 'weighted' else 'counts matching bits'} "
              "and gives each candidate's p, which is corrected for the registry size (and the views) into the "
              "image's false-positive rate.")
    _method(b, method, params, skip=("view_per_image",))
    return summary


def _verdict_words(v: str, r: Mapping[str, Any], thr: Any, chance: Any, k: Any) -> str:
    fpr = pval(r.get("p_value"))
    bits = r.get("bit_accuracy")
    matching = (f"{round(float(bits) * k)} of {k} bits match" if isinstance(bits, (int, float)) and isinstance(k, int)
                else "")
    if v == "attributed":
        return f"{matching}; false-positive rate {fpr}, at most the threshold {pval(thr)}."
    if v == "no_fingerprint":
        return f"The closest code matches no better than chance (false-positive rate {fpr} > {pval(chance)})."
    if v == "inconclusive":
        return f"{matching}; false-positive rate {fpr}: above {pval(thr)}, below the chance level {pval(chance)}."
    return str(r.get("error", ""))


# -- verify -----------------------------------------------------------------------------------------------


def evidence_phrase(e: Mapping[str, Any]) -> str:
    """A triple in words; negated evidence reads NOT (unless its predicate already says not)."""
    s, p, o = (str(e.get(k) or e.get(k[0]) or "") for k in ("s_label", "p_label", "o_label"))
    if e.get("negated") and not any(w in p.lower().split() for w in ("not", "no", "never")):
        p = f"NOT {p}"
    return f"({s}, {p}, {o})"


def _verify(b: _Builder) -> str:
    report = b.report
    res, params, summ = report.result, report.params, report.summary
    claims = [c for c in res.get("claims") or [] if isinstance(c, dict)]
    counts = {lab: sum(1 for c in claims if c.get("label") == lab) for lab in LABEL_TONES}
    if not claims:
        counts = {"attributable": summ.get("attributable", 0), "contradictory": summ.get("contradictory", 0),
                  "extrapolatory": summ.get("extrapolatory", 0), "no_attribution": summ.get("no attribution", 0)}
    n = len(claims) or int(summ.get("claims") or 0)
    kas = res.get("kas", summ.get("KAS", summ.get("kas")))
    doc = str(params.get("doc") or "the document").replace("\\", "/").rsplit("/", 1)[-1]
    graphs = [str(g).replace("\\", "/").rsplit("/", 1)[-1] for g in params.get("kg") or []]
    triples = summ.get("triples")
    against = (f"{', '.join(graphs)}" if graphs else "the knowledge graph") + \
              (f" ({num(triples)} triples)" if triples is not None else "")
    summary = (f"Claim verification of {doc} against {against}: {counts['attributable']} of {n} claims are supported "
               f"by the graph, {counts['contradictory']} contradicted, {counts['extrapolatory']} not decided by it and "
               f"{counts['no_attribution']} about entities it does not know; knowledge attribution score (KAS) "
               f"{num(kas)} on a scale of 0 to 1.")
    if counts["contradictory"]:
        b.add(Banner(f"{counts['contradictory']} claim(s) contradicted by the knowledge graph",
                     "Each is shown in red below, with the statement of the graph that contradicts it.", "bad"))
    elif isinstance(kas, (int, float)) and kas >= 0.8:
        b.add(Banner("Supported by the knowledge graph", f"KAS {num(kas)}; no claim is contradicted.", "good"))
    else:
        b.add(Banner("Partly supported", f"KAS {num(kas)}; no claim is contradicted, but many are not decided by "
                                         "the graph.", "warn"))
    b.add(Heading("At a glance"))
    b.kv(known_rows(summ))

    legend = tuple((f"{LABEL_NAMES[lab]} ({lab})", tone) for lab, tone in LABEL_TONES.items())
    text = res.get("document") if isinstance(res.get("document"), str) else None
    if text is None:
        for a in b.artifacts:
            if a.mime.startswith("text/") and a.name.lower().startswith("document"):
                text = a.data.decode("utf-8", "replace")
                b.used.add(a.name)
                break
    if claims:
        b.add(Heading("The document, claims highlighted"))
        if text is not None:
            shown = text[:MAX_DOCUMENT_CHARS]
            spans = tuple(Span(int(c["start"]), int(c["end"]), LABEL_TONES.get(str(c.get("label")), "neutral"),
                               str(i)) for i, c in enumerate(claims, start=1)
                          if isinstance(c.get("start"), int) and isinstance(c.get("end"), int)
                          and c["end"] <= len(shown))
            note = (f"The first {MAX_DOCUMENT_CHARS:,} of {len(text):,} characters." if len(text) > len(shown) else "")
            b.add(Marked(shown, spans, legend, note))
        else:
            # the report does not carry the document: the claims in document order, each highlighted
            parts: list[str] = []
            found: list[Span] = []
            pos = 0
            ordered = sorted(enumerate(claims, start=1),
                             key=lambda t: (t[1].get("start") or 0, -(t[1].get("end") or 0)))
            last_end = -1
            for i, c in ordered:
                start = c.get("start")
                if isinstance(start, int) and start < last_end:
                    continue  # nested in the previous claim: its own row below
                piece = " ".join(str(c.get("text", "")).split())
                sep = " … " if parts else ""
                pos += len(sep)
                found.append(Span(pos, pos + len(piece), LABEL_TONES.get(str(c.get("label")), "neutral"), str(i)))
                parts.append(sep + piece)
                pos += len(piece)
                end = c.get("end")
                last_end = end if isinstance(end, int) else last_end
            b.add(Marked("".join(parts), tuple(found), legend,
                         "This report does not carry the document's full text: its claims are shown in order, "
                         "… marks text between them; claims inside another claim are in the table below."))
        rows = []
        for i, c in enumerate(claims[:MAX_TABLE_ROWS], start=1):
            lab = str(c.get("label", ""))
            evidence = [e for e in c.get("evidence") or [] if isinstance(e, dict)]
            words = str(c.get("explanation") or "")
            extra = [evidence_phrase(e) for e in evidence if evidence_phrase(e) not in words]
            if extra and lab != "no_attribution":
                head = "Related statements" if lab == "extrapolatory" else "Evidence"
                words = (words + "\n" if words else "") + f"{head}: " + "; ".join(extra[:4])
                if len(extra) > 4:
                    words += f"; and {len(extra) - 4} more"
            sources = sorted({str(e.get("source")) for e in evidence if e.get("source")})
            if sources:
                words += ("\n" if words else "") + "Source: " + ", ".join(sources)
            rows.append(cells(str(i), " ".join(str(c.get("text", "")).split()),
                              Cell(LABEL_NAMES.get(lab, lab), LABEL_TONES.get(lab)), num(c.get("score")),
                              Cell(_cap(words or "—", 900))))
        b.add(Heading("Claims and their evidence"))
        b.add(Table(("#", "Claim", "Verdict", "Score", "Evidence and reason"), tuple(rows),
                    "Score: how strongly the graph supports or contradicts the claim (0–1). Evidence: statements of "
                    "the graph as (subject, relation, object); NOT: the graph states that the relation does not hold.",
                    len(claims) - len(rows)))
    b.add(Heading("How KAS is computed"))
    b.add(Paragraph("KAS = (Σ weight × score of supported claims − 2 × Σ weight × score of contradicted claims) ÷ "
                    "Σ weight of supported, contradicted and undecided claims, clipped to 0–1. A claim's weight is its "
                    "number of content words; a contradiction costs twice what an equally strong supported claim "
                    "earns; claims about entities the graph does not know are left out. 1: everything the graph can "
                    "judge is supported; 0: nothing is, or contradictions outweigh support."))
    method = ("The document was cut into atomic claims; each claim's entities were linked to the graph, and each of "
              "its facts was judged: supported by a path of at most two triples whose relations match the claim's "
              "wording (or a matching literal, or rdf:type / rdfs:subClassOf), denied by a negative statement, a "
              "functional property holding another value, or a disagreeing date or number; undecided otherwise "
              "(open world: a missing fact is not a contradiction).")
    _method(b, method, params)
    statements: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for c in claims:
        for e in c.get("evidence") or []:
            if isinstance(e, dict):
                statements.setdefault((str(e.get("s")), str(e.get("p")), str(e.get("o"))), e)
    if statements:
        listed = list(statements.values())[:MAX_APPENDIX_ROWS]
        iri_rows = tuple(cells(evidence_phrase(e), Cell(str(e.get("s"))), Cell(str(e.get("p"))), Cell(str(e.get("o"))))
                         for e in listed)
        b.add(Appendix("Evidence statements with their IRIs",
                       (Table(("Statement", "Subject", "Relation", "Object"), iri_rows, "",
                              len(statements) - len(listed)),)))
    return summary


# -- fingerprint evaluation -------------------------------------------------------------------------------


def _evaluation(b: _Builder) -> str:
    report = b.report
    res, params, summ = report.result, report.params, report.summary
    goals = res.get("goals") or {}
    attacks = [r for r in res.get("attacks") or [] if isinstance(r, dict)]
    goal_attacks = tuple(goals.get("goal_attacks") or GOAL_ATTACKS)
    thresholds = goals.get("thresholds") or {}
    bit_goal = float(thresholds.get("bit_accuracy", GOAL_BIT_ACC))
    tpr_goal = float(thresholds.get("tpr", GOAL_TPR))
    psnr_goal = float(thresholds.get("psnr_db", GOAL_PSNR_DB))
    met = goals.get("all_met", summ.get("goals_met"))
    n_users, per_user = params.get("n_users"), params.get("per_user")
    quality = res.get("quality") or {}
    max_fpr = summ.get("max_fpr")
    fpr_words = ("no clean image was attributed to anyone" if max_fpr == 0 else
                 f"at most {pct(max_fpr)} of clean images were attributed to someone" if max_fpr is not None else "")
    missing = list(goals.get("missing_attacks") or [])
    failed = [label for key, label in (("clean_bit_accuracy", "bit accuracy"), ("goal_attacks_attributed",
              "attribution under the goal attacks"), ("no_clean_attributed", "no false attribution"),
              ("quality", "image quality"), ("no_removal_handle", "no removal handle"),
              ("copy_attack", "copy attack")) if goals.get(key) is False]
    verdict = ("all goals met" if met else "goals not met: " + ", ".join(failed or ["not every goal attack was run"]))
    summary = (f"Robustness evaluation of the fingerprint model with {num(n_users)} users × {num(per_user)} images "
               f"under {len(attacks)} attacks: {verdict}; attribution accuracy {pct(summ.get('attr_acc_clean'))} "
               f"without attack and at least {pct(summ.get('min_attr_acc_goal_attacks'))} under the goal attacks"
               f"{'; ' + fpr_words if fpr_words else ''}; image quality "
               f"{num(quality.get('psnr', summ.get('psnr_db')))} dB"
               " PSNR.")
    b.add(Banner("All goals met" if met else "Goals not met",
                 ("Bit accuracy, attribution under every goal attack, no false attribution and image quality all "
                  "reach their targets." if met else verdict[0].upper() + verdict[1:] + "."), "good" if met else "bad"))
    b.add(Heading("At a glance"))
    b.kv(known_rows(summ))
    b.add(Heading("Goals"))
    by_name = {str(r.get("attack")): r for r in attacks}
    goal_rows = [by_name[g] for g in goal_attacks if g in by_name]
    clean = by_name.get("none") or {}
    worst_tpr = min((float(r.get("tpr") or 0.0) for r in goal_rows), default=None)
    worst_wrong = max((float(r.get("wrong_attr") or 0.0) for r in goal_rows), default=None)
    checked = [*goal_rows, *([clean] if clean else [])]
    worst_fpr = max((float(r.get("fpr") or 0.0) for r in checked), default=None)

    def mark(v: Any) -> Cell:
        if v is None:
            return Cell("not measured", "neutral")
        return Cell("met" if v else "not met", "good" if v else "bad")

    rows = (
        cells("Bits read correctly, no attack", f"≥ {pct(bit_goal)}", pct(clean.get("bit_acc")),
              mark(goals.get("clean_bit_accuracy"))),
        cells("Fingerprinted images attributed under every goal attack", f"TPR ≥ {pct(tpr_goal)}, none to a wrong user",
              f"lowest TPR {pct(worst_tpr)}; wrong {pct(worst_wrong)}" if worst_tpr is not None else "—",
              mark(goals.get("goal_attacks_attributed"))),
        cells("No clean image attributed (no attack and goal attacks)", "0%", pct(worst_fpr),
              mark(goals.get("no_clean_attributed"))),
        cells("Image quality", f"PSNR ≥ {num(psnr_goal)} dB" + (f", SSIM ≥ {num(thresholds['ssim'])}"
                                                                  if "ssim" in thresholds else ""),
              f"{num(quality.get('psnr'))} dB" + (f", SSIM {num(quality.get('ssim'))}" if "ssim" in thresholds
                                                  else ""),
              mark(goals.get("quality"))),
        *((cells("No single module removes the fingerprint and keeps the image", "no removal handle",
                 f"{len((res.get('security') or {}).get('handles') or [])} handles",
                 mark(goals.get("no_removal_handle"))),
           cells("Copy attack with 6 published images", f"≤ {pct(thresholds.get('copy_framed', 1 / 24))} framed",
                 pct(summ.get("copy6_framed")), mark(goals.get("copy_attack"))))
          if goals.get("no_removal_handle") is not None or goals.get("copy_attack") is not None else ()),
    )
    b.add(Table(("Goal", "Target", "Measured", "Result"), rows,
                f"Goal attacks: {', '.join(goal_attacks)}." + (f" Not run: {', '.join(missing)}." if missing else ""),
                0))
    if attacks:
        names = [str(r.get("attack")) for r in attacks]
        png = bar_chart(names, {"bit accuracy": [r.get("bit_acc") for r in attacks],
                                "attribution accuracy": [r.get("attr_acc") for r in attacks],
                                f"TPR at FPR {pval(params.get('fpr_threshold', 1e-6))}":
                                    [r.get("tpr") for r in attacks]},
                        "share of fingerprinted images", goal=tpr_goal, goal_label=f"goal {pct(tpr_goal)}")
        b.add(Heading("Accuracy under each attack"))
        b.add(Figure(png, "Per attack, the share of fingerprinted images whose bits are read correctly (bit accuracy), "
                          "that are traced to the right user (attribution accuracy), and that are attributed at the "
                          "false-positive threshold (TPR). Dashed: the goal.", "attack accuracy", 180.0))
        trows = []
        for r in attacks:
            goal = str(r.get("attack")) in goal_attacks
            trows.append(cells(str(r.get("attack")) + (" (goal)" if goal else ""), num(r.get("strength")),
                               pct(r.get("bit_acc")), pct(r.get("attr_acc")), pct(r.get("tpr")),
                               Cell(pct(r.get("wrong_attr")), "bad" if (r.get("wrong_attr") or 0) > 0 else None),
                               Cell(pct(r.get("fpr")), "bad" if (r.get("fpr") or 0) > 0 else None),
                               num(r.get("auroc"))))
        b.add(Table(("Attack", "Strength", "Bit accuracy", "Attribution accuracy", "TPR", "Wrong user", "FPR (clean)",
                     "AUROC"), tuple(trows),
                    "TPR: fingerprinted images attributed at the threshold; wrong user: attributed to someone else; "
                    "FPR: clean images attributed to anyone; AUROC: fingerprinted vs clean (1 = perfectly "
                    "separated).", 0))
    curves = res.get("curves") or {}
    series = {}
    for name_, cv in curves.items():
        if isinstance(cv, dict) and cv.get("roc_fpr") and cv.get("roc_tpr"):
            auroc = (by_name.get(str(name_)) or {}).get("auroc")
            label = f"{name_} (AUROC {num(auroc)})" if auroc is not None else str(name_)
            series[label] = (cv["roc_fpr"], cv["roc_tpr"])
    if series:
        b.add(Figure(line_chart(dict(list(series.items())[:10]), "false-positive rate (clean images attributed)",
                                "true-positive rate", ylim=(0.0, 1.02)),
                     "ROC per attack: fingerprinted against clean images, as the attribution threshold varies.",
                     "roc", 180.0))
    if quality:
        b.add(Heading("Image quality"))
        b.kv((Row("PSNR, mean", num(quality.get("psnr")), "dB", "fingerprinted vs the same image without; higher = "
                  "less visible"),
              Row("PSNR, worst image", num(quality.get("psnr_min")), "dB"),
              Row("SSIM, mean", num(quality.get("ssim")), "", "structural similarity, 1 = identical")))
    sec = res.get("security") or {}
    if sec:
        _security_section(b, sec)
    if not attacks:  # an older report: its own plots
        figs = tuple(artifact_figure(a, a.name, 120.0) for a in _pngs(b.artifacts).values())
        if figs:
            b.used.update(f.name for f in figs)
            b.add(Gallery(figs))
    method = (f"Codes for {num(n_users)} users were drawn as the registry draws them (nobody is enrolled); "
              f"{num(per_user)} images per user were generated with their fingerprints, and "
              f"{num(params.get('n_clean'))} clean images without. Each attack was applied to every image and the "
              "images traced as a real trace would.")
    _method(b, method, params, skip=("attacks",))
    return summary


def _security_section(b: _Builder, sec: dict[str, Any]) -> None:
    """The attacks on the mark itself (``fingerprint evaluate --security``)."""
    b.add(Heading("Attacks on the fingerprint itself"))
    surgery = [r for r in sec.get("surgery") or [] if isinstance(r, dict)]
    handles = list(sec.get("handles") or [])
    destroyed = (sec.get("thresholds") or {}).get("destroyed_db", 28.0)
    if surgery:
        kept = sum(r.get("verdict") == "kept" for r in surgery)
        dead = sum(r.get("verdict") == "destroyed" for r in surgery)
        b.add(Paragraph(f"Weight surgery: each of the {len(surgery)} modules of one user's exported generator that own "
                        f"parameters was zeroed in turn. {kept} leave the fingerprint (still attributed), {dead} "
                        f"destroy the image (below {num(destroyed)} dB against the export's own output), and "
                        f"{len(handles)} remove the fingerprint while the image survives (removal handles)"
                        + (f": {', '.join(handles)}." if handles else ".")))
        rows = [cells(Cell(str(r.get("module")), mono=True), num(r.get("params")), f"{num(r.get('psnr_db'))} dB",
                      pct(r.get("attributed")),
                      Cell(str(r.get("verdict")), {"kept": "good", "destroyed": "neutral", "handle": "bad"}.get(
                          str(r.get("verdict")))))
                for r in surgery if r.get("verdict") == "handle"]
        if rows:
            b.add(Table(("Module zeroed", "Parameters", "PSNR vs export", "Still attributed", "Verdict"),
                        tuple(rows), "The removal handles (all modules are in the JSON export).", 0))
    other = [("weights", "Weights"), ("copy", "Copy attack"), ("regeneration", "Regeneration")]
    rows = []
    for key, label in other:
        for r in sec.get(key) or []:
            if isinstance(r, dict):
                rows.append(cells(label, str(r.get("attack")), num(r.get("n")), pct(r.get("right")),
                                  f"{num(r.get('psnr_db'))} dB" if r.get("psnr_db") is not None else "—"))
    if rows:
        b.add(Table(("Kind", "Attack", "Images", "Attributed (copy: framed)", "PSNR"), tuple(rows),
                    "Weights: the export after the change, still attributed to its user. Copy attack: the mean "
                    "high-pass residual of N published images of one user pasted on other images; the share "
                    "attributed to that user (framed). Regeneration: attributed to the right user after the pass.",
                    0))
    col = sec.get("collusion") or {}
    if col:
        b.add(Paragraph(f"Collusion: two users average their exports; the images are attributed to one of them "
                        f"{pct((col.get('user_a') or 0) + (col.get('user_b') or 0))}, to someone else "
                        f"{pct(col.get('someone_else'))}, to no one {pct(col.get('no_one'))}."))


# -- environment and anything else ------------------------------------------------------------------------


def _environment(b: _Builder) -> str:
    report = b.report
    s, res = report.summary, report.result
    summary = (f"Environment of this Attest installation: Attest {s.get('attest', '?')} on Python "
               f"{s.get('python', '?')}, compute device {s.get('device', '?')}, PyTorch {s.get('torch', '?')}; "
               f"{num(s.get('assets', len(report.inputs)))} bundled assets listed with their SHA-256.")
    b.add(Heading("At a glance"))
    b.kv(known_rows(s))
    packages = res.get("packages") or {}
    if packages:
        b.add(Heading("Packages"))
        b.add(Table(("Package", "Version"), tuple(cells(k, v if v is not None else "not installed")
                                                  for k, v in packages.items()), "", 0))
    device = res.get("device") or {}
    if device:
        b.add(Heading("Compute device"))
        rows = []
        for k, v in device.items():
            if k == "memory_free_bytes" and isinstance(v, (int, float)):
                rows.append(Row("Free memory", num(round(v / 2**30, 2)), "GiB"))
            else:
                rows.append(Row(humanise(k), num(v)))
        b.kv(rows)
    if res.get("platform"):
        b.kv((Row("Platform", str(res["platform"])),))
    return summary


def _generic(b: _Builder) -> str:
    report = b.report
    kind = KIND_NAMES.get(report.kind, report.kind)
    items = [f"{humanise(k)} {value_text(k, v)[0]}" for k, v in list(report.summary.items())[:6]
             if not isinstance(v, (dict, list))]
    summary = (f"{kind[:1].upper() + kind[1:]} report: " + "; ".join(items) + "." if items
               else f"{kind[:1].upper() + kind[1:]} report.")
    b.add(Heading("Summary"))
    b.add(*generic_blocks(report.summary))
    figs = tuple(artifact_figure(a, a.name) for a in _pngs(b.artifacts).values())
    if figs:
        b.used.update(f.name for f in figs)
        b.add(Heading("Figures"), Gallery(figs))
    b.add(Heading("Result"))
    b.add(*generic_blocks(report.result))
    _method(b, "", report.params)
    return summary


KIND_BUILDERS: Final = {"causal": _causal, "trace": _trace, "verify": _verify, "fingerprint-eval": _evaluation,
                        "environment": _environment}
