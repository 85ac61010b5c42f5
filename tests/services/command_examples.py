"""Examples of the typed core commands for the registry's undo/redo test.

Each example prepares the store and returns the command to run, keyed by the command's
class name. ``NOT_YET_COVERED`` lists the commands written before the test walked every
command class; it only shrinks: a new command without an example fails the test.
"""

from __future__ import annotations

from collections.abc import Callable

from forum_desktop.services.commands import Command
from forum_desktop.storage import Store

CommandExample = Callable[[Store], Command]

COMMAND_EXAMPLES: dict[str, CommandExample] = {}

NOT_YET_COVERED = frozenset(
    {
        "AddCase",
        "AddIdea",
        "AddOption",
        "AddOptions",
        "AnswerEvaluation",
        "AnswerQuestion",
        "ApplyMethod",
        "Approve",
        "ApproveAll",
        "AskQuestion",
        "CaptureReport",
        "CaptureTyped",
        "CastBallot",
        "ChooseRapporteur",
        "CountHands",
        "DeleteFeedback",
        "DismissQuestion",
        "EditCase",
        "EditEntryText",
        "EditIdea",
        "EditShown",
        "EndReportBack",
        "GiveFloor",
        "GiveTurn",
        "GroupIdeasIntoTheme",
        "Hide",
        "ImportDocument",
        "ImportTranslation",
        "JoinQueue",
        "LeaveCircle",
        "LeaveQueue",
        "MakeGroups",
        "MarkAbsent",
        "MergeThemes",
        "MoveEntries",
        "MoveInOrder",
        "MoveInQueue",
        "MoveInReportOrder",
        "MoveOption",
        "MoveToCase",
        "MoveToGroup",
        "NextPerson",
        "OrderAsRoster",
        "RecordAnswer",
        "RecordResult",
        "RemoveCase",
        "RemoveIdea",
        "RemoveOption",
        "RenameGroup",
        "RenameOption",
        "RenameTheme",
        "ReportNext",
        "RetractBallot",
        "Reveal",
        "SaveCaseText",
        "SaveFeedback",
        "Seat",
        "SeatPanel",
        "SendFromPhone",
        "SetChairs",
        "SetEntryLanguage",
        "SetEntryMode",
        "SetEvaluationOpen",
        "SetReportTime",
        "SetSpeakerTime",
        "SetTimeEach",
        "SetTopic",
        "SetTranslation",
        "SetVoteLimits",
        "SetWorkingLanguages",
        "Shuffle",
        "Skip",
        "Upvote",
    }
)
