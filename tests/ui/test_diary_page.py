"""The diary page with real widgets on a real store: quick days, same as yesterday, weeks, earnings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from carerhelp.domain.earnings import make_pay
from carerhelp.storage.diary import add_pay, load_diary, load_pay
from carerhelp.ui.diary_page import DiaryPage
from tests.ui.conftest import example_answers
from tests.ui.keyboard import press

TODAY = date(2026, 11, 28)  # a Saturday


def make_page(qtbot, store, content, errors=None):
    answers = example_answers("england.json")
    case = store.create_case()
    page = DiaryPage(store, case, content, answers, lambda: TODAY, (errors or []).append)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page, case


def test_a_day_is_saved_and_same_as_yesterday_copies_it_in_one_key(qtbot, store, content):
    page, case = make_page(qtbot, store, content)
    diary = page.diary
    diary.day.setDate(QDate(2026, 11, 22))
    diary.hours.setValue(7.5)
    diary.nights.setValue(2)
    diary.task_boxes["meals"].setChecked(True)
    diary.feeling.setCurrentIndex(diary.feeling.findData("tired"))
    diary.note.setText("A long day")
    qtbot.mouseClick(diary.save_button, Qt.MouseButton.LeftButton)
    diary.step(+1)
    assert diary.hours.value() == 0 and diary.status.text() == "Not written down yet"
    diary.hours.setFocus()
    press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    saved = load_diary(store, case)
    assert [(e.day, e.hours, e.tasks, e.nights, e.feeling, e.note) for e in saved] == [
        (date(2026, 11, 22), 7.5, ("meals",), 2, "tired", "A long day"),
        (date(2026, 11, 23), 7.5, ("meals",), 2, "tired", ""),
    ]
    assert diary.hours.value() == 7.5 and "same as the day before" in diary.status.text()


def test_a_past_day_can_be_changed(qtbot, store, content):
    page, case = make_page(qtbot, store, content)
    diary = page.diary
    diary.day.setDate(QDate(2026, 11, 20))
    diary.hours.setValue(3)
    diary.save()
    diary.day.setDate(QDate(2026, 11, 27))
    diary.day.setDate(QDate(2026, 11, 20))
    assert diary.hours.value() == 3
    diary.hours.setValue(9)
    diary.save()
    assert [e.hours for e in load_diary(store, case)] == [9]
    assert not diary.next_button.isEnabled() or diary.current_day < TODAY


def test_weeks_under_35_are_flagged_in_words_in_the_table_and_chart(qtbot, store, content):
    page, _case = make_page(qtbot, store, content)
    diary = page.diary
    first = date(2026, 11, 15)  # a Sunday
    for n in range(14):
        diary.day.setDate(QDate(first + timedelta(days=n)))
        diary.hours.setValue(4 if n < 7 else 6)
        diary.save()
    rows = [list(row) for row in diary.table.model().rows]
    assert rows == [
        ["15 Nov to 21 Nov 2026", "28", "7 of 7", "0", "Under 35 hours"],
        ["22 Nov to 28 Nov 2026", "42", "7 of 7", "0", "35 hours or more"],
    ]
    assert [bar.flagged for bar in diary.chart.bars] == [True, False]
    assert "1 on the wrong side of 35 hours" in diary.chart.accessibleDescription()
    assert "average of 35 hours a week" in diary.summary.text()
    image = diary.chart.grab().toImage()
    assert image.width() > 100  # it paints without error


def test_every_control_has_an_accessible_name(qtbot, store, content):
    page, _case = make_page(qtbot, store, content)
    unnamed = [
        w.objectName() or type(w).__name__
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(page)
        and isinstance(w, QAbstractButton | type(page.diary.hours) | type(page.diary.day))
        and not w.accessibleName()
    ]
    assert unnamed == []


def test_earnings_warn_before_a_week_goes_over(qtbot, store, content):
    page, case = make_page(qtbot, store, content)
    tab = page.earnings
    add_pay(store, case, make_pay("2026-11-22", "2026-11-28", "150"))
    tab.reload()
    assert (
        "This week's limit is £204.00" in tab.room.text() and "£54.00 to spare" in tab.room.text()
    )
    tab.start.setDate(QDate(2026, 11, 27))
    tab.end.setDate(QDate(2026, 11, 27))
    tab.amounts["gross"].setValue(60)
    asked: list[str] = []
    assert not tab.save(confirm=lambda text: asked.append(text) or False)
    assert "Over the limit by £6.00" in asked[0] and "tell the Carer's Allowance Unit" in asked[0]
    assert len(load_pay(store, case)) == 1, "nothing kept until the carer agrees"
    assert tab.save(confirm=lambda text: True)
    assert len(load_pay(store, case)) == 2
    assert tab.weeks_table.model().text(0, 2) == "Over the limit by £6.00"
    assert not tab.letter_button.isHidden()
    assert [bar.flagged for bar in tab.chart.bars] == [True]


def test_from_the_results_to_the_diary_and_a_printed_pack(
    qtbot, window, store, tmp_path, monkeypatch
):
    from carerhelp.ui.dialogs import QtDialogs
    from tests.ui.test_letter_page import finish_case, pdf_text

    finish_case(window)
    case = window.controller.case_id
    qtbot.mouseClick(window.results_page.diary_button, Qt.MouseButton.LeftButton)
    page = window.diary_page
    assert window.stack.currentWidget() is page
    for n in range(7):  # the week before "today" (22 November 2026) in the window fixture
        page.diary.day.setDate(QDate(2026, 11, 15 + n))
        page.diary.hours.setValue(3)
        page.diary.save()
    findings = {f.id: f for f in window.findings()}
    assert findings["carers_allowance"].status.value == "not_eligible", "21 hours a week, measured"
    out = tmp_path / "pack.pdf"
    monkeypatch.setattr(QtDialogs, "save_file", lambda self, title, suggested, kinds: out)
    qtbot.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    text = pdf_text(out.read_bytes())
    assert "Prepare for your assessment" in text and "average of 21 hours a week" in text
    assert [r.kind for r in store.list_letters(case)] == ["assessment_pack"]
    add_pay(store, case, make_pay("2026-11-15", "2026-11-21", "300"))
    page.earnings.reload()
    assert not page.earnings.letter_button.isHidden()
    letter = tmp_path / "change.pdf"
    monkeypatch.setattr(QtDialogs, "save_file", lambda self, title, suggested, kinds: letter)
    qtbot.mouseClick(page.earnings.letter_button, Qt.MouseButton.LeftButton)
    assert "Change of circumstances: my earnings" in pdf_text(letter.read_bytes())
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results_page


@pytest.mark.parametrize("lang", ["en", "cy"], ids=["English", "Cymraeg"])
def test_diary_and_earnings_fit_at_200_percent_and_every_control_is_named(qtbot, request, lang):
    from tests.ui.test_accessibility import LANGUAGES, clipped, unnamed
    from tests.ui.test_letter_page import finish_case

    window = request.getfixturevalue(LANGUAGES[lang][0])
    qtbot.waitUntil(window.isActiveWindow)  # made here, not before the test: let it settle

    window.size_combo.setCurrentIndex(window.size_combo.count() - 1)
    assert window.prefs.text_scale == 200
    finish_case(window)
    window.show_diary()
    page = window.diary_page
    problems = {}
    for index, name in ((0, "diary"), (1, "earnings")):
        page.tabs.setCurrentIndex(index)
        window.resize(1024, 768)
        found = clipped(window) + [f"unnamed {w}" for w in unnamed(window)]
        if window.width() > 1024:
            found.append(f"the window needs {window.width()} pixels")
        if found:
            problems[name] = found[:4]
    assert problems == {}


def test_the_letter_made_in_the_window_carries_the_diary(qtbot, window, store):
    from tests.ui.test_letter_page import finish_case, pdf_text

    finish_case(window)
    window.show_diary()
    page = window.diary_page
    for n in range(7):
        page.diary.day.setDate(QDate(2026, 11, 15 + n))
        page.diary.hours.setValue(8)
        page.diary.nights.setValue(1 if n < 3 else 0)
        page.diary.save()
    window.show_results()
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    text = " ".join(pdf_text(letter.pdf).split())
    assert "average of 56 hours a week, and was up at night on 3 nights" in text


def test_in_scotland_the_warning_says_social_security_scotland_averages(qtbot, store, content):
    from carerhelp.ui.earnings_tab import EarningsTab

    case = store.create_case()
    answers = {**example_answers("scotland.json")}
    tab = EarningsTab(
        store,
        case,
        answers,
        lambda: TODAY,
        [].append,
        content.rates,
        content.earnings_rules,
        content.phrases,
    )
    qtbot.addWidget(tab)
    add_pay(store, case, make_pay("2026-11-22", "2026-11-28", "150"))
    tab.reload()
    tab.start.setDate(QDate(2026, 11, 27))
    tab.end.setDate(QDate(2026, 11, 27))
    tab.amounts["gross"].setValue(60)
    asked: list[str] = []
    tab.save(confirm=lambda text: asked.append(text) or False)
    assert "Social Security Scotland works out your average take home pay" in asked[0]
    assert "you would get no Carer's Allowance" not in asked[0]


def test_a_self_employed_year_is_written_down_by_keyboard_and_averaged(qtbot, store, content):
    page, case = make_page(qtbot, store, content)
    page.tabs.setCurrentIndex(1)
    tab = page.earnings
    assert tab.amount_labels["expenses"].isHidden(), "business expenses only when self-employed"
    tab.note.setFocus()
    press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # its access key, from another field
    qtbot.waitUntil(tab.self_employed.isChecked)  # an access key clicks after a short flash
    assert not tab.amount_labels["expenses"].isHidden()
    assert tab.amounts["gross"].accessibleName() == "Takings (money in)"
    assert tab.amounts["expenses"].accessibleName() == "Business expenses"
    tab.start.setDate(QDate(2025, 4, 6))
    tab.end.setDate(QDate(2026, 4, 5))
    tab.amounts["gross"].setValue(18000)  # over a job's £100,000 cap is allowed for takings
    tab.amounts["expenses"].setValue(6000)
    tab.amounts["pension"].setValue(600)
    asked: list[str] = []
    assert tab.save(confirm=lambda text: asked.append(text) or True)
    ((_id, kept),) = load_pay(store, case)
    assert kept.self_employed and kept.expenses == 6000 and str(kept.weekly) == "224.38"
    assert "Over the limit by £28.38" in asked[0]
    assert tab.payments_table.model().text(0, 1) == "£18,000.00 takings, £6,000.00 expenses"
    assert "£224.38 a week on average" in tab.payments_table.model().text(0, 2)
    assert not tab.self_employed.isChecked(), "the form is ready for the next entry"
    tab.payments_table.selectRow(0)
    assert tab.self_employed.isChecked() and tab.amounts["expenses"].value() == 6000
    texts = " ".join(label.text() for label in tab.findChildren(type(tab.room)))
    assert "If you work for yourself" in texts and "tax return" in texts


def test_a_week_between_the_old_and_new_limit_says_what_to_check(qtbot, store, content):
    page, case = make_page(qtbot, store, content)
    page.tabs.setCurrentIndex(1)
    tab = page.earnings
    assert tab.limit_note.isHidden()
    add_pay(store, case, make_pay("2026-04-05", "2026-04-11", "200"))
    tab.reload()
    assert not tab.limit_note.isHidden() and tab.limit_note.accessibleName()
    assert "Ask the Carer's Allowance Unit which limit" in tab.limit_note.text()


def test_a_welsh_diary_and_earnings_log_speak_welsh(qtbot, store, welsh_content, content):
    """The weeks, their flags, the summary and the warning before a week goes over follow the
    content's language, as the pack does."""
    from carerhelp.domain.earnings import earnings_weeks
    from carerhelp.domain.evidence import earnings_flag
    from carerhelp.ui.earnings_tab import warning_text
    from tests.ui.test_translation import content_patterns

    page, case = make_page(qtbot, store, welsh_content)
    diary = page.diary
    first = date(2026, 11, 15)  # a Sunday
    for n in range(14):
        diary.day.setDate(QDate(first + timedelta(days=n)))
        diary.hours.setValue(4 if n < 7 else 6)
        diary.save()
    rows = [list(row) for row in diary.table.model().rows]
    assert [row[0] for row in rows] == ["15 Tach i 21 Tach 2026", "22 Tach i 28 Tach 2026"]
    assert [row[4] for row in rows] == [
        welsh_content.phrases.text("fixed.diary.flag_under", {"full": 35}),
        welsh_content.phrases.text("fixed.diary.flag_full", {"full": 35}),
    ]
    assert "35 awr yr wythnos ar gyfartaledd" in diary.summary.text()
    pay = make_pay("2026-11-15", "2026-11-21", "300")
    add_pay(store, case, pay)
    page.earnings.reload()
    over = earnings_weeks([pay], welsh_content.rates)
    weeks = [list(row) for row in page.earnings.weeks_table.model().rows]
    assert weeks[0][2] == earnings_flag(over[0], welsh_content.phrases)
    said = warning_text(over, "Uned Lwfans Gofalwr", welsh_content.phrases)
    assert said.startswith("15 Tach i 21 Tach 2026")
    shown = [diary.summary.text(), said, *(str(cell) for row in rows + weeks for cell in row)]
    english = content_patterns(content, welsh_content)
    assert [text for text in shown if any(p.search(text) for p in english)] == []
