"""Robustness evaluation: the attack suite against fingerprinted and unfingerprinted images.

For ``n_users`` codes drawn from the codebook (not the live registry: evaluation must not enroll
anyone) and ``per_user`` held-out prompts each, we generate the fingerprinted images and, from the same
latents, the unfingerprinted ones (the base decoder), plus the raw procedural scenes as a second kind
of clean image (with held-out photographs). Every attack is applied to all of them; per attack we report

- ``bit_acc``: mean fraction of bits decoded correctly (fingerprinted images);
- ``attr_acc``: the nearest code is the right user's (no threshold);
- ``tpr``: attributed to the right user at the FPR threshold;
- ``wrong_attr``: attributed to a wrong user at the threshold;
- ``fpr``: clean images attributed to anyone at the threshold;
- ``auroc`` / ``auprc``: fingerprinted vs clean, scored by the best match's number of matching bits;
- quality (once, no attack): PSNR and SSIM of fingerprinted against unfingerprinted output.

The issue's goals (:class:`Goals`) are checked on the result: clean bit accuracy at least
:data:`GOAL_BIT_ACC`; under each of the goal attacks (``attacks.GOAL_ATTACKS``) a TPR of at least
:data:`GOAL_TPR` and no image given to a wrong user; no clean image attributed; PSNR at least
:data:`GOAL_PSNR_DB`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from core.draft import ReportDraft
from core.errors import AttestError
from core.jobs import Job, ensure_job, interruptible

from .codes import (
    DEFAULT_CHANCE,
    DEFAULT_FPR,
    Codebook,
    default_min_distance,
    pack,
)
from .index import CodeIndex
from .metrics import auprc, auroc, finite, pr_curve, psnr_per_image, roc_curve, ssim_per_image
from .tracing import RULES, Matcher, decide, decode_for_matching

if TYPE_CHECKING:
    from .security_eval import SecurityRun
    from .system import FingerprintSystem

EVAL_SEED_BASE = 900_000  # held out: training used seeds 100k-102.5k and 200k-202k

# The goals, checked by :class:`Goals` (the goal attacks are ``attacks.GOAL_ATTACKS``).
GOAL_BIT_ACC = 0.99
GOAL_TPR = 0.95
GOAL_PSNR_DB = 33.0
GOAL_SSIM = 0.9


@dataclass(frozen=True)
class EvaluationOptions:
    """What the evaluation runs; recorded in the report's parameters."""

    n_users: int = 8
    per_user: int = 6
    n_clean: int | None = None
    """Unfingerprinted images; ``None``: as many as fingerprinted ones."""
    attacks: tuple[str, ...] | None = None
    """Attack names (``None``: the whole suite)."""
    fpr_threshold: float = DEFAULT_FPR
    tta: bool = False
    seed: int = 0
    screen: bool = True
    """Codes screened as the registry screens the codes it issues (``False``: raw codebook codes)."""
    search: bool = False
    """Decode with the geometric search of tracing, FPR corrected for its views."""
    rule: str = "weighted"
    """The decision rule of tracing (``weighted`` or ``hamming``)."""
    security: bool = False
    """Also run the attacks on the fingerprint itself (:mod:`engine.fingerprint.security_eval`)."""
    copy_sizes: tuple[int, ...] = (6, 20, 100)
    """Published images of one user in the copy attack (with ``security``)."""

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise AttestError(f"--rule must be one of {', '.join(RULES)} (got {self.rule!r})")
        if self.n_users < 1 or self.per_user < 1:
            raise AttestError("--users and --per-user must be at least 1")
        if self.n_clean is not None and self.n_clean < 1:
            raise AttestError(f"--clean must be at least 1 (got {self.n_clean})")
        if not 0 < self.fpr_threshold < 1:
            raise AttestError(f"--fpr must be between 0 and 1 (got {self.fpr_threshold})")
        if self.attacks is not None:
            # no names means the whole suite; names are checked now, before anything is computed
            object.__setattr__(self, "attacks", tuple(self.attacks) or None)
        if self.attacks:
            from .attacks import get_attacks  # torch: only when attacks are named
            get_attacks(list(self.attacks))

    @property
    def clean(self) -> int:
        return self.n_users * self.per_user if self.n_clean is None else self.n_clean


