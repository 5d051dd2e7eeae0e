"""``bench trace`` at provider scale: registries of 1,000, 100,000 and 1,000,000 codes.

For each registry size N, in a fresh database:

- eight real users are enrolled with the model's screen, then N - 8 more in bulk without it
  (``enroll --from FILE --no-screen``): milliseconds per user, amortised; then 20 single
  enrollments (index probes in SQLite) at that size;
- the eight users' generators make ``per_user`` images each; the images are attacked (none, JPEG 50,
  WebP 60) and written as PNG files, with unfingerprinted images beside them;
- the folders are traced end to end (read, hash, decode, match, decide) with a streamed trace:
  milliseconds per image (the difference between a run over all the images and one over a quarter of
  them, so the run's fixed cost cancels), the registry's one-off load (snapshot + index build), the
  nearest-code search alone (8 nearest of random codes: ms and the share of the registry it scores),
  the share attributed
  to the right user under each rule (weighted, Hamming, weighted with the geometric search), false
  attributions among the unfingerprinted images, and the peak of the Python and numpy heap
  (``tracemalloc``; torch's own buffers are not counted) for a quarter of the images and for all of
  them.

The screen's cost is measured once (seconds per candidate code, and the share it refuses), because
screening a million codes is hours of model time on this CPU.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import numpy as np

from .codes import DEFAULT_FPR, matches_needed
from .tracing import SEARCH_VIEWS

SIZES = (1_000, 100_000, 1_000_000)
ATTACK_SETS = ("none", "jpeg50", "webp60")


def decision_table(k: int, fpr: float = DEFAULT_FPR, sizes: tuple[int, ...] = (1, 1_000, 100_000, 1_000_000),
                   views: int = SEARCH_VIEWS) -> list[dict[str, int]]:
    """Matching bits the Hamming rule needs to attribute at ``fpr``, by registry size, with and without the
    geometric search's views."""
    return [{"users": n, "matches_needed": matches_needed(k, fpr, n),
             "matches_needed_search": matches_needed(k, fpr, n * views)} for n in sizes]


def _screen_cost(system: Any, n: int = 16) -> dict[str, float]:
    from .codes import Codebook, new_secret
    book = Codebook(system.k, 2, new_secret())
    bits = np.array([book.candidate(i) for i in range(n)], np.uint8)
    system.code_check_many(bits[:2])  # warm
    t0 = time.perf_counter()
    ok = system.code_check_many(bits)
    dt = time.perf_counter() - t0
    return {"seconds_per_candidate": round(dt / n, 4), "refused_share": round(float(1 - ok.mean()), 3),
            "candidates": n}


def _write_sets(system: Any, names: list[str], codes: np.ndarray, per_user: int, n_clean: int, folder: Path,
                seed: int) -> dict[str, Path]:
    from . import attacks as A
    from .evaluate import EVAL_SEED_BASE
    truth = np.repeat(np.arange(len(names)), per_user)
    z = system.latents([EVAL_SEED_BASE + 60_000 + seed * 1000 + i for i in range(len(truth))])
    fp = system.generate(codes[truth], z)
    clean = system.generate(None, system.latents([EVAL_SEED_BASE + 80_000 + seed * 1000 + i
                                                  for i in range(n_clean)]))
    out: dict[str, Path] = {}
    sets = {"none": fp, "jpeg50": A.jpeg(fp, 50), "webp60": A.webp(fp, 60), "clean": clean}
    for name, x in sets.items():
        d = folder / name
        d.mkdir(parents=True, exist_ok=True)
        for j, im in enumerate(A.to_uint8_images(x)):
            who = names[truth[j]] if name != "clean" else "clean"
            im.save(d / f"{who}__{j:04d}.png")
        out[name] = d
    return out


def _attributed(rows: list[dict[str, Any]], folder: Path) -> tuple[float, int]:
    """(share attributed to the user named in the file name, images) for the rows of one folder."""
    mine = [r for r in rows if Path(r["image"]).parent == folder]
    right = sum(r.get("user") == Path(r["image"]).name.split("__")[0] for r in mine)
    return right / max(1, len(mine)), len(mine)


