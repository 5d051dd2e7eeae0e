"""Attest: offline auditing of models, generated images and claims.

``python main.py`` opens the desktop app; ``python main.py SUBCOMMAND ...`` is the command line.
Exit status: 0 done, 2 bad input (one line on stderr), 3 a verification found tampering,
130 cancelled, 1 a bug (traceback).
"""

from __future__ import annotations

import os

# Before anything can import huggingface: nothing in Attest reaches the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from core.draft import REPORT_KINDS
from core.errors import AttestError, ErrorKind

if TYPE_CHECKING:
    from core.draft import ReportDraft
    from engine.reports.store import ReportStore

ROOT = Path(__file__).resolve().parent
ASSETS = ROOT / "assets"

# Feature modules that register sub-commands. They import nothing heavy at module level.
FEATURE_MODULES = ("engine.causal.cli", "engine.fingerprint.cli", "kg.cli")
BENCH_MODULES = {"causal": "engine.causal.bench", "graph": "gui.bench_graph", "trace": "engine.fingerprint.bench",
                 "verify": "kg.bench"}
DEMO_MODULES = ("engine.causal.cli", "engine.fingerprint.cli", "kg.cli")


class Context:
    """What a sub-command handler gets: output, progress, the report store, the device choice."""

    def __init__(self, args: argparse.Namespace) -> None:
        from core.jobs import ConsoleJob

        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self.device: str = args.device
        self.job = ConsoleJob()
        self._db_path = Path(args.db).expanduser() if args.db else None
        self._store: ReportStore | None = None
        self.assets = ASSETS

    @property
    def db_path(self) -> Path:
        if self._db_path is None:
            from engine.reports.store import default_db_path

            self._db_path = default_db_path()
        return self._db_path

    @property
    def store(self) -> ReportStore:
        if self._store is None:
            from engine.reports.store import ReportStore

            self._store = ReportStore(self.db_path, device=self.device_label)
        return self._store

    @property
    def db(self) -> Any:  # sqlite_utils.Database on the same file
        return self.store.db

    def device_label(self) -> str:
        from engine.device import device_info, pick_device

        info = device_info(pick_device(self.device))
        return f"{info['device']} ({info.get('name', '')})".strip()

    def save(self, draft: ReportDraft) -> int:
        """Every command saves its finished audit as one report (as the app does)."""
        return self.store.save(draft)

    def out(self, text: str = "") -> None:
        if not self.json:
            print(text)

    def emit_json(self, obj: Any) -> None:
        from engine.reports.canonical import to_jsonable

        print(json.dumps(to_jsonable(obj), ensure_ascii=False))

    def close(self) -> None:
        self.job.close()
        if self._store is not None:
            self._store.close()


# -- reports --------------------------------------------------------------------------------------


def _report_id(value: str) -> int:
    try:
        return int(value.lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"a report id is a number, got {value!r}") from None


