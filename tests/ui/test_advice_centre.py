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
    row = store.query("SELECT action, volunteer FROM audit ORDER BY id DESC LIMIT 1")[0]
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


def test_statistics_hide_small_counts_and_names(tmp_path: Path, store, content):
    generate_demo_cases(store, 40, seed=3)
    rows = write_statistics_csv(store, tmp_path / "figures.csv", date(2026, 11, 22), content)
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


def test_a_morning_of_clients_on_one_pc(qtbot, window, store, tmp_path: Path, monkeypatch, meaning):
    """Find, open, consent, letter, export and erase, through the real window, as a volunteer would."""
    import io
    import json

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from carerhelp.storage import open_store
    from carerhelp.storage.transfer import import_case
    from tests.storage.canary import hits, new_canary
    from tests.ui.conftest import example_answers
    from tests.ui.test_wizard import step

    told: list[str] = []
    consent_asked: list[int] = []

    def agree(dialog) -> int:  # the client agrees, and the volunteer ticks the box
        consent_asked.append(dialog.case_id)
        dialog.agreed.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", agree)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    store.advice_centre_mode = True
    window.set_volunteer("Nia Volunteer")

    marker = new_canary()
    clients = {}
    for name in ("Client Alaw Jones", f"Client Bryn {marker}"):
        answers = {**example_answers("england.json"), "carer_name": name}
        window.new_case()
        page = window.question_page
        for _ in range(150):
            if window.stack.currentWidget() is not page:
                break
            step(page, answers)
        assert window.stack.currentWidget() is window.check_page, f"{name} did not finish"
        case_id = window.controller.case_id
        clients[name] = case_id
        assert consent_asked[-1] == case_id, "consent is asked for at the first health answer"
        assert store.load_answers(case_id)["person1_condition"]  # kept once consent was recorded
        window.show_results()
        window.show_letter()
        qtbot.waitUntil(lambda: window.letter_page.pdf is not None, timeout=15_000)
        text = "\n".join(
            p.extract_text() for p in PdfReader(io.BytesIO(window.letter_page.pdf)).pages
        )
        text = " ".join(text.split())  # a long name may wrap in a large-print letter
        assert name in text and "Nia Volunteer" in text
        assert window.letter_page.save_to(tmp_path / f"{case_id}.pdf")  # kept once saved
        window.go_home()

    # Find the first client again by typing part of the name.
    page = window.start_page
    page.search.setText("Alaw")
    page.apply_filter()
    assert page.model.rowCount() == 1 and page.selected_case_id() == clients["Client Alaw Jones"]

    # Export that client for another PC, and import it there.
    exported = tmp_path / "alaw.carerhelp"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(exported), ""))
    from carerhelp.ui.dialogs import QtDialogs

    monkeypatch.setattr(QtDialogs, "export_passphrase", lambda _self: (True, None))
    window.case_actions.export_one()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20_000)
    assert told[-1] == f"The case was saved to {exported}."
    with open_store(tmp_path / "other-pc", meaning=meaning) as other:
        imported = import_case(other, exported)
        assert other.load_answers(imported) == store.load_answers(clients["Client Alaw Jones"])
        assert len(other.list_letters(imported)) == 1
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == "carerhelp-case"

    # The second client asks to be forgotten.
    window.case_actions.erase(clients[f"Client Bryn {marker}"])
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20_000)
    assert "has been erased" in told[-1]
    assert hits([store.data_dir], marker) == []
    page.search.clear()
    page.apply_filter()
    assert page.model.total == 1
