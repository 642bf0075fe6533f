"""The "Prepare for your assessment" pack and the change of circumstances letter, as plain models (no reportlab)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from carerhelp.domain.diary import FULL_CARE_HOURS, DiaryEntry, summarise, weekly_totals
from carerhelp.domain.earnings import ZERO, EarningsRules, PayEntry, earnings_weeks
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.evidence import (
    diary_flag,
    diary_people,
    diary_sentence,
    earnings_flag,
    feelings_sentence,
    limit_change_note,
    number,
    person_name,
    under_35_sentence,
    week_range,
)
from carerhelp.domain.phrases import Phrases
from carerhelp.domain.questionnaire import Questionnaire, Tag
from carerhelp.domain.rates import Rates, money
from carerhelp.domain.situation import CarerType, situation
from carerhelp.domain.text import long_date, short_date
from carerhelp.letters.document import Block, BlockKind, LetterDocument, layout_words

CHANGE_OF_CIRCUMSTANCES = "change_of_circumstances"
PACK = "assessment_pack"
"""The questions about each part of the carer's life (England's eight outcomes, and health)."""


@dataclass(frozen=True)
class Chart:
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    flagged: tuple[bool, ...]
    line: float | None
    line_label: str
    heading: str = ""
    """The title with the dashed line explained, in the pack's language (the title alone if empty)."""


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()
    """The first row is the header."""
    chart: Chart | None = None
    after: tuple[str, ...] = ()
    """Paragraphs after the bullets."""


@dataclass
class PackDocument:
    title: str
    carer: str
    date: str
    intro: str
    sections: list[Section]
    footer: str
    large_print: bool = False
    warnings: list[str] = field(default_factory=list)
    lang: str = "en"
    """The language the pack is written in; the PDF says so in its /Lang."""
    layout: Mapping[str, str] = field(default_factory=dict)
    """The renderer's own words (page, PDF subject, font warning): letters.document.layout_words."""

    def all_text(self) -> list[str]:
        texts = [self.title, self.carer, self.date, self.intro, self.footer]
        for section in self.sections:
            texts += [section.heading, *section.paragraphs, *section.bullets, *section.after]
            texts += [cell for row in section.table for cell in row]
            if section.chart:
                texts += [section.chart.title, *section.chart.labels, section.chart.line_label]
        return texts


def pack_words(phrases: Phrases) -> dict[str, Any]:
    """The pack's words (resources/phrases/<language>/pack.toml, loaded with the other phrases),
    each [[law]] cited through the same phrases as the letters."""
    data = phrases.raw("pack")
    return {
        key: (phrases.fill(value, {}) if isinstance(value, str) else value)
        for key, value in data.items()
    }


WORDS_FOR = {CarerType.YOUNG_ADULT_CARER: CarerType.YOUNG_CARER}
"""A kind of carer whose words are another kind's (a 16 or 17 year old is a young carer)."""


def eligibility_section(nation: str, carer_type: CarerType, phrases: Phrases) -> Section:
    """How the council or Trust decides, in this nation's law for this kind of carer: the adult
    carers' eligibility outcomes are never given to a young carer or a parent carer."""
    table = phrases.raw("pack.eligibility")[nation]
    words = table.get(carer_type.value) or table[WORDS_FOR[carer_type].value]

    def filled(key: str) -> tuple[str, ...]:
        return tuple(phrases.fill(text, {}) for text in words.get(key, ()))

    return Section(
        phrases.fill(table["heading"], {}),
        filled("intro"),
        filled("points"),
        after=filled("after"),
    )


