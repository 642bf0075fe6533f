"""One input widget per kind of question, named for screen readers, read back as a raw value."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.errors import ValidationError
from carerhelp.ui.language import QT_TRANSLATE_NOOP

LONG_TEXT_THRESHOLD = 200
LIST_LABEL = QT_TRANSLATE_NOOP("inputs", "Council or Health and Social Care Trust:")


class OptionLabel(QLabel):
    """The words of a radio button or tick box, wrapped to any width; clicking them clicks the button.

    Qt's own radio buttons never wrap, so at 200% text long options would be cut off.
    """

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def mousePressEvent(self, event) -> None:
        self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        self.button.click()


def option_row(button: QAbstractButton, label: str, help_text: str, parent: QWidget) -> QWidget:
    """A button with its wrapped label (and any help under it), named for screen readers."""
    row = QWidget(parent)
    row.setObjectName("option_row")  # the focus ring goes round the button and its words
    layout = QGridLayout(row)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setHorizontalSpacing(8)
    button.setAccessibleName(label)
    if help_text:
        button.setAccessibleDescription(help_text)
        button.setToolTip(help_text)
    text = OptionLabel(label, button, row)
    layout.addWidget(button, 0, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 0, 1)
    if help_text:
        hint = QLabel(help_text, row)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint, 1, 1)
    layout.setColumnStretch(1, 1)
    return row


def kind_name(question: Any) -> str:
    kind = question.kind
    return str(getattr(kind, "value", kind))


_ARROW_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}


class RadioKeys(QObject):
    """Arrow keys move through a group of radio buttons *and* choose, as in any native radio group.

    Qt only moves a highlight when nothing is chosen yet, so the highlighted answer and the saved one
    could differ. Here the highlighted answer is always the chosen one; the ends wrap round.
    """

    def __init__(self, buttons: list[QRadioButton], parent: QObject) -> None:
        super().__init__(parent)
        self.buttons = buttons
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.buttons:
            return False
        assert isinstance(event, QKeyEvent)
        step = _ARROW_STEPS.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        index = (self.buttons.index(watched) + step) % len(self.buttons)
        chosen = self.buttons[index]
        chosen.setFocus(Qt.FocusReason.TabFocusReason)
        chosen.setChecked(True)
        return True


class AnswerInput(QObject):
    """Base: a container widget, a `changed` signal, and raw values in and out.

    `raw()` returns what the domain's `parse` expects, or None when nothing is filled in.
    It raises ValidationError for input that cannot even be read (letters in a number box).
    """

    changed = Signal()

    def __init__(
        self, question: Any, parent: QWidget | None = None, *, group: bool = False
    ) -> None:
        super().__init__(parent)
        self.question = question
        # Radio buttons and tick boxes sit in a group named by the question, as a fieldset is.
        self.widget = QGroupBox(parent) if group else QWidget(parent)
        self.widget.setObjectName("answers" if group else f"input_{question.id}")
        if group:
            self.widget.setAccessibleName(question.text)
            if question.help:
                self.widget.setAccessibleDescription(question.help)
        self.layout = QVBoxLayout(self.widget)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.setSpacing(6)

    def raw(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self.widget

    def tab_stops(self) -> list[QWidget]:
        """The controls Tab reaches in this answer, in order."""
        from carerhelp.ui.focus import tab_stops

        return tab_stops(self.widget)

    def fields(self) -> list[QWidget]:
        """Every control that holds part of the answer (each is marked when the answer is wrong)."""
        return [self.focus_target()]

    def set_invalid(self, message: str | None) -> None:
        """Mark the answer as wrong: a thick red border, and "Error: …" read by screen readers."""
        for target in self.fields():
            base = target.property("plain_description")
            if base is None:
                base = target.accessibleDescription()
                target.setProperty("plain_description", base)
            target.setProperty("invalid", "true" if message else "false")
            described = self.tr("Error: {message}").format(message=message) if message else ""
            target.setAccessibleDescription(" ".join(p for p in (described, base) if p))
            target.style().unpolish(target)
            target.style().polish(target)


class ChoiceInput(AnswerInput):
    """Radio buttons: yes/no, or one of a short list of options."""

    def __init__(self, question: Any, options: list[tuple[Any, str, str]], parent=None) -> None:
        super().__init__(question, parent, group=True)
        self.group = QButtonGroup(self.widget)
        self.group.setExclusive(True)
        self.buttons: list[tuple[Any, QRadioButton]] = []
        for index, (value, label, help_text) in enumerate(options):
            button = QRadioButton(self.widget)
            button.setObjectName(f"{question.id}_{value}")
            self.group.addButton(button, index)
            self.layout.addWidget(option_row(button, label, help_text, self.widget))
            self.buttons.append((value, button))
        self.group.idToggled.connect(self._toggled)
        self.keys = RadioKeys([button for _value, button in self.buttons], self)

    def tab_stops(self) -> list[QWidget]:
        """A radio group is one Tab stop: the chosen answer, or the first when none is chosen."""
        return [self.focus_target()]

    def fields(self) -> list[QWidget]:
        return [button for _value, button in self.buttons]

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def raw(self) -> Any:
        for value, button in self.buttons:
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        for option_value, button in self.buttons:
            if option_value == value:
                button.setChecked(True)
                return

    def focus_target(self) -> QWidget:
        for _value, button in self.buttons:
            if button.isChecked():
                return button
        return self.buttons[0][1] if self.buttons else self.widget


class MultiChoiceInput(AnswerInput):
    """Check boxes: any number of options."""

    def __init__(self, question: Any, parent=None) -> None:
        super().__init__(question, parent, group=True)
        self.boxes: list[tuple[str, QCheckBox]] = []
        for option in question.options:
            box = QCheckBox(self.widget)
            box.setObjectName(f"{question.id}_{option.value}")
            box.toggled.connect(lambda _checked: self.changed.emit())
            self.layout.addWidget(
                option_row(box, option.label, getattr(option, "help", "") or "", self.widget)
            )
            self.boxes.append((option.value, box))

    def raw(self) -> Any:
        chosen = [value for value, box in self.boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for option_value, box in self.boxes:
            box.setChecked(option_value in chosen)

    def focus_target(self) -> QWidget:
        return self.boxes[0][1] if self.boxes else self.widget

    def fields(self) -> list[QWidget]:
        return [box for _value, box in self.boxes]


class LineInput(AnswerInput):
    """A one-line box: short text, numbers and money (with a £ sign before it)."""

    def __init__(self, question: Any, parent=None, prefix: str = "", suffix: str = "") -> None:
        super().__init__(question, parent)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.edit = QLineEdit(self.widget)
        self.edit.setObjectName(f"field_{question.id}")
        self.edit.setAccessibleName(question.text)
        if question.help:
            self.edit.setAccessibleDescription(question.help)
        max_length = getattr(question, "max_length", None)
        if max_length:
            self.edit.setMaxLength(int(max_length))
        if prefix:
            label = QLabel(prefix, self.widget)
            label.setAccessibleName("pounds")
            row.addWidget(label)
        row.addWidget(self.edit, 1)
        if suffix:
            row.addWidget(QLabel(suffix, self.widget))
        self.layout.addLayout(row)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())

    def raw(self) -> Any:
        text = self.edit.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class NumberInput(LineInput):
    """A whole or decimal number; words in the box get a plain message."""

    def raw(self) -> Any:
        text = self.edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(self.tr("Enter a number, using digits, like 35.")) from None
        return int(number) if number == number.to_integral_value() else float(number)

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setText("")
        elif isinstance(value, float) and value.is_integer():
            self.edit.setText(str(int(value)))
        else:
            self.edit.setText(str(value))


class MoneyInput(NumberInput):
    """An amount in pounds; "£1,250.50" and "1250.5" both read as 1250.5."""

    def __init__(self, question: Any, parent=None) -> None:
        super().__init__(question, parent, prefix="£")

    def raw(self) -> Any:
        text = self.edit.text().strip().replace("£", "").replace(",", "")
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                self.tr("Enter an amount in pounds, like 150 or 150.50.")
            ) from None
        if amount.as_tuple().exponent < -2:  # type: ignore[operator]
            raise ValidationError(self.tr("Enter pounds and pence only, like 150.50."))
        return int(amount) if amount == amount.to_integral_value() else float(amount)

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setText("")
        else:
            amount = Decimal(str(value))
            text = f"{amount:.2f}"
            self.edit.setText(text[:-3] if text.endswith(".00") else text)


class TextAreaInput(AnswerInput):
    """A big box for an address or long answers in the carer's own words."""

    def __init__(self, question: Any, parent=None) -> None:
        super().__init__(question, parent)
        self.edit = QPlainTextEdit(self.widget)
        self.edit.setObjectName(f"field_{question.id}")
        self.edit.setAccessibleName(question.text)
        if question.help:
            self.edit.setAccessibleDescription(question.help)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 6)
        self.max_length = int(getattr(question, "max_length", 0) or 0)
        self.counter = QLabel(self.widget)
        self.counter.setObjectName("caption")
        self.layout.addWidget(self.edit)
        if self.max_length:
            self.layout.addWidget(self.counter)
        self.edit.textChanged.connect(self._on_text)
        self._update_counter()

    def _on_text(self) -> None:
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        if self.max_length:
            left = self.max_length - len(self.edit.toPlainText())
            if left >= 0:
                self.counter.setText(
                    self.tr("You can type {left:,} more characters.").format(left=left)
                )
            else:
                self.counter.setText(
                    self.tr("This is {value:,} characters too long.").format(value=-left)
                )

    def raw(self) -> Any:
        text = self.edit.toPlainText().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class DateInput(AnswerInput):
    """Day, month and year in three boxes, as on GOV.UK forms; read back as YYYY-MM-DD."""

    def __init__(self, question: Any, parent=None) -> None:
        super().__init__(question, parent)
        example = QLabel(self.tr("For example, 27 3 2024"), self.widget)
        example.setObjectName("hint")
        self.layout.addWidget(example)
        row = QHBoxLayout()
        self.parts: list[QLineEdit] = []
        for name, width in ((self.tr("Day"), 3), (self.tr("Month"), 3), (self.tr("Year"), 5)):
            column = QVBoxLayout()
            label = QLabel(name, self.widget)
            edit = QLineEdit(self.widget)
            edit.setObjectName(f"field_{question.id}_{name.lower()}")
            edit.setAccessibleName(f"{name} — {question.text}")
            edit.setMaxLength(4 if name == "Year" else 2)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * width * 2 + 24)
            label.setBuddy(edit)
            edit.textEdited.connect(lambda _text: self.changed.emit())
            column.addWidget(label)
            column.addWidget(edit)
            row.addLayout(column)
            self.parts.append(edit)
        row.addStretch(1)
        self.layout.addLayout(row)

    def raw(self) -> Any:
        day, month, year = (edit.text().strip() for edit in self.parts)
        if not (day or month or year):
            return None
        if not (day.isdigit() and month.isdigit() and year.isdigit()) or len(year) != 4:
            raise ValidationError(
                self.tr("Enter the date as day, month and year in numbers, like 27 3 2024.")
            )
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"

    def set_value(self, value: Any) -> None:
        if not value:
            for edit in self.parts:
                edit.setText("")
            return
        year, month, day = str(value).split("-")
        for edit, text in zip(self.parts, (day, month, year), strict=True):
            edit.setText(text.lstrip("0") if edit is not self.parts[2] else text)

    def focus_target(self) -> QWidget:
        return self.parts[0]

    def fields(self) -> list[QWidget]:
        return list(self.parts)


