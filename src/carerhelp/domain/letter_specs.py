"""Letter kinds as data: resources/letters/kinds/*.toml, with shared parts in resources/letters/parts.toml.

Read and checked with the rest of the content (so it lives in the domain, which loads every content
file); `carerhelp.letters.compose` follows a spec to write a letter. A spec says which findings a kind rests on (only their law may be cited), which blocks print in which
order and when, and who the letter is addressed to. The words are phrases (letter.toml). The format
is described at the top of resources/letters/parts.toml.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import ContentError
from carerhelp.domain.questionnaire.conditions import condition_problems
from carerhelp.domain.questionnaire.conditions import evaluate as evaluate_answers

BLOCK_KINDS = ("paragraph", "heading", "bullets", "signature", "name", "page_break")
BLOCK_KEYS = {
    "kind",
    "phrase",
    "when",
    "quote",
    "for_each_person",
    "items",
    "each",
    "list",
    "intro",
    "heading",
    "diary",
    "lines",
}
SPEC_KEYS = {
    "order",
    "label",
    "subject",
    "rests_on",
    "first_when",
    "block",
    "addressee",
    "follows_up",
}
LEAF_TESTS = ("finding", "carer", "nation", "condition", "value")
FINDING_TESTS = {"reason_in", "status_in"}
TEMPLATE = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Item:
    """One bullet: the first of `phrases` that can print, when `when` holds."""

    phrases: tuple[str, ...]
    when: Any = None
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Part:
    """One block of a letter spec (see parts.toml for what each field means)."""

    kind: str
    phrases: tuple[str, ...] = ()
    when: Any = None
    quote: str | None = None
    for_each_person: bool = False
    items: tuple[Item, ...] = ()
    each: str | None = None
    list: str | None = None
    intro: str | None = None
    heading: str | None = None
    diary: bool = False
    lines: str | None = None  # bullets from a list value the caller gives (a timeline's lines)


@dataclass(frozen=True)
class Addressee:
    """A rule for who the letter goes to: the team phrase, when the condition holds."""

    team: str
    when: Any = None
    no_authority: str = "your_council"


@dataclass(frozen=True)
class LetterSpec:
    kind: str
    order: int
    label: str
    subject: str
    rests_on: tuple[str, ...]
    parts: tuple[Part, ...]
    addressees: tuple[Addressee, ...]
    conditions: Mapping[str, Any]
    first_when: Any = None
    follows_up: bool = False  # made from the case's timeline (carerhelp.letters.followup)


class LetterSpecs(Mapping[str, LetterSpec]):
    """Every kind of letter, in the order the letter screen and `carerhelp letter --kind` offer them."""

    def __init__(self, specs: Sequence[LetterSpec]) -> None:
        self._specs = {spec.kind: spec for spec in sorted(specs, key=lambda s: (s.order, s.kind))}

    def __getitem__(self, kind: str) -> LetterSpec:
        try:
            return self._specs[kind]
        except KeyError:
            raise ContentError(f"CarerHelp has no letter of the kind '{kind}'.") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def first_kind(self, answers: Mapping[str, Any]) -> str:
        """The kind to offer first for these answers: the first whose `first_when` holds, else the first."""
        for spec in self._specs.values():
            if spec.first_when is not None and evaluate_answers(spec.first_when, answers):
                return spec.kind
        return next(iter(self._specs))


@dataclass(frozen=True)
class Facts:
    """What a letter's conditions look at: the answers, nation, carer type, findings and values."""

    answers: Mapping[str, Any]
    nation: str
    carer_type: str
    findings: Mapping[str, Any]
    values: Mapping[str, Any]
    conditions: Mapping[str, Any]


def holds(condition: Any, facts: Facts) -> bool:
    """True when a spec condition holds (None always holds)."""
    if condition is None:
        return True
    if "all" in condition:
        return all(holds(item, facts) for item in condition["all"])
    if "any" in condition:
        return any(holds(item, facts) for item in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], facts)
    if "condition" in condition:
        return holds(facts.conditions[condition["condition"]], facts)
    if "finding" in condition:
        found = facts.findings.get(condition["finding"])
        if found is None:
            return False
        reasons = condition.get("reason_in")
        statuses = condition.get("status_in")
        return (reasons is None or found.reason in reasons) and (
            statuses is None or str(found.status) in statuses
        )
    if "carer" in condition:
        return facts.carer_type in condition["carer"]
    if "nation" in condition:
        return facts.nation in condition["nation"]
    if "value" in condition:
        return bool(facts.values.get(condition["value"]))
    return evaluate_answers(condition, facts.answers)


