"""Shared fixtures: the bundled demo graph, loaded once, and one verifier."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets" / "kg"


@pytest.fixture(scope="session")
def demo_kg():
    from kg.store import open_graphs

    return open_graphs([ASSETS / "demo.ttl"], use_cache=False)


@pytest.fixture(scope="session")
def verifier(demo_kg):
    from kg.verify import Verifier

    return Verifier(demo_kg)


@pytest.fixture()
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test loudly."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield
