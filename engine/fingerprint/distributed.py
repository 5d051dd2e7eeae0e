"""Tracing on a Ray cluster: ``python main.py trace --ray ADDRESS``.

The same trace as :func:`engine.fingerprint.api.trace` (and the same rows as ``trace --jsonl``), with
the decoding spread over Ray actors. The driver (the process that runs the command) reads the
registry's codes and names from the database once and puts them in Ray's object store, lists the
inputs, and streams the rows back in input order; each actor loads the model once and traces one
batch of files at a time with :func:`engine.fingerprint.api.trace_batch`, the unit of work of a
local trace.

Ray is an optional extra (``pip install -e '.[scale]'``: ``ray[data]``, ``pyarrow``, ``pandas``),
imported only when this engine runs.

Addresses
---------
``local`` or ``auto``: a private Ray instance on this machine with all its CPUs, started for the run
and shut down after it (or, when this process is already connected to Ray, that instance, left
running). It listens on the loopback address only, uses token authentication with a token that lives
in this process's environment (nothing is written to ``~/.ray``), has no dashboard and sends no usage
statistics; its session files go to Ray's temporary folder (``/tmp/ray``). Anything else
(``HEAD:6379``) is an existing cluster, checked to be reachable first (Ray itself retries an
unreachable address for minutes).

A run on several machines
-------------------------
The actors open the images, the weights and the bundled assets *by path*, the paths the driver
resolved: every node must see the same files at the same paths (a shared filesystem such as NFS, or
identical copies) and run the same Attest checkout, dependencies and Ray version. Only the driver
opens the database, so it need not be shared::

    # on the head node
    ray start --head --port=6379
    # on each worker node
    ray start --address=HEAD:6379
    # on the head node, from the Attest checkout on the shared filesystem
    python main.py --db attest.db trace --ray HEAD:6379 --manifest /shared/m.csv --jsonl /shared/out.jsonl

Each actor compares the SHA-256 of the weights it loaded with the driver's and refuses to trace with
others, so a node with a different copy cannot slip into the report. With ``--device cuda`` (or
``auto``) and GPUs in the cluster, each actor takes one GPU; otherwise one CPU (``cpus_per_worker``).
Actors wait for free resources: ``--workers`` is capped at what the cluster holds when the run starts.

Why Ray Data
------------
The job is a long stream of small, independent units (a file in, one row out) whose worker is
expensive to start (a model to load) and cheap to call. Ray Data's ``map_batches`` with a callable
class has that shape: a pool of long-lived actors that keep the model, batches streamed through them
with backpressure (the driver holds only the rows in flight), input order kept on request, GPUs
scheduled as resources, and a dead actor restarted. Dask can do it, but its collections are task
graphs of pure functions planned before they run (for millions of files, a graph of millions of
tasks), and a model kept per worker needs its actors or worker plugins, the less travelled parts of
it. Spark brings a JVM beside Python and moves every row between the JVM and the Python workers; a
model per executor is a convention (a per-partition setup or a cached global) rather than a
construct; it is a heavy install for a desktop app whose users mostly never run a cluster. Plain
``multiprocessing`` covers one machine only, and leaves ordering, backpressure, retries and progress
to us. The price of Ray is its start: seconds for the instance, then one model load per actor and
run, so it pays only on runs long compared with that (:func:`ray_throughput` measures it).

Input order and memory
----------------------
The inputs go into the object store as one block per batch (the index, label, absolute path and, for
a folder that could not be listed, the error of each entry: about the length of a path per image),
grouped exactly as :func:`api.trace` groups them. Ray Data runs with ``preserve_order``, so the rows
come back in input order; a reorder buffer keyed by the index writes them in order regardless, and
would hold only the rows that arrived early. The JSON Lines file is line for line what ``trace
--jsonl`` writes for the same inputs (same batches, same code; decoding with other thread counts has
given the same bits here, but that is not a promise of the CPU libraries), and the Parquet file
(``--parquet DIR``: ``DIR/results.parquet``) holds the same rows as columns, with the decoded bits.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import logging
import os
import re
import secrets
import socket
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from core.errors import AttestError
from core.fileio import sha256_file
from core.jobs import Job, ensure_job

from . import api
from .tracing import SEARCH_VIEWS, VERDICTS, Candidate, TraceOptions, TraceResult

if TYPE_CHECKING:
    from .system import FingerprintSystem

__all__ = ["LOCAL_ADDRESSES", "SCALE_EXTRA", "ray_throughput", "shutdown_local", "start_local", "trace_on_ray"]

SCALE_EXTRA = "the Ray engine needs the scale extra: pip install -e '.[scale]'"
LOCAL_ADDRESSES = ("auto", "local")
DEFAULT_PORT = 6379
CONNECT_TIMEOUT_S = 5.0
PARQUET_NAME = "results.parquet"

# -- Ray itself -----------------------------------------------------------------------------------------
_saved_env: dict[str, str | None] = {}   # what start_local replaced in os.environ, restored by shutdown_local
_token = secrets.token_hex(32)          # this process's token for the local instances it starts


def _ray() -> Any:
    try:
        import ray
        import ray.data  # the extra installs both
    except ImportError:
        raise AttestError(SCALE_EXTRA) from None
    return ray


def _set_env(values: dict[str, str]) -> None:
    for key, value in values.items():
        _saved_env.setdefault(key, os.environ.get(key))
        os.environ[key] = value


def _restore_env() -> None:
    for key, value in _saved_env.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    _saved_env.clear()


@contextlib.contextmanager
def _quiet_loggers(names: Sequence[str], level: int = logging.WARNING) -> Iterator[None]:
    loggers = [logging.getLogger(n) for n in names]
    before = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(max(level, lg.getEffectiveLevel()))
    try:
        yield
    finally:
        for lg, lvl in zip(loggers, before, strict=True):
            lg.setLevel(lvl)


class _NoProgressBarNote(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Progress bars disabled")


@contextlib.contextmanager
def _quiet_ray_data() -> Iterator[None]:
    """Ray Data's console messages (one INFO line per execution, a note that its progress bars are
    off: the job's progress replaces them) and the deprecation warnings of its own settings are left
    out; other warnings stay. Its session log is untouched."""
    handlers = [h for h in logging.getLogger("ray.data").handlers
                if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)]
    before = [h.level for h in handlers]
    note = _NoProgressBarNote()
    for h in handlers:
        h.setLevel(max(logging.WARNING, h.level))
        h.addFilter(note)
    try:
        with warnings.catch_warnings():   # copies of its context warn about its own deprecated settings
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"ray\.data\.")
            yield
    finally:
        for h, lvl in zip(handlers, before, strict=True):
            h.setLevel(lvl)
            h.removeFilter(note)


def start_local(num_cpus: int | None = None, *, temp_dir: str | Path | None = None) -> bool:
    """Start a private Ray instance on this machine (``num_cpus``: all of them by default); False if
    this process is already connected to Ray (that instance is then used and left alone).

    Loopback only: Ray has no bind-address setting, it listens on the node's address; with clusters
    turned off (its setting for single-machine platforms, ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0``)
    that address is 127.0.0.1. Token authentication (Ray's default for a new instance) with a token
    kept in this process's environment, no usage statistics, no dashboard, no worker logs echoed."""
    ray = _ray()
    if ray.is_initialized():
        return False
    env = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
    if not (os.environ.get("RAY_AUTH_TOKEN") or os.environ.get("RAY_AUTH_TOKEN_PATH")
            or (Path.home() / ".ray" / "auth_token").is_file()):
        env["RAY_AUTH_TOKEN"] = _token   # else Ray writes a new token to ~/.ray/auth_token
    _set_env(env)
    _saved_env.setdefault("RAY_AUTH_MODE", os.environ.get("RAY_AUTH_MODE"))   # Ray sets it for a new instance
    # Ray reads the switch when it is imported, and it may have been imported already: set it for this start
    constants: Any = sys.modules.get("ray._private.ray_constants")
    clusters = getattr(constants, "ENABLE_RAY_CLUSTER", None)
    if clusters is not None:
        constants.ENABLE_RAY_CLUSTER = False
    kwargs: dict[str, Any] = {}
    if temp_dir is not None:
        kwargs["_temp_dir"] = str(temp_dir)
    try:
        with _quiet_loggers(["ray._private.authentication.authentication_token_setup"], logging.ERROR):
            ray.init(address="local", num_cpus=int(num_cpus or os.cpu_count() or 1), include_dashboard=False,
                     log_to_driver=False, logging_level=logging.WARNING, _node_ip_address="127.0.0.1", **kwargs)
    except Exception as exc:
        _restore_env()
        raise AttestError(f"could not start a local Ray instance: {_first_line(exc)}") from None
    finally:
        if clusters is not None:
            constants.ENABLE_RAY_CLUSTER = clusters
    return True


def shutdown_local() -> None:
    """Shut down the Ray instance this process is connected to and restore what :func:`start_local`
    set in the environment."""
    ray = _ray()
    try:
        ray.shutdown()
    finally:
        _restore_env()


def _host_port(address: str) -> tuple[str, int]:
    rest = address.split("://", 1)[1] if "://" in address else address
    rest = rest.split("/", 1)[0]
    if rest.startswith("["):  # [IPv6]:port
        host, _, port = rest[1:].partition("]")
        port = port.lstrip(":")
    else:
        host, _, port = rest.rpartition(":") if rest.count(":") == 1 else (rest, "", "")
    try:
        return host, int(port) if port else DEFAULT_PORT
    except ValueError:
        raise AttestError(f"--ray {address}: expected HOST:PORT, 'local' or 'auto'") from None


def _connect(address: str) -> bool:
    """Use the Ray instance at ``address`` (module docstring); True if this call started one."""
    address = (address or "local").strip()
    if address.lower() in LOCAL_ADDRESSES:
        return start_local()
    ray = _ray()
    if ray.is_initialized():
        return False
    host, port = _host_port(address)
    try:
        with socket.create_connection((host, port), timeout=CONNECT_TIMEOUT_S):
            pass
    except OSError as exc:
        why = exc.strerror or str(exc) or type(exc).__name__
        raise AttestError(f"cannot reach the Ray cluster at {address}: {why} (start it with "
                          f"ray start --head --port={port}, or use --ray local)") from None
    try:
        ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
    except Exception as exc:
        raise AttestError(f"cannot connect to the Ray cluster at {address}: {_first_line(exc)}") from None
    return False


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else "") or type(exc).__name__


