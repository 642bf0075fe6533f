"""A valid export, mutated at random (values, types, nesting, text) with its checksum recomputed
as an attacker would: each result either imports cleanly, after which listing, figures, opening
the case, its letters, export and erasure all work, or is refused with exit status 1 and the
store left byte-for-byte as it was."""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from carerhelp.__main__ import main
from carerhelp.domain.content import load_content
from carerhelp.domain.rights import assess
from carerhelp.storage import open_store
from carerhelp.storage.erase import erase_case
from carerhelp.storage.transfer import _checksum, export_case, export_everything
from tests.storage.canary import fill_case

CONTENT = load_content()
QUESTIONNAIRE = CONTENT.questionnaire
NASTY = ["\x00", "\x1b[31m", "\u202e", "=", "＝", "\n", "\t", " ", "../", "🙂", "\ufeff", "\u0301"]

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(NASTY),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


def get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


@st.composite
def mutated(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(document)
    payload = document["payload"]
    for _ in range(draw(st.integers(1, 3))):
        where = paths(payload)[1:]
        path = draw(st.sampled_from(where))
        parent, key = get(payload, path[:-1]), path[-1]
        old = parent[key]
        how = draw(
            st.sampled_from(["value", "type", "nest", "text", "drop", "json-text", "answer-text"])
        )
        if how == "answer-text":  # text a carer could type, with nasty characters in it
            tables = payload.get("tables")
            rows = tables.get("answers") if isinstance(tables, dict) else None
            texts = [
                row
                for row in (rows if isinstance(rows, list) else [])
                if isinstance(row, dict)
                and isinstance(row.get("value"), str)
                and isinstance(_loads(row["value"]), str)
            ]
            if texts:
                row = draw(st.sampled_from(texts))
                typed = draw(st.lists(st.sampled_from([*NASTY, "Siân", "a"]), max_size=4))
                row["value"] = json.dumps("".join(typed) + json.loads(row["value"]))
        elif how == "value":
            parent[key] = draw(json_value)
        elif how == "type":
            parent[key] = str(old) if not isinstance(old, str) else draw(st.integers(-5, 10**6))
        elif how == "nest":
            parent[key] = draw(st.sampled_from([[old], {"x": old}, {"$base64": old}]))
        elif how == "text" and isinstance(old, str):
            cut = draw(st.integers(0, len(old)))
            parent[key] = old[:cut] + draw(st.sampled_from(NASTY)) + old[cut:]
        elif how == "json-text" and isinstance(old, str) and old[:1] in '"[{tf0123456789-n':
            parent[key] = json.dumps(draw(json_value))
        elif how == "drop":
            if isinstance(parent, dict):
                del parent[key]
            else:
                parent.pop(key)
    document["sha256"] = _checksum(payload)
    return document


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def valid_export(tmp_path_factory: pytest.TempPathFactory, meaning) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("source")
    with open_store(folder / "data", meaning=meaning) as store:
        export_case(store, fill_case(store, "Fuzz Case 🙂"), folder / "case.carerhelp")
    document: dict[str, Any] = json.loads((folder / "case.carerhelp").read_text("utf-8"))
    return document


def everything_works(folder: Path, work: Path, capsys) -> None:
    """List, figures, open the case, its letters, export and erase: all without a fault."""
    assert main(["--data-dir", str(folder), "cases", "list", "--archived"]) == 0
    assert main(["--data-dir", str(folder), "cases", "list", "--json"]) == 0
    assert main(["--data-dir", str(folder), "cases", "stats", "--out", str(work / "f.csv")]) == 0
    capsys.readouterr()
    with open_store(folder) as store:
        (newest,) = store.list_cases(include_archived=True, sort="created_at")[:1]
        case = store.get_case(newest.id)
        answers = store.load_answers(case.id)
        for question in QUESTIONNAIRE.visible_questions(answers):
            if question.id in answers:
                QUESTIONNAIRE.format_answer(question.id, answers[question.id])
        QUESTIONNAIRE.first_unanswered(answers)
        active = QUESTIONNAIRE.active_answers(answers)
        if "nation" in active:
            assess(active, date(2026, 12, 1), CONTENT)
        for letter in store.list_letters(case.id):
            kept = store.get_letter(letter.id)
            assert kept.pdf.startswith(b"%PDF-")
        export_case(store, case.id, work / "again.carerhelp")
        export_everything(store, work / "all.zip")
        erase_case(store, case.id)
        assert all(c.id != case.id for c in store.list_cases(include_archived=True))


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_mutated_export_imports_cleanly_or_changes_nothing(
    tmp_path_factory: pytest.TempPathFactory, valid_export: dict[str, Any], capsys, data, meaning
):
    document = data.draw(mutated(valid_export))
    work = tmp_path_factory.mktemp("fuzz")
    folder = work / "data"
    with open_store(folder, meaning=meaning) as store:
        store.save_answer(store.create_case(), "carer_name", "Already Here")
    path = work / "mutated.carerhelp"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = snapshot(folder)
    code = main(["--data-dir", str(folder), "import", str(path)])
    err = capsys.readouterr().err
    event("imported" if code == 0 else "refused")
    if code == 0:
        everything_works(folder, work, capsys)
    else:
        assert code == 1 and err.startswith("carerhelp: ") and "Traceback" not in err
        assert str(path) in err, err
        assert snapshot(folder) == before, "a refused file must leave the store as it was"


def test_the_unmutated_export_imports_and_everything_works(
    tmp_path: Path, valid_export: dict[str, Any], capsys
):
    folder = tmp_path / "data"
    path = tmp_path / "case.carerhelp"
    path.write_text(json.dumps(valid_export), encoding="utf-8")
    assert main(["--data-dir", str(folder), "import", str(path)]) == 0
    everything_works(folder, tmp_path, capsys)
