"""What the room's phones add to the minutes (issue 22): under a session's date line, that
it was held under the Chatham House rule (why nobody is named in it); under an item, the
questions asked from phones and what was answered; at a session's end, its evaluation's
counts and comments. Names are never printed: a question is the room's."""

from __future__ import annotations

from uuid import UUID

from forum_desktop.export.labels import Labels
from forum_desktop.export.minutes_blocks import Block, Entry, Heading, Table, Text
from forum_desktop.export.minutes_data import MinutesData
from forum_desktop.export.minutes_entries import in_conflict
from forum_desktop.models import QuestionStatus, Session


def chatham_house(lab: Labels, session: Session) -> list[Block]:
    return [Text(lab["chatham_house"], tone="muted")] if session.chatham_house else []


def room_questions(data: MinutesData, lab: Labels, item_id: UUID) -> list[Block]:
    asked = data.room_questions.get(item_id, ())
    if not asked:
        return []
    blocks: list[Block] = [Heading(lab["room_questions"], 4)]
    for view in asked:
        question = view.question
        if question.status is QuestionStatus.ANSWERED:
            answer = lab.label_value("room_answer", question.answer) if question.answer else ""
            status = answer or lab["room_answered"]
        else:
            status = lab["room_unanswered"]
        backing = lab.label_value("room_backing", str(view.votes)) if view.votes else ""
        status, versions = in_conflict(status, data.answer_conflicts.get(question.id, []), lab)
        blocks.append(Entry(question.text, " · ".join(filter(None, [status, *versions, backing]))))
    return blocks


def session_evaluation(data: MinutesData, lab: Labels, session_id: UUID) -> list[Block]:
    summary = data.evaluations.get(session_id)
    if summary is None:
        return []
    blocks: list[Block] = [
        Heading(lab["evaluation"], 3),
        Text(lab.label_value("evaluation_answers", str(summary.answers)), tone="muted"),
    ]
    if summary.average is not None:
        rows = tuple((str(n), str(count)) for n, count in enumerate(summary.useful, start=1))
        header = (lab["evaluation_useful"], lab["evaluation_count"])
        blocks.append(Table(header, rows, (0.7, 0.3)))
        average = lab.decimal(summary.average)
        blocks.append(Text(lab.label_value("evaluation_average", average), tone="muted"))
    for key, comments in (("evaluation_keep", summary.keep), ("evaluation_change", summary.change)):
        if comments:
            blocks.append(Heading(lab[key], 4))
            blocks += [Entry(comment) for comment in comments]
    return blocks