def _trace_rows(db: Any, folders: list[Path], options: Any, out: Path, batch: int = 64,
                heap: bool = False) -> tuple[list[dict[str, Any]], float, int]:
    """(rows, seconds, peak heap bytes); ``heap`` runs under ``tracemalloc`` (which slows allocation:
    timed runs go without it)."""
    import json

    from . import api
    if heap:
        tracemalloc.start()
    t0 = time.perf_counter()
    run = api.trace_to_jsonl(api.TraceInputs(tuple(map(str, folders))), options, out, db=db, batch=batch)
    dt = time.perf_counter() - t0
    peak = 0
    if heap:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == run.n_traced + run.n_failed
    return rows, dt, peak


def scale_rows(system: Any, sizes: tuple[int, ...] = SIZES, users: int = 8, per_user: int = 8, n_clean: int = 64,
               job: Any = None, workdir: Path | None = None) -> dict[str, Any]:
    import sqlite_utils

    from core.jobs import ensure_job

    from . import api
    from .registry import Registry
    from .tracing import TraceOptions
    job = ensure_job(job)
    base = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="attest-scale-"))
    rows_out = []
    try:
        screen = _screen_cost(system)
        for si, n in enumerate(sizes):
            sub = job.stage(si / len(sizes), (si + 1) / len(sizes), f"registry of {n:,}")
            folder = base / f"n{n}"
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite_utils.Database(folder / "registry.db")
            reg = Registry(db, k=system.k, model_sha256=system.sha256, screen=system.code_check,
                           screen_many=system.code_check_many)
            names = [f"real{i}" for i in range(users)]
            real = reg.enroll_many(names, screen=True)
            t0 = time.perf_counter()
            bulk = reg.enroll_many((f"user{i:07d}" for i in range(n - users)), screen=False, total=n - users,
                                   job=sub.stage(0.0, 0.6, "bulk enrollment"))
            bulk_s = time.perf_counter() - t0
            reg.screen = None
            t0 = time.perf_counter()
            for i in range(20):
                reg.enroll(f"single{i}")
            single_ms = (time.perf_counter() - t0) * 1000 / 20
            codes = np.array([reg.get(x).code for x in names], np.uint8)
            sets = _write_sets(system, names, codes, per_user, n_clean, folder / "images", si)
            sub.progress(0.7, 1, "tracing")
            t0 = time.perf_counter()
            matcher = api.registry_matcher(reg)
            load_s = time.perf_counter() - t0
            all_folders = [sets[a] for a in ATTACK_SETS] + [sets["clean"]]
            _trace_rows(db, [sets["none"]], TraceOptions(), folder / "warm.jsonl")  # model and caches warm
            weighted, t_w, _ = _trace_rows(db, all_folders, TraceOptions(), folder / "w.jsonl")
            quarter, t_q, _ = _trace_rows(db, [sets["none"]], TraceOptions(), folder / "q.jsonl")
            _, _, peak_all = _trace_rows(db, all_folders, TraceOptions(), folder / "wh.jsonl", heap=True)
            _, _, peak_quarter = _trace_rows(db, [sets["none"]], TraceOptions(), folder / "qh.jsonl", heap=True)
            # the run's fixed cost (model and registry load) cancels in the difference of the two runs
            marginal_ms = 1000 * (t_w - t_q) / max(1, len(weighted) - len(quarter))
            rng = np.random.default_rng(si)
            probe = rng.integers(0, 1 << min(system.k, 63), 64).astype(np.uint64)
            t0 = time.perf_counter()
            matcher.index.knn(probe, 8)
            knn_ms = 1000 * (time.perf_counter() - t0) / len(probe)
            scored_share = matcher.index.last_scored / (len(probe) * max(1, matcher.n))
            hamming, _, _ = _trace_rows(db, all_folders, TraceOptions(rule="hamming"), folder / "h.jsonl")
            searched, _, _ = _trace_rows(db, [sets["jpeg50"], sets["webp60"], sets["clean"]],
                                         TraceOptions(search=True), folder / "s.jsonl")
            n_img = len(weighted)
            row: dict[str, Any] = {
                "users": reg.count(), "bulk_ms_per_user": round(1000 * bulk_s / max(1, bulk.enrolled), 4),
                "bulk_too_close": bulk.too_close, "bulk_drawn": bulk.drawn,
                "single_enroll_ms": round(single_ms, 2), "real_users_screen_s": round(real.screen_seconds, 1),
                "registry_load_s": round(load_s, 3), "knn_ms_per_image": round(knn_ms, 3),
                "knn_scored_share": round(float(scored_share), 5),
                "trace_ms_per_image": round(marginal_ms, 2), "trace_run_s": round(t_w, 2), "traced_images": n_img,
                "peak_heap_mb_quarter": round(peak_quarter / 2**20, 1), "peak_heap_mb_all": round(peak_all / 2**20, 1),
            }
            for rule, rows in (("weighted", weighted), ("hamming", hamming), ("weighted_search", searched)):
                for a in ATTACK_SETS:
                    if (rule == "weighted_search") and a == "none":
                        continue
                    share, _ = _attributed(rows, sets[a])
                    row[f"{rule}_{a}"] = round(share, 4)
                clean = [r for r in rows if Path(r["image"]).parent == sets["clean"]]
                row[f"{rule}_clean_false"] = sum(r["verdict"] == "attributed" for r in clean)
                row[f"{rule}_clean_images"] = len(clean)
            rows_out.append(row)
            db.close()
            shutil.rmtree(folder / "images", ignore_errors=True)
    finally:
        if workdir is None:
            shutil.rmtree(base, ignore_errors=True)
    return {"rows": rows_out, "screen": screen, "decision": decision_table(system.k),
            "params": {"users": users, "per_user": per_user, "clean": n_clean, "attacks": list(ATTACK_SETS),
                       "fpr_threshold": DEFAULT_FPR, "k": system.k}}


