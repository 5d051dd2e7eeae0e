"""The recipe of the shipped carrier model (format attest-wouaf-1), kept so that it stays reproducible.

New models are trained by :mod:`engine.fingerprint.train` (the WOUAF model on the SD-layout
autoencoder). This module is the earlier ``train.py`` unchanged but for its imports (the carrier
model's classes now live in :mod:`engine.fingerprint.legacy`), its name, and its records, install and
recipe runner, which are :mod:`engine.fingerprint.train`'s (the same code, run with this module's recipe).

Train the generator and the WOUAF fingerprint, from nothing, on this CPU.

The shipped weights come from one command (about 125 min on 2 cores)::

    python -m engine.fingerprint.train_v1 recipe --out runs/fp --install

which runs the recorded stages in order (``RECIPE``) and then copies the result into assets/fingerprint::

    python -m engine.fingerprint.train_v1 ae    --out runs/fp --steps 600
    python -m engine.fingerprint.train_v1 joint --out runs/fp --steps 6200 --log-every 50 --eval-every 500
    python -m engine.fingerprint.train_v1 joint --out runs/fp --resume --steps 18000 --decay-start 14000 ...
    python -m engine.fingerprint.train_v1 joint --out runs/fp --resume --steps 24000 --decay-start 18000 ...
    python -m engine.fingerprint.train_v1 install --out runs/fp     # copy into assets/fingerprint

``recipe`` is rerunnable: a stage whose checkpoint already reached its step count is skipped, a joint
stage that was interrupted is resumed from its last checkpoint (written every ``--save-every`` steps;
a resume restarts the data order and Adam's moments, so an interrupted run is not bit-identical to an
uninterrupted one). ``--scale F`` multiplies every stage's step counts (``--steps``, ``--decay-start``)
by F, and flags ``recipe`` does not know are passed on to every training stage; both are for checking
the machinery (``recipe --out /tmp/fp --scale 0.001 --ae-pool 16 --pool 40 --threads 1``), not for
training weights worth shipping.

Every ``ae``/``joint`` run appends to ``OUT/stages.json`` its command, every hyperparameter it used
(the effective argparse values; ``ae`` starts a new run and clears the file and the joint checkpoint),
its step range, seconds, threads and torch version. ``install`` copies those records into
``assets/fingerprint/MANIFEST.json``, the format ``engine.loading.bundled_sha256`` reads::

    {"files": {"fingerprint.safetensors": SHA256},
     "recipe": {"command": the one command that reproduces the file,
                "stages": [{"stage", "command", "hyperparameters", "from_step", "to_step", "seconds", ...}, ...,
                           {"stage": "install", "command": ...}],
                "seed": ..., "threads": ..., "seconds": ..., "torch": ...}}

Stage ``ae`` trains an encoder and the latent decoder (our "VAE") as an autoencoder of procedural
scenes; the decoder is the base generator, the encoder turns a prompt's scene into a latent (the role
of the frozen diffusion model). Stage ``joint`` follows WOUAF: the decoder, the mapping network, the
per-layer affines and the fingerprint decoder are trained together with binary cross-entropy on the
bits plus an image-quality loss against the frozen base decoder's output.

Recipe (the defaults; what the shipped weights used). The conv affines start at the identity
(zero weights, bias 1), as the issue asks; the fingerprint reaches the image first through
zero-centred carriers: a learned tiled constant per later stage, through its own modulated conv
whose scales start random around 0, so every change they make is the user's and the unfingerprinted
generator has none. The fingerprint decoder keeps where on the image each feature is (a flattened
8x8 grid, not global pooling), and training runs on whole 128x128 images so the carriers stay
anchored to the image. A toy run showed why: with globally pooled features or a space-to-depth stem,
a decoder stayed at chance for 1,500 steps on shifted carriers that a flatten head read at 0.86 after
600. From step 0 a controller steers the quality weight so PSNR tracks a target that ramps from
28 to 31.5 dB (a Lagrange-style dual ascent, not a fixed weight); augmentation (WOUAF's set) rises
only while the running bit accuracy stays above 0.85. Checkpoints are written every few hundred
steps as safetensors, so a partial run is usable.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from . import attacks as A
from . import train as T
from .legacy import Encoder, FingerprintedGenerator, Generator, GeneratorConfig
from .models import DecoderConfig, FingerprintDecoder, meta_dict
from .scenes import render_batch
from .train import _begin_record, _end_record, _log, _prefixed, _save, _strip, psnr

WEIGHTS_NAME = "fingerprint.safetensors"
ASSETS = Path(__file__).resolve().parents[2] / "assets" / "fingerprint"
PROG = "python -m engine.fingerprint.train_v1"
RECIPE_OUT = "runs/fp"
# The recipe of the shipped weights, stage by stage (every other flag at its default). Each stage's
# ``--steps`` is the step its checkpoint must reach for ``recipe`` to skip it.
RECIPE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ae", ("--steps", "600")),
    ("joint", ("--steps", "6200", "--log-every", "50", "--eval-every", "500")),
    ("joint", ("--resume", "--steps", "18000", "--decay-start", "14000", "--target-psnr", "30.8")),
    ("joint", ("--resume", "--steps", "24000", "--decay-start", "18000", "--lr-dec", "1e-4", "--lr-mod", "3e-4",
               "--lr-gen", "3e-5", "--target-psnr", "30.5", "--clean-frac", "0.25")),
)
SCALED_FLAGS = ("--steps", "--decay-start")
# The flags each stage reads (what its record lists as hyperparameters).
AE_KEYS = ("steps", "ae_batch", "lr", "ae_pool", "channels", "seed", "ae_crop", "threads")
NOT_JOINT_KEYS = ("stage", "out", "assets", "ae_batch", "lr", "ae_pool", "channels", "ae_crop")


# -- stage 1: autoencoder ----------------------------------------------------------------------------
def train_ae(out: Path, steps: int, batch: int, lr: float, pool: int, cfg: GeneratorConfig, seed: int,
             crop: int = 0) -> None:
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    size = cfg.image_size
    t0 = time.time()
    data = torch.from_numpy((render_batch(list(range(100_000, 100_000 + pool)), size) * 255).round().astype(np.uint8))
    print(f"rendered {pool} scenes in {time.time() - t0:.1f}s", flush=True)
    enc, gen = Encoder(cfg), Generator(cfg)
    params = list(enc.parameters()) + list(gen.parameters())
    opt = torch.optim.Adam(params, lr=lr)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.05)
    log = out / "ae_log.jsonl"
    for step in range(1, steps + 1):
        idx = torch.from_numpy(rng.integers(0, pool, batch))
        x = data[idx].float() / 255.0
        if crop:
            oy, ox = (int(v) for v in rng.integers(0, size - crop + 1, 2) // 8 * 8)
            x = x[..., oy:oy + crop, ox:ox + crop]
        if rng.random() < 0.5:
            x = x.flip(-1)
        y = gen(enc(x))
        loss = F.mse_loss(y, x) + 0.5 * F.l1_loss(y, x)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        if step % 50 == 0 or step == steps:
            _log(log, {"stage": "ae", "step": step, "loss": round(loss.item(), 5), "psnr": round(psnr(y, x), 2),
                       "t": round(time.time() - t0, 1)})
        if step % 250 == 0 or step == steps:
            _save({**_prefixed("enc", enc), **_prefixed("base", gen)}, out / "ae.safetensors",
                  meta_dict(generator_config=cfg.to_json(), step=str(step)))


def load_ae(out: Path) -> tuple[Encoder, Generator, GeneratorConfig]:
    from safetensors import safe_open
    from safetensors.torch import load_file
    path = out / "ae.safetensors"
    with safe_open(str(path), "pt") as f:
        cfg = GeneratorConfig.from_json(f.metadata()["generator_config"])
    t = load_file(str(path))
    enc, gen = Encoder(cfg), Generator(cfg)
    enc.load_state_dict(_strip("enc", t))
    gen.load_state_dict(_strip("base", t))
    return enc.eval(), gen.eval(), cfg


# -- stage 2: joint WOUAF training -------------------------------------------------------------------
def _schedules(step: int, a: argparse.Namespace, aug_level: float) -> tuple[float, float, bool, float]:
    """(augmentation probability, augmentation strength, quality loss on, target PSNR).

    Warm-up: no quality loss, no augmentation. Then the PSNR target ramps from ``target_psnr - target_drop`` to
    ``target_psnr`` over ``ramp`` steps, and augmentation follows ``aug_level`` (0..1), which the
    loop raises only once the bits are read reliably (an accuracy-gated curriculum: augmenting a
    decoder that cannot yet read clean images only slows it down).
    """
    if step <= a.warmup:
        return 0.0, 0.0, False, a.target_psnr
    r = min(1.0, (step - a.warmup) / max(1, a.ramp))
    return a.aug_p * aug_level, 0.3 + 0.7 * aug_level, True, a.target_psnr - a.target_drop * (1 - r)


@torch.no_grad()
def quick_eval(fg: FingerprintedGenerator, dec: FingerprintDecoder, z: torch.Tensor, ref: torch.Tensor,
               bits: torch.Tensor) -> dict[str, float]:
    fg.eval()
    dec.eval()
    img = fg(z, bits)
    res = {"psnr": round(psnr(img, ref), 2)}
    for name in ("none", "jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7"):
        x = A.ATTACKS_BY_NAME[name](img)
        acc = ((dec(x) > 0).float() == bits).float().mean().item()
        res[f"acc_{name}"] = round(acc, 4)
    fg.train()
    dec.train()
    return res


def train_joint(a: argparse.Namespace) -> None:
    out = Path(a.out)
    torch.manual_seed(a.seed)
    rng = np.random.default_rng(a.seed)
    enc, base, cfg = load_ae(out)
    size = cfg.image_size
    t0 = time.time()
    cache = out / f"latents_{a.pool}.safetensors"
    if cache.exists() and cache.stat().st_mtime > (out / "ae.safetensors").stat().st_mtime:
        from safetensors.torch import load_file
        c = load_file(str(cache))
        z_all, ref_all = c["z"], c["ref"]
    else:
        scenes = torch.from_numpy(render_batch(list(range(200_000, 200_000 + a.pool)), size))
        with torch.no_grad():
            zs, refs = [], []
            for i in range(0, a.pool, 64):
                z = enc(scenes[i:i + 64])
                zs.append(z)
                refs.append(base(z).half())
            z_all, ref_all = torch.cat(zs), torch.cat(refs)
        del scenes
        _save({"z": z_all, "ref": ref_all}, cache, {})
    print(f"encoded {a.pool} latents in {time.time() - t0:.1f}s", flush=True)

    k = a.k
    from dataclasses import replace
    base_cfg = cfg
    cfg = replace(cfg, carrier_ch=a.carrier_ch, carrier_period=a.carrier_period, carrier_gain=a.carrier_gain,
                  mod_from_stage=a.mod_from_stage, carrier_centred=bool(a.carrier_centred))
    fg = FingerprintedGenerator(cfg, k, affine_init=a.affine_init, carrier_affine_init=a.carrier_affine_init)
    # Convs from the base; the affines keep their fresh random init (the base's own are never trained).
    fg.generator.load_state_dict({k_: v for k_, v in base.state_dict().items() if ".affine." not in k_}, strict=False)
    dec = FingerprintDecoder(DecoderConfig(k=k, input_size=size, unshuffle=a.unshuffle,
                                           channels=tuple(int(c) for c in a.dec_channels.split(",")),
                                           head=a.dec_head))
    step0 = 0
    ck = out / WEIGHTS_NAME
    if a.resume and ck.exists():
        from safetensors import safe_open
        from safetensors.torch import load_file
        t = load_file(str(ck))
        fg.load_state_dict(_strip("fg", t))
        dec.load_state_dict(_strip("dec", t))
        with safe_open(str(ck), "pt") as f:
            step0 = int(f.metadata().get("step", "0"))
        print(f"resumed at step {step0}", flush=True)

    aff = [p for n, p in fg.generator.named_parameters() if ".affine." in n]
    convs = [p for n, p in fg.generator.named_parameters() if ".affine." not in n]
    opt = torch.optim.Adam([
        {"params": dec.parameters(), "lr": a.lr_dec},
        {"params": list(fg.mapping.parameters()) + aff, "lr": a.lr_mod},
        {"params": convs, "lr": a.lr_gen},
    ])
    state_path = out / "joint_state.json"
    lam = a.lam0
    if a.resume and state_path.exists():
        lam = json.loads(state_path.read_text())["lam"]

    # A fixed held-out set for the running figures.
    g = torch.Generator().manual_seed(1)
    ev_idx = torch.arange(a.pool - 32, a.pool)
    ev_bits = torch.randint(0, 2, (32, k), generator=g).float()
    train_n = a.pool - 32
    log = out / "joint_log.jsonl"
    run = {"bce": 0.0, "acc": 0.0, "mse": 0.0, "n": 0}
    aug_level = 0.0
    acc_ema = 0.5
    if a.resume and state_path.exists():
        st = json.loads(state_path.read_text())
        aug_level, acc_ema = st.get("aug_level", 0.0), st.get("acc_ema", 0.5)
    gate_open = a.quality_gate <= 0
    if a.resume and state_path.exists() and json.loads(state_path.read_text()).get("warmup", 0) < step0:
        # The gate had opened before the checkpoint: keep its ramp where it was.
        a.warmup = int(json.loads(state_path.read_text())["warmup"])
        gate_open = True
    base_lrs = [g["lr"] for g in opt.param_groups]
    for step in range(step0 + 1, a.steps + 1):
        if a.decay_start and step > a.decay_start:
            # Cosine decay to a tenth of each learning rate over the last steps: a settling phase.
            f = (step - a.decay_start) / max(1, a.steps - a.decay_start)
            for g_, lr0 in zip(opt.param_groups, base_lrs, strict=True):
                g_["lr"] = lr0 * (0.1 + 0.45 * (1 + math.cos(math.pi * f)))
        if not gate_open and (acc_ema > a.quality_gate or step > a.warmup_max):
            # Accuracy-gated warm-up: the quality loss starts once the bits are read well enough
            # (or after warmup_max steps at the latest); its ramp starts from here.
            gate_open = True
            a.warmup = step
            print(f"quality gate opened at step {step} (acc_ema {acc_ema:.3f})", flush=True)
        if not gate_open:
            a.warmup = step + 1
        p, s, quality, tgt = _schedules(step, a, aug_level)
        target_mse = 10 ** (-tgt / 10)
        idx = torch.from_numpy(rng.integers(0, train_n, a.batch))
        crop = a.crop if step <= a.steps - a.full_steps else 0
        if crop and crop < z_all.shape[-1]:
            # Train on latent crops: the generator is fully convolutional and the decoder pools
            # globally, so a crop carries the fingerprint too, at a quarter of the cost; the
            # reference is the base decoder on the same crop (same borders).
            oy, ox = (int(v) for v in rng.integers(0, z_all.shape[-1] - crop + 1, 2))
            z = z_all[idx][..., oy:oy + crop, ox:ox + crop]
            with torch.no_grad():
                ref = base(z)
        else:
            z, ref = z_all[idx], ref_all[idx].float()
        if rng.random() < 0.5:  # mirror latents: a cheap second view of each scene
            z, ref = z.flip(-1), ref.flip(-1)
        bits = torch.randint(0, 2, (a.batch, k)).float()
        img = fg(z, bits, grouped=False)  # same result as the grouped conv, cheaper on a CPU
        mse = F.mse_loss(img, ref)
        nc = int(round(a.batch * a.clean_frac)) if p > 0 else a.batch
        # The first ``nc`` images of the batch stay unaugmented: clean images are what a provider's
        # users publish most, and at full augmentation almost none would be seen clean otherwise.
        x = img if nc >= a.batch else torch.cat([img[:nc], A.train_augment(img[nc:], p, s, rng)])
        logits = dec(x, native=True)
        bce = F.binary_cross_entropy_with_logits(logits, bits)
        loss = bce + (lam * mse if quality else 0.0)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(list(fg.parameters()) + list(dec.parameters()), 5.0)
        opt.step()
        if quality:
            # Steer the quality weight so the mean squared error sits at the target: up when the image
            # is worse than the target, down when better, multiplicatively (a dual ascent on log lambda).
            lam *= math.exp(a.lam_rate * float(np.clip(math.log(mse.item() / target_mse), -1, 1)))
            lam = float(np.clip(lam, a.lam_min, a.lam_max))
        run["bce"] += bce.item()
        run["mse"] += mse.item()
        run["n"] += 1
        acc_now = ((logits > 0).float() == bits).float().mean().item()
        run["acc"] += acc_now
        acc_ema = 0.98 * acc_ema + 0.02 * acc_now
        if step > a.warmup and gate_open:
            # Raise augmentation while the (augmented) accuracy stays high; never lower it.
            aug_level = max(aug_level, min(1.0, aug_level + (a.aug_step if acc_ema > a.aug_gate else 0.0)))
        if step % a.log_every == 0:
            n = run["n"]
            rec = {"stage": "joint", "step": step, "bce": round(run["bce"] / n, 4), "acc": round(run["acc"] / n, 4),
                   "psnr": round(10 * math.log10(1 / max(run["mse"] / n, 1e-10)), 2), "lam": round(lam, 2),
                   "aug_p": round(p, 3), "aug_level": round(aug_level, 3), "target": round(tgt, 1),
                   "t": round(time.time() - t0, 1)}
            run = {"bce": 0.0, "acc": 0.0, "mse": 0.0, "n": 0}
            if step % a.eval_every == 0:
                rec.update(quick_eval(fg, dec, z_all[ev_idx], ref_all[ev_idx].float(), ev_bits))
            _log(log, rec)
        if step % a.save_every == 0 or step == a.steps:
            save_joint(out, fg, dec, enc, base, cfg, k, step, base_cfg)
            state_path.write_text(json.dumps({"lam": lam, "step": step, "aug_level": aug_level, "acc_ema": acc_ema,
                                              "warmup": a.warmup}))


def save_joint(out: Path, fg, dec, enc, base, cfg: GeneratorConfig, k: int, step: int,
               base_cfg: GeneratorConfig | None = None) -> None:
    tensors = {**_prefixed("fg", fg), **_prefixed("dec", dec), **_prefixed("enc", enc), **_prefixed("base", base)}
    meta = meta_dict(generator_config=cfg.to_json(), decoder_config=dec.cfg.to_json(), k=str(k), step=str(step),
                     base_config=(base_cfg or cfg).to_json(), format="attest-wouaf-1")
    _save(tensors, out / WEIGHTS_NAME, meta)


# -- records, install, recipe -------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    doc = (__doc__ or "").split("\n")[0]
    ap = argparse.ArgumentParser(prog=PROG, description=doc)
    ap.add_argument("stage", choices=["ae", "joint", "install", "recipe"],
                    help="recipe: run the recorded stages in order (python -m engine.fingerprint.train_v1 recipe -h)")
    ap.add_argument("--out", default="runs/fingerprint")
    ap.add_argument("--assets", default=str(ASSETS))
    ap.add_argument("--steps", type=int, default=None, help="the step to train to (ae: 600, joint: 20000)")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--pool", type=int, default=1000, help="joint: scenes encoded once and sampled from")
    ap.add_argument("--ae-batch", type=int, default=16, help="autoencoder batch size")
    ap.add_argument("--ae-pool", type=int, default=2500, help="scenes rendered for the autoencoder")
    ap.add_argument("--k", type=int, default=48)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2, help="1 when another heavy job shares a 2-core CPU")
    ap.add_argument("--channels", default="64,48,32,16")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--lr-dec", type=float, default=3e-4, help="1e-3 left a batch-normed decoder stuck at chance")
    ap.add_argument("--lr-mod", type=float, default=1e-3)
    ap.add_argument("--lr-gen", type=float, default=1e-4)
    ap.add_argument("--warmup", type=int, default=0, help="steps without quality loss and augmentation")
    ap.add_argument("--quality-gate", type=float, default=0.0,
                    help="if > 0: warm up until the running accuracy passes this")
    ap.add_argument("--warmup-max", type=int, default=6000)
    ap.add_argument("--ramp", type=int, default=3000, help="steps over which the PSNR target rises")
    ap.add_argument("--target-drop", type=float, default=3.5, help="the PSNR target starts this many dB lower")
    ap.add_argument("--aug-p", type=float, default=0.4)
    ap.add_argument("--clean-frac", type=float, default=0.0, help="fraction of each batch left unaugmented")
    ap.add_argument("--aug-gate", type=float, default=0.85, help="running accuracy above which augmentation grows")
    ap.add_argument("--aug-step", type=float, default=0.002, help="augmentation level added per step above the gate")
    ap.add_argument("--target-psnr", type=float, default=31.5)
    ap.add_argument("--lam0", type=float, default=1.0)
    ap.add_argument("--lam-rate", type=float, default=0.01)
    ap.add_argument("--lam-min", type=float, default=0.1)
    ap.add_argument("--lam-max", type=float, default=5000.0)
    ap.add_argument("--log-every", type=int, default=25)
    ap.add_argument("--eval-every", type=int, default=250)
    ap.add_argument("--save-every", type=int, default=200)
    ap.add_argument("--affine-init", type=float, default=0.0, help="0: the conv affines start at the identity")
    ap.add_argument("--carrier-affine-init", type=float, default=1.0)
    ap.add_argument("--crop", type=int, default=0, help="latent crop size in training (0: full latents)")
    ap.add_argument("--ae-crop", type=int, default=64, help="image crop size (px) for the autoencoder stage")
    ap.add_argument("--full-steps", type=int, default=0, help="last N steps on full latents")
    ap.add_argument("--unshuffle", type=int, default=0)
    ap.add_argument("--carrier-ch", type=int, default=32)
    ap.add_argument("--carrier-period", type=int, default=8)
    ap.add_argument("--carrier-gain", type=float, default=0.8)
    ap.add_argument("--carrier-centred", type=int, default=1)
    ap.add_argument("--mod-from-stage", type=int, default=2)
    ap.add_argument("--dec-channels", default="32,64,96,128")
    ap.add_argument("--dec-head", default="flatten", choices=["flatten", "mean"])
    ap.add_argument("--decay-start", type=int, default=0,
                    help="from this step, cosine-decay the learning rates to 1/10")
    ap.add_argument("--resume", action="store_true")
    return ap


def parse_stage(argv: list[str]) -> argparse.Namespace:
    """A training stage's arguments with every default applied (``steps`` resolved per stage)."""
    a = build_parser().parse_args(argv)
    a.steps = a.steps or (600 if a.stage == "ae" else 20000)
    return a


