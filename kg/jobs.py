"""Duck-typed progress / cancel protocol (``progress``, ``check``, ``stage``) without importing engine."""

from __future__ import annotations

from typing import Any


class NullJob:
    """A silent job used when the caller passes ``job=None``."""

    def progress(self, done: float, total: float, message: str = "") -> None:  # noqa: D401
        return None

    def check(self) -> None:
        return None

    def stage(self, start: float, end: float, message: str = "") -> "NullJob":
        return self


def ensure_job(job: Any | None) -> Any:
    """Return ``job`` or a silent stand-in with the same three methods."""
    return job if job is not None else NullJob()
