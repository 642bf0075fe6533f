"""The main window: a top bar and one stacked area for every screen of a case."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carerhelp import __version__
from carerhelp.domain.errors import CarerHelpError, ContentError
from carerhelp.ui.accessible import install_accessible_roles
from carerhelp.ui.cases.start_page import StartPage
from carerhelp.ui.language import LANGUAGES, read_content, warn_with_details
from carerhelp.ui.session import Session
from carerhelp.ui.settings import (
    ADVICE_CENTRE_IDLE_LOCK,
    IDLE_LOCK_MINUTES,
    OPEN_CASE,
    TEXT_SCALES,
    Preferences,
)
from carerhelp.ui.theme import apply_theme

if TYPE_CHECKING:
    from carerhelp.domain.content import Content
    from carerhelp.domain.questionnaire import Questionnaire
    from carerhelp.storage.cases import CaseStore
    from carerhelp.ui.case_actions import CaseActions
    from carerhelp.ui.wizard.check_answers import CheckAnswersPage
    from carerhelp.ui.wizard.controller import WizardController
    from carerhelp.ui.wizard.question_page import QuestionPage
    from carerhelp.ui.wizard.results import ResultsPage

SUMMARY_POSITION = "@check-answers"
ROOMY = QSize(1200, 820)  # the window's size where the screen has room for it
RESULTS_POSITION = "@results"


def window_size(available: QSize) -> tuple[QSize, bool]:
    """The window's first size on a screen with `available` room, and whether to fill the screen."""
    if available.width() < ROOMY.width() + 80 or available.height() < ROOMY.height() + 40:
        return available.boundedTo(ROOMY), True
    return ROOMY, False


