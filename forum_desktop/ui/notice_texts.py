"""The core's notices (warnings, refusals) in the interface language.

Each kind's English template is repeated here as a literal so lupdate collects it; a test
checks that every kind the core defines has its line, with the same values.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from forum_desktop.notices import Notice

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    """Translated template by notice code."""
    return {
        # the run
        "run.not_running": translate("Notices", "This session is not running."),
        "run.no_items": translate("Notices", "This session has no agenda items to run."),
        "run.not_on_agenda": translate("Notices", "That item is not on this session's agenda."),
        "run.already_running": translate("Notices", "This session is already running."),
        "run.already_paused": translate("Notices", "This session is already paused."),
        "run.not_paused": translate("Notices", "This session is not paused."),
        "run.first_item": translate("Notices", "This is the first item."),
        "run.no_item_running": translate("Notices", "No item is running."),
        "run.speaker_name": translate("Notices", "A speaker needs a name."),
        "run.ended": translate(
            "Notices", "This session has ended: resume it where it stopped, or run it again."
        ),
        "run.not_ended": translate("Notices", "This session has not ended."),
        "run.replan_items": translate(
            "Notices", "The re-plan names items that are not on this session's agenda."
        ),
        # undo in a shared event
        "undo.changed_elsewhere": translate(
            "Notices",
            "{author} changed this on another laptop since, so it was not undone; "
            "edit it yourself if it still needs changing.",
        ),
        "undo.changed_since": translate(
            "Notices",
            "This has changed since, by an act that cannot be undone (the session run again, "
            "for instance), so it was not undone; edit it yourself if it still needs changing.",
        ),
        "conflict.one_line": translate(
            "Notices",
            "A title or a name is one line: put the versions on one line (separated by "
            "“ / ”, say).",
        ),
        "undo.parent_gone": translate(
            "Notices",
            "What this belonged to has been deleted since (on another laptop, perhaps), so "
            "it was not undone; add it again where it belongs if it is still needed.",
        ),
        # entries captured or edited from outside the window
        "entry.empty": translate("Notices", "The entry has no text: type what to capture."),
        "entry.not_found": translate("Notices", "There is no entry {entry_id}: check the id."),
        "entry.no_event": translate("Notices", "There is no event {event_id}: check the id."),
        "entry.not_in_event": translate(
            "Notices",
            "{place} is not a session or agenda item of this event: give one of the event's.",
        ),
        # reading a programme
        "programme.no_year": translate(
            "Notices",
            "line {line}: {heading} has no year; give the year of the programme "
            "(the Year field, or --year)",
        ),
        "programme.not_a_date": translate(
            "Notices", "line {line}: {heading} is not a date in the calendar"
        ),
        "programme.wrong_weekday": translate(
            "Notices", "line {line}: {heading} says “{weekday}” but {date} is a {named}"
        ),
        "programme.slot_mismatch": translate(
            "Notices",
            "line {line}: {title} says {minutes} min but its slot {start}–{end} lasts {slot} "
            "min; {minutes} min kept",
        ),
        "programme.no_duration": translate("Notices", "line {line}: no duration for {title}"),
        "programme.day_from_text": translate(
            "Notices", "line {line}: the programme's day is taken from {heading}"
        ),
        "programme.kind_left_out": translate(
            "Notices", "line {line}: {text} names the kind of document; it is not taken as context"
        ),
        "programme.title_left_out": translate(
            "Notices", "line {line}: {text} is the note's title; it is not taken as context"
        ),
        "programme.before_context_left_out": translate(
            "Notices",
            "line {line}: {text} comes before the context heading {heading}; it is not taken "
            "as context",
        ),
        "programme.several_zones": translate(
            "Notices",
            "The programme gives its times in several time zones ({zones}): they were kept as "
            "written; check them.",
        ),
        "programme.zone_converted": translate(
            "Notices",
            "The programme gives its times in {zone}; this event is in {event_zone}: the times "
            "were converted to {times}.",
        ),
        "programme.zone_kept": translate(
            "Notices",
            "The programme gives its times in {zone}; this event is in {event_zone}: the times "
            "were kept as written; check them.",
        ),
        "programme.event_dated": translate(
            "Notices", "The event, undated so far, takes the programme's dates: {dates}."
        ),
        "programme.event_dates_kept": translate(
            "Notices",
            "The event keeps its dates ({event_dates}); the programme's sessions are on {dates}.",
        ),
        "programme.time_to_confirm": translate(
            "Notices", "line {line}: {title} has no time; its time is to be confirmed"
        ),
        "programme.shared": translate(
            "Notices",
            "line {line}: the {minutes} min from {start} to {end} are shared equally between "
            "{count} items; adjust them before importing",
        ),
        "programme.other_events_session": translate(
            "Notices",
            "That session belongs to another event: choose one of this event's sessions, or "
            "none to add new ones.",
        ),
        "programme.method_found": translate(
            "Notices", "line {line}: {title} is the library method “{method}”"
        ),
        # a second note read into a working language (issue 25)
        "programme_match.no_session_on": translate(
            "Notices", "no session of the event is on {date}"
        ),
        "programme_match.no_session_left": translate(
            "Notices", "the event has no session left to pair it with"
        ),
        "programme_match.no_day": translate("Notices", "the note has no day for this session"),
        "programme_match.no_item_at": translate(
            "Notices", "no item of the agenda starts at {time} here"
        ),
        "programme_match.no_item_left": translate(
            "Notices", "the agenda has no item left here to pair it with"
        ),
        "programme_match.not_in_note_at": translate(
            "Notices", "the note has no item at {time} here"
        ),
        "programme_match.not_in_note": translate(
            "Notices", "the note has no item left here to pair it with"
        ),
        "programme_match.parent_unmatched": translate(
            "Notices", "the item it belongs to is not paired"
        ),
        "programme_translation.nothing_matched": translate(
            "Notices",
            "Nothing in the note pairs with the event's agenda (by date, start time or order); "
            "check that it is this event's programme, with its days and items.",
        ),
        # events
        "event.ends_before_start": translate(
            "Notices",
            "the event cannot end ({end}) before it starts ({start}); give an end on or after "
            "the start",
        ),
        "programme.not_text": translate(
            "Notices",
            "This file does not contain text, so it is not a programme. Save it as plain text "
            "(.txt) or Markdown (.md) and try again.",
        ),
        "programme.too_large": translate(
            "Notices",
            "The file is larger than {megabytes} MB, far more than a programme. Check that you "
            "chose the right file, or split it into smaller files.",
        ),
        "programme.too_many_items": translate(
            "Notices",
            "The programme has {count} agenda items; at most {limit} are imported at once. "
            "Split it into smaller files.",
        ),
        # capturing
        "capture.too_many_tokens": translate(
            "Notices",
            "Only the first {count} people, tags and due dates are read; the rest is kept as text",
        ),
        "capture.due_not_action": translate(
            "Notices", "{typed} is kept in the text: only actions (>) have a due date"
        ),
        "capture.due_empty": translate(
            "Notices", "due: needs a date: use 2022-03-15, 15/03/2022, friday or +3d"
        ),
        "capture.not_a_date": translate(
            "Notices", "{typed} is not a date: use 2022-03-15, 15/03/2022, friday or +3d"
        ),
        "capture.second_due": translate(
            "Notices", "{typed} is a second due date: the first, {first}, is kept"
        ),
        "capture.no_closing_quote": translate("Notices", "{typed} needs a closing quote"),
        "capture.same_name": translate(
            "Notices", "{typed}: {count} people on the roster are called {name}"
        ),
        "capture.ambiguous": translate(
            "Notices", "{typed} could be {names} or {last}: type more of the name"
        ),
        "capture.ambiguous_many": translate(
            "Notices", "{typed} could be {names} or others: type more of the name"
        ),
        # durations
        "duration.missing": translate(
            "Notices", "no duration given: type minutes (15), 1h30 or 1:30"
        ),
        "duration.not_one": translate(
            "Notices", "{typed} is not a duration: type minutes (15), 1h30 or 1:30"
        ),
        "duration.negative": translate(
            "Notices", "{typed} is negative: a duration is 0 minutes or more"
        ),
        "duration.too_long": translate("Notices", "{typed} is longer than 24 hours"),
        # methods
        "method.missing": translate("Notices", "There is no method {method} in the library."),
        "method.in_the_way": translate(
            "Notices",
            "{item} has phases of its method that were edited or already run ({first}). "
            "Delete or move them in the Agenda tab first, then apply the method again.",
        ),
        "method.does_not_fit": translate(
            "Notices",
            "{item} leaves {minutes} min for the {phases} phases of {method}, which need at "
            "least {needed} min: lengthen the item or use the method's own times.",
        ),
        "method.no_topics": translate(
            "Notices",
            "{method} has no topics to make of the sub-items: keep them under the phases instead.",
        ),
        "method.no_cases": translate(
            "Notices",
            "{method} has no cases to make of the sub-items: keep them under the phases instead.",
        ),
        "method.sub_item_in_use": translate(
            "Notices",
            "{first} has sub-items, a run or entries of its own, so it cannot become a topic "
            "or a case: keep the sub-items under the phases instead.",
        ),
        # dot voting
        "vote.not_a_vote": translate(
            "Notices",
            "{item} is not a dot vote: apply the dot voting method to it first.",
        ),
        "vote.empty_option": translate(
            "Notices",
            "An option needs words: type the option first.",
        ),
        "vote.option_taken": translate(
            "Notices",
            "“{option}” is already an option.",
        ),
        "vote.not_an_option": translate(
            "Notices",
            "“{option}” is not an option of this vote: add it first, or check its spelling.",
        ),
        "vote.not_on_roster": translate(
            "Notices",
            "{name} is not on the event's roster: add them first, or cast an anonymous ballot.",
        ),
        "vote.too_many": translate(
            "Notices",
            "{name} has {limit} dots: {given} is {over} too many. Take {over} off, then cast "
            "the ballot again.",
        ),
        "vote.too_many_on_one": translate(
            "Notices",
            "{name} put {given} dots on “{option}”: at most {limit} may go on one option. "
            "Move the rest to another option.",
        ),
        "vote.limit_under_ballot": translate(
            "Notices",
            "The ballot of {name} has {given} dots: change it before lowering the limit to "
            "{limit}.",
        ),
        "vote.nothing_to_record": translate(
            "Notices",
            "There is nothing to record: add the options first.",
        ),
        # the fishbowl and the round-robin
        "fishbowl.queue_empty": translate(
            "Notices", "Nobody is in the queue: add someone from the outer circle first."
        ),
        "fishbowl.no_free_chair": translate(
            "Notices",
            "No chair is free: select the chair of the person who gives up their seat.",
        ),
        "fishbowl.seated": translate("Notices", "They already sit in the inner circle."),
        "fishbowl.chair_taken": translate(
            "Notices",
            "A chair that would go is taken: ask its sitter to leave the circle first.",
        ),
        "fishbowl.no_topic": translate("Notices", "Type the topic's words first."),
        "fishbowl.empty_chair": translate(
            "Notices", "Nobody sits in that chair: select the chair of someone sitting."
        ),
        "fishbowl.no_such_chair": translate(
            "Notices", "There is no chair {chair}: the circle has {chairs}."
        ),
        "fishbowl.panel_too_big": translate(
            "Notices",
            "{chosen} people chosen, but {free} at most can sit down (one chair stays "
            "open): choose fewer.",
        ),
        "round_robin.nobody_speaking": translate(
            "Notices", "Nobody has the floor: press Next person (F4) first, then type."
        ),
        "round_robin.not_in_round": translate(
            "Notices", "{name} is not in the round: mark them present first."
        ),
        # peer review, breakouts and 1-2-4-All
        "review.case_needs_words": translate(
            "Notices", "Type the presenter's name or the case's topic, then add the case."
        ),
        "review.no_such_case": translate(
            "Notices", "That case is no longer in the review: choose another one."
        ),
        "review.no_reviewer": translate("Notices", "Choose or type the reviewer's name first."),
        "review.empty_feedback": translate(
            "Notices",
            "Write at least one of strengths, challenges, recommendations or what others "
            "could transfer.",
        ),
        "breakouts.nobody_present": translate(
            "Notices", "Nobody is present: add people on the Roster tab or check them in."
        ),
        "breakouts.no_such_group": translate(
            "Notices", "That group is no longer there: choose another one."
        ),
        "breakouts.group_needs_name": translate("Notices", "A group needs a name."),
        "breakouts.empty_report": translate("Notices", "Type the group's report first."),
        "breakouts.rapporteur_not_member": translate(
            "Notices",
            "The rapporteur must be one of the group's members: move them into the group first.",
        ),
        "ideas.empty": translate("Notices", "Type the idea first."),
        "ideas.theme_needs_name": translate("Notices", "A theme needs a name."),
        "ideas.no_such_theme": translate(
            "Notices", "That theme is no longer there: choose another one."
        ),
        "ideas.not_ideas": translate(
            "Notices", "Choose the ideas of this item to group them into a theme."
        ),
        "ideas.same_theme": translate("Notices", "Choose two different themes to merge."),
        "ideas.gone": translate("Notices", "That idea is no longer in the harvest."),
        # moderating phones' texts
        "moderation.not_held": translate(
            "Notices", "That text did not come from a phone: there is nothing to approve."
        ),
        "moderation.empty_edit": translate(
            "Notices", "The shown text cannot be empty: hide the text instead."
        ),
        # phones' questions and the evaluation
        "questions.empty": translate("Notices", "Type the question first."),
        "questions.gone": translate(
            "Notices", "That question is no longer there: it may have been removed."
        ),
        "questions.not_open": translate(
            "Notices", "That question was already answered or dismissed."
        ),
        "evaluation.closed": translate(
            "Notices", "The evaluation is not open: wait for the facilitator to open it."
        ),
        "evaluation.empty": translate(
            "Notices", "Answer at least one of the questions before sending."
        ),
        # working languages
        "translation.not_working_language": translate(
            "Notices",
            "{language} is not one of the event's working languages ({languages}); add it to "
            "the event's languages first.",
        ),
        "translation.main_language": translate(
            "Notices",
            "{language} is the event's main language: edit the text itself, not a translation.",
        ),
        "translation.not_translated": translate(
            "Notices", "The {field} of that record has no version per language."
        ),
        "translation.too_long": translate(
            "Notices", "The text is {length} characters; shorten it to {limit} at most."
        ),
        "translation.unknown_record": translate(
            "Notices", "That text's record is not in the event any more: reload and try again."
        ),
        # importing a roster (CSV)
        "csv.too_large": translate(
            "Notices",
            "The file is larger than {megabytes} MB, far more than a roster. "
            "Check that you chose the right file, or split it into smaller files.",
        ),
        "csv.too_many_rows": translate(
            "Notices",
            "The file has {count} rows; at most {limit} people are imported at once. "
            "Split it into smaller files.",
        ),
        "csv.empty": translate(
            "Notices",
            "The file is empty. Choose a CSV file with a row of column names and one person "
            "per row.",
        ),
        "csv.nobody": translate(
            "Notices",
            "The file has column names but nobody below them. Add one person per row under "
            "the column names.",
        ),
        "csv.utf16": translate(
            "Notices",
            "The file is saved as UTF-16 (“Unicode text”), which is not supported. Save the "
            "roster from your spreadsheet as “CSV UTF-8” and import that file.",
        ),
        "csv.workbook": translate(
            "Notices",
            "This is a spreadsheet workbook, not a CSV file. Save the roster from your "
            "spreadsheet as “CSV UTF-8” and import that file.",
        ),
        "csv.not_text": translate(
            "Notices",
            "This file does not contain text, so it is not a CSV file. Save the roster from "
            "your spreadsheet as “CSV UTF-8” and import that file.",
        ),
        "csv.unreadable_line": translate(
            "Notices",
            'Line {line} cannot be read ({error}). Check that every quote (") that opens a '
            "cell also closes it.",
        ),
        "csv.unclosed_quote": translate(
            "Notices",
            'Line {line} opens a quoted cell (") that is never closed, so the rest of the '
            "file would be read as one cell. Close or remove that quote.",
        ),
        "csv.header_is_person": translate(
            "Notices",
            "The first row (line {line}) looks like a person, not column names. Add a row of "
            "column names (such as Name, Organisation, Email) at the top of the file.",
        ),
        "csv.extra_cells.comma": translate(
            "Notices",
            "{cells} cells but only {width} column names (a cell may contain a comma without "
            "quotes around it)",
        ),
        "csv.extra_cells.semicolon": translate(
            "Notices",
            "{cells} cells but only {width} column names (a cell may contain a semicolon "
            "without quotes around it)",
        ),
        "csv.extra_cells.tab": translate(
            "Notices",
            "{cells} cells but only {width} column names (a cell may contain a tab without "
            "quotes around it)",
        ),
        "csv.no_name": translate("Notices", "no name"),
        "csv.name_too_long": translate("Notices", "the name is longer than {limit} characters"),
        "csv.not_a_role": translate("Notices", "role {typed} is not one of {allowed}"),
        "csv.not_a_mode": translate("Notices", "mode {typed} is not one of {allowed}"),
        "csv.not_a_language": translate("Notices", "language {typed} is not one of {allowed}"),
        "csv.not_an_email": translate("Notices", "email {typed} is not an e-mail address"),
        "csv.refused_field": translate("Notices", "{field}: {message}"),
        # importing a method file
        "method_file.too_large": translate(
            "Notices", "the file is over {kilobytes} KB; a method file is at most {kilobytes} KB"
        ),
        "method_file.not_text": translate("Notices", "the file is not text (UTF-8)"),
        "method_file.not_json": translate(
            "Notices", "the file is not JSON (line {line}, column {column}: {error})"
        ),
        "method_file.no_method": translate(
            "Notices", "the file holds no method (a JSON object was expected)"
        ),
        "method_file.refused_field": translate("Notices", "{field}: {message}"),
        "method_file.refused_method": translate("Notices", "the method: {message}"),
        "method_file.unreadable": translate("Notices", "cannot be read: {error}"),
        "method_file.id_taken": translate("Notices", "id {id} is already used by {path}"),
        # importing an event document (JSON)
        "document.too_large": translate(
            "Notices", "The file is {megabytes} MB; event documents are limited to {limit} MB."
        ),
        "document.not_utf8": translate(
            "Notices", "The file is not UTF-8 text, so it is not an event document."
        ),
        "document.not_json": translate(
            "Notices", "The file is not valid JSON (line {line}, column {column}: {error})."
        ),
        "document.not_a_document": translate(
            "Notices", "The file is JSON but not a Forum Desktop event document."
        ),
        "document.refused_field": translate("Notices", "{path}: {message}"),
        "document.image_missing": translate(
            "Notices", "the bytes of image {digest} are missing from the database"
        ),
        "document.used_twice": translate("Notices", "{path}: {id} is used twice"),
        "document.other_event": translate("Notices", "{path}: not the document's event"),
        "document.no_such_session": translate("Notices", "{path}: no such session in the document"),
        "document.no_such_parent": translate("Notices", "{path}: no such item in the same session"),
        "document.parent_cycle": translate("Notices", "{path}: the parent links form a cycle"),
        "document.no_such_item": translate("Notices", "{path}: no such item in the document"),
        "document.no_such_record": translate(
            "Notices", "{path}: no such record of that kind in the document"
        ),
        "document.second_session_run": translate(
            "Notices", "{path}: a second run of the same session"
        ),
        "document.second_item_run": translate("Notices", "{path}: a second run of the same item"),
        "document.other_events_record": translate(
            "Notices",
            "{path}: this record belongs to another event here ({title}); import the file as "
            "a copy to keep both.",
        ),
        "document.no_such_entry": translate("Notices", "{path}: no such entry in the document"),
        "document.no_such_participant": translate(
            "Notices", "{path}: no such participant in the document"
        ),
        "document.no_such_image": translate("Notices", "{path}: no such image in the document"),
        "document.unused_image": translate(
            "Notices", "{path}: no photo or logo in the document uses it"
        ),
        # importing an event bundle
        "bundle.too_large": translate(
            "Notices", "The bundle is {megabytes} MB; bundles are limited to {limit} MB."
        ),
        "bundle.not_zip": translate(
            "Notices", "The file is not a Forum Desktop bundle (it is not a zip file)."
        ),
        "bundle.damaged": translate(
            "Notices", "The bundle is damaged ({error}); ask for it again."
        ),
        "bundle.cut": translate(
            "Notices", "{name} ends in half a line: the bundle was cut; ask for it again."
        ),
        "bundle.bad_change": translate("Notices", "{problem}; nothing was imported."),
        "bundle.wrong_image": translate(
            "Notices", "{name} is not the image its name says; nothing was imported."
        ),
        "bundle.too_many_files": translate(
            "Notices", "The bundle holds {count} files; at most {limit}."
        ),
        "bundle.stray_file": translate(
            "Notices",
            "The bundle holds {name}, which no Forum Desktop bundle has; it was refused and "
            "nothing was imported.",
        ),
        "bundle.too_large_unpacked": translate(
            "Notices", "The bundle unpacks to more than {limit} MB; it was refused."
        ),
        "bundle.no_manifest": translate(
            "Notices", "The bundle has no manifest.json: it is not a Forum Desktop bundle."
        ),
        "bundle.bad_manifest": translate(
            "Notices", "The bundle's manifest.json is not a Forum Desktop manifest."
        ),
        "bundle.other_version": translate(
            "Notices",
            "The bundle is format version {version}; this Forum Desktop reads version "
            "{supported}. Update Forum Desktop to import it.",
        ),
        "bundle.other_events_record": translate(
            "Notices",
            "The bundle changes a {record_type} of another event here ({title}); it was "
            "refused and nothing was imported.",
        ),
        # writing a file the person chose (an export)
        "file.no_folder": translate(
            "Notices",
            "Could not write {path}: the folder {folder} does not exist; choose another folder.",
        ),
        "file.is_folder": translate(
            "Notices", "Could not write {path}: it is a folder; choose a file name."
        ),
        "file.denied": translate(
            "Notices",
            "Could not write {path}: that folder does not accept new files; choose another folder.",
        ),
        "file.no_space": translate(
            "Notices",
            "Could not write {path}: the disk is full; free some space or choose another disk.",
        ),
        "file.not_written": translate(
            "Notices", "Could not write {path} ({reason}); choose another folder or name."
        ),
        # sync
        "sync.clock_ahead": translate(
            "Notices",
            "a change by {author} is dated {when} UTC, more than a day ahead of this laptop's "
            "clock: a laptop's clock is wrong (nothing is lost; check the date on the laptops)",
        ),
        "sync.nothing_awaited": translate(
            "Notices",
            "No shared event is still awaited from {folder}: it may have arrived meanwhile "
            "(see the events list).",
        ),
    }


def notice_text(notice: Notice) -> str:
    """``notice`` in the interface language (English if a kind has no template)."""
    return notice.fill(templates().get(notice.kind.code, notice.kind.english))