def diary_sections(
    questionnaire: Questionnaire,
    answers: dict[str, Any],
    diary: Sequence[DiaryEntry],
    words: dict[str, Any],
    phrases: Phrases,
) -> list[Section]:
    """What the diary shows for each person, in the phrases' language (fixed.pack, fixed.diary)."""

    def said(key: str, **values: Any) -> str:
        return phrases.text(f"fixed.pack.{key}", values)

    lang, full = phrases.language, FULL_CARE_HOURS
    if not diary:
        return [Section(words["diary_heading"], (words["no_diary"],))]
    sections: list[Section] = []
    for person in diary_people(diary):
        summary = summarise(diary, person)
        if summary is None:
            continue
        name = person_name(questionnaire, answers, person, phrases)
        weeks = weekly_totals(diary, person)[-12:]
        paragraphs = [
            diary_sentence(summary, name, phrases),
            under_35_sentence(summary, phrases),
        ]
        feelings = feelings_sentence(summary, phrases)
        if feelings:
            paragraphs.append(feelings)
        table = [
            (
                said("week"),
                said("hours"),
                said("days_written"),
                said("nights_up"),
                said("full_hours", full=full),
            )
        ]
        table += [
            (
                week_range(w.start, w.end, phrases),
                number(w.hours),
                said("days_of", days=w.days_recorded),
                str(w.nights_disturbed),
                diary_flag(w, phrases),
            )
            for w in weeks
        ]
        chart = Chart(
            said("chart_title", name=name),
            tuple(short_date(w.start, lang) for w in weeks),
            tuple(w.hours for w in weeks),
            tuple(w.under_35 for w in weeks),
            full,
            said("chart_line", full=full),
            said(
                "dashed", title=said("chart_title", name=name), line=said("chart_line", full=full)
            ),
        )
        notes = tuple(
            said("note", date=long_date(e.day, lang), note=e.note)
            for e in diary
            if e.person == person and e.note and e.day >= summary.first_day
        )
        sections.append(
            Section(
                f"{words['diary_heading']}: {name}",
                tuple(paragraphs),
                table=tuple(table),
                chart=chart,
            )
        )
        if notes:
            sections.append(Section(words["notes_heading"], bullets=notes[-15:]))
    return sections


def say_section(answers: dict[str, Any], words: dict[str, Any], questionnaire: Any) -> Section:
    bullets = []
    for question_id in questionnaire.ids_tagged(Tag.OUTCOME):
        if not questionnaire.is_visible(question_id, answers):
            continue  # not asked of this carer (children, for one who looks after none)
        question = questionnaire.question(question_id)
        value = answers.get(question_id)
        said = (
            f"{words['say_answer']} {questionnaire.format_answer(question_id, value)}"
            if value is not None
            else words["say_not_answered"]
        )
        bullets.append(f"{question.text} {said}")
    return Section(words["say_heading"], (words["say_intro"],), tuple(bullets))


def earnings_section(
    pay: Sequence[PayEntry],
    rates: Rates,
    rules: EarningsRules,
    nation: str,
    words: dict[str, Any],
    phrases: Phrases,
) -> Section | None:
    """Each week's earnings against the limit, in the phrases' language (fixed.pack)."""

    def said(key: str, **values: Any) -> str:
        return phrases.text(f"fixed.pack.{key}", values)

    weeks = earnings_weeks(pay, rates)[-12:]
    if not weeks:
        return None
    table = [(said("week"), said("counted"), said("limit"), said("against"))]
    table += [
        (
            week_range(w.start, w.end, phrases),
            money(w.earnings),
            money(w.limit) if w.limit is not None else said("not_confirmed"),
            earnings_flag(w, phrases),
        )
        for w in weeks
    ]
    lowest = min((w.limit for w in weeks if w.limit is not None), default=None)
    line = said("earnings_line", amount=money(lowest)) if lowest is not None else ""
    chart = Chart(
        said("earnings_chart"),
        tuple(short_date(w.start, phrases.language) for w in weeks),
        tuple(float(w.earnings) for w in weeks),
        tuple(w.over for w in weeks),
        float(lowest) if lowest is not None else None,
        line,
        said("dashed", title=said("earnings_chart"), line=line) if line else said("earnings_chart"),
    )
    _title, paragraphs, _rule = rules.averaging_for(nation)
    note = limit_change_note(weeks, rules, nation)
    if note:
        paragraphs = (note, *paragraphs)
    if any(p.self_employed for p in pay):
        paragraphs = (*paragraphs, *rules.self_employed[1])
    return Section(words["earnings_heading"], tuple(paragraphs), table=tuple(table), chart=chart)


