"""The engine on a GPU: exact against the weight edit with TF32 off, and out-of-memory halves the chunk.

The CUDA tests skip without a GPU (``scripts/gpu_check.sh`` runs them where there is one); the
out-of-memory retry is tested everywhere by simulating the error.
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch

from engine.causal.effects import chunked, make_batches, single_unit_effects
from engine.causal.interventions import ModelRunner, exact_math
from tests.causal.causal_models import InplaceResNet

cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU here")


def test_out_of_memory_halves_the_chunk_and_retries():
    seen: list[int] = []

    def fn(chunk):
        seen.append(len(chunk))
        if len(chunk) > 3:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return sum(chunk)

    out = list(chunked(list(range(10)), 16, fn))
    # 16 (all 10 items) fails, then 8 and 4; chunks of 2 fit and stay at 2
    assert seen == [10, 8, 4, 2, 2, 2, 2, 2]
    assert [c for c, _ in out] == [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]]
    assert [v for _, v in out] == [1, 5, 9, 13, 17]


def test_out_of_memory_on_one_unit_is_a_clear_error():
    from core.errors import AttestError

    def fn(_chunk):
        raise RuntimeError("CUDA error: out of memory")

    with pytest.raises(AttestError, match="out of memory even for one intervention"):
        list(chunked([1, 2], 1, fn))


@cuda
def test_cuda_effects_equal_the_weight_edit_under_exact_math():
    model = InplaceResNet(seed=1).eval()
    x = torch.rand(6, 3, 16, 16, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        y0 = model(x)[:, 1].double()
        refs = []
        for i in range(8):
            m2 = copy.deepcopy(model)
            m2.layer1.conv2.weight[:, i] = 0
            refs.append((y0 - m2(x)[:, 1].double()).numpy())
    gm, gx = model.cuda(), x.cuda()
    torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = True
    with exact_math(gx.device):
        assert not torch.backends.cudnn.allow_tf32
        runner = ModelRunner(gm, ["layer1.conv1", "layer1.conv2"])
        eff = single_unit_effects(runner, "layer1.conv1", make_batches(runner, gx, 1, 4), 1, "zero")
    assert torch.backends.cudnn.allow_tf32  # restored
    assert np.abs(eff.d_logit - np.stack(refs)).max() < 1e-4