def load_letter_specs(folder: Path | None = None) -> LetterSpecs:
    """Read and check resources/letters/parts.toml and kinds/*.toml. ContentError lists every problem."""
    if folder is None:
        from carerhelp.paths import resource

        folder = resource("letters")
    problems: list[str] = []
    shared = _read(folder / "parts.toml", problems)
    conditions = shared.get("conditions", {})
    for name, condition in conditions.items():
        problems += [f"parts.toml, condition '{name}': {p}" for p in _condition_problems(condition)]
    groups = shared.get("parts", {})
    default_addressees = _addressees(shared.get("addressee", []), "parts.toml", problems)
    specs: list[LetterSpec] = []
    paths = sorted((folder / "kinds").glob("*.toml"))
    if not paths:
        problems.append("kinds/: no kinds of letter")
    for path in paths:
        raw = _read(path, problems)
        where = f"kinds/{path.name}"
        unknown = sorted(set(raw) - SPEC_KEYS)
        if unknown:
            problems.append(f"{where}: CarerHelp doesn't use {', '.join(unknown)}")
        for key in ("label", "subject"):
            if not isinstance(raw.get(key), str):
                problems.append(f"{where}: needs '{key}' (a phrase in letter.toml)")
        if not isinstance(raw.get("order"), int):
            problems.append(f"{where}: needs 'order' (a whole number)")
        rests_on = raw.get("rests_on", [])
        if not isinstance(rests_on, list) or not all(isinstance(f, str) for f in rests_on):
            problems.append(f"{where}: 'rests_on' is a list of finding ids")
        if "first_when" in raw:
            problems += [f"{where}, first_when: {p}" for p in condition_problems(raw["first_when"])]
        parts: list[Part] = []
        for number, block in enumerate(raw.get("block", []), start=1):
            if isinstance(block, dict) and set(block) == {"include"}:
                group = groups.get(block["include"])
                if group is None:
                    problems.append(f"{where}, block {number}: no part '{block['include']}'")
                    continue
                for inner, shared_block in enumerate(group, start=1):
                    label = f"parts.toml, {block['include']} block {inner}"
                    parts.append(_part(shared_block, label, conditions, problems))
            else:
                parts.append(_part(block, f"{where}, block {number}", conditions, problems))
        addressees = _addressees(raw.get("addressee", []), where, problems) or default_addressees
        if not addressees or addressees[-1].when is not None:
            problems.append(f"{where}: the last addressee rule must have no 'when'")
        specs.append(
            LetterSpec(
                kind=path.stem,
                order=raw.get("order", 0),
                label=str(raw.get("label", "")),
                subject=str(raw.get("subject", "")),
                rests_on=tuple(rests_on) if isinstance(rests_on, list) else (),
                parts=tuple(parts),
                addressees=addressees,
                conditions=conditions,
                first_when=raw.get("first_when"),
                follows_up=bool(raw.get("follows_up", False)),
            )
        )
    if problems:
        raise ContentError(
            f"CarerHelp's letter specs ({folder}) have problems:\n"
            + "\n".join(f"- {p}" for p in problems)
        )
    return LetterSpecs(specs)


def _read(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{path.name} is missing")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{path.name} can't be read ({error})")
    return {}


