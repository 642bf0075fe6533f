"""Commands that move data: export and import a case, export everything, back up, restore, erase."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerhelp.cli import opened_store
from carerhelp.domain.errors import CarerHelpError


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help="save one case, with its letters, to a file")
    export.add_argument("case_id", type=int, metavar="CASE_ID")
    export.add_argument("file", type=Path, metavar="FILE")
    _passphrase_options(export, exporting=True)
    export.set_defaults(func=run_export)
    imported = subparsers.add_parser("import", help="add a case from a file made by 'export'")
    imported.add_argument("file", type=Path, metavar="FILE")
    _passphrase_options(imported, exporting=False)
    imported.set_defaults(func=run_import)
    everything = subparsers.add_parser(
        "export-all", help="save everything to one zip (JSON, a CSV per table, and the letters)"
    )
    everything.add_argument("file", type=Path, metavar="FILE.zip")
    _passphrase_options(everything, exporting=True)
    everything.set_defaults(func=run_export_all)
    backup = subparsers.add_parser("backup", help="make a checked backup now")
    backup.set_defaults(func=run_backup)
    backups = subparsers.add_parser("backups", help="list backups, newest first")
    listing = backups.add_subparsers(dest="backups_command", metavar="list")
    listing.add_parser("list", help="list backups, newest first")
    backups.set_defaults(func=run_list_backups)
    restore = subparsers.add_parser(
        "restore", help="put a backup back in place (the current file is kept aside)"
    )
    restore.add_argument(
        "backup", type=Path, metavar="BACKUP", help="a backup's file name or path ('backups list')"
    )
    restore.set_defaults(func=run_restore)
    recover = subparsers.add_parser(
        "recover",
        help="put a damaged data file to one side and bring back the newest good backup",
    )
    recover.add_argument("--yes", action="store_true", help="confirm: go ahead")
    recover.set_defaults(func=run_recover)
    erase = subparsers.add_parser("erase-everything", help="erase every case and every backup")
    erase.add_argument("--yes", action="store_true", help="confirm: this can't be undone")
    erase.set_defaults(func=run_erase_everything)


def _passphrase_options(parser: argparse.ArgumentParser, *, exporting: bool) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=(
            "protect the file with the passphrase on this file's first line"
            if exporting
            else "the passphrase of a protected file, on this file's first line"
        ),
    )
    if exporting:
        parser.add_argument(
            "--protect",
            action="store_true",
            help="protect the file with a passphrase, typed when asked",
        )


UNPROTECTED_EXPORT = (
    "Note: this file is not protected with a passphrase. Anyone who gets a copy can read the "
    "personal information in it. To protect it, add --protect (or --passphrase-file FILE)."
)


def _export_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase to protect an export with, or None (said so before anything is written)."""
    import sys

    from carerhelp.cli import read_passwords
    from carerhelp.storage.sealed import check_passphrase

    if args.passphrase_file is None and not args.protect:
        print(UNPROTECTED_EXPORT, file=sys.stderr)
        return None
    holder = argparse.Namespace(password_file=args.passphrase_file)
    (passphrase,) = read_passwords(
        holder, ["Choose a passphrase for the file: "], confirm_last=True
    )
    check_passphrase(passphrase)
    return passphrase


def _import_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase of a protected file being imported (asked for only if it is one)."""
    import sys

    from carerhelp.cli import read_passwords
    from carerhelp.storage.transfer import is_protected_export

    if not is_protected_export(args.file):
        return None
    if args.passphrase_file is None and not sys.stdin.isatty():
        raise CarerHelpError(
            f"The file {args.file} is protected with a passphrase. Give it with "
            "--passphrase-file FILE, or run the command in a terminal to type it. Nothing was "
            "imported."
        )
    holder = argparse.Namespace(password_file=args.passphrase_file)
    (passphrase,) = read_passwords(holder, ["Passphrase of the file: "])
    return passphrase


def _data_dir(args: argparse.Namespace) -> Path:
    from carerhelp.storage.database import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def run_export(args: argparse.Namespace) -> int:
    from carerhelp.storage.transfer import export_case

    with opened_store(args) as store:
        passphrase = _export_passphrase(args)
        export_case(store, args.case_id, args.file, passphrase=passphrase)
    print(f"Saved case {args.case_id}, with its letters, to {args.file}")
    if passphrase:
        print("It is protected with the passphrase: tell it to whoever opens the file, by phone")
        print("or in person, not with the file.")
    else:
        print("The file holds personal information: keep it safe, and delete it when done.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from carerhelp.domain.content import load_content
    from carerhelp.storage.transfer import import_case

    questionnaire = load_content().questionnaire  # every value is checked against it
    passphrase = _import_passphrase(args)
    with opened_store(args, questionnaire) as store:
        case_id = import_case(store, args.file, questionnaire=questionnaire, passphrase=passphrase)
    print(f"Imported as case {case_id}.")
    return 0


def run_export_all(args: argparse.Namespace) -> int:
    from carerhelp.storage.transfer import export_everything

    with opened_store(args) as store:
        passphrase = _export_passphrase(args)
        export_everything(store, args.file, passphrase=passphrase)
    print(f"Saved everything to {args.file}")
    if passphrase:
        print("It is protected with the passphrase: tell it to whoever opens the file, by phone")
        print("or in person, not with the file.")
    else:
        print("The file holds personal information: keep it safe, and delete it when done.")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from carerhelp.storage.backup import take_backup

    with opened_store(args) as store:
        info = take_backup(store, store.data_dir, "manual")
    print(f"Backup made and checked: {info.label}")
    print(f"  {info.path}")
    return 0


def run_list_backups(args: argparse.Namespace) -> int:
    """Lists without opening the store, so it works when the data file is damaged."""
    from carerhelp.storage.backup import list_backups

    backups = list_backups(_data_dir(args))
    if not backups:
        print("No backups yet.")
    for info in backups:
        print(f"{info.label:<36} {info.reason:<15} {info.size / 1024:>8,.0f} KB  {info.path.name}")
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from carerhelp.storage.backup import recover_damaged

    if not args.yes:
        raise CarerHelpError(
            "This moves a damaged data file to one side (it is kept, never deleted) and puts the "
            "newest backup that passes its check in its place. To go ahead, add --yes."
        )
    report = recover_damaged(_data_dir(args))
    print(report.message)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from carerhelp.cli import thin_if_backed_up
    from carerhelp.storage.backup import backup_dir, list_backups, restore_backup

    folder = _data_dir(args)
    before = {b.path for b in list_backups(folder)}
    chosen: Path = args.backup
    if not chosen.exists() and (backup_dir(folder) / chosen.name).exists():
        chosen = backup_dir(folder) / chosen.name
    info = restore_backup(folder, chosen)
    thin_if_backed_up(folder, before)
    print(f"Restored the backup made on {info.label}.")
    print("Anything changed after that is no longer in CarerHelp. The file it replaced was kept")
    print(f"beside it in {folder}, and a backup of it was made first.")
    return 0


def run_erase_everything(args: argparse.Namespace) -> int:
    from carerhelp.storage.erase import EVERYTHING_EXPLANATION, erase_everything

    if not args.yes:
        raise CarerHelpError(f"{EVERYTHING_EXPLANATION} To go ahead, add --yes.")
    with opened_store(args) as store:
        erase_everything(store)
    print("Everything has been erased, and every backup removed.")
    return 0
