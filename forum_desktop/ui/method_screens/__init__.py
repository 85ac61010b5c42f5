"""The live screens of group methods, one module per screen, by ``MethodScreen``."""

from __future__ import annotations

from forum_desktop.models import MethodScreen
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.breakouts import BreakoutsScreen
from forum_desktop.ui.method_screens.dot_voting import DotVotingScreen
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.one_two_four_all import OneTwoFourAllScreen
from forum_desktop.ui.method_screens.peer_review import PeerReviewScreen
from forum_desktop.ui.method_screens.round_robin import RoundRobinScreen

SCREEN_WIDGETS: dict[MethodScreen, type[MethodScreenWidget]] = {
    MethodScreen.BREAKOUTS: BreakoutsScreen,
    MethodScreen.DOT_VOTING: DotVotingScreen,
    MethodScreen.FISHBOWL: FishbowlScreen,
    MethodScreen.ONE_TWO_FOUR_ALL: OneTwoFourAllScreen,
    MethodScreen.PEER_REVIEW: PeerReviewScreen,
    MethodScreen.ROUND_ROBIN: RoundRobinScreen,
}
"""The widget of every live screen that exists; a method whose screen is not here runs
as timed phases only."""

__all__ = ["SCREEN_WIDGETS", "MethodScreenWidget"]
