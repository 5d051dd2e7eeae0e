"""``python main.py verify ...`` and the verification part of ``python main.py demo``.

Nothing heavy is imported at module level: main.py imports this module to build its parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

LABEL_MARK = {"attributable": "OK ", "contradictory": "NO ", "extrapolatory": "?  ", "no_attribution": "-  "}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("verify", help="verify a document's claims against local RDF knowledge graphs")
    p.add_argument("--kg", action="append", required=True, metavar="FILE",
                   help="an RDF file (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD); repeatable")
    p.add_argument("--doc", required=True, metavar="FILE", help="the document (UTF-8 text or Markdown)")
    p.add_argument("--cache", metavar="DIR", help="store cache folder (default: kg-cache next to the database)")
    p.add_argument("--no-embeddings", action="store_true", help="link relations lexically only (faster start)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
    p.set_defaults(handler=_handler)


def cache_dir_for(ctx: Any, explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    return Path(ctx.db_path).expanduser().resolve().parent / "kg-cache"


def _handler(args: argparse.Namespace, ctx: Any) -> int:
    from .report import build_draft, run_verify

    run = run_verify(args.kg, args.doc, cache_dir=cache_dir_for(ctx, getattr(args, "cache", None)),
                     job=ctx.job, use_embeddings=False if getattr(args, "no_embeddings", False) else None)
    if hasattr(ctx.job, "close"):
        ctx.job.close()
    rid = ctx.save(build_draft(run))
    if ctx.json:
        ctx.emit_json({**run.result.to_dict(), "report_id": rid})
    else:
        _print_human(ctx, run, rid)
    return 0


def _print_human(ctx: Any, run: Any, rid: int) -> None:
    r = run.result
    st = run.stats
    ctx.out(f"knowledge graph: {st['triples']} triples, {st['entities']} entities, {st['predicates']} predicates "
            f"({'cache' if st['from_cache'] else 'loaded'} in {st['load_s']:.2f} s)")
    for c in r.claims:
        ctx.out(f"{LABEL_MARK[c.label]}[{c.start}:{c.end}] {c.label:<14} {c.score:.2f}  {' '.join(c.text.split())}")
        ctx.out(f"      {c.explanation}")
    counts = ", ".join(f"{v} {k}" for k, v in r.counts.items())
    ctx.out(f"KAS {r.kas:.3f}  ({len(r.claims)} claims: {counts})  report #{rid}")


def demo(ctx: Any, out_dir: Path) -> list[int]:
    """Verify the bundled demo document against the bundled graph; return the report ids."""
    from .report import ASSETS, build_draft, run_verify

    run = run_verify([ASSETS / "demo.ttl"], ASSETS / "demo.md", cache_dir=cache_dir_for(ctx), job=ctx.job)
    if hasattr(ctx.job, "close"):
        ctx.job.close()
    return [ctx.save(build_draft(run))]