@dataclass(frozen=True)
class AttackRow:
    attack: str
    family: str
    strength: float
    bit_acc: float
    attr_acc: float
    tpr: float
    wrong_attr: float
    fpr: float
    auroc: float | None
    auprc: float | None

    def to_dict(self) -> dict[str, Any]:
        return {k: (finite(v) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Goals:
    """The issue's goals on one evaluation; ``None`` where the evaluation did not measure it."""

    clean_bit_accuracy: bool | None
    """Bit accuracy without attack at least GOAL_BIT_ACC (needs the ``none`` attack)."""
    goal_attacks_attributed: bool | None
    """Every goal attack: TPR at least GOAL_TPR and no image attributed to a wrong user."""
    no_clean_attributed: bool | None
    """No clean image attributed, without attack and under every goal attack."""
    quality: bool
    """Mean PSNR at least GOAL_PSNR_DB and mean SSIM at least GOAL_SSIM."""
    missing_attacks: tuple[str, ...]
    """Goal attacks (and ``none``) this evaluation did not run."""
    no_removal_handle: bool | None = None
    """No single module whose zeroing removes the fingerprint and keeps the image (``security`` only)."""
    copy_attack: bool | None = None
    """At most 1 in 24 images framed with 6 published images (``security`` only)."""

    @property
    def all_met(self) -> bool:
        """Every goal measured and met (the security goals only count when they were measured)."""
        measured = (self.clean_bit_accuracy, self.goal_attacks_attributed, self.no_clean_attributed, self.quality)
        extra = tuple(g for g in (self.no_removal_handle, self.copy_attack) if g is not None)
        return not self.missing_attacks and all(measured + extra)

    def to_dict(self) -> dict[str, Any]:
        return {"clean_bit_accuracy": self.clean_bit_accuracy, "goal_attacks_attributed": self.goal_attacks_attributed,
                "no_clean_attributed": self.no_clean_attributed, "quality": self.quality,
                "no_removal_handle": self.no_removal_handle, "copy_attack": self.copy_attack,
                "missing_attacks": list(self.missing_attacks), "all_met": self.all_met,
                # what the goals were, so that a report states them without importing this module
                "goal_attacks": list(_goal_attacks()),
                "thresholds": {"bit_accuracy": GOAL_BIT_ACC, "tpr": GOAL_TPR, "psnr_db": GOAL_PSNR_DB,
                               "ssim": GOAL_SSIM, "copy_framed": round(1 / 24, 5)}}


def _goal_attacks() -> tuple[str, ...]:
    from .attacks import GOAL_ATTACKS_V2

    return GOAL_ATTACKS_V2


@dataclass(frozen=True)
class DetectionCurves:
    """ROC and precision-recall points of one attack: fingerprinted images against clean ones."""

    roc_fpr: list[float]
    roc_tpr: list[float]
    pr_recall: list[float]
    pr_precision: list[float]

    def to_dict(self) -> dict[str, list[float]]:
        return {"roc_fpr": self.roc_fpr, "roc_tpr": self.roc_tpr, "pr_recall": self.pr_recall,
                "pr_precision": self.pr_precision}


@dataclass(frozen=True)
class EvaluationRun:
    """One run of the attack suite: per-attack rows, quality, curves, and what it was run with."""

    rows: tuple[AttackRow, ...]
    psnr: float
    psnr_min: float
    ssim: float
    options: EvaluationOptions
    k: int
    image_size: int
    model_sha256: str
    model_name: str
    train_step: int
    curves: dict[str, DetectionCurves] = field(compare=False)  # attack -> its ROC / PR points
    security: SecurityRun | None = field(default=None, compare=False)

    # -- typed views --------------------------------------------------------------------------------
    def row(self, name: str) -> AttackRow:
        for r in self.rows:
            if r.attack == name:
                return r
        raise KeyError(name)

    def _row_or_none(self, name: str) -> AttackRow | None:
        return next((r for r in self.rows if r.attack == name), None)

    @property
    def goal_rows(self) -> tuple[AttackRow, ...]:
        goal = _goal_attacks()
        return tuple(r for r in self.rows if r.attack in goal)

    @property
    def bit_acc_clean(self) -> float | None:
        """Bit accuracy without attack (``None`` if ``none`` was not run)."""
        none = self._row_or_none("none")
        return none.bit_acc if none else None

    @property
    def attr_acc_clean(self) -> float | None:
        none = self._row_or_none("none")
        return none.attr_acc if none else None

    @property
    def min_attr_acc_goal_attacks(self) -> float | None:
        goals = self.goal_rows
        return min(r.attr_acc for r in goals) if goals else None

    @property
    def max_fpr(self) -> float:
        """The largest share of clean images attributed to anyone, over every attack."""
        return max(r.fpr for r in self.rows)

    @property
    def goals(self) -> Goals:
        goal_attacks = _goal_attacks()
        none = self._row_or_none("none")
        goal_rows = self.goal_rows
        checked = goal_rows + ((none,) if none else ())
        return Goals(
            clean_bit_accuracy=None if none is None else none.bit_acc >= GOAL_BIT_ACC,
            goal_attacks_attributed=(all(r.tpr >= GOAL_TPR and r.wrong_attr == 0.0 for r in goal_rows)
                                     if goal_rows else None),
            no_clean_attributed=all(r.fpr == 0.0 for r in checked) if checked else None,
            quality=self.psnr >= GOAL_PSNR_DB and self.ssim >= GOAL_SSIM,
            missing_attacks=tuple(n for n in ("none", *goal_attacks) if self._row_or_none(n) is None),
            no_removal_handle=None if self.security is None else self.security.goals()["no_removal_handle"],
            copy_attack=None if self.security is None else self.security.goals()["copy_attack"],
        )

    @property
    def params(self) -> dict[str, Any]:
        o = self.options
        return {"n_users": o.n_users, "per_user": o.per_user, "n_clean": o.clean,
                "attacks": [r.attack for r in self.rows],
                "fpr_threshold": o.fpr_threshold, "tta": o.tta, "seed": o.seed, "rule": o.rule,
                "screened_codes": o.screen, "search": o.search, "k": self.k, "image_size": self.image_size,
                "security": o.security,
                "model_sha256": self.model_sha256,
                "train_step": self.train_step, "min_distance": default_min_distance(self.k),
                "chance_level": DEFAULT_CHANCE}

    # -- output -------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"params": self.params, "quality": {"psnr": finite(self.psnr, 3), "psnr_min": finite(self.psnr_min, 3),
                                                   "ssim": finite(self.ssim, 5)},
                "attacks": [r.to_dict() for r in self.rows], "goals": self.goals.to_dict(),
                "curves": {name: c.to_dict() for name, c in self.curves.items()},
                **({"security": self.security.to_dict()} if self.security is not None else {})}

    def summary(self) -> dict[str, Any]:
        """The report's summary: scalars only."""

        def rounded(x: float | None, digits: int) -> float | None:
            return None if x is None else finite(x, digits)

        goals = self.goals
        return {
            "bit_acc_clean": rounded(self.bit_acc_clean, 4),
            "attr_acc_clean": rounded(self.attr_acc_clean, 4),
            "min_attr_acc_goal_attacks": rounded(self.min_attr_acc_goal_attacks, 4),
            "max_fpr": finite(self.max_fpr, 4),
            "psnr_db": finite(self.psnr, 2),
            "ssim": finite(self.ssim, 4),
            **({"removal_handles": len(self.security.handles),
                "copy6_framed": finite(self.security.copy_framed_6, 4) if self.security.copy_framed_6 is not None
                else None} if self.security is not None else {}),
            "goals_met": goals.all_met,
        }

    def to_draft(self) -> ReportDraft:
        """The report (kind ``fingerprint-eval``): rows, curves, goals and four plots."""
        from .plots import eval_plots
        return ReportDraft(
            kind="fingerprint-eval",
            title=f"Fingerprint robustness ({self.options.n_users} users, {len(self.rows)} attacks)",
            params=self.params,
            inputs={f"model {self.model_name}": self.model_sha256},
            summary=self.summary(),
            result=self.to_dict(),
            artifacts=eval_plots(self),
        )


