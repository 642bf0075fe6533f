"""The Welsh phrases (resources/phrases/cy/) are a full twin of the English ones.

Every file has the English keys and no others, the same shape (tables, lists of the same length, the
same `if`/`unless`/`phrase` parts), the same placeholders with the same specs and the same laws
cited in each phrase. No Welsh phrase is left in English unless it is a proper name on the allow-list.
Every Welsh phrase renders through the real renderer with the values the English one takes, and so
does every finding the rights engine makes for the examples in docs/examples/.
"""

from __future__ import annotations

import json
import re
import shutil
import string
import tomllib
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from carerhelp.domain.content import load_content
from carerhelp.domain.errors import ContentError
from carerhelp.domain.phrases import CITE_MARK, Phrases, load_phrases, render_finding
from carerhelp.domain.rights import assess

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "phrases"
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.json"))
ON = date(2026, 11, 22)
CONTENT = load_content()
EN = load_phrases("en", citations=CONTENT.citations)
CY = load_phrases("cy", citations=CONTENT.citations)

# Phrases that are the same in both languages because they are names with no Welsh form.
SAME_IN_WELSH = {
    "money.words.gov_uk",  # a website's name
    "money.words.mygov_scot",  # a website's name
    "money.words.nidirect",  # a website's name
    "money.words.office_scotland",  # Social Security Scotland: an agency's name, no Welsh form
}


def _files(language: str, folder: Path = FOLDER) -> dict[str, Any]:
    return {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
        for path in sorted((folder / language).glob("*.toml"))
    }


def _placeholders(text: str) -> set[tuple[str, str]]:
    return {
        (name, spec or "")
        for _literal, name, spec, _conversion in string.Formatter().parse(text)
        if name is not None
    }


def _citations(text: str) -> list[str]:
    return sorted(CITE_MARK.findall(text))


def differences(en: Any, cy: Any, key: str) -> Iterator[str]:
    """Where the Welsh entry at `key` differs in shape, placeholders or laws from the English one."""
    if isinstance(en, Mapping):
        if not isinstance(cy, Mapping):
            yield f"{key}: English is a table, Welsh is not"
            return
        for missing in sorted(set(en) - set(cy)):
            yield f"{key}.{missing}: missing in Welsh"
        for extra in sorted(set(cy) - set(en)):
            yield f"{key}.{extra}: in Welsh but not in English"
        for name in sorted(set(en) & set(cy)):
            yield from differences(en[name], cy[name], f"{key}.{name}")
    elif isinstance(en, list):
        if not isinstance(cy, list) or len(cy) != len(en):
            yield f"{key}: English is a list of {len(en)}, Welsh is not"
            return
        for index, (en_part, cy_part) in enumerate(zip(en, cy, strict=True)):
            where = f"{key}[{index}]"
            if isinstance(en_part, Mapping):
                if not isinstance(cy_part, Mapping):
                    yield f"{where}: English is a part, Welsh is not"
                    continue
                if set(en_part) != set(cy_part):
                    yield f"{where}: parts differ ({sorted(en_part)} / {sorted(cy_part)})"
                    continue
                for field in ("if", "unless", "phrase"):
                    if en_part.get(field) != cy_part.get(field):
                        yield f"{where}: '{field}' differs"
                if "text" in en_part:
                    yield from differences(en_part["text"], cy_part["text"], where)
            else:
                yield from differences(en_part, cy_part, where)
    elif isinstance(en, str):
        if not isinstance(cy, str):
            yield f"{key}: English is text, Welsh is not"
            return
        if _placeholders(en) != _placeholders(cy):
            yield f"{key}: placeholders {sorted(_placeholders(en))} / {sorted(_placeholders(cy))}"
        if _citations(en) != _citations(cy):
            yield f"{key}: laws cited {_citations(en)} / {_citations(cy)}"
    else:
        yield f"{key}: unexpected {type(en).__name__}"


def all_differences(folder: Path = FOLDER) -> list[str]:
    en, cy = _files("en", folder), _files("cy", folder)
    out = [f"{name}.toml: missing in Welsh" for name in sorted(set(en) - set(cy))]
    out += [f"{name}.toml: in Welsh but not in English" for name in sorted(set(cy) - set(en))]
    for name in sorted(set(en) & set(cy)):
        out += differences(en[name], cy[name], name)
    return out


def _leaves(node: Any, key: str) -> Iterator[tuple[str, Any]]:
    """Every phrase: a string, or a list (of strings and parts), by its dotted key."""
    if isinstance(node, Mapping):
        for name, value in node.items():
            yield from _leaves(value, f"{key}.{name}" if key else name)
    else:
        yield key, node


def _texts(entry: Any) -> Iterator[str]:
    if isinstance(entry, str):
        yield entry
    elif isinstance(entry, list):
        for part in entry:
            if isinstance(part, str):
                yield part
            elif "text" in part:
                yield part["text"]


def _words(text: str) -> str:
    """The text with placeholders and citation marks taken out: what a reader reads as words."""
    return re.sub(r"\{[^}]*\}|\[\[\w+\]\]", "", text)


ENGLISH_FILES = _files("en")
WELSH_FILES = _files("cy")
PHRASE_KEYS = [key for key, _entry in _leaves(ENGLISH_FILES, "")]


