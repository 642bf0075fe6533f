"""Headless commands: the argument parser and dispatch. Each command lives in its own module.

A command module exposes `register(subparsers)`, which adds its sub-parser and sets
`func=<callable(args) -> int>` as the parser default. Heavy imports happen inside `func`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from carerhelp import __version__
from carerhelp.domain.errors import CarerHelpError, StoreError

COMMAND_MODULES = (
    "carerhelp.cli.cases",
    "carerhelp.cli.assess",
    "carerhelp.cli.letter",
    "carerhelp.cli.pack",
    "carerhelp.cli.timeline",
    "carerhelp.cli.backup",
    "carerhelp.cli.protect",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carerhelp",
        description=(
            "CarerHelp helps unpaid carers find the rights and money the law gives them. "
            "With no command it opens the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"CarerHelp {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="use this folder for CarerHelp's data instead of the usual one",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy of CarerHelp works, in a temporary folder, then exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(subparsers)
    _accept_data_dir_after_the_command(parser)
    _accept_password_options(parser)
    return parser


def _accept_password_options(parser: argparse.ArgumentParser) -> None:
    """Every command that opens the data can open a protected store: `--password-file FILE`
    (passwords one a line), `--as NAME` (a volunteer signing in) and `--recovery-code`."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if not any("--password-file" in a.option_strings for a in sub._actions):
                    sub.add_argument(
                        "--password-file",
                        type=Path,
                        metavar="FILE",
                        default=argparse.SUPPRESS,
                        help=(
                            "read the password from this file (first line; a new password, "
                            "where one is set, on the next line) instead of asking for it"
                        ),
                    )
                    sub.add_argument(
                        "--as",
                        dest="signed_in_as",
                        metavar="NAME",
                        default=argparse.SUPPRESS,
                        help="sign in as this advice-centre volunteer (default: the owner)",
                    )
                    sub.add_argument(
                        "--recovery-code",
                        action="store_true",
                        default=argparse.SUPPRESS,
                        help="the password given is the recovery code",
                    )
                _accept_password_options(sub)


def read_passwords(
    args: argparse.Namespace, prompts: list[str], *, confirm_last: bool = False
) -> list[str]:
    """One password per prompt: from `--password-file` (one a line, in order), or typed at a
    hidden prompt. Never from an argument or an environment variable."""
    path = getattr(args, "password_file", None)
    if path is not None:
        try:
            lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CarerHelpError(
                f"CarerHelp can't read the password file {path} ({error})."
            ) from None
        if len(lines) < len(prompts):
            raise CarerHelpError(
                f"The password file {path} needs {len(prompts)} line(s): "
                + ", then ".join(p.strip().rstrip(":").lower() for p in prompts)
                + "."
            )
        return lines[: len(prompts)]
    if not sys.stdin.isatty():
        raise CarerHelpError(
            "CarerHelp needs a password here. Type it when asked (run the command in a "
            "terminal), or give it in a file with --password-file FILE."
        )
    import getpass

    answers = [getpass.getpass(prompt) for prompt in prompts]
    if confirm_last and answers[-1] != getpass.getpass("Type the new password again: "):
        raise CarerHelpError("The two new passwords are not the same. Nothing has been changed.")
    return answers


def unlock_key(args: argparse.Namespace, folder: Path, password: str | None = None) -> bytes:
    """The database key of the protected store in `folder`, for the person signing in."""
    from carerhelp.storage.keys import RECOVERY, unlock

    if password is None:
        who = getattr(args, "signed_in_as", None)
        prompt = (
            "Recovery code: "
            if getattr(args, "recovery_code", False)
            else (f"Password for {who}: " if who else "Password: ")
        )
        (password,) = read_passwords(args, [prompt])
    who = RECOVERY if getattr(args, "recovery_code", False) else getattr(args, "signed_in_as", None)
    return unlock(folder, password, who)


def _accept_data_dir_after_the_command(parser: argparse.ArgumentParser) -> None:
    """`--data-dir DIR` may come before or after the command (and its sub-command). Given after,
    it overrides; not given there, the one before (or the usual folder) stands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if not any("--data-dir" in a.option_strings for a in sub._actions):
                    sub.add_argument(
                        "--data-dir",
                        type=Path,
                        metavar="DIR",
                        default=argparse.SUPPRESS,
                        help="use this folder for CarerHelp's data instead of the usual one",
                    )
                _accept_data_dir_after_the_command(sub)


@contextmanager
def opened_store(args: argparse.Namespace, questionnaire: Any = None) -> Iterator[Any]:
    """The case store for a command (`--data-dir` or the usual folder), closed afterwards.

    Commands that have loaded the questionnaire hand it over, so the store knows what the
    questions mean (see `QuestionMeaning`); the others never need to.

    If the command made a backup (before an import or an upgrade, or `backup`), old backups
    are thinned afterwards by the same rule the app uses."""
    from carerhelp.storage import AlreadyOpen, DatabaseDamaged, open_store
    from carerhelp.storage.backup import backup_before_upgrade, list_backups
    from carerhelp.storage.database import resolve_data_dir

    meaning = None
    if questionnaire is not None:
        from carerhelp.domain.questionnaire.meaning import QuestionMeaning

        meaning = QuestionMeaning.of(questionnaire)
    from carerhelp.storage.keys import is_protected

    folder = resolve_data_dir(args.data_dir)
    before = {b.path for b in list_backups(folder)}
    key = unlock_key(args, folder) if is_protected(folder) else None
    try:
        store = open_store(folder, before_migrate=backup_before_upgrade, meaning=meaning, key=key)
    except AlreadyOpen:
        raise StoreError(
            f"Another copy of CarerHelp is already using the data folder {folder}: the "
            "CarerHelp window is open, or another carerhelp command is still running. Close "
            "the window, or wait for the other command to finish, then try again."
        ) from None
    except DatabaseDamaged as error:
        message = str(error).replace(
            " CarerHelp can put it to one side and bring back your newest backup.", ""
        )
        raise StoreError(
            f"{message} To put it to one side and bring back the newest good backup, run "
            "'carerhelp recover --yes' (or open the CarerHelp window, which offers the same)."
        ) from None
    if key is not None:
        store.log("signed_in", None, getattr(args, "signed_in_as", None) or "owner")
    if store.read_only:
        print(
            f"Note: CarerHelp's data file {store.path} was opened for reading only "
            f"({store.read_only}): cases can be listed and exported, but nothing can be changed.",
            file=sys.stderr,
        )
    try:
        yield store
    finally:
        store.close()
        thin_if_backed_up(folder, before)


def thin_if_backed_up(folder: Path, before: set[Path]) -> None:
    """Thin old backups (as the app does after its routine backup) if a new one was made."""
    from datetime import UTC, datetime

    from carerhelp.storage.backup import list_backups, thin_backups

    if {b.path for b in list_backups(folder)} - before:
        thin_backups(folder, datetime.now(UTC))


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; a user-caused error prints its message and exits 1."""
    try:
        return int(args.func(args))
    except CarerHelpError as error:
        print(f"carerhelp: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
