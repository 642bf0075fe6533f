"""`carerhelp timeline CASE_ID [--json]`: what was sent and what came back, and what needs doing next."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from carerhelp.cli import opened_store
from carerhelp.cli.assess import add_lang_argument, parse_day


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="show a case's timeline and what needs doing next",
        description="Show what was sent and what came back for one case, in date order, and "
        "the one next step (by working days, with that nation's bank holidays).",
    )
    parser.add_argument("case_id", type=int, metavar="CASE_ID")
    parser.add_argument("--json", action="store_true", help="print JSON for other programs")
    parser.add_argument(
        "--on", type=parse_day, metavar="YYYY-MM-DD", help="count from this day (default: today)"
    )
    add_lang_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from carerhelp.domain.content import load_content
    from carerhelp.domain.text import long_date
    from carerhelp.domain.timeline import event_line, next_due
    from carerhelp.storage.timeline import list_events

    today = args.on or date.today()
    content = load_content(lang=args.lang)
    scales, words = content.timescales, content.timeline_words
    with opened_store(args, content.questionnaire) as store:
        case = store.get_case(args.case_id)
        events = list_events(store, args.case_id)
        answers = store.load_answers(args.case_id)
    due = None
    if case.nation in scales.nations:
        due = next_due(
            events,
            scales[case.nation],
            scales,
            words,
            today=today,
            terminal_illness=bool(answers.get("terminal_illness")),
        )
    if args.json:
        document: dict[str, Any] = {
            "case": case.id,
            "carer": case.carer_name,
            "nation": case.nation,
            "events": [event.to_json() for event in events],
            "next": None
            if due is None
            else {
                "kind": due.kind.value,
                "due": due.due.isoformat(),
                "overdue": due.overdue(today),
                "title": due.title,
                "step": due.step,
                "letter": due.letter or None,
            },
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    said = content.phrases
    name = case.carer_name or said.text("fixed.timeline.no_name")
    print(said.text("fixed.timeline.case", {"id": case.id, "name": name}))
    if not events:
        print(said.text("fixed.timeline.empty"))
    for event in events:
        day = long_date(event.on, content.lang)
        print(f"  {day:>18}  {event_line(event, words, dated=False, note=False)}")
        if event.note:
            print(f"  {'':>18}  {event.note}")
    if due is not None:
        late = said.text("fixed.timeline.late") if due.overdue(today) else ""
        fill = {"title": due.title, "date": long_date(due.due, content.lang), "late": late}
        print("\n" + said.text("fixed.timeline.next", fill))
        print(f"  {due.step}")
    return 0
