"""The timeline in the app: "was it sent?" after a letter, the timeline page, "What needs doing"
first on the start screen, reminders that go when a reply is recorded, and the follow-up letters."""

from __future__ import annotations

import io
from datetime import date, timedelta

from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from carerhelp.domain.timeline import Event, EventKind
from carerhelp.storage.timeline import add_event, list_events
from carerhelp.storage.volunteers import sign_in
from tests.ui.conftest import TODAY
from tests.ui.test_letter_page import finish_case, pdf_text


def case_with_letter_sent(store, name: str, nation: str, sent: date, volunteer=None) -> int:
    case = store.create_case(volunteer=volunteer)
    store.save_answer(case, "carer_name", name)
    store.save_answer(case, "nation", nation)
    add_event(store, case, Event(EventKind.SENT, sent, how="post", reference="R/1"))
    return case


def test_after_saving_a_letter_it_asks_if_it_was_sent_and_records_it(
    qtbot, window, store, tmp_path
):
    finish_case(window)
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    assert letter.save_to(tmp_path / "letter.pdf")
    dialog = letter.sent_dialog
    assert dialog is not None and dialog.isVisible()
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() and widget.isVisible() and hasattr(widget, "text"):
            assert widget.accessibleName() or widget.text(), widget
    dialog.day.setDate(dialog.day.date().addDays(-2))
    dialog.how_buttons["email"].setChecked(True)
    dialog.reference.setText("ASC/77")
    dialog.record.click()
    events = list_events(store, window.controller.case_id)
    assert [(e.kind, e.on, e.how, e.reference, e.letter) for e in events] == [
        (EventKind.SENT, TODAY - timedelta(days=2), "email", "ASC/77", "assessment")
    ]
    assert store.get_case(window.controller.case_id).status == "waiting_reply"
    assert "Recorded as sent" in letter.status.text()
    # Saving the same letter again does not ask twice.
    assert letter.save_to(tmp_path / "again.pdf") and not letter.sent_dialog.isVisible()


def test_not_yet_records_nothing(qtbot, window, store, tmp_path):
    finish_case(window)
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    letter.save_to(tmp_path / "letter.pdf")
    letter.sent_dialog.not_yet.click()
    assert list_events(store, window.controller.case_id) == []


def test_what_needs_doing_comes_first_and_the_reminder_goes_when_a_reply_is_recorded(
    qtbot, window, store
):
    late = case_with_letter_sent(store, "Mair Jones", "wales", TODAY - timedelta(days=30))
    case_with_letter_sent(store, "Not Yet Due", "england", TODAY - timedelta(days=1))
    window.go_home()
    needs = window.start_page.needs_doing
    assert needs.isVisible()
    layout_order = [
        window.start_page.scroll_area.widget().layout().itemAt(i).widget()
        for i in range(window.start_page.scroll_area.widget().layout().count())
    ]
    assert layout_order[0] is needs  # first on the start screen
    assert needs.list.count() == 1
    line = needs.list.item(0).text()
    assert line.startswith("Overdue since") and "Mair Jones" in line and "Chase your letter" in line
    assert needs.list.accessibleName() == "What needs doing, soonest first"

    with qtbot.waitSignal(window.start_page.timeline_requested):
        needs.open_button.click()
    page = window.timeline_page
    assert window.stack.currentWidget() is page and page.case_id == late
    assert page.next_title.text().startswith("Next: Chase your letter")
    assert (
        page.letter_button.isVisible() and page.letter_button.text() == "Write the reminder letter"
    )

    page.kind.setCurrentIndex(page.kind.findData("acknowledged"))
    page.day.setDate(page.day.date().addDays(-1))
    page.note.setPlainText("Letter from the duty team.")
    page.add_button.click()
    assert "Acknowledged" in page.list.item(1).text() and "duty team" in page.list.item(1).text()
    assert page.next_title.text().startswith("Next: Ask when the assessment will be")
    window.go_home()
    assert needs.list.count() == 0 and needs.empty.isVisible()