def _phrases(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    return ()


def _part(raw: Any, where: str, conditions: Mapping[str, Any], problems: list[str]) -> Part:
    if not isinstance(raw, dict):
        problems.append(f"{where}: a block is a table")
        return Part("paragraph")
    unknown = sorted(set(raw) - BLOCK_KEYS)
    if unknown:
        problems.append(f"{where}: CarerHelp doesn't use {', '.join(unknown)}")
    kind = raw.get("kind", "paragraph")
    if kind not in BLOCK_KINDS:
        problems.append(f"{where}: kind must be one of {', '.join(BLOCK_KINDS)}")
    phrases = _phrases(raw.get("phrase"))
    if "phrase" in raw and not phrases:
        problems.append(f"{where}: 'phrase' is a phrase key or a list of keys")
    if kind in ("paragraph", "heading", "signature") and not phrases:
        problems.append(f"{where}: a {kind} needs a phrase")
    items: list[Item] = []
    for raw_item in raw.get("items", []):
        item_phrases = _phrases(raw_item.get("phrase")) if isinstance(raw_item, dict) else ()
        if not item_phrases:
            problems.append(f"{where}: each item needs a phrase")
            continue
        problems += _when_problems(raw_item.get("when"), where, conditions)
        items.append(Item(item_phrases, raw_item.get("when"), dict(raw_item.get("values", {}))))
    sources = [key for key in ("items", "each", "list", "diary", "lines") if key in raw]
    if kind == "bullets" and len(sources) != 1:
        problems.append(f"{where}: bullets need one of items, each, list, diary or lines")
    if kind != "bullets" and sources:
        problems.append(f"{where}: only bullets have {', '.join(sources)}")
    problems += _when_problems(raw.get("when"), where, conditions)
    return Part(
        kind=kind,
        phrases=phrases,
        when=raw.get("when"),
        quote=raw.get("quote"),
        for_each_person=bool(raw.get("for_each_person", False)),
        items=tuple(items),
        each=raw.get("each"),
        list=raw.get("list"),
        intro=raw.get("intro"),
        heading=raw.get("heading"),
        diary=bool(raw.get("diary", False)),
        lines=raw.get("lines"),
    )


def _addressees(raw: Any, where: str, problems: list[str]) -> tuple[Addressee, ...]:
    rules: list[Addressee] = []
    for number, rule in enumerate(raw if isinstance(raw, list) else [], start=1):
        if not isinstance(rule, dict) or not isinstance(rule.get("team"), str):
            problems.append(f"{where}, addressee {number}: needs 'team' (a phrase in [teams])")
            continue
        if rule.get("when") is not None:
            problems += [
                f"{where}, addressee {number}: {p}" for p in _condition_problems(rule["when"])
            ]
        rules.append(
            Addressee(rule["team"], rule.get("when"), rule.get("no_authority", "your_council"))
        )
    return tuple(rules)


def _when_problems(condition: Any, where: str, conditions: Mapping[str, Any]) -> list[str]:
    if condition is None:
        return []
    problems = [f"{where}: {p}" for p in _condition_problems(condition)]
    problems += [
        f"{where}: no condition '{name}' in parts.toml"
        for name in _named(condition)
        if name not in conditions
    ]
    return problems


def _named(condition: Any) -> Iterator[str]:
    if not isinstance(condition, Mapping):
        return
    for key in ("all", "any"):
        for item in condition.get(key, []) or []:
            yield from _named(item)
    if "not" in condition:
        yield from _named(condition["not"])
    if isinstance(condition.get("condition"), str):
        yield condition["condition"]


def _condition_problems(condition: Any) -> list[str]:
    """What is wrong with a spec condition: the questionnaire's tests, or a letter's own."""
    if not isinstance(condition, Mapping):
        return ["a condition is a table such as { nation = ['wales'] }"]
    for key in ("all", "any"):
        if key in condition:
            if len(condition) != 1 or not isinstance(condition[key], list) or not condition[key]:
                return [f"'{key}' stands alone with a list of conditions"]
            return [p for item in condition[key] for p in _condition_problems(item)]
    if "not" in condition:
        return (
            _condition_problems(condition["not"]) if len(condition) == 1 else ["'not' stands alone"]
        )
    leaf = [key for key in LEAF_TESTS if key in condition]
    if not leaf:
        return condition_problems(condition)
    extra = set(condition) - {leaf[0]} - (FINDING_TESTS if leaf[0] == "finding" else set())
    if len(leaf) > 1 or extra:
        return [
            f"'{leaf[0]}' can't be combined with {', '.join(sorted(set(condition) - {leaf[0]}))}"
        ]
    value = condition[leaf[0]]
    if leaf[0] in ("carer", "nation"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return [f"'{leaf[0]}' needs a list of values"]
    elif not isinstance(value, str):
        return [f"'{leaf[0]}' needs a name"]
    return []


def templated_keys(text: str) -> list[str]:
    """The answer ids a phrase key is built from: "agreement_{their_agreement}" -> ["their_agreement"]."""
    return TEMPLATE.findall(text)
