"""The councils and Health and Social Care Trusts a letter can go to, from resources/authorities/."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from carerhelp.domain.errors import ContentError
from carerhelp.domain.language import check_language, pick

NATIONS = ("england", "wales", "scotland", "northern_ireland")


@dataclass(frozen=True)
class Authority:
    id: str
    name: str
    nation: str
    kind: str
    team: str
    address: str = ""


class Authorities:
    """Every authority a letter can go to, read once by the composition root (`load_authorities`)."""

    def __init__(self, authorities: tuple[Authority, ...]) -> None:
        self.all = tuple(sorted(authorities, key=lambda a: a.name.lower()))
        self._by_id = {authority.id: authority for authority in self.all}

    def for_nation(self, nation: str | None) -> tuple[Authority, ...]:
        """Those of one nation (every one for None), sorted by name."""
        return tuple(a for a in self.all if nation is None or a.nation == nation)

    def get(self, authority_id: str | None) -> Authority | None:
        return self._by_id.get(authority_id) if authority_id else None


def load_authorities(path: Path | None = None, lang: str = "en") -> Authorities:
    """Read and check the list. ContentError names each entry and what is wrong with it.

    `name` and `team` are read in `lang` (see carerhelp.domain.language). A Welsh council's name is
    `{ en = …, cy = … }` with its official Welsh name; the councils and Trusts of England, Scotland
    and Northern Ireland have one name, written as plain text, used in both languages."""
    check_language(lang)
    if path is None:
        from carerhelp.paths import resource

        path = resource("authorities", "authorities.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(
            f"CarerHelp's list of councils ({path.name}) can't be read ({error})."
        ) from error
    problems: list[str] = []
    found: list[Authority] = []
    seen: set[str] = set()
    for number, raw in enumerate(data.get("authorities", []), start=1):
        try:
            where = f"{path.name}: {raw['id']}"
            authority = Authority(
                **{key: str(raw[key]) for key in ("id", "nation", "kind")},
                name=pick(raw["name"], lang, f"{where}.name", problems, same_in_both=True),
                team=pick(raw["team"], lang, f"{where}.team", problems),
                address=str(raw.get("address", "")),
            )
        except (KeyError, TypeError):
            problems.append(f"entry {number}: needs id, name, nation, kind and team")
            continue
        if not pick(raw["name"], "en", where, []) or not pick(raw["team"], "en", where, []):
            problems.append(f"{authority.id}: needs a name and a team in English (en)")
        if lang != "en" and authority.nation == "wales" and not isinstance(raw["name"], dict):
            problems.append(
                f"{where}.name: a Welsh council's name is {{ en = …, cy = … }}, with its Welsh name"
            )
        if authority.nation not in NATIONS:
            problems.append(f"{authority.id}: unknown nation '{authority.nation}'")
        if authority.id in seen:
            problems.append(f"{authority.id}: the id is used twice")
        seen.add(authority.id)
        found.append(authority)
    if problems:
        raise ContentError(f"CarerHelp's list of councils has problems: {'; '.join(problems)}")
    return Authorities(tuple(found))
