"""Search-as-you-type over names, postcode and notes: accents, prefixes, odd input, index in step."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carerhelp.storage import CaseStore, open_store
from carerhelp.storage.search import fts_query


@pytest.fixture
def store(tmp_path: Path, meaning):
    opened = open_store(tmp_path, meaning=meaning)
    yield opened
    opened.close()


def add(store: CaseStore, carer: str, person: str = "", postcode: str = "", notes: str = "") -> int:
    case = store.create_case()
    store.save_answer(case, "carer_name", carer)
    if person:
        store.save_answer(case, "person1_name", person)
    if postcode:
        store.save_answer(case, "carer_postcode", postcode)
    if notes:
        store.set_notes(case, notes)
    return case


def found(store: CaseStore, text: str) -> set[int]:
    ids = {case.id for case in store.list_cases(search=text)}
    assert store.count_cases(search=text) == len(ids)
    return ids


def index_is_consistent(store: CaseStore) -> None:
    with store.write() as tx:
        tx.execute("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")


def test_accents_prefixes_and_every_searchable_field(store: CaseStore):
    sian = add(store, "Siân Llŷr", person="Dafydd ap Rhŵs", postcode="CF10 1AA")
    sean = add(store, "Seán Ó Dónaill", postcode="BT1 5GS", notes="Needs an interpreter")
    other = add(store, "Margaret Smith", person="Siobhán Smith", postcode="LS1 4AP")
    assert found(store, "Siân") == found(store, "sian") == found(store, "SIA") == {sian}
    assert found(store, "llyr") == {sian}
    assert found(store, "rhws") == {sian}  # the person cared for
    assert found(store, "cf10") == {sian}  # postcode
    assert found(store, "cf10 1a") == {sian}
    assert found(store, "CF101AA") == {sian} and found(store, "bt15gs") == {sean}
    assert found(store, "CF101AB") == set()
    assert found(store, "interp") == {sean}  # case notes
    assert found(store, "o donaill") == {sean}
    assert found(store, "s") == {sian, sean, other}
    assert found(store, "smith si") == {other}  # every word must match
    assert found(store, "smith sean") == set()
    assert found(store, "") == found(store, "   ") == {sian, sean, other}


@pytest.mark.parametrize(
    "text",
    ['"', "'", "*", "sian*", "NEAR(", "AND", "OR sian", "-sian", "^", "cases_fts:", "a\x00b", "🙂"],
)
def test_any_typed_text_is_a_safe_search(store: CaseStore, text: str):
    case = add(store, "Siân Llŷr")
    results = found(store, text)
    assert results <= {case}


def test_the_index_follows_every_change(store: CaseStore):
    case = add(store, "Gwenllian", notes="first note")
    store.save_answer(case, "carer_name", "Rhiannon")
    store.set_notes(case, "second note")
    assert found(store, "gwenllian") == set() and found(store, "first") == set()
    assert found(store, "rhiannon") == {case} and found(store, "second") == {case}
    store.delete_answer(case, "carer_name")
    assert found(store, "rhiannon") == set()
    index_is_consistent(store)


def test_search_combines_with_status_and_archive(store: CaseStore):
    open_case = add(store, "Amira Hussain")
    closed = add(store, "Amira Patel")
    store.set_status(closed, "closed")
    archived = add(store, "Amira Jones")
    store.set_archived(archived, True)
    assert found(store, "amira") == {open_case, closed}
    assert {c.id for c in store.list_cases(search="amira", status="closed")} == {closed}
    assert {c.id for c in store.list_cases(search="amira", include_archived=True)} == {
        open_case,
        closed,
        archived,
    }


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_no_typed_text_breaks_the_query(store: CaseStore, text: str):
    query = fts_query(text)
    assert query.count('"') % 2 == 0
    store.list_cases(search=text)  # must not raise
