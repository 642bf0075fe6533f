"""The case's timeline: every letter sent and everything that came back, the one next step, and
the reminders (a calendar file and a "when to chase" sheet) and print-outs that go with them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.errors import CarerHelpError
from carerhelp.domain.timeline import Due, Event, EventKind, Words, event_line, next_due, upcoming
from carerhelp.domain.timescales import Timescales
from carerhelp.storage.safety import atomic_write, refuse_store_path
from carerhelp.storage.timeline import add_event, delete_event, list_events
from carerhelp.ui.accessible import mark_heading
from carerhelp.ui.flow import FlowLayout, kept_together, plain_label
from carerhelp.ui.language import QT_TRANSLATE_NOOP, file_dialog_options, long_day
from carerhelp.ui.scroll import fill_with_scroll_area
from carerhelp.ui.sent_dialog import HOW_LABELS, from_qdate, to_qdate

LETTER_BUTTONS = {
    "chaser": QT_TRANSLATE_NOOP("TimelinePage", "Write the reminder letter"),
    "complaint": QT_TRANSLATE_NOOP("TimelinePage", "Write the formal complaint"),
    "ombudsman": QT_TRANSLATE_NOOP("TimelinePage", "Make the ombudsman pack"),
}


class TimelinePage(QWidget):
    """One case's timeline. `letter_requested(kind)` asks the window for the letter screen."""

    back_requested = Signal()
    letter_requested = Signal(str)
    changed = Signal()

    def __init__(
        self,
        store: Any,
        case_id: int,
        answers: dict[str, Any],
        *,
        scales: Timescales,
        words: Words,
        today: date,
        volunteer: str | None = None,
        council: str = "",
        phrases: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.answers = answers
        self.scales = scales
        self.words = words
        self.today = today
        self.volunteer = volunteer
        self.council = council
        self.phrases = phrases
        self.events: list[Event] = []
        self.due: Due | None = None
        self.scroll_area = fill_with_scroll_area(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        name = str(answers.get("carer_name") or self.tr("this case"))
        heading = QLabel(
            self.tr("What was sent and what came back: {name}").format(name=name), body
        )
        mark_heading(heading)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        self.next_box = QFrame(body)
        self.next_box.setObjectName("next_step")
        self.next_box.setFrameShape(QFrame.Shape.Box)
        box = QVBoxLayout(self.next_box)
        self.next_title = plain_label("", self.next_box, "subheading")
        self.next_step = plain_label("", self.next_box)
        self.next_basis = plain_label("", self.next_box, "hint")
        self.letter_button = QPushButton("", self.next_box)
        self.letter_button.setObjectName("primary")
        box.addWidget(self.next_title)
        box.addWidget(self.next_step)
        box.addWidget(self.next_basis)
        box.addWidget(self.letter_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.next_box)

        layout.addWidget(plain_label(self.tr("Timeline, oldest first"), body, "subheading"))
        self.list = QListWidget(body)
        self.list.setAccessibleName(self.tr("Timeline of this case, oldest first"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.list)
        actions = FlowLayout()
        self.remove_button = QPushButton(self.tr("Remove the chosen entry"), body)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen entry from the timeline"))
        self.print_button = QPushButton(self.tr("Print the timeline…"), body)
        self.print_button.setAccessibleName(self.tr("Print the timeline as evidence"))
        self.calendar_button = QPushButton(self.tr("Save the dates to a calendar…"), body)
        self.calendar_button.setAccessibleName(
            self.tr("Save the next dates as a calendar file for your own calendar")
        )
        self.sheet_button = QPushButton(self.tr("Print the when-to-chase sheet…"), body)
        self.sheet_button.setAccessibleName(self.tr("Print a one-page sheet of when to chase"))
        for button in (
            self.remove_button,
            self.print_button,
            self.calendar_button,
            self.sheet_button,
        ):
            actions.addWidget(button)
        layout.addLayout(actions)

        layout.addWidget(plain_label(self.tr("Add what happened"), body, "subheading"))
        self.kind = QComboBox(body)
        self.kind.setAccessibleName(self.tr("What happened"))
        for kind in EventKind:
            self.kind.addItem(words.events[kind.value], kind.value)
        self.kind.setCurrentIndex(self.kind.findData(EventKind.ACKNOWLEDGED.value))
        self.day = QDateEdit(to_qdate(today), body)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setAccessibleName(self.tr("Day it happened"))
        self.appointment = QDateEdit(to_qdate(today), body)
        self.appointment.setCalendarPopup(True)
        self.appointment.setDisplayFormat("d MMMM yyyy")
        self.appointment.setAccessibleName(self.tr("Day of the assessment"))
        self.how = QComboBox(body)
        self.how.setAccessibleName(self.tr("How it was sent"))
        self.how.addItem(self.tr("Not a letter I sent"), "")
        for value, label in HOW_LABELS.items():
            self.how.addItem(QCoreApplication.translate("SentPanel", label), value)
        self.reference = QLineEdit(body)
        self.reference.setMaxLength(100)
        self.reference.setAccessibleName(self.tr("Their reference (optional)"))
        self.note = QPlainTextEdit(body)
        self.note.setAccessibleName(self.tr("Note (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 4)
        for text, widget in (
            (self.tr("&What happened:"), self.kind),
            (self.tr("&Day:"), self.day),
            (self.tr("Day of the &assessment:"), self.appointment),
            (self.tr("&How it was sent:"), self.how),
            (self.tr("Their &reference:"), self.reference),
        ):
            caption = QLabel(text, body)
            caption.setBuddy(widget)
            layout.addWidget(kept_together(caption, widget, parent=body))
        note_label = QLabel(self.tr("&Note:"), body)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        bottom = FlowLayout()
        self.back_button = QPushButton(self.tr("Back"), body)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.add_button = QPushButton(self.tr("Add to the timeline"), body)
        self.add_button.setAccessibleName(self.tr("Add this to the timeline"))
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)
        self.status = plain_label("", body, "saved")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.add_button.clicked.connect(self.add_from_form)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.back_button.clicked.connect(self.back_requested)
        self.letter_button.clicked.connect(
            lambda: self.due and self.letter_requested.emit(self.due.letter)
        )
        self.print_button.clicked.connect(self.print_timeline)
        self.calendar_button.clicked.connect(self.save_calendar_as)
        self.sheet_button.clicked.connect(self.print_sheet)
        self._kind_changed()
        self.refresh()

    # ----- showing --------------------------------------------------------------------------
    @property
    def nation_times(self) -> Any:
        nation = str(self.answers.get("nation") or "")
        return self.scales.nations.get(nation)

    def refresh(self) -> None:
        self.events = list_events(self.store, self.case_id)
        self.list.clear()
        for event in self.events:
            item = QListWidgetItem(self._line(event))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.list.addItem(item)
        if not self.events:
            self.list.addItem(
                QListWidgetItem(self.tr("Nothing yet. Add the day you sent your letter."))
            )
        self.remove_button.setEnabled(bool(self.events))
        times = self.nation_times
        self.due = (
            next_due(
                self.events,
                times,
                self.scales,
                self.words,
                today=self.today,
                terminal_illness=bool(self.answers.get("terminal_illness")),
            )
            if times is not None
            else None
        )
        if self.due is None:
            self.next_title.setText(self.tr("Nothing to chase"))
            self.next_step.setText(
                self.tr("When you send a letter, add it here and CarerHelp will say when to chase.")
                if not self.events
                else self.tr("There is nothing to chase at the moment.")
            )
            self.next_basis.setText("")
            self.letter_button.hide()
        else:
            late = self.tr(" (overdue)") if self.due.overdue(self.today) else ""
            self.next_title.setText(
                self.tr("Next: {title}, by {day}{late}").format(
                    title=self.due.title, day=long_day(self.due.due), late=late
                )
            )
            self.next_step.setText(self.due.step)
            basis = (
                self.tr("Why this date: {basis}").format(basis=self.due.basis)
                if self.due.basis
                else ""
            )
            self.next_basis.setText(" ".join(t for t in (basis, self.due.caution) if t))
            label = (
                self.tr(LETTER_BUTTONS[self.due.letter])
                if self.due.letter in LETTER_BUTTONS
                else ""
            )
            self.letter_button.setText(label)
            self.letter_button.setAccessibleName(label)
            self.letter_button.setVisible(bool(label))
        self.next_box.setAccessibleName(self.next_title.text())
        self.calendar_button.setEnabled(self.due is not None)
        self.sheet_button.setEnabled(times is not None)

    def _line(self, event: Event) -> str:
        return event_line(event, self.words)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.appointment.setEnabled(kind == EventKind.ASSESSMENT_BOOKED.value)
        sent = kind in ("sent", "chased", "complaint_sent", "ombudsman")
        self.how.setEnabled(sent)
        if sent and not self.how.currentData():
            self.how.setCurrentIndex(self.how.findData("post"))
        if not sent:
            self.how.setCurrentIndex(0)

    # ----- changing -------------------------------------------------------------------------
    def add_from_form(self) -> None:
        kind = EventKind(self.kind.currentData())
        event = Event(
            kind=kind,
            on=from_qdate(self.day.date()),
            how=self.how.currentData() or "",
            reference=self.reference.text(),
            note=self.note.toPlainText(),
            appointment=from_qdate(self.appointment.date())
            if kind is EventKind.ASSESSMENT_BOOKED
            else None,
        )
        try:
            add_event(self.store, self.case_id, event, self.volunteer)
        except CarerHelpError as error:
            QMessageBox.warning(self, "CarerHelp", str(error))
            return
        self.reference.clear()
        self.note.clear()
        self.status.setText(self.tr("Added: {event}").format(event=self._line(event)))
        self.refresh()
        self.changed.emit()

    def remove_chosen(self) -> None:
        item = self.list.currentItem()
        event_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if event_id is None:
            self.status.setText(self.tr("Choose an entry in the timeline first."))
            return
        try:
            delete_event(self.store, self.case_id, int(event_id), self.volunteer)
        except CarerHelpError as error:
            QMessageBox.warning(self, "CarerHelp", str(error))
            return
        self.status.setText(self.tr("Removed the entry."))
        self.refresh()
        self.changed.emit()

    # ----- reminders and print-outs ---------------------------------------------------------
    def plan(self) -> list[Due]:
        times = self.nation_times
        if times is None:
            return []
        return upcoming(
            self.events,
            times,
            self.scales,
            self.words,
            today=self.today,
            terminal_illness=bool(self.answers.get("terminal_illness")),
        )

    def calendar_bytes(self) -> bytes:
        from carerhelp.letters.reminders import calendar_file

        return calendar_file(self.plan(), str(self.answers.get("carer_name") or ""), self.phrases)

    def sheet_pdf(self) -> bytes:
        from carerhelp.letters import render_pdf
        from carerhelp.letters.reminders import chase_sheet

        document = chase_sheet(
            self.plan(), self.events, self.nation_times, self.phrases, self.answers, self.today
        )
        return render_pdf(document)

    def timeline_pdf(self) -> bytes:
        from carerhelp.letters import render_pdf
        from carerhelp.letters.reminders import timeline_document

        document = timeline_document(
            self.events, self.words, self.phrases, self.answers, self.today, council=self.council
        )
        return render_pdf(document)

    def save_calendar_as(self) -> None:
        name = str(self.answers.get("carer_name") or "carer")
        suggested = str(Path.home() / self.tr("CarerHelp dates - {name}.ics").format(name=name))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the dates to a calendar file"),
            suggested,
            self.tr("Calendar files (*.ics)"),
            options=file_dialog_options(),
        )
        if path:
            self.save_calendar(Path(path))

    def save_calendar(self, path: Path) -> bool:
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        try:
            refuse_store_path(path, self.store.data_dir)
            atomic_write(path, self.calendar_bytes())
        except CarerHelpError as error:
            QMessageBox.warning(self, "CarerHelp", str(error))
            return False
        self.status.setText(
            self.tr("Saved {name}. Open it to add the dates to your own calendar.").format(
                name=path.name
            )
        )
        return True

    def print_timeline(self) -> None:
        from carerhelp.ui.printing import print_pdf

        if print_pdf(self, self.timeline_pdf(), self.tr("Timeline")):
            self.status.setText(self.tr("The timeline was sent to the printer."))

    def print_sheet(self) -> None:
        from carerhelp.ui.printing import print_pdf

        if print_pdf(self, self.sheet_pdf(), self.tr("When to chase")):
            self.status.setText(self.tr("The when-to-chase sheet was sent to the printer."))
