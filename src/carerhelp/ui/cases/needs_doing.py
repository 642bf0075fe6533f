""" "What needs doing", first on the start screen: each case's next step, soonest first, and for an
advice centre a choice of whose cases to show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.ui.flow import FlowLayout, kept_together
from carerhelp.ui.language import QT_TRANSLATE_NOOP, long_day

if TYPE_CHECKING:
    from carerhelp.domain.content import Content
    from carerhelp.domain.timeline import CaseDue

ANYONE = QT_TRANSLATE_NOOP("NeedsDoing", "Everyone's cases")


class NeedsDoing(QWidget):
    timeline_requested = Signal(int)

    def __init__(
        self,
        store: Callable[[], Any],
        today: Callable[[], date],
        content: Callable[[], Content | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store  # the open store, asked each time (it changes after a restore)
        self.today = today
        self.content = content
        """The loaded content, or None until start-up has loaded it (the window then refreshes)."""
        self.items: list[CaseDue] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("What needs doing"), self)
        heading.setObjectName("subheading")
        layout.addWidget(heading)
        filters = FlowLayout()
        who_label = QLabel(self.tr("&Whose cases:"), self)
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Show the cases of this volunteer"))
        who_label.setBuddy(self.who)
        self.who_row = kept_together(who_label, self.who, parent=self)
        filters.addWidget(self.who_row)
        layout.addLayout(filters)
        self.list = QListWidget(self)
        self.list.setObjectName("needs_doing")
        self.list.setAccessibleName(self.tr("What needs doing, soonest first"))
        self.list.setWordWrap(True)
        self.list.installEventFilter(self)  # keeps its height fitted to its entries
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("Nothing needs doing in the next two weeks."), self)
        self.empty.setObjectName("hint")
        layout.addWidget(self.empty)
        self.open_button = QPushButton(self.tr("Open the chosen case's timeline"), self)
        self.open_button.setAccessibleName(self.tr("Open the timeline of the chosen case"))
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.open_button.clicked.connect(self._open_chosen)
        self.list.itemActivated.connect(lambda _item: self._open_chosen())
        self.who.currentIndexChanged.connect(lambda _i: self._fill())

    def refresh(self) -> None:
        if self.content() is None:
            # Before the content is loaded (the start screen's first paint) there is nothing to
            # work the steps out with: the panel appears once it is.
            self._cases = []
            self.setVisible(False)
            return
        from carerhelp.storage.timeline import timelines

        self._cases = timelines(self.store())
        self.setVisible(bool(self._cases))
        advice = bool(getattr(self.store(), "advice_centre_mode", False))
        chosen = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr(ANYONE), None)
        for name in sorted({c.volunteer for c in self._cases if c.volunteer}, key=str.casefold):
            self.who.addItem(name, name)
        index = self.who.findData(chosen)
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)
        self.who_row.setVisible(advice)
        self._fill()

    def _fill(self) -> None:
        content = self.content()
        if not getattr(self, "_cases", None) or content is None:
            self.items = []
            self.list.clear()
            return
        # The timeline rules load with the content, after the start screen is first painted.
        from carerhelp.domain.timeline import needs_doing

        scales, words = content.timescales, content.timeline_words
        today = self.today()
        self.items = needs_doing(
            self._cases, scales, words, today=today, volunteer=self.who.currentData()
        )
        self.list.clear()
        for item in self.items:
            who = item.carer_name or self.tr("A case with no name yet")
            line = (
                self.tr("Overdue since {day} — {who}: {title}. {step}")
                if item.due.overdue(today)
                else self.tr("By {day} — {who}: {title}. {step}")
            ).format(day=long_day(item.due.due), who=who, title=item.due.title, step=item.due.step)
            if item.due.caution:
                line += f" {item.due.caution}"
            if item.volunteer and self.who_row.isVisible():
                line += self.tr(" (helped by {volunteer})").format(volunteer=item.volunteer)
            entry = QListWidgetItem(line)
            entry.setData(Qt.ItemDataRole.UserRole, item.case_id)
            self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self.open_button.setEnabled(bool(self.items))
        self._fit_list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._fit_list()
        return super().eventFilter(watched, event)

    def _fit_list(self) -> None:
        """As tall as the entries, up to nine lines of text (then it scrolls), and never shorter
        than the first entry, so that at 200% text no entry is shown cut off at the bottom."""
        metrics = self.list.fontMetrics()
        width = max(self.list.viewport().width() - metrics.averageCharWidth() * 2, 50)
        rows = [
            metrics.boundingRect(
                QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, self.list.item(i).text()
            ).height()
            + 4
            for i in range(self.list.count())
        ]
        most = metrics.lineSpacing() * 9
        height = max(min(sum(rows), most), rows[0] if rows else metrics.lineSpacing())
        height += 2 * self.list.frameWidth() + 2 * self.list.spacing() + 4
        if height != self.list.height():
            self.list.setFixedHeight(height)

    def _open_chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.timeline_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
