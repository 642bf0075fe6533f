"""Advice-centre mode through the real widgets and store: volunteers, consent, copy, erase, figures."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from carerhelp.storage.consent import ConsentNeeded, consent_state
from carerhelp.storage.demo import generate_demo_cases
from carerhelp.storage.stats import write_statistics_csv
from carerhelp.ui.advice import ConsentDialog, VolunteerDialog


def test_volunteer_signs_in_and_is_logged(qtbot, window, store):
    dialog = VolunteerDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.entry.setText("  Nia  Volunteer ")
    dialog.accept()
    assert dialog.name == "Nia Volunteer"
    row = store.conn.execute(
        "SELECT action, volunteer FROM audit ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert row == ("volunteer_signed_in", "Nia Volunteer")
    again = VolunteerDialog(store, window)
    qtbot.addWidget(again)
    assert again.names.item(0).text() == "Nia Volunteer"


def test_consent_is_needed_before_health_details_in_advice_centre_mode(qtbot, window, store):
    store.advice_centre_mode = True
    case = store.create_case()
    store.save_answer(case, "carer_name", "Client One")
    with pytest.raises(ConsentNeeded):
        store.save_answer(case, "person1_condition", "Dementia")
    dialog = ConsentDialog(store, case, "Nia", window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert not consent_state(store, case).given, "consent must not be recorded without the tick"
    assert not dialog.error.isHidden() and "Tick the box" in dialog.error.text()
    dialog.agreed.setChecked(True)
    dialog.accept()
    state = consent_state(store, case)
    assert state.given and state.recorded_by == "Nia" and "health details" in state.covers
    store.save_answer(case, "person1_condition", "Dementia")
    assert store.load_answers(case)["person1_condition"] == "Dementia"


def test_withdrawn_consent_blocks_new_letters(store):
    from carerhelp.storage.consent import ConsentWithdrawn, record_consent, withdraw_consent

    store.advice_centre_mode = True
    case = store.create_case()
    record_consent(store, case, "Keeping my answers", "Nia")
    store.save_letter(case, "assessment", b"%PDF", {}, [])
    withdraw_consent(store, case, "Nia")
    with pytest.raises(ConsentWithdrawn):
        store.save_letter(case, "assessment", b"%PDF", {}, [])
    assert len(store.list_letters(case)) == 1


def test_copy_case_keeps_the_carer_and_clears_the_person(window, store):
    from carerhelp.storage.casework import copy_case

    case = store.create_case()
    for question, value in {
        "carer_name": "Siân",
        "nation": "wales",
        "person1_name": "Mam",
        "person1_hours": 40,
        "contact_method": "phone",
    }.items():
        store.save_answer(case, question, value)
    copied = store.load_answers(copy_case(store, case, "Nia"))
    assert copied == {"carer_name": "Siân", "nation": "wales", "contact_method": "phone"}


def test_statistics_hide_small_counts_and_names(tmp_path: Path, store):
    generate_demo_cases(store, 40, seed=3)
    rows = write_statistics_csv(store, tmp_path / "figures.csv", date(2026, 11, 22))
    text = (tmp_path / "figures.csv").read_text(encoding="utf-8")
    table = list(csv.DictReader(text.splitlines()))
    assert rows == len(table) > 5
    counts = [row["count"] for row in table]
    assert all(c == "<5" or int(c) == 0 or int(c) >= 5 for c in counts)
    assert "<5" in counts
    names = [case.carer_name for case in store.list_cases()]
    assert not any(name and name in text for name in names)
    nation_total = sum(
        int(r["count"]) for r in table if r["measure"] == "cases by nation" and r["count"] != "<5"
    )
    assert nation_total <= 40


def test_case_list_search_and_status_filter_with_many_cases(qtbot, window, store):
    generate_demo_cases(store, 2_000, seed=7)
    page = window.start_page
    page.refresh()
    assert page.model.total == 2_000 and page.model.rowCount() == 200
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    target = store.list_cases(limit=1, offset=1234)[0]
    page.search.setText(target.carer_name.split()[0][:4])
    page.apply_filter()
    names = [page.model.case_at(r).carer_name for r in range(page.model.rowCount())]
    assert target.carer_name in names or page.model.total > page.model.rowCount()
    page.status.setCurrentIndex(page.status.findData("closed"))
    assert all(page.model.case_at(r).status == "closed" for r in range(page.model.rowCount()))
