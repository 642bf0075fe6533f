"""Each screen as a low-vision carer meets it: empty cases, disabled buttons, window size, the letter page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from carerhelp.ui.theme import colours
from tests.ui.helpers import contrast, filled_case, settle
from tests.ui.keyboard import focused, press, type_text


def fill_colour(button: QPushButton) -> QColor:
    """The colour of a button's face, just inside its border, away from its words."""
    image = button.grab().toImage()
    return QColor(image.pixel(6, button.height() // 2))


def test_a_case_left_empty_is_not_kept_and_carry_on_skips_it(qtbot, window, store):
    kept = filled_case(window)
    window.go_home()
    window.new_case()  # a stray key press on "Start a new case"
    stray = window.controller.case_id
    window.go_home()
    assert [case.id for case in store.list_cases()] == [kept], "the empty case was kept"
    assert window.start_page.resume_button.isEnabled()
    window.start_page.resume_button.click()
    assert window.controller.case_id == kept != stray
    # Quitting straight after starting a case leaves nothing behind either.
    window.new_case()
    window.close()
    assert [case.id for case in store.list_cases()] == [kept]


def test_carry_on_never_opens_a_case_with_nothing_in_it(qtbot, window, store):
    kept = filled_case(window)
    window.go_home()
    store.create_case()  # made before a crash, say: nothing was ever typed into it
    window.start_page.refresh()
    window.start_page.resume_button.click()
    assert window.controller.case_id == kept


def test_disabled_buttons_look_disabled_and_say_why(qtbot, window):
    page = window.start_page
    settle()
    resume = page.resume_button
    assert not resume.isEnabled()
    c = colours(False)
    enabled_face = fill_colour(window.home_button)
    assert enabled_face.name() == c["secondary"]
    assert fill_colour(resume).name() != enabled_face.name(), "disabled looks like enabled"
    assert "no saved cases" in resume.toolTip() and resume.accessibleDescription()
    filled_case(window)
    window.show_results()
    letter = window.results_page.letter_button
    green = fill_colour(letter)
    assert green.name() == c["button"]
    letter.setEnabled(False)
    settle()
    grey = fill_colour(letter)
    assert contrast(grey, green) >= 3, "a disabled green button still looks green"


@pytest.mark.parametrize(
    ("screen", "maximised"),
    [(QSize(1280, 680), True), (QSize(1366, 728), True), (QSize(1920, 1040), False)],
    ids=["1280x720", "1366x768", "1920x1080"],
)
def test_the_window_fits_the_screen(screen, maximised):
    from carerhelp.ui.main_window import window_size

    size, fills = window_size(screen)
    assert fills is maximised
    assert size.width() <= screen.width() and size.height() <= screen.height()


def in_sight(widget: QWidget, window: QWidget) -> bool:
    """Is every pixel of the widget inside the window, and inside every scroll area round it?"""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        holder = parent.parentWidget()
        if hasattr(holder, "viewport") and parent is holder.viewport():
            seen = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            if not seen.contains(rect):
                return False
        parent = holder
    return True


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def test_each_screens_main_action_is_in_sight_without_scrolling(qtbot, window, size):
    window.resize(*size)
    filled_case(window)
    window.go_home()
    settle()
    missing = []

    def check(name: str, button: QWidget) -> None:
        settle()
        if not in_sight(button, window):
            missing.append(name)

    check("start: Start a new case", window.start_page.new_button)
    check("start: Open the chosen case", window.start_page.open_button)
    window.open_case(window.store.list_cases()[0].id)
    window.show_question(window.questionnaire.question("caring_role"))
    check("question: Continue", window.question_page.continue_button)
    window.show_summary()
    window.check_page.scroll_area.verticalScrollBar().setValue(0)
    check("check answers: See what I may be able to get", window.check_page.results_button)
    window.show_results()
    check("results: Make my letter", window.results_page.letter_button)
    window.show_letter()
    qtbot.waitUntil(lambda: window.letter_page.pdf is not None, timeout=15000)
    check("letter: Print", window.letter_page.print_button)
    assert missing == []


def test_the_letter_page_keeps_what_was_typed_and_ticks_large_print(qtbot, window, store):
    filled_case(window)  # the example asks the council for large print
    window.show_results()
    window.show_letter()
    page = window.letter_page
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=15000)
    assert page.large_print.isChecked(), "large print was not ticked from the answers"
    assert page.address_edit.placeholderText()
    page.address_edit.setFocus()
    type_text("County Hall\nTaunton")
    page.large_print.setChecked(False)
    window.show_results()
    window.show_letter()
    again = window.letter_page
    assert again.address_edit.toPlainText() == "County Hall\nTaunton"
    assert not again.large_print.isChecked()
    assert focused() is again.kind_buttons[again.kind()]


def test_the_letter_can_be_read_as_text_the_same_words_as_the_pdf(qtbot, window):
    import io

    from pypdf import PdfReader

    filled_case(window)
    window.show_results()
    window.show_letter()
    page = window.letter_page
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=15000)
    settle()
    words = " ".join(page.letter_text.toPlainText().split())
    printed = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf)).pages).split()
    )
    assert words and words[:400] == printed[:400]
    assert page.letter_text.accessibleName() == "The words of your letter"
    assert page.letter_text.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_preview_fits_its_width_at_every_text_size(qtbot, window):
    filled_case(window)
    window.resize(1280, 800)
    window.show_results()
    window.show_letter()
    page = window.letter_page
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=15000)
    for index in range(window.size_combo.count()):
        window.size_combo.setCurrentIndex(index)
        qtbot.wait(300)
        settle()
        width = page.preview_area.viewport().width()
        pages = [w for w in page.preview_holder.findChildren(QWidget) if w.isVisible()]
        assert pages
        widest = max(w.sizeHint().width() for w in pages)
        assert width - 60 <= widest <= width, (
            f"{window.size_combo.currentText()}: {widest} in {width}"
        )
    window.size_combo.setCurrentIndex(0)


def test_tab_leaves_the_letter_address_box(qtbot, window):
    filled_case(window)
    window.show_results()
    window.show_letter()
    page = window.letter_page
    page.address_edit.setFocus()
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.address_edit


def test_advice_centre_mode_names_the_client_everywhere(qtbot, window, store):
    from carerhelp.ui.advice import ConsentDialog

    window.set_appearance()  # the theme, as the app starts with it
    case_id = filled_case(window)  # (answers about health wait for consent in this mode)
    window.go_home()
    store.advice_centre_mode = True
    window.set_volunteer("Sam Patel")
    assert window.volunteer_label.text() == "Signed in: Sam Patel"
    window.open_case(case_id)
    client = store.load_answers(case_id)["carer_name"]
    assert client in window.windowTitle()
    banner = window.client_banner
    assert banner.isVisible() and banner.text() == f"You are helping: {client}"
    assert banner.font().pointSizeF() > QApplication.font().pointSizeF()
    for show in (window.show_results, window.show_summary):
        show()
        assert banner.isVisible()
    dialog = ConsentDialog(store, case_id, "Sam Patel", window)
    qtbot.addWidget(dialog)
    assert client in dialog.windowTitle()
    assert dialog.agreed.text() == f"{client} has told me they agree"
    window.go_home()
    assert window.windowTitle() == "CarerHelp" and not banner.isVisible()
