"""Entry point: no command opens the desktop app; a command runs headless."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from carerhelp import cli

    parser = cli.build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from carerhelp.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from carerhelp.app import run_app

        code = run_app(args.data_dir)
        # The store is closed and every answer committed by now. Leave without Python's final
        # garbage collection: a binding with a reference-counting fault (PySide6 6.12.0, see
        # tests/ui/test_qt_binding.py) aborts there, and a carer would see a crash report.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return cli.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
