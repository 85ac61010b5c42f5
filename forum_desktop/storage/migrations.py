"""The schema, as an ordered list of migrations; the schema version is their count.

Never edit a released migration: append a new one. Each runs in one transaction,
and ``tests/storage/fixtures/`` keeps a database of every earlier version.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: installation profile, events, roster, the change journal.
    """
    CREATE TABLE installation (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE event (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        title TEXT NOT NULL,
        language TEXT NOT NULL,
        timezone TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        place TEXT NOT NULL,
        organisers TEXT NOT NULL,
        context TEXT NOT NULL,
        objectives TEXT NOT NULL
    );
    CREATE TABLE participant (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        city TEXT NOT NULL,
        country TEXT NOT NULL,
        role TEXT NOT NULL,
        email TEXT NOT NULL,
        language TEXT,
        mode TEXT NOT NULL,
        notes TEXT NOT NULL,
        attendance TEXT NOT NULL,
        checked_in_at TEXT,
        position INTEGER NOT NULL
    );
    CREATE INDEX participant_event ON participant(event_id, position);
    CREATE TABLE journal (
        change_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        author TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
        fields TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (device_id, sequence)
    );
    CREATE INDEX journal_record ON journal(record_type, record_id);
    """,
    # 2: sessions and their agenda trees.
    """
    CREATE TABLE session (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        title TEXT NOT NULL,
        date TEXT,
        start_time TEXT,
        end_time TEXT,
        timezone TEXT NOT NULL,
        place TEXT NOT NULL,
        mode TEXT NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE INDEX session_event ON session(event_id, position);
    CREATE TABLE agenda_item (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        session_id TEXT NOT NULL REFERENCES session(id),
        parent_id TEXT REFERENCES agenda_item(id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL,
        kind TEXT NOT NULL,
        method TEXT NOT NULL,
        guiding_question TEXT NOT NULL
    );
    CREATE INDEX agenda_item_session ON agenda_item(session_id, parent_id, position);
    """,
    # 3: a session's link; what a facilitator plans per agenda item.
    """
    ALTER TABLE session ADD COLUMN link TEXT NOT NULL DEFAULT '';
    ALTER TABLE agenda_item ADD COLUMN locked_start TEXT;
    ALTER TABLE agenda_item ADD COLUMN min_minutes INTEGER;
    ALTER TABLE agenda_item ADD COLUMN priority TEXT NOT NULL DEFAULT 'flexible';
    ALTER TABLE agenda_item ADD COLUMN facilitator_ids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE agenda_item ADD COLUMN rapporteur_ids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE agenda_item ADD COLUMN speaker_ids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE agenda_item ADD COLUMN objective_ids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE agenda_item ADD COLUMN materials TEXT NOT NULL DEFAULT '';
    ALTER TABLE agenda_item ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    """,
    # 4: the user's session templates.
    """
    CREATE TABLE session_template (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        language TEXT NOT NULL,
        start_time TEXT,
        end_time TEXT,
        items TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
