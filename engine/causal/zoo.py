"""Standard architectures the causal audit is tested and benchmarked on, written from their papers.

* ``resnet18``: ResNet-18 (He et al. 2016, "Deep Residual Learning for Image Recognition"), with the
  module names and initialisation of the common reference implementation, so that layer names such as
  ``layer2.0.conv1`` mean what users expect.
* ``convnext``: ConvNeXt (Liu et al. 2022, "A ConvNet for the 2020s"), small by default.
* ``hf_vit`` / ``hf_convnext``: Hugging Face ``ViTForImageClassification`` / ``ConvNextForImageClassification``
  built from a config with seeded random weights (nothing is downloaded).
* ``photographs``: seeded random crops of the two photographs scikit-learn ships, as test images.
* ``calibrate_norms``: gives a random-init BatchNorm network the statistics of a trained one.

Every builder seeds its own random stream (the global torch generator is left as it was) and returns the
model in eval mode. torch is imported inside the functions: the module top level is stdlib/numpy only.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["calibrate_norms", "convnext", "hf_convnext", "hf_vit", "hf_vit_mlp", "photographs", "resnet18"]

# Layer scale of ConvNeXt blocks at initialisation. The paper uses 1e-6, which makes a random-init model
# almost exactly the identity through its blocks (ablating anything inside a block changes the logits by
# ~1e-6). A trained model's scales are far from that, so the random-init models here start at 0.1: every
# block contributes visibly to the output and unit effects inside blocks are measurable.
LAYER_SCALE = 0.1


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Run the block with the CPU torch generator seeded, restoring the caller's state afterwards."""
    import torch

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        yield


# ----------------------------------------------------------------------------------------------- ResNet-18