class MainWindow(QMainWindow):
    """Built by the composition root (`carerhelp.app`) with the store, the content and preferences.

    The start screen needs neither the content nor the wizard: the app builds the window with
    `content=None` and `load_content`, paints the start screen, and then calls `questions_ready()`,
    which loads and checks the content once and imports the wizard before any case can be opened.
    """

    case_opened = Signal(int)

    def __init__(
        self,
        store: CaseStore,
        content: Content | None,
        prefs: Preferences,
        *,
        today=date.today,
        load_content: Callable[[], Content | None] | None = None,
        content_in: Callable[[str], Content] | None = None,
    ) -> None:
        super().__init__()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_accessible_roles(app)  # page headings heard as headings
        self.replaced_by: MainWindow | None = None  # set when a change of language rebuilt it
        self._content_in = content_in or read_content
        self.session = Session(store, self)
        self.content = content
        if content is not None:
            self._tell_store_what_questions_mean()
        self.questionnaire: Questionnaire | None = content.questionnaire if content else None
        self._load_content = load_content
        self._check_page: CheckAnswersPage | None = None
        self._results_page: ResultsPage | None = None
        self.prefs = prefs
        self.today = today
        self.controller: WizardController | None = None
        self.question_page: QuestionPage | None = None
        self.letter_page: Any = None
        self.timeline_page: Any = None
        self._focus_before_busy: QWidget | None = None
        self.setWindowTitle("CarerHelp")
        self.setObjectName("main_window")
        self._fit_to_screen()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._top_bar(central))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.start_page = StartPage(store, self, today=today, content=lambda: self.content)
        self.stack.addWidget(self.start_page)
        self.start_page.new_case_requested.connect(self.new_case)
        self.start_page.open_case_requested.connect(self.open_case)
        self.start_page.timeline_requested.connect(self.open_timeline)
        self.diary_page: Any = None
        self._build_menus()
        # The Case and Data menus are filled when first opened (or their actions first used), so
        # the work behind them adds nothing before the start screen is painted.
        self._case_actions: CaseActions | None = None
        self._case_menu = QMenu(self.tr("&Case"), self)
        self._data_menu = QMenu(self.tr("&Data"), self)
        for menu in (self._case_menu, self._data_menu):
            self.menuBar().addMenu(menu)
            menu.aboutToShow.connect(self._fill_case_menus)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))  # last, where people look for it
        self._action(help_menu, self.tr("&About CarerHelp"), self.about)
        from carerhelp.ui.backups import RoutineBackups

        self.routine_backups = RoutineBackups(self)
        self.session.volunteer_changed.connect(self._show_volunteer)
        self.session.busy_changed.connect(self._show_busy)
        self.session.store_replaced.connect(self._store_replaced)
        from carerhelp.ui.protection import IdleLock

        self.lock_page: Any = None
        self.idle_lock = IdleLock(self.lock, self)
        self.protection_changed()
        from carerhelp.ui import focus

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        focus.install(app)
        self.go_home()
        if content is not None:  # otherwise the app calls it once the content is loaded
            self.reopen_last_case()

    def _fill_case_menus(self) -> None:
        self.case_actions  # noqa: B018 - made on first use, which fills the menus

    @property
    def case_actions(self) -> CaseActions:
        """The Case and Data menus' actions, made (and the menus filled) on first use."""
        if self._case_actions is None:
            from carerhelp.ui.case_actions import CaseActions
            from carerhelp.ui.dialogs import QtDialogs

            actions = CaseActions(self.session, QtDialogs(self), self, self.ready_content, self)
            actions.fill_menus(self._case_menu, self._data_menu)
            self._case_actions = actions
        return self._case_actions

    @property
    def store(self) -> CaseStore:
        return self.session.store

    @property
    def volunteer(self) -> str | None:
        return self.session.volunteer

    # ----- chrome -------------------------------------------------------------------------
    def _top_bar(self, parent: QWidget) -> QWidget:
        bar = QWidget(parent)
        bar.setObjectName("top_bar")
        outer = QVBoxLayout(bar)
        outer.setContentsMargins(16, 8, 16, 8)
        row = QHBoxLayout()
        self.home_button = QPushButton(self.tr("Home"), bar)
        self.home_button.setAccessibleName(self.tr("Go to the start screen"))
        self.home_button.clicked.connect(self.go_home)
        title = QLabel("CarerHelp", bar)
        title.setObjectName("subheading")
        self.case_label = QLabel("", bar)
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)
        self.case_label.setWordWrap(True)
        self.volunteer_label = QLabel("", bar)
        self.volunteer_label.setTextFormat(Qt.TextFormat.PlainText)
        size_label = QLabel(self.tr("Te&xt size:"), bar)
        self.size_combo = QComboBox(bar)
        self.size_combo.setObjectName("text_size")
        self.size_combo.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SCALES:
            self.size_combo.addItem(f"{scale}%", scale)
        self.size_combo.setCurrentIndex(TEXT_SCALES.index(self.prefs.text_scale))
        size_label.setBuddy(self.size_combo)
        self.contrast_box = QCheckBox(self.tr("&High contrast"), bar)
        self.contrast_box.setAccessibleName(self.tr("High contrast colours"))
        self.contrast_box.setChecked(self.prefs.high_contrast)
        self.size_combo.currentIndexChanged.connect(lambda _i: self.set_appearance())
        self.contrast_box.toggled.connect(lambda _c: self.set_appearance())
        # Two rows, so that at 200% text nothing in the bar is squeezed or cut off.
        for widget in (self.home_button, title, self.case_label):
            row.addWidget(widget)
        row.addStretch(1)
        settings = QHBoxLayout()
        for item in (self.volunteer_label, size_label, self.size_combo, self.contrast_box):
            settings.addWidget(item)
        settings.insertStretch(1, 1)
        outer.addLayout(row)
        outer.addLayout(settings)
        self.client_banner = QLabel("", bar)
        self.client_banner.setObjectName("client_banner")
        self.client_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.client_banner.setWordWrap(True)
        self.client_banner.hide()
        outer.addWidget(self.client_banner)
        return bar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&Start a new case"), self.new_case, QKeySequence.StandardKey.New
        )
        self._action(file_menu, self.tr("&Home"), self.go_home, "Ctrl+H")
        self._action(
            file_menu,
            self.tr("&Timeline: what was sent and what came back"),
            self.show_timeline,
            "Ctrl+T",
        )
        file_menu.addSeparator()
        self.file_menu = file_menu
        self.lock_action = self._action(file_menu, self.tr("&Lock"), self.lock, "Ctrl+L")
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu = view_menu
        self._action(
            view_menu,
            self.tr("&Larger text"),
            lambda: self._step_text(+1),
            QKeySequence.StandardKey.ZoomIn,
        )
        self._action(
            view_menu,
            self.tr("&Smaller text"),
            lambda: self._step_text(-1),
            QKeySequence.StandardKey.ZoomOut,
        )

        view_menu.addSeparator()
        # Each language by its own name, so anyone can find theirs whatever the window is in.
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for lang, name in LANGUAGES.items():
            action = self._action(view_menu, name, lambda lang=lang: self.set_language(lang))
            action.setCheckable(True)
            action.setChecked(lang == self.language)
            action.setObjectName(f"language_{lang}")
            group.addAction(action)
            self.language_actions[lang] = action

    @property
    def language(self) -> str:
        """The interface's language: "en" or "cy"."""
        return self.prefs.language or "en"

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _step_text(self, step: int) -> None:
        index = min(max(self.size_combo.currentIndex() + step, 0), len(TEXT_SCALES) - 1)
        self.size_combo.setCurrentIndex(index)

    def set_appearance(self) -> None:
        self.prefs.text_scale = int(self.size_combo.currentData())
        self.prefs.high_contrast = self.contrast_box.isChecked()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.prefs.text_scale, self.prefs.high_contrast)

    def set_volunteer(self, name: str | None) -> None:
        self.session.set_volunteer(name)

    def _show_volunteer(self, name: str | None) -> None:
        self.volunteer_label.setText(self.tr("Signed in: {name}").format(name=name) if name else "")
        self.volunteer_label.setAccessibleName(
            self.tr("Volunteer signed in: {name}").format(name=name)
            if name
            else self.tr("No volunteer signed in")
        )

    def _show_busy(self, busy: bool, what: str) -> None:
        """While slow work runs on a worker thread nothing else can be clicked; say what it is."""
        if busy:
            self._focus_before_busy = QApplication.focusWidget()
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(not busy)
        self.menuBar().setEnabled(not busy)
        if busy:
            self.statusBar().showMessage(what)
            return
        self.statusBar().clearMessage()
        focus, self._focus_before_busy = self._focus_before_busy, None
        try:  # a keyboard user carries on where they were
            (focus or self.start_page.new_button).setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # that widget has gone meanwhile
            self.start_page.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _store_replaced(self) -> None:
        """The file was put back from a backup or emptied: forget the open case, show the list."""
        self._drop_case_pages()
        self.start_page.store = self.store
        self.start_page.model.store = self.store
        self.go_home()

    def _drop_case_pages(self) -> None:
        """Remove every page that shows a client (what they typed is saved already)."""
        self.controller = None
        pages = (
            self.question_page,
            self.letter_page,
            self.diary_page,
            self.timeline_page,
            self._check_page,
            self._results_page,
        )
        for page in pages:
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.question_page = self.letter_page = self.diary_page = self.timeline_page = None
        self._check_page = self._results_page = None

    # ----- locking ------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.lock_page is not None

    def protection_changed(self) -> None:
        """Protection was turned on or off: File > Lock and the idle lock follow it."""
        protected = self.store.key is not None
        self.lock_action.setEnabled(protected)
        self.idle_lock.set_minutes(self.idle_lock_minutes() if protected else 0)

    def idle_lock_minutes(self) -> int:
        chosen = self.prefs.get(IDLE_LOCK_MINUTES)
        if chosen >= 0:
            return chosen
        return ADVICE_CENTRE_IDLE_LOCK if self.store.advice_centre_mode else 0

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self.prefs.set(IDLE_LOCK_MINUTES, minutes)
        self.protection_changed()

    def lock(self) -> None:
        """Save what was typed, clear every page showing a client, and ask for a password.
        Only a store protected with a password can be locked."""
        from carerhelp.ui.protection import LockPage

        if self.store.key is None or self.locked or self.session.busy:
            return
        self._leave_case()  # saves the typing on the page first
        from PySide6.QtWidgets import QDialog

        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):  # a question left open must not stay over the lock
            modal.reject()
        self._drop_case_pages()
        self.session.set_case(None)
        self.case_label.setText("")
        self._show_client(None)
        with contextlib.suppress(CarerHelpError):
            self.store.log("locked", None, self.volunteer or "owner")
        if self.store.advice_centre_mode:
            self.session.set_volunteer(None)  # the next person signs in as themselves
        self.lock_page = LockPage(self.store.data_dir, self)
        self.lock_page.form.unlocked.connect(self._unlocked)
        self.stack.addWidget(self.lock_page)
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.home_button.setEnabled(False)
        self.idle_lock.timer.stop()
        self.lock_page.form.focus_first()

    def _unlocked(self, key: bytes, who: object) -> None:
        if key != self.store.key or self.lock_page is None:
            return
        page, self.lock_page = self.lock_page, None
        self.stack.removeWidget(page)
        page.deleteLater()
        self.menuBar().setEnabled(True)
        self.home_button.setEnabled(True)
        name = who if isinstance(who, str) else None
        with contextlib.suppress(CarerHelpError):
            self.store.log("signed_in", None, name or "owner")
        if name:
            self.session.set_volunteer(name)
        self.idle_lock.restart()
        self.go_home()
        if self.store.advice_centre_mode and not self.volunteer:
            self.case_actions.sign_in()

    def chosen_case_id(self) -> int | None:
        return self.start_page.selected_case_id()

    def refresh_cases(self) -> None:
        self.start_page.refresh()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CarerHelp"),
            self.tr(
                "CarerHelp {version}\n\nHelps unpaid carers in the UK find the rights and money the"
                " law gives them, and write to their council.\n\nYour answers are kept only on this"
                " computer, in:\n{path}\n\nThis is information, not legal advice."
            ).format(version=__version__, path=self.store.path),
        )

    def chrome(self) -> list[QWidget]:
        """The window's own controls, which Tab reaches after the page's."""
        return [self.home_button, self.size_combo, self.contrast_box]

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes through the page (question, answers, Continue, Back), then the window's controls."""
        from carerhelp.ui.focus import is_tab_stop, tab_stops

        page = self.stack.currentWidget()
        order_of = getattr(page, "focus_order", None)
        if page is None:
            return super().focusNextPrevChild(next)
        page_stops = order_of() if order_of is not None else tab_stops(page)
        stops = [w for w in page_stops + self.chrome() if is_tab_stop(w)]
        if not stops:
            return super().focusNextPrevChild(next)
        current = QApplication.focusWidget()
        if current in stops:
            target = stops[(stops.index(current) + (1 if next else -1)) % len(stops)]
        else:
            target = stops[0] if next else stops[-1]
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    # ----- navigation ---------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "CarerHelp", message)

    def _fit_to_screen(self) -> None:
        """1200×820 where there is room; on a small laptop screen (1366×768 and less), fill it."""
        screen = self.screen() or QApplication.primaryScreen()
        size, maximised = window_size(screen.availableGeometry().size())
        self.resize(size)
        if maximised:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def reopen_last_case(self) -> None:
        """Open the case (and page) that was open when CarerHelp last closed, or crashed.

        Not on a shared advice-centre PC, where the next person must not see the last client.
        """
        case_id = self.prefs.get(OPEN_CASE)
        if not case_id or self.store.advice_centre_mode:
            return
        try:
            case = self.store.get_case(case_id)
        except CarerHelpError:
            return
        if not case.archived and self.store.load_answers(case_id):
            self.open_case(case_id)

    def _leave_case(self) -> None:
        """Save what is on the page; a case nothing was written into is not kept."""
        if self.question_page is not None:
            self.question_page.flush()
        if self.controller is not None:
            with contextlib.suppress(CarerHelpError):  # then it is kept: only an empty row
                self._discard_if_empty(self.controller.case_id)
            self.prefs.set(OPEN_CASE, 0)

    def _discard_if_empty(self, case_id: int) -> bool:
        from carerhelp.storage.erase import discard_if_empty

        return discard_if_empty(self.store, case_id)

    def go_home(self) -> None:
        if self.locked:
            return
        self._leave_case()
        self.case_label.setText("")
        self._show_client(None)
        self.session.set_case(None)
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- the questions, loaded after the start screen is painted ------------------------
    def questions_ready(self) -> bool:
        """Load and check the question files (once) and import the wizard; False if they can't
        be used (the loader has said why)."""
        if self.content is None and self._load_content is not None:
            content = self._load_content()
            if content is None:
                self._load_content = None
                return False
            self.content, self.questionnaire = content, content.questionnaire
            self._load_content = None
            self._tell_store_what_questions_mean()
            self.start_page.needs_doing.refresh()  # what needs doing is worked out from the content
        if self.content is None:
            return False
        import carerhelp.ui.wizard.question_page  # noqa: F401 - so the first question opens at once

        return True

    def _tell_store_what_questions_mean(self) -> None:
        """The store was opened before the questions were loaded (so the start screen paints
        sooner); now it learns which answers are health details, carried over or listed."""
        from carerhelp.domain.questionnaire.meaning import QuestionMeaning

        assert self.content is not None
        self.session.meaning = QuestionMeaning.of(self.content.questionnaire)

    def ready_content(self) -> Content:
        """The content, loaded and checked now if the start-up has not done it yet."""
        if not self.questions_ready() or self.content is None:
            raise ContentError(
                self.tr(
                    "CarerHelp's own files are damaged, so it can't do this. Please reinstall CarerHelp."
                )
            )
        return self.content

    @property
    def check_page(self) -> CheckAnswersPage:
        """Check your answers, built the first time it is needed."""
        if self._check_page is None:
            from carerhelp.ui.wizard.check_answers import CheckAnswersPage

            page = CheckAnswersPage(self)
            page.change_requested.connect(self.change_answer)
            page.results_requested.connect(self.show_results)
            page.print_requested.connect(self.print_answers)
            self.stack.addWidget(page)
            self._check_page = page
        return self._check_page

    @property
    def results_page(self) -> ResultsPage:
        """The results, built the first time they are needed."""
        if self._results_page is None:
            from carerhelp.ui.wizard.results import ResultsPage

            page = ResultsPage(self)
            page.answers_requested.connect(self.show_summary)
            page.letter_requested.connect(self.show_letter)
            page.diary_requested.connect(self.show_diary)
            self.stack.addWidget(page)
            self._results_page = page
        return self._results_page

    def new_case(self) -> None:
        if not self.questions_ready():
            self.close()  # the question files can't be used: CarerHelp can't carry on
            return
        try:
            case_id = self.store.create_case(volunteer=self.volunteer)
        except CarerHelpError as error:
            self.show_error(str(error))
            return
        self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        from carerhelp.ui.wizard.controller import WizardController
        from carerhelp.ui.wizard.question_page import QuestionPage

        if not self.questions_ready():
            self.close()
            return
        assert self.questionnaire is not None
        if self.controller is not None and self.controller.case_id != case_id:
            self._leave_case()
        self.prefs.set(OPEN_CASE, case_id)
        if self.question_page is not None:
            self.question_page.flush()
            self.stack.removeWidget(self.question_page)
            self.question_page.deleteLater()
        self.controller = WizardController(self.store, self.questionnaire, case_id, self)
        assert self.content is not None
        self.question_page = QuestionPage(
            self.controller, self.content.authorities.for_nation, self
        )
        self.question_page.finished.connect(self.show_summary)
        self.question_page.left_at_start.connect(self.go_home)
        self.question_page.consent_needed.connect(self._offer_consent)
        self.controller.saved.connect(lambda _qid: self._update_case_label())
        self.stack.addWidget(self.question_page)
        self._update_case_label()
        self.session.set_case(case_id)
        self.case_opened.emit(case_id)
        stored = self.store.get_case(case_id).current_question
        if stored == SUMMARY_POSITION:
            self.show_summary()
        elif stored == RESULTS_POSITION:
            self.show_results()
        else:
            question = self.controller.resume_question()
            if question is None:
                self.show_summary()
            else:
                self.show_question(question)

    def _offer_consent(self) -> None:
        """A health answer needs the client's consent first: record it now, then carry on."""
        from carerhelp.storage.consent import consent_state

        page = self.question_page
        if page is None or self.controller is None:
            return
        self.case_actions.record_consent()
        if consent_state(self.store, self.controller.case_id).given:
            page.go_next()

    def _update_case_label(self) -> None:
        if self.controller is None:
            return
        name = self.controller.answers.get("carer_name")
        self.case_label.setText(f"— {name}" if name else self.tr("— new case"))
        self._show_client(name or self.tr("a new client"))

    def _show_client(self, name: str | None) -> None:
        """In advice-centre mode, whose case is open: in the title bar and a banner on every page."""
        helping = bool(name) and self.store.advice_centre_mode
        self.setWindowTitle(
            self.tr("CarerHelp — helping {name}").format(name=name) if helping else "CarerHelp"
        )
        self.client_banner.setText(
            self.tr("You are helping: {name}").format(name=name) if helping else ""
        )
        self.client_banner.setAccessibleName(self.client_banner.text())
        self.client_banner.setVisible(helping)

    def show_question(self, question: Any, *, return_to_summary: bool = False) -> None:
        assert self.question_page is not None
        self.question_page.show_question(question, return_to_summary=return_to_summary)
        self.stack.setCurrentWidget(self.question_page)

    def change_answer(self, question_id: str) -> None:
        assert self.controller is not None
        question = self.controller.questionnaire.question(question_id)
        self.show_question(question, return_to_summary=True)

    def show_summary(self) -> None:
        assert self.controller is not None
        page = self.question_page
        changed = page is not None and page.question is not None and page.return_to_summary
        focus = page.question.id if changed and page is not None else None
        self.controller.move_to(SUMMARY_POSITION)
        self.check_page.show_summary(
            self.controller.questionnaire, self.controller.answers, focus_id=focus
        )
        self.stack.setCurrentWidget(self.check_page)

    def findings(self, content: Content | None = None) -> list[Any]:
        """The findings for the open case, in the words of `content` (the window's, unless said
        otherwise: a letter in the other language); see carerhelp.domain.phrases."""
        from carerhelp.domain.phrases import render_findings
        from carerhelp.domain.rights import assess

        assert self.controller is not None
        content = content or self.ready_content()
        return render_findings(
            assess(self.answers_with_diary(), self.today(), content), content.phrases
        )

    def answers_with_diary(self) -> dict[str, Any]:
        """The open case's answers, with each diarised person's hours measured by the diary."""
        from carerhelp.domain.diary import answers_with_diary
        from carerhelp.storage.diary import load_diary

        assert self.controller is not None
        return answers_with_diary(
            self.controller.answers,
            load_diary(self.store, self.controller.case_id),
            self.controller.questionnaire,
        )

    def make_pack(self) -> None:
        self._make_from_diary("assessment_pack")

    def make_change_letter(self) -> None:
        self._make_from_diary("change_of_circumstances")

    def _make_from_diary(self, what: str) -> None:
        """The assessment pack or the change of circumstances letter: kept, then saved."""
        from carerhelp.ui.dialogs import QtDialogs
        from carerhelp.ui.diary_outputs import make

        assert self.controller is not None
        dialogs = QtDialogs(self)
        try:
            message = make(
                what,
                self.store,
                self.controller.case_id,
                self.controller.answers,
                self.ready_content(),
                self.today(),
                lambda title, suggested: dialogs.save_file(
                    title, suggested, self.tr("PDF files (*.pdf)")
                ),
                self.volunteer,
            )
        except CarerHelpError as error:
            self.show_error(str(error))
            return
        self.statusBar().showMessage(message, 10_000)

    def show_diary(self) -> None:
        """The caring diary and earnings log of the open case."""
        from carerhelp.ui.diary_page import DiaryPage

        assert self.controller is not None
        if self.diary_page is not None:
            self.stack.removeWidget(self.diary_page)
            self.diary_page.deleteLater()
        self.diary_page = DiaryPage(
            self.store,
            self.controller.case_id,
            self.ready_content(),
            self.controller.answers,
            self.today,
            self.show_error,
            parent=self,
        )
        self.diary_page.back_requested.connect(self.show_results)
        self.diary_page.pack_requested.connect(self.make_pack)
        self.diary_page.change_letter_requested.connect(self.make_change_letter)
        self.stack.addWidget(self.diary_page)
        self.stack.setCurrentWidget(self.diary_page)
        self.diary_page.diary.hours.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_results(self) -> None:
        assert self.controller is not None
        missing = self.controller.questionnaire.first_unanswered(self.controller.answers)
        if missing is not None:
            QMessageBox.information(
                self,
                self.tr("A question still needs an answer"),
                self.tr("Please answer this question first:\n\n{text}").format(text=missing.text),
            )
            self.show_question(missing, return_to_summary=True)
            return
        self.controller.move_to(RESULTS_POSITION)
        can_letter = True
        checker = getattr(self.store, "can_make_letter", None)
        if checker is not None:
            can_letter = bool(checker(self.controller.case_id))
        self.results_page.show_findings(
            self.findings(),
            self.controller.answers.get("carer_name", ""),
            can_make_letter=can_letter,
        )
        self.stack.setCurrentWidget(self.results_page)

    def open_timeline(self, case_id: int) -> None:
        """From "What needs doing": open the case, then its timeline."""
        self.open_case(case_id)
        if self.controller is not None and self.controller.case_id == case_id:
            self.show_timeline()

    def show_timeline(self) -> None:
        from carerhelp.ui.timeline_page import TimelinePage

        if self.controller is None:
            self.show_error(
                self.tr("Open a case first: its timeline shows what was sent and what came back.")
            )
            return
        if self.timeline_page is not None:
            self.stack.removeWidget(self.timeline_page)
            self.timeline_page.deleteLater()
        answers = self.controller.answers
        content = self.ready_content()
        authority = content.authorities.get(answers.get("council"))
        council = authority.name if authority and authority.nation == answers.get("nation") else ""
        self.timeline_page = TimelinePage(
            self.store,
            self.controller.case_id,
            answers,
            scales=content.timescales,
            words=content.timeline_words,
            today=self.today(),
            volunteer=self.volunteer,
            council=council,
            phrases=content.phrases,
            parent=self,
        )
        self.timeline_page.back_requested.connect(self.go_home)
        self.timeline_page.letter_requested.connect(self.show_letter)
        self.stack.addWidget(self.timeline_page)
        self.stack.setCurrentWidget(self.timeline_page)
        self.timeline_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_letter(self, kind: str | None = None) -> None:
        from carerhelp.ui.letter_page import LetterPage

        assert self.controller is not None
        page = self.letter_page
        if (
            page is not None
            and page.case_id == self.controller.case_id
            and page.store is self.store
            and page.helper_name == self.volunteer
        ):
            # The same case again: keep the address typed and the boxes ticked on this page.
            page.update_case(self.answers_with_diary(), self.findings())
            self.stack.setCurrentWidget(page)
            page.focus_first()
            return
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.letter_page = LetterPage(
            self.store,
            self.controller.case_id,
            self.answers_with_diary(),
            self.findings(),
            on=self.today(),
            content=self.ready_content(),
            helper_name=self.volunteer,
            kind=kind or None,
            content_in=self.content_in_language,
            findings_in=self.findings,
            parent=self,
        )
        self.letter_page.back_requested.connect(self.show_results)
        self.letter_page.timeline_requested.connect(self.show_timeline)
        self.stack.addWidget(self.letter_page)
        self.stack.setCurrentWidget(self.letter_page)
        self.letter_page.focus_first()

    def print_answers(self) -> None:
        from carerhelp.ui.printing import print_answers

        assert self.controller is not None
        print_answers(self, self.controller.questionnaire, self.controller.answers)

    # ----- language -----------------------------------------------------------------------
    def content_in_language(self, lang: str, explain: bool = True) -> Content | None:
        """The content in `lang`: the window's own, or read once when first needed (for a letter
        in the other language) and kept in the session. None if it can't be read: said plainly if
        `explain`, or quietly when only a default would have used it."""
        content = self.ready_content()
        if content.lang == lang:
            return content
        try:
            return self.session.content_in(lang, self._content_in)
        except CarerHelpError as error:
            if explain:
                self._say_unreadable(error)
            return None

    def _say_unreadable(self, error: CarerHelpError) -> None:
        warn_with_details(
            self,
            self.tr(
                "CarerHelp's own files for that language are damaged, so it stays as it is. "
                "Please reinstall CarerHelp.\n\nDetails:\n{error}"
            ),
            str(error),
        )

    def set_language(self, lang: str) -> MainWindow:
        """English or Cymraeg, from the View menu: remembered, then the window is made again in that
        language at the same case and page, and the window now in use is returned.

        Every page builds its words once, when it is made, so the window is made again rather
        than each word being changed in place: the same code as a start in that language, so no
        page can be left half in the old language. Nothing is lost: every answer is saved already.
        """
        from carerhelp.ui.language import install

        if (lang == self.language and self.content is not None) or self.session.busy:
            self.language_actions[self.language].setChecked(True)
            return self
        try:
            content = self._content_in(lang)
        except CarerHelpError as error:  # the files of that language are damaged
            self._say_unreadable(error)
            self.language_actions[self.language].setChecked(True)
            return self
        if self.question_page is not None:
            self.question_page.flush()
        page = self.stack.currentWidget()
        showing = (
            "letter"
            if page is not None and page is self.letter_page
            else "diary"
            if page is not None and page is self.diary_page
            else "timeline"
            if page is not None and page is self.timeline_page
            else ""
        )
        case_id = self.controller.case_id if self.controller is not None else None
        self.prefs.language = lang
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install(app, lang)
        new = MainWindow(
            self.store, content, self.prefs, today=self.today, content_in=self._content_in
        )
        new.setGeometry(self.geometry())
        new.setWindowState(self.windowState())
        if self.volunteer:
            new.set_volunteer(self.volunteer)
        if case_id is not None:
            if new.controller is None or new.controller.case_id != case_id:
                new.open_case(case_id)
            {"letter": new.show_letter, "diary": new.show_diary, "timeline": new.show_timeline}.get(
                showing, lambda: None
            )()
        self.replaced_by = new
        self.controller = None  # the new window has the case now
        new.show()
        new.routine_backups.start()
        new.activateWindow()
        self.hide()
        self.deleteLater()
        return new

    # ----- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.question_page is not None:
            self.question_page.flush()
        try:
            if self.controller is not None and self._discard_if_empty(self.controller.case_id):
                self.prefs.set(OPEN_CASE, 0)
        except CarerHelpError:
            pass  # the store is closed already: nothing can be written, nothing is lost
        super().closeEvent(event)
