"""The live screens of group methods, one module per screen, by ``MethodScreen``."""

from __future__ import annotations

from forum_desktop.models import MethodScreen
from forum_desktop.ui.method_screens.base import MethodScreenWidget
from forum_desktop.ui.method_screens.dot_voting import DotVotingScreen

SCREEN_WIDGETS: dict[MethodScreen, type[MethodScreenWidget]] = {
    MethodScreen.DOT_VOTING: DotVotingScreen,
}
"""The widget of every live screen that exists; a method whose screen is not here runs
as timed phases only."""

__all__ = ["SCREEN_WIDGETS", "MethodScreenWidget"]