def resnet18(num_classes: int = 10, in_channels: int = 3, width: int = 64, seed: int = 0) -> Any:
    """ResNet-18: conv1 7x7/2 -> bn1 -> relu -> maxpool 3x3/2 -> layer1..layer4 (2 BasicBlocks each,
    widths w, 2w, 4w, 8w, stride 2 from layer2 on) -> avgpool -> fc. At width 64 and 1000 classes it has
    11,689,512 parameters, as the reference implementation. Conv weights Kaiming-normal (fan_out, relu),
    BatchNorm weight 1 and bias 0, fc PyTorch's default; traceable with ``torch.fx.symbolic_trace``."""
    import torch
    import torch.nn as nn

    class BasicBlock(nn.Module):
        expansion = 1

        def __init__(self, inplanes: int, planes: int, stride: int = 1) -> None:
            super().__init__()
            self.conv1 = nn.Conv2d(inplanes, planes, 3, stride=stride, padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(planes)
            self.relu = nn.ReLU(inplace=True)  # one module, applied twice (after bn1 and after the sum)
            self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
            self.bn2 = nn.BatchNorm2d(planes)
            self.downsample: nn.Module | None = None
            if stride != 1 or inplanes != planes:
                self.downsample = nn.Sequential(
                    nn.Conv2d(inplanes, planes, 1, stride=stride, bias=False), nn.BatchNorm2d(planes))
            self.stride = stride

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            identity = x
            out = self.relu(self.bn1(self.conv1(x)))
            out = self.bn2(self.conv2(out))
            if self.downsample is not None:
                identity = self.downsample(x)
            out += identity
            return self.relu(out)

    class ResNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inplanes = width
            self.conv1 = nn.Conv2d(in_channels, width, 7, stride=2, padding=3, bias=False)
            self.bn1 = nn.BatchNorm2d(width)
            self.relu = nn.ReLU(inplace=True)
            self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
            self.layer1 = self._make_layer(width, 2, stride=1)
            self.layer2 = self._make_layer(2 * width, 2, stride=2)
            self.layer3 = self._make_layer(4 * width, 2, stride=2)
            self.layer4 = self._make_layer(8 * width, 2, stride=2)
            self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
            self.fc = nn.Linear(8 * width, num_classes)
            for m in self.modules():
                if isinstance(m, nn.Conv2d):
                    nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
                elif isinstance(m, nn.BatchNorm2d):
                    nn.init.constant_(m.weight, 1.0)
                    nn.init.constant_(m.bias, 0.0)

        def _make_layer(self, planes: int, blocks: int, stride: int) -> nn.Sequential:
            layers = [BasicBlock(self.inplanes, planes, stride)]
            self.inplanes = planes
            layers += [BasicBlock(planes, planes) for _ in range(1, blocks)]
            return nn.Sequential(*layers)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
            x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
            return self.fc(torch.flatten(self.avgpool(x), 1))

    with _seeded(seed):
        model = ResNet()
    return model.eval()


# ------------------------------------------------------------------------------------------------ ConvNeXt


def convnext(num_classes: int = 10, in_channels: int = 3, depths: Sequence[int] = (2, 2, 2, 2),
             dims: Sequence[int] = (32, 64, 128, 256), seed: int = 0, layer_scale: float = LAYER_SCALE) -> Any:
    """ConvNeXt: ``stem`` (conv 4x4/4 + channels-first LayerNorm) -> ``stages.0`` -> ``downsample_layers.0``
    (channels-first LayerNorm + conv 2x2/2) -> ``stages.1`` -> ... -> global average pool -> ``norm``
    (LayerNorm) -> ``head`` (Linear). ``downsample_layers.{i}`` sits between ``stages.{i}`` and
    ``stages.{i+1}``. A block ``stages.{i}.{j}``: ``dwconv`` (7x7 depthwise, padding 3) -> channels-last ->
    ``norm`` (LayerNorm, eps 1e-6) -> ``pwconv1`` (Linear d -> 4d) -> ``act`` (GELU) -> ``pwconv2``
    (Linear 4d -> d) -> times ``gamma`` (layer scale, a parameter of the block, initialised to
    ``layer_scale``; see LAYER_SCALE for why not the paper's 1e-6) -> channels-first -> + input. Stochastic
    depth is omitted (it is the identity at eval). Conv and Linear weights truncated normal (std 0.02, cut
    at 2 std), biases 0; traceable with ``torch.fx.symbolic_trace``."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    if len(depths) != len(dims) or not depths:
        raise ValueError("depths and dims must be non-empty and of the same length")

    class LayerNorm2d(nn.Module):
        """LayerNorm over the channel axis of a (B, C, H, W) tensor."""

        def __init__(self, dim: int, eps: float = 1e-6) -> None:
            super().__init__()
            self.weight = nn.Parameter(torch.ones(dim))
            self.bias = nn.Parameter(torch.zeros(dim))
            self.eps = eps

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            u = x.mean(1, keepdim=True)
            s = (x - u).pow(2).mean(1, keepdim=True)
            x = (x - u) / torch.sqrt(s + self.eps)
            return self.weight[:, None, None] * x + self.bias[:, None, None]

    class Block(nn.Module):
        def __init__(self, dim: int) -> None:
            super().__init__()
            self.dwconv = nn.Conv2d(dim, dim, kernel_size=7, padding=3, groups=dim)
            self.norm = nn.LayerNorm(dim, eps=1e-6)
            self.pwconv1 = nn.Linear(dim, 4 * dim)
            self.act = nn.GELU()
            self.pwconv2 = nn.Linear(4 * dim, dim)
            self.gamma = nn.Parameter(torch.full((dim,), float(layer_scale)))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            y = self.dwconv(x).permute(0, 2, 3, 1)
            y = self.pwconv2(self.act(self.pwconv1(self.norm(y))))
            y = (self.gamma * y).permute(0, 3, 1, 2)
            return x + y

    class ConvNeXt(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.stem = nn.Sequential(nn.Conv2d(in_channels, dims[0], kernel_size=4, stride=4),
                                      LayerNorm2d(dims[0]))
            self.stages = nn.ModuleList(
                nn.Sequential(*(Block(d) for _ in range(n))) for d, n in zip(dims, depths, strict=True))
            self.downsample_layers = nn.ModuleList(
                nn.Sequential(LayerNorm2d(dims[i]), nn.Conv2d(dims[i], dims[i + 1], kernel_size=2, stride=2))
                for i in range(len(dims) - 1))
            self.norm = nn.LayerNorm(dims[-1], eps=1e-6)
            self.head = nn.Linear(dims[-1], num_classes)
            for m in self.modules():
                if isinstance(m, nn.Conv2d | nn.Linear):
                    nn.init.trunc_normal_(m.weight, std=0.02, a=-0.04, b=0.04)
                    if m.bias is not None:
                        nn.init.zeros_(m.bias)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = self.stem(x)
            for i, stage in enumerate(self.stages):
                if i > 0:
                    x = self.downsample_layers[i - 1](x)
                x = stage(x)
            return self.head(self.norm(F.adaptive_avg_pool2d(x, 1).flatten(1)))

    with _seeded(seed):
        model = ConvNeXt()
    return model.eval()


# ------------------------------------------------------------------------------------------- Hugging Face


def hf_vit(num_classes: int = 10, image_size: int = 32, patch_size: int = 4, hidden: int = 64, layers: int = 4,
           heads: int = 4, mlp: int = 128, channels: int = 3, seed: int = 0) -> Any:
    """A Hugging Face ``ViTForImageClassification`` with seeded random weights and eager attention, in
    eval mode. Its forward returns an output object whose ``.logits`` is (B, num_classes). Not traceable
    with ``torch.fx.symbolic_trace``."""
    from transformers import ViTConfig, ViTForImageClassification

    # num_labels and attn_implementation are generic config keywords that the typed signature does not list
    kwargs: dict[str, Any] = {"num_labels": num_classes, "attn_implementation": "eager"}
    cfg = ViTConfig(image_size=image_size, patch_size=patch_size, num_channels=channels, hidden_size=hidden,
                    num_hidden_layers=layers, num_attention_heads=heads, intermediate_size=mlp, **kwargs)
    with _seeded(seed):
        model = ViTForImageClassification(cfg)
    return model.eval()


def hf_convnext(num_classes: int = 10, channels: int = 3, depths: Sequence[int] = (1, 1, 2, 1),
                hidden_sizes: Sequence[int] = (16, 32, 64, 128), image_size: int = 32, seed: int = 0,
                layer_scale: float = LAYER_SCALE) -> Any:
    """A Hugging Face ``ConvNextForImageClassification`` with seeded random weights, in eval mode, layer
    scale initialised to ``layer_scale`` (see LAYER_SCALE). Its forward returns an output object whose
    ``.logits`` is (B, num_classes). Not traceable with ``torch.fx.symbolic_trace``."""
    from transformers import ConvNextConfig, ConvNextForImageClassification

    kwargs: dict[str, Any] = {"num_labels": num_classes}
    cfg = ConvNextConfig(num_channels=channels, depths=list(depths), hidden_sizes=list(hidden_sizes),
                         image_size=image_size, layer_scale_init_value=layer_scale, **kwargs)
    with _seeded(seed):
        model = ConvNextForImageClassification(cfg)
    return model.eval()


# ------------------------------------------------------------------------------------------------- images


SAMPLE_PHOTOGRAPHS = ("china.jpg", "flower.jpg")  # what sklearn.datasets.load_sample_images() reads


@functools.cache
def _sample_photographs() -> tuple[Any, ...]:
    """scikit-learn's two sample photographs as RGB Pillow images, read from the installed package (found
    without importing scikit-learn, which takes a second)."""
    from PIL import Image

    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("scikit-learn is not installed; its sample photographs are the test images")
    folder = Path(next(iter(spec.submodule_search_locations))) / "datasets" / "images"
    photos = []
    for name in SAMPLE_PHOTOGRAPHS:
        with Image.open(folder / name) as img:
            photos.append(img.convert("RGB"))
    return tuple(photos)


def photographs(n: int = 64, size: int = 32, channels: int = 3, seed: int = 0) -> Any:
    """``n`` seeded random square crops of scikit-learn's two sample photographs (china.jpg, flower.jpg,
    read from the installed package), each of side 0.2-1.0 times the photograph's shorter side, resized
    with Pillow's bilinear filter to ``size`` x ``size``. Returns a float32 tensor (n, channels, size, size)
    in [0, 1]; ``channels`` 1 converts to grayscale (Pillow "L"), 3 keeps RGB."""
    import torch
    from PIL import Image

    if channels not in (1, 3):
        raise ValueError(f"channels must be 1 or 3, not {channels}")
    if n < 0 or size < 1:
        raise ValueError("n must be >= 0 and size >= 1")
    photos = _sample_photographs()
    rng = np.random.default_rng(seed)
    out = np.empty((n, size, size, channels), dtype=np.float32)
    for i in range(n):
        img = photos[int(rng.integers(len(photos)))]
        w, h = img.size
        side = max(1, round(rng.uniform(0.2, 1.0) * min(w, h)))
        left = int(rng.integers(0, w - side + 1))
        top = int(rng.integers(0, h - side + 1))
        crop = img.crop((left, top, left + side, top + side)).resize((size, size), Image.Resampling.BILINEAR)
        if channels == 1:
            crop = crop.convert("L")
        out[i] = np.asarray(crop, dtype=np.float32).reshape(size, size, channels) / 255.0
    return torch.from_numpy(out).permute(0, 3, 1, 2).contiguous()


# ---------------------------------------------------------------------------------------------- BatchNorm


def calibrate_norms(model: Any, x: Any, seed: int = 0) -> Any:
    """Give every BatchNorm of ``model`` the affine parameters and running statistics a trained network
    has: weight ~ U(0.5, 1.5) and bias ~ N(0, 0.5) (seeded), then running mean and (unbiased) variance
    from the data ``x``, in one forward under ``torch.no_grad``. Each BatchNorm takes the statistics of
    its input just before it normalises it (a forward pre-hook), in eval mode, so the activations every
    later BatchNorm sees are exactly those of the returned network; this is what one train-mode forward
    with momentum None (cumulative average) gives, except that there the earlier BatchNorms normalise by
    the biased batch variance instead of the running one. With a non-zero bias and a mean that is not
    zero, relu(bn(0)) != 0 for many channels, unlike in a freshly initialised network. Returns the model
    in eval mode (changed in place)."""
    import torch
    import torch.nn as nn

    norms = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    gen = torch.Generator().manual_seed(seed)

    def take_stats(m: Any, args: tuple[Any, ...]) -> None:
        inp = args[0]
        dims = [0, *range(2, inp.dim())]
        m.running_mean.copy_(inp.mean(dims))
        m.running_var.copy_(inp.var(dims, unbiased=True))
        m.num_batches_tracked.fill_(1)

    model.eval()
    with torch.no_grad():
        for m in norms:
            if m.affine:
                m.weight.copy_(torch.rand(m.weight.shape, generator=gen) + 0.5)
                m.bias.copy_(torch.randn(m.bias.shape, generator=gen) * 0.5)
        handles = [m.register_forward_pre_hook(take_stats) for m in norms if m.track_running_stats]
        try:
            model(x)
        finally:
            for h in handles:
                h.remove()
    return model


def hf_vit_mlp(model: Any, block: int = 1) -> str:
    """The name of the first MLP Linear (hidden -> mlp) of encoder block ``block`` of an ``hf_vit`` model:
    ``vit.layers.{block}.mlp.fc1`` in transformers 5, ``vit.encoder.layer.{block}.intermediate.dense``
    before."""
    names = {name for name, _ in model.named_modules()}
    for name in (f"vit.layers.{block}.mlp.fc1", f"vit.encoder.layer.{block}.intermediate.dense"):
        if name in names:
            return name
    raise ValueError(f"no MLP layer found for block {block}")