def stage_hyperparameters(a: argparse.Namespace) -> dict[str, Any]:
    """Every value stage ``a.stage`` reads, after defaults (``a.steps`` already resolved)."""
    values = vars(a)
    if a.stage == "ae":
        return {k: values[k] for k in AE_KEYS}
    return {k: v for k, v in values.items() if k not in NOT_JOINT_KEYS}


def install(out: Path, assets: Path) -> str:
    return T.install(out, assets, spec=sys.modules[__name__])


def recipe_stages(out: str, scale: float = 1.0, extra: tuple[str, ...] = ()) -> list[list[str]]:
    return T.recipe_stages(out, scale, extra, spec=sys.modules[__name__])


def run_recipe(argv: list[str]) -> int:
    return T.run_recipe(argv, spec=sys.modules[__name__])


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["recipe"]:
        return run_recipe(argv[1:])
    a = parse_stage(argv)
    out = Path(a.out)
    if a.stage == "install":
        print(install(out, Path(a.assets)))
        return 0
    torch.set_num_threads(a.threads)
    out.mkdir(parents=True, exist_ok=True)
    index = _begin_record(out, argv, a, spec=sys.modules[__name__])
    t0 = time.perf_counter()
    if a.stage == "ae":
        cfg = GeneratorConfig(channels=tuple(int(c) for c in a.channels.split(",")))
        train_ae(out, a.steps, a.ae_batch, a.lr, a.ae_pool, cfg, a.seed, crop=a.ae_crop)
    else:
        train_joint(a)
    _end_record(out, index, time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