def build_pack(
    answers: dict[str, Any],
    diary: Sequence[DiaryEntry],
    pay: Sequence[PayEntry],
    on: date,
    questionnaire: Any,
    rates: Rates,
    rules: EarningsRules,
    phrases: Phrases,
    large_print: bool = False,
) -> PackDocument:
    """The pack for a carer: the diary's evidence, what to say about each outcome, questions."""
    a = questionnaire.active_answers(answers)
    nation = a.get("nation")
    words = pack_words(phrases)
    if not a.get("carer_name") or not nation:
        raise ValidationError(words["needs_name"])
    sections = diary_sections(questionnaire, a, diary, words, phrases)
    carer_type = situation(questionnaire, answers).carer_type
    sections.append(eligibility_section(str(nation), carer_type, phrases))
    sections.append(say_section(a, words, questionnaire))
    sections.append(Section(words["questions_heading"], bullets=tuple(words["questions"])))
    money_part = earnings_section(pay, rates, rules, str(nation), words, phrases)
    if money_part is not None:
        sections.append(money_part)
    return PackDocument(
        words["title"],
        a["carer_name"],
        long_date(on, phrases.language),
        words["intro"],
        sections,
        words["footer"],
        large_print,
        lang=phrases.language,
        layout=layout_words(phrases),
    )


def build_change_letter(
    answers: dict[str, Any],
    pay: Sequence[PayEntry],
    on: date,
    questionnaire: Any,
    rates: Rates,
    rules: EarningsRules,
    phrases: Phrases,
    large_print: bool = False,
) -> LetterDocument:
    """A letter telling the Carer's Allowance Unit (or Social Security Scotland) which weeks'
    earnings went over the limit. ValidationError when no week is over."""
    a = questionnaire.active_answers(answers)
    nation = str(a.get("nation") or "")
    words = pack_words(phrases)["change"]
    if not a.get("carer_name") or not nation:
        raise ValidationError(words["needs_name"])
    over = [w for w in earnings_weeks(pay, rates) if w.over]
    if not over:
        raise ValidationError(words["none_over"])
    office = rules.office(nation)
    items = tuple(
        phrases.fill(
            words["week_over"],
            {
                "week": week_range(w.start, w.end, phrases),
                "earnings": money(w.earnings),
                "limit": money(w.limit or ZERO),
            },
        )
        for w in over
    )
    blocks = [
        Block(BlockKind.PARAGRAPH, phrases.text("letter.common.salutation")),
        Block(BlockKind.PARAGRAPH, words["opening"].format(benefit=office.benefit)),
        Block(BlockKind.PARAGRAPH, words["weeks_intro"]),
        Block(BlockKind.BULLETS, items=items),
        Block(BlockKind.PARAGRAPH, words["details"]),
        *(
            [Block(BlockKind.PARAGRAPH, words["details_self_employed"])]
            if any(p.self_employed for p in pay)
            else []
        ),
        Block(BlockKind.PARAGRAPH, words["ask"].format(benefit=office.benefit)),
        Block(BlockKind.PARAGRAPH, words["reference"]),
        Block(BlockKind.PARAGRAPH, words["closing"]),
        Block(BlockKind.SIGNATURE, phrases.text("letter.common.signature_line")),
        Block(BlockKind.PARAGRAPH, a["carer_name"]),
    ]
    sender = [a["carer_name"], *str(a.get("carer_address") or "").splitlines()]
    if a.get("carer_postcode"):
        sender.append(a["carer_postcode"])
    return LetterDocument(
        kind=CHANGE_OF_CIRCUMSTANCES,
        nation=nation,
        title=f"{words['subject']}: {a['carer_name']}",
        sender=sender,
        recipient=[office.name],
        date=long_date(on, phrases.language),
        subject=words["subject"],
        blocks=blocks,
        large_print=large_print,
        author=a["carer_name"],
        lang=phrases.language,
        layout=layout_words(phrases),
    )