EVALUATION_SECRET = b"attest fingerprint evaluation codes"
"""The evaluation's codebook key: public and fixed, so an evaluation can be rerun exactly. Nobody is
enrolled with these codes; a registry draws its own with a secret key."""


def evaluation_codes(k: int, n_users: int, seed: int = 7,
                     accept: Callable[[np.ndarray], bool] | None = None, job: Job | None = None) -> np.ndarray:
    """Codes drawn as the registry draws them; ``accept`` is the registry's screen (or None: unscreened)."""
    job = ensure_job(job)
    book = Codebook(k, default_min_distance(k), EVALUATION_SECRET + seed.to_bytes(8, "big"))
    codes = np.zeros((0, (k + 63) // 64), np.uint64)
    bits_all = []
    counter = 0
    screen = accept

    def checked(bits: np.ndarray) -> bool:  # a screen generates and decodes probe scenes: a cancel is seen between
        job.check()
        return screen is None or screen(bits)

    for i in range(n_users):
        job.progress(i, n_users, "drawing the evaluation codes")
        bits, counter = book.next_code(codes, counter, accept=checked if accept is not None else None)
        bits_all.append(bits)
        codes = np.vstack([codes, pack(bits)])
    return np.array(bits_all, np.uint8)


def _decide(logits: np.ndarray, matcher: Matcher, fpr_threshold: float, n_views: int = 1,
            rule: str = "weighted") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(best code per image, detection score = -log10 of the best candidate's p-value, attributed?)
    by the rule of tracing."""
    res = decide(logits, matcher, [""] * logits.shape[0], fpr_threshold=fpr_threshold, top=2, n_views=n_views,
                 rule=rule)
    best = np.array([int(r.candidates[0].user) for r in res])
    score = np.array([-np.log10(max(r.candidates[0].p_value, 1e-300)) for r in res])
    return best, score, np.array([r.verdict == "attributed" for r in res])


def evaluate(system: FingerprintSystem, options: EvaluationOptions | None = None,
             job: Job | None = None) -> EvaluationRun:
    """Run the attack suite; see the module docstring for what is measured."""
    import torch

    from . import attacks as A
    from .scenes import render_batch
    o = options or EvaluationOptions()
    job = ensure_job(job)
    k = system.k
    atk = A.get_attacks(list(o.attacks) if o.attacks else None)
    # Screened like the registry's codes (what users are issued) unless ``screen`` is False.
    codes_job = job.stage(0.0, 0.02, "drawing the evaluation codes")
    screen_job = codes_job.stage(0.0, 1.0, prefix="checking that the model reads a code back")
    code_bits = evaluation_codes(k, o.n_users, seed=7 + o.seed,
                                 accept=(lambda bits: system.code_check(bits, job=screen_job)) if o.screen else None,
                                 job=codes_job)
    codes_packed = pack(code_bits)
    matcher = Matcher.from_names([str(i) for i in range(o.n_users)], codes_packed, k)
    index: CodeIndex = matcher.index
    n_fp = o.n_users * o.per_user
    n_clean = o.clean
    seeds = [EVAL_SEED_BASE + o.seed * 10_000 + i for i in range(max(n_fp, n_clean))]
    job.progress(0, 1, "generating evaluation images")
    z = system.latents(seeds[:n_fp], job=job)
    user_of = np.repeat(np.arange(o.n_users), o.per_user)
    fp = system.generate(code_bits[user_of], z, job=job.stage(0.02, 0.15, "fingerprinted images"))
    ref = system.generate(None, z, job=job.stage(0.15, 0.18, "unfingerprinted images"))
    # Clean images: half base-decoder outputs (the hardest negatives: same generator, no fingerprint),
    # half raw scenes.
    zc = system.latents(seeds[:n_clean], job=job)
    clean_base = system.generate(None, zc[: (n_clean + 1) // 2], job=job.stage(0.18, 0.2, "clean images"))
    job.check()
    # the other half: held-out photographs (never trained on) and raw scenes, alternating
    from .photos import HELD_OUT, views
    n_rest = n_clean - (n_clean + 1) // 2
    # the first call imports scikit-image and scikit-learn to read the photographs: not a wait for a cancel
    photos = torch.from_numpy(interruptible(job, views, HELD_OUT, (n_rest + 1) // 2, system.image_size,
                                            seed=o.seed + 3))
    clean_raw = torch.from_numpy(render_batch(seeds[(n_clean + 1) // 2: (n_clean + 1) // 2 + n_rest // 2],
                                              system.image_size))
    clean = torch.cat([clean_base, photos, clean_raw])[:n_clean]
    job.check()
    psnr = psnr_per_image(fp, ref)
    ssim = ssim_per_image(fp, ref)
    rows, curves = [], {}
    sub = job.stage(0.2, 0.8 if o.security else 1.0, "attacks")
    for ai, a in enumerate(atk):
        sub.progress(ai, len(atk), f"attack {a.name}")
        step = sub.stage(ai / len(atk), (ai + 1) / len(atk))
        xa = a(fp, seed=o.seed + 1)
        step.check()
        ca = a(clean, seed=o.seed + 2)
        # With ``search``, the geometric search of tracing.py, and the FPR corrected for its views.
        lf, _, nv = decode_for_matching(system, xa, index, tta=o.tta, search=o.search, rule=o.rule,
                                        job=step.stage(0.0, 0.5, prefix=f"attack {a.name}, fingerprinted images"))
        lc, _, _ = decode_for_matching(system, ca, index, tta=o.tta, search=o.search, rule=o.rule,
                                       job=step.stage(0.5, 1.0, prefix=f"attack {a.name}, clean images"))
        bit_acc = float(((lf > 0).astype(np.uint8) == code_bits[user_of]).mean())
        best, s_pos, att = _decide(lf, matcher, o.fpr_threshold, nv, o.rule)
        _, s_neg, att_neg = _decide(lc, matcher, o.fpr_threshold, nv, o.rule)
        right = best == user_of
        # Detection curves are scored by -log10 of the best candidate's p-value.
        fr, tr = roc_curve(s_pos, s_neg)
        rc, pc = pr_curve(s_pos, s_neg)
        curves[a.name] = DetectionCurves(_thin(fr), _thin(tr), _thin(rc), _thin(pc))
        rows.append(AttackRow(a.name, a.family, float(a.strength), bit_acc, float(right.mean()),
                              float((att & right).mean()), float((att & ~right).mean()), float(att_neg.mean()),
                              auroc(s_pos, s_neg), auprc(s_pos, s_neg)))
    sub.progress(len(atk), len(atk), "done")
    security = None
    if o.security:
        from .security_eval import SecurityOptions, run_security
        if o.n_users < 2:
            raise AttestError("the security attacks need at least 2 users (--users 2)")
        security = run_security(system, matcher, code_bits, fp, user_of, fpr_threshold=o.fpr_threshold, rule=o.rule,
                                search=o.search, options=SecurityOptions(copy_sizes=o.copy_sizes), seed=o.seed,
                                job=job.stage(0.8, 1.0, "attacks on the fingerprint"))
    return EvaluationRun(tuple(rows), float(psnr.mean()), float(psnr.min()), float(ssim.mean()), o, k=k,
                         image_size=system.image_size, model_sha256=system.sha256, model_name=Path(system.path).name,
                         train_step=system.step, curves=curves, security=security)


def _thin(x: np.ndarray, n: int = 200) -> list[float]:
    """Keep curves small in the report: at most ``n`` points, ends included."""
    x = np.asarray(x, dtype=float)
    if len(x) > n:
        x = x[np.unique(np.linspace(0, len(x) - 1, n).round().astype(int))]
    return [round(float(v), 5) for v in x]
