"""Peer review, breakouts and 1-2-4-All acts as typed commands: each rule, one
transaction, one undo step; what the read side shows."""

from __future__ import annotations

from uuid import UUID

import pytest

from forum_desktop.clock import FakeClock
from forum_desktop.methods.breakout_acts import (
    CaptureReport,
    ChooseRapporteur,
    EndReportBack,
    MakeGroups,
    MoveInReportOrder,
    MoveToGroup,
    RenameGroup,
    ReportNext,
    breakouts_view,
)
from forum_desktop.methods.idea_acts import (
    AddIdea,
    EditIdea,
    GroupIdeasIntoTheme,
    MergeThemes,
    RemoveIdea,
    RenameTheme,
    ideas_view,
)
from forum_desktop.methods.peer_review_acts import (
    AddCase,
    DeleteFeedback,
    EditCase,
    MoveToCase,
    RemoveCase,
    SaveCaseText,
    SaveFeedback,
    peer_review_view,
)
from forum_desktop.models import (
    AttendanceStatus,
    FeedbackFields,
    Outcome,
    OutcomeKind,
    Participant,
    ReportFields,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.methods import MethodError
from forum_desktop.services.operations import undo
from forum_desktop.services.participants import CheckIn
from forum_desktop.storage import Store
from tests.services.helpers import Built, build_event


@pytest.fixture
def built(store: Store) -> Built:
    return build_event(store)


# --- peer review ------------------------------------------------------------------------------


def test_the_first_case_is_the_one_on_and_moves_are_kept(
    store: Store, built: Built, clock: FakeClock
) -> None:
    item = built.item_ids[0]
    first = execute(store, AddCase(item_id=item, presenter_name="Awa", city="Dakar")).value
    second = execute(store, AddCase(item_id=item, topic="Budgets participatifs")).value
    view = peer_review_view(store, item)
    assert [case.id for case in view.cases] == [first, second]
    assert view.current == first
    clock.advance(60)
    execute(store, MoveToCase(case_id=second))
    execute(store, MoveToCase(case_id=second))  # already on: no second move
    view = peer_review_view(store, item)
    assert view.current == second
    assert [move.case_id for move in view.moves] == [first, second]


def test_a_case_needs_a_presenter_or_a_topic_and_a_refusal_changes_nothing(
    store: Store, built: Built
) -> None:
    item = built.item_ids[0]
    case = execute(store, AddCase(item_id=item, presenter_name="Awa")).value
    with pytest.raises(MethodError, match="presenter's name or the case's topic"):
        execute(store, AddCase(item_id=item, presenter_name="  ", topic=""))
    with pytest.raises(MethodError, match="presenter's name or the case's topic"):
        execute(store, EditCase(case_id=case, presenter_name=""))
    assert [c.presenter_name for c in peer_review_view(store, item).cases] == ["Awa"]


def test_removing_the_case_on_leaves_the_room_on_none_and_undo_brings_it_back(
    store: Store, built: Built
) -> None:
    item = built.item_ids[0]
    case = execute(store, AddCase(item_id=item, presenter_name="Awa")).value
    removed = execute(store, RemoveCase(case_id=case))
    assert peer_review_view(store, item).current is None
    undo(store, removed)
    assert peer_review_view(store, item).current == case
    with pytest.raises(MethodError, match="no longer in the review"):
        execute(store, MoveToCase(case_id=UUID(int=7)))


def test_feedback_is_one_record_per_reviewer_and_can_be_changed(store: Store, built: Built) -> None:
    item = built.item_ids[0]
    case = execute(store, AddCase(item_id=item, presenter_name="Awa")).value
    one = execute(
        store, SaveFeedback(case_id=case, reviewer_name="João", strengths="Clair", rating=4)
    ).value
    execute(store, SaveFeedback(case_id=case, reviewer_name="Lucía", challenges="Coût"))
    execute(
        store,
        SaveFeedback(case_id=case, reviewer_name="João", strengths="Très clair", feedback_id=one),
    )
    found = store.select(Outcome, {"item_id": item, "kind": OutcomeKind.FEEDBACK}, "captured_at")
    fields = sorted(
        (FeedbackFields.model_validate(o.fields) for o in found), key=lambda f: f.speaker_name
    )
    assert [(f.speaker_name, f.strengths, f.case_id) for f in fields] == [
        ("João", "Très clair", case),
        ("Lucía", "", case),
    ]
    execute(store, DeleteFeedback(feedback_id=one))
    assert (
        len(store.select(Outcome, {"item_id": item, "kind": OutcomeKind.FEEDBACK}, "captured_at"))
        == 1
    )


def test_feedback_needs_a_reviewer_and_some_words(store: Store, built: Built) -> None:
    case = execute(store, AddCase(item_id=built.item_ids[0], presenter_name="Awa")).value
    with pytest.raises(MethodError, match="reviewer's name"):
        execute(store, SaveFeedback(case_id=case, strengths="Clair"))
    with pytest.raises(MethodError, match="at least one of strengths"):
        execute(store, SaveFeedback(case_id=case, reviewer_name="João", strengths=" "))
    assert store.select(Outcome, {"kind": OutcomeKind.FEEDBACK}, "captured_at") == []


def test_a_case_has_one_response_made_changed_and_removed_when_emptied(
    store: Store, built: Built
) -> None:
    item = built.item_ids[0]
    case = execute(store, AddCase(item_id=item, presenter_name="Awa")).value

    def responses() -> list[str]:
        return [
            o.text for o in store.select(Outcome, {"kind": OutcomeKind.RESPONSE}, "captured_at")
        ]

    execute(store, SaveCaseText(case_id=case, kind=OutcomeKind.RESPONSE, text="Merci"))
    execute(store, SaveCaseText(case_id=case, kind=OutcomeKind.RESPONSE, text="Merci à tous"))
    assert responses() == ["Merci à tous"]
    execute(store, SaveCaseText(case_id=case, kind=OutcomeKind.RESPONSE, text=""))
    assert responses() == []


# --- breakouts --------------------------------------------------------------------------------


def everyone_present(store: Store, built: Built) -> None:
    for person in built.participant_ids:
        execute(store, CheckIn(participant_ids=(person,), status=AttendanceStatus.PRESENT))


def test_making_groups_deals_out_the_people_present(store: Store, built: Built) -> None:
    everyone_present(store, built)
    item = built.item_ids[3]
    groups = execute(store, MakeGroups(item_id=item, count=5, seed=1, names=tuple("ABCDE"))).value
    view = breakouts_view(store, item)
    assert len(groups) == 3  # never more groups than people present
    assert sorted(p for g in view.groups for p in g.member_ids) == sorted(built.participant_ids)
    again = execute(store, MakeGroups(item_id=item, count=1, seed=1, names=("Tous",)))
    assert [g.name for g in breakouts_view(store, item).groups] == ["Tous"]
    undo(store, again)
    assert [g.id for g in breakouts_view(store, item).groups] == groups


def test_moving_someone_ends_their_membership_and_the_rapporteur_follows(
    store: Store, built: Built
) -> None:
    everyone_present(store, built)
    item = built.item_ids[3]
    first, second = execute(
        store, MakeGroups(item_id=item, count=2, seed=3, names=("A", "B"))
    ).value
    person = breakouts_view(store, item).group(first).member_ids[0]  # type: ignore[union-attr]
    execute(store, ChooseRapporteur(group_id=first, participant_id=person))
    execute(store, MoveToGroup(item_id=item, person_ids=(person,), group_id=second))
    view = breakouts_view(store, item)
    assert person in view.group(second).member_ids  # type: ignore[union-attr]
    assert view.group(first).rapporteur_id is None  # type: ignore[union-attr]
    with pytest.raises(MethodError, match="one of the group's members"):
        execute(store, ChooseRapporteur(group_id=first, participant_id=person))
    execute(store, MoveToGroup(item_id=item, person_ids=(person,), group_id=None))
    assert breakouts_view(store, item).group_of(person) is None


def test_group_names_and_the_report_back(store: Store, built: Built) -> None:
    everyone_present(store, built)
    item = built.item_ids[3]
    first, second = execute(
        store, MakeGroups(item_id=item, count=2, seed=3, names=("A", "B"))
    ).value
    with pytest.raises(MethodError, match="needs a name"):
        execute(store, RenameGroup(group_id=first, name="  "))
    execute(store, MoveInReportOrder(group_id=second, step=-1))
    assert breakouts_view(store, item).order == (second, first)
    assert execute(store, ReportNext(item_id=item)).value == second
    assert execute(store, ReportNext(item_id=item)).value == first
    view = breakouts_view(store, item)
    assert (view.reporting, view.reported) == (first, (second,))
    execute(store, EndReportBack(item_id=item))
    view = breakouts_view(store, item)
    assert (view.reporting, set(view.reported)) == (None, {first, second})


# --- 1-2-4-All ---------------------------------------------------------------------------------


def test_ideas_are_grouped_renamed_and_merged_into_themes(
    store: Store, built: Built, clock: FakeClock
) -> None:
    item = built.item_ids[3]
    ideas = []
    for text in ("a", "b", "c"):
        clock.advance(5)
        ideas.append(execute(store, AddIdea(item_id=item, text=text)).value)
    with pytest.raises(MethodError, match="Type the idea"):
        execute(store, AddIdea(item_id=item, text="  "))
    mobility = execute(
        store, GroupIdeasIntoTheme(item_id=item, idea_ids=tuple(ideas[:2]), name="Mobilité")
    ).value
    water = execute(
        store, GroupIdeasIntoTheme(item_id=item, idea_ids=(ideas[2],), name="Eau")
    ).value
    execute(store, RenameTheme(theme_id=water, name="Eau potable"))
    view = ideas_view(store, item)
    assert [(t.name, t.idea_ids) for t in view.themes] == [
        ("Mobilité", tuple(ideas[:2])),
        ("Eau potable", (ideas[2],)),
    ]
    execute(store, MergeThemes(source_id=water, target_id=mobility))
    view = ideas_view(store, item)
    assert [(t.name, t.idea_ids) for t in view.themes] == [("Mobilité", tuple(ideas))]
    with pytest.raises(MethodError, match="two different themes"):
        execute(store, MergeThemes(source_id=water, target_id=mobility))
    with pytest.raises(MethodError, match="needs a name"):
        execute(store, GroupIdeasIntoTheme(item_id=item, idea_ids=(ideas[0],), name=""))
    with pytest.raises(MethodError, match="ideas of this item"):
        execute(store, GroupIdeasIntoTheme(item_id=item, idea_ids=(UUID(int=1),), name="X"))


def test_a_report_names_the_group_its_rapporteur_and_members_as_they_are(
    store: Store, built: Built
) -> None:
    everyone_present(store, built)
    item = built.item_ids[3]
    [group] = execute(store, MakeGroups(item_id=item, count=1, seed=2, names=("Eau",))).value
    members = breakouts_view(store, item).group(group).member_ids  # type: ignore[union-attr]
    execute(store, ChooseRapporteur(group_id=group, participant_id=members[1]))
    with pytest.raises(MethodError, match="group's report first"):
        execute(store, CaptureReport(group_id=group, text="  "))
    report = execute(store, CaptureReport(group_id=group, text="Trois puits", phase="Retour"))
    outcome = store.require(Outcome, report.value)
    fields = ReportFields.model_validate(outcome.fields)
    assert (outcome.kind, outcome.text, outcome.phase) == ("report", "Trois puits", "Retour")
    assert (fields.group, fields.group_id, fields.speaker_id) == ("Eau", group, members[1])
    assert fields.speaker_name == store.require(Participant, members[1]).name
    assert fields.member_ids == list(members)


def test_an_idea_is_edited_emptied_or_removed(store: Store, built: Built) -> None:
    item = built.item_ids[3]
    idea = execute(store, AddIdea(item_id=item, text="Vélos")).value
    execute(store, EditIdea(idea_id=idea, text="Vélos partagés"))
    assert [i.text for i in ideas_view(store, item).ideas] == ["Vélos partagés"]
    removed = execute(store, RemoveIdea(idea_id=idea))
    assert ideas_view(store, item).ideas == ()
    undo(store, removed)
    execute(store, EditIdea(idea_id=idea, text=" "))  # emptied: the idea goes
    assert ideas_view(store, item).ideas == ()
    with pytest.raises(MethodError, match="no longer in the harvest"):
        execute(store, RemoveIdea(idea_id=idea))
