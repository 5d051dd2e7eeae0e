"""Attest compute core (torch). Never imports Qt; heavy imports happen lazily."""

__version__ = "0.1.0"
