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
