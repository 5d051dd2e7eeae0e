"""The issue-14 image attacks (attacks.py) and the security attacks on a generator (security.py)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from engine.fingerprint import attacks as A
from engine.fingerprint import security as S
from engine.fingerprint.vae import AEConfig, Encoder, ImageDecoder

NEW_ATTACKS = ("saturation0.5", "saturation1.5", "hue0.1", "gamma0.7", "gamma1.4", "median3", "unsharp",
               "logo20", "screenshot", "flip", "crop80_offcentre", "shift8")
TINY = AEConfig(channels=(8, 16), groups=4)


def _images(n: int = 2, size: int = 32, seed: int = 0) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.rand(n, 3, size, size, generator=g)


def _gen(seed: int = 0) -> ImageDecoder:
    torch.manual_seed(seed)
    return ImageDecoder(TINY).eval()


def _same(a: torch.nn.Module, b: torch.nn.Module) -> bool:
    sa, sb = a.state_dict(), b.state_dict()
    return sa.keys() == sb.keys() and all(torch.equal(sa[k], sb[k]) for k in sa)


# -- attacks.py -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NEW_ATTACKS)
def test_new_attack_is_registered_in_range_and_deterministic(name):
    x = _images()
    atk = A.ATTACKS_BY_NAME[name]
    out = atk(x, seed=3)
    assert out.dtype == x.dtype and out.shape[:2] == x.shape[:2]
    assert float(out.min()) >= 0.0 and float(out.max()) <= 1.0
    assert torch.equal(out, atk(x, seed=3))
    if out.shape == x.shape:  # the two that change the size are checked in test_geometric_attacks_output_sizes
        assert not torch.equal(out, x)


def test_goal_attacks_v2_are_the_issue_list_and_exist():
    assert A.GOAL_ATTACKS_V2 == ("jpeg50", "webp60", "blur1", "noise0.02", "brightness0.7", "brightness1.3",
                                 "contrast1.5", "saturation1.5", "hue0.1", "screenshot", "flip",
                                 "crop80_offcentre")
    assert [a.name for a in A.get_attacks(list(A.GOAL_ATTACKS_V2))] == list(A.GOAL_ATTACKS_V2)
    assert A.GOAL_ATTACKS == ("jpeg70", "crop90", "blur1", "noise0.02", "brightness0.7", "brightness1.3")


def test_flip_mirrors_and_shift8_moves_content_by_8_px():
    x = _images()
    assert torch.equal(A.ATTACKS_BY_NAME["flip"](x), torch.flip(x, dims=[-1]))
    marker = torch.zeros(1, 3, 32, 32)
    marker[..., 10, 12] = 1.0  # away from the rows and columns the reflection copies
    out = A.ATTACKS_BY_NAME["shift8"](marker)
    assert out.shape == marker.shape
    assert torch.equal(torch.nonzero(out[0, 0] == 1.0), torch.tensor([[18, 20]]))
    assert torch.equal(A.ATTACKS_BY_NAME["shift8"](x)[..., 8:, 8:], x[..., :-8, :-8])


def test_colour_attacks_keep_grey_and_move_colour():
    grey = torch.linspace(0, 1, 32).view(1, 1, 1, 32).expand(1, 3, 32, 32).contiguous()
    for name in ("saturation0.5", "saturation1.5", "hue0.1"):
        assert torch.allclose(A.ATTACKS_BY_NAME[name](grey), grey, atol=1e-5), name
    red = torch.zeros(1, 3, 4, 4)
    red[:, 0] = 0.6
    red[:, 1:] = 0.4
    half = A.ATTACKS_BY_NAME["saturation0.5"](red)
    y = A.luma(red)
    assert torch.allclose(half - y, (red - y) * 0.5, atol=1e-6)  # chroma halved about the luma
    hue = A.ATTACKS_BY_NAME["hue0.1"](red)
    assert torch.allclose(A.luma(hue), y, atol=1e-4) and not torch.allclose(hue, red, atol=0.05)
    assert torch.allclose(A.hue_rotate(red, 1.0), red, atol=1e-5)  # a full turn is the identity
    yiq = torch.tensor(A._YIQ)
    iq_in, iq_out = yiq[1:] @ red[0, :, 0, 0], yiq[1:] @ hue[0, :, 0, 0]
    turn = (torch.atan2(iq_out[1], iq_out[0]) - torch.atan2(iq_in[1], iq_in[0])) / (2 * torch.pi)
    assert abs(float(turn) - 0.1) < 1e-3  # the chroma angle turned by a tenth of a turn
    x = _images()
    assert torch.allclose(A.ATTACKS_BY_NAME["gamma0.7"](x), x ** 0.7)
    assert bool((A.ATTACKS_BY_NAME["gamma1.4"](x) <= x + 1e-7).all())


def test_median3_removes_salt_noise_and_unsharp_sharpens_an_edge():
    flat = torch.full((1, 3, 16, 16), 0.4)
    salty = flat.clone()
    salty[..., 3, 4] = 1.0
    salty[..., 9, 11] = 1.0
    assert torch.allclose(A.ATTACKS_BY_NAME["median3"](salty), flat)
    x = torch.randint(0, 4, (2, 3, 12, 12), generator=torch.Generator().manual_seed(0)).float() / 3  # with ties
    win = torch.nn.functional.pad(x, (1, 1, 1, 1), mode="reflect").unfold(2, 3, 1).unfold(3, 3, 1)
    assert torch.equal(A.median_filter(x, 3), win.reshape(2, 3, 12, 12, 9).median(-1).values)
    edge = torch.zeros(1, 3, 16, 16)
    edge[..., 8:, :] = 0.5
    out = A.ATTACKS_BY_NAME["unsharp"](edge)
    assert float(out[..., 8, 0].mean()) > 0.5 and float(out[..., 7, 0].mean()) < 1e-6  # overshoot, clamped
    assert torch.allclose(out[..., 0, :], edge[..., 0, :]) and torch.allclose(out[..., 15, :], edge[..., 15, :])


def test_geometric_attacks_output_sizes():
    x = _images(size=40)
    assert A.ATTACKS_BY_NAME["screenshot"](x).shape[-2:] == (round(1.5 * 40) - 10,) * 2
    crop = A.ATTACKS_BY_NAME["crop80_offcentre"](x)
    h = round(40 * 0.8 ** 0.5)
    assert crop.shape[-2:] == (h, h) and torch.equal(crop, x[..., :h, :h])
    # a flat image stays flat (only JPEG's rounding): the screenshot shows the image, not a frame
    shot = A.ATTACKS_BY_NAME["screenshot"](torch.full((1, 3, 40, 40), 0.6))
    assert torch.allclose(shot, torch.full_like(shot, 0.6), atol=2 / 255)


def test_logo20_covers_a_fifth_in_the_bottom_right():
    x = torch.full((1, 3, 64, 64), 0.5)
    out = A.ATTACKS_BY_NAME["logo20"](x)
    changed = (out != x).any(1)[0]
    assert abs(float(changed.float().mean()) - 0.2) < 0.02
    rows, cols = torch.nonzero(changed, as_tuple=True)
    assert int(rows.min()) >= 64 - 30 and int(cols.min()) >= 32  # nothing outside the bottom-right corner
    assert bool(changed[-1, -1]) and bool(changed[-20:, -28:].all())  # opaque: every pixel of it covered


def test_train_augment_geometry_keeps_gradients_and_default_is_unchanged():
    x = _images(3).requires_grad_(True)
    out = A.train_augment(x, 1.0, 1.0, np.random.default_rng(0), geometry=True)
    assert out.shape == x.shape and out.grad_fn is not None
    out.sum().backward()
    assert x.grad is not None and float(x.grad.abs().sum()) > 0
    # without JPEG in the chain (p = 1 applies it), the geometric and colour parts alone keep gradients
    xs = _images(1).requires_grad_(True)
    rng = np.random.default_rng(1)
    y = A._colour_jitter(A._geometry_augment(xs, 1.0, 1.0, rng), 1.0, 1.0, rng)
    assert y.grad_fn is not None and not torch.equal(y.detach(), xs.detach())
    y.sum().backward()
    assert float(xs.grad.abs().sum()) > 0
    # geometry=False draws nothing more from the generator: same output as the default call
    xd = _images(4)
    torch.manual_seed(5)
    a = A.train_augment(xd, 0.7, 0.8, np.random.default_rng(5))
    torch.manual_seed(5)
    b = A.train_augment(xd, 0.7, 0.8, np.random.default_rng(5), geometry=False)
    torch.manual_seed(5)
    c = A.train_augment(xd, 0.7, 0.8, np.random.default_rng(5), geometry=True)
    assert torch.equal(a, b) and not torch.equal(a, c)


def test_translate_both_directions():
    x = _images(1, 20)
    assert torch.equal(A.translate(x, -3, 2)[..., 2:, :-3], x[..., :-2, 3:])
    assert torch.equal(A.translate(x, 0, 0), x)
    with pytest.raises(ValueError):
        A.translate(x, 20, 0)


# -- security.py: the weights -------------------------------------------------------------------
def test_module_surgery_zeroes_exactly_one_module_per_variant():
    gen = _gen()
    before = {k: v.clone() for k, v in gen.state_dict().items()}
    owners = [n for n, m in gen.named_modules() if list(m.parameters(recurse=False))]
    seen = []
    for name, variant in S.module_surgery(gen):
        seen.append(name)
        own = {f"{name}.{p}" for p, _ in variant.get_submodule(name).named_parameters(recurse=False)}
        sv = variant.state_dict()
        for k, v in sv.items():
            if k in own:
                assert not bool(v.any()), k
            else:
                assert torch.equal(v, before[k]), (name, k)
    assert seen == owners and len(seen) > 10
    assert any(".norm1" in n for n in seen) and any("to_q" in n for n in seen)
    assert all(torch.equal(v, before[k]) for k, v in gen.state_dict().items())  # the original untouched


def test_int8_fp16_prune_change_weights_by_bounded_amounts_and_leave_the_original():
    gen = _gen()
    before = {k: v.clone() for k, v in gen.state_dict().items()}
    q = S.int8_per_tensor(gen)
    h = S.fp16_roundtrip(gen)
    pr = S.magnitude_prune(gen, 0.2)
    assert all(torch.equal(v, before[k]) for k, v in gen.state_dict().items())
    changed = 0
    for k, w in before.items():
        wq, wh, wp = q.state_dict()[k], h.state_dict()[k], pr.state_dict()[k]
        assert wh.dtype == w.dtype and torch.allclose(wh, w, rtol=1e-3, atol=1e-7)
        if w.dim() >= 2:
            scale = float(w.abs().max()) / 127
            assert float((wq - w).abs().max()) <= scale / 2 + 1e-7
            assert len(torch.unique(wq)) <= 255
            changed += int(not torch.equal(wq, w))
            k_zero = round(0.2 * w.numel())
            assert int((wp == 0).sum()) == k_zero
            kept = wp != 0
            assert torch.equal(wp[kept], w[kept])
            if k_zero:
                assert float(w[~kept].abs().max()) <= float(w[kept].abs().min())
        else:  # biases and norms are kept
            assert torch.equal(wq, w) and torch.equal(wp, w)
    assert changed > 0
    z = torch.randn(1, TINY.latent_ch, 4, 4)
    with torch.no_grad():
        assert float((q(z) - gen(z)).abs().max()) < 0.1  # quantised: a close function
        assert float((h(z) - gen(z)).abs().max()) < 1e-2


def test_average_generators():
    a, b = _gen(0), _gen(1)
    assert _same(S.average_generators(a, a), a)
    m = S.average_generators(a, b)
    for k, v in m.state_dict().items():
        assert torch.allclose(v, (a.state_dict()[k] + b.state_dict()[k]) / 2)
    assert not _same(m, a) and _same(a, _gen(0))
    with pytest.raises(ValueError):
        S.average_generators(a, ImageDecoder(AEConfig(channels=(8, 8), groups=4)))


# -- security.py: the images ------------------------------------------------------------------------
def test_copy_residual_and_paste():
    x = _images(1)
    res = S.copy_residual(x.expand(4, -1, -1, -1))
    assert res.shape == (1, 3, 32, 32)
    assert torch.allclose(res, x - A.gaussian_blur(x, 1.0), atol=1e-6)
    assert float(res.abs().mean()) > 0.05 and abs(float(res.mean())) < 0.05  # a high-pass residual
    targets = _images(3, 32, seed=1)
    out = S.paste_residual(targets, res, gain=5.0)
    assert out.shape == targets.shape and float(out.min()) == 0.0 and float(out.max()) == 1.0
    unclamped = targets + 5.0 * res
    inside = (unclamped > 0) & (unclamped < 1)
    assert torch.allclose(out[inside], unclamped[inside])
    big = S.paste_residual(_images(2, 48), res)
    assert big.shape == (2, 3, 48, 48) and float(big.min()) >= 0 and float(big.max()) <= 1


def test_regenerate_restores_the_size():
    torch.manual_seed(0)
    enc, dec = Encoder(TINY).eval(), ImageDecoder(TINY).eval()
    x = _images(3, 20)  # not a multiple of 8
    out = S.regenerate(x, enc, dec, batch=2)
    assert out.shape == x.shape and float(out.min()) >= 0 and float(out.max()) <= 1
    with torch.no_grad():
        pad = torch.nn.functional.pad(x, (0, 4, 0, 4), mode="reflect")
        assert torch.allclose(out, dec(enc(pad))[..., :20, :20].clamp(0, 1), atol=1e-5)


@pytest.mark.parametrize("method", ["nlmeans", "median", "bilateral"])
def test_denoise_reduces_noise(method):
    yy, xx = torch.meshgrid(torch.linspace(0, 1, 32), torch.linspace(0, 1, 32), indexing="ij")
    clean = torch.stack([0.2 + 0.6 * xx, 0.3 + 0.4 * yy, 0.5 * torch.ones_like(xx)])[None].repeat(2, 1, 1, 1)
    noisy = A.gaussian_noise(clean, 0.03, torch.Generator().manual_seed(0))
    out = S.denoise(noisy, method)
    assert out.shape == noisy.shape and float(out.min()) >= 0 and float(out.max()) <= 1
    assert bool((S.psnr_db(out, clean) > S.psnr_db(noisy, clean) + 1.0).all())
    with pytest.raises(ValueError):
        S.denoise(noisy, "wavelet")


def test_quality_metrics_are_the_metrics_module():
    x, y = _images(2), _images(2, seed=1)
    assert np.allclose(S.psnr_db(x, x), 120.0) and np.allclose(S.ssim(x, x), 1.0)
    assert S.psnr_db(x, y).shape == (2,) and bool((S.ssim(x, y) < 0.5).all())