def print_scale(data: dict[str, Any], out: Any) -> None:
    p = data["params"]
    out(f"scale: {p['users']} real users x {p['per_user']} images per attack among N codes, {p['clean']} clean images, "
        f"FPR {p['fpr_threshold']:g}")
    out(f"{'N':>10}{'bulk ms/u':>10}{'single ms':>10}{'load s':>8}{'knn ms':>8}{'trace ms/img':>13}{'heap MB':>12}"
        f"{'jpeg50 w/h/s':>18}{'webp60 w/h/s':>18}{'clean FP':>9}")
    for r in data["rows"]:
        heap = f"{r['peak_heap_mb_quarter']:.0f}/{r['peak_heap_mb_all']:.0f}"
        jp = f"{r['weighted_jpeg50']:.2f}/{r['hamming_jpeg50']:.2f}/{r['weighted_search_jpeg50']:.2f}"
        wp = f"{r['weighted_webp60']:.2f}/{r['hamming_webp60']:.2f}/{r['weighted_search_webp60']:.2f}"
        false = r["weighted_clean_false"] + r["hamming_clean_false"] + r["weighted_search_clean_false"]
        out(f"{r['users']:>10,}{r['bulk_ms_per_user']:>10.3f}{r['single_enroll_ms']:>10.2f}{r['registry_load_s']:>8.2f}"
            f"{r['knn_ms_per_image']:>8.2f}{r['trace_ms_per_image']:>13.2f}{heap:>12}{jp:>18}{wp:>18}{false:>9}")
    s = data["screen"]
    out(f"screening: {s['seconds_per_candidate']:.3f} s per candidate code, {100 * s['refused_share']:.0f}% refused "
        f"(w/h/s: weighted rule / Hamming rule / weighted with --search; heap: a quarter of the images / all)")
    out("Hamming rule, matching bits needed of " + str(p["k"]) + ": " + ", ".join(
        f"N={d['users']:,}: {d['matches_needed']} ({d['matches_needed_search']} with --search)"
        for d in data["decision"]))
