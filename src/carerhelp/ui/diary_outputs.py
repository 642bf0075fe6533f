"""The assessment pack and the change of circumstances letter, made for the open case, kept and saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from carerhelp.domain.content import Content
from carerhelp.storage.diary import load_diary, load_pay
from carerhelp.storage.safety import atomic_write, refuse_store_path

ChoosePath = Callable[[str, Path], Path | None]


def pack_pdf(
    store: Any, case_id: int, answers: dict[str, Any], content: Content, on: date
) -> bytes:
    from carerhelp.letters.pack import build_pack
    from carerhelp.letters.pack_render import render_pack

    document = build_pack(
        answers,
        load_diary(store, case_id),
        [pay for _id, pay in load_pay(store, case_id)],
        on,
        content.questionnaire,
        content.rates,
        content.earnings_rules,
        content.phrases,
    )
    return render_pack(document)


def change_letter_pdf(
    store: Any, case_id: int, answers: dict[str, Any], content: Content, on: date
) -> bytes:
    from carerhelp.letters import render_pdf
    from carerhelp.letters.pack import build_change_letter

    document = build_change_letter(
        answers,
        [pay for _id, pay in load_pay(store, case_id)],
        on,
        content.questionnaire,
        content.rates,
        content.earnings_rules,
        content.phrases,
    )
    return render_pdf(document)


def keep_and_save(
    store: Any,
    case_id: int,
    kind: str,
    pdf: bytes,
    answers: dict[str, Any],
    title: str,
    choose: ChoosePath,
    volunteer: str | None = None,
) -> str:
    """Keep the PDF with the case (so it can be reprinted exactly), then write it where the
    carer chooses. Returns what happened, in words; CarerHelpError for a refusal."""
    store.save_letter(case_id, kind, pdf, answers, [], prepared_by=volunteer)
    name = str(answers.get("carer_name", "")).strip() or "carer"
    path = choose(
        title,
        Path.home()
        / QCoreApplication.translate("diary_outputs", "{title} - {name}.pdf").format(
            title=title, name=name
        ),
    )
    if path is None:
        return QCoreApplication.translate("diary_outputs", "{title} is kept in CarerHelp.").format(
            title=title
        )
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    refuse_store_path(path, store.data_dir)
    atomic_write(path, pdf)
    return QCoreApplication.translate(
        "diary_outputs", "{title} is kept in CarerHelp and saved as {path}."
    ).format(title=title, path=path)


def make(
    what: str,
    store: Any,
    case_id: int,
    answers: dict[str, Any],
    content: Content,
    on: date,
    choose: ChoosePath,
    volunteer: str | None = None,
) -> str:
    """Make the pack (`assessment_pack`) or the change letter (`change_of_circumstances`)."""
    from carerhelp.letters.pack import CHANGE_OF_CIRCUMSTANCES, PACK

    if what == PACK:
        pdf, title = (
            pack_pdf(store, case_id, answers, content, on),
            QCoreApplication.translate("diary_outputs", "Prepare for your assessment"),
        )
    elif what == CHANGE_OF_CIRCUMSTANCES:
        pdf = change_letter_pdf(store, case_id, answers, content, on)
        title = QCoreApplication.translate("diary_outputs", "Change of circumstances letter")
    else:
        raise ValueError(what)
    return keep_and_save(store, case_id, what, pdf, answers, title, choose, volunteer)