class CouncilInput(AnswerInput):
    """A list of councils (or HSC Trusts) for the nation chosen earlier; type letters to jump."""

    def __init__(self, question: Any, authorities: list[Any], parent=None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox(self.widget)
        self.combo.setObjectName(f"field_{question.id}")
        self.combo.setAccessibleName(question.text)
        self.combo.setEditable(False)
        self.combo.addItem(self.tr("Choose from the list"), None)
        for authority in authorities:
            self.combo.addItem(authority.name, authority.id)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        hint = QLabel(
            self.tr("Tip: type the first letters of the name to jump to it."), self.widget
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        # A list is read out by its label (on Linux a list's own name is its chosen value).
        label = QLabel(QCoreApplication.translate("inputs", LIST_LABEL), self.widget)
        label.setBuddy(self.combo)
        label.setWordWrap(True)  # longer in Welsh than the window is wide at 200% text
        self.layout.addWidget(label)
        self.layout.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout.addWidget(hint)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def raw(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


def make_input(question: Any, authorities: list[Any], parent: QWidget | None = None) -> AnswerInput:
    """The right input widget for a question's kind."""
    kind = kind_name(question)
    if kind == "yes_no":
        return ChoiceInput(
            question,
            [
                (True, QCoreApplication.translate("inputs", "Yes"), ""),
                (False, QCoreApplication.translate("inputs", "No"), ""),
            ],
            parent,
        )
    if kind == "choice":
        options = [(o.value, o.label, getattr(o, "help", "") or "") for o in question.options]
        return ChoiceInput(question, options, parent)
    if kind == "multi_choice":
        return MultiChoiceInput(question, parent)
    if kind == "number":
        return NumberInput(question, parent)
    if kind == "money":
        return MoneyInput(question, parent)
    if kind == "date":
        return DateInput(question, parent)
    if kind == "council":
        return CouncilInput(question, authorities, parent)
    if kind == "address":
        return TextAreaInput(question, parent)
    max_length = int(getattr(question, "max_length", 0) or 0)
    if max_length and max_length <= LONG_TEXT_THRESHOLD:
        return LineInput(question, parent)
    return TextAreaInput(question, parent)
