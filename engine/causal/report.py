"""The report draft of a causal audit: its summary, result and artifacts (GraphML, curves, node maps).

The draft's ``result`` is the command line's ``--json`` object (without ``report_id``); the
artifacts are the graph as GraphML, the deletion curves and the maps of the strongest nodes as PNG.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import numpy as np

from core.draft import ArtifactDraft, ReportDraft

from . import graph as G
from .audit import AuditParams, CausalResult
from .maps import curves_png, map_png, token_map_png

MAX_MAP_ARTIFACTS = 64
MAX_TOKEN_MAP_ARTIFACTS = 8  # token maps of a text audit's strongest nodes, as figures


def artifact_name(node_id: str) -> str:
    return "map-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", node_id) + ".png"


def node_map_png(result: CausalResult, node_id: str, scale: int = 4) -> bytes | None:
    """The node's input-space map next to the mean image, as PNG; None when the node has no map."""
    m = result.node_maps.get(node_id)
    if m is None:
        return None
    n = result.node(node_id)
    title = f"{node_id} effect {n.effect:+.3f}" if n else node_id
    return map_png(m, result.mean_image, scale=scale, title=title)


def deletion_png(result: CausalResult, key: str = "deletion") -> bytes | None:
    dc = result.metrics.get(key)
    if not dc:
        return None
    curves = {f"{k} (AUC {dc['auc'][k]:.3f})": list(v) for k, v in dc["prob"].items()}
    return curves_png(curves, title=f"deletion on {dc['layer']}: target probability")


def token_maps_png(result: CausalResult, node_id: str) -> bytes | None:
    """A text node's token maps as highlighted tokens; None when the node has none."""
    tm = result.metrics.get("token_maps") or {}
    scores = (tm.get("scores") or {}).get(node_id)
    if not scores:
        return None
    n = result.node(node_id)
    title = f"{node_id}: effect {n.effect:+.3f}; colour = logit drop through it, token masked" \
        if n else node_id
    return token_map_png(tm.get("inputs") or [], scores, title)


def artifacts(result: CausalResult) -> tuple[ArtifactDraft, ...]:
    out = [ArtifactDraft("graph.graphml", "application/graphml+xml", G.graphml_bytes(result.graph))]
    for key, name in (("deletion", "deletion.png"), ("deletion_heads", "deletion-heads.png")):
        png = deletion_png(result, key)
        if png:
            out.append(ArtifactDraft(name, "image/png", png))
    for n in sorted(result.nodes, key=lambda n: -abs(n.effect))[:MAX_MAP_ARTIFACTS]:
        data = node_map_png(result, n.id)
        if data:
            out.append(ArtifactDraft(artifact_name(n.id), "image/png", data))
    strongest = sorted(result.nodes, key=lambda n: -abs(n.effect))
    for n in strongest[:MAX_TOKEN_MAP_ARTIFACTS]:
        data = token_maps_png(result, n.id)
        if data:
            out.append(ArtifactDraft("tokens-" + artifact_name(n.id)[4:], "image/png", data))
    return tuple(out)


def summary(result: CausalResult) -> dict[str, Any]:
    dc = result.deletion
    auc = dc.auc if dc is not None else {}
    return {
        "target": result.target,
        "nodes": len(result.nodes),
        "edges": len(result.edges),
        "samples": result.samples.used,
        "intervention": result.intervention,
        "deletion AUC causal": _r(auc.get("causal")),
        "deletion AUC random": _r(auc.get("random")),
        "execution": ",".join(sorted(set(result.execution.values()))),
    }


def build_draft(result: CausalResult, params: AuditParams, inputs: Mapping[str, str], title: str,
                extra_params: Mapping[str, Any] | None = None) -> ReportDraft:
    """The report draft of one audit; ``inputs`` maps a label to the SHA-256 of that input file's bytes."""
    return ReportDraft(
        kind="causal",
        title=title,
        params={**params.to_dict(), **dict(extra_params or {})},
        inputs=dict(inputs),
        summary=summary(result),
        result=result.to_dict(),
        artifacts=artifacts(result),
    )


def _r(v: float | None) -> float | None:
    return None if v is None or not np.isfinite(v) else round(float(v), 4)
