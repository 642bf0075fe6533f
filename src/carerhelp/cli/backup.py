"""Commands that move data: export and import a case, export everything, back up and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerhelp.cli import opened_store
from carerhelp.domain.errors import CarerHelpError


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help="save one case, with its letters, to a file")
    export.add_argument("case_id", type=int, metavar="CASE_ID")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(func=run_export)
    imported = subparsers.add_parser("import", help="add a case from a file made by 'export'")
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.set_defaults(func=run_import)
    everything = subparsers.add_parser(
        "export-all", help="save everything to one zip (JSON, CSV and PDFs)"
    )
    everything.add_argument("file", type=Path, metavar="FILE.zip")
    everything.set_defaults(func=run_export_all)
    backup = subparsers.add_parser("backup", help="make a checked backup now")
    backup.set_defaults(func=run_backup)
    backups = subparsers.add_parser("backups", help="list backups, newest first")
    backups.set_defaults(func=run_list_backups)
    restore = subparsers.add_parser(
        "restore", help="put a backup back in place (the current file is kept aside)"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.set_defaults(func=run_restore)
    erase = subparsers.add_parser("erase-everything", help="erase every case and every backup")
    erase.add_argument("--yes", action="store_true", help="confirm: this can't be undone")
    erase.set_defaults(func=run_erase_everything)


def run_export(args: argparse.Namespace) -> int:
    from carerhelp.storage.transfer import export_case

    with opened_store(args) as store:
        export_case(store, args.case_id, args.file)
    print(f"Saved case {args.case_id} to {args.file}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from carerhelp.storage.transfer import import_case

    with opened_store(args) as store:
        case_id = import_case(store, args.file)
    print(f"Imported as case {case_id}")
    return 0


def run_export_all(args: argparse.Namespace) -> int:
    from carerhelp.storage.transfer import export_everything

    with opened_store(args) as store:
        export_everything(store, args.file)
    print(f"Saved everything to {args.file}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from carerhelp.storage.backup import take_backup

    with opened_store(args) as store:
        info = take_backup(store, store.data_dir, "manual")
    print(f"Backup made: {info.path}")
    return 0


def run_list_backups(args: argparse.Namespace) -> int:
    from carerhelp.storage.backup import list_backups

    with opened_store(args) as store:
        folder = store.data_dir
    backups = list_backups(folder)
    if not backups:
        print("No backups yet.")
    for info in backups:
        print(f"{info.label:<40} {info.reason:<16} {info.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from carerhelp.paths import default_data_dir
    from carerhelp.storage.backup import restore_backup

    folder = (args.data_dir or default_data_dir()).expanduser()
    info = restore_backup(folder, args.backup.resolve())
    print(f"Restored the backup made on {info.label}. The file it replaced was kept beside it.")
    return 0


def run_erase_everything(args: argparse.Namespace) -> int:
    from carerhelp.storage.erase import erase_everything

    if not args.yes:
        raise CarerHelpError(
            "This erases every case and every backup and can't be undone. Add --yes to confirm."
        )
    with opened_store(args) as store:
        erase_everything(store)
    print("Everything has been erased.")
    return 0
