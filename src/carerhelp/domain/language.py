"""The languages CarerHelp's content is written in, and how a content file gives its words in each.

One convention in every content file under resources/ (questions, laws, routes, councils, timescales,
timeline words, earnings rules): a field a carer reads is a table

    text = { en = "How old are you?", cy = "Faint yw eich oed?" }

and `load_content(lang=…)` picks one language's words when it reads the file, so everything else
keeps reading plain text (`question.text`, `citation.plain`, `route.title`…). Reading in Welsh is
strict: a field without its Welsh (`cy`) is a ContentError naming the file and the key. Nothing
falls back to English. Plain text (not a table) is English only, except where a file says a plain
value is a name that is the same in both languages (the names of councils outside Wales).

The phrases of findings and letters are whole files per language instead: resources/phrases/<lang>/.
"""

from __future__ import annotations

from typing import Any

from carerhelp.domain.errors import ContentError

LANGUAGES = ("en", "cy")
"""English and Welsh (Cymraeg): the languages content can be read in."""

LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


def check_language(lang: str) -> str:
    """`lang` if CarerHelp has it; otherwise a ContentError in both languages."""
    if lang not in LANGUAGES:
        raise ContentError(
            f"CarerHelp has no language '{lang}'. Use en (English) or cy (Welsh). / "
            f"Nid oes gan CarerHelp iaith '{lang}'. Defnyddiwch en (Saesneg) neu cy (Cymraeg)."
        )
    return lang


def pick(
    value: Any,
    lang: str,
    where: str,
    problems: list[str],
    *,
    same_in_both: bool = False,
) -> str:
    """The words of a content field in `lang`, from `{ en = …, cy = … }` (or plain English text).

    A missing or empty translation adds "`where` has no Welsh words (cy)" to `problems` and gives
    "". With `same_in_both`, plain text is a name used as it is in every language. Anything that is
    neither text nor a table of texts gives "" without a problem: the caller reports it in its own
    words (a missing field, say).
    """
    if isinstance(value, str):
        if lang == "en" or same_in_both or not value:
            return value
        problems.append(f"{where} has no Welsh words (write it as {{ en = …, cy = … }})")
        return ""
    if not isinstance(value, dict):
        return ""
    words = value.get(lang)
    if isinstance(words, str) and words.strip():
        return words
    if lang != "en" and isinstance(value.get("en"), str) and value["en"]:
        problems.append(f"{where} has no Welsh words (cy)")
    return ""
