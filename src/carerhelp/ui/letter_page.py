"""The letter screen: choose the letter and recipient, see the real pages, print or save."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carerhelp.domain.errors import CarerHelpError
from carerhelp.storage.diary import load_diary
from carerhelp.storage.safety import atomic_write, refuse_store_path
from carerhelp.ui.accessible import mark_heading
from carerhelp.ui.flow import FlowLayout, plain_label
from carerhelp.ui.language import file_dialog_options, long_day
from carerhelp.ui.printing import pdf_page_images, pdf_text, print_pdf
from carerhelp.ui.scroll import PageScrollArea
from carerhelp.ui.sent_dialog import SentPanel
from carerhelp.ui.tasks import run_in_background
from carerhelp.ui.theme import say_why_disabled
from carerhelp.ui.wizard.inputs import RadioKeys, option_row

if TYPE_CHECKING:
    from carerhelp.domain.authorities import Authorities, Authority
    from carerhelp.domain.content import Content
    from carerhelp.storage.cases import CaseStore


def make_letter_pdf(
    kind: str,
    answers: dict[str, Any],
    findings: list[Any],
    on: date,
    recipient: Any,
    team: str | None,
    helper_name: str | None,
    large_print: bool,
    content: Content,
    events: list[Any] | None = None,
    diary: Sequence[Any] = (),
) -> tuple[bytes, list[str]]:
    """Build and render one letter (runs off the UI thread). A reminder, complaint or ombudsman
    pack (a spec that `follows_up`) is made from the case's timeline, `events`; the caring diary,
    if kept, joins a letter's caring picture."""
    from carerhelp.letters import build_followup, build_letter, render_pdf

    if content.letters[kind].follows_up:
        followup = build_followup(
            kind,
            answers,
            findings,
            list(events or []),
            on,
            content=content,
            recipient=recipient,
            team=team or None,
            helper_name=helper_name,
            large_print=large_print,
        )
        return render_pdf(followup), list(followup.warnings)
    document = build_letter(
        kind,
        answers,
        findings,
        on,
        content=content,
        recipient=recipient,
        team=team,
        helper_name=helper_name,
        large_print=large_print,
        diary=diary,
    )
    return render_pdf(document), list(document.warnings)


