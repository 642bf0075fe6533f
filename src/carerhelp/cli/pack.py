"""`carerhelp pack ANSWERS.json --out PACK.pdf`: the "Prepare for your assessment" pack, headless;
`--change-letter` makes the change of circumstances letter instead (a week's earnings over the limit)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from carerhelp.cli.assess import add_lang_argument, parse_day
from carerhelp.storage.safety import atomic_write, refuse_store_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "pack",
        help="make the 'Prepare for your assessment' pack (or the change of circumstances letter)",
        description=(
            "Make the assessment pack for an answers file with a diary and earnings "
            "(see docs/answers-format.md) as a PDF."
        ),
    )
    parser.add_argument("answers", type=Path, metavar="ANSWERS.json")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--change-letter",
        action="store_true",
        help="the letter telling the Carer's Allowance Unit (or Social Security Scotland) "
        "which weeks went over the earnings limit, instead of the pack",
    )
    parser.add_argument(
        "--on", type=parse_day, metavar="YYYY-MM-DD", help="date it (default: today)"
    )
    parser.add_argument("--large-print", action="store_true", help="16 point text")
    add_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from carerhelp.domain.answers_file import read_answers_document
    from carerhelp.domain.content import load_content
    from carerhelp.domain.diary import answers_with_diary
    from carerhelp.storage.database import resolve_data_dir

    refuse_store_path(args.out, resolve_data_dir(args.data_dir))
    content = load_content(lang=args.lang)
    questionnaire = content.questionnaire
    record = read_answers_document(args.answers, questionnaire)
    answers = answers_with_diary(record.answers, record.diary, questionnaire)
    on = args.on or date.today()
    common = (questionnaire, content.rates, content.earnings_rules, content.phrases)
    if args.change_letter:
        from carerhelp.letters import render_pdf
        from carerhelp.letters.pack import build_change_letter

        letter = build_change_letter(answers, record.earnings, on, *common, args.large_print)
        pdf, warnings = render_pdf(letter), letter.warnings
    else:
        from carerhelp.letters.pack import build_pack
        from carerhelp.letters.pack_render import render_pack

        pack = build_pack(answers, record.diary, record.earnings, on, *common, args.large_print)
        pdf, warnings = render_pack(pack), pack.warnings
    atomic_write(args.out, pdf)
    for warning in warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print(content.phrases.text("fixed.timeline.wrote", {"path": args.out}))
    return 0
