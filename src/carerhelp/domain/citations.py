"""The one table of laws and rules every finding and letter cites, read from resources/law/citations.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from carerhelp.domain.errors import ContentError
from carerhelp.domain.language import check_language, pick

CITE_MARK = re.compile(r"\[\[(\w+)\]\]")
"""How text names a citation: [[care_act_s10]] is replaced by "Care Act 2014, section 10"."""

_REQUIRED = ("act", "section", "plain")
_OPTIONAL = ("url", "checked", "url_cy", "kind")
KINDS = ("law", "guidance")
"""`law`: a statute, regulation or order. `guidance`: a page that explains it (GOV.UK, nidirect, …)."""


@dataclass(frozen=True)
class Citation:
    key: str
    act: str
    section: str
    plain: str
    url: str | None = None
    checked: date | None = None
    url_cy: str | None = None
    kind: str = "law"

    @property
    def is_guidance(self) -> bool:
        return self.kind == "guidance"

    """Where the official Welsh text of a law made in Wales was read (its Welsh title is from there)."""

    @property
    def short(self) -> str:
        return f"{self.act}, {self.section}" if self.section else self.act


class Citations(Mapping[str, Citation]):
    """Every citation by key, read once by the composition root (see `load_citations`)."""

    def __init__(self, entries: Mapping[str, Citation]) -> None:
        self._entries = dict(entries)

    def __getitem__(self, key: str) -> Citation:
        return self._entries[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def cite(self, *keys: str) -> str:
        """The citations for these keys, joined for display: "Care Act 2014, section 10; …"."""
        return "; ".join(self[key].short for key in keys)

    def unknown_in(self, text: str) -> list[str]:
        """Keys marked [[like_this]] in `text` that are not in the table."""
        return [key for key in CITE_MARK.findall(text) if key not in self._entries]

    def fill(self, text: str) -> str:
        """`text` with every [[key]] replaced by that citation's short form."""
        return CITE_MARK.sub(lambda match: self[match.group(1)].short, text)


def load_citations(path: Path | None = None, lang: str = "en") -> Citations:
    """Read and check the citation table. ContentError names each entry and what is wrong with it.

    `act`, `section` and `plain` are read in `lang`: each is text, or `{ en = …, cy = … }` (see
    carerhelp.domain.language). A Welsh law has its official Welsh title; a UK law has none, so its
    `cy` act is its English title, written out on purpose."""
    check_language(lang)
    if path is None:
        from carerhelp.paths import resource

        path = resource("law", "citations.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(
            f"CarerHelp's table of laws ({path.name}) is missing. Please reinstall CarerHelp."
        ) from None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(
            f"CarerHelp's table of laws ({path.name}) can't be read ({error})."
        ) from error
    problems: list[str] = []
    entries: dict[str, Citation] = {}
    for key, raw in data.items():
        if not re.fullmatch(r"\w+", key) or not isinstance(raw, dict):
            problems.append(f"{key}: each entry is a [key] table of act, section and plain")
            continue
        words = {name: pick(raw.get(name), lang, f"{key}.{name}", problems) for name in _REQUIRED}
        wrong = [name for name in _REQUIRED if not isinstance(raw.get(name), str | dict)]
        wrong += [
            name
            for name in ("act", "plain")
            if name not in wrong and not pick(raw[name], "en", key, []).strip()
        ]
        if wrong:
            problems.append(f"{key}: needs {', '.join(wrong)} as text")
        unknown = sorted(set(raw) - set(_REQUIRED) - set(_OPTIONAL))
        if unknown:
            problems.append(f"{key}: CarerHelp doesn't use {', '.join(unknown)}")
        url, checked, url_cy = raw.get("url"), raw.get("checked"), raw.get("url_cy")
        for name, address in (("url", url), ("url_cy", url_cy)):
            if address is not None and not (
                isinstance(address, str) and address.startswith("https://")
            ):
                problems.append(f"{key}: {name} must be text starting https://")
        kind = raw.get("kind", "law")
        if kind not in KINDS:
            problems.append(f"{key}: kind must be one of {', '.join(KINDS)}")
        if checked is not None and not (isinstance(checked, date) and type(checked) is date):
            problems.append(f"{key}: checked must be a date (YYYY-MM-DD)")
        if wrong or unknown:
            continue
        entries[key] = Citation(
            key=key,
            act=words["act"],
            section=words["section"],
            plain=words["plain"],
            url=url if isinstance(url, str) else None,
            checked=checked if isinstance(checked, date) else None,
            url_cy=url_cy if isinstance(url_cy, str) else None,
            kind=kind if kind in KINDS else "law",
        )
    if not entries and not problems:
        problems.append("no entries")
    if problems:
        raise ContentError(
            f"CarerHelp's table of laws ({path.name}) has problems:\n"
            + "\n".join(f"- {p}" for p in problems)
        )
    return Citations(entries)
