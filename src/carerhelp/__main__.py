"""Entry point: no command opens the desktop app; a command runs headless."""

from __future__ import annotations

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

        return run_app(args.data_dir)
    return cli.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
