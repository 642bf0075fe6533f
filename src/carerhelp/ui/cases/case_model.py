"""A table model over the case store that fetches rows in pages, so 10,000 cases open quickly."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from carerhelp.domain.model import Nation
from carerhelp.ui.language import QT_TRANSLATE_NOOP, short_date

if TYPE_CHECKING:
    from carerhelp.storage.cases import CaseStore

PAGE_SIZE = 200

# Marked for translation here, translated where they are shown (see status_label).
STATUS_LABELS = {
    "in_progress": QT_TRANSLATE_NOOP("CaseTableModel", "In progress"),
    "letter_sent": QT_TRANSLATE_NOOP("CaseTableModel", "Letter sent"),
    "waiting_reply": QT_TRANSLATE_NOOP("CaseTableModel", "Waiting for a reply"),
    "closed": QT_TRANSLATE_NOOP("CaseTableModel", "Closed"),
}

COLUMNS = (
    ("carer_name", QT_TRANSLATE_NOOP("CaseTableModel", "Carer")),
    ("person_name", QT_TRANSLATE_NOOP("CaseTableModel", "Person cared for")),
    ("nation", QT_TRANSLATE_NOOP("CaseTableModel", "Nation")),
    ("updated_at", QT_TRANSLATE_NOOP("CaseTableModel", "Last changed")),
    ("status", QT_TRANSLATE_NOOP("CaseTableModel", "Status")),
)


def status_labels() -> dict[str, str]:
    """Each case status in the words of the interface's language."""
    return {
        value: QCoreApplication.translate("CaseTableModel", label)
        for value, label in STATUS_LABELS.items()
    }


Index = QModelIndex | QPersistentModelIndex


NATION_LABELS = {
    Nation.ENGLAND: QT_TRANSLATE_NOOP("CaseTableModel", "England"),
    Nation.WALES: QT_TRANSLATE_NOOP("CaseTableModel", "Wales"),
    Nation.SCOTLAND: QT_TRANSLATE_NOOP("CaseTableModel", "Scotland"),
    Nation.NORTHERN_IRELAND: QT_TRANSLATE_NOOP("CaseTableModel", "Northern Ireland"),
}


def nation_label(value: str | None) -> str:
    """The nation's name in the interface's language."""
    try:
        nation = Nation(value) if value else None
    except ValueError:
        return value or "—"
    return QCoreApplication.translate("CaseTableModel", NATION_LABELS[nation]) if nation else "—"


def when_label(value: Any) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{short_date(moment.date())}, {moment:%H:%M}"


class CaseTableModel(QAbstractTableModel):
    """Rows come from `store.list_cases(...)`, one page at a time as the view scrolls."""

    def __init__(self, store: CaseStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = ""
        self.status: str | None = None
        self.include_archived = False
        self.sort_key = "updated_at"
        self.descending = True
        self._rows: list[Any] = []
        self._total = 0

    # ----- querying -----------------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self.store.count_cases(
            search=self.search, status=self.status, include_archived=self.include_archived
        )
        self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[Any]:
        return list(
            self.store.list_cases(
                search=self.search,
                status=self.status,
                include_archived=self.include_archived,
                sort=self.sort_key,
                descending=self.descending,
                limit=PAGE_SIZE,
                offset=offset,
            )
        )

    def set_filter(
        self, search: str | None = None, status: str | None = None, include_archived=None
    ) -> None:
        if search is not None:
            self.search = search
        self.status = status
        if include_archived is not None:
            self.include_archived = bool(include_archived)
        self.refresh()

    @property
    def total(self) -> int:
        return self._total

    def case_at(self, row: int) -> Any:
        return self._rows[row]

    # ----- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._page(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(case, key)
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        return None

    def _display(self, case: Any, key: str) -> str:
        if key == "carer_name":
            text = case.carer_name or self.tr("(no name yet)")
            return (
                self.tr("{text} (archived)").format(text=text)
                if getattr(case, "archived", False)
                else text
            )
        if key == "person_name":
            return case.person_name or ""
        if key == "nation":
            return nation_label(case.nation)
        if key == "updated_at":
            return when_label(case.updated_at)
        if key == "status":
            return status_labels().get(case.status, case.status or "")
        return str(getattr(case, key, "") or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
