"""The earnings log: each payment with its deductions, each week against the limit, a warning before a week goes over."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.diary import week_start
from carerhelp.domain.earnings import (
    MAX_PAY,
    MAX_TAKINGS,
    EarningsRules,
    EarningsWeek,
    PayEntry,
    earnings_weeks,
    limit_for_week,
    make_pay,
    warnings_for,
)
from carerhelp.domain.errors import CarerHelpError
from carerhelp.domain.evidence import earnings_flag, limit_change_note, week_line, week_range
from carerhelp.domain.phrases import Phrases
from carerhelp.domain.rates import Rates, money
from carerhelp.storage import diary as records
from carerhelp.ui.flow import FlowLayout, kept_together, plain_label
from carerhelp.ui.language import short_date, short_day_month
from carerhelp.ui.text_table import fill, text_table
from carerhelp.ui.week_chart import Bar, WeekChart


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def warning_text(
    weeks: list[EarningsWeek], office: str, phrases: Phrases, averaged: bool = False
) -> str:
    """What to say before keeping a payment that takes a week over the limit, or near it.
    `averaged`: Carer Support Payment, where Social Security Scotland works out an average."""
    over = [w for w in weeks if w.over]
    lines = [week_line(w, phrases) for w in weeks]
    if over and averaged:
        lines.append(
            QCoreApplication.translate(
                "earnings_tab",
                "If this is right, that week's take home pay is over the limit. Social Security "
                "Scotland works out your average take home pay, so one week over may not stop "
                "your Carer Support Payment, but tell {office} about the change. Keep it anyway?",
            ).format(office=office)
        )
    elif over:
        lines.append(
            QCoreApplication.translate(
                "earnings_tab",
                "If this is right, that week goes over the earnings limit: you would get no "
                "Carer's Allowance for it, and you should tell the {office}. Keep it anyway?",
            ).format(office=office)
        )
    else:
        lines.append(
            QCoreApplication.translate("earnings_tab", "This is close to the limit. Keep it?")
        )
    return "\n\n".join(lines)


class EarningsTab(QWidget):
    change_letter_requested = Signal()

    def __init__(
        self,
        store: Any,
        case_id: int,
        answers: dict[str, Any],
        today: Callable[[], date],
        show_error: Callable[[str], None],
        rates: Rates,
        rules: EarningsRules,
        phrases: Phrases,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.case_id, self.today, self.show_error = store, case_id, today, show_error
        self.rates = rates
        self.rules = rules
        self.phrases = phrases  # the content's language: the weeks and warnings speak it
        self.nation = str(answers.get("nation") or "")
        self.office = self.rules.office(self.nation)
        self.payments: list[tuple[int, PayEntry]] = []
        self.editing: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Write down each payment: the days it was for, and what was taken off. CarerHelp "
                    "takes off tax, National Insurance, half of what you pay into a pension, and what"
                    " you pay someone (not a close relative) to care while you work, up to half of "
                    "your pay. It warns you before a week goes over the limit. If you work for "
                    "yourself, tick the box below and write down a period of up to a year: your "
                    "takings, business expenses, and the tax and National Insurance on the profit."
                ),
                self,
            )
        )
        self.room = plain_label("", self, "summary")
        self.room.setAccessibleName(self.tr("This week's earnings limit"))
        layout.addWidget(self.room)
        sunday = week_start(today())
        self.start = self._date_edit(self.tr("First day the pay is for"), sunday)
        self.end = self._date_edit(self.tr("Last day the pay is for"), sunday + timedelta(days=6))
        self.self_employed = QCheckBox(self.tr("I &work for myself (self-employed)"), self)
        self.self_employed.setAccessibleName(
            self.tr("These earnings are from working for myself (self-employed)")
        )
        self.self_employed.setAccessibleDescription(
            self.tr(
                "Write down a period of up to a year: your takings, your business expenses, and "
                "the tax and National Insurance on the profit."
            )
        )
        layout.addWidget(self.self_employed)
        dates = FlowLayout()
        dates.addWidget(self._pair(self.tr("&From:"), self.start))
        dates.addWidget(self._pair(self.tr("&To:"), self.end))
        layout.addLayout(dates)
        self.amounts: dict[str, QDoubleSpinBox] = {}
        self.amount_labels: dict[str, QWidget] = {}
        money_row = FlowLayout()
        for key, words in (
            ("gross", self.tr("Pay before deductions")),
            ("expenses", self.tr("Business expenses")),
            ("tax", self.tr("Income Tax")),
            ("national_insurance", self.tr("National Insurance")),
            ("pension", self.tr("Paid into a pension")),
            ("care_costs", self.tr("Paid for care while at work")),
        ):
            box = QDoubleSpinBox(self)
            box.setRange(0, float(MAX_PAY))
            box.setDecimals(2)
            box.setPrefix("£")
            box.setAccessibleName(words)
            self.amounts[key] = box
            self.amount_labels[key] = self._pair(f"{words}:", box)
            money_row.addWidget(self.amount_labels[key])
        layout.addLayout(money_row)
        self.self_employed.toggled.connect(self._show_kind)
        self._show_kind(False)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("A note about this payment"))
        layout.addWidget(self._pair(self.tr("N&ote:"), self.note))
        self.save_button = QPushButton(self.tr("&Add this payment"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Add this payment"))
        self.delete_button = QPushButton(self.tr("&Remove the chosen payment"), self)
        self.delete_button.setAccessibleName(self.tr("Remove the chosen payment"))
        self.new_button = QPushButton(self.tr("&New payment"), self)
        self.new_button.setAccessibleName(self.tr("Start a new payment"))
        self.letter_button = QPushButton(self.tr("Write a &change of circumstances letter"), self)
        self.letter_button.setAccessibleName(
            self.tr("Write a change of circumstances letter to the {name}").format(
                name=self.office.name
            )
        )
        self.status = plain_label("", self, "saved_note")
        row = FlowLayout()
        for widget in (
            self.save_button,
            self.new_button,
            self.delete_button,
            self.letter_button,
            self.status,
        ):
            row.addWidget(widget)
        layout.addLayout(row)

        self.payments_table = text_table(
            self.tr("Payments written down"),
            [self.tr("Days"), self.tr("Pay"), self.tr("Counted"), self.tr("Note")],
            self,
        )
        self.weeks_table = text_table(
            self.tr("Earnings by week against the limit"),
            [
                self.tr("Week (Sunday to Saturday)"),
                self.tr("Counted"),
                self.tr("Against the limit"),
            ],
            self,
        )
        self.chart = WeekChart(
            self.tr("Chart of earnings by week against the limit"), "pounds", self
        )
        self.limit_note = plain_label("", self)
        self.limit_note.setAccessibleName(self.tr("A week when the earnings limit changed"))
        layout.addWidget(self.payments_table)
        layout.addWidget(self.chart)
        layout.addWidget(self.weeks_table)
        layout.addWidget(self.limit_note)
        title, paragraphs, _rule = self.rules.averaging_for(self.nation)
        heading = plain_label(title, self, "subheading")
        layout.addWidget(heading)
        for paragraph in paragraphs:
            layout.addWidget(plain_label(paragraph, self))
        layout.addWidget(plain_label(self.office.how, self))
        title, paragraphs, _rule = self.rules.self_employed
        layout.addWidget(plain_label(title, self, "subheading"))
        for paragraph in paragraphs:
            layout.addWidget(plain_label(paragraph, self))

        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.clear)
        self.delete_button.clicked.connect(self.delete)
        self.letter_button.clicked.connect(self.change_letter_requested)
        from carerhelp.ui.diary_page import name_inner_editors

        name_inner_editors(self)
        self.payments_table.selectionModel().selectionChanged.connect(
            lambda _new, _old: self.edit_chosen()
        )
        self.reload()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMMM yyyy")
        edit.setAccessibleName(name)
        return edit

    def _pair(self, text: str, field: QWidget) -> QWidget:
        label = plain_label(text, self)
        label.setBuddy(field)
        label.setWordWrap(False)
        return kept_together(label, field, parent=self)

    def _show_kind(self, self_employed: bool) -> None:
        """Pay from a job, or a self-employed period's takings less its business expenses."""
        words = self.tr("Takings (money in)") if self_employed else self.tr("Pay before deductions")
        label = self.amount_labels["gross"].findChild(QLabel)
        if label is not None:
            label.setText(f"{words}:")
        self.amounts["gross"].setAccessibleName(words)
        for key in ("gross", "expenses", "tax", "national_insurance", "pension", "care_costs"):
            self.amounts[key].setMaximum(float(MAX_TAKINGS if self_employed else MAX_PAY))
        self.amount_labels["expenses"].setVisible(self_employed)
        if not self_employed:
            self.amounts["expenses"].setValue(0)

    def form_pay(self) -> PayEntry:
        values = {key: Decimal(f"{box.value():.2f}") for key, box in self.amounts.items()}
        return make_pay(
            _pydate(self.start.date()),
            _pydate(self.end.date()),
            note=self.note.text(),
            self_employed=self.self_employed.isChecked(),
            **values,
        )

    def reload(self) -> None:
        self.payments = records.load_pay(self.store, self.case_id)
        fill(
            self.payments_table,
            [
                (
                    self.tr("{start} to {end}").format(
                        start=short_date(pay.start), end=short_date(pay.end)
                    ),
                    self.tr("{takings} takings, {expenses} expenses").format(
                        takings=money(pay.gross), expenses=money(pay.expenses)
                    )
                    if pay.self_employed
                    else money(pay.gross),
                    self.tr("{counted} ({weekly} a week on average)").format(
                        counted=money(pay.counted), weekly=money(pay.weekly)
                    )
                    if pay.self_employed
                    else money(pay.counted),
                    pay.note,
                )
                for _id, pay in self.payments
            ],
        )
        weeks = earnings_weeks([p for _id, p in self.payments], self.rates)
        note = limit_change_note(weeks, self.rules, self.nation)
        self.limit_note.setText(note)
        self.limit_note.setVisible(bool(note))
        changed = self.tr(" (limit changed this week: the lower one used)")
        fill(
            self.weeks_table,
            [
                (
                    week_range(week.start, week.end, self.phrases),
                    money(week.earnings),
                    earnings_flag(week, self.phrases) + (changed if week.limit_changed else ""),
                )
                for week in weeks
            ],
        )
        limit, _changed = limit_for_week(week_start(self.today()), self.rates)
        self.chart.set_data(
            [Bar(short_day_month(w.start), float(w.earnings), w.over) for w in weeks],
            float(limit) if limit is not None else None,
            self.tr("limit {amount}").format(amount=money(limit)) if limit is not None else "",
        )
        this_week = next((w for w in weeks if w.start == week_start(self.today())), None)
        if limit is None:
            self.room.setText(self.tr("CarerHelp has no confirmed earnings limit for this week."))
        else:
            earned = this_week.earnings if this_week else Decimal("0")
            self.room.setText(
                f"This week's limit is {money(limit)} after deductions. So far this week: "
                f"{money(earned)}; {money(max(limit - earned, Decimal('0')))} to spare."
            )
        over = [w for w in weeks if w.over]
        self.letter_button.setVisible(bool(over))

    def clear(self) -> None:
        self.editing = None
        self.payments_table.clearSelection()
        for box in self.amounts.values():
            box.setValue(0)
        self.self_employed.setChecked(False)
        self.note.clear()
        self.save_button.setText(self.tr("&Add this payment"))
        self.status.setText("")

    def edit_chosen(self) -> None:
        rows = {index.row() for index in self.payments_table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return
        pay_id, pay = self.payments[rows.pop()]
        self.editing = pay_id
        self.self_employed.setChecked(pay.self_employed)
        self.start.setDate(_qdate(pay.start))
        self.end.setDate(_qdate(pay.end))
        for key, box in self.amounts.items():
            box.setValue(float(getattr(pay, key)))
        self.note.setText(pay.note)
        self.save_button.setText(self.tr("&Save changes to this payment"))

    def save(self, *, confirm: Callable[[str], bool] | None = None) -> bool:
        """Keep the payment; if it would put a week over the limit (or close), ask first."""
        try:
            pay = self.form_pay()
        except CarerHelpError as error:
            self.show_error(str(error))
            return False
        others = [p for pay_id, p in self.payments if pay_id != self.editing]
        warned = warnings_for(pay, others, self.rates)
        ask = confirm or self._confirm
        averaged = self.rules.benefit_key(self.nation) == "carer_support_payment"
        if warned and not ask(warning_text(warned, self.office.name, self.phrases, averaged)):
            self.status.setText(self.tr("Not kept."))
            return False
        try:
            if self.editing is None:
                records.add_pay(self.store, self.case_id, pay)
            else:
                records.update_pay(self.store, self.case_id, self.editing, pay)
        except CarerHelpError as error:
            self.show_error(str(error))
            return False
        self.reload()
        self.clear()
        self.status.setText(self.tr("Payment kept."))
        return True

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.warning(
            self,
            "Check the earnings limit",
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        if self.editing is None:
            self.status.setText(self.tr("Choose a payment in the list first."))
            return
        records.delete_pay(self.store, self.case_id, self.editing)
        self.reload()
        self.clear()
        self.status.setText(self.tr("Payment removed."))
