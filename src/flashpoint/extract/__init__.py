"""Extraction stages, one module per question."""
