"""PDF export without Qt: the report document's sections in the HTML's order, on A4 and Letter, nothing off the
page, figures in the text width, fonts, atomic writes; the demo-sized causal report in at most 10 pages."""

from __future__ import annotations

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
from engine.reports.document import Heading, build_document
from engine.reports.export import to_html
from engine.reports.pdf import CORE_FONTS, PAPERS, find_fonts, to_pdf, write_pdf
from engine.reports.store import ReportStore
from tests.reports.pdftext import own_pdf_text, pdf_text, words
from tests.reports.test_documents import causal_demo_sized, causal_draft, png, saved, verify_draft

PT = 72 / 25.4
SIZES = {name: (round(w * PT, 2), round(h * PT, 2)) for name, (w, h) in PAPERS.items()}
MARGIN_PT = 15 * PT
IRI = "http://www.wikidata.org/entity/Q90/" + "segment/" * 12 + "end"
CLAIM = "Paris est la capitale de la France — Париж столица Франции — Το Παρίσι"
POPPLER = pytest.mark.skipif(not shutil.which("pdftotext"), reason="word positions need poppler's pdftotext -bbox")


def _many_claims(n: int = 150) -> ReportDraft:
    """A verify report with ``n`` claims in three scripts and long IRIs in their evidence."""
    draft = verify_draft()
    claims = []
    for i in range(n):
        c = dict(draft.result["claims"][i % 5])
        c.update(text=f"{CLAIM} #{i}", start=None, end=None,
                 evidence=[{**e, "s": IRI, "o": IRI + str(i)} for e in c["evidence"]])
        claims.append(c)
    return ReportDraft(draft.kind, "Claims in the press release «Élysée»", draft.params, draft.inputs,
                       {**draft.summary, "claims": n}, {"kas": 0.2, "claims": claims},
                       artifacts=(ArtifactDraft("evidence.graphml", "application/graphml+xml", b"<graphml/>"),))


def _hostile_wide() -> ReportDraft:
    """A report of a kind this version does not know (the generic layout) with everything that could overflow."""
    wide = [{f"column number {j}": f"value-{j}-" + "x" * (j * 3) for j in range(14)} for _ in range(3)]
    return ReportDraft("environment", "A kind this version does not know", {"iri": IRI * 2}, {"a" * 300: "ab" * 32},
                       {"one long word": "y" * 400},
                       {"wide": wide, "iri": IRI * 3, "hash_list": ["ab" * 32] * 4, "one long word": "y" * 5000,
                        "lines": "\n".join(f"line {i}" for i in range(200)), "claims": [{"evidence": [IRI] * 5}]},
                       artifacts=(ArtifactDraft("wide.png", "image/png", png(2400, 300)),
                                  ArtifactDraft("tall.png", "image/png", png(200, 3000)),
                                  ArtifactDraft("broken.png", "image/png", b"\x89PNG\r\n\x1a\nnot really")))


@pytest.fixture(scope="module")
def typical(tmp_path_factory: pytest.TempPathFactory):
    """The 150-claim verify report as PDF, drawn once for the tests that only read it."""
    tmp = tmp_path_factory.mktemp("typical")
    store, report, artifacts = saved(tmp, _many_claims())
    return report, artifacts, write_pdf(report, artifacts, tmp / "r.pdf", key_id="5e" * 32)


def _streams(raw: bytes) -> list[bytes]:
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        data = m.group(2)
        length = re.search(rb"/Length\s+(\d+)\b", m.group(1))
        if length is not None:  # the stream's own length: its last byte may be a CR that the pattern took
            data = raw[m.start(2) : m.start(2) + int(length.group(1))]
        out.append(zlib.decompress(data) if b"/FlateDecode" in m.group(1) else data)
    return out


