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
        "run.replan_items": translate(
            "Notices", "The re-plan names items that are not on this session's agenda."
        ),
        # reading a programme
        "programme.no_year": translate(
            "Notices", "line {line}: {heading} has no year (pass the event's year)"
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
            "{item} has sub-items that were not made by its method, were edited or were "
            "already run ({first}). Delete or move them in the Agenda tab first, then apply "
            "the method again.",
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
        "document.second_session_run": translate(
            "Notices", "{path}: a second run of the same session"
        ),
        "document.second_item_run": translate("Notices", "{path}: a second run of the same item"),
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
        # sync
        "sync.clock_ahead": translate(
            "Notices",
            "a change by {author} is dated {when} UTC, more than a day ahead of this laptop's "
            "clock: a laptop's clock is wrong (nothing is lost; check the date on the laptops)",
        ),
    }


def notice_text(notice: Notice) -> str:
    """``notice`` in the interface language (English if a kind has no template)."""
    return notice.fill(templates().get(notice.kind.code, notice.kind.english))
