"""SQLite storage: opening and migrating, the journaled write path, backups, the GUI lock."""

from forum_desktop.storage.backups import Backup, BackupReason, Backups
from forum_desktop.storage.database import connect_read_only, inspect_database, open_database
from forum_desktop.storage.errors import (
    AlreadyRunningError,
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
    RecordNotFoundError,
    StorageError,
)
from forum_desktop.storage.migrations import SCHEMA_VERSION
from forum_desktop.storage.store import Store

__all__ = [
    "SCHEMA_VERSION",
    "AlreadyRunningError",
    "Backup",
    "BackupReason",
    "Backups",
    "CorruptDatabaseError",
    "DatabaseBusyError",
    "DatabaseTooNewError",
    "DiskFullError",
    "NotADatabaseError",
    "RecordNotFoundError",
    "StorageError",
    "Store",
    "connect_read_only",
    "inspect_database",
    "open_database",
]