def _sample_values() -> tuple[dict[str, Any], set[str]]:
    """A value for every placeholder the English phrases use, of the kind its spec needs."""
    specs: dict[str, set[str]] = {}
    flags: set[str] = set()
    for _key, entry in _leaves(ENGLISH_FILES, ""):
        for text in _texts(entry):
            for name, spec in _placeholders(text):
                specs.setdefault(name, set()).add(spec)
        for part in entry if isinstance(entry, list) else []:
            if isinstance(part, Mapping):
                for field in ("if", "unless"):
                    value = part.get(field)
                    flags.update([value] if isinstance(value, str) else value or [])
    values: dict[str, Any] = {}
    for name, kinds in specs.items():
        if "money" in kinds:
            values[name] = "1234.5"
        elif "list" in kinds:
            values[name] = ["labels.topic.money", "labels.topic.work", "labels.topic.rights"]
        elif "names" in kinds:
            values[name] = ["Ann", "Bob", "Cai"]
        elif "phrase" in kinds:
            values[name] = "labels.topic.money"
        else:
            values[name] = "7"
    return values, flags


VALUES, FLAGS = _sample_values()


def test_every_welsh_file_has_the_english_keys_shape_placeholders_and_laws():
    assert sorted(WELSH_FILES) == sorted(ENGLISH_FILES)
    problems = all_differences()
    assert not problems, "\n".join(problems)


def test_the_comparison_sees_a_missing_key_a_renamed_placeholder_and_a_lost_law(tmp_path: Path):
    shutil.copytree(FOLDER, tmp_path / "phrases")
    work = tmp_path / "phrases" / "cy" / "letter.toml"
    text = work.read_text(encoding="utf-8")
    text = text.replace('closing = "Yn gywir,"\n', "", 1)
    text = text.replace("{carer_phone}", "{carer_ffon}", 1)
    text = text.replace(" ([[care_act_s10_4]])", "", 1)
    work.write_text(text, encoding="utf-8")
    (tmp_path / "phrases" / "cy" / "work.toml").unlink()
    problems = all_differences(tmp_path / "phrases")
    assert "letter.common.closing: missing in Welsh" in problems
    assert any(p.startswith("letter.common.phone_line: placeholders") for p in problems)
    assert any(p.startswith("letter.england.finances: laws cited") for p in problems)
    assert "work.toml: missing in Welsh" in problems


def test_no_welsh_phrase_is_left_in_english():
    same = []
    for key in PHRASE_KEYS:
        en, cy = EN.raw(key), CY.raw(key)
        for en_text, cy_text in zip(_texts(en), _texts(cy), strict=True):
            if en_text == cy_text and re.search(r"[A-Za-z]", _words(en_text)):
                same.append(key)
    assert sorted(set(same)) == sorted(SAME_IN_WELSH)


@pytest.mark.parametrize("flags_on", [True, False], ids=["flags on", "flags off"])
def test_every_welsh_phrase_renders_with_the_values_the_english_one_takes(flags_on: bool):
    values = {**dict.fromkeys(FLAGS, flags_on), **VALUES}  # a flag named like a value keeps it
    failures = []
    for key in PHRASE_KEYS:
        EN.text(key, values)
        try:
            CY.text(key, values)
        except (ContentError, KeyError, ValueError, IndexError, AttributeError) as error:
            failures.append(f"{key}: {error!r}")
    assert not failures, "\n".join(failures)


def _findings(path: Path):
    answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    parsed = CONTENT.questionnaire.parse_all({k: v for k, v in answers.items() if v is not None})
    return assess(parsed, ON, CONTENT)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_examples_findings_render_in_welsh_and_read_differently(path: Path):
    findings = _findings(path)
    assert findings
    for finding in findings:
        english = render_finding(finding, EN)
        welsh = render_finding(finding, CY)
        assert welsh.title and welsh.why, finding.id
        assert welsh.status_label != english.status_label, finding.id
        assert welsh.topic_label != english.topic_label, finding.id
        assert len(welsh.next_steps) == len(english.next_steps), finding.id
        # A route's own words (its assessment's name and duty) are values from resources/law/
        # routes.toml, so the finding as a whole, not each part, must read differently.
        assert _whole(welsh) != _whole(english), finding.id


def _whole(rendered) -> str:
    return " ".join([rendered.title, rendered.why, *rendered.next_steps])


# Phrases whose value is put after words that mutate the next one ("am", "i", a verb's object), so
# they must begin with a letter that never mutates, or be a name in English that Welsh leaves alone.
AFTER_A_MUTATION = ("money.words.carer", "letter.followup.what_", "rights.words.body_")
ENGLISH_NAMES = {"money.words.carer_support_payment": "Carer Support Payment"}


def _never_mutates(text: str) -> bool:
    first = text[:2].lower()
    if first in ("ll", "rh"):
        return False
    return first[0] in "aeiouwyâêîôûŵŷlnrshf" or first in ("ch", "th", "ph")


def test_phrases_put_after_a_mutating_word_begin_with_a_letter_that_never_mutates():
    keys = [key for key in PHRASE_KEYS if key.startswith(AFTER_A_MUTATION)]
    assert len(keys) > 8
    for key in keys:
        text = CY.text(key)
        assert _never_mutates(text) or text.startswith(ENGLISH_NAMES.get(key, text + "!")), key
    assert not _never_mutates("cynllun") and not _never_mutates("Taliad")


def test_the_welsh_list_joins_like_welsh():
    phrases: Phrases = CY
    assert phrases.join(["Ann"]) == "Ann"
    assert phrases.join(["Ann", "Bob", "Cai"]) == "Ann, Bob a hefyd Cai"


def _brackets_inside_brackets(text: str) -> bool:
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
            if depth > 1:
                return True
        elif char == ")":
            depth = max(0, depth - 1)
    return False


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_no_step_puts_brackets_inside_brackets(path: Path):
    """Team names carry brackets of their own ("Children's Services (young carers)"), so a step
    that put the team in brackets after the council read "the council (… (young carers))"."""
    for finding in _findings(path):
        for words in (EN, CY):
            for step in render_finding(finding, words).next_steps:
                assert not _brackets_inside_brackets(step), (finding.id, step)
