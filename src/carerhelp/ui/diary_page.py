"""The caring diary of a case: a day at a time for each person cared for, weekly totals and a chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.diary import FEELINGS, FULL_CARE_HOURS, DiaryEntry, make_entry, summarise
from carerhelp.domain.diary import weekly_totals as totals_of
from carerhelp.domain.errors import CarerHelpError
from carerhelp.domain.evidence import (
    diary_flag,
    diary_sentence,
    number,
    person_name,
    under_35_sentence,
    week_range,
)
from carerhelp.domain.phrases import Phrases
from carerhelp.storage import diary as records
from carerhelp.ui.accessible import mark_heading
from carerhelp.ui.flow import FlowLayout, kept_together, plain_label
from carerhelp.ui.language import day_month, short_day_month
from carerhelp.ui.scroll import PageScrollArea
from carerhelp.ui.text_table import fill, text_table
from carerhelp.ui.week_chart import Bar, WeekChart

if TYPE_CHECKING:
    from carerhelp.domain.content import Content
    from carerhelp.domain.questionnaire import Questionnaire

SAME_AS_YESTERDAY = "Ctrl+D"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def name_inner_editors(root: QWidget) -> None:
    """A spin box or date box takes focus in its own text field: give that field the box's name."""
    for box in root.findChildren(QAbstractSpinBox):
        editor = box.findChild(QLineEdit)
        if editor is not None:
            editor.setAccessibleName(box.accessibleName())


class HeaderArea(PageScrollArea):
    """A page's header above its tabs: always as tall as its wrapped text needs, never squeezed."""

    def fit(self) -> None:
        super().fit()
        page = self.widget()
        if page is not None:
            self.setFixedHeight(page.minimumHeight() + 2 * self.frameWidth())


