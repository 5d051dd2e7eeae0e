"""Device and dtype choice, memory-aware chunk sizes, seeding.

torch is imported inside the functions so that importing this module costs nothing.
"""

from __future__ import annotations

import os
import random
from typing import TYPE_CHECKING, Any

from core.errors import AttestError

if TYPE_CHECKING:  # annotations only: torch and Pillow are imported lazily at run time
    import torch


def pick_device(pref: str = "auto") -> torch.device:
    """Resolve ``auto`` to CUDA, then MPS, then CPU; refuse an explicit device that is absent."""
    import torch

    pref = (pref or "auto").lower()
    if pref == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        mps = getattr(torch.backends, "mps", None)
        if mps is not None and mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    if pref == "cuda":
        if not torch.cuda.is_available():
            raise AttestError("--device cuda was asked for, but no CUDA GPU is available here")
        return torch.device("cuda")
    if pref == "mps":
        mps = getattr(torch.backends, "mps", None)
        if mps is None or not mps.is_available():
            raise AttestError("--device mps was asked for, but Apple MPS is not available here")
        return torch.device("mps")
    if pref == "cpu":
        return torch.device("cpu")
    raise AttestError(f"unknown device {pref!r}: use auto, cpu or cuda")


def free_memory_bytes(device: torch.device) -> int:
    """Free memory on ``device``: the GPU's free memory, or available system RAM for the CPU."""
    import torch

    if device.type == "cuda":
        free, _total = torch.cuda.mem_get_info(device)
        return int(free)
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):
        return 2 * 1024**3


def chunk_size(
    bytes_per_item: int,
    device: torch.device,
    fraction: float = 0.25,
    cap: int = 4096,
    floor: int = 1,
) -> int:
    """How many items of ``bytes_per_item`` fit in ``fraction`` of the free memory (within bounds)."""
    budget = free_memory_bytes(device) * fraction
    n = int(budget // max(1, bytes_per_item))
    return max(floor, min(cap, n))


def device_info(device: torch.device | None = None) -> dict[str, Any]:
    """Name, kind and memory of the device, for the status bar and the reports."""
    import torch

    device = device or pick_device("auto")
    info: dict[str, Any] = {"device": str(device), "type": device.type, "torch": torch.__version__}
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        info["name"] = props.name
        info["memory_total_bytes"] = int(props.total_memory)
        info["memory_free_bytes"] = free_memory_bytes(device)
    else:
        import platform

        info["name"] = platform.processor() or platform.machine() or "cpu"
        info["threads"] = torch.get_num_threads()
        info["memory_free_bytes"] = free_memory_bytes(device)
    return info


def seed_everything(seed: int) -> None:
    """Seed Python, numpy and torch (all devices) for a reproducible run."""
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed % (2**32))
    torch.manual_seed(seed)


# Libraries whose first import loads large compiled extensions while holding the interpreter lock, so
# that no cancel check can run meanwhile (about a second each on a 2-core machine).
WARM_IMPORTS = ("torch", "scipy.stats", "captum.attr", "transformers")


def warm_imports() -> list[str]:
    """Import :data:`WARM_IMPORTS` now (the app does this on a worker once its window is up), one at a time
    under the lock that model loads use; returns the ones that could not be imported."""
    import importlib

    from core.jobs import interruptible

    missing = []
    for name in WARM_IMPORTS:
        try:
            interruptible(None, importlib.import_module, name)
        except ImportError:
            missing.append(name)
    return missing
