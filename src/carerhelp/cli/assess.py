"""`carerhelp assess ANSWERS.json`: print the findings for an answers file, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carerhelp.domain.errors import ValidationError
from carerhelp.domain.model import Topic
from carerhelp.domain.phrases import Phrases, RenderedFinding

if TYPE_CHECKING:
    from carerhelp.domain.content import Content


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "assess",
        help="say what the law gives the carer in an answers file",
        description="Print the findings for an answers file (see docs/answers-format.md).",
    )
    parser.add_argument("answers", type=Path, metavar="ANSWERS.json")
    parser.add_argument(
        "--on", type=parse_day, metavar="YYYY-MM-DD", help="assess as on this date (default: today)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for other programs")
    add_lang_argument(parser)
    parser.set_defaults(func=run)


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    """`--lang en|cy`: the language of everything the command prints or writes (default: en)."""
    parser.add_argument(
        "--lang",
        type=parse_lang,
        default="en",
        metavar="en|cy",
        help="language: en (English, the default) or cy (Welsh, Cymraeg)",
    )


def parse_lang(text: str) -> str:
    from carerhelp.domain.language import LANGUAGES

    if text not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a language CarerHelp has: use en (English) or cy (Welsh). / "
            f"Nid yw '{text}' yn iaith sydd gan CarerHelp: defnyddiwch en (Saesneg) neu cy (Cymraeg)."
        )
    return text


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-22") from None


def run(args: argparse.Namespace) -> int:
    from carerhelp.domain.answers_file import read_answers_document
    from carerhelp.domain.content import load_content
    from carerhelp.domain.diary import answers_with_diary
    from carerhelp.domain.phrases import render_findings
    from carerhelp.domain.rights import assess

    content = load_content(lang=args.lang)
    document = read_answers_document(args.answers, content.questionnaire)
    # measured hours, if kept
    answers = answers_with_diary(document.answers, document.diary, content.questionnaire)
    if "nation" not in answers:
        raise ValidationError(content.phrases.text("fixed.assess.needs_nation"))
    on = args.on or date.today()
    findings = render_findings(assess(answers, on, content), content.phrases)
    if args.json:
        json.dump(
            [finding.to_json() for finding in findings], sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
        return 0
    print(render_text(findings, on, content.phrases))
    if document.diary or document.earnings:
        print()
        print(render_records(answers, document.diary, document.earnings, content))
    return 0


def render_records(
    answers: dict[str, Any], diary: list[Any], earnings: list[Any], content: Content
) -> str:
    """The diary's last 4 weeks and each week's earnings against the limit, as readable text."""
    from carerhelp.domain.evidence import diary_lines, earnings_lines

    words = content.phrases
    wrap = textwrap.TextWrapper(width=88, initial_indent="  ", subsequent_indent="  ")
    lines: list[str] = []
    if diary:
        lines += [words.text("fixed.assess.diary"), ""]
        for line in diary_lines(content.questionnaire, answers, diary, words):
            lines += [*wrap.wrap(line), ""]
    if earnings:
        lines += [words.text("fixed.assess.earnings"), ""]
        rules = content.earnings_rules
        nation = answers.get("nation", "")
        for line in earnings_lines(earnings, content.rates, rules, nation, words):
            lines += [*wrap.wrap(line), ""]
    return "\n".join(lines).rstrip()


def render_text(findings: list[RenderedFinding], on: date, words: Phrases) -> str:
    """The findings as readable text, grouped by topic: status in words, why, the law, next steps,
    in the language of `words` (the content's phrases)."""
    from carerhelp.domain.text import long_date

    lines = [words.text("fixed.assess.heading", {"date": long_date(on, words.language)}), ""]
    wrap = textwrap.TextWrapper(width=88, initial_indent="    ", subsequent_indent="    ")
    for topic in Topic:
        items = [f for f in findings if f.topic is topic]
        if not items:
            continue
        lines += [items[0].topic_label.upper(), ""]
        for finding in items:
            lines.append(f"  {finding.title}: {finding.status_label}")
            lines += wrap.wrap(finding.why)
            if finding.citation:
                lines += wrap.wrap(
                    words.text("fixed.assess.the_law", {"citation": finding.citation})
                )
            if finding.guidance:
                lines += wrap.wrap(
                    words.text("fixed.assess.more_information", {"guidance": finding.guidance})
                )
            for step in finding.next_steps:
                lines += textwrap.wrap(
                    step, width=88, initial_indent="    - ", subsequent_indent="      "
                )
            lines.append("")
    lines.append(words.text("fixed.assess.not_advice"))
    return "\n".join(lines)
