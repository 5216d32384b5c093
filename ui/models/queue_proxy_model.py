"""What the queue view talks to: filters and sorting, pushed down into the source's SQL query."""

from __future__ import annotations

from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from triage.domain.models import QueueItem
from triage.services import QueueQuery, StatusFilter
from ui.models.queue_table_model import QueueTableModel


class QueueProxyModel(QIdentityProxyModel):
    """Identity mapping (rows are already filtered and ordered by the database)."""

    def __init__(self, source: QueueTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._source = source

    @property
    def queue(self) -> QueueTableModel:
        return self._source

    def set_filters(
        self,
        *,
        status: StatusFilter | None = None,
        channel: str | None = None,
        lang: str | None = None,
        assignee: str | None = None,
        search: str | None = None,
    ) -> None:
        q: QueueQuery = self._source.query
        changes: dict[str, object] = {}
        if status is not None:
            changes["status"] = status
        if channel is not None:
            changes["channels"] = frozenset({channel}) if channel else frozenset()
        if lang is not None:
            changes["lang"] = lang
        if assignee is not None:
            changes["assignee"] = assignee
        if search is not None:
            changes["search"] = search
        new = q.with_(**changes)
        if new != q:
            self._source.set_query(new)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def item_at(self, row: int) -> QueueItem | None:
        return self._source.item_at(row)

    def multiData(  # noqa: N802
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan,  # noqa: N803
    ) -> None:
        # QIdentityProxyModel would answer role by role through data(): one call per cell
        # instead (rows and columns are the source's own).
        if index.isValid():
            self._source.fill(index.row(), index.column(), roleDataSpan)
