"""Webcare Triage core: ingest, analysis, scoring and storage. Never imports Qt."""

__version__ = "0.1.0"
