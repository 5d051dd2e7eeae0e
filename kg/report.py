"""The pure entry points used by the command line and the GUI, and the report draft."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence
from xml.sax.saxutils import escape

from .errors import KGError
from .jobs import ensure_job
from .store import KnowledgeGraph, open_graphs, sha256_of
from .verify import VerifyResult, Verifier

MAX_DOC_BYTES = 20 * 1024**2
ASSETS = Path(__file__).resolve().parent.parent / "assets" / "kg"


def read_document(path: str | Path, max_bytes: int = MAX_DOC_BYTES) -> str:
    """A UTF-8 text or Markdown document; refuses other encodings, empty files and huge files."""
    p = Path(path)
    if not p.is_file():
        raise KGError(f"{p}: no such document")
    size = p.stat().st_size
    if size > max_bytes:
        raise KGError(f"{p}: the document is {size} bytes, over the {max_bytes} byte limit")
    data = p.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KGError(f"{p}: the document is not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at "
                      f"offset {exc.start}); save it as UTF-8") from None
    if "\x00" in text:
        raise KGError(f"{p}: the document contains NUL bytes; it is not a text file")
    if not text.strip():
        raise KGError(f"{p}: the document is empty: there is nothing to verify")
    return text


@dataclass(frozen=True)
class VerifyRun:
    """Everything one verification produced: the result, its inputs' hashes, the graph statistics."""

    result: VerifyResult
    inputs: dict[str, str]
    kg_paths: tuple[str, ...]
    doc_path: str
    text: str
    stats: dict[str, Any]


def run_verify(kg_paths: Sequence[str | Path], doc_path: str | Path, cache_dir: str | Path | None = None,
               job: Any | None = None, use_embeddings: bool | None = None,
               kg: KnowledgeGraph | None = None) -> VerifyRun:
    """Load (or reuse) the graphs, read the document, verify it.

    Parameters
    ----------
    kg_paths:
        RDF files making up the graph.
    doc_path:
        The document (UTF-8 plain text or Markdown).
    cache_dir:
        Persistent store cache folder (default: per-user cache).
    job:
        Progress / cancel object.
    kg:
        An already opened graph for ``kg_paths`` (the GUI keeps one).
    """
    job = ensure_job(job)
    text = read_document(doc_path)
    if kg is None:
        kg = open_graphs(kg_paths, cache_dir=cache_dir, job=job.stage(0.0, 0.4, "loading the knowledge graph"))
    verifier = Verifier(kg, use_embeddings=use_embeddings)
    result = verifier.verify_text(text, job=job.stage(0.4, 1.0, "verifying claims"))
    inputs = {f"kg {Path(f['path']).name}": f["sha256"] for f in kg.stats.files}
    inputs[f"document {Path(doc_path).name}"] = sha256_of(Path(doc_path))
    return VerifyRun(result, inputs, tuple(str(p) for p in kg_paths), str(doc_path), text, kg.stats.to_dict())


def evidence_graphml(result: VerifyResult) -> bytes:
    """The union of all evidence triples as GraphML (nodes by IRI, labelled; edges by predicate)."""
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str, str, int]] = []
    for ci, c in enumerate(result.claims):
        for e in c.evidence:
            nodes.setdefault(e.s, e.s_label)
            nodes.setdefault(e.o, e.o_label)
            edges.append((e.s, e.o, e.p, e.p_label, ci))
    ids = {n: f"n{i}" for i, n in enumerate(nodes)}
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="label" for="node" attr.name="label" attr.type="string"/>',
           '<key id="iri" for="node" attr.name="iri" attr.type="string"/>',
           '<key id="pred" for="edge" attr.name="predicate" attr.type="string"/>',
           '<key id="plabel" for="edge" attr.name="label" attr.type="string"/>',
           '<key id="claim" for="edge" attr.name="claim" attr.type="int"/>',
           '<graph id="evidence" edgedefault="directed">']
    for n, lab in nodes.items():
        out.append(f'<node id="{ids[n]}"><data key="label">{escape(lab)}</data>'
                   f'<data key="iri">{escape(n)}</data></node>')
    for s, o, p, pl, ci in edges:
        out.append(f'<edge source="{ids[s]}" target="{ids[o]}"><data key="pred">{escape(p)}</data>'
                   f'<data key="plabel">{escape(pl)}</data><data key="claim">{ci}</data></edge>')
    out += ["</graph>", "</graphml>"]
    return "\n".join(out).encode("utf-8")


def build_draft(run: VerifyRun) -> dict[str, Any]:
    """The report draft (kind "verify") for ``ctx.save``."""
    r = run.result
    counts = r.counts
    details = {"kas": round(r.kas, 4), "claims": [c.details() for c in r.claims], "counts": counts,
               "seconds": round(r.seconds, 4), "kg": run.stats}
    return {
        "kind": "verify",
        "title": f"Claim verification: {Path(run.doc_path).name}",
        "params": {"kg": list(run.kg_paths), "doc": run.doc_path},
        "inputs": run.inputs,
        "summary": {"KAS": round(r.kas, 4), "claims": len(r.claims), "attributable": counts["attributable"],
                    "contradictory": counts["contradictory"], "extrapolatory": counts["extrapolatory"],
                    "no attribution": counts["no_attribution"], "triples": run.stats.get("triples")},
        "result": r.to_dict(),
        "artifacts": [
            {"name": "evidence.graphml", "mime": "application/graphml+xml", "data": evidence_graphml(r)},
            {"name": "claims-detail.json", "mime": "application/json",
             "data": json.dumps(details, ensure_ascii=False, indent=1).encode("utf-8")},
        ],
    }
