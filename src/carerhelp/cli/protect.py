"""`protect`, `unprotect` and `volunteers add|remove|reset NAME`: password protection, headless.

Passwords are never taken from an argument or an environment variable (other users of the PC can
read both). They are typed at a hidden prompt, or read from a file named by `--password-file`,
one a line: first the password of the person signing in (the owner by default, or `--as NAME`),
then, where a new password is being set, the new one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from carerhelp.cli import read_passwords, unlock_key
from carerhelp.domain.errors import CarerHelpError


def register(subparsers: argparse._SubParsersAction) -> None:
    protect = subparsers.add_parser(
        "protect",
        help="protect the answers with a password (encrypts the data file and its backups)",
        description=(
            "Encrypt CarerHelp's data file and every backup, so only someone with a password "
            "can open them. Prints a recovery code once: keep it somewhere safe. If every "
            "password and the recovery code are lost, nothing can be recovered."
        ),
    )
    protect.set_defaults(func=run_protect)
    unprotect = subparsers.add_parser(
        "unprotect",
        help="turn password protection off (the data file is stored unencrypted)",
        description=(
            "Turn password protection off: the data file and every backup are stored "
            "unencrypted again, so anyone who can open the files can read every answer. "
            "Volunteers' passwords and the recovery code stop being needed."
        ),
    )
    unprotect.set_defaults(func=run_unprotect)
    volunteers = subparsers.add_parser(
        "volunteers", help="give advice-centre volunteers their own passwords"
    )
    commands = volunteers.add_subparsers(
        dest="volunteers_command", metavar="COMMAND", required=True
    )
    for name, words in (
        ("add", "let a volunteer in with their own password"),
        ("remove", "stop a volunteer's password opening CarerHelp"),
        ("reset", "give a volunteer a new password"),
    ):
        sub = commands.add_parser(name, help=words)
        sub.add_argument("name", metavar="NAME")
        sub.set_defaults(func=run_volunteers)
    listing = commands.add_parser("list", help="list the volunteers who have a password")
    listing.set_defaults(func=run_list_volunteers)


def _data_dir(args: argparse.Namespace) -> Path:
    from carerhelp.storage.database import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def run_protect(args: argparse.Namespace) -> int:
    from carerhelp.storage.keys import check_new_password, group_code
    from carerhelp.storage.protection import protect

    (password,) = read_passwords(args, ["Choose a password for CarerHelp: "], confirm_last=True)
    check_new_password(password)
    report = protect(_data_dir(args), password)
    _log(args, report.key, "protection_on")
    print("CarerHelp's data is now protected with a password.")
    if report.copies_converted:
        print(f"{report.copies_converted} backup(s) were encrypted too.")
    if report.damaged_removed:
        print(
            f"{len(report.damaged_removed)} damaged old copies could not be encrypted, so they "
            "were deleted."
        )
    print()
    print("YOUR RECOVERY CODE (shown only this once):")
    print()
    print(f"    {group_code(report.recovery_code)}")
    print()
    print(
        "It opens CarerHelp if the password is forgotten. Write it down or print it, and keep\n"
        "it somewhere safe away from this computer. If the password and this code are both\n"
        "lost, nothing can be recovered."
    )
    return 0


def run_unprotect(args: argparse.Namespace) -> int:
    from carerhelp.storage.protection import unprotect

    folder = _data_dir(args)
    (password,) = read_passwords(args, [_prompt(args)])
    key = unlock_key(args, folder, password)
    unprotect(folder, key)
    _log(args, None, "protection_off")
    print("Password protection is off: CarerHelp's data file and backups are no longer encrypted.")
    return 0


def _prompt(args: argparse.Namespace) -> str:
    who = getattr(args, "signed_in_as", None)
    if getattr(args, "recovery_code", False):
        return "Recovery code: "
    return f"Password for {who}: " if who else "Password: "


def run_volunteers(args: argparse.Namespace) -> int:
    from carerhelp.storage.keys import read_key_file, remove_person, set_person

    folder = _data_dir(args)
    action = args.volunteers_command
    prompts = [_prompt(args)]
    if action != "remove":
        prompts.append(f"New password for {args.name}: ")
    passwords = read_passwords(args, prompts, confirm_last=action != "remove")
    key = unlock_key(args, folder, passwords[0])
    keys = read_key_file(folder)
    known = keys.label_for(args.name) in keys.people and args.name.strip().casefold() not in (
        "owner",
        "recovery code",
    )
    if action == "remove":
        name = remove_person(folder, args.name)
        _log(args, key, "volunteer_removed")
        print(f"{name}'s password no longer opens CarerHelp.")
        return 0
    if action == "add" and known:
        raise CarerHelpError(
            f"There is already a volunteer called {args.name}. To give them a new password, "
            "use 'volunteers reset'."
        )
    if action == "reset" and not known:
        raise CarerHelpError(f"There is no volunteer called {args.name} with a password here.")
    name = set_person(folder, key, args.name, passwords[1])
    _log(args, key, "volunteer_added" if action == "add" else "volunteer_password_reset")
    print(
        f"{name} can now sign in with their own password."
        if action == "add"
        else f"{name} has a new password."
    )
    return 0


def run_list_volunteers(args: argparse.Namespace) -> int:
    from carerhelp.storage.keys import read_key_file

    names = read_key_file(_data_dir(args)).volunteers()
    print("\n".join(names) if names else "No volunteers have a password yet.")
    return 0


def _log(args: argparse.Namespace, key: bytes | None, action: str) -> None:
    """Record in the audit log what was done, and by whom (the person who signed in)."""
    from carerhelp.storage import open_store

    with open_store(_data_dir(args), key=key) as store:
        store.log(action, None, getattr(args, "signed_in_as", None) or "owner")