def test_the_timeline_page_adds_removes_prints_and_saves_reminders(qtbot, window, store, tmp_path):
    case = case_with_letter_sent(store, "Morag MacLeòid", "scotland", TODAY - timedelta(days=3))
    window.open_timeline(case)
    page = window.timeline_page
    for widget in page.findChildren(QWidget):
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts of a date field, named through the field
        if (
            widget.focusPolicy()
            and widget.isVisibleTo(page)
            and widget.metaObject().className()
            in (
                "QPushButton",
                "QComboBox",
                "QDateEdit",
                "QLineEdit",
                "QPlainTextEdit",
                "QListWidget",
            )
        ):
            assert widget.accessibleName(), widget.metaObject().className()
    page.kind.setCurrentIndex(page.kind.findData("assessment_booked"))
    assert page.appointment.isEnabled() and not page.how.isEnabled()
    page.appointment.setDate(page.appointment.date().addDays(7))
    page.add_button.click()
    assert page.next_title.text().startswith("Next: Assessment coming up")
    assert "29 November 2026" in page.next_title.text()

    assert page.save_calendar(tmp_path / "dates")
    calendar = Calendar.from_ical((tmp_path / "dates.ics").read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert events and str(events[0]["summary"]) == "CarerHelp: Assessment coming up"
    assert events[0].decoded("dtstart") == date(2026, 11, 29)

    timeline = pdf_text(page.timeline_pdf())
    assert "Assessment booked, for 29 November 2026" in timeline and "reference R/1" in timeline
    sheet = page.sheet_pdf()
    assert len(PdfReader(io.BytesIO(sheet)).pages) == 1 and "When to chase" in pdf_text(sheet)

    page.list.setCurrentRow(1)
    page.remove_button.click()
    assert page.list.count() == 1 and page.next_title.text().startswith("Next: Chase your letter")


def test_the_next_step_button_makes_the_follow_up_letter(qtbot, window, store):
    case = case_with_letter_sent(store, "Siân Llŷr Roberts", "england", TODAY - timedelta(days=40))
    store.save_answer(case, "council", "leeds")
    add_event(store, case, Event(EventKind.CHASED, TODAY - timedelta(days=25), how="email"))
    window.open_timeline(case)
    page = window.timeline_page
    assert page.letter_button.text() == "Write the formal complaint"
    page.letter_button.click()
    letter = window.letter_page
    assert window.stack.currentWidget() is letter and letter.kind() == "complaint"
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    text = " ".join(pdf_text(letter.pdf).split())
    assert "Complaints (England) Regulations 2009" in text
    assert "Local Government and Social Care Ombudsman" in text


def test_an_advice_centre_sees_cases_by_due_date_and_can_filter_by_volunteer(qtbot, window, store):
    store.advice_centre_mode = True
    vera, tom = sign_in(store, "Vera"), sign_in(store, "Tom")
    case_with_letter_sent(store, "Later Case", "england", TODAY - timedelta(days=16), vera)
    case_with_letter_sent(store, "Earlier Case", "england", TODAY - timedelta(days=30), tom)
    window.go_home()
    needs = window.start_page.needs_doing
    assert needs.who_row.isVisible()
    names = [needs.list.item(i).text() for i in range(needs.list.count())]
    assert "Earlier Case" in names[0] and "Later Case" in names[1]
    needs.who.setCurrentIndex(needs.who.findData("Vera"))
    assert needs.list.count() == 1 and "Later Case" in needs.list.item(0).text()
    assert "helped by Vera" in needs.list.item(0).text()


def test_at_200_percent_what_needs_doing_shows_each_entry_whole(qtbot, window, store):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont

    case_with_letter_sent(store, "Mair Jones", "wales", TODAY - timedelta(days=30))
    case_with_letter_sent(store, "Gwenllian Prydderch", "wales", TODAY - timedelta(days=40))
    window.go_home()
    needs = window.start_page.needs_doing
    qtbot.waitUntil(lambda: needs.list.count() == 2)
    big = QFont(needs.list.font())
    big.setPointSizeF(26)  # the text size 200% gives
    needs.list.setFont(big)
    qtbot.wait(50)
    metrics = needs.list.fontMetrics()
    width = needs.list.viewport().width() - metrics.averageCharWidth() * 2
    rows = [
        metrics.boundingRect(
            QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, needs.list.item(i).text()
        ).height()
        for i in range(2)
    ]
    assert rows[0] >= metrics.lineSpacing() * 2  # the entries wrap over several lines
    # All of them up to nine lines of text (then the list scrolls), and the first always whole.
    shown = needs.list.viewport().height()
    assert shown >= min(sum(rows), metrics.lineSpacing() * 9) and shown >= rows[0]
