"""The report draft of a claim verification (kind ``verify``) and its evidence graph artifact."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from core.draft import ArtifactDraft, ReportDraft

from .verify import VerifyResult

if TYPE_CHECKING:
    from .api import VerifyRun


def evidence_graphml(result: VerifyResult) -> bytes:
    """The union of all evidence triples as GraphML (nodes by IRI, labelled; edges by predicate)."""
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str, str, int]] = []
    for ci, c in enumerate(result.claims):
        for e in c.evidence:
            nodes.setdefault(e.s, e.s_label)
            nodes.setdefault(e.o, e.o_label)
            edges.append((e.s, e.o, e.p, ("NOT " if e.negated else "") + e.p_label, ci))
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


def build_draft(run: VerifyRun) -> ReportDraft:
    """The report draft of ``run``; ``VerifyRun.to_draft`` is the way to call it.

    ``params`` and ``inputs`` both come from the graph that was actually used (``run.graph.files``)
    and the document that was actually verified, so they always name the same files."""
    r = run.verification
    counts = r.counts
    graph = run.graph.to_dict()
    details = {"kas": round(r.kas, 4), "claims": [c.details() for c in r.claims], "counts": counts,
               "seconds": round(r.seconds, 4), "kg": graph, "warnings": list(r.warnings)}
    return ReportDraft(
        kind="verify",
        title=" ".join(f"Claim verification: {run.document.name}".split()),
        params={"kg": [f.path for f in run.graph.files], "doc": run.document.path, "warnings": list(r.warnings),
                "doc_source": run.document.source, "embeddings": run.embeddings},
        inputs=run.inputs,
        summary={"KAS": round(r.kas, 4), "claims": len(r.claims), "attributable": counts["attributable"],
                 "contradictory": counts["contradictory"], "extrapolatory": counts["extrapolatory"],
                 "no attribution": counts["no_attribution"], "triples": run.graph.triples},
        result=r.to_dict(),
        artifacts=(
            # the verified text itself, so that a report shows each claim highlighted where it stands
            ArtifactDraft("document.txt", "text/plain; charset=utf-8", run.document.text.encode("utf-8")),
            ArtifactDraft("evidence.graphml", "application/graphml+xml", evidence_graphml(r)),
            ArtifactDraft("claims-detail.json", "application/json",
                          json.dumps(details, ensure_ascii=False, indent=1).encode("utf-8")),
        ),
    )
