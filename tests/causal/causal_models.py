"""Small models whose causal structure is known by construction, and helpers for the causal tests."""

from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F

TARGET = 1


class GroundTruthNet(nn.Module):
    """3x8x8 images -> conv1 (6 units, 1x1) -> conv2 (4 units, 1x1) -> global mean -> fc (2 classes).

    conv1: u0, u1 true (read red, feed conv2:v0); u2 decoy (reads red twice as strongly, zero outgoing
    weights); u3 reads blue (feeds v3); u4 a disconnected branch (reads red, feeds only v2, which has no
    path to the output); u5 reads green, no outgoing weights.
    conv2: v0 true (u0 + u1 -> class 1); v1 decoy (reads u0 three times as strongly as v0 does, zero
    weight into fc); v2 the end of the disconnected branch (zero weight into fc); v3 blue -> class 0.
    """

    input_shape = (3, 8, 8)
    TRUE1 = {0, 1}
    DECOY1 = {2, 4, 5}
    TRUE2 = {0}
    DECOY2 = {1, 2}

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 1)
        self.conv2 = nn.Conv2d(6, 4, 1)
        self.fc = nn.Linear(4, 2)
        with torch.no_grad():
            for p in self.parameters():
                p.zero_()
            w1 = self.conv1.weight[:, :, 0, 0]
            w1[0, 0] = 1.0  # red
            w1[1, 0] = 0.6  # red
            w1[2, 0] = 2.0  # red, decoy
            w1[3, 2] = 1.0  # blue
            w1[4, 0] = 1.5  # red, disconnected branch
            w1[5, 1] = 1.0  # green
            w2 = self.conv2.weight[:, :, 0, 0]
            w2[0, 0] = 1.0
            w2[0, 1] = 1.0
            w2[1, 0] = 3.0  # decoy: strongest response, no way out
            w2[2, 4] = 1.0  # branch
            w2[3, 3] = 1.0
            self.fc.weight[1, 0] = 2.0
            self.fc.weight[1, 3] = -1.0
            self.fc.weight[0, 3] = 2.0
            self.fc.bias[0] = 0.5

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.relu(self.conv1(x))
        h = F.relu(self.conv2(h))
        return self.fc(h.mean(dim=(2, 3)))


def target_images(n: int = 24, seed: int = 0) -> torch.Tensor:
    """Images of class 1: red blobs of random strength and place on a dim noisy background."""
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, 3, 8, 8, generator=g) * 0.2
    for i in range(n):
        y0, x0 = torch.randint(0, 4, (2,), generator=g).tolist()
        x[i, 0, y0 : y0 + 4, x0 : x0 + 4] += 0.5 + 0.5 * torch.rand(1, generator=g).item()
    return x.clamp(0, 1)


class SmallNet(nn.Module):
    """A random conv net (conv -> relu -> pool, twice, then two linear layers)."""

    input_shape = (3, 16, 16)

    def __init__(self, seed: int = 0, c1: int = 8, c2: int = 12) -> None:
        super().__init__()
        torch.manual_seed(seed)
        self.conv1 = nn.Conv2d(3, c1, 3, padding=1)
        self.conv2 = nn.Conv2d(c1, c2, 3, padding=1)
        self.fc1 = nn.Linear(c2 * 4 * 4, 16)
        self.fc = nn.Linear(16, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(F.relu(self.fc1(torch.flatten(x, 1))))


class SkipNet(SmallNet):
    """A skip connection crosses conv2: conv1's output is added after conv2."""

    def __init__(self, seed: int = 0) -> None:
        super().__init__(seed, c1=8, c2=8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.relu(self.conv1(x))
        h = F.relu(self.conv2(h)) + h
        h = F.max_pool2d(F.max_pool2d(h, 2), 2)
        return self.fc(F.relu(self.fc1(torch.flatten(h, 1))))


class UntraceableNet(SmallNet):
    """Data-dependent control flow: torch.fx cannot trace it, so the runner must fall back."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        if float(x.sum()) > -1.0:  # always true, but fx cannot know
            x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(F.relu(self.fc1(torch.flatten(x, 1))))


def build_ground_truth() -> nn.Module:
    return GroundTruthNet()


class _Block(nn.Module):
    """A torchvision-style basic block: conv-BN-ReLU(inplace)-conv-BN, ``out += identity``, ReLU(inplace)."""

    def __init__(self, c: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += identity
        return self.relu(out)


class InplaceResNet(nn.Module):
    """Stem, two residual blocks with in-place ReLUs and batch norm (random running stats), head."""

    input_shape = (3, 16, 16)

    def __init__(self, seed: int = 0) -> None:
        super().__init__()
        torch.manual_seed(seed)
        self.stem = nn.Conv2d(3, 8, 3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.relu = nn.ReLU(inplace=True)
        self.layer1 = _Block(8)
        self.layer2 = _Block(8)
        self.fc = nn.Linear(8, 3)
        with torch.no_grad():
            for m in self.modules():
                if isinstance(m, nn.BatchNorm2d):
                    m.running_mean.uniform_(-0.2, 0.2)
                    m.running_var.uniform_(0.5, 1.5)
                    m.weight.uniform_(0.5, 1.5)
                    m.bias.uniform_(-0.1, 0.1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.relu(self.bn(self.stem(x)))
        x = self.layer2(self.layer1(x))
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


class InplaceVGG(nn.Module):
    """VGG-style nn.Sequential with nn.ReLU(inplace=True) right after each conv (layer names features.N)."""

    input_shape = (3, 16, 16)

    def __init__(self, seed: int = 0) -> None:
        super().__init__()
        torch.manual_seed(seed)
        self.features = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2),
                                      nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2))
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(8 * 4 * 4, 16), nn.ReLU(inplace=True), nn.Linear(16, 3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.features(x))


class GrayNet(nn.Module):
    """A 1-channel model: brightness -> conv (3 units) -> mean -> fc (2 classes); unit 0 carries class 1."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 3, 1)
        self.fc = nn.Linear(3, 2)
        with torch.no_grad():
            for p in self.parameters():
                p.zero_()
            self.conv.weight[0, 0] = 2.0
            self.conv.weight[1, 0] = 0.1
            self.fc.weight[1, 0] = 1.0
            self.fc.bias[0] = 0.2

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(F.relu(self.conv(x)).mean(dim=(2, 3)))


def build_gray() -> nn.Module:
    return GrayNet()