class LetterPage(QWidget):
    back_requested = Signal()
    rendered = Signal()
    timeline_requested = Signal()
    sent_recorded = Signal(int)  # the timeline event's id

    def __init__(
        self,
        store: CaseStore,
        case_id: int,
        answers: dict[str, Any],
        findings: list[Any],
        *,
        on: date,
        content: Content,
        helper_name: str | None = None,
        kind: str | None = None,
        content_in: Callable[[str, bool], Content | None] | None = None,
        findings_in: Callable[[Content], list[Any]] | None = None,
        parent=None,
    ) -> None:
        """`content` is in the interface's language. The letter's own language is chosen on this
        page: `content_in(lang, explain)` gives the content in it (None if it can't be read, said
        plainly if `explain`) and `findings_in(content)` the findings in its words."""
        from carerhelp.domain.questionnaire.tags import Tag
        from carerhelp.letters import letter_labels
        from carerhelp.letters.pack import CHANGE_OF_CIRCUMSTANCES, PACK

        super().__init__(parent)
        self.content = content
        self.letter_content = content  # the content in the letter's language (see letter_language)
        self._content_in = content_in
        self._findings_in = findings_in
        self.kind_labels = letter_labels(content.letters, content.phrases)
        # The diary's documents are kept with the letters too: the history names them in words.
        self.history_labels = {
            **self.kind_labels,
            PACK: content.phrases.text("pack.title"),
            CHANGE_OF_CIRCUMSTANCES: content.phrases.text("pack.change.subject"),
        }
        self.store = store
        self.case_id = case_id
        self.answers = answers
        self.findings = findings
        self.on = on
        self.helper_name = helper_name
        self.pdf: bytes | None = None
        self.showing_stored: int | None = None
        self._stored_hashes: dict[str, int] = {}
        self._asked: set[int] = set()
        self._asking: int | None = None
        self._request = 0
        # The letter's language: the one the carer asked for, else the interface's.
        asked = content.questionnaire.tagged_answer(answers, Tag.LANGUAGE)
        wanted = {"english": "en", "welsh": "cy"}.get(str(asked), content.lang)
        if wanted != content.lang and not self._load_letter_language(wanted, explain=False):
            wanted = content.lang
        self.authority = self._find_authority(
            self.letter_content.authorities, answers.get("nation"), answers.get("council")
        )

        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(16)
        controls_area = PageScrollArea(self)
        controls = QWidget()
        controls_area.setWidget(controls)
        form = QVBoxLayout(controls)
        form.setSpacing(8)
        heading = QLabel(self.tr("Your letter"), controls)
        mark_heading(heading)
        form.addWidget(heading)
        form.addWidget(plain_label(self.tr("Which letter?"), controls, "subheading"))
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        default_kind = kind or content.letters.first_kind(
            content.questionnaire.active_answers(answers)
        )
        for kind, label in self.kind_labels.items():
            button = QRadioButton(controls)
            button.setChecked(kind == default_kind)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            form.addWidget(option_row(button, label, "", controls))
        language_label = QLabel(self.tr("&Language of the letter:"), controls)
        language_label.setObjectName("subheading")
        self.language_combo = QComboBox(controls)
        self.language_combo.setObjectName("letter_language")
        self.language_combo.setAccessibleName(self.tr("Language of the letter"))
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Welsh"), "cy")
        self.language_combo.setCurrentIndex(self.language_combo.findData(wanted))
        language_label.setBuddy(self.language_combo)
        form.addWidget(language_label)
        form.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(plain_label(self.tr("Who it goes to"), controls, "subheading"))
        council = self.authority.name if self.authority else self.tr("Your council")
        self.council_label = plain_label(council, controls)
        form.addWidget(self.council_label)
        self.team_edit = QLineEdit(self._chosen_team(default_kind), controls)
        self.team_edit.setAccessibleName(self.tr("Team name"))
        self.team_edit.setCursorPosition(0)  # a long name shows its start, not its last letters
        self.address_edit = QPlainTextEdit(getattr(self.authority, "address", "") or "", controls)
        self.address_edit.setAccessibleName(self.tr("Address of the council"))
        self.address_edit.setPlaceholderText(self.tr("Type the council's address here"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumHeight(self.address_edit.fontMetrics().lineSpacing() * 6)
        for text, widget in (
            (self.tr("Team"), self.team_edit),
            (self.tr("Address"), self.address_edit),
        ):
            caption = plain_label(text, controls)
            caption.setBuddy(widget)
            form.addWidget(caption)
            form.addWidget(widget)
        form.addWidget(
            plain_label(
                self.tr(
                    "Check the address on your council's website or a recent letter from them."
                ),
                controls,
                "hint",
            )
        )
        self.large_print = QCheckBox(controls)
        # Someone who asked the council for large print most likely wants their own copy so too.
        self.large_print.setChecked(answers.get("format_needs") == "large_print")
        form.addWidget(option_row(self.large_print, self.tr("Large print letter"), "", controls))
        self.update_button = QPushButton(self.tr("Update the letter"), controls)
        self.update_button.setAccessibleName(self.tr("Update the letter with these choices"))
        form.addWidget(self.update_button)
        self.warnings = plain_label("", controls, "error")
        self.warnings.hide()
        form.addWidget(self.warnings)
        self.status = plain_label("", controls, "saved")
        form.addWidget(self.status)
        self.sent_dialog = SentPanel(on, controls)
        self.sent_dialog.accepted.connect(lambda: self._record_sent(self._asking))
        form.addWidget(self.sent_dialog)
        form.addWidget(plain_label(self.tr("Letters made before"), controls, "subheading"))
        self.history = QListWidget(controls)
        self.history.setAccessibleName(self.tr("Letters made before for this case"))
        self.history.setMaximumHeight(self.history.fontMetrics().lineSpacing() * 6)
        form.addWidget(self.history)
        self.reopen_button = QPushButton(self.tr("Show the chosen letter"), controls)
        self.reopen_button.setAccessibleName(
            self.tr("Show the chosen earlier letter exactly as it was made")
        )
        form.addWidget(self.reopen_button)
        form.addStretch(1)
        outer.addWidget(controls_area, 2)

        right = QVBoxLayout()
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setAccessibleName(self.tr("Preview of your letter"))
        self.preview_holder = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_holder)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_area.setWidget(self.preview_holder)
        right.addWidget(self.preview_area, 1)
        # The pictures of the pages are read out from the same words the PDF prints.
        self.letter_text = QPlainTextEdit(self)
        self.letter_text.setObjectName("letter_text")
        self.letter_text.setReadOnly(True)
        self.letter_text.setTabChangesFocus(True)
        self.letter_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.letter_text.setAccessibleName(self.tr("The words of your letter"))
        self.letter_text.setMaximumHeight(self.letter_text.fontMetrics().lineSpacing() * 4)
        text_label = plain_label(self.tr("The words of your letter:"), self)
        text_label.setBuddy(self.letter_text)
        right.addWidget(text_label)
        right.addWidget(self.letter_text)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(120)
        self._fit_timer.timeout.connect(self._fit_preview)
        self._fitted_width = 0
        self.preview_area.viewport().installEventFilter(self)
        buttons = FlowLayout()
        self.back_button = QPushButton(self.tr("Back to results"), self)
        self.back_button.setAccessibleName(self.tr("Back to results"))
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save the letter as a PDF file"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("primary")
        self.print_button.setAccessibleName(self.tr("Print the letter"))
        self.timeline_button = QPushButton(self.tr("Timeline…"), self)
        self.timeline_button.setAccessibleName(self.tr("Show what was sent and what came back"))
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.timeline_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        right.addLayout(buttons)
        outer.addLayout(right, 3)

        self.update_button.clicked.connect(self.make_letter)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._letter_language_chosen())
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.large_print.toggled.connect(lambda _c: self.make_letter())
        self.back_button.clicked.connect(self.back_requested)
        self.timeline_button.clicked.connect(self.timeline_requested)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter_as)
        self.reopen_button.clicked.connect(self.show_stored)
        self.history.itemActivated.connect(lambda _item: self.show_stored())
        self.keys = RadioKeys(list(self.kind_buttons.values()), self)
        self._refresh_history()
        self.make_letter()

    def focus_first(self) -> None:
        """Focus on the chosen letter, the first thing on the page."""
        self.kind_buttons[self.kind()].setFocus(Qt.FocusReason.OtherFocusReason)

    def update_case(self, answers: dict[str, Any], findings: list[Any]) -> None:
        """Coming back to this page: new answers, but what was typed and ticked here is kept."""
        self.answers = answers
        self.findings = findings
        if self.letter_content is not self.content and self._findings_in is not None:
            self.findings = self._findings_in(self.letter_content)
        self.make_letter()

    # ----- the letter's language ----------------------------------------------------------
    def letter_language(self) -> str:
        """The language the letter is written in: "en" or "cy"."""
        return self.letter_content.lang

    def _load_letter_language(self, lang: str, explain: bool = True) -> bool:
        """Use the content (and findings) in `lang` for the letter; False if it can't be read."""
        if lang == self.content.lang:
            letter_content: Content | None = self.content
        else:
            letter_content = (
                self._content_in(lang, explain) if self._content_in is not None else None
            )
        if letter_content is None:
            return False
        self.letter_content = letter_content
        if self._findings_in is not None:
            self.findings = self._findings_in(letter_content)
        return True

    def _letter_language_chosen(self) -> None:
        lang = str(self.language_combo.currentData())
        if lang == self.letter_language():
            return
        if not self._load_letter_language(lang):  # the loader has said why: keep the old one
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(
                self.language_combo.findData(self.letter_language())
            )
            self.language_combo.blockSignals(False)
            return
        self.authority = self._find_authority(
            self.letter_content.authorities, self.answers.get("nation"), self.answers.get("council")
        )
        if self.authority is not None:
            self.council_label.setText(self.authority.name)
        if not self.team_edit.isModified():  # the team's name in the letter's language
            self.team_edit.setText(self._chosen_team(self.kind()))
        self.make_letter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return False

    def _fit_preview(self) -> None:
        """Draw the pages again to fit a wider or narrower preview (the window, or the text size)."""
        if self.pdf is not None and abs(self._preview_width() - self._fitted_width) > 8:
            self.show_pdf(self.pdf, keep_text=True)

    def _preview_width(self) -> int:
        return max(self.preview_area.viewport().width() - 40, 200)

    @staticmethod
    def _find_authority(
        authorities: Authorities, nation: str | None, council: str | None
    ) -> Authority | None:
        """The council chosen, if it is one of the carer's nation's."""
        found = authorities.get(council)
        return found if found is not None and found.nation == nation else None

    # ----- making the letter --------------------------------------------------------------
    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def recipient(self) -> Any:
        if self.authority is None:
            return None
        return dataclasses.replace(
            self.authority,
            team=self.team_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
        )

    def _chosen_team(self, kind: str) -> str:
        """The team this kind of letter goes to, chosen by its spec from the carer's situation."""
        from carerhelp.letters import choose_team

        return choose_team(
            kind,
            self.answers,
            self.findings,
            content=self.letter_content,
        )

    def _kind_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            if not self.team_edit.isModified():  # the carer's own team name is kept
                self.team_edit.setText(self._chosen_team(self.kind()))
                self.team_edit.setCursorPosition(0)
            self.make_letter()

    def make_letter(self) -> None:
        self.showing_stored = None
        self._set_busy(True, self.tr("Making your letter…"))
        args = (
            self.kind(),
            self.answers,
            self.findings,
            self.on,
            self.recipient(),
            self.team_edit.text().strip(),
            self.helper_name,
            self.large_print.isChecked(),
            self.letter_content,
            self._events() if self.letter_content.letters[self.kind()].follows_up else [],
            load_diary(self.store, self.case_id),
        )
        self._request += 1
        request = self._request
        run_in_background(
            lambda: make_letter_pdf(*args),
            lambda result: self._on_rendered(result, request),
            lambda error: self._on_failed(error, request),
            context=self,
        )

    def _on_rendered(self, result: tuple[bytes, list[str]], request: int) -> None:
        if request != self._request:
            return  # an older letter, overtaken by a newer choice
        pdf, warnings = result
        self.show_pdf(pdf)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._set_busy(False, self.tr("Your letter is ready. Check it, then print it or save it."))
        self.rendered.emit()

    def _on_failed(self, error: BaseException, request: int) -> None:
        if request != self._request:
            return
        self._set_busy(False, "")
        message = (
            str(error)
            if isinstance(error, CarerHelpError)
            else (self.tr("Something went wrong making the letter. Your answers are safe."))
        )
        QMessageBox.warning(self, "CarerHelp", message)

    def _set_busy(self, busy: bool, message: str) -> None:
        for button in (self.print_button, self.save_button, self.update_button):
            button.setEnabled(not busy)
            say_why_disabled(
                button, self.tr("Wait a moment: your letter is being made.") if busy else ""
            )
        self.status.setText(message)

    def show_pdf(self, pdf: bytes, *, keep_text: bool = False) -> None:
        self.pdf = pdf
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        width = self._preview_width()
        self._fitted_width = width
        dpi = max(20, int(width / 8.27))  # an A4 page (8.27 inches) fits the width of the preview
        images = pdf_page_images(pdf, dpi=dpi)
        words = pdf_text(pdf)
        for number, image in enumerate(images, start=1):
            page = QLabel(self.preview_holder)
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(
                self.tr("Page {number} of {total} of your letter").format(
                    number=number, total=len(images)
                )
            )
            if number <= len(words):
                page.setAccessibleDescription(words[number - 1])
            page.setFrameShape(QFrame.Shape.Box)
            self.preview_layout.addWidget(page)
        if not keep_text:
            self.letter_text.setPlainText("\n\n".join(words))

    # ----- keeping, printing and saving ---------------------------------------------------
    def _keep(self) -> bool:
        """Store the shown letter (once) with the answers it was made from."""
        if self.pdf is None:
            return False
        if self.showing_stored is not None:
            return True
        digest = hashlib.sha256(self.pdf).hexdigest()
        if digest in self._stored_hashes:
            return True
        findings_json = [finding.to_json() for finding in self.findings]
        try:
            letter_id = self.store.save_letter(
                self.case_id,
                self.kind(),
                self.pdf,
                dict(self.answers),
                findings_json,
                prepared_by=self.helper_name,
            )
        except CarerHelpError as error:
            QMessageBox.warning(self, "CarerHelp", str(error))
            return False
        self._stored_hashes[digest] = letter_id
        self._refresh_history()
        return True

    def _events(self) -> list[Any]:
        from carerhelp.storage.timeline import list_events

        try:
            return list_events(self.store, self.case_id)
        except CarerHelpError:
            return []

    def _kept_id(self) -> int | None:
        if self.showing_stored is not None:
            return self.showing_stored
        if self.pdf is None:
            return None
        return self._stored_hashes.get(hashlib.sha256(self.pdf).hexdigest())

    def ask_if_sent(self) -> None:
        """After printing or saving: was it sent, and when? (Not asked again for the same letter.)"""
        letter_id = self._kept_id()
        if letter_id is None or letter_id in self._asked:
            return
        self._asked.add(letter_id)
        self._asking = letter_id
        self.sent_dialog.ask(self.on)

    def _record_sent(self, letter_id: int | None) -> None:
        from carerhelp.storage.timeline import record_letter_sent

        panel = self.sent_dialog
        if letter_id is None:
            return
        try:
            event_id = record_letter_sent(
                self.store,
                letter_id,
                panel.sent_on(),
                panel.how(),
                panel.reference.text(),
                volunteer=self.helper_name,
            )
        except CarerHelpError as error:
            QMessageBox.warning(self, "CarerHelp", str(error))
            return
        self.status.setText(
            self.tr(
                "Recorded as sent on {day}. CarerHelp will show when to chase on the start "
                "screen and the timeline."
            ).format(day=long_day(panel.sent_on()))
        )
        self.sent_recorded.emit(event_id)

    def print_letter(self) -> None:
        if (
            self._keep()
            and self.pdf is not None
            and print_pdf(self, self.pdf, self.tr("Letter to the council"))
        ):
            self.status.setText(
                self.tr("Your letter was sent to the printer. A copy is kept in CarerHelp.")
            )
            self.ask_if_sent()

    def save_letter_as(self) -> None:
        if self.pdf is None:
            return
        name = str(self.answers.get("carer_name", "")).strip() or "carer"
        suggested = str(
            Path.home() / self.tr("Letter to the council - {name}.pdf").format(name=name)
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your letter"),
            suggested,
            self.tr("PDF files (*.pdf)"),
            options=file_dialog_options(),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Keep the letter in CarerHelp, then write it to `path` (never a half-written file)."""
        if not self._keep():
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            refuse_store_path(path, self.store.data_dir)
            atomic_write(path, self.pdf or b"")
        except CarerHelpError as error:
            QMessageBox.warning(
                self,
                "CarerHelp",
                f"{error} Try another folder or a USB stick. Your letter is still kept in CarerHelp.",
            )
            return False
        self.status.setText(self.tr("Saved as {path}").format(path=path))
        self.ask_if_sent()
        return True

    def _refresh_history(self) -> None:
        self.history.clear()
        for record in self.store.list_letters(self.case_id):
            kind = self.history_labels.get(record.kind, record.kind)
            when = str(record.created_at)[:16].replace("T", " at ")
            item = QListWidgetItem(f"{when} — {kind}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.history.addItem(item)
        self.reopen_button.setEnabled(self.history.count() > 0)
        say_why_disabled(
            self.reopen_button,
            ""
            if self.history.count()
            else self.tr("No letter has been printed or saved for this case yet."),
        )

    def show_stored(self) -> None:
        item = self.history.currentItem() or self.history.item(0)
        if item is None:
            return
        record = self.store.get_letter(item.data(Qt.ItemDataRole.UserRole))
        self.show_pdf(record.pdf)
        self.showing_stored = record.id
        self.status.setText(
            self.tr("This is the letter exactly as it was made. You can print it again.")
        )
