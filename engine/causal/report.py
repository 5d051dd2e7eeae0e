"""Turn a :class:`CausalResult` into a report draft (see CONTRACT.md) with its artifacts."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from . import graph as G
from .audit import AuditParams, CausalResult
from .maps import curves_png, map_png

MAX_MAP_ARTIFACTS = 64


def artifact_name(node_id: str) -> str:
    return "map-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", node_id) + ".png"


def node_map_png(result: CausalResult, node_id: str, scale: int = 4) -> bytes | None:
    m = result.node_maps.get(node_id)
    if m is None:
        return None
    n = result.node(node_id)
    title = f"{node_id} effect {n.effect:+.3f}" if n else node_id
    return map_png(m, result.mean_image, scale=scale, title=title)


def deletion_png(result: CausalResult) -> bytes | None:
    dc = result.metrics.get("deletion")
    if not dc:
        return None
    curves = {f"{k} (AUC {dc['auc'][k]:.3f})": v for k, v in dc["prob"].items()}
    return curves_png(curves, title=f"deletion on {dc['layer']}: target probability")


def build_draft(result: CausalResult, params: AuditParams, inputs: dict[str, str], model_label: str,
                data_label: str) -> dict[str, Any]:
    m = result.metrics
    artifacts: list[dict[str, Any]] = [
        {"name": "graph.graphml", "mime": "application/graphml+xml", "data": G.graphml_bytes(result.graph)},
    ]
    png = deletion_png(result)
    if png:
        artifacts.append({"name": "deletion.png", "mime": "image/png", "data": png})
    for n in sorted(result.nodes, key=lambda n: -abs(n.effect))[:MAX_MAP_ARTIFACTS]:
        data = node_map_png(result, n.id)
        if data:
            artifacts.append({"name": artifact_name(n.id), "mime": "image/png", "data": data})
    dc = m.get("deletion") or {}
    auc = dc.get("auc", {})
    summary = {
        "target": result.target,
        "nodes": len(result.nodes),
        "edges": len(result.edges),
        "samples": (m.get("samples") or {}).get("used"),
        "intervention": params.intervention,
        "deletion AUC causal": _r(auc.get("causal")),
        "deletion AUC random": _r(auc.get("random")),
        "execution": ",".join(sorted(set((m.get("execution") or {}).values()))),
    }
    return {
        "kind": "causal",
        "title": f"Model audit of class {result.target}: {model_label} on {data_label}",
        "params": params.to_dict(),
        "inputs": inputs,
        "summary": summary,
        "result": result.to_dict(),
        "artifacts": artifacts,
    }


def _r(v: Any) -> float | None:
    return None if v is None or not np.isfinite(v) else round(float(v), 4)
