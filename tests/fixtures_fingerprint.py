"""Session-scoped fixtures: the fingerprint evaluation, run once and shared by every test that needs it."""

from __future__ import annotations
