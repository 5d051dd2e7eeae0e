"""``python main.py verify ...`` and the verification part of ``python main.py demo``.

Only parsing, printing and saving live here; the work is :mod:`kg.api`. Nothing heavy is imported at
module level: main.py imports this module to build its parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import VerifyRun

LABEL_MARK = {"attributable": "OK ", "contradictory": "NO ", "extrapolatory": "?  ", "no_attribution": "-  "}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("verify", help="verify a document's claims against local RDF knowledge graphs")
    p.add_argument("--kg", action="append", default=[], metavar="FILE",
                   help="an RDF file (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD); repeatable")
    p.add_argument("--endpoint", action="append", default=[], metavar="URL",
                   help="a SPARQL 1.1 query endpoint (e.g. http://127.0.0.1:7878/query); repeatable, "
                        "alone or with --kg")
    p.add_argument("--doc", required=True, metavar="FILE", help="the document (UTF-8 text or Markdown)")
    p.add_argument("--cache", metavar="DIR", help="store cache folder (default: kg-cache next to the database)")
    p.add_argument("--no-embeddings", action="store_true", help="link relations lexically only (faster start)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
    p.set_defaults(handler=_handler)


def _close_progress(ctx: Any) -> None:
    close = getattr(ctx.job, "close", None)
    if close is not None:
        close()


def _handler(args: argparse.Namespace, ctx: Any) -> int:
    from core.errors import AttestError

    from .api import VerifyRequest, graph_cache_dir, run_verify

    if not args.kg and not args.endpoint:
        raise AttestError("give a knowledge graph: --kg FILE and/or --endpoint URL")
    request = VerifyRequest(
        kg_paths=tuple(args.kg), doc=args.doc, endpoints=tuple(args.endpoint),
        cache_dir=str(graph_cache_dir(ctx.db_path, getattr(args, "cache", None))),
        use_embeddings=False if getattr(args, "no_embeddings", False) else None)
    run = run_verify(request, job=ctx.job)
    _close_progress(ctx)
    rid = ctx.save(run.to_draft())
    if ctx.json:
        ctx.emit_json({**run.to_json(), "report_id": rid})
    else:
        _print_human(ctx, run, rid)
    return 0


def _print_human(ctx: Any, run: VerifyRun, rid: int) -> None:
    g = run.graph
    ctx.out(f"knowledge graph: {g.triples} triples, {g.entities} entities, {g.predicates} predicates "
            f"({'cache' if g.from_cache else 'loaded'} in {g.load_s:.2f} s)")
    for c in run.claims:
        ctx.out(f"{LABEL_MARK[c.label]}[{c.start}:{c.end}] {c.label:<14} {c.score:.2f}  {' '.join(c.text.split())}")
        ctx.out(f"      {c.explanation}")
    for w in run.verification.warnings:
        ctx.out(f"warning: {w}")
    counts = ", ".join(f"{v} {k}" for k, v in run.counts.items())
    ctx.out(f"KAS {run.kas:.3f}  ({len(run.claims)} claims: {counts})  report #{rid}")


def demo(ctx: Any, out_dir: Path) -> list[int]:
    """Verify the bundled demo document against the bundled graph; return the report ids."""
    from .api import ASSETS, VerifyRequest, graph_cache_dir, run_verify

    request = VerifyRequest(kg_paths=(str(ASSETS / "demo.ttl"),), doc=str(ASSETS / "demo.md"),
                            cache_dir=str(graph_cache_dir(ctx.db_path)))
    run = run_verify(request, job=ctx.job)
    ids = [ctx.save(run.to_draft())]
    # the graphs people have: a schema.org register and a Wikidata-style TriG extract joined by
    # owl:sameAs, and a news article with a byline, a table, pronouns and "the company"
    dev = ASSETS / "dev_schema"
    request = VerifyRequest(kg_paths=(str(dev / "register.ttl"), str(dev / "wikidata.trig")),
                            doc=str(dev / "document.md"), cache_dir=str(graph_cache_dir(ctx.db_path)))
    run = run_verify(request, job=ctx.job)
    _close_progress(ctx)
    ids.append(ctx.save(run.to_draft()))
    return ids
