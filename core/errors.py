"""The application's one error type, carrying what kind of failure it is.

The command line prints ``str(err)`` on one line and exits with status 2 (bad input) or 130
(cancelled); the GUI shows bad input in a dialog, a cancel in the status bar, and a bug with its
traceback. Anything that is not an :class:`AttestError` is a bug: :func:`error_kind` says so.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """Why a job ended without a result."""

    BAD_INPUT = "bad_input"
    """Bad input or an unusable environment; the message tells the user what to change."""
    CANCELLED = "cancelled"
    """The user asked to stop."""
    BUG = "bug"
    """Anything else: a defect in Attest. Show the traceback."""


class AttestError(Exception):
    """A failure described for a person in one line."""

    kind: ErrorKind = ErrorKind.BAD_INPUT

    def __init__(self, message: str, kind: ErrorKind | None = None) -> None:
        super().__init__(" ".join(str(message).split()))
        if kind is not None:
            self.kind = kind


class Cancelled(AttestError):
    """The user cancelled a long computation."""

    kind = ErrorKind.CANCELLED

    def __init__(self, message: str = "cancelled by the user") -> None:
        super().__init__(message)


def error_kind(exc: BaseException) -> ErrorKind:
    """The kind of any exception: an :class:`AttestError` says its own, anything else is a bug."""
    if isinstance(exc, AttestError):
        return exc.kind
    if isinstance(exc, KeyboardInterrupt):
        return ErrorKind.CANCELLED
    return ErrorKind.BUG
