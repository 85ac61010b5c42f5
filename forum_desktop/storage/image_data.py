"""Image bytes, stored once under their SHA-256 beside the records that point to them.

Bytes named by their hash never change, so they need no journal: the journal records
the ``photo`` that points to them, and undoing a deleted photo finds its bytes still
here. An event's logo is kept the same way. Bytes no photo or logo points to any more
are pruned when the app starts, once no undo history can bring such a photo back
(command-line runs never prune: the app may be open).
"""

from __future__ import annotations

import hashlib

from forum_desktop.storage.store import Store


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_image_data(store: Store, data: bytes) -> str:
    """Keep ``data`` (once, whoever else stored the same bytes); returns its hash."""
    digest = sha256_of(data)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO image_data (sha256, size, data) VALUES (?, ?, ?) "
            "ON CONFLICT(sha256) DO NOTHING",
            (digest, len(data), data),
        )
    return digest


def image_data(store: Store, digest: str) -> bytes | None:
    row = store.conn.execute("SELECT data FROM image_data WHERE sha256 = ?", (digest,)).fetchone()
    return None if row is None else bytes(row[0])


def prune_image_data(store: Store) -> int:
    """Forget bytes no photo or event logo points to; returns how many were removed."""
    with store.transaction():
        cursor = store.conn.execute(
            "DELETE FROM image_data WHERE sha256 NOT IN (SELECT image_sha256 FROM photo) "
            "AND sha256 NOT IN "
            "(SELECT original_sha256 FROM photo WHERE original_sha256 IS NOT NULL) "
            "AND sha256 NOT IN (SELECT logo_sha256 FROM event WHERE logo_sha256 IS NOT NULL)"
        )
    return cursor.rowcount