def _attest_cause(exc: BaseException) -> AttestError | None:
    """The AttestError a Ray failure carries (raised in an actor), if any."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, AttestError):
            return e
        stack += [x for x in (e.__cause__, e.__context__, getattr(e, "cause", None)) if isinstance(x, BaseException)]
    return None


# -- the rows ------------------------------------------------------------------------------------------
def _schema() -> Any:
    import pyarrow as pa
    return pa.schema([
        ("index", pa.int64()), ("image", pa.string()), ("verdict", pa.string()), ("user", pa.string()),
        ("p_value", pa.float64()), ("bit_accuracy", pa.float64()), ("sha256", pa.string()), ("view", pa.string()),
        ("error", pa.string()), ("candidates_json", pa.string()), ("bits", pa.string()), ("best_code", pa.string()),
        ("confidence", pa.list_(pa.float64())),
    ])


def _row(index: int, item: api.TraceItem) -> dict[str, Any]:
    if isinstance(item, api.TraceFailure):
        return {"index": index, "image": item.image, "verdict": "error", "error": item.error}
    return {"index": index, "image": item.image, "verdict": item.verdict, "user": item.user,
            "p_value": item.p_value, "bit_accuracy": item.bit_accuracy, "sha256": item.sha256, "view": item.view,
            "candidates_json": json.dumps([c.to_dict() for c in item.candidates], separators=(",", ":")),
            "bits": "".join(str(b) for b in item.bits), "best_code": "".join(str(b) for b in item.best_code),
            "confidence": list(item.confidence)}


def _item(row: dict[str, Any]) -> api.TraceItem:
    """The trace item a row stands for (its ``to_dict()`` is the JSON line)."""
    if row["verdict"] == "error":
        return api.TraceFailure(row["image"], row["error"])
    return TraceResult(
        image=row["image"], user=row["user"], verdict=row["verdict"], bit_accuracy=row["bit_accuracy"],
        p_value=row["p_value"], candidates=tuple(Candidate(**c) for c in json.loads(row["candidates_json"])),
        bits=tuple(int(c) for c in row["bits"] or ""), confidence=tuple(row["confidence"] or ()),
        best_code=tuple(int(c) for c in row["best_code"] or ""), view=row["view"] or "identity",
        sha256=row["sha256"] or "")


class TraceWorker:
    """A Ray Data actor: the model, loaded once, and a matcher over the registry's codes and names
    (numpy arrays from the object store). Each call gets a block with one row per batch of files (see
    :func:`_batches`; an entry with an error is a folder that could not be listed, passed through)
    and returns one row per entry (:func:`_schema`)."""

    def __init__(self, words: Any, names: Any, k: int, options: TraceOptions, weights: str | None, device: str,
                 model_sha256: str, threads: int = 1) -> None:
        import ray
        import torch

        from .index import CodeIndex
        from .system import load_system
        from .tracing import Matcher
        if isinstance(words, ray.ObjectRef):
            words = ray.get(words)
        if isinstance(names, ray.ObjectRef):
            names = ray.get(names)
        if threads >= 1:
            torch.set_num_threads(int(threads))
        self.system: FingerprintSystem = load_system(weights, device=device)
        if self.system.sha256 != model_sha256:
            raise AttestError(f"a Ray worker on {socket.gethostname()} loaded other fingerprint weights "
                              f"({self.system.sha256[:12]}, the driver has {model_sha256[:12]}): every node must "
                              "read the same weights file")
        arr = np.asarray(names)
        self.matcher = Matcher(CodeIndex(np.asarray(words, np.uint64), k), lambda pos: [str(arr[p]) for p in pos])
        self.options = options

    def __call__(self, block: Any) -> Any:
        import pyarrow as pa
        rows: list[dict[str, Any]] = []
        for part in block.to_pylist():   # one row per batch of files (see _batches)
            index, labels, paths, errors = part["index"], part["image"], part["path"], part["error"]
            todo = [(lab, Path(p)) for lab, p, e in zip(labels, paths, errors, strict=True) if not e]
            traced = iter(api.trace_batch(self.system, self.matcher, todo, self.options)[0] if todo else [])
            rows += [_row(i, api.TraceFailure(lab, e) if e else next(traced))
                     for i, lab, e in zip(index, labels, errors, strict=True)]
        return pa.Table.from_pylist(rows, schema=_schema())


def _batches(inputs: api.TraceInputs, batch: int) -> tuple[list[dict[str, list[Any]]], int]:
    """The inputs in batches as :func:`api.trace` batches them (``batch`` files each; a folder that
    could not be listed rides along without counting): one item per batch, with the ``index``,
    ``image`` (label), absolute ``path`` and ``error`` of each entry; and the number of entries."""
    items: list[dict[str, list[Any]]] = []
    cur: dict[str, list[Any]] = {"index": [], "image": [], "path": [], "error": []}
    files = 0
    n = 0
    for entry in inputs.entries():
        cur["index"].append(n)
        n += 1
        if isinstance(entry, api.TraceFailure):
            cur["image"].append(entry.image)
            cur["path"].append("")
            cur["error"].append(entry.error)
            continue
        label, path = entry
        cur["image"].append(label)
        cur["path"].append(str(path.absolute()))
        cur["error"].append("")
        files += 1
        if files >= batch:
            items.append(cur)
            cur = {"index": [], "image": [], "path": [], "error": []}
            files = 0
    if cur["index"]:
        items.append(cur)
    return items, n


# -- the engine ------------------------------------------------------------------------------------------
def _placement(ray: Any, device: str, workers: int | None, cpus_per_worker: float) -> tuple[int, dict[str, Any], str]:
    """(actors, per-actor resources, actor device) for this cluster."""
    res = ray.cluster_resources()
    gpus, cpus = int(res.get("GPU", 0)), float(res.get("CPU", 0))
    dev = (device or "cpu").lower()
    if dev in ("cuda", "auto") and gpus > 0:
        fit = gpus
        resources: dict[str, Any] = {"num_gpus": 1, "num_cpus": min(cpus_per_worker, max(cpus / gpus, 0.5))}
        dev = "cuda"
    elif dev == "cuda":
        raise AttestError("--device cuda was asked for, but the Ray cluster has no GPU")
    else:
        fit = int(cpus // cpus_per_worker)
        resources = {"num_cpus": cpus_per_worker}
        dev = "cpu" if dev == "auto" else dev
    if fit < 1:
        raise AttestError(f"the Ray cluster has {cpus:g} CPU(s) and {gpus} GPU(s): not enough for one worker")
    return max(1, min(workers or fit, fit)), resources, dev


def trace_on_ray(inputs: api.TraceInputs | Sequence[str | Path], options: TraceOptions | None = None, *,
                 address: str = "local", jsonl: str | Path | None = None, parquet: str | Path | None = None,
                 workers: int | None = None, batch: int = 64, job: Job | None = None, db: Any,
                 device: str = "cpu", weights: str | Path | None = None, cpus_per_worker: float = 1.0) -> api.TraceRun:
    """:func:`api.trace` on Ray (module docstring): ``workers`` actors (default: one per CPU, or per GPU
    with ``device`` cuda/auto on a cluster with GPUs; at most what the cluster holds), each tracing
    ``batch`` files at a time. With ``jsonl`` and/or ``parquet`` (a folder; ``results.parquet`` in
    it) the run is streamed like :func:`api.trace_to_jsonl`: the rows go to the files (written to
    ``.partial`` names and renamed when the run completes) and the run keeps the counts and the first
    failures; the report names the JSON Lines file (else the Parquet file) by its SHA-256. Without
    either, the run keeps every item in input order (for small runs)."""
    t0 = time.perf_counter()
    opts = options or TraceOptions()
    job = ensure_job(job)
    if batch < 1:
        raise AttestError(f"--batch must be at least 1 (got {batch})")
    if workers is not None and workers < 1:
        raise AttestError(f"--workers must be at least 1 (got {workers})")
    if cpus_per_worker <= 0:
        raise AttestError(f"CPUs per worker must be positive (got {cpus_per_worker})")
    inputs = inputs if isinstance(inputs, api.TraceInputs) else api.TraceInputs(tuple(str(p) for p in inputs))
    lists = inputs.lists()
    _ray()   # the extra is missing: say so before anything is loaded
    session = api.open_session(db, device="cpu", weights=weights)   # the driver only reads the model's identity
    system, registry = session.system, session.registry
    if registry.count() == 0:
        raise AttestError(api.EMPTY_REGISTRY)
    ids, words = registry.code_words()
    names_by_id = registry.names_of(ids)
    names = np.array([names_by_id[int(i)] for i in ids], dtype=str)
    registry_sha = registry.codes_sha256()
    job.progress(0, 1, "listing the images")
    items, total = _batches(inputs, batch)
    if total == 0:
        raise AttestError("no images to trace")
    keep = jsonl is None and parquet is None
    out = Path(jsonl) if jsonl is not None else None
    pq_path = Path(parquet) / PARQUET_NAME if parquet is not None else None
    partials = [p.with_name(p.name + ".partial") for p in (out, pq_path) if p is not None]
    weights_path = str(Path(weights).absolute()) if weights is not None else None
    started = False
    try:
        with contextlib.redirect_stdout(sys.stderr):   # Ray prints cluster messages to stdout; --json owns it
            started = _connect(address)
            try:
                consumed = _run(items, total, opts, job, words=words, names=names, k=system.k,
                                weights=weights_path, device=device, sha256=system.sha256, workers=workers,
                                cpus_per_worker=cpus_per_worker, keep=keep, out=out, pq_path=pq_path)
            finally:
                if started:
                    shutdown_local()
    except BaseException:
        for p in partials:
            p.unlink(missing_ok=True)
        raise
    kept, totals, failures = consumed
    n_ok = sum(totals[v] for v in VERDICTS)
    if n_ok == 0:
        for p in partials:
            p.unlink(missing_ok=True)
        if len(failures) == 1:
            raise AttestError(api._failure_line(failures[0]))
        raise AttestError(f"none of the {totals['error']} images could be traced: "
                          f"{api._join_failures(failures, totals['error'])}")
    results_file = results_sha = None
    for final in (pq_path, out):   # the JSON Lines file, when there is one, is the report's results file
        if final is not None:
            os.replace(final.with_name(final.name + ".partial"), final)
            results_file, results_sha = str(final), sha256_file(final)
    run = api.TraceRun(tuple(kept), opts, len(words), registry_sha, system.k, system.sha256, Path(system.path).name,
                       SEARCH_VIEWS if opts.search else 1, totals, tuple(failures), list_inputs=lists,
                       seconds=time.perf_counter() - t0)
    return replace(run, results_file=results_file, results_sha256=results_sha) if results_file else run


def _run(items: list[dict[str, list[Any]]], total: int, opts: TraceOptions, job: Job, *, words: np.ndarray,
         names: np.ndarray, k: int, weights: str | None, device: str, sha256: str, workers: int | None,
         cpus_per_worker: float, keep: bool, out: Path | None,
         pq_path: Path | None) -> tuple[list[api.TraceItem], dict[str, int], list[api.TraceFailure]]:
    """Run the dataset and consume its rows in input order: (kept items, totals, first failures)."""
    ray = _ray()
    n_actors, resources, actor_device = _placement(ray, device, workers, cpus_per_worker)
    n_actors = min(n_actors, len(items))   # an actor without a batch would only load the model
    kept: list[api.TraceItem] = []
    failures: list[api.TraceFailure] = []
    totals: dict[str, int] = {v: 0 for v in (*VERDICTS, "error")}
    writers = _Writers(out, pq_path)

    def emit(rows: list[dict[str, Any]]) -> None:
        for row in rows:
            item = _item(row)
            totals[item.verdict] += 1
            if isinstance(item, api.TraceFailure) and len(failures) < api.KEEP_FAILURES:
                failures.append(item)
            if keep:
                kept.append(item)
            writers.line(item)
        writers.rows(rows)

    batches: Any = None
    with _quiet_ray_data():
        ctx = ray.data.DataContext.get_current()
        saved = (ctx.execution_options.preserve_order, ctx.enable_progress_bars)
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        try:
            writers.open()
            job.progress(0, total, f"starting {n_actors} Ray worker(s) for {total:,} image(s)")
            registry = {"words": ray.put(np.ascontiguousarray(words, np.uint64)), "names": ray.put(names)}
            ds = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
                TraceWorker, batch_size=None, batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=n_actors),
                fn_constructor_kwargs={**registry, "k": k, "options": opts, "weights": weights,
                                       "device": actor_device, "model_sha256": sha256,
                                       "threads": max(1, int(cpus_per_worker))},
                **resources)
            items.clear()   # the batches live in the object store now
            pending: list[tuple[int, int, dict[str, Any]]] = []   # the reorder buffer: (index, seq, row)
            seq = expected = done = 0
            batches = iter(ds.iter_batches(batch_size=None, batch_format="pyarrow"))
            for table in batches:
                ready: list[dict[str, Any]] = []
                for row in table.to_pylist():
                    heapq.heappush(pending, (row["index"], seq, row))
                    seq += 1
                while pending and pending[0][0] == expected:
                    ready.append(heapq.heappop(pending)[2])
                    expected += 1
                emit(ready)
                done += table.num_rows
                job.progress(done, total, f"traced {done:,} of {total:,} on Ray")
            if pending or expected != total:
                raise RuntimeError(f"the Ray engine returned {expected} of {total} rows in order")
        except AttestError:   # Cancelled included
            raise
        except Exception as exc:
            raise _failure(ray, exc) from None
        finally:
            if batches is not None and hasattr(batches, "close"):
                batches.close()   # stops the dataset's execution (and its actors) when the loop ended early
            writers.close()
            ctx.execution_options.preserve_order, ctx.enable_progress_bars = saved
    job.progress(total, total, "matched")
    return kept, totals, failures


class _Writers:
    """The run's output files: JSON Lines (one ``to_dict()`` per line) and Parquet (the rows), each
    written to ``NAME.partial``."""

    def __init__(self, out: Path | None, pq_path: Path | None) -> None:
        self.out, self.pq_path = out, pq_path
        self.fh: Any = None
        self.pq: Any = None

    def open(self) -> None:
        if self.out is not None:
            try:
                self.fh = self.out.with_name(self.out.name + ".partial").open("w", encoding="utf-8")
            except OSError as exc:
                raise AttestError(f"cannot write {self.out}: {exc.strerror or exc}") from None
        if self.pq_path is not None:
            import pyarrow.parquet as pq
            try:
                self.pq_path.parent.mkdir(parents=True, exist_ok=True)
                self.pq = pq.ParquetWriter(str(self.pq_path.with_name(self.pq_path.name + ".partial")), _schema())
            except OSError as exc:
                raise AttestError(f"cannot write {self.pq_path}: {exc.strerror or exc}") from None

    def line(self, item: api.TraceItem) -> None:
        if self.fh is not None:
            self.fh.write(json.dumps(item.to_dict(), separators=(",", ":")) + "\n")

    def rows(self, rows: list[dict[str, Any]]) -> None:
        if self.pq is not None and rows:
            import pyarrow as pa
            self.pq.write_table(pa.Table.from_pylist(rows, schema=_schema()))

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
        if self.pq is not None:
            self.pq.close()


_EXC_LINE = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Interrupt)): (.+)$", re.MULTILINE)


def _failure(ray: Any, exc: Exception) -> Exception:
    """What a failure inside Ray means for the user: the AttestError an actor raised (a worker without
    the weights, or with other ones), a worker that could not start, or a cluster failure; anything
    else (a bug) is returned as it is."""
    cause = _attest_cause(exc)
    if cause is not None:
        return AttestError(str(cause), cause.kind)
    text = str(exc)
    found = _EXC_LINE.findall(text)
    attest = [msg for name, msg in found if name.rsplit(".", 1)[-1] == "AttestError"]
    if attest:
        return AttestError(attest[-1])
    if isinstance(exc, ray.exceptions.RayActorError) and getattr(exc, "actor_init_failed", False):
        why = f"{found[-1][0].rsplit('.', 1)[-1]}: {found[-1][1]}" if found else _first_line(exc)
        return AttestError(f"a Ray worker could not start: {why} (every node needs this Attest checkout, its "
                           "dependencies and the weights at the same paths)")
    if isinstance(exc, ray.exceptions.RayError) and not isinstance(exc, ray.exceptions.RayTaskError):
        return AttestError(f"the Ray cluster failed during the trace: {_first_line(exc)}")
    return exc


# -- throughput ------------------------------------------------------------------------------------------
class _Clock(Job):
    """A job that notes when each batch of rows arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[float, float]] = []

    def progress(self, done: float, total: float, message: str = "") -> None:
        if message.startswith("traced "):
            self.marks.append((time.perf_counter(), float(done)))
        super().progress(done, total, message)


