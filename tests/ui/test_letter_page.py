"""The letter screen: the real PDF previewed, kept with its answers, saved, and reopened exactly."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import example_answers
from tests.ui.test_wizard import step


def pdf_text(pdf: bytes | None) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages) if pdf else ""


def finish_case(window) -> None:
    window.new_case()
    answers = example_answers("england.json")
    page = window.question_page
    while window.stack.currentWidget() is page:
        step(page, answers)
    window.show_results()


def test_letter_is_previewed_kept_saved_and_reopened_exactly(qtbot, window, store, tmp_path: Path):
    finish_case(window)
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    pages = [
        w
        for w in letter.preview_holder.findChildren(QLabel)
        if w.accessibleName().startswith("Page ")
    ]
    assert len(pages) >= 2 and not pages[0].pixmap().isNull()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.pdf)).pages)
    assert "Siân Llŷr Roberts" in text and "Leeds City Council" in text

    letter.team_edit.setText("Carers' Assessment Team")
    letter.address_edit.setPlainText("Civic Hall\nLeeds LS1 1UR")
    letter.update_button.click()
    qtbot.waitUntil(lambda: "Civic Hall" in pdf_text(letter.pdf), timeout=15_000)
    made = letter.pdf
    assert letter.save_to(tmp_path / "my letter.pdf")
    assert (tmp_path / "my letter.pdf").read_bytes() == made

    records = store.list_letters(window.controller.case_id)
    assert len(records) == 1 and records[0].kind == "assessment"
    kept = store.get_letter(records[0].id)
    assert kept.pdf == made and kept.answers["carer_name"] == "Siân Llŷr Roberts"

    letter.make_letter()  # make a fresh one, then reopen the kept one
    qtbot.waitUntil(lambda: letter.status.text().startswith("Your letter is ready"), timeout=15_000)
    letter.history.setCurrentRow(0)
    letter.reopen_button.click()
    assert letter.pdf == made and letter.showing_stored == kept.id


def test_respite_letter_can_be_chosen(qtbot, window):
    finish_case(window)
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    letter.kind_buttons["respite"].setChecked(True)
    qtbot.waitUntil(
        lambda: (
            "break from caring"
            in "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.pdf)).pages)
        ),
        timeout=15_000,
    )
    assert letter.kind_buttons["respite"].isChecked()
    assert Qt.FocusPolicy.TabFocus & letter.print_button.focusPolicy()


def test_the_kinds_offered_are_the_specs_and_a_typed_team_is_kept(qtbot, window):
    from carerhelp.letters import letter_labels

    finish_case(window)
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    content = window.content
    assert list(letter.kind_buttons) == list(content.letters)
    assert letter.kind_labels == letter_labels(content.letters, content.phrases)
    assert letter.team_edit.text() == "Adult Social Care"  # chosen by the spec for an adult carer
    letter.team_edit.clear()
    qtbot.keyClicks(letter.team_edit, "Carers Hub")
    letter.kind_buttons["respite"].setChecked(True)
    qtbot.waitUntil(lambda: "(respite): Siân" in pdf_text(letter.pdf), timeout=15_000)
    assert letter.team_edit.text() == "Carers Hub" and "Carers Hub" in pdf_text(letter.pdf)


def test_the_diary_documents_are_named_in_words_in_the_history(qtbot, window, store):
    """The pack and the change letter are kept with the letters; the history says what they are."""
    from carerhelp.letters.pack import CHANGE_OF_CIRCUMSTANCES, PACK

    finish_case(window)
    case_id = window.controller.case_id
    answers = store.load_answers(case_id)
    for kind in (PACK, CHANGE_OF_CIRCUMSTANCES):
        store.save_letter(case_id, kind, b"%PDF-1.4\n%%EOF\n", answers, [])
    window.show_letter()
    letter = window.letter_page
    items = [letter.history.item(row).text() for row in range(letter.history.count())]
    assert any(text.endswith("— Prepare for your assessment") for text in items), items
    assert any(text.endswith("— Change of circumstances: my earnings") for text in items), items
    assert not any(PACK in text or CHANGE_OF_CIRCUMSTANCES in text for text in items), items


def test_the_team_name_shows_its_start_when_it_is_too_long_for_its_box(qtbot, window):
    """A team name wider than its box ('Gwasanaethau Cymdeithasol (gwasanaethau oedolion)') showed
    only its last letters, since setText leaves the cursor at the end."""
    finish_case(window)
    window.show_letter()
    letter = window.letter_page
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=15_000)
    assert letter.team_edit.text() and letter.team_edit.cursorPosition() == 0
    letter.kind_buttons["respite"].setChecked(True)
    qtbot.waitUntil(lambda: "(respite)" in pdf_text(letter.pdf), timeout=15_000)
    assert letter.team_edit.cursorPosition() == 0
