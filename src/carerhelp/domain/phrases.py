"""Phrases: the words of findings and letters, read from resources/phrases/<language>/, and one renderer.

Every file in a language's folder is a namespace named after the file (`rights.toml` gives the keys
`rights.…`). A phrase is a whole sentence with `{placeholders}`, so another language can put the
values wherever its grammar needs them:

- `{name}` prints the value (a whole number as it is, a decimal without trailing zeros);
- `{limit:money}` prints an amount of money ("£1,234.50");
- `{what:phrase}` prints the phrase whose key is the value (`"rights.words.paid_job"`);
- `{reasons:list}` prints the phrases whose keys are in the value, joined as `labels.list` says;
- `{people:names}` joins the strings in the value the same way;
- `[[care_act_s10]]` prints that law's short citation from the one table of laws.

A finding's words (`render_finding`) are looked up under `<topic>.<words>.<reason>` first, then
`<topic>.<words>`: `title`, `why` (a sentence or a list of parts, joined by spaces), `steps` (a list)
and optionally `citation` (by default the laws the finding cites, which `{laws}` also gives;
`labels.no_law` when it cites none). A part may be a table `{ if = "flag", text = "…" }` (or `unless`, or
`phrase = "key"` instead of `text`), printed only when the finding's value `flag` is true (`if` may be
a list of flags that must all be true).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import ContentError
from carerhelp.domain.model import Finding, Status, Topic
from carerhelp.domain.rates import money

CITE_MARK = re.compile(r"\[\[(\w+)\]\]")
SPECS = ("", "money", "phrase", "list", "names")
LANGUAGES = ("en", "cy")


@dataclass(frozen=True)
class RenderedFinding:
    """A finding in words: what the results page, `carerhelp assess` and the letters show."""

    finding: Finding
    status_label: str
    topic_label: str
    title: str
    why: str
    citation: str
    next_steps: tuple[str, ...]
    guidance: str = ""
    """Pages that explain the law (GOV.UK, nidirect, …): shown as more information, not as law."""

    @property
    def id(self) -> str:
        return self.finding.id

    @property
    def topic(self) -> Topic:
        return self.finding.topic

    @property
    def status(self) -> Status:
        return self.finding.status

    @property
    def reason(self) -> str:
        return self.finding.reason

    @property
    def citations(self) -> tuple[str, ...]:
        return self.finding.citations

    @property
    def values(self) -> Mapping[str, Any]:
        return self.finding.values

    def to_json(self) -> dict[str, Any]:
        """The finding's data (id, status, reason, citation keys, values) and its words."""
        return {
            **self.finding.to_json(),
            "status_label": self.status_label,
            "title": self.title,
            "why": self.why,
            "citation": self.citation,
            "guidance": self.guidance,
            "next_steps": list(self.next_steps),
        }


class Phrases:
    """One language's phrases, checked when loaded. `text(key, values)` renders one of them."""

    def __init__(
        self, language: str, entries: Mapping[str, Any], citations: Mapping[str, Any]
    ) -> None:
        self.language = language
        self._entries = dict(entries)
        self._citations = citations
        self._formatter = _Formatter(self)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not None

    def raw(self, key: str) -> Any:
        """The entry at a dotted key: a template, a list of parts or a table (ContentError if none)."""
        found = self._lookup(key)
        if found is None:
            raise ContentError(
                f"CarerHelp has no words for '{key}' in language '{self.language}'. "
                "Please reinstall CarerHelp."
            )
        return found

    def text(self, key: str, values: Mapping[str, Any] | None = None) -> str:
        """The phrase at `key` with its placeholders and citations filled in."""
        entry = self.raw(key)
        if isinstance(entry, list):
            return " ".join(self.parts(entry, values or {}))
        if not isinstance(entry, str):
            raise ContentError(f"The words for '{key}' are a table, not a phrase.")
        return self.fill(entry, values or {})

    def texts(self, key: str, values: Mapping[str, Any] | None = None) -> list[str]:
        """A list phrase (bullets, next steps), each item filled in; parts switched off are left out."""
        entry = self.raw(key)
        return self.parts(entry if isinstance(entry, list) else [entry], values or {})

    def parts(self, entry: Sequence[Any], values: Mapping[str, Any]) -> list[str]:
        out: list[str] = []
        for part in entry:
            if isinstance(part, str):
                out.append(self.fill(part, values))
                continue
            if not _applies(part, values):
                continue
            out.append(
                self.text(part["phrase"], values)
                if "phrase" in part
                else self.fill(part["text"], values)
            )
        return [text for text in out if text]

    def first(self, key: str, values: Mapping[str, Any]) -> str:
        """The first of a list of variants whose `if` and `unless` hold, filled in ("" if none)."""
        for part in self.raw(key):
            if isinstance(part, str):
                return self.fill(part, values)
            if _applies(part, values):
                return (
                    self.text(part["phrase"], values)
                    if "phrase" in part
                    else self.fill(part["text"], values)
                )
        return ""

    def fill(self, template: str, values: Mapping[str, Any]) -> str:
        cited = CITE_MARK.sub(lambda m: str(self._citations[m.group(1)].short), template)
        return self._formatter.vformat(cited, (), values)

    def cite(self, keys: Sequence[str]) -> str:
        """Several laws for display: "Care Act 2014, section 10; Care Act 2014, section 10(4)"."""
        return "; ".join(str(self._citations[key].short) for key in keys)

    def is_guidance(self, key: str) -> bool:
        """Whether a citation is a page that explains the law rather than the law itself."""
        return getattr(self._citations[key], "kind", "law") == "guidance"

    def join(self, items: Sequence[str]) -> str:
        """Items joined as the language does it: "a", "a and b", "a, b and c"."""
        items = [item for item in items if item]
        if len(items) <= 1:
            return "".join(items)
        head = self.fill(self.raw("labels.list.separator"), {}).join(items[:-1])
        return self.fill(self.raw("labels.list.last"), {"head": head, "last": items[-1]})

    def label(self, kind: str, value: str) -> str:
        """A label such as `labels.status.entitled`: the words for one value of an enum."""
        return self.text(f"labels.{kind}.{value}")

    def citation_keys(self, key: str) -> set[str]:
        """The laws a phrase (or a list of parts) cites with [[key]] marks."""
        return set(CITE_MARK.findall(_flatten(self.raw(key))))

    def _lookup(self, key: str) -> Any:
        node: Any = self._entries
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                return None
            node = node[part]
        return node


