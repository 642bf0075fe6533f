"""`carerhelp cases list` and `cases stats`: the saved cases, and anonymised figures about them."""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from carerhelp.cli import opened_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cases", help="list saved cases", description="Work with saved cases."
    )
    commands = parser.add_subparsers(dest="cases_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="list saved cases")
    listing.add_argument(
        "--search", default="", help="only cases whose name, postcode or notes match"
    )
    listing.add_argument(
        "--status",
        choices=["in_progress", "letter_sent", "waiting_reply", "closed"],
        help="only cases with this status",
    )
    listing.add_argument("--archived", action="store_true", help="include archived cases")
    listing.add_argument("--json", action="store_true", help="print JSON for other programs")
    listing.set_defaults(func=run_list)
    add = commands.add_parser("add", help="add an answers file as a new case and print its number")
    add.add_argument("answers", type=Path, metavar="ANSWERS.json")
    add.set_defaults(func=run_add)
    stats = commands.add_parser("stats", help="anonymised figures for funders (CSV, no names)")
    stats.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    stats.set_defaults(func=run_stats)


STATUS_WORDS = {
    "in_progress": "In progress",
    "letter_sent": "Letter sent",
    "waiting_reply": "Waiting for reply",
    "closed": "Closed",
}


def run_list(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        cases = store.list_cases(
            search=args.search, status=args.status, include_archived=args.archived
        )
    if args.json:
        rows = [dataclasses.asdict(case) for case in cases]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not cases:
        print("No cases yet." if not (args.search or args.status) else "No cases match.")
        return 0
    print(f"{'ID':>5}  {'Carer':<28} {'Cared for':<22} {'Status':<18} Last changed")
    for case in cases:
        status = STATUS_WORDS.get(case.status, case.status) + (
            " (archived)" if case.archived else ""
        )
        print(
            f"{case.id:>5}  {case.carer_name[:28]:<28} {case.person_name[:22]:<22} "
            f"{status:<18} {case.updated_at[:16].replace('T', ' ')}"
        )
    print(f"{len(cases)} case{'s' if len(cases) != 1 else ''}.")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from datetime import date

    from carerhelp.domain.content import load_content
    from carerhelp.storage.stats import write_statistics_csv

    content = load_content()
    with opened_store(args, content.questionnaire) as store:
        rows = write_statistics_csv(store, args.out, date.today(), content)
    print(f"Wrote {rows} rows of anonymised figures to {args.out} (counts under 5 shown as <5).")
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Add an answers file (docs/answers-format.md) as a new case: its answers, and its caring
    diary and earnings if it has them. All of it is added, or (on a problem) none of it."""
    from carerhelp.domain.answers_file import read_answers_document
    from carerhelp.domain.content import load_content
    from carerhelp.storage.diary import add_pay, save_day
    from carerhelp.storage.erase import erase_case

    questionnaire = load_content().questionnaire
    document = read_answers_document(args.answers, questionnaire)  # every value checked first
    with opened_store(args, questionnaire) as store:
        volunteer = getattr(args, "signed_in_as", None)
        case_id = store.create_case(volunteer)
        try:
            for question_id, value in document.answers.items():
                store.save_answer(case_id, question_id, value)
            for entry in document.diary:
                save_day(store, case_id, entry)
            for pay in document.earnings:
                add_pay(store, case_id, pay)
        except BaseException:
            erase_case(store, case_id, volunteer)  # leave no half-made case behind
            raise
    print(case_id)
    return 0
