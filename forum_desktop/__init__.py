"""Forum Desktop: plan, run and record workshops offline, and publish their minutes."""

__version__ = "0.1.0"
