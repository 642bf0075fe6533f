"""The councils and Health and Social Care Trusts a letter can go to, from resources/authorities/."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from carerhelp.domain.errors import ContentError

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


def load_authorities(path: Path | None = None) -> Authorities:
    """Read and check the list. ContentError names each entry and what is wrong with it."""
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
            authority = Authority(
                **{key: str(raw[key]) for key in ("id", "name", "nation", "kind", "team")},
                address=str(raw.get("address", "")),
            )
        except (KeyError, TypeError):
            problems.append(f"entry {number}: needs id, name, nation, kind and team")
            continue
        if authority.nation not in NATIONS:
            problems.append(f"{authority.id}: unknown nation '{authority.nation}'")
        if authority.id in seen:
            problems.append(f"{authority.id}: the id is used twice")
        seen.add(authority.id)
        found.append(authority)
    if problems:
        raise ContentError(f"CarerHelp's list of councils has problems: {'; '.join(problems)}")
    return Authorities(tuple(found))
