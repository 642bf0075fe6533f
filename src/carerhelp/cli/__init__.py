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
from carerhelp.domain.errors import CarerHelpError

COMMAND_MODULES = (
    "carerhelp.cli.cases",
    "carerhelp.cli.assess",
    "carerhelp.cli.letter",
    "carerhelp.cli.backup",
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
    return parser


@contextmanager
def opened_store(args: argparse.Namespace) -> Iterator[Any]:
    """The case store for a command (`--data-dir` or the usual folder), closed afterwards."""
    from carerhelp.storage import open_store
    from carerhelp.storage.backup import backup_before_upgrade

    store = open_store(args.data_dir, before_migrate=backup_before_upgrade)
    try:
        yield store
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; a user-caused error prints its message and exits 1."""
    try:
        return int(args.func(args))
    except CarerHelpError as error:
        print(f"carerhelp: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
