"""The import checks keep up with the schema and the letters: every table and column of a case is
checked, and every kind of letter CarerHelp keeps is one an import accepts."""

from __future__ import annotations

from pathlib import Path

from carerhelp.letters import pack
from carerhelp.storage import open_store
from carerhelp.storage.imported import CASE_COLUMNS, CHECKED_TABLES, letter_kinds
from carerhelp.storage.transfer import case_tables


def test_every_table_of_a_case_has_its_check(tmp_path: Path, meaning):
    with open_store(tmp_path / "data", meaning=meaning) as store, store.read() as tx:
        assert set(case_tables(tx)) == set(CHECKED_TABLES)
        columns = {row[1] for row in tx.execute("PRAGMA table_info(cases)")}
    assert columns - {"id"} == CASE_COLUMNS


def test_every_kind_of_letter_kept_can_be_imported():
    from carerhelp.cli.letter import letter_kinds as spec_kinds

    assert set(spec_kinds()) | {pack.PACK, pack.CHANGE_OF_CIRCUMSTANCES} == letter_kinds()