class _Formatter(string.Formatter):
    """`{value:money}`, `{key:phrase}`, `{keys:list}`, `{names:names}`; numbers without noise."""

    def __init__(self, phrases: Phrases) -> None:
        self.phrases = phrases

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "money":
            return money(Decimal(str(value)))
        if format_spec == "phrase":
            return self.phrases.text(str(value))
        if format_spec == "list":
            return self.phrases.join([self.phrases.text(str(key)) for key in value])
        if format_spec == "names":
            return self.phrases.join([str(item) for item in value])
        if isinstance(value, float):
            return format(value, "g")
        return str(value)


def render_finding(finding: Finding, phrases: Phrases) -> RenderedFinding:
    """A finding's words in the phrases' language: title, status in words, why, the law, next steps."""
    base = f"{finding.topic.value}.{finding.words or finding.id}"
    variant = f"{base}.{finding.reason}" if finding.reason else base
    values = dict(finding.values)
    laws = phrases.cite([key for key in finding.citations if not phrases.is_guidance(key)])
    guidance = phrases.cite([key for key in finding.citations if phrases.is_guidance(key)])
    fill = {**values, "laws": laws}

    def pick(name: str) -> str | None:
        return next(
            (key for key in (f"{variant}.{name}", f"{base}.{name}") if key in phrases), None
        )

    def one(name: str) -> str:
        key = pick(name)
        if key is None:
            raise ContentError(f"CarerHelp has no '{name}' for the finding '{variant}'.")
        return phrases.text(key, fill)

    steps = pick("steps")
    citation = pick("citation")
    return RenderedFinding(
        finding=finding,
        status_label=phrases.label("status", finding.status.value),
        topic_label=phrases.label("topic", finding.topic.value),
        title=one("title"),
        why=one("why"),
        citation=(
            phrases.text(citation, fill)
            if citation
            else laws or ("" if guidance else phrases.text("labels.no_law"))
        ),
        next_steps=tuple(phrases.texts(steps, fill)) if steps else (),
        guidance=guidance,
    )


def render_findings(findings: Sequence[Finding], phrases: Phrases) -> list[RenderedFinding]:
    return [render_finding(finding, phrases) for finding in findings]


def load_phrases(
    language: str = "en", *, citations: Mapping[str, Any], folder: Path | None = None
) -> Phrases:
    """Read and check resources/phrases/<language>/*.toml. ContentError lists every problem."""
    if folder is None:
        from carerhelp.paths import resource

        folder = resource("phrases")
    where = folder / language
    files = sorted(where.glob("*.toml"))
    if not files:
        raise ContentError(
            f"CarerHelp's words for language '{language}' are missing ({where}). "
            "Please reinstall CarerHelp."
        )
    entries: dict[str, Any] = {}
    problems: list[str] = []
    for path in files:
        try:
            entries[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            problems.append(f"{path.name}: can't be read ({error})")
            continue
        problems += [
            f"{path.name}: {p}" for p in _problems(entries[path.stem], path.stem, citations)
        ]
    if problems:
        raise ContentError(
            f"CarerHelp's words ({where}) have problems:\n" + "\n".join(f"- {p}" for p in problems)
        )
    return Phrases(language, entries, citations)


def _problems(node: Any, key: str, citations: Mapping[str, Any]) -> list[str]:
    """Placeholders with an unknown format, unknown laws and badly shaped parts, under `key`."""
    if isinstance(node, Mapping):
        return [p for k, v in node.items() for p in _problems(v, f"{key}.{k}", citations)]
    if isinstance(node, list):
        out: list[str] = []
        for item in node:
            if isinstance(item, Mapping):
                if not (("text" in item) ^ ("phrase" in item)) or set(item) - {
                    "if",
                    "unless",
                    "text",
                    "phrase",
                }:
                    out.append(f"{key}: a part is {{ if = flag, text = … }} or {{ phrase = key }}")
                item = item.get("text", "")
            out += _problems(item, key, citations)
        return out
    if not isinstance(node, str):
        return [f"{key}: words must be text"]
    out = [f"{key}: cites unknown law '{c}'" for c in CITE_MARK.findall(node) if c not in citations]
    try:
        for _literal, name, spec, _conversion in string.Formatter().parse(node):
            if name is not None and (not name.isidentifier() or spec not in SPECS):
                out.append(f"{key}: '{{{name}:{spec}}}' is not a placeholder CarerHelp fills")
    except ValueError as error:
        out.append(f"{key}: {error}")
    return out


def _applies(part: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    if not all(values.get(flag) for flag in _flags(part.get("if"))):
        return False
    return not any(values.get(flag) for flag in _flags(part.get("unless")))


def _flags(names: str | list[str] | None) -> list[str]:
    """A part's `if` or `unless`: one flag, or a list of flags that must all be true (or all false)."""
    if names is None:
        return []
    return [names] if isinstance(names, str) else list(names)


def _flatten(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, list):
        return " ".join(_flatten(item) for item in entry)
    if isinstance(entry, Mapping):
        return " ".join(_flatten(item) for item in entry.values())
    return ""
