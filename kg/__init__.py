"""Claim verification against local RDF knowledge graphs (never imports Qt, gui or engine)."""
