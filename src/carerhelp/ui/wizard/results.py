"""Results: findings by topic, each with its status in words, reason, law and next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.model import Status, Topic
from carerhelp.domain.phrases import RenderedFinding
from carerhelp.ui.accessible import mark_heading
from carerhelp.ui.flow import FlowLayout
from carerhelp.ui.scroll import fill_with_scroll_area

# A symbol as well as words and colour, so no meaning rests on colour alone.
STATUS_SYMBOL = {
    Status.ENTITLED: "✔",
    Status.LIKELY: "✔",
    Status.POSSIBLE: "?",
    Status.NEED_MORE_INFO: "?",
    Status.UNLIKELY: "✖",
    Status.NOT_ELIGIBLE: "✖",
}


def group_findings(
    findings: list[RenderedFinding],
) -> list[tuple[Topic, list[RenderedFinding]]]:
    return [
        (topic, [f for f in findings if f.topic == topic])
        for topic in Topic
        if any(f.topic == topic for f in findings)
    ]


class ResultsPage(QWidget):
    """Shows the findings for a case. Buttons lead to the letter and back to the answers."""

    letter_requested = Signal()
    answers_requested = Signal()
    diary_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scroll_area = fill_with_scroll_area(self)
        self.cards: list[QFrame] = []

    def show_findings(
        self, findings: list[RenderedFinding], carer_name: str = "", *, can_make_letter: bool = True
    ) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        heading = QLabel(
            self.tr("What the law gives you, {name}").format(name=carer_name)
            if carer_name
            else self.tr("What the law gives you"),
            body,
        )
        mark_heading(heading)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(
            self.tr(
                "This is based on your answers. It is not legal advice. Each part says why, and "
                "which law it comes from, so you can show it to others."
            ),
            body,
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)

        top = FlowLayout()
        self.letter_button = QPushButton(self.tr("Make my letter to the council"), body)
        self.letter_button.setObjectName("primary")
        self.letter_button.setAccessibleName(self.tr("Make my letter to the council"))
        self.letter_button.setEnabled(can_make_letter)
        self.answers_button = QPushButton(self.tr("Back to my answers"), body)
        self.answers_button.setAccessibleName(self.tr("Back to check my answers"))
        self.diary_button = QPushButton(self.tr("My caring diary and earnings"), body)
        self.diary_button.setAccessibleName(self.tr("Open my caring diary and earnings log"))
        top.addWidget(self.letter_button)
        top.addWidget(self.answers_button)
        top.addWidget(self.diary_button)
        layout.addLayout(top)
        if not can_make_letter:
            blocked = QLabel(
                self.tr("A new letter can't be made because consent for this case was withdrawn."),
                body,
            )
            blocked.setObjectName("error")
            blocked.setWordWrap(True)
            layout.addWidget(blocked)

        self.cards = []
        for _topic, items in group_findings(findings):
            title = QLabel(items[0].topic_label, body)
            title.setObjectName("subheading")
            layout.addWidget(title)
            for finding in items:
                card = self._card(finding, body)
                layout.addWidget(card)
                self.cards.append(card)
        layout.addStretch(1)
        self.letter_button.clicked.connect(self.letter_requested)
        self.answers_button.clicked.connect(self.answers_requested)
        self.diary_button.clicked.connect(self.diary_requested)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(body)
        self.letter_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _card(self, finding: RenderedFinding, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("card")
        card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        card.setAccessibleName(f"{finding.title}. {finding.status_label}.")
        card.setAccessibleDescription(finding.why)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(finding.title, card)
        title.setObjectName("subheading")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        status = QLabel(f"{STATUS_SYMBOL[finding.status]}  {finding.status_label}", card)
        status.setStyleSheet("font-weight: bold;")
        why = QLabel(finding.why, card)
        why.setWordWrap(True)
        why.setTextFormat(Qt.TextFormat.PlainText)
        sources = []
        if finding.citation:
            sources.append(self.tr("The law: {citation}").format(citation=finding.citation))
        if finding.guidance:
            sources.append(
                self.tr("More information: {guidance}").format(guidance=finding.guidance)
            )
        for widget in (title, status, why):
            layout.addWidget(widget)
        for text in sources:
            law = QLabel(text, card)
            law.setObjectName("hint")
            law.setWordWrap(True)
            law.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(law)
        if finding.next_steps:
            steps_title = QLabel(self.tr("What to do next:"), card)
            steps_title.setStyleSheet("font-weight: bold;")
            layout.addWidget(steps_title)
            for step in finding.next_steps:
                item = QLabel(f"•  {step}", card)
                item.setWordWrap(True)
                item.setTextFormat(Qt.TextFormat.PlainText)
                layout.addWidget(item)
        return card
