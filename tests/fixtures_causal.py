"""Session-scoped fixtures: the bundled demo audit, run once and shared by every test that needs it.

``demo_audit`` is exactly what ``python main.py demo`` runs for its causal report (the demo request
with its default settings, on the CPU); ``demo_draft`` is that audit's report draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from core.draft import ReportDraft
    from engine.causal.api import CausalAudit


@pytest.fixture(scope="session")
def demo_audit() -> CausalAudit:
    from engine.causal import api

    return api.run_audit(api.demo_request(device="cpu"))


@pytest.fixture(scope="session")
def demo_draft(demo_audit: CausalAudit) -> ReportDraft:
    return demo_audit.to_draft()
