"""Shared GUI fixture: one page on a fresh database, dialogs off (errors land in ctx.last_error)."""

from __future__ import annotations

import importlib

import pytest


@pytest.fixture
def make_page(qtbot, tmp_path):
    def make(name: str, size: tuple[int, int] = (1300, 820)):
        from gui.context import AppContext

        ctx = AppContext(tmp_path / "gui.db", device="cpu")
        ctx.show_dialogs = False
        page = importlib.import_module(f"gui.pages.{name}").Page(ctx)
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        return page

    return make
