"""PDF export without Qt: the HTML's sections in order, readable nested data, figures, fonts, atomic writes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.draft import ArtifactDraft, ReportDraft
from core.errors import AttestError
from engine.reports.export import to_html
from engine.reports.pdf import CORE_FONTS, find_fonts, to_pdf, write_pdf
from engine.reports.store import ReportStore
from tests.reports.pdftext import own_pdf_text, pdf_text, words

A4 = (595.28, 841.89)  # points
MARGIN_PT = 15 / 25.4 * 72
IRI = "http://www.wikidata.org/entity/Q90/" + "segment/" * 12 + "end"
CLAIM = "Paris est la capitale de la France — Париж столица Франции — Το Παρίσι"


def _png(w: int, h: int, colour: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(buf, format="PNG")
    return buf.getvalue()


def _save(tmp_path: Path, **changes) -> tuple[ReportStore, int]:
    fields = {
        "kind": "verify",
        "title": "Claims in the press release «Élysée»",
        "params": {"threshold": 0.5, "model": "all-MiniLM-L6-v2", "nested": {"depth": {"two": [1, 2, 3]}}},
        "inputs": {"document press.txt": "ab" * 32, "graph kg.ttl": "cd" * 32},
        "summary": {"claims": 150, "kas": 0.7512, "verdict": "mostly attributable"},
        "result": {
            "claims": [{"text": f"{CLAIM} #{i}", "label": "attributable", "score": i / 150,
                        "evidence": {"subject": IRI, "predicate": "http://schema.org/capital"}} for i in range(150)],
            "scores": list(range(260)),
            "per_node": {f"conv1:{i}": {"effect": 0.1 * i, "p_value": 1e-9, "test": "unit"} for i in range(6)},
        },
        "artifacts": (ArtifactDraft("deletion curve.png", "image/png", _png(900, 500)),
                      ArtifactDraft("map.png", "image/png", _png(272, 144, (200, 40, 40))),
                      ArtifactDraft("broken.png", "image/png", b"\x89PNG\r\n\x1a\nnot really"),
                      ArtifactDraft("evidence.graphml", "application/graphml+xml", b"<graphml/>")),
    }
    fields.update(changes)
    store = ReportStore(tmp_path / "p.db", device="cpu (test)")
    return store, store.save(ReportDraft(**fields))


def _pdf(tmp_path: Path, name: str = "r.pdf", **changes) -> tuple[ReportStore, int, Path]:
    store, rid = _save(tmp_path, **changes)
    out = write_pdf(store.get(rid), store.artifacts(rid), tmp_path / name)
    return store, rid, out


@pytest.fixture(scope="module")
def typical(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReportStore, int, Path]:
    """The default report as PDF, drawn once for the tests that only read it."""
    return _pdf(tmp_path_factory.mktemp("typical"))


def _streams(raw: bytes) -> list[bytes]:
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        data = m.group(2)
        length = re.search(rb"/Length\s+(\d+)\b", m.group(1))
        if length is not None:  # the stream's own length: its last byte may be a CR that the pattern took
            data = raw[m.start(2) : m.start(2) + int(length.group(1))]
        out.append(zlib.decompress(data) if b"/FlateDecode" in m.group(1) else data)
    return out


def test_sections_follow_the_html_in_the_same_order(typical: tuple[ReportStore, int, Path]) -> None:
    store, rid, out = typical
    report = store.get(rid)
    text = words(pdf_text(out))
    html_sections = re.findall(r"<h2>(.*?)</h2>", to_html(report, store.artifacts(rid)))
    assert html_sections == ["Summary", "Figures", "Parameters", "Inputs (SHA-256)", "Result", "Other artifacts",
                             "Tamper evidence"]
    positions = [text.index(h) for h in html_sections]
    assert positions == sorted(positions)
    assert text.startswith("Claims in the press release «Élysée»")
    assert f"Attest report #{rid} · verify" in text and "device cpu (test)" in text
    for shown in ("claims 150", "kas 0.7512", "verdict mostly attributable", "threshold 0.5"):
        assert shown in text
    assert "nested › depth › two 1, 2, 3" in text
    assert "document press.txt " + "ab" * 32 in text  # a digest stays whole on one line
    for digest in (report.hash, report.body_sha256, report.prev_hash):
        assert digest in text
    assert "evidence.graphml application/graphml+xml 10" in text  # other artifacts: name, type, bytes


def test_long_lists_are_cut_with_a_pointer_to_the_json(typical: tuple[ReportStore, int, Path]) -> None:
    _store, _rid, out = typical
    text = words(pdf_text(out))
    assert "50 more rows in the JSON export" in text  # 150 claims, 100 shown
    assert f"{CLAIM} #99" in text and f"{CLAIM} #100" not in text
    assert "(160 more in the JSON export)" in text  # 260 scores, 100 shown
    assert "conv1:5 0.5 1e-09 unit" in text  # a dict of flat dicts is a table, a row per entry


def test_unicode_text_renders_and_missing_glyphs_are_marked(tmp_path: Path) -> None:
    if not find_fonts().unicode:
        pytest.skip("no Unicode TrueType font installed (fonts-dejavu-core on Debian)")
    _store, _rid, out = _pdf(tmp_path, title="Claim check: 北京 and Αθήνα")
    text = words(pdf_text(out))
    assert f"{CLAIM} #1" in text
    # a character no installed font has is replaced visibly, never dropped
    assert "Claim check: 北京 and Αθήνα" in text or "Claim check: \ufffd\ufffd and Αθήνα" in text


def test_core_fonts_keep_latin1_and_replace_the_rest(tmp_path: Path) -> None:
    store, rid = _save(tmp_path)
    out = write_pdf(store.get(rid), store.artifacts(rid), tmp_path / "core.pdf", fonts=CORE_FONTS)
    text = words(pdf_text(out))
    assert text.startswith("Claims in the press release «Élysée»")
    assert "Paris est la capitale de la France - ?????" in text


def test_figures_are_embedded_within_the_page_width(typical: tuple[ReportStore, int, Path]) -> None:
    _store, _rid, out = typical
    raw = out.read_bytes()
    assert len(re.findall(rb"/Subtype\s*/Image", raw)) == 2  # the two real PNGs; the broken one is noted
    placed = []
    for stream in _streams(raw):
        for w, h, x, y in re.findall(rb"([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*/I\w*\d+ Do", stream):
            placed.append(tuple(float(v) for v in (w, h, x, y)))
    assert len(placed) == 2
    for w, h, x, y in placed:
        assert x >= MARGIN_PT - 0.5 and x + w <= A4[0] - MARGIN_PT + 0.5
        assert y >= MARGIN_PT - 0.5 and y + h <= A4[1] - MARGIN_PT + 0.5
    widths = sorted(w for w, _h, _x, _y in placed)
    assert widths[1] == pytest.approx(A4[0] - 2 * MARGIN_PT, abs=0.5)  # the 900-px figure: scaled to the page
    assert widths[0] < widths[1] / 2  # the small map keeps about its own size
    assert "broken.png: not a readable PNG" in words(pdf_text(out))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="word positions need poppler's pdftotext -bbox")
def test_no_text_leaves_the_page(tmp_path: Path) -> None:
    wide = [{f"column number {j}": f"value-{j}-" + "x" * (j * 3) for j in range(14)} for _ in range(3)]
    _store, _rid, out = _pdf(tmp_path, result={
        "wide": wide, "iri": IRI * 3, "hash list": ["ab" * 32] * 4, "one long word": "y" * 5000,
        "lines": "\n".join(f"line {i}" for i in range(200)), "claims": [{"evidence": [IRI] * 5}],
    })
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True).stdout
    boxes = [tuple(float(v) for v in m) for m in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html)]
    assert len(boxes) > 100
    for x0, y0, x1, y1 in boxes:
        assert x0 >= MARGIN_PT - 1 and x1 <= A4[0] - MARGIN_PT + 1, (x0, x1)
        assert y0 >= 0 and y1 <= A4[1], (y0, y1)
    assert "wide (part 1 of 3)" in words(pdf_text(out))  # 14 columns do not fit: split, repeating the first


def test_a4_pages_written_atomically(tmp_path: Path) -> None:
    store, rid = _save(tmp_path)
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    write_pdf(store.get(rid), store.artifacts(rid), out)
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF-") and raw.rstrip().endswith(b"%%EOF")
    boxes = re.findall(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", raw)
    assert boxes and {(float(w), float(h)) for w, h in boxes} == {A4}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.pdf.")] == []


def test_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    store, rid = _save(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(AttestError) as exc:
        write_pdf(store.get(rid), store.artifacts(rid), blocker / "r.pdf")
    assert "cannot write" in str(exc.value) and "\n" not in str(exc.value)


def test_redacted_report(tmp_path: Path) -> None:
    store, rid = _save(tmp_path)
    store.delete(rid)
    text = words(pdf_text(write_pdf(store.get(rid), store.artifacts(rid), tmp_path / "red.pdf")))
    assert "redacted by its owner" in text and "Summary (none)" in text and "Figures" not in text


def test_own_text_reader_agrees_with_poppler(typical: tuple[ReportStore, int, Path]) -> None:
    """The fallback reader used where pdftotext is missing sees the same words."""
    if not shutil.which("pdftotext"):
        pytest.skip("nothing to compare with: pdftotext is not installed")
    _store, _rid, out = typical
    mine, poppler = words(own_pdf_text(out.read_bytes())), words(pdf_text(out))
    assert sorted(mine.split()) == sorted(poppler.split())


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=80)),
    lambda inner: st.one_of(st.lists(inner, max_size=8), st.dictionaries(st.text(max_size=15), inner, max_size=6)),
    max_leaves=40,
)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(min_size=1, max_size=80).filter(lambda t: t.strip() and "\n" not in t),
       result=st.dictionaries(st.text(max_size=15), json_values, max_size=6))
def test_any_report_content_gives_a_pdf(tmp_path: Path, title: str, result: dict) -> None:
    store = ReportStore(tmp_path / "fuzz.db")
    rid = store.save(ReportDraft("verify", title, {}, {}, {}, result))
    raw = to_pdf(store.get(rid), [])
    assert raw.startswith(b"%PDF-") and raw.rstrip().endswith(b"%%EOF")
    store.close()
