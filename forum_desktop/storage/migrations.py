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
    # 5: captured outcomes, and the full-text index over outcomes, agenda items and people.
    # Session and item ids are soft references: deleting an agenda item must never take
    # what was captured with it.
    """
    CREATE TABLE outcome (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT,
        item_id TEXT,
        phase TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        captured_at TEXT NOT NULL,
        item_offset_seconds INTEGER,
        author TEXT NOT NULL,
        mentions TEXT NOT NULL,
        tags TEXT NOT NULL,
        anonymous INTEGER NOT NULL,
        review TEXT NOT NULL,
        fields TEXT NOT NULL
    );
    CREATE INDEX outcome_event ON outcome(event_id, captured_at);
    CREATE INDEX outcome_session ON outcome(session_id, captured_at);
    CREATE INDEX outcome_item ON outcome(item_id, captured_at);
    CREATE TABLE search_doc (
        rowid INTEGER PRIMARY KEY,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL UNIQUE,
        event_id TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE search USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE TRIGGER outcome_search_insert AFTER INSERT ON outcome BEGIN
        INSERT INTO search_doc (record_type, record_id, event_id)
            VALUES ('outcome', new.id, new.event_id);
        INSERT INTO search (rowid, title, body)
            VALUES (last_insert_rowid(), new.tags,
                    new.text || ' ' ||
                    coalesce(json_extract(new.fields, '$.owner_names'), '') || ' ' ||
                    coalesce(json_extract(new.fields, '$.speaker_name'), ''));
    END;
    CREATE TRIGGER outcome_search_delete AFTER DELETE ON outcome BEGIN
        DELETE FROM search WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = old.id);
        DELETE FROM search_doc WHERE record_id = old.id;
    END;
    CREATE TRIGGER outcome_search_update AFTER UPDATE ON outcome BEGIN
        UPDATE search SET title = new.tags,
            body = new.text || ' ' ||
                    coalesce(json_extract(new.fields, '$.owner_names'), '') || ' ' ||
                    coalesce(json_extract(new.fields, '$.speaker_name'), '')
            WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = new.id);
    END;
    CREATE TRIGGER item_search_insert AFTER INSERT ON agenda_item BEGIN
        INSERT INTO search_doc (record_type, record_id, event_id)
            VALUES ('agenda_item', new.id,
                    (SELECT event_id FROM session WHERE id = new.session_id));
        INSERT INTO search (rowid, title, body)
            VALUES (last_insert_rowid(), new.title,
                    new.description || ' ' || new.guiding_question || ' ' || new.method);
    END;
    CREATE TRIGGER item_search_delete AFTER DELETE ON agenda_item BEGIN
        DELETE FROM search WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = old.id);
        DELETE FROM search_doc WHERE record_id = old.id;
    END;
    CREATE TRIGGER item_search_update AFTER UPDATE ON agenda_item BEGIN
        UPDATE search SET title = new.title,
            body = new.description || ' ' || new.guiding_question || ' ' || new.method
            WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = new.id);
    END;
    CREATE TRIGGER participant_search_insert AFTER INSERT ON participant BEGIN
        INSERT INTO search_doc (record_type, record_id, event_id)
            VALUES ('participant', new.id, new.event_id);
        INSERT INTO search (rowid, title, body)
            VALUES (last_insert_rowid(), new.name,
                    new.organisation || ' ' || new.city || ' ' || new.country);
    END;
    CREATE TRIGGER participant_search_delete AFTER DELETE ON participant BEGIN
        DELETE FROM search WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = old.id);
        DELETE FROM search_doc WHERE record_id = old.id;
    END;
    CREATE TRIGGER participant_search_update AFTER UPDATE ON participant BEGIN
        UPDATE search SET title = new.name,
            body = new.organisation || ' ' || new.city || ' ' || new.country
            WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = new.id);
    END;
    INSERT INTO search_doc (record_type, record_id, event_id)
        SELECT 'participant', id, event_id FROM participant;
    INSERT INTO search (rowid, title, body)
        SELECT d.rowid, p.name, p.organisation || ' ' || p.city || ' ' || p.country
        FROM participant p JOIN search_doc d ON d.record_id = p.id;
    INSERT INTO search_doc (record_type, record_id, event_id)
        SELECT 'agenda_item', i.id, s.event_id
        FROM agenda_item i JOIN session s ON s.id = i.session_id;
    INSERT INTO search (rowid, title, body)
        SELECT d.rowid, i.title, i.description || ' ' || i.guiding_question || ' ' || i.method
        FROM agenda_item i JOIN search_doc d ON d.record_id = i.id;
    """,
    # 6: a session's minutes can be marked final.
    """
    ALTER TABLE session ADD COLUMN final_at TEXT;
    """,
    # 7: running sessions live — the run state, planned vs actual, speaker turns, and each
    # session's warning threshold.
    """
    ALTER TABLE session ADD COLUMN warning_percent INTEGER NOT NULL DEFAULT 20;
    ALTER TABLE session ADD COLUMN warning_max_minutes INTEGER NOT NULL DEFAULT 2;
    CREATE TABLE session_run (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        session_id TEXT NOT NULL UNIQUE REFERENCES session(id),
        status TEXT NOT NULL,
        current_item_id TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        saved_at TEXT NOT NULL
    );
    CREATE TABLE item_run (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        session_id TEXT NOT NULL REFERENCES session(id),
        item_id TEXT NOT NULL UNIQUE,
        spans TEXT NOT NULL,
        pauses TEXT NOT NULL,
        extension_seconds INTEGER NOT NULL,
        skipped INTEGER NOT NULL
    );
    CREATE INDEX item_run_session ON item_run(session_id);
    CREATE TABLE speaker_turn (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        session_id TEXT NOT NULL REFERENCES session(id),
        item_id TEXT NOT NULL,
        participant_id TEXT,
        name TEXT NOT NULL,
        allotted_seconds INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT
    );
    CREATE INDEX speaker_turn_item ON speaker_turn(item_id, started_at);
    """,
    # 8: photos, and the image bytes they point to, stored once by their SHA-256 so the
    # journal carries a hash, not megabytes. A photo's item and entry are soft references.
    """
    CREATE TABLE image_data (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE photo (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        item_id TEXT,
        outcome_id TEXT,
        caption TEXT NOT NULL,
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        image_sha256 TEXT NOT NULL REFERENCES image_data(sha256),
        original_sha256 TEXT REFERENCES image_data(sha256),
        original_mime TEXT
    );
    CREATE INDEX photo_event ON photo(event_id, created_at);
    CREATE INDEX photo_item ON photo(item_id);
    CREATE INDEX photo_outcome ON photo(outcome_id);
    CREATE INDEX photo_image ON photo(image_sha256);
    CREATE INDEX photo_original ON photo(original_sha256);
    """,
    # 9: entries are indexed as words, not JSON: tags as "#a #b", owners and speaker as
    # plain text, so search results show "Karim", not ["Karim"].
    """
    DROP TRIGGER outcome_search_insert;
    DROP TRIGGER outcome_search_update;
    CREATE TRIGGER outcome_search_insert AFTER INSERT ON outcome BEGIN
        INSERT INTO search_doc (record_type, record_id, event_id)
            VALUES ('outcome', new.id, new.event_id);
        INSERT INTO search (rowid, title, body)
            VALUES (last_insert_rowid(),
                    coalesce((SELECT group_concat('#' || value, ' ') FROM json_each(new.tags)), ''),
                    new.text || ' ' ||
                    coalesce((SELECT group_concat(value, ' ')
                              FROM json_each(new.fields, '$.owner_names')), '') || ' ' ||
                    coalesce(json_extract(new.fields, '$.speaker_name'), ''));
    END;
    CREATE TRIGGER outcome_search_update AFTER UPDATE ON outcome BEGIN
        UPDATE search SET
            title = coalesce((SELECT group_concat('#' || value, ' ') FROM json_each(new.tags)), ''),
            body = new.text || ' ' ||
                   coalesce((SELECT group_concat(value, ' ')
                             FROM json_each(new.fields, '$.owner_names')), '') || ' ' ||
                   coalesce(json_extract(new.fields, '$.speaker_name'), '')
            WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = new.id);
    END;
    UPDATE search SET
        title = coalesce((SELECT group_concat('#' || value, ' ')
                          FROM outcome o, json_each(o.tags)
                          WHERE o.id = (SELECT record_id FROM search_doc d
                                        WHERE d.rowid = search.rowid)), ''),
        body = (SELECT o.text || ' ' ||
                       coalesce((SELECT group_concat(value, ' ')
                                 FROM json_each(o.fields, '$.owner_names')), '') || ' ' ||
                       coalesce(json_extract(o.fields, '$.speaker_name'), '')
                FROM outcome o
                WHERE o.id = (SELECT record_id FROM search_doc d WHERE d.rowid = search.rowid))
        WHERE rowid IN (SELECT rowid FROM search_doc WHERE record_type = 'outcome');
    INSERT INTO search(search) VALUES ('optimize');
    """,
    # 10: the user's own group methods (the built-in ones are files); the definition is one
    # JSON column, validated by MethodDefinition like a shared method file.
    """
    CREATE TABLE user_method (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        definition TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
