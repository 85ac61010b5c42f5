"""Merging several laptops' work on one event without a server.

Each laptop writes its journal's changes to files in a shared folder (kept in step by
Syncthing, a cloud folder or a USB stick) and merges the files other laptops wrote.
Qt-free, like the rest of the core; see docs/architecture.md, "Sync".
"""
