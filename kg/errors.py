"""The one error type of ``kg``: bad input, described for a person in one line.

``kg`` may not import ``engine``, so this mirrors ``engine.errors.AttestError``; ``main.py`` treats
both as "bad input" (message on stderr, exit status 2).
"""

from __future__ import annotations


class KGError(Exception):
    """Bad knowledge-graph or document input, with a one-line message fit for a person."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class KGCancelled(KGError):
    """Raised by the local no-op job never; kept so callers can catch a kg-side cancel by type."""

    def __init__(self, message: str = "cancelled by the user") -> None:
        super().__init__(message)