def cmd_reports(args: argparse.Namespace, ctx: Context) -> int:
    from engine.reports import api

    action = args.action
    if action == "verify-file":  # a received file: no database is opened or created
        verdict = api.verify_file(Path(args.file), Path(args.key) if args.key else None)
        if ctx.json:
            ctx.emit_json(verdict.to_dict())
        else:
            ctx.out(("OK: " if verdict.ok else "FAILED: ") + verdict.message)
        return 0 if verdict.ok else 3
    if action == "key":  # the installation's public key: no database either
        info = api.write_public_key(Path(args.out)) if args.out else api.signing_key()
        if ctx.json:
            ctx.emit_json(dict(info.to_dict(), out=args.out))
        elif args.out:
            ctx.out(f"wrote the public key (key id {info.key_id}) to {args.out}")
        else:
            ctx.out(f"key id {info.key_id}")
            ctx.out(info.public_key_pem.rstrip("\n"))
        return 0
    store = ctx.store
    if action == "list":
        rows = store.list_reports(kind=args.kind, search=args.search)
        if ctx.json:
            ctx.emit_json({"reports": rows})
            return 0
        if not rows:
            filtered = args.kind or args.search
            ctx.out(f"no reports match in {store.path}" if filtered else f"no reports in {store.path}")
            return 0
        ctx.out(f"{'id':>5}  {'kind':<17} {'created':<25} title")
        for r in rows:
            flag = " [redacted]" if r["redacted"] else ""
            ctx.out(f"{r['id']:>5}  {r['kind']:<17} {r['created']:<25} {r['title']}{flag}")
        return 0
    if action == "show":
        report = store.get(args.id)
        if ctx.json:
            ctx.emit_json(report.to_dict())
            return 0
        ctx.out(f"#{report.id} {report.title}\n  kind {report.kind}, created {report.created}, device {report.device}")
        for k, v in report.summary.items():
            ctx.out(f"  {k}: {v}")
        ctx.out(f"  chain hash {report.hash}")
        for a in store.artifacts(report.id):
            ctx.out(f"  artifact {a.name} ({a.mime}, {len(a.data)} bytes)")
        return 0
    if action == "export":
        done = api.export_report(store, args.id, Path(args.out), fmt=args.format, paper=args.paper)
        if ctx.json:
            ctx.emit_json({"report_id": done.report_id, "format": done.fmt, "out": str(done.path)})
        else:
            ctx.out(f"exported report #{done.report_id} to {done.path}")
        return 0
    if action == "verify":
        chain = api.verify_chain(store)
        if ctx.json:
            ctx.emit_json(chain.to_dict())
        else:
            ctx.out(chain.message())
        return 0 if chain.ok else 3
    if action == "delete":
        api.redact(store, args.id)
        if ctx.json:
            ctx.emit_json({"report_id": args.id, "redacted": True})
        else:
            ctx.out(f"report #{args.id} redacted (title and content removed, chain kept)")
        return 0
    raise AssertionError(action)


# -- demo -----------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from engine.reports import api

    out_dir = Path(args.out).expanduser()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AttestError(f"cannot create {out_dir}: {exc.strerror or exc}") from None
    ids = [ctx.save(api.environment_draft(ASSETS))]
    ctx.out(f"[demo] environment report #{ids[0]}")
    for name in DEMO_MODULES:
        module = _import_feature(name)
        if module is None or not hasattr(module, "demo"):
            ctx.out(f"[demo] {name}: not available in this build, skipped")
            continue
        new_ids = list(module.demo(ctx, out_dir))
        ctx.out(f"[demo] {name.split('.')[-2]}: report(s) {', '.join('#' + str(i) for i in new_ids)}")
        ids += new_ids
    written = []
    for rid in ids:
        kind = ctx.store.get(rid).kind
        done = api.export_report(ctx.store, rid, out_dir / f"report-{rid}-{kind}.html")
        written.append({"report_id": rid, "kind": kind, "html": str(done.path)})
    verdict = api.verify_chain(ctx.store)
    if ctx.json:
        ctx.emit_json({"reports": written, "db": str(ctx.db_path), "chain": verdict.to_dict()})
    else:
        for w in written:
            ctx.out(f"[demo] #{w['report_id']} {w['kind']:<17} -> {w['html']}")
        ctx.out(f"[demo] database {ctx.db_path}; {verdict.message()}")
    return 0 if verdict.ok else 3


def cmd_bench(args: argparse.Namespace, ctx: Context) -> int:
    from core.errors import AttestError

    module = _import_feature(BENCH_MODULES[args.which])
    if module is None:
        raise AttestError(f"bench {args.which} is not available in this build")
    return int(module.run_bench(args, ctx))


def cmd_gui(args: argparse.Namespace) -> int:
    from gui.app import run_app

    return run_app(db_path=Path(args.db).expanduser() if args.db else None, device=args.device)


# -- parser ---------------------------------------------------------------------------------------


