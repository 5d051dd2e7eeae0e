"""The report document per kind: the summary sentence first with the verdict, the evidence a reader needs,
human labels and units, then method, inputs, tamper evidence; the same in HTML and PDF.

The reports are built here directly through the store, shaped like the features' drafts (see the
``ReportDraft(`` calls in engine/causal/report.py, engine/fingerprint/*.py, kg/report.py), small enough
for the default suite; ``causal_demo_sized`` has the demo causal report's sizes.
"""

from __future__ import annotations

import dataclasses
import io
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from core.draft import ArtifactDraft, ReportDraft
from engine.reports.document import (
    TONES,
    Banner,
    Figure,
    Gallery,
    Heading,
    KeyValues,
    Marked,
    Table,
    build_document,
    evidence_phrase,
    humanise,
    line_chart,
)
from engine.reports.export import to_html
from engine.reports.pdf import to_pdf
from engine.reports.store import ReportStore
from tests.reports.pdftext import own_pdf_text, words

KEY_ID = "5e" * 32


def png(w: int, h: int, colour: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(buf, format="PNG")
    return buf.getvalue()


def causal_draft(n_per_layer: tuple[int, ...] = (5, 6, 4), maps: int = 4, inputs: int = 6, edges: int = 30,
                 text: bool = False, seed: int = 0) -> ReportDraft:
    rng = random.Random(seed)
    layers = ["conv1", "conv2", "fc1"][: len(n_per_layer)] if len(n_per_layer) <= 3 else \
        [f"conv{i + 1}" for i in range(len(n_per_layer) - 1)] + ["fc1"]
    if text:
        layers = [f"bert.encoder.layer.{i}.attention.self" for i in range(len(n_per_layer))]
    nodes = []
    for L, n in zip(layers, n_per_layer, strict=True):
        for u in range(n):
            eff = rng.uniform(-4, 12) if u else 11.4 if layers.index(L) == 0 else rng.uniform(1, 3)
            nodes.append({"id": f"{L}:{u}", "layer": L, "unit": u, "effect": eff, "ci": [eff - 0.3, eff + 0.3],
                          "p_value": 1e-9})
    by_layer = {L: [x for x in nodes if x["layer"] == L] for L in layers}
    edge_list = [{"source": x["id"], "target": "output:0", "effect": rng.uniform(-2, 3), "q_value": 1e-6,
                  "significant": True} for x in by_layer[layers[-1]]]
    while len(edge_list) < edges:
        i = rng.randrange(len(layers) - 1)
        s, t = rng.choice(by_layer[layers[i]]), rng.choice(by_layer[layers[i + 1]])
        edge_list.append({"source": s["id"], "target": t["id"], "effect": rng.uniform(-1, 1), "q_value": 0.01,
                          "significant": rng.random() > 0.1})
    strongest = max(nodes, key=lambda x: abs(x["effect"]))
    metrics = {
        "samples": {"images": 32, "classified_as_target": 32, "used": 32},
        "intervention": "zero", "alpha": 0.05,
        "layer_stats": {L: {"units": n * 2, "tested": n * 2, "kept": n, "test": "path"}
                        for L, n in zip(layers, n_per_layer, strict=True)},
        "node_details": {x["id"]: {"q_value": 1e-8, "prob_effect": 9.66e-06, "prob_ci": [-1e-5, 3e-5]}
                         for x in nodes},
        "observed": {"mean_target_logit": 16.7, "mean_target_prob": 0.99999998, "mean_margin": 21.2},
        "unit_effects": {L: {"unit": list(range(n * 2)), "effect": [0.1] * (n * 2)}
                         for L, n in zip(layers, n_per_layer, strict=True)},
        "map_corner_share": {strongest["id"]: {"top_left": 0.95, "top_right": 0.02, "bottom_left": 0.02,
                                               "bottom_right": 0.01}},
        "deletion": {"layer": layers[-1], "x": [i / 32 for i in range(33)],
                     "prob": {"causal": [max(0.0, 1 - 4 * i / 32) for i in range(33)],
                              "random": [1 - 0.2 * i / 32 for i in range(33)]},
                     "auc": {"causal": 0.0934, "random": 0.8982}},
        "stability": {"bootstrap_reps": 20, "bootstrap": {L: {"test": "path", "kept_mean_rate": 0.99,
                                                              "rate": {str(u): 1.0 for u in range(n)}}
                                                          for L, n in zip(layers, n_per_layer, strict=True)}},
        "agreement": {L: {"tau_causal_activation": 0.5, "tau_causal_gradient": 1.0} for L in layers},
        "robustness": {"sigma": 0.02, "perturbations": 10, "samples": 3,
                       "mean": {"causal": 0.024, "saliency": 0.47, "integrated_gradients": 0.7}},
    }
    arts = [ArtifactDraft("graph.graphml", "application/graphml+xml", b"<graphml/>" * 50),
            ArtifactDraft("deletion.png", "image/png", png(460, 320))]
    for x in sorted(nodes, key=lambda x: -abs(x["effect"]))[:maps]:
        name = ("tokens-" if text else "map-") + re.sub(r"[^A-Za-z0-9_.-]+", "_", x["id"]) + ".png"
        arts.append(ArtifactDraft(name, "image/png", png(640 if text else 272, 120 if text else 144)))
    params = {"target": 0, "layers": [], "intervention": "zero", "samples": 100, "alpha": 0.05, "min_effect": 0.05,
              "model": "bundled Clever-Hans demo CNN", "model_kind": "huggingface-text" if text else "safetensors",
              "class_name": "ring", "seed": 0, "bootstrap": 20}
    return ReportDraft(
        kind="causal", title="Model audit (demo): the Clever-Hans CNN, class 0 (ring)", params=params,
        inputs={"model demo_cnn.safetensors": "40" * 32, **{f"image ring_{i:03d}.png": f"{i:064x}"
                                                               for i in range(inputs)}},
        summary={"target": 0, "nodes": len(nodes), "edges": len(edge_list), "samples": 32, "intervention": "zero",
                 "deletion AUC causal": 0.0934, "deletion AUC random": 0.8982, "execution": "split"},
        result={"target": 0, "layers": layers, "nodes": nodes, "edges": edge_list, "metrics": metrics},
        artifacts=tuple(arts))


def causal_demo_sized() -> ReportDraft:
    """The demo causal report's sizes: 87 units in 4 layers, 745 edges, 62 maps, 100 inputs."""
    return causal_draft((15, 28, 26, 18), maps=62, inputs=100, edges=745)


def trace_draft(results: list[dict] | None = None, artifacts: tuple[ArtifactDraft, ...] = ()) -> ReportDraft:
    cands = [{"user": "alice", "distance": 0, "p_value": 3.55e-15}, {"user": "demo-user-0223", "distance": 13,
                                                                       "p_value": 4.8e-4}]
    results = results if results is not None else [
        {"image": "/data/alice_forest.png", "user": "alice", "verdict": "attributed", "bit_accuracy": 1.0,
         "p_value": 3.56e-11, "candidates": cands, "sha256": "aa" * 32},
        {"image": "/data/unfingerprinted.png", "user": None, "verdict": "no_fingerprint", "bit_accuracy": 0.729167,
         "p_value": 1.0, "candidates": cands[1:], "sha256": "bb" * 32},
        {"image": "/data/thumbnail_1x1.png", "verdict": "error", "error": "the image is 1x1 pixels, too small"},
    ]
    traced = [r for r in results if r["verdict"] != "error"]
    counts = {v: sum(r["verdict"] == v for r in traced) for v in ("attributed", "inconclusive", "no_fingerprint")}
    return ReportDraft(
        kind="trace", title=f"Trace of {len(traced)} image(s)",
        params={"tta": False, "search": True, "fpr_threshold": 1e-6, "chance_level": 0.01, "top": 5,
                "rule": "weighted", "search_views": 10, "registry_users": 1003, "registry_sha256": "cc" * 32,
                "k": 48, "model_sha256": "dd" * 32},
        inputs={f"image {r['image']}": r.get("sha256", "ee" * 32) for r in traced},
        summary={"images": len(traced), **counts, "not_traced": len(results) - len(traced), "registry_users": 1003},
        result={"results": results}, artifacts=artifacts)


DOCUMENT = ("Marie Curie was born in Warsaw. Einstein won the Nobel Prize in Chemistry. Pluto is a planet. "
            "He played the violin. Mozart was born in Salzburg.")


def _claim(text: str, label: str, evidence: list[dict], explanation: str) -> dict:
    start = DOCUMENT.index(text)
    return {"text": text, "start": start, "end": start + len(text), "label": label, "score": 1.0,
            "evidence": evidence, "explanation": explanation}


def _triple(s: str, p: str, o: str, negated: bool = False) -> dict:
    iri = "http://example.org/attest/"
    return {"s": iri + s.replace(" ", ""), "p": iri + p.replace(" ", ""), "o": iri + o.replace(" ", ""),
            "s_label": s, "p_label": p, "o_label": o, "source": "demo.ttl", "negated": negated}


def verify_draft(with_document: bool = True) -> ReportDraft:
    claims = [
        _claim("Marie Curie was born in Warsaw", "attributable", [_triple("Marie Curie", "place of birth", "Warsaw")],
               "Supported by (Marie Curie, place of birth, Warsaw)."),
        _claim("Einstein won the Nobel Prize in Chemistry", "contradictory",
               [_triple("Albert Einstein", "award received", "Nobel Prize in Chemistry", negated=True)],
               "Contradicted: a negative property assertion in the graph."),
        _claim("Pluto is a planet", "contradictory", [_triple("Pluto", "is a", "planet", negated=True)],
               "Contradicted: a negative property assertion in the graph."),
        _claim("He played the violin", "extrapolatory", [_triple("Albert Einstein", "spouse", "Mileva Marić")],
               "The graph knows Einstein but no property of it matches."),
        _claim("Mozart was born in Salzburg", "no_attribution", [], "No entity of this claim is in the graph."),
    ]
    result: dict = {"kas": 0.2, "claims": claims}
    if with_document:
        result["document"] = DOCUMENT
    return ReportDraft(
        kind="verify", title="Claim verification: demo.md",
        params={"kg": ["/assets/kg/demo.ttl"], "doc": "/assets/kg/demo.md", "warnings": [], "doc_source": "file",
                "embeddings": True},
        inputs={"kg demo.ttl": "64" * 32, "document demo.md": "d5" * 32},
        summary={"KAS": 0.2, "claims": 5, "attributable": 1, "contradictory": 2, "extrapolatory": 1,
                 "no attribution": 1, "triples": 631},
        result=result)


def evaluation_draft(met: bool = True) -> ReportDraft:
    attacks = ["none", "jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3", "crop50"]
    rows = [{"attack": a, "family": a.rstrip("0123456789."), "strength": 1.0, "bit_acc": 0.997,
             "attr_acc": 1.0 if met or a != "jpeg70" else 0.6, "tpr": 1.0 if met or a != "jpeg70" else 0.6,
             "wrong_attr": 0.0, "fpr": 0.0, "auroc": 1.0, "auprc": 1.0} for a in attacks]
    rows[-1].update(attr_acc=0.5, tpr=0.5)  # crop50 is not a goal attack
    return ReportDraft(
        kind="fingerprint-eval", title="Fingerprint robustness (4 users, 8 attacks)",
        params={"n_users": 4, "per_user": 3, "n_clean": 12, "attacks": attacks, "fpr_threshold": 1e-6, "k": 48,
                "model_sha256": "53" * 32},
        inputs={"model fingerprint.safetensors": "53" * 32},
        summary={"bit_acc_clean": 0.997, "attr_acc_clean": 1.0, "min_attr_acc_goal_attacks": 1.0 if met else 0.6,
                 "max_fpr": 0.0, "psnr_db": 30.5, "ssim": 0.766, "goals_met": met},
        result={"quality": {"psnr": 30.5, "psnr_min": 28.1, "ssim": 0.766}, "attacks": rows,
                "goals": {"clean_bit_accuracy": True, "goal_attacks_attributed": met, "no_clean_attributed": True,
                          "quality": True, "missing_attacks": [], "all_met": met},
                "curves": {a: {"roc_fpr": [0, 0, 1], "roc_tpr": [0, 1, 1], "pr_recall": [0, 1],
                               "pr_precision": [1, 1]} for a in attacks[:3]}},
        artifacts=(ArtifactDraft("attack_accuracy.png", "image/png", png(640, 420)),))


def environment_draft() -> ReportDraft:
    return ReportDraft(
        kind="environment", title="Environment and bundled assets", params={},
        inputs={"assets/causal/demo_cnn.safetensors": "40" * 32},
        summary={"attest": "0.1.0", "python": "3.11.7", "device": "cpu", "torch": "2.13.0+cpu", "assets": 1},
        result={"platform": "Linux-6.1-x86_64", "python": "3.11.7", "packages": {"torch": "2.13.0", "rdflib": None},
                "device": {"device": "cpu", "threads": 2, "memory_free_bytes": 8 * 2**30},
                "assets": [{"path": "causal/demo_cnn.safetensors", "sha256": "40" * 32}]})


def generic_draft() -> ReportDraft:
    """A kind this version does not know (a newer version's, in a shared database): saved as an environment
    report and read back with its kind changed, see :func:`saved`."""
    return ReportDraft(
        kind="environment", title="A kind this version does not know",
        params={"min_attr_acc_goal_attacks": 0.5, "seed": 3},
        inputs={"data.csv": "ab" * 32},
        summary={"min_attr_acc_goal_attacks": 0.5, "rows_checked": 12, "verdict": "passed"},
        result={"per_unit": {f"u{i}": {"effect": i / 10, "p_value": 1e-9} for i in range(3)}, "notes": ["a", "b"]})


DRAFTS = {
    "causal": causal_draft,
    "causal-text": lambda: causal_draft(text=True),
    "trace": trace_draft,
    "verify": verify_draft,
    "fingerprint-eval": evaluation_draft,
    "environment": environment_draft,
    "generic": generic_draft,
}
VERDICT_WORDS = {  # a word of each kind's verdict that its summary sentence must contain
    "causal": "collapses the class probability far sooner than random",
    "causal-text": "collapses the class probability far sooner than random",
    "trace": "1 attributed to an enrolled user",
    "verify": "2 contradicted",
    "fingerprint-eval": "all goals met",
    "environment": "Environment of this Attest installation",
    "generic": "Verdict passed",
}


def saved(tmp_path: Path, draft: ReportDraft):
    store = ReportStore(tmp_path / "d.db", device="cpu (test)")
    rid = store.save(draft)
    report = store.get(rid)
    if draft.title == "A kind this version does not know":
        report = dataclasses.replace(report, kind="custom-audit")
    return store, report, store.artifacts(rid)


class _Text(HTMLParser):
    """The visible text of a page and its h1 / lead / h2 order."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.order: list[tuple[str, str]] = []
        self._tag = ""
        self._skip = False

    def handle_starttag(self, tag, attrs):
        self._skip = tag in ("style", "title")
        cls = dict(attrs).get("class") or ""
        self._tag = "lead" if cls == "lead" else tag

    def handle_endtag(self, tag):
        self._skip = False

    def handle_data(self, data):
        if self._skip:
            return
        self.parts.append(data)
        if self._tag in ("h1", "h2", "lead") and data.strip():
            self.order.append((self._tag, data.strip()))


def html_text(page: str) -> tuple[str, list[tuple[str, str]]]:
    p = _Text()
    p.feed(page)
    return words(" ".join(p.parts)), p.order


@pytest.mark.parametrize("kind", list(DRAFTS))
def test_summary_sentence_comes_first_and_names_the_verdict(kind: str, tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, DRAFTS[kind]())
    doc = build_document(report, artifacts, KEY_ID)
    assert VERDICT_WORDS[kind] in doc.summary, doc.summary
    assert doc.summary.endswith(".") and "\n" not in doc.summary
    # HTML: the title, then the sentence, before any section
    _text, order = html_text(to_html(report, artifacts, key_id=KEY_ID))
    assert order[0] == ("h1", report.title) and order[1][0] == "lead"
    assert words(doc.summary).startswith(order[1][1][:40])
    # PDF: the title and the meta line, then the sentence, before the first heading
    text = words(own_pdf_text(to_pdf(report, artifacts, KEY_ID)))
    assert text.startswith(words(report.title))
    first_heading = next(b.text for b in doc.blocks if isinstance(b, Heading))
    assert text.index(words(doc.summary)[:60]) < text.index(first_heading)
    # every kind ends with method (where it has parameters), inputs and tamper evidence, in that order
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    tail = [h for h in headings if h in ("Method and parameters", "Inputs (SHA-256)", "Tamper evidence")]
    assert tail[-2:] == ["Inputs (SHA-256)", "Tamper evidence"]
    if report.params:
        assert tail == ["Method and parameters", "Inputs (SHA-256)", "Tamper evidence"]


@pytest.mark.parametrize("kind", ["causal", "verify", "trace"])
def test_key_id_digest_and_how_to_verify_in_html_and_pdf(kind: str, tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, DRAFTS[kind]())
    page, _ = html_text(to_html(report, artifacts, key_id=KEY_ID))
    pdf = words(own_pdf_text(to_pdf(report, artifacts, KEY_ID, paper="letter")))
    for text in (page, pdf):
        assert KEY_ID in text and report.body_sha256 in text and report.hash in text
        assert "python main.py reports verify-file FILE.json" in text and "python main.py reports verify" in text
    without, _ = html_text(to_html(report, artifacts))  # the same document as the PDF's
    assert KEY_ID not in without and "python main.py reports key prints it" in without


def test_verify_document_highlighted_by_label_and_negated_evidence_reads_not(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, verify_draft())
    doc = build_document(report, artifacts)
    marked = next(b for b in doc.blocks if isinstance(b, Marked))
    assert marked.text == DOCUMENT
    tones = {text: span.tone for text, span, _end in marked.segments() if span is not None}
    assert tones["Pluto is a planet"] == "bad" and tones["Marie Curie was born in Warsaw"] == "good"
    assert tones["He played the violin"] == "warn" and tones["Mozart was born in Salzburg"] == "neutral"
    assert evidence_phrase(_triple("Pluto", "is a", "planet", negated=True)) == "(Pluto, NOT is a, planet)"
    assert evidence_phrase(_triple("autism", "does not have cause", "MMR", negated=True)) == \
        "(autism, does not have cause, MMR)"  # the predicate says not already
    page = to_html(report, artifacts)
    fill = TONES["bad"][0]
    assert f"<span class=m style=\"background-color:{fill}\">Pluto is a planet</span>" in page
    claims = next(b for b in doc.blocks if isinstance(b, Table) and "Claim" in b.columns)
    assert claims.columns == ("#", "Claim", "Verdict", "Score", "Evidence and reason")  # the claim before its evidence
    pluto = next(r for r in claims.rows if r[1].text == "Pluto is a planet")
    assert pluto[2].text == "contradicted" and pluto[2].tone == "bad" and "(Pluto, NOT is a, planet)" in pluto[4].text
    text = words(own_pdf_text(to_pdf(report, artifacts)))
    assert "How KAS is computed" in text and "(Pluto, NOT is a, planet)" in text
    assert "http://example.org/attest/Pluto" in "".join(text.split())  # IRIs in the appendix (broken where long)


def test_verify_without_the_document_text_shows_the_claims_in_order(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, verify_draft(with_document=False))
    marked = next(b for b in build_document(report, artifacts).blocks if isinstance(b, Marked))
    assert marked.text.startswith("Marie Curie was born in Warsaw … Einstein won")
    assert "does not carry the document's full text" in marked.note


def test_overlapping_claims_are_highlighted_innermost_first() -> None:
    from engine.reports.document import Span

    m = Marked("Albert Einstein, who was born in Ulm, worked", (Span(0, 44, "good", "1"), Span(17, 36, "bad", "2")))
    segs = [(t, s.tag if s else None, end) for t, s, end in m.segments()]
    assert segs == [("Albert Einstein, ", "1", False), ("who was born in Ulm", "2", True), (", worked", "1", True)]


def test_trace_verdict_banner_colour_and_p_and_fpr_in_words(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, trace_draft())
    doc = build_document(report, artifacts)
    text = " ".join(r.explain for b in doc.blocks if isinstance(b, KeyValues) for r in b.rows)
    assert "registry-wide bound" in text and "1,003 enrolled users" in text and "10 views" in text
    assert "agrees with the user's code at least this well" in text
    verdicts = next(b for b in doc.blocks if isinstance(b, Table) and "Verdict" in b.columns)
    assert [(r[2].text, r[2].tone) for r in verdicts.rows] == [("attributed", "good"), ("no fingerprint", "neutral"),
                                                                ("not traced", "bad")]
    assert verdicts.rows[0][4].text == "48/48" and verdicts.rows[1][4].text == "35/48"
    one = [trace_draft().result["results"][1]]
    _s, single, arts = saved(tmp_path / "one", trace_draft(one))
    doc = build_document(single, arts)
    banner = next(b for b in doc.blocks if isinstance(b, Banner))
    assert banner.tone == "neutral" and banner.title == "No fingerprint"
    assert doc.summary.startswith("Trace of unfingerprinted.png against a registry of 1,003 enrolled users: no "
                                  "fingerprint")


def test_trace_thumbnails_are_shown_with_their_verdict(tmp_path: Path) -> None:
    thumbs = (ArtifactDraft("thumb-0.png", "image/png", png(64, 64)), ArtifactDraft("thumb-1.png", "image/png",
                                                                                   png(64, 64, (200, 0, 0))))
    _store, report, artifacts = saved(tmp_path, trace_draft(artifacts=thumbs))
    doc = build_document(report, artifacts)
    gallery = next(b for b in doc.blocks if isinstance(b, Gallery))
    assert [f.caption for f in gallery.figures] == ["1. alice_forest.png: attributed (alice)",
                                                    "2. unfingerprinted.png: no fingerprint"]
    assert to_html(report, artifacts).count("<img ") == 2


def test_evaluation_goals_in_human_words_and_legends_beside_the_plots(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, evaluation_draft(met=False))
    doc = build_document(report, artifacts)
    page, _ = html_text(to_html(report, artifacts))
    pdf = words(own_pdf_text(to_pdf(report, artifacts)))
    for text in (page, pdf):
        for raw in ("min_attr_acc_goal_attacks", "goal_attacks_attributed", "no_clean_attributed", "attr_acc"):
            assert raw not in text
        assert "Lowest attribution accuracy, goal attacks" in text
    assert "goals not met: attribution under the goal attacks" in doc.summary
    goals = next(b for b in doc.blocks if isinstance(b, Table) and b.columns[0] == "Goal")
    assert [r[3].text for r in goals.rows] == ["met", "not met", "met", "met"]
    assert "crop90 (goal)" in page and "crop50 (goal)" not in page and "crop50" in page
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert len(figures) == 2  # drawn from the result: accuracy bars and ROC


def test_chart_legend_sits_beside_the_axes_not_on_the_data() -> None:
    from PIL import Image

    img = Image.open(io.BytesIO(line_chart({"first": ([0, 1], [0, 1]), "second": ([0, 1], [1, 0])}, "x", "y")))
    rgb = img.convert("RGB")
    w, h = rgb.size
    # the legend swatches (palette colours) lie right of the frame; the frame's right edge is the last dark column
    # of the middle row that is part of a vertical black line
    frame_right = max(x for x in range(w // 2, w) if all(sum(rgb.getpixel((x, y))) < 120
                                                         for y in range(h // 2 - 5, h // 2 + 5)))
    swatches = [(x, y, rgb.getpixel((x, y))) for x in range(frame_right + 20, w) for y in range(0, h, 2)
                if rgb.getpixel((x, y)) in ((31, 119, 180), (255, 127, 14))]
    assert {c for _x, _y, c in swatches} == {(31, 119, 180), (255, 127, 14)}
    assert all(x > frame_right for x, _y, _c in swatches)  # both series' swatches, right of the axes


def test_causal_document_graph_units_and_maps(tmp_path: Path) -> None:
    _store, report, artifacts = saved(tmp_path, causal_draft())
    doc = build_document(report, artifacts)
    graph = next(b for b in doc.blocks if isinstance(b, Figure) and b.name == "causal graph")
    assert graph.png.startswith(b"\x89PNG") and "class 0 (ring)" in graph.caption
    assert "Where it looks" in words(" ".join(b.text for b in doc.blocks if hasattr(b, "text")))
    nodes = next(b for b in doc.blocks if isinstance(b, Table) and b.columns[0] == "Unit")
    assert nodes.columns[1:3] == ("Effect on the logit [95% CI]", "Effect on the probability [95% CI]")
    assert nodes.rows[0][1].text.endswith("logits") and nodes.rows[0][2].text.endswith(" pp")
    assert "9.66e-06" not in " ".join(c.text for r in nodes.rows for c in r)  # probabilities in percentage points
    maps = next(b for b in doc.blocks if isinstance(b, Gallery))
    assert len(maps.figures) == 4 and all("logits [" in f.caption for f in maps.figures)
    glance = next(b for b in doc.blocks if isinstance(b, KeyValues))
    assert ("Class audited", "class 0 (ring)") in [(r.label, r.value) for r in glance.rows]
    _store, text_report, text_arts = saved(tmp_path / "text", causal_draft(text=True))
    text_doc = build_document(text_report, text_arts)
    assert any(isinstance(b, Heading) and b.text == "Which tokens the strongest units read" for b in text_doc.blocks)


def test_generic_kind_humanises_keys_and_odd_shapes_still_render(tmp_path: Path) -> None:
    assert humanise("min_attr_acc_goal_attacks") == "Lowest attribution accuracy, goal attacks"
    assert humanise("rows_checked") == "Rows checked"
    assert humanise("deletion AUC causal") == "Deletion AUC, causal order"
    _store, report, artifacts = saved(tmp_path, generic_draft())
    page, _ = html_text(to_html(report, artifacts))
    assert "Rows checked 12" in page and "rows_checked" not in page
    odd = ReportDraft("causal", "An older causal report", {}, {}, {"nodes": 3}, {"nodes": "not a list", "metrics": 7})
    _s, report, artifacts = saved(tmp_path / "odd", odd)
    doc = build_document(report, artifacts)
    assert doc.summary and to_pdf(report, artifacts).startswith(b"%PDF-")


def test_redacted_report_says_so_first(tmp_path: Path) -> None:
    store, report, _artifacts = saved(tmp_path, verify_draft())
    store.delete(report.id)
    report = store.get(report.id)
    doc = build_document(report, [])
    assert doc.summary.startswith("This report was redacted by its owner")
    assert [b.text for b in doc.blocks if isinstance(b, Heading)] == ["Tamper evidence"]
    assert report.body_sha256 in to_html(report, [])
