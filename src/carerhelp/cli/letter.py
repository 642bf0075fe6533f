"""`carerhelp letter ANSWERS.json --kind KIND --out FILE.pdf`: make a letter headless.

The kinds are the letter specs in resources/letters/kinds/.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from carerhelp.cli.assess import add_lang_argument, parse_day
from carerhelp.storage.safety import atomic_write, refuse_store_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "letter",
        help="make the letter to the council as a PDF",
        description="Make the letter for an answers file (see docs/answers-format.md) as a PDF.",
    )
    parser.add_argument("answers", type=Path, metavar="ANSWERS.json")
    parser.add_argument(
        "--kind",
        default=None,
        metavar="KIND",
        help="which letter: " + ", ".join(letter_kinds()) + " (default: the first that fits)",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--on", type=parse_day, metavar="YYYY-MM-DD", help="date the letter (default: today)"
    )
    parser.add_argument("--large-print", action="store_true", help="16 point text")
    add_lang_argument(parser)
    parser.set_defaults(func=run)


def letter_kinds() -> list[str]:
    """The kinds of letter, from the names of the specs (read without loading them)."""
    from carerhelp.paths import resource

    return sorted(path.stem for path in resource("letters", "kinds").glob("*.toml"))


def run(args: argparse.Namespace) -> int:
    from carerhelp.domain.answers_file import read_answers_document
    from carerhelp.domain.content import load_content
    from carerhelp.domain.diary import answers_with_diary
    from carerhelp.domain.errors import ValidationError
    from carerhelp.domain.rights import assess
    from carerhelp.letters import build_letter, letter_labels, render_pdf
    from carerhelp.storage.database import resolve_data_dir

    refuse_store_path(args.out, resolve_data_dir(args.data_dir))
    content = load_content(lang=args.lang)
    specs, questionnaire = content.letters, content.questionnaire
    record = read_answers_document(args.answers, questionnaire)
    answers = answers_with_diary(record.answers, record.diary, questionnaire)
    kind = args.kind or specs.first_kind(questionnaire.active_answers(answers))
    if kind not in specs:
        kinds = letter_labels(specs, content.phrases)
        raise ValidationError(
            f"'{kind}' is not a kind of letter. Choose one of: "
            + "; ".join(f"{k} ({label})" for k, label in kinds.items())
        )
    on = args.on or date.today()
    findings = assess(answers, on, content)
    recipient = content.authorities.get(answers.get("council"))
    if specs[kind].follows_up:  # a reminder, complaint or ombudsman pack: from the history
        from carerhelp.letters import build_followup

        document = build_followup(
            kind,
            answers,
            findings,
            record.history,
            on,
            content=content,
            recipient=recipient,
            large_print=args.large_print,
        )
    else:
        document = build_letter(
            kind,
            answers,
            findings,
            on,
            content=content,
            recipient=recipient,
            large_print=args.large_print,
            diary=record.diary,
        )
    pdf = render_pdf(document)
    atomic_write(args.out, pdf)
    for warning in document.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print(content.phrases.text("fixed.timeline.wrote", {"path": args.out}))
    return 0
