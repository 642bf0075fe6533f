"""Answers and findings → a LetterDocument, by the kind's spec and in the nation's words. No layout here.

The spec (resources/letters/kinds/) chooses the blocks; the phrases (letter.toml) give the words. A
phrase prints only when every placeholder in it has a value from the answers, and every law it cites
is cited by a finding the kind rests on, so a letter never states what the carer did not say and never
cites law its findings do not.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from carerhelp.domain.content import Content
from carerhelp.domain.diary import DiaryEntry
from carerhelp.domain.errors import ValidationError
from carerhelp.domain.letter_specs import Facts, LetterSpec, LetterSpecs, Part, holds
from carerhelp.domain.phrases import CITE_MARK, Phrases
from carerhelp.domain.routes import route_for
from carerhelp.domain.situation import Person, Situation, situation
from carerhelp.domain.text import long_date
from carerhelp.letters.document import Block, BlockKind, LetterDocument, layout_words

NATION_LETTERS = "letter"


class FindingData(Protocol):
    """What a letter reads from a finding: which, how it was decided, and the laws it cites."""

    @property
    def id(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def status(self) -> Any: ...
    @property
    def citations(self) -> tuple[str, ...]: ...


class RecipientData(Protocol):
    """The authority a letter goes to (carerhelp.domain.authorities.Authority)."""

    @property
    def name(self) -> str: ...
    @property
    def team(self) -> str: ...
    @property
    def address(self) -> str: ...


def build_letter(
    kind: str,
    answers: Mapping[str, Any],
    findings: Sequence[FindingData],
    on: date,
    *,
    content: Content,
    recipient: RecipientData | None = None,
    team: str | None = None,
    helper_name: str | None = None,
    large_print: bool = False,
    diary: Sequence[DiaryEntry] = (),
    values: Mapping[str, Any] | None = None,
) -> LetterDocument:
    """The letter of this kind for a carer. Only answers to questions on the carer's path are used.

    `team` is the team line as the carer edited it; without it the spec's addressee rules choose.
    The caring diary, when there is one, gives the bullets of a block with `diary = true`.
    `values` are more facts for the phrases (a follow-up letter's dates, procedure and timeline).
    """
    spec = content.letters[kind]
    s = situation(content.questionnaire, answers)
    if not s.carer_name or s.nation is None:
        raise ValidationError(content.phrases.text("letter.common.needs_name_and_nation"))
    writer = _Writer(spec, s, findings, content, helper_name, tuple(diary), dict(values or {}))
    blocks = [block for part in spec.parts for block in writer.blocks(part)]
    request = writer.language_request(recipient)
    if request:
        # before the closing words ("Yours sincerely,") that lead to the signature
        at = next(
            (i for i, block in enumerate(blocks) if block.kind is BlockKind.SIGNATURE), len(blocks)
        )
        if at and blocks[at - 1].text == writer.phrase(("closing",)):
            at -= 1
        blocks.insert(at, Block(BlockKind.PARAGRAPH, request))
    subject = writer.phrase((spec.subject,))
    return LetterDocument(
        kind=spec.kind,
        nation=s.nation.value,
        title=subject,
        sender=writer.sender(),
        recipient=writer.recipient(recipient, team),
        date=long_date(on, content.lang),
        subject=subject,
        blocks=blocks,
        large_print=large_print,
        author=s.carer_name,
        lang=content.lang,
        layout=layout_words(content.phrases),
    )


def choose_team(
    kind: str,
    answers: Mapping[str, Any],
    findings: Sequence[FindingData],
    *,
    content: Content,
) -> str:
    """The team a letter of this kind is addressed to, by the spec's addressee rules."""
    s = situation(content.questionnaire, answers)
    writer = _Writer(content.letters[kind], s, findings, content, None, ())
    return writer.team()


def letter_labels(specs: LetterSpecs, phrases: Phrases) -> dict[str, str]:
    """Each kind of letter and its label in words, in the order they are offered."""
    return {kind: phrases.text(f"{NATION_LETTERS}.{spec.label}") for kind, spec in specs.items()}


@dataclass
class _Writer:
    spec: LetterSpec
    situation: Situation
    all_findings: Sequence[FindingData]
    content: Content
    helper: str | None
    diary: tuple[DiaryEntry, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        s = self.situation
        self.answers: dict[str, Any] = dict(s.answers)
        self.phrases: Phrases = self.content.phrases
        self.nation = s.nation.value if s.nation else ""
        rested = {f.id: f for f in self.all_findings if f.id in self.spec.rests_on}
        self.backed = {law for f in rested.values() for law in f.citations}
        self.route = route_for(self.content.routes, s)
        self.people = [p for p in s.people if p.name]
        self.values = {**self._values(s), **self.extra}
        self.facts = Facts(
            answers=self.answers,
            nation=self.nation,
            carer_type=s.carer_type.value,
            findings=rested,
            values=self.values,
            conditions=self.spec.conditions,
        )

    # ----- values the phrases are filled from -------------------------------------------------
    def _values(self, s: Situation) -> dict[str, Any]:
        values: dict[str, Any] = {
            key: value
            for key, value in self.answers.items()
            if isinstance(value, str | int | float) and not isinstance(value, bool)
        }
        who = str(self.answers.get("someone_with_you_name") or "").rstrip(" .")
        values["someone_with_you_name"] = who  # the sentence ends it
        if self.answers.get("assessment_date"):
            values["assessment_date"] = long_date(
                date.fromisoformat(str(self.answers["assessment_date"])), self.content.lang
            )
        hours = sum(p.hours or 0 for p in self.people)
        values["hours"] = hours if hours else None
        since = self.answers.get("caring_since")
        values["since"] = f"letter.since.{since}" if since else None
        values["helper"] = self.helper
        names = [p.name for p in self.people]
        values["people"] = self.phrases.join(names) or self.phrases.text(
            "letter.common.the_person_i_care_for"
        )
        described = [
            self.phrases.first("letter.person.describe", self._person(p)) for p in self.people
        ]
        values["people_described"] = self.phrases.join(described)
        elsewhere = next(
            (p for p in s.people if p.nation is not None and p.nation is not s.nation), None
        )
        if elsewhere is not None and elsewhere.nation is not None:
            # Someone cared for lives in another nation, whose law decides who meets the carer's needs.
            values["elsewhere_nation"] = elsewhere.nation.value
            values["elsewhere_kind"] = "adult" if elsewhere.is_adult else "child"
            values["elsewhere_name"] = elsewhere.name or self.phrases.text(
                "letter.common.the_person_i_care_for"
            )
        if self.route is not None:
            # What this carer asks for under their route's law: "a young carer statement", ...
            values["route_assessment"] = self.route.assessment.name
            if self.route.carer_type in {"adult_carer", "parent_carer"}:
                values["adult_assessment"] = self.route.assessment.name
        return values

    def _person(self, person: Person) -> dict[str, Any]:
        relationship = person.relationship
        return {
            "name": person.name,
            "relationship": f"letter.relationship.{relationship}" if relationship else None,
            "age": person.age,
            "has_age": person.age is not None,
            "lives_with_you": bool(person.lives_with_carer),
            "address": ", ".join(person.address.splitlines()),
            "condition": person.condition,
        }

    def _name_of(self, number: int) -> str:
        """A person cared for by number, as the diary names them: their name, or "person 2"."""
        return next(
            (p.label for p in self.situation.people if p.number == number),
            self.phrases.text("fixed.letter.person", {"number": number}),
        )

    # ----- choosing phrases -----------------------------------------------------------------------
    def phrase(self, keys: Sequence[str], extra: Mapping[str, Any] | None = None) -> str:
        """The first of `keys` that can print, filled in; "" when none can."""
        values = {**self.values, **(extra or {})}
        for key in keys:
            for template in self._templates(key, values):
                if self._can_print(template, values):
                    return self.phrases.fill(template, values)
        return ""

    def _templates(self, key: str, values: Mapping[str, Any]) -> list[str]:
        """The nation's words for a key, then the common words; none if the nation has "" for it."""
        try:
            key = key.format_map(_Answers(self.answers, values))
        except KeyError:
            return []  # built from an answer the carer did not give
        if "." in key:
            found = (
                self.phrases.raw(f"{NATION_LETTERS}.{key}")
                if f"{NATION_LETTERS}.{key}" in self.phrases
                else None
            )
            return [found] if isinstance(found, str) else []
        texts: list[str] = []
        for table in (self.nation, "common"):
            full = f"{NATION_LETTERS}.{table}.{key}"
            if full in self.phrases:
                entry = self.phrases.raw(full)
                if entry == "":
                    return texts
                if isinstance(entry, str):
                    texts.append(entry)
        return texts

    def _can_print(self, template: str, values: Mapping[str, Any]) -> bool:
        if not set(CITE_MARK.findall(template)) <= self.backed:
            return False
        fields = [name for _t, name, _s, _c in string.Formatter().parse(template) if name]
        optional = FOLLOWUP_OPTIONAL if self.spec.follows_up else frozenset()
        return all(
            _given(values.get(name)) or (name in optional and name in values) for name in fields
        )

    def _list(self, key: str) -> list[str]:
        """A list phrase (next steps, complaints), the nation's over the common one."""
        for table in (self.nation, "common"):
            full = f"{NATION_LETTERS}.{table}.{key}"
            if full in self.phrases:
                entry = self.phrases.raw(full)
                items = entry if isinstance(entry, list) else []
                return [
                    self.phrases.fill(item, self.values)
                    for item in items
                    if isinstance(item, str) and self._can_print(item, self.values)
                ]
        return []

    # ----- blocks ---------------------------------------------------------------------------------
    def blocks(self, part: Part) -> list[Block]:
        if not holds(part.when, self.facts):
            return []
        if part.for_each_person:
            return [b for person in self.people for b in self._one(part, self._person(person))]
        return self._one(part, {})

    def _one(self, part: Part, extra: Mapping[str, Any]) -> list[Block]:
        kind = part.kind
        if kind == "page_break":
            return [Block(BlockKind.PAGE_BREAK)]
        if kind == "name":
            return [Block(BlockKind.PARAGRAPH, str(self.answers["carer_name"]))]
        if kind == "bullets":
            return self._bullets(part)
        text = self.phrase(part.phrases, extra)
        if not text:
            return []
        block_kind = {"heading": BlockKind.HEADING, "signature": BlockKind.SIGNATURE}.get(
            kind, BlockKind.PARAGRAPH
        )
        if part.quote is None:
            return [Block(block_kind, text)]
        quote = {**self.values, **extra}.get(part.quote)
        if not _given(quote):
            return []
        return [Block(block_kind, text), Block(BlockKind.QUOTE, str(quote))]

    def _bullets(self, part: Part) -> list[Block]:
        items: list[str] = []
        if part.diary:
            items = self._diary_lines()
        elif part.lines is not None:
            items = [str(line) for line in self.values.get(part.lines) or []]
        elif part.list is not None:
            items = self._list(part.list)
        elif part.each is not None:
            for value in self.answers.get(part.each) or []:
                key = part.phrases[0].replace("{value}", str(value))
                items.append(self.phrase((key,)))
        else:
            for item in part.items:
                if not holds(item.when, self.facts):
                    continue
                extra = {
                    name: key.format_map(_Answers(self.answers, self.values))
                    for name, key in item.values.items()
                }
                items.append(self.phrase(item.phrases, extra))
        items = [item for item in items if item]
        if not items:
            return []
        blocks: list[Block] = []
        if part.heading and (heading := self.phrase((part.heading,))):
            blocks.append(Block(BlockKind.HEADING, heading))
        if part.intro and (intro := self.phrase((part.intro,))):
            blocks.append(Block(BlockKind.PARAGRAPH, intro))
        return [*blocks, Block(BlockKind.BULLETS, items=tuple(items))]

    def _diary_lines(self) -> list[str]:
        """A sentence per person from the diary's last 4 weeks."""
        from carerhelp.domain.diary import summarise
        from carerhelp.domain.evidence import diary_people, diary_sentence

        lines = []
        for person in diary_people(self.diary):
            summary = summarise(self.diary, person)
            if summary is not None:
                lines.append(diary_sentence(summary, self._name_of(person), self.phrases))
        return lines

    def language_request(self, recipient: RecipientData | None) -> str:
        """Replies in Welsh, for a letter to a council in Wales: a letter in Welsh asks for its
        reply in Welsh (Welsh Language Standards, standard 1); a letter in English asks the council
        to write in Welsh when the carer said they would like to use Welsh (standard 2)."""
        nation = getattr(recipient, "nation", None) if recipient is not None else self.nation
        if nation != "wales":
            return ""
        if self.content.lang == "cy":
            return self.phrases.text("fixed.letter.welsh_reply")
        if self.situation.prefers_welsh:
            return self.phrases.text("fixed.letter.prefers_welsh")
        return ""

    # ----- who from, who to -----------------------------------------------------------------------
    def sender(self) -> list[str]:
        a = self.answers
        lines = [
            str(a["carer_name"]),
            *str(a.get("carer_address") or "").splitlines(),
            str(a.get("carer_postcode") or ""),
            self.phrase(("phone_line",)),
            self.phrase(("email_line",)),
        ]
        return [line for line in lines if line.strip()]

    def team(self) -> str:
        rule = next(r for r in self.spec.addressees if holds(r.when, self.facts))
        if rule.team == "route" and self.route is not None:
            return self.route.team
        return self.phrases.text(f"{NATION_LETTERS}.teams.{rule.team}")

    def recipient(self, recipient: RecipientData | None, team: str | None) -> list[str]:
        team = team if team is not None else self.team()
        blank = self.phrase(("address_blank",))
        if recipient is None:
            rule = next(r for r in self.spec.addressees if holds(r.when, self.facts))
            name = self.phrases.text(f"{NATION_LETTERS}.teams.{rule.no_authority}")
            return [line for line in (team, name, blank) if line.strip()]
        address = (recipient.address or "").strip()
        lines = [team, recipient.name, *address.splitlines()]
        if not address:
            lines.append(blank)
        return [line for line in lines if line and line.strip()]


class _Answers(dict[str, Any]):
    """Answer values for a phrase key such as "agreement_{their_agreement}"; a missing one raises."""

    def __init__(self, answers: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        super().__init__({**values, **answers})

    def __missing__(self, key: str) -> Any:
        raise KeyError(key)


# A follow-up letter's values that may be empty, its sentence reading whole without them: how the
# first letter was sent and its reference, when the carer did not record them.
FOLLOWUP_OPTIONAL = frozenset({"how", "ref", "ref_plain"})


def _given(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value is not False
