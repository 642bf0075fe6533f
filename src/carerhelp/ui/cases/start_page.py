"""The start screen: start a new case, carry on with the last one, or find a saved case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carerhelp.ui.accessible import mark_heading
from carerhelp.ui.cases.case_model import CaseTableModel, status_labels
from carerhelp.ui.cases.needs_doing import NeedsDoing
from carerhelp.ui.flow import FlowLayout, kept_together
from carerhelp.ui.scroll import fill_with_scroll_area
from carerhelp.ui.theme import say_why_disabled

if TYPE_CHECKING:
    from carerhelp.domain.content import Content
    from carerhelp.storage.cases import CaseStore

SEARCH_DELAY_MS = 150


class CaseTable(QTableView):
    """The table of cases; Enter opens the chosen case."""

    activated_case = Signal(int)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_case.emit(
                self.model().data(self.currentIndex(), Qt.ItemDataRole.UserRole)
            )
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Wide enough for its hint text at any text size (a wrapping row gives it its size hint)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.placeholderText() + "MMMM") + 24
        return QSize(max(hint.width(), wanted), hint.height())


class StartPage(QWidget):
    new_case_requested = Signal()
    open_case_requested = Signal(int)
    timeline_requested = Signal(int)

    def __init__(
        self,
        store: CaseStore,
        parent=None,
        *,
        today: Callable[[], date] = date.today,
        content: Callable[[], Content | None],
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.model = CaseTableModel(store, self)
        self.scroll_area = fill_with_scroll_area(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)

        self.needs_doing = NeedsDoing(
            lambda: self.store, today, content, self
        )  # first: what is late or due soon
        self.needs_doing.timeline_requested.connect(self.timeline_requested)
        layout.addWidget(self.needs_doing)

        heading = QLabel(self.tr("Get the help you are entitled to as a carer"), self)
        mark_heading(heading)
        heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Answer some questions about you and the person you look after. CarerHelp tells "
                "you which rights and money you may have, and why. Then it writes a letter to "
                "your council asking for a carer's assessment and a break. Everything you type "
                "stays on this computer and is saved as you go."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)

        actions = FlowLayout()
        self.new_button = QPushButton(self.tr("Start a new case"), self)
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(self.tr("Start a new case"))
        self.resume_button = QPushButton(self.tr("Carry on where I left off"), self)
        self.resume_button.setAccessibleName(self.tr("Carry on where I left off"))
        actions.addWidget(self.new_button)
        actions.addWidget(self.resume_button)
        layout.addLayout(actions)
        self.resume_hint = QLabel(self)
        self.resume_hint.setObjectName("hint")
        self.resume_hint.setWordWrap(True)
        layout.addWidget(self.resume_hint)

        saved = QLabel(self.tr("Saved cases"), self)
        saved.setObjectName("subheading")
        layout.addWidget(saved)

        filters = FlowLayout()
        search_label = QLabel(self.tr("&Find a case:"), self)
        self.search = SearchBox(self)
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(self.tr("Name, postcode or notes"))
        self.search.setAccessibleName(self.tr("Find a case by name, postcode or notes"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        status_label = QLabel(self.tr("S&tatus:"), self)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Show cases with this status"))
        self.status.addItem(self.tr("All"), None)
        for value, label in status_labels().items():
            self.status.addItem(label, value)
        status_label.setBuddy(self.status)
        self.archived = QCheckBox(self.tr("Show archived cases"), self)
        self.archived.setAccessibleName(self.tr("Show archived cases"))
        # Each label stays beside its field when the row wraps at large text sizes.
        filters.addWidget(kept_together(search_label, self.search, parent=self))
        filters.addWidget(kept_together(status_label, self.status, parent=self))
        filters.addWidget(self.archived)
        layout.addLayout(filters)

        self.table = CaseTable(self)
        self.table.setObjectName("case_table")
        self.table.setAccessibleName(self.tr("Saved cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        # The button and the count sit above the list, so they are in sight on a small screen.
        above = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caption")
        self.count_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the chosen case"), self)
        self.open_button.setAccessibleName(self.tr("Open the chosen case"))
        above.addWidget(self.open_button)
        above.addSpacing(24)
        above.addWidget(self.count_label, 1)
        layout.addLayout(above)
        layout.addWidget(self.table, 1)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 8)
        self.scroll_area.setWidget(body)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start(SEARCH_DELAY_MS))
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.archived.toggled.connect(lambda _c: self.apply_filter())
        self.new_button.clicked.connect(self.new_case_requested)
        self.resume_button.clicked.connect(self._resume)
        self.open_button.clicked.connect(self._open_selected)
        self.table.doubleClicked.connect(
            lambda index: self.open_case_requested.emit(index.data(Qt.ItemDataRole.UserRole))
        )
        self.table.activated_case.connect(self.open_case_requested)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())

    def refresh(self) -> None:
        self.needs_doing.refresh()
        self.apply_filter()
        latest = self._latest_case()
        self.resume_button.setEnabled(latest is not None)
        if latest is None:
            why = self.tr("You have no saved cases yet, so there is nothing to carry on with.")
            self.resume_hint.setText(why)
            say_why_disabled(self.resume_button, why)
        else:
            who = latest.carer_name or self.tr("a case with no name yet")
            self.resume_hint.setText(self.tr("Carry on with {who}.").format(who=who))
            say_why_disabled(self.resume_button, "")
            self.resume_button.setAccessibleDescription(
                self.tr("Carry on with {who}").format(who=who)
            )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(
            search=self.search.text(),
            status=self.status.currentData(),
            include_archived=self.archived.isChecked(),
        )
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = (
                self.tr("No cases match.")
                if self.search.text() or self.status.currentData()
                else self.tr("No cases yet.")
            )
        elif shown < total:
            text = self.tr("Showing {shown:,} of {total:,} cases. Scroll down to see more.").format(
                shown=shown, total=total
            )
        else:
            text = self.tr("%n case(s).", "", total)
        self.count_label.setText(text)
        self.open_button.setEnabled(shown > 0)
        say_why_disabled(
            self.open_button, "" if shown else self.tr("There is no case in the list to open.")
        )

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_case_requested.emit(case_id)

    def _latest_case(self) -> Any:
        """The case worked on last (in progress first), never one with nothing in it."""
        for status in ("in_progress", None):
            for case in self.store.list_cases(
                status=status, sort="updated_at", descending=True, limit=20
            ):
                if case.carer_name or self.store.load_answers(case.id):
                    return case
        return None

    def _resume(self) -> None:
        latest = self._latest_case()
        if latest is not None:
            self.open_case_requested.emit(latest.id)
