"""The live screens of group methods, one module per screen, by ``MethodScreen``."""

from __future__ import annotations

from forum_desktop.models import MethodScreen
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.breakouts import BreakoutsScreen
from forum_desktop.ui.method_screens.fishbowl import FishbowlScreen
from forum_desktop.ui.method_screens.peer_review import PeerReviewScreen

SCREEN_WIDGETS: dict[MethodScreen, type[MethodScreenWidget]] = {
    MethodScreen.BREAKOUTS: BreakoutsScreen,
    MethodScreen.FISHBOWL: FishbowlScreen,
    MethodScreen.PEER_REVIEW: PeerReviewScreen,
}
"""The widget of every live screen that exists; a method whose screen is not here runs
as timed phases only."""

__all__ = ["SCREEN_WIDGETS", "MethodScreenWidget"]
