"""The one error type of the engine: a message fit for a person.

The command line prints ``str(err)`` on one line and exits with status 2; the GUI shows it in a
dialog and keeps going. Anything that is not an ``AttestError`` is a bug (exit status 1).
"""

from __future__ import annotations


class AttestError(Exception):
    """Bad input or an unusable environment, described for a person in one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class Cancelled(AttestError):
    """The user cancelled a long computation."""

    def __init__(self, message: str = "cancelled by the user") -> None:
        super().__init__(message)
