"""Which captured entries the capture tab shows: kind, tag, owner, status, author, words."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from forum_desktop.storage.light_rows import ACTION_KINDS, EntryRow
from forum_desktop.ui.outcome_model import SORT_ROLE, OutcomeModel

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Filters:
    kind: str | None = None
    status: str | None = None
    tag: str | None = None
    owner: str | None = None
    """An owner's name (from the roster or typed)."""
    author: str | None = None
    words: list[str] = field(default_factory=list)


def owners(model: OutcomeModel, outcome: EntryRow) -> list[str]:
    """An action's owners by name (roster names, then those typed)."""
    if outcome.kind not in ACTION_KINDS or outcome.anonymous:
        return []
    typed = (name.strip() for name in outcome.owner_names)
    return [*model.names_of(list(outcome.owner_ids)), *(name for name in typed if name)]


class OutcomeFilter(QSortFilterProxyModel):
    def __init__(self, model: OutcomeModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.filters = Filters()
        self._haystacks: dict[str, tuple[EntryRow, str]] = {}
        """Each entry's searchable words, kept while the entry object stays the same:
        typing a word tests every entry, and building them took most of each step."""
        model.modelReset.connect(self._haystacks.clear)  # names may have changed

    def set_filters(self, filters: Filters) -> None:
        self.beginFilterChange()
        self.filters = filters
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OutcomeModel)
        outcome = model.outcome(row)
        f = self.filters
        if f.kind and outcome.kind != f.kind:
            return False
        if f.status and outcome.status != f.status:
            return False
        if f.tag and f.tag not in outcome.tags:
            return False
        if f.owner and f.owner not in owners(model, outcome):
            return False
        if f.author and (outcome.anonymous or outcome.author != f.author):
            return False
        if not f.words:
            return True
        haystack = self._haystack(model, outcome)
        return all(word in haystack for word in f.words)

    def _haystack(self, model: OutcomeModel, outcome: EntryRow) -> str:
        kept = self._haystacks.get(outcome.key)
        if kept is not None and kept[0] is outcome:
            return kept[1]
        haystack = " ".join(
            [outcome.text, outcome.author, *outcome.tags, *model.people_of(outcome)]
        ).casefold()
        self._haystacks[outcome.key] = (outcome, haystack)
        return haystack


def filter_words(text: str) -> list[str]:
    return [w.casefold().lstrip("#@") for w in text.split() if w.lstrip("#@")]
