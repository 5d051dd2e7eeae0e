"""Attest desktop app (PySide6 + pyqtgraph): presentation only; work runs in engine/ and kg/."""
