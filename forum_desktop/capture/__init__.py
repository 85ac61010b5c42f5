"""Capture logic, Qt-free: the quick-capture syntax and search queries."""
