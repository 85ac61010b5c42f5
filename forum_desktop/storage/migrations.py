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
    # 11: sync between laptops. The journal gains each change's event, its hybrid logical
    # clock value and the changes of the same record it was made on top of; a device id may
    # now appear on two laptops (a copied profile), so (device, sequence) is no longer unique.
    # Older changes get their event from the records, a clock value from their time and,
    # as parent, the change before them on the same record. What a merge derives from the
    # journal: concurrent text edits it could not merge (conflict versions), records held
    # back while a record they point to is missing, and deleted records shown again because
    # another laptop added to them meanwhile.
    """
    CREATE TABLE journal_v9 (
        change_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        author TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
        fields TEXT NOT NULL,
        at TEXT NOT NULL,
        event_id TEXT,
        hlc INTEGER NOT NULL DEFAULT 0,
        parents TEXT NOT NULL DEFAULT '[]'
    );
    INSERT INTO journal_v9 (change_id, device_id, sequence, author, record_type, record_id,
                            kind, fields, at)
        SELECT change_id, device_id, sequence, author, record_type, record_id, kind, fields, at
        FROM journal ORDER BY rowid;
    DROP TABLE journal;
    ALTER TABLE journal_v9 RENAME TO journal;
    CREATE INDEX journal_record ON journal(record_type, record_id);
    CREATE INDEX journal_device ON journal(device_id, sequence);
    CREATE INDEX journal_event ON journal(event_id, device_id, sequence);
    CREATE INDEX journal_hlc ON journal(hlc);
    UPDATE journal SET event_id = record_id WHERE record_type = 'event';
    UPDATE journal SET event_id = coalesce(json_extract(fields, '$.event_id.new'),
                                           json_extract(fields, '$.event_id.old'))
        WHERE event_id IS NULL;
    UPDATE journal SET event_id = coalesce(
            (SELECT event_id FROM participant WHERE id = journal.record_id),
            (SELECT event_id FROM session WHERE id = journal.record_id),
            (SELECT event_id FROM outcome WHERE id = journal.record_id),
            (SELECT event_id FROM photo WHERE id = journal.record_id),
            (SELECT s.event_id FROM session s WHERE s.id = coalesce(
                json_extract(journal.fields, '$.session_id.new'),
                json_extract(journal.fields, '$.session_id.old'),
                (SELECT session_id FROM agenda_item WHERE id = journal.record_id),
                (SELECT session_id FROM session_run WHERE id = journal.record_id),
                (SELECT session_id FROM item_run WHERE id = journal.record_id),
                (SELECT session_id FROM speaker_turn WHERE id = journal.record_id))),
            (SELECT j.event_id FROM journal j WHERE j.record_type = 'session'
                AND j.event_id IS NOT NULL AND j.record_id = coalesce(
                    json_extract(journal.fields, '$.session_id.new'),
                    json_extract(journal.fields, '$.session_id.old'))))
        WHERE event_id IS NULL AND record_type != 'session_template';
    UPDATE journal SET event_id = (
            SELECT j.event_id FROM journal j WHERE j.record_type = journal.record_type
                AND j.record_id = journal.record_id AND j.event_id IS NOT NULL LIMIT 1)
        WHERE event_id IS NULL AND record_type != 'session_template';
    UPDATE journal SET hlc = (CAST(round((julianday(at) - 2440587.5) * 86400000) AS INTEGER) << 16)
                             + (rowid % 65536);
    UPDATE journal SET parents = coalesce(
        (SELECT json_array(p.change_id) FROM journal p WHERE p.record_type = journal.record_type
            AND p.record_id = journal.record_id AND p.rowid < journal.rowid
            ORDER BY p.rowid DESC LIMIT 1), '[]');
    CREATE TABLE sync_conflict (
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        change_id TEXT NOT NULL,
        value TEXT NOT NULL,
        author TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        event_id TEXT,
        PRIMARY KEY (record_type, record_id, field, change_id)
    );
    CREATE INDEX sync_conflict_event ON sync_conflict(event_id);
    CREATE TABLE sync_held (
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        event_id TEXT,
        reason TEXT NOT NULL,
        PRIMARY KEY (record_type, record_id)
    );
    CREATE TABLE sync_revived (
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        event_id TEXT,
        PRIMARY KEY (record_type, record_id)
    );
    """,
    # 12: group methods run live. A method item's screen state (order, seats, cases, ballots,
    # groups) is one JSON column validated by the screen's model; what the screens capture
    # are outcomes, whose search text now also carries the method kinds' words (a
    # fishbowl's topic, a group's name, the parts of peer feedback, the options voted on).
    # No stored outcome has these fields yet, so nothing needs re-indexing.
    """
    CREATE TABLE method_run (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        screen TEXT NOT NULL,
        state TEXT NOT NULL
    );
    CREATE INDEX method_run_item ON method_run(item_id, created_at);
    CREATE INDEX method_run_event ON method_run(event_id);
    DROP TRIGGER outcome_search_insert;
    DROP TRIGGER outcome_search_update;
    CREATE TRIGGER outcome_search_insert AFTER INSERT ON outcome BEGIN
        INSERT INTO search_doc (record_type, record_id, event_id)
            VALUES ('outcome', new.id, new.event_id);
        INSERT INTO search (rowid, title, body)
            VALUES (last_insert_rowid(),
                    coalesce((SELECT group_concat('#' || value, ' ') FROM json_each(new.tags)), ''),
                    OUTCOME_BODY);
    END;
    CREATE TRIGGER outcome_search_update AFTER UPDATE ON outcome BEGIN
        UPDATE search SET
            title = coalesce((SELECT group_concat('#' || value, ' ') FROM json_each(new.tags)), ''),
            body = OUTCOME_BODY
            WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = new.id);
    END;
    """.replace(
        "OUTCOME_BODY",
        " || ' ' || ".join(
            [
                "new.text",
                "coalesce((SELECT group_concat(value, ' ') "
                "FROM json_each(new.fields, '$.owner_names')), '')",
                *(
                    f"coalesce(json_extract(new.fields, '$.{name}'), '')"
                    for name in (
                        "speaker_name",
                        "topic",
                        "group",
                        "strengths",
                        "challenges",
                        "recommendations",
                        "transferable",
                    )
                ),
                "coalesce((SELECT group_concat(json_extract(value, '$.option'), ' ') "
                "FROM json_each(new.fields, '$.counts')), '')",
            ]
        ),
    ),
    # 13: an event's logo, for the minutes' cover: bytes in image_data as a photo's are,
    # so sync, bundles and the JSON export carry it the same way.
    """
    ALTER TABLE event ADD COLUMN logo_sha256 TEXT REFERENCES image_data(sha256);
    """,
    # 14: this round's schema.
    # - Programme import: a session's description, the day's theme a programme states
    #   under the day's heading.
    # - Method acts as records: a dot vote's settings, options and ballots, a fishbowl's
    #   settings, topics, queue entries and rotations, a round-robin's turns and settings,
    #   a peer review's cases and moves, breakout groups and their members, 1-2-4-All's
    #   themes and their ideas as records of their own, so two laptops' acts add up
    #   instead of overwriting one blob.
    # - Conflicts stay open: the text versions an ordinary edit kept open (per field).
    # - The run record is append-only: a session run again keeps its earlier runs.
    # - Minutes: an entry marked key (!! when captured) for the executive summary; an
    #   event's footer line for its documents; consent on the roster ("do not name me",
    #   "no photos") and the Chatham House rule per session; whether the event's logo
    #   prints in its documents' footer too (event.footer_logo).
    # - Search: the full-text index also keeps one-letter prefixes (sizes 1 2 3, were 2 3),
    #   so a one-letter prefix reads its own index instead of merging the postings of
    #   every word that starts with the letter.
    # - Participants in the room, part two: the facilitator's moderation of phones' texts,
    #   phones' questions to the facilitator and their upvotes, each session's
    #   end-of-session evaluation (open or not) and the phones' answers to it.
    # - Working languages: an event's languages beside its main one, and the texts of the
    #   event, its sessions and items in those languages (one record per field and
    #   language).
    """
    ALTER TABLE session ADD COLUMN description TEXT NOT NULL DEFAULT '';
    ALTER TABLE journal ADD COLUMN keeps TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE session_run ADD COLUMN earlier_runs TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE dot_vote_settings (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        dots_per_person INTEGER NOT NULL,
        max_per_option INTEGER NOT NULL,
        mode TEXT NOT NULL,
        revealed INTEGER NOT NULL,
        result_id TEXT
    );
    CREATE INDEX dot_vote_settings_item ON dot_vote_settings(item_id);
    CREATE INDEX dot_vote_settings_event ON dot_vote_settings(event_id);
    CREATE TABLE dot_vote_option (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        text TEXT NOT NULL,
        source_id TEXT,
        position REAL NOT NULL,
        hands INTEGER NOT NULL
    );
    CREATE INDEX dot_vote_option_item ON dot_vote_option(item_id, position);
    CREATE INDEX dot_vote_option_event ON dot_vote_option(event_id);
    CREATE TABLE dot_vote_ballot (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        participant_id TEXT,
        dots TEXT NOT NULL
    );
    CREATE INDEX dot_vote_ballot_item ON dot_vote_ballot(item_id, created_at);
    CREATE INDEX dot_vote_ballot_event ON dot_vote_ballot(event_id);
    CREATE TABLE fishbowl_settings (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        chairs INTEGER NOT NULL,
        keep_open INTEGER NOT NULL,
        seconds_each INTEGER NOT NULL,
        topic TEXT NOT NULL
    );
    CREATE INDEX fishbowl_settings_item ON fishbowl_settings(item_id);
    CREATE TABLE fishbowl_topic (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE INDEX fishbowl_topic_item ON fishbowl_topic(item_id, added_at);
    CREATE TABLE fishbowl_queue_entry (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        position REAL NOT NULL,
        closed_at TEXT
    );
    CREATE INDEX fishbowl_queue_entry_item ON fishbowl_queue_entry(item_id, position);
    CREATE TABLE fishbowl_rotation (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        chair INTEGER NOT NULL,
        participant_id TEXT NOT NULL,
        topic TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT
    );
    CREATE INDEX fishbowl_rotation_item ON fishbowl_rotation(item_id, started_at);
    CREATE TABLE round_turn (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        position REAL NOT NULL,
        status TEXT NOT NULL,
        status_at TEXT NOT NULL
    );
    CREATE INDEX round_turn_item ON round_turn(item_id, position);
    CREATE TABLE round_robin_settings (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        seconds_each INTEGER NOT NULL
    );
    CREATE INDEX round_robin_settings_item ON round_robin_settings(item_id);
    CREATE TABLE peer_case (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        presenter_id TEXT,
        presenter_name TEXT NOT NULL,
        organisation TEXT NOT NULL,
        city TEXT NOT NULL,
        topic TEXT NOT NULL,
        position REAL NOT NULL
    );
    CREATE INDEX peer_case_item ON peer_case(item_id);
    CREATE INDEX peer_case_event ON peer_case(event_id);
    CREATE TABLE peer_case_move (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX peer_case_move_item ON peer_case_move(item_id);
    CREATE INDEX peer_case_move_event ON peer_case_move(event_id);
    CREATE TABLE breakout (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        making_id TEXT NOT NULL,
        making_number INTEGER NOT NULL,
        grouping TEXT NOT NULL,
        name TEXT NOT NULL,
        report_seconds INTEGER NOT NULL,
        position REAL NOT NULL,
        rapporteur_id TEXT,
        report_started_at TEXT,
        reported INTEGER NOT NULL
    );
    CREATE INDEX breakout_item ON breakout(item_id);
    CREATE INDEX breakout_event ON breakout(event_id);
    CREATE TABLE breakout_member (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        group_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        ended INTEGER NOT NULL
    );
    CREATE INDEX breakout_member_item ON breakout_member(item_id);
    CREATE INDEX breakout_member_event ON breakout_member(event_id);
    CREATE TABLE idea_theme (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        name TEXT NOT NULL,
        position REAL NOT NULL,
        merged_into TEXT
    );
    CREATE INDEX idea_theme_item ON idea_theme(item_id);
    CREATE INDEX idea_theme_event ON idea_theme(event_id);
    CREATE TABLE theme_idea (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        theme_id TEXT NOT NULL,
        idea_id TEXT NOT NULL
    );
    CREATE INDEX theme_idea_item ON theme_idea(item_id);
    CREATE INDEX theme_idea_event ON theme_idea(event_id);
    ALTER TABLE outcome ADD COLUMN key INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE event ADD COLUMN footer TEXT NOT NULL DEFAULT '';
    ALTER TABLE participant ADD COLUMN no_name INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE participant ADD COLUMN no_photos INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE session ADD COLUMN chatham_house INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE event ADD COLUMN footer_logo INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE search_copy AS SELECT rowid AS doc, title, body FROM search;
    DROP TABLE search;
    CREATE VIRTUAL TABLE search USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    );
    INSERT INTO search (rowid, title, body) SELECT doc, title, body FROM search_copy;
    DROP TABLE search_copy;
    CREATE TABLE moderation (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        outcome_id TEXT NOT NULL,
        state TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX moderation_event ON moderation(event_id);
    CREATE INDEX moderation_item ON moderation(item_id);
    CREATE TABLE room_question (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        text TEXT NOT NULL,
        asked_by TEXT,
        asked_at TEXT NOT NULL,
        status TEXT NOT NULL,
        answer TEXT NOT NULL
    );
    CREATE INDEX room_question_session ON room_question(session_id, asked_at);
    CREATE INDEX room_question_event ON room_question(event_id);
    CREATE TABLE question_vote (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        voter TEXT NOT NULL
    );
    CREATE INDEX question_vote_question ON question_vote(question_id);
    CREATE INDEX question_vote_event ON question_vote(event_id);
    CREATE TABLE evaluation (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        open INTEGER NOT NULL
    );
    CREATE INDEX evaluation_event ON evaluation(event_id);
    CREATE TABLE evaluation_answer (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        session_id TEXT NOT NULL,
        useful INTEGER,
        keep TEXT NOT NULL,
        change TEXT NOT NULL
    );
    CREATE INDEX evaluation_answer_session ON evaluation_answer(session_id);
    CREATE INDEX evaluation_answer_event ON evaluation_answer(event_id);
    ALTER TABLE event ADD COLUMN other_languages TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE translation (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        event_id TEXT NOT NULL REFERENCES event(id),
        target_type TEXT NOT NULL,
        target_id TEXT NOT NULL,
        field TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX translation_event ON translation(event_id);
    CREATE INDEX translation_target ON translation(target_id);
    -- the language an entry was said in (issue 25): detected at capture or set, else NULL
    ALTER TABLE outcome ADD COLUMN language TEXT;
    """,
    # 15: a captured entry's search text is indexed after the capture's transaction (issue
    # 24), from a queue the insert trigger fills: the outcome's index row is queued in
    # search_pending, committed with it; storage/search_index.py indexes the queue (at a
    # pause in typing, before a search, when the file opens, after a merge). The update
    # trigger stays: updating an absent rowid of the content-storing index does nothing,
    # and the queued row is indexed from the outcome as it is then.
    """
    CREATE TABLE search_pending (doc INTEGER PRIMARY KEY);
    DROP TRIGGER outcome_search_insert;
    CREATE TRIGGER outcome_search_insert AFTER INSERT ON outcome BEGIN
        INSERT INTO search_doc (record_type, record_id, event_id)
            VALUES ('outcome', new.id, new.event_id);
        INSERT INTO search_pending (doc) VALUES (last_insert_rowid());
    END;
    DROP TRIGGER outcome_search_delete;
    CREATE TRIGGER outcome_search_delete AFTER DELETE ON outcome BEGIN
        DELETE FROM search WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = old.id);
        DELETE FROM search_pending
            WHERE doc = (SELECT rowid FROM search_doc WHERE record_id = old.id);
        DELETE FROM search_doc WHERE record_id = old.id;
    END;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
