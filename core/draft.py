"""The typed report draft: what every audit hands to the report store.

Each result type has one ``to_draft()`` that returns a :class:`ReportDraft`; the store adds the
creation time, app version, device and hash chain. The draft checks its own shape when it is made,
so a malformed report fails where it is built, not when someone later opens it:

- ``kind`` is one of :data:`REPORT_KINDS`; ``title`` is one non-empty line;
- ``inputs`` maps a label (``"model demo_cnn.safetensors"``) to the SHA-256 of that input's bytes,
  64 lowercase hex digits: a report names exactly the bytes it was computed from;
- ``summary`` holds scalars only (the reports table and the HTML summary show it as is);
- ``params`` and ``result`` are JSON-like data (dicts, lists, strings, numbers, booleans, None);
  numpy scalars and arrays are converted by the store;
- artifacts have unique names and bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

REPORT_KINDS: Final = ("causal", "trace", "fingerprint-eval", "verify", "environment")
"""Every kind of report Attest writes (one schema test covers each)."""

_SHA256 = re.compile(r"[0-9a-f]{64}")
_SCALARS = (str, int, float, bool, type(None))


class DraftError(ValueError):
    """A report draft that breaks the schema: a bug in the code that built it, not bad user input."""


@dataclass(frozen=True)
class ArtifactDraft:
    """One file attached to a report (a PNG figure, a GraphML graph, a JSON detail file)."""

    name: str
    mime: str
    data: bytes

    def __post_init__(self) -> None:
        if not self.name or "/" in self.name or "\\" in self.name:
            raise DraftError(f"an artifact name must be a plain file name, got {self.name!r}")
        if not isinstance(self.data, bytes):
            raise DraftError(f"artifact {self.name!r}: data must be bytes, got {type(self.data).__name__}")
        if not self.mime or "/" not in self.mime:
            raise DraftError(f"artifact {self.name!r}: {self.mime!r} is not a MIME type")


@dataclass(frozen=True)
class ReportDraft:
    """A report before it is saved; see the module docstring for the rules it enforces."""

    kind: str
    title: str
    params: Mapping[str, Any]
    inputs: Mapping[str, str]
    summary: Mapping[str, Any]
    result: Mapping[str, Any]
    artifacts: tuple[ArtifactDraft, ...] = field(default=())
    created: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in REPORT_KINDS:
            raise DraftError(f"unknown report kind {self.kind!r}; known: {', '.join(REPORT_KINDS)}")
        if not self.title.strip() or "\n" in self.title:
            raise DraftError(f"a report title is one non-empty line, got {self.title!r}")
        for label, digest in self.inputs.items():
            if not isinstance(label, str) or not label:
                raise DraftError(f"input label {label!r} must be a non-empty string")
            if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
                raise DraftError(f"input {label!r}: {digest!r} is not a SHA-256 hex digest")
        for key, value in self.summary.items():
            if not isinstance(key, str) or not _is_scalar(value):
                raise DraftError(f"summary entry {key!r} must be a scalar, got {type(value).__name__}")
        for name, mapping in (("params", self.params), ("result", self.result)):
            if not isinstance(mapping, Mapping) or not all(isinstance(k, str) for k in mapping):
                raise DraftError(f"{name} must be a mapping with string keys")
        if not isinstance(self.artifacts, tuple):
            object.__setattr__(self, "artifacts", tuple(self.artifacts))
        names = [a.name for a in self.artifacts]
        if len(set(names)) != len(names):
            raise DraftError(f"artifact names repeat: {sorted(n for n in set(names) if names.count(n) > 1)}")
        for a in self.artifacts:
            if not isinstance(a, ArtifactDraft):
                raise DraftError(f"artifacts must be ArtifactDraft, got {type(a).__name__}")

    def artifact(self, name: str) -> ArtifactDraft:
        """The artifact called ``name`` (KeyError if there is none)."""
        for a in self.artifacts:
            if a.name == name:
                return a
        raise KeyError(name)


class Draftable(Protocol):
    """A result that can be saved as a report."""

    def to_draft(self) -> ReportDraft: ...


def _is_scalar(value: Any) -> bool:
    if isinstance(value, _SCALARS):
        return True
    # numpy scalars (the store converts them); checked by duck type so core needs no numpy
    return type(value).__module__ == "numpy" and getattr(value, "ndim", None) == 0