def _boxes(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, every word's box (points) and text, from poppler."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), html_unescape(t)) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)])
    return pages


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


def test_sections_follow_the_html_in_the_same_order(typical) -> None:
    report, artifacts, out = typical
    text = words(pdf_text(out))
    html_sections = re.findall(r"<h2>(.*?)</h2>", to_html(report, artifacts))
    assert html_sections[:2] == ["At a glance", "The document, claims highlighted"]
    assert html_sections[-3:] == ["Inputs (SHA-256)", "Tamper evidence",
                                  "Appendix: Evidence statements with their IRIs"]
    positions = [text.index(h.replace("&#x27;", "'")) for h in html_sections]
    assert positions == sorted(positions)
    assert text.startswith("Claims in the press release «Élysée»")
    assert f"Attest report #{report.id} · claim verification" in text and "device cpu (test)" in text
    assert "kg demo.ttl " + "64" * 32 in text  # a digest stays whole on one line
    for digest in (report.hash, report.body_sha256, report.prev_hash, "5e" * 32):
        assert digest in text


def test_long_lists_are_cut_with_a_pointer_to_the_json(typical) -> None:
    _report, _artifacts, out = typical
    text = words(pdf_text(out))
    assert "50 more rows in the JSON export" in text  # 150 claims, 100 shown
    # the claims table (after the document with every claim highlighted) stops at #99, then points to the JSON
    table = text[text.rindex(f"{CLAIM} #99 "):]
    assert "50 more rows in the JSON export" in table and f"{CLAIM} #100 " not in table


def test_unicode_text_renders_and_missing_glyphs_are_marked(tmp_path: Path) -> None:
    if not find_fonts().unicode:
        pytest.skip("no Unicode TrueType font installed (fonts-dejavu-core on Debian)")
    draft = _many_claims(3)
    draft = ReportDraft(draft.kind, "Claim check: 北京 and Αθήνα", draft.params, draft.inputs, draft.summary,
                        draft.result)
    _store, report, artifacts = saved(tmp_path, draft)
    text = words(pdf_text(write_pdf(report, artifacts, tmp_path / "u.pdf")))
    assert f"{CLAIM} #1" in text
    # a character no installed font has is replaced visibly, never dropped
    assert "Claim check: 北京 and Αθήνα" in text or "Claim check: \ufffd\ufffd and Αθήνα" in text


def test_core_fonts_keep_latin1_and_replace_the_rest(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, _many_claims(3))
    text = words(pdf_text(write_pdf(report, artifacts, tmp_path / "core.pdf", fonts=CORE_FONTS)))
    assert text.startswith("Claims in the press release «Élysée»")
    assert "Paris est la capitale de la France - ?????" in text


@POPPLER
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_nothing_leaves_the_page(paper: str, tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, _hostile_wide())
    out = write_pdf(report, artifacts, tmp_path / f"{paper}.pdf", paper=paper)
    raw = out.read_bytes()
    width, height = SIZES[paper]
    assert {(float(w), float(h)) for w, h in re.findall(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", raw)} == \
        {(width, height)}
    boxes = [b for page in _boxes(out) for b in page]
    assert len(boxes) > 100
    for x0, y0, x1, y1, word in boxes:
        assert x0 >= MARGIN_PT - 1 and x1 <= width - MARGIN_PT + 1, (x0, x1, word)
        assert y0 >= 0 and y1 <= height, (y0, y1, word)
    placed = [tuple(float(v) for v in m) for s in _streams(raw)
              for m in re.findall(rb"([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*/I\w*\d+ Do", s)]
    assert len(placed) == 2  # the two real PNGs; the broken one is listed, not drawn
    for w, h, x, y in placed:
        assert x >= MARGIN_PT - 0.5 and x + w <= width - MARGIN_PT + 0.5
        assert y >= MARGIN_PT - 0.5 and y + h <= height - MARGIN_PT + 0.5
    assert max(w for w, _h, _x, _y in placed) == pytest.approx(width - 2 * MARGIN_PT, abs=0.5)  # scaled to the width
    text = words(pdf_text(out))
    assert "Part 1 of 3" in text  # 14 columns do not fit: split, repeating the first
    assert "Rows checked" not in text and "Hash list" in text  # humanised keys


@POPPLER
def test_a_heading_is_never_the_last_line_of_a_page(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, causal_draft((5, 6, 4), maps=9, inputs=60))
    out = write_pdf(report, artifacts, tmp_path / "c.pdf")
    headings = {h.text for h in build_document(report, artifacts).blocks if isinstance(h, Heading)}
    pages = _boxes(out)
    assert len(pages) >= 3
    for page in pages:
        body = [b for b in page if b[1] < SIZES["a4"][1] - 12 * PT]  # not the footer
        last_y = max(b[1] for b in body)
        last_line = " ".join(b[4] for b in sorted(body, key=lambda b: b[0]) if abs(b[1] - last_y) < 2)
        assert last_line not in headings, last_line


def test_letter_and_a4_pages_written_atomically(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, verify_draft())
    for paper in ("a4", "letter"):
        out = tmp_path / f"r-{paper}.pdf"
        out.write_bytes(b"old")
        write_pdf(report, artifacts, out, paper=paper)
        raw = out.read_bytes()
        assert raw.startswith(b"%PDF-") and raw.rstrip().endswith(b"%%EOF")
        boxes = re.findall(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", raw)
        assert {(float(w), float(h)) for w, h in boxes} == {SIZES[paper]}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r-")] == []
    with pytest.raises(AttestError, match="unknown paper size 'a3'"):
        to_pdf(report, artifacts, paper="a3")


def test_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, verify_draft())
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(AttestError) as exc:
        write_pdf(report, artifacts, blocker / "r.pdf")
    assert "cannot write" in str(exc.value) and "\n" not in str(exc.value)


def test_redacted_report(tmp_path: Path) -> None:
    store, report, _artifacts = saved(tmp_path, verify_draft())
    store.delete(report.id)
    text = words(pdf_text(write_pdf(store.get(report.id), store.artifacts(report.id), tmp_path / "red.pdf")))
    assert "This report was redacted by its owner" in text and "Tamper evidence" in text
    assert "Claims and their evidence" not in text


def test_own_text_reader_agrees_with_poppler(typical) -> None:
    """The fallback reader used where pdftotext is missing sees the same words."""
    if not shutil.which("pdftotext"):
        pytest.skip("nothing to compare with: pdftotext is not installed")
    _report, _artifacts, out = typical
    mine, poppler = words(own_pdf_text(out.read_bytes())), words(pdf_text(out))
    assert sorted(mine.split()) == sorted(poppler.split())


def test_demo_sized_causal_report_fits_in_ten_pages(tmp_path: Path) -> None:
    """87 units in 4 layers, 745 connections, 62 maps, 100 inputs (the demo's causal report had 20 pages, 54 in the
    issue): at most 10 pages on A4 and on Letter."""
    _store, report, artifacts = saved(tmp_path, causal_demo_sized())
    for paper in ("a4", "letter"):
        raw = to_pdf(report, artifacts, paper=paper)
        pages = len(re.findall(rb"/Type\s*/Page\b", raw))
        assert 3 <= pages <= 10, (paper, pages)


def test_demo_sized_causal_document_is_capped(tmp_path: Path) -> None:
    """What keeps the demo causal report short, without drawing it: the tables and figures are capped, the raw
    data is in the JSON export."""
    _store, report, artifacts = saved(tmp_path, causal_demo_sized())
    doc = build_document(report, artifacts)
    assert len(doc.figures()) == 1 + 8 + 1  # the graph, 8 of the 62 maps, the deletion curves
    page = to_html(report, artifacts)
    assert page.count("<img ") == 10 and page.count("<tr>") < 220
    assert "62 more rows in the JSON export" not in page and "more rows in the JSON export" in page


# control characters and Latin text: what the main font lacks is the unicode test's (loading the wide fallback
# faces costs more than a report)
TEXT = st.characters(max_codepoint=0x24F)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(TEXT, max_size=80)),
    lambda inner: st.one_of(st.lists(inner, max_size=8),
                            st.dictionaries(st.text(TEXT, max_size=15), inner, max_size=6)),
    max_leaves=40,
)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(TEXT, min_size=1, max_size=80).filter(lambda t: t.strip() and "\n" not in t),
       kind=st.sampled_from(["verify", "causal", "trace", "fingerprint-eval", "environment"]),
       result=st.dictionaries(st.text(TEXT, max_size=15), json_values, max_size=6))
def test_any_report_content_gives_a_pdf(tmp_path: Path, title: str, kind: str, result: dict) -> None:
    store = ReportStore(tmp_path / "fuzz.db")
    rid = store.save(ReportDraft(kind, title, {}, {}, {}, result))
    raw = to_pdf(store.get(rid), [])
    assert raw.startswith(b"%PDF-") and raw.rstrip().endswith(b"%%EOF")
    store.close()
