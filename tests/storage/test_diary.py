"""The diary and earnings log on a real database file: kept, replaced, consented, carried, erased."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from carerhelp.domain.diary import make_entry
from carerhelp.domain.earnings import make_pay
from carerhelp.domain.errors import StoreError
from carerhelp.storage import open_store
from carerhelp.storage.consent import ConsentNeeded, record_consent, withdraw_consent
from carerhelp.storage.diary import (
    add_pay,
    delete_day,
    delete_pay,
    load_diary,
    load_pay,
    save_day,
    update_pay,
)
from carerhelp.storage.erase import erase_case
from carerhelp.storage.transfer import (
    export_case,
    export_everything,
    import_case,
    import_everything,
)


def test_a_day_is_kept_replaced_and_removed(tmp_path: Path, meaning) -> None:
    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        first = make_entry("2026-11-29", 1, 7.5, ["meals", "medication"], 2, "tired", "Bad night")
        save_day(store, case, first)
        save_day(store, case, make_entry("2026-11-29", 2, 1))
        save_day(store, case, make_entry("2026-11-30", 1, 6))
    with open_store(tmp_path, meaning=meaning) as store:  # from the file, not from memory
        assert load_diary(store, case, person=1) == [first, make_entry("2026-11-30", 1, 6)]
        changed = make_entry("2026-11-29", 1, 9, ["meals"], 0, "okay", "")
        save_day(store, case, changed)
        assert load_diary(store, case, person=1)[0] == changed
        assert len(load_diary(store, case)) == 3
        delete_day(store, case, 1, date(2026, 11, 29))
        assert [e.day for e in load_diary(store, case, person=1)] == [date(2026, 11, 30)]


def test_payments_are_kept_exactly(tmp_path: Path, meaning) -> None:
    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        pay = make_pay("2026-11-01", "2026-11-30", "868.00", "12.34", "5.67", "40", "0.01", "Nov")
        pay_id = add_pay(store, case, pay)
        assert load_pay(store, case) == [(pay_id, pay)]
        assert load_pay(store, case)[0][1].gross == Decimal("868.00")
        better = make_pay("2026-11-01", "2026-11-30", "800")
        update_pay(store, case, pay_id, better)
        assert load_pay(store, case) == [(pay_id, better)]
        delete_pay(store, case, pay_id)
        assert load_pay(store, case) == []
        with pytest.raises(StoreError, match="no longer in CarerHelp"):
            update_pay(store, case, pay_id, better)


def test_advice_centre_mode_needs_consent_first(tmp_path: Path, meaning) -> None:
    with open_store(tmp_path, meaning=meaning) as store:
        store.advice_centre_mode = True
        case = store.create_case()
        entry, pay = make_entry("2026-11-29", 1, 5), make_pay("2026-11-01", "2026-11-07", "100")
        with pytest.raises(ConsentNeeded, match="health and money details"):
            save_day(store, case, entry)
        with pytest.raises(ConsentNeeded):
            add_pay(store, case, pay)
        assert load_diary(store, case) == [] and load_pay(store, case) == []
        record_consent(store, case, "Keeping my diary", "Vera")
        save_day(store, case, entry)
        add_pay(store, case, pay)
        withdraw_consent(store, case, "Vera")
        with pytest.raises(ConsentNeeded):
            save_day(store, case, make_entry("2026-11-30", 1, 5))


def test_an_erased_case_is_a_plain_message(tmp_path: Path, meaning) -> None:
    with open_store(tmp_path, meaning=meaning) as store:
        case = store.create_case()
        save_day(store, case, make_entry("2026-11-29", 1, 5, note="gone soon"))
        erase_case(store, case)
        assert store.query("SELECT count(*) FROM diary_entries")[0][0] == 0
        with pytest.raises(StoreError, match="no longer in CarerHelp"):
            save_day(store, case, make_entry("2026-11-29", 1, 5))


def test_export_and_import_carry_the_diary_and_earnings(tmp_path: Path, meaning) -> None:
    days = [
        make_entry(f"2026-11-{d:02}", 1, 5 + d / 4, ["meals"], d % 3, "okay", f"day {d}")
        for d in range(1, 29)
    ]
    pay = make_pay("2026-11-01", "2026-11-30", "868.00", "12.34", "5.67", "40", "0", "Nov")
    with open_store(tmp_path / "a", meaning=meaning) as source:
        case = source.create_case()
        for day in days:
            save_day(source, case, day)
        add_pay(source, case, pay)
        export_case(source, case, tmp_path / "case.carerhelp")
        export_everything(source, tmp_path / "all.zip")
    with open_store(tmp_path / "b", meaning=meaning) as target:
        copied = import_case(target, tmp_path / "case.carerhelp")
        assert load_diary(target, copied) == days
        assert [p for _id, p in load_pay(target, copied)] == [pay]
    with open_store(tmp_path / "c", meaning=meaning) as target:
        assert import_everything(target, tmp_path / "all.zip") == 1
        (summary,) = target.list_cases()
        assert load_diary(target, summary.id) == days


def test_a_self_employed_period_is_kept_carried_and_erased(tmp_path: Path, meaning) -> None:
    year = make_pay(
        "2025-04-06",
        "2026-04-05",
        "18000",
        pension="600",
        note="Accounts to 5 April",
        self_employed=True,
        expenses="6000",
    )
    job = make_pay("2026-11-01", "2026-11-07", "120")
    with open_store(tmp_path / "a", meaning=meaning) as source:
        case = source.create_case()
        year_id = add_pay(source, case, year)
        add_pay(source, case, job)
    with open_store(tmp_path / "a", meaning=meaning) as source:  # from the file
        assert [p for _id, p in load_pay(source, case)] == [year, job]
        assert load_pay(source, case)[0][1].weekly == Decimal("224.38")
        corrected = make_pay(
            "2025-04-06", "2026-04-05", "18000", self_employed=True, expenses="6500"
        )
        update_pay(source, case, year_id, corrected)
        assert load_pay(source, case)[0] == (year_id, corrected)
        export_case(source, case, tmp_path / "case.carerhelp")
    with open_store(tmp_path / "b", meaning=meaning) as target:
        copied = import_case(target, tmp_path / "case.carerhelp")
        assert [p for _id, p in load_pay(target, copied)] == [corrected, job]
        erase_case(target, copied)
        assert target.query("SELECT COUNT(*) FROM earnings")[0][0] == 0


def test_pay_kept_before_self_employed_periods_stays_pay_from_a_job(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from carerhelp.storage.migrations import migrations

    db = Database(tmp_path / "older.db")
    migrations.apply(db, stop_before="0004_self_employed_earnings")
    db.execute(
        "INSERT INTO earnings (case_id, period_start, period_end, gross, updated_at)"
        " VALUES (1, '2026-11-01', '2026-11-07', '150.00', 'x')"
    )
    migrations.apply(db)
    row = db.execute("SELECT self_employed, expenses, gross FROM earnings").fetchone()
    assert row == (0, "0.00", "150.00")
    db.close()
