"""Tamper-evident report store and export (JSON, HTML; PDF is rendered by the GUI layer with Qt)."""
