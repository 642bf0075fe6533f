"""Letter wording from resources/letters/: common text, overridden by the nation's own file."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from carerhelp.domain.citations import CITATIONS
from carerhelp.domain.errors import ContentError

_CITE = re.compile(r"\[\[(\w+)\]\]")


@cache
def wording(nation: str, language: str = "en") -> dict[str, Any]:
    """The wording for a nation: common.toml, then <nation>.toml on top."""
    from carerhelp.paths import resource

    folder = resource("letters")
    words: dict[str, Any] = {}
    for name in ("common", nation):
        path = folder / f"{name}.toml"
        words.update(_read(path).get(language, {}))
    for key, value in words.items():
        for text in value if isinstance(value, list) else [value]:
            for cited in _CITE.findall(str(text)):
                if cited not in CITATIONS:
                    raise ContentError(
                        f"Letter text '{key}' in resources/letters cites unknown law '{cited}'."
                    )
    return words


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(
            f"CarerHelp's letter text {path.name} is missing. Please reinstall CarerHelp."
        ) from None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(
            f"CarerHelp's letter text {path.name} can't be read ({error})."
        ) from error


def with_citations(text: str) -> str:
    return _CITE.sub(lambda match: CITATIONS[match.group(1)].short, text)