class DiaryTab(QWidget):
    """One person's diary: today's entry (or any past day's), the weeks so far and their chart."""

    saved = Signal()

    def __init__(
        self,
        store: Any,
        case_id: int,
        questionnaire: Questionnaire,
        answers: dict[str, Any],
        today: Callable[[], date],
        show_error: Callable[[str], None],
        phrases: Phrases,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id, self.answers = store, case_id, answers
        self.phrases = phrases  # the content's language: the weeks and the summary speak it
        self.questionnaire = questionnaire
        tasks = [(o.value, o.label) for o in questionnaire.question("caring_tasks").options]
        self.today, self.show_error = today, show_error
        self.entries: dict[date, DiaryEntry] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Write down each day's caring. It shows the council what caring is really like, "
                    "and whether each week (Sunday to Saturday) reached the 35 hours Carer's "
                    "Allowance needs."
                ),
                self,
            )
        )

        people = int(answers.get("people_count") or 1)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person cared for"))
        for n in range(1, min(max(people, 1), 3) + 1):
            self.person.addItem(person_name(questionnaire, answers, n), n)
        person_label = plain_label(self.tr("&Person cared for:"), self)
        person_label.setBuddy(self.person)

        self.day = QDateEdit(_qdate(today()), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.day.setMaximumDate(_qdate(today()))
        self.day.setAccessibleName(self.tr("Day"))
        day_label = plain_label(self.tr("&Day:"), self)
        day_label.setBuddy(self.day)
        self.previous_button = QPushButton(self.tr("← Day before"), self)
        self.previous_button.setAccessibleName(self.tr("Go to the day before"))
        self.next_button = QPushButton(self.tr("Day after →"), self)
        self.next_button.setAccessibleName(self.tr("Go to the day after"))
        top = FlowLayout()
        top.addWidget(kept_together(person_label, self.person, parent=self))
        top.addWidget(kept_together(day_label, self.day, parent=self))
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        layout.addLayout(top)

        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setAccessibleName(self.tr("Hours of caring on this day"))
        hours_label = plain_label(self.tr("&Hours caring:"), self)
        hours_label.setBuddy(self.hours)
        self.nights = QSpinBox(self)
        self.nights.setRange(0, 12)
        self.nights.setAccessibleName(self.tr("Times you were up in the night"))
        nights_label = plain_label(self.tr("Times up in the &night:"), self)
        nights_label.setBuddy(self.nights)
        self.feeling = QComboBox(self)
        self.feeling.setAccessibleName(self.tr("How you felt"))
        self.feeling.addItem(self.tr("Not said"), "")
        for value, words in FEELINGS.items():
            self.feeling.addItem(words, value)
        feeling_label = plain_label(self.tr("How you &felt:"), self)
        feeling_label.setBuddy(self.feeling)
        fields = FlowLayout()
        fields.addWidget(kept_together(hours_label, self.hours, parent=self))
        fields.addWidget(kept_together(nights_label, self.nights, parent=self))
        fields.addWidget(kept_together(feeling_label, self.feeling, parent=self))
        layout.addLayout(fields)

        layout.addWidget(plain_label(self.tr("What you helped with:"), self))
        self.task_boxes: dict[str, QCheckBox] = {}
        boxes = FlowLayout()
        for value, words in tasks:
            box = QCheckBox(words, self)
            box.setAccessibleName(words)
            self.task_boxes[value] = box
            boxes.addWidget(box)
        layout.addLayout(boxes)
        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)
        self.note.setAccessibleName(self.tr("A note about the day"))
        note_label = plain_label(self.tr("N&ote (what happened, in your words):"), self)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)

        self.save_button = QPushButton(self.tr("&Save this day"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save this day"))
        self.same_button = QPushButton(
            self.tr("Same as &yesterday ({SAME_AS_YESTERDAY})").format(
                SAME_AS_YESTERDAY=SAME_AS_YESTERDAY
            ),
            self,
        )
        self.same_button.setAccessibleName(self.tr("Fill in and save the same as the day before"))
        self.status = plain_label("", self, "saved_note")
        self.status.setAccessibleName(self.tr("Diary status"))
        actions = FlowLayout()
        for widget in (self.save_button, self.same_button, self.status):
            actions.addWidget(widget)
        layout.addLayout(actions)
        shortcut = QShortcut(QKeySequence(SAME_AS_YESTERDAY), self, self.same_as_yesterday)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.summary = plain_label("", self, "summary")
        self.summary.setAccessibleName(self.tr("What the last 4 weeks show"))
        layout.addWidget(self.summary)
        self.chart = WeekChart(self.tr("Chart of caring hours by week"), "hours", self)
        layout.addWidget(self.chart)
        self.table = text_table(
            self.tr("Caring hours by week"),
            [
                self.tr("Week (Sunday to Saturday)"),
                self.tr("Hours"),
                self.tr("Days written down"),
                self.tr("Nights up"),
                self.tr("35 hours?"),
            ],
            self,
        )
        layout.addWidget(self.table)

        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.day.dateChanged.connect(lambda _d: self.show_day())
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.save_button.clicked.connect(self.save)
        self.same_button.clicked.connect(self.same_as_yesterday)
        name_inner_editors(self)
        self.reload()

    @property
    def person_number(self) -> int:
        return int(self.person.currentData() or 1)

    @property
    def current_day(self) -> date:
        return _pydate(self.day.date())

    def step(self, days: int) -> None:
        self.day.setDate(self.day.date().addDays(days))

    def reload(self) -> None:
        """Read this person's diary from the store and show it: the day, the weeks, the chart."""
        self.entries = {
            e.day: e for e in records.load_diary(self.store, self.case_id, self.person_number)
        }
        self.show_day()
        self.show_weeks()

    def show_day(self) -> None:
        entry = self.entries.get(self.current_day)
        self.hours.setValue(entry.hours if entry else 0)
        self.nights.setValue(entry.nights if entry else 0)
        self.feeling.setCurrentIndex(max(self.feeling.findData(entry.feeling if entry else ""), 0))
        for value, box in self.task_boxes.items():
            box.setChecked(bool(entry and value in entry.tasks))
        self.note.setText(entry.note if entry else "")
        self.status.setText(self.tr("Written down") if entry else self.tr("Not written down yet"))
        self.next_button.setEnabled(self.current_day < self.today())

    def form_entry(self, day: date | None = None) -> DiaryEntry:
        return make_entry(
            day or self.current_day,
            self.person_number,
            self.hours.value(),
            [value for value, box in self.task_boxes.items() if box.isChecked()],
            self.nights.value(),
            str(self.feeling.currentData() or ""),
            self.note.text(),
        )

    def save(self) -> bool:
        try:
            entry = self.form_entry()
            records.save_day(self.store, self.case_id, entry)
        except CarerHelpError as error:
            self.show_error(str(error))
            return False
        self.entries[entry.day] = entry
        self.status.setText(self.tr("Saved {day}").format(day=day_month(entry.day)))
        self.show_weeks()
        self.saved.emit()
        return True

    def same_as_yesterday(self) -> None:
        """Copy the day before into this day (its note left empty) and save it: one key."""
        before = self.entries.get(self.current_day - timedelta(days=1))
        if before is None:
            self.status.setText(self.tr("Nothing is written down for the day before."))
            return
        entry = before.same_on(self.current_day)
        try:
            records.save_day(self.store, self.case_id, entry)
        except CarerHelpError as error:
            self.show_error(str(error))
            return
        self.entries[entry.day] = entry
        self.show_day()
        self.status.setText(
            self.tr("Saved {day}, the same as the day before").format(day=day_month(entry.day))
        )
        self.show_weeks()
        self.saved.emit()

    def show_weeks(self) -> None:
        entries = list(self.entries.values())
        weeks = totals_of(entries)
        fill(
            self.table,
            [
                (
                    week_range(week.start, week.end, self.phrases),
                    number(week.hours),
                    self.tr("{days_recorded} of 7").format(days_recorded=week.days_recorded),
                    str(week.nights_disturbed),
                    diary_flag(week, self.phrases),
                )
                for week in weeks
            ],
        )
        self.chart.set_data(
            [Bar(short_day_month(w.start), w.hours, w.under_35) for w in weeks],
            FULL_CARE_HOURS,
            self.tr("{FULL_CARE_HOURS} hours").format(FULL_CARE_HOURS=FULL_CARE_HOURS),
        )
        summary = summarise(entries, self.person_number)
        if summary is None:
            self.summary.setText(self.tr("Nothing is written down yet for this person."))
        else:
            name = person_name(self.questionnaire, self.answers, self.person_number)
            self.summary.setText(
                f"{diary_sentence(summary, name, self.phrases)} "
                f"{under_35_sentence(summary, self.phrases)}"
            )


class DiaryPage(QWidget):
    """The diary and the earnings log of the open case, in two tabs, with the way back."""

    back_requested = Signal()
    pack_requested = Signal()
    change_letter_requested = Signal()

    def __init__(
        self,
        store: Any,
        case_id: int,
        content: Content,
        answers: dict[str, Any],
        today: Callable[[], date],
        show_error: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from carerhelp.ui.earnings_tab import EarningsTab

        # Each tab scrolls on its own, so a change inside one lays out only that tab.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = HeaderArea(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 4)
        heading = plain_label(
            self.tr("Caring diary and earnings"), body
        )  # the name is in the top bar
        mark_heading(heading)
        buttons = FlowLayout()
        buttons.addWidget(heading)
        self.back_button = QPushButton(self.tr("Back to my results"), body)
        self.back_button.setAccessibleName(self.tr("Back to my results"))
        self.pack_button = QPushButton(self.tr("Print my assessment pack"), body)
        self.pack_button.setAccessibleName(self.tr("Make the Prepare for your assessment pack"))
        for button in (self.back_button, self.pack_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.header.setWidget(body)
        outer.addWidget(self.header)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Diary or earnings"))
        self.diary = DiaryTab(
            store, case_id, content.questionnaire, answers, today, show_error, content.phrases
        )
        self.earnings = EarningsTab(
            store,
            case_id,
            answers,
            today,
            show_error,
            content.rates,
            content.earnings_rules,
            content.phrases,
        )
        self.scroll_areas: list[PageScrollArea] = []
        for tab, title in ((self.diary, self.tr("&Diary")), (self.earnings, self.tr("&Earnings"))):
            area = PageScrollArea(self.tabs)
            area.setWidget(tab)
            self.scroll_areas.append(area)
            self.tabs.addTab(area, title)
        outer.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back_requested)
        self.pack_button.clicked.connect(self.pack_requested)
        self.earnings.change_letter_requested.connect(self.change_letter_requested)