def _rate(seconds: float, n: int) -> float:
    return round(n / seconds, 2) if seconds > 0 else 0.0


def ray_throughput(images_dir: str | Path, workers_list: Sequence[int] = (1, 2), *, db: Any, device: str = "cpu",
                   weights: str | Path | None = None, batch: int = 64, address: str = "local",
                   cpus_per_worker: float = 1.0, local: bool = True,
                   log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Images per second of a trace of ``images_dir``: locally (:func:`api.trace`, the model already
    loaded) and on Ray with each number of workers. The Ray instance is started once (``start_s``) and
    kept for every run; each Ray run's ``seconds`` includes starting its actors and loading the
    model in them, ``steady_images_per_s`` counts only the rows after the first batch arrived."""
    from .system import load_system
    folder = str(images_dir)
    out: dict[str, Any] = {"images": 0, "batch": batch, "cpus": os.cpu_count(), "ray": {}}
    if local:
        load_system(weights, device=device)  # warm: the local figure is the tracing, not the loading
        t = time.perf_counter()
        run = api.trace([folder], db=db, device=device, weights=weights, keep=False, batch=batch)
        sec = time.perf_counter() - t
        out["images"] = run.n_traced + run.n_failed
        out["local"] = {"seconds": round(sec, 3), "images_per_s": _rate(sec, run.n_traced),
                        "torch_threads": _torch_threads()}
        if log:
            log(f"local: {out['local']}")
    t = time.perf_counter()
    started = _connect(address)
    out["start_s"] = round(time.perf_counter() - t, 3)
    try:
        for w in workers_list:
            clock = _Clock()
            t = time.perf_counter()
            run = trace_on_ray([folder], address=address, workers=w, batch=batch, job=clock, db=db, device=device,
                               weights=weights, cpus_per_worker=cpus_per_worker)
            sec = time.perf_counter() - t
            n = run.n_traced
            out["images"] = n + run.n_failed
            row: dict[str, Any] = {"seconds": round(sec, 3), "images_per_s": _rate(sec, n)}
            if len(clock.marks) >= 2:
                (t1, d1), (t2, d2) = clock.marks[0], clock.marks[-1]
                row["first_rows_s"] = round(t1 - t, 3)
                row["steady_images_per_s"] = _rate(t2 - t1, int(d2 - d1))
            out["ray"][w] = row
            if log:
                log(f"ray, {w} worker(s): {row}")
    finally:
        if started:
            shutdown_local()
    return out


def _torch_threads() -> int:
    import torch
    return int(torch.get_num_threads())