def _import_feature(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            return None  # that feature is not part of this build
        raise


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), like every other bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="attest",
        description="Offline auditing: causal model audits, image fingerprint tracing, claim verification, "
                    "tamper-evident reports. Without a sub-command, opens the desktop app.",
        epilog="--db, --device and --json may also follow the sub-command.",
    )
    parser.add_argument("--db", default=argparse.SUPPRESS,
                        help="report database (default: $ATTEST_DB or the per-user data folder)")
    parser.add_argument("--device", default=argparse.SUPPRESS, choices=("auto", "cpu", "cuda", "mps"),
                        help="compute device (default auto: CUDA, then MPS, then CPU)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print exactly one JSON object on stdout")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="run every audit on the bundled assets, save and export reports")
    p.add_argument("--out", default="attest-demo", help="folder for the exported HTML reports (default ./attest-demo)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("reports", help="list, show, export, verify or delete saved reports; the signing key")
    rsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = rsub.add_parser("list", help="list reports, newest first")
    q.add_argument("--kind", choices=REPORT_KINDS, help="only reports of this kind")
    q.add_argument("--search", help="only reports whose title or summary contains this text")
    q = rsub.add_parser("show", help="show one report")
    q.add_argument("id", type=_report_id)
    q = rsub.add_parser("export", help="export one report to JSON, HTML or PDF")
    q.add_argument("id", type=_report_id)
    q.add_argument("--format", choices=("json", "html", "pdf"), help="default: from the --out suffix")
    q.add_argument("--out", required=True, help="file to write (written atomically)")
    q.add_argument("--paper", choices=("a4", "letter"), default="a4", help="PDF page size (default a4)")
    rsub.add_parser("verify", help="walk the hash chain; name the first tampered report")
    q = rsub.add_parser("verify-file", help="check a signed JSON export: signature, digests, chain hash",
                        description="Check a signed JSON export (an in-toto statement in a DSSE envelope, or the "
                                    "older signed format). Exit status 0 sound, 3 failed, 2 unreadable input.")
    q.add_argument("file")
    q.add_argument("--key", metavar="PEM", help="the signer's public key (from `reports key --out`): the file must "
                                                "be signed by it")
    q = rsub.add_parser("key", help="print this installation's signing key id and public key (PEM)",
                        description="The public half of the key that signs JSON exports, for whoever checks them "
                                    "(created on first use; the private key stays in its 0600 file).")
    q.add_argument("--out", metavar="FILE.pem", help="write the public key PEM to this file instead")
    q = rsub.add_parser("delete", help="redact a report (title and content removed, chain kept)")
    q.add_argument("id", type=_report_id)
    p.set_defaults(handler=cmd_reports)

    p = sub.add_parser("bench", help="speed and quality against the peer libraries, as ratios")
    p.add_argument("which", choices=sorted(BENCH_MODULES))
    p.add_argument("--quick", action="store_true", help="a smaller run (minutes -> seconds)")
    p.add_argument("--sizes", default=None, metavar="N,N,...",
                   help="trace: registry sizes of the scale rows (default 1000,100000,1000000)")
    p.add_argument("--scale-only", action="store_true", help="trace: only the scale rows, not the peer comparison")
    p.set_defaults(handler=cmd_bench)

    for name in FEATURE_MODULES:
        module = _import_feature(name)
        if module is not None:
            module.register(sub)
    _add_global_options(sub)
    return parser


def _add_global_options(sub: argparse._SubParsersAction) -> None:
    """Accept --db, --device and --json after any sub-command too (feature modules need not)."""
    for parser in set(sub.choices.values()):
        known = parser._option_string_actions
        if "--db" not in known:
            parser.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        if "--device" not in known:
            parser.add_argument("--device", default=argparse.SUPPRESS, choices=("auto", "cpu", "cuda", "mps"),
                                help=argparse.SUPPRESS)
        if "--json" not in known:
            parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _add_global_options(action)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    for key, default in (("db", None), ("device", "auto"), ("json", False)):
        if not hasattr(args, key):
            setattr(args, key, default)
    # a sub-parser's own --json default must not undo a --json given before the sub-command
    args.json = bool(args.json) or "--json" in argv
    if args.command is None:
        return cmd_gui(args)
    handler: Callable[[argparse.Namespace, Context], int] = args.handler
    ctx = None
    try:
        ctx = Context(args)
        return int(handler(args, ctx) or 0)
    except AttestError as exc:
        if ctx is not None:
            ctx.job.close()
        if exc.kind is ErrorKind.CANCELLED:
            print(f"attest: {exc}", file=sys.stderr)
            return 130
        print(f"attest: error: {exc}", file=sys.stderr)
        return 2 if exc.kind is ErrorKind.BAD_INPUT else 1
    except KeyboardInterrupt:
        print("attest: interrupted", file=sys.stderr)
        return 130
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
