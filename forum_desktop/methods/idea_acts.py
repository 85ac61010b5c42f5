"""1-2-4-All's acts as typed commands: harvesting ideas (``idea`` outcomes) and grouping
them into themes (``models.ideas``), and the read side the screen and minutes show. A
round-robin's ``answer`` outcomes are grouped into themes by the same commands.

An idea's theme is given by its latest ``ThemeIdea`` (by creation, then id) whose theme
is still there, followed through merges; so ideas grouped on two laptops add up, and an
idea put in a theme another laptop merged away lands in the merged theme. A grouping is
made after every grouping of its idea its laptop knows, whatever that laptop's clock says.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from forum_desktop.clock import after_known
from forum_desktop.methods.item_scope import item_scope, newest_key
from forum_desktop.models import IdeaTheme, Outcome, OutcomeKind, ThemeIdea
from forum_desktop.notices import NoticeKind
from forum_desktop.services.commands import Command
from forum_desktop.services.methods import MethodError
from forum_desktop.services.operations import OpResult, Recorder
from forum_desktop.storage import Store

EMPTY_IDEA = NoticeKind("ideas.empty", "Type the idea first.")
THEME_NEEDS_NAME = NoticeKind("ideas.theme_needs_name", "A theme needs a name.")
NO_SUCH_THEME = NoticeKind(
    "ideas.no_such_theme", "That theme is no longer there: choose another one."
)
NOT_IDEAS = NoticeKind(
    "ideas.not_ideas", "Choose the ideas of this item to group them into a theme."
)
NOT_AN_IDEA = NoticeKind("ideas.gone", "That idea is no longer in the harvest.")
SAME_THEME = NoticeKind("ideas.same_theme", "Choose two different themes to merge.")


# --- the read side ----------------------------------------------------------------------


class ThemeView(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: UUID
    item_id: UUID
    name: str
    idea_ids: tuple[UUID, ...]
    """In the order the ideas were harvested."""


class IdeasView(BaseModel):
    model_config = ConfigDict(frozen=True)

    ideas: tuple[Outcome, ...]
    """Every idea (or answer) of the item, oldest first."""
    themes: tuple[ThemeView, ...]
    unthemed: tuple[UUID, ...]


GROUPABLE = (OutcomeKind.IDEA, OutcomeKind.ANSWER)
"""What themes group: 1-2-4-All's ideas, and a round-robin's answers (phones' included)."""


def item_ideas(store: Store, item_id: UUID) -> list[Outcome]:
    """The item's ideas and answers, oldest first."""
    ideas = [
        outcome
        for kind in GROUPABLE
        for outcome in store.select(Outcome, {"item_id": item_id, "kind": kind}, "captured_at")
    ]
    return sorted(ideas, key=lambda idea: (idea.captured_at, str(idea.id)))


def _roots(themes: list[IdeaTheme]) -> dict[UUID, UUID]:
    """Each theme's theme after merges. Two laptops merging two themes into each other
    make a cycle: its theme with the smallest id is the one kept."""
    into = {theme.id: theme.merged_into for theme in themes}
    roots: dict[UUID, UUID] = {}
    for theme in themes:
        seen = [theme.id]
        target = into[theme.id]
        while target is not None and target in into and target not in seen:
            seen.append(target)
            target = into[target]
        cycle = seen[seen.index(target) :] if target in seen else []
        roots[theme.id] = min(cycle, key=str) if cycle else seen[-1]
    return roots


def ideas_view(store: Store, item_id: UUID) -> IdeasView:
    ideas = item_ideas(store, item_id)
    themes = store.select(IdeaTheme, {"item_id": item_id})
    roots = _roots(themes)
    theme_of: dict[UUID, UUID] = {}
    links = sorted(
        store.select(ThemeIdea, {"item_id": item_id}, order_by="created_at"), key=newest_key
    )
    for link in links:
        if link.theme_id in roots:
            theme_of[link.idea_id] = roots[link.theme_id]
    kept = sorted(
        (theme for theme in themes if roots[theme.id] == theme.id),
        key=lambda theme: (theme.position, *newest_key(theme)),
    )
    return IdeasView(
        ideas=tuple(ideas),
        themes=tuple(
            ThemeView(
                id=theme.id,
                item_id=theme.item_id,
                name=theme.name,
                idea_ids=tuple(idea.id for idea in ideas if theme_of.get(idea.id) == theme.id),
            )
            for theme in kept
        ),
        unthemed=tuple(idea.id for idea in ideas if idea.id not in theme_of),
    )


def event_themes(store: Store, event_id: UUID) -> list[ThemeView]:
    """Every theme of the event still there (merged ones followed into theirs), item by
    item in the order each item's themes were first made, each item's in its order."""
    themes = store.select(IdeaTheme, {"event_id": event_id}, order_by="created_at")
    items = dict.fromkeys(theme.item_id for theme in themes)
    return [theme for item in items for theme in ideas_view(store, item).themes]


def _theme(store: Store, theme_id: UUID) -> IdeaTheme:
    theme = store.get(IdeaTheme, theme_id)
    if theme is None:
        raise MethodError(NO_SUCH_THEME)
    return theme


# --- the acts -------------------------------------------------------------------------------


class AddIdea(Command):
    """An idea harvested, in the round (phase) running. Value: the outcome's id."""

    item_id: UUID
    text: str = Field(max_length=1_000_000)
    phase: str = Field(default="", max_length=500)
    item_offset_seconds: int | None = None

    def apply(self, store: Store) -> OpResult:
        text = self.text.strip()
        if not text:
            raise MethodError(EMPTY_IDEA)
        scope = item_scope(store, self.item_id)
        idea = Outcome(
            event_id=scope.event_id,
            session_id=scope.session_id,
            item_id=self.item_id,
            phase=self.phase,
            kind=OutcomeKind.IDEA,
            text=text,
            captured_at=store.clock.now(),
            item_offset_seconds=self.item_offset_seconds,
            author=store.author,
        )
        recorder = Recorder()
        recorder.add(store.insert(store.fresh(idea)))
        return recorder.result(idea.id)


def _idea(store: Store, idea_id: UUID) -> Outcome:
    idea = store.get(Outcome, idea_id)
    if idea is None or idea.kind != OutcomeKind.IDEA:
        raise MethodError(NOT_AN_IDEA)
    return idea


class EditIdea(Command):
    """The idea's new words; emptied, the idea goes (as ``RemoveIdea``)."""

    idea_id: UUID
    text: str = Field(max_length=1_000_000)

    def apply(self, store: Store) -> OpResult:
        idea = _idea(store, self.idea_id)
        text = self.text.strip()
        recorder = Recorder()
        if not text:
            recorder.add(store.delete(Outcome, idea.id))
        else:
            recorder.add(store.update(Outcome, idea.id, text=text))
        return recorder.result()


class RemoveIdea(Command):
    """The idea leaves the harvest; its place in a theme goes with it (the read side
    shows only ideas that are there)."""

    idea_id: UUID

    def apply(self, store: Store) -> OpResult:
        idea = _idea(store, self.idea_id)
        recorder = Recorder()
        recorder.add(store.delete(Outcome, idea.id))
        return recorder.result()


class GroupIdeasIntoTheme(Command):
    """Put ideas (or a round's answers) in a theme: an existing one (``theme_id``) or a
    new one named ``name``. Value: the theme's id."""

    item_id: UUID
    idea_ids: tuple[UUID, ...] = Field(min_length=1)
    theme_id: UUID | None = None
    name: str = Field(default="", max_length=500)

    def apply(self, store: Store) -> OpResult:
        view = ideas_view(store, self.item_id)
        known = {idea.id for idea in view.ideas}
        if not set(self.idea_ids) <= known:
            raise MethodError(NOT_IDEAS)
        recorder = Recorder()
        scope = item_scope(store, self.item_id)
        if self.theme_id is not None:
            theme = _theme(store, self.theme_id)
            roots = _roots(store.select(IdeaTheme, {"item_id": self.item_id}))
            theme_id = roots.get(theme.id, theme.id)
        else:
            name = " ".join(self.name.split())
            if not name:
                raise MethodError(THEME_NEEDS_NAME)
            themes = store.select(IdeaTheme, {"item_id": self.item_id})
            theme = IdeaTheme(
                event_id=scope.event_id,
                session_id=scope.session_id,
                item_id=self.item_id,
                name=name,
                position=max((t.position for t in themes), default=-1.0) + 1,
            )
            recorder.add(store.insert(store.fresh(theme)))
            theme_id = theme.id
        groupings = store.select(ThemeIdea, {"item_id": self.item_id}, order_by="created_at")
        for idea_id in dict.fromkeys(self.idea_ids):
            link = store.fresh(
                ThemeIdea(
                    event_id=scope.event_id,
                    session_id=scope.session_id,
                    item_id=self.item_id,
                    theme_id=theme_id,
                    idea_id=idea_id,
                )
            )
            recorder.add(store.insert(_after_known(link, groupings)))
        return recorder.result(theme_id)


def _after_known(link: ThemeIdea, known: list[ThemeIdea]) -> ThemeIdea:
    """``link`` made later than every grouping of its idea this laptop knows, whatever its
    clock says: an idea's latest grouping places it, so regrouping an idea that a laptop
    with a clock ahead grouped must not lose to it (as a round's status change is made
    after the round's latest)."""
    at = after_known(link.created_at, (k.created_at for k in known if k.idea_id == link.idea_id))
    if at == link.created_at:
        return link
    return link.model_copy(update={"created_at": at, "updated_at": at})


class RenameTheme(Command):
    theme_id: UUID
    name: str = Field(max_length=500)

    def apply(self, store: Store) -> OpResult:
        _theme(store, self.theme_id)
        name = " ".join(self.name.split())
        if not name:
            raise MethodError(THEME_NEEDS_NAME)
        recorder = Recorder()
        recorder.add(store.update(IdeaTheme, self.theme_id, name=name))
        return recorder.result()


class MergeThemes(Command):
    """The ideas of ``source_id`` join ``target_id``, which keeps its name."""

    source_id: UUID
    target_id: UUID

    def apply(self, store: Store) -> OpResult:
        source = _theme(store, self.source_id)
        _theme(store, self.target_id)
        roots = _roots(store.select(IdeaTheme, {"item_id": source.item_id}))
        if roots[self.source_id] == roots[self.target_id]:
            raise MethodError(SAME_THEME)
        recorder = Recorder()
        recorder.add(store.update(IdeaTheme, roots[self.source_id], merged_into=self.target_id))
        return recorder.result()
