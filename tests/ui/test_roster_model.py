"""The roster table model: Qt's model contract, edits as undoable operations."""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester

from forum_desktop.models import AttendanceStatus, Participant, Role
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.events import UpdateEvent
from forum_desktop.ui.context import AppContext
from forum_desktop.ui.language import install
from forum_desktop.ui.roster_model import Column, RosterModel


def demo_model(context: AppContext) -> tuple[RosterModel, UUID]:
    event_id = execute(context.store, CreateDemoEvent()).value
    model = RosterModel(context)
    model.set_event(event_id)
    return model, event_id


def test_model_contract_with_demo_roster(context: AppContext, qtmodeltester: ModelTester) -> None:
    model, _ = demo_model(context)
    assert model.rowCount() == 15
    qtmodeltester.check(model)


def test_headers_and_display_text(context: AppContext) -> None:
    model, _ = demo_model(context)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Name", "Organisation", "City", "Country", "Role"]
    first = model.participant(0)
    assert model.index(0, Column.NAME).data() == first.name
    assert model.index(0, Column.ATTENDANCE).data() == "Not checked in"


def test_edit_saves_at_once_and_undo_restores(context: AppContext) -> None:
    model, _ = demo_model(context)
    person = model.participant(2)
    assert model.setData(model.index(2, Column.CITY), "  Saint-Étienne <b>&</b> ")
    assert context.store.require(Participant, person.id).city == "Saint-Étienne <b>&</b>"
    assert model.index(2, Column.CITY).data() == "Saint-Étienne <b>&</b>"
    context.undo_stack.undo()
    assert context.store.require(Participant, person.id).city == person.city
    assert model.index(2, Column.CITY).data() == person.city
    context.undo_stack.redo()
    assert model.index(2, Column.CITY).data() == "Saint-Étienne <b>&</b>"


def test_choice_columns_take_plain_strings_from_editors(context: AppContext) -> None:
    model, _ = demo_model(context)
    row = next(r for r in range(model.rowCount()) if model.participant(r).role is Role.PARTICIPANT)
    person = model.participant(row)
    assert model.setData(model.index(row, Column.ROLE), "speaker")
    assert context.store.require(Participant, person.id).role is Role.SPEAKER
    assert model.index(row, Column.ROLE).data() == "Speaker"
    assert not model.setData(model.index(row, Column.ROLE), "boss")  # not a role: refused


def test_attendance_check_in_records_the_time(context: AppContext, clock: object) -> None:
    model, _ = demo_model(context)
    person = model.participant(0)
    assert model.setData(model.index(0, Column.ATTENDANCE), AttendanceStatus.LATE.value)
    saved = context.store.require(Participant, person.id)
    assert saved.attendance is AttendanceStatus.LATE
    assert saved.checked_in_at == context.store.clock.now()
    assert model.index(0, Column.CHECKED_IN).data() != ""
    assert not model.flags(model.index(0, Column.CHECKED_IN)) & Qt.ItemFlag.ItemIsEditable
    assert context.undo_stack.undoText() == f"Mark {person.name} as Late"
    assert model.setData(model.index(0, Column.ATTENDANCE), AttendanceStatus.ABSENT.value)
    assert context.undo_stack.undoText() == f"Mark {person.name} as Absent"  # not "Check in"


def test_check_in_times_are_the_event_s_clock_and_the_absent_have_none(
    context: AppContext,
) -> None:
    model, event_id = demo_model(context)
    execute(
        context.store, UpdateEvent(event_id=event_id, timezone="Asia/Tokyo")
    )  # not the laptop's
    model.reload()
    assert model.setData(model.index(0, Column.ATTENDANCE), AttendanceStatus.PRESENT.value)
    assert model.setData(model.index(1, Column.ATTENDANCE), AttendanceStatus.ABSENT.value)
    came = context.store.require(Participant, model.participant(0).id).checked_in_at
    assert came is not None
    in_tokyo = came.astimezone(ZoneInfo("Asia/Tokyo")).time()
    shown = QLocale().toString(in_tokyo, QLocale.FormatType.ShortFormat)
    assert model.index(0, Column.CHECKED_IN).data() == shown
    assert model.index(1, Column.CHECKED_IN).data() == ""  # absent: never checked in


def test_invalid_email_is_refused_and_reported(context: AppContext, answers: object) -> None:
    model, _ = demo_model(context)
    person = model.participant(1)
    assert not model.setData(model.index(1, Column.EMAIL), "not an address")
    assert context.store.require(Participant, person.id).email == person.email
    assert answers.errors == [  # type: ignore[attr-defined]
        ("Not saved", "“not an address” is not an e-mail address.")
    ]


def test_consent_columns_set_do_not_name_me_and_no_photos(context: AppContext) -> None:
    model, _ = demo_model(context)
    person = model.participant(1)
    assert model.index(1, Column.NAMED).data() == "Named"
    assert model.setData(model.index(1, Column.NAMED), True)
    assert model.setData(model.index(1, Column.PHOTOS), True)
    saved = context.store.require(Participant, person.id)
    assert (saved.no_name, saved.no_photos) == (True, True)
    assert model.index(1, Column.NAMED).data() == "Do not name me"
    assert model.index(1, Column.PHOTOS).data() == "No photos"
    context.undo_stack.undo()
    assert not context.store.require(Participant, person.id).no_photos


def test_the_session_dialog_sets_the_chatham_house_rule(context: AppContext) -> None:
    from forum_desktop.models import Event, Session
    from forum_desktop.services.agenda import sessions_of
    from forum_desktop.ui.session_dialog import SessionDialog

    _, event_id = demo_model(context)
    event = context.store.require(Event, event_id)
    session = sessions_of(context.store, event_id)[0]
    dialog = SessionDialog(event, session)
    assert not dialog.chatham.isChecked()
    dialog.chatham.setChecked(True)
    assert dialog.values()["chatham_house"] is True
    ruled = session.model_copy(update={"chatham_house": True})
    assert SessionDialog(event, ruled).chatham.isChecked()
    assert Session.model_validate({**session.model_dump(), **dialog.values()}).chatham_house


def test_a_refused_e_mail_address_is_said_in_french(context: AppContext, answers: object) -> None:
    model, _ = demo_model(context)
    install("fr")
    try:
        assert not model.setData(model.index(1, Column.EMAIL), "pas un courriel")
    finally:
        install("en")
    assert answers.errors == [  # type: ignore[attr-defined]
        ("Non enregistré", "« pas un courriel » n’est pas une adresse e-mail.")
    ]
