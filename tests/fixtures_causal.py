"""Session-scoped fixtures: the bundled demo audit, run once and shared by every test that needs it."""

from __future__ import annotations
