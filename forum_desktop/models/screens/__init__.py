"""The state each live method screen keeps in its ``MethodRun``, one module per screen."""

from __future__ import annotations

from forum_desktop.models.method import MethodScreen
from forum_desktop.models.screens.base import ScreenState
from forum_desktop.models.screens.breakouts import BreakoutGroup, BreakoutsState, Grouping
from forum_desktop.models.screens.dot_voting import Ballot, DotVotingState, VoteOption
from forum_desktop.models.screens.fishbowl import FishbowlState, Rotation
from forum_desktop.models.screens.peer_review import CaseMove, PeerReviewState, ReviewCase
from forum_desktop.models.screens.round_robin import RoundRobinState
from forum_desktop.models.vote import EntryMode

SCREEN_STATES: dict[str, type[ScreenState]] = {
    MethodScreen.ROUND_ROBIN: RoundRobinState,
    MethodScreen.PEER_REVIEW: PeerReviewState,
    MethodScreen.FISHBOWL: FishbowlState,
    MethodScreen.BREAKOUTS: BreakoutsState,
    MethodScreen.DOT_VOTING: DotVotingState,
}
"""The state model of every live screen, by ``MethodScreen`` value."""

__all__ = [
    "SCREEN_STATES",
    "Ballot",
    "BreakoutGroup",
    "BreakoutsState",
    "CaseMove",
    "DotVotingState",
    "EntryMode",
    "FishbowlState",
    "Grouping",
    "PeerReviewState",
    "ReviewCase",
    "Rotation",
    "RoundRobinState",
    "ScreenState",
    "VoteOption",
]
