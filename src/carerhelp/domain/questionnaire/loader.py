"""Load the questionnaire from resources/questionnaire/*.toml and report every problem at once."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from carerhelp.domain.authorities import Authorities
from carerhelp.domain.errors import ContentError
from carerhelp.domain.language import check_language, pick
from carerhelp.domain.questionnaire.conditions import (
    condition_problems,
    referenced_questions,
    substitute,
)
from carerhelp.domain.questionnaire.flow import Questionnaire
from carerhelp.domain.questionnaire.model import Option, Question, QuestionKind, Section
from carerhelp.domain.questionnaire.tags import OptionTag, Tag
from carerhelp.domain.questionnaire.words import FIELD, MESSAGES, AnswerWords

# "{the_person}" in a question repeated for each person cared for, by language and number.
THE_PERSON = {
    "en": {
        1: "the person you care for",
        2: "the second person you care for",
        3: "the third person you care for",
        4: "the fourth person you care for",
        5: "the fifth person you care for",
    },
    "cy": {
        1: "y person rydych chi'n gofalu amdano",
        2: "yr ail berson rydych chi'n gofalu amdano",
        3: "y trydydd person rydych chi'n gofalu amdano",
        4: "y pedwerydd person rydych chi'n gofalu amdano",
        5: "y pumed person rydych chi'n gofalu amdano",
    },
}
_KINDS_WITH_OPTIONS = {QuestionKind.CHOICE, QuestionKind.MULTI_CHOICE}
_NUMERIC = {QuestionKind.NUMBER, QuestionKind.MONEY}
_PLACEHOLDER = re.compile(r"\{(n|the_person)\}")
_PERSON_TEMPLATE = re.compile(r"[a-z][a-z0-9]*\{n\}_([a-z][a-z0-9_]*)")
# Welsh writes the article "y"/"yr" as "'r" joined to a word that ends in a vowel ("mae'r person",
# "ydy'r ail berson"), so the Welsh person's article follows the word before {the_person}.
_WELSH_AFTER_VOWEL = re.compile(r"(?<=[aeiouwyâêîôûŵŷ]) \{the_person\}", re.IGNORECASE)


def default_folder() -> Path:
    from carerhelp.paths import resource

    return resource("questionnaire")


def load_questionnaire(
    folder: Path | None = None, authorities: Authorities | None = None, lang: str = "en"
) -> Questionnaire:
    """Read and check the questionnaire. ContentError names the file, question and reason for each problem.

    With `authorities`, a `council` answer is also checked against the carer's and the cared-for
    people's nations (`load_content` passes the loaded list). `lang` chooses the words each
    question, hint, option and section title carries ("en" or "cy"); in Welsh every one of them
    must have its Welsh (see carerhelp.domain.language). What CarerHelp says about answers (an
    answer it can't use, an answer shown back) comes from messages.toml in the same folder."""
    folder = folder or default_folder()
    check_language(lang)
    problems: list[str] = []
    index_file = folder / "index.toml"
    index = _read(index_file, problems)
    section_names = index.get("sections") if index else None
    if index and (
        not isinstance(section_names, list) or not all(isinstance(n, str) for n in section_names)
    ):
        problems.append(f"{index_file.name}: 'sections' must be a list of section file names")
        section_names = []
    sections: list[Section] = []
    for name in section_names or []:
        path = folder / f"{name}.toml"
        data = _read(path, problems)
        if data is not None:
            sections.append(_section(path, data, problems, lang))
    _check_whole(sections, problems)
    words = _answer_words(folder / "messages.toml", lang, problems)
    if problems:
        raise ContentError(
            "CarerHelp's question files have problems:\n" + "\n".join(f"- {p}" for p in problems)
        )
    return Questionnaire(tuple(sections), authorities, words)


def _read(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        problems.append(f"{path.name}: the file is missing")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{path.name}: the file can't be read ({error})")
    except OSError as error:
        problems.append(f"{path.name}: the file can't be opened ({error.strerror})")
    return None


def _answer_words(path: Path, lang: str, problems: list[str]) -> AnswerWords:
    """The messages about answers in `lang`, each checked against the {parts} CarerHelp fills in."""
    data = _read(path, problems)
    messages: dict[str, str] = {}
    if data is None:
        return AnswerWords(lang, messages)
    for table, keys in MESSAGES.items():
        raw_table = data.get(table, {})
        if not isinstance(raw_table, dict):
            problems.append(f"{path.name}: [{table}] must be a table of messages")
            raw_table = {}
        for extra in sorted(set(raw_table) - set(keys)):
            problems.append(f"{path.name}: [{table}] has '{extra}', which CarerHelp does not use")
        for key, fields in keys.items():
            where = f"{path.name}: {table}.{key}"
            english, welsh = _words(raw_table.get(key))
            if not english:
                problems.append(f"{where} needs English words (en)")
                continue
            for name, text in (("en", english), ("cy", welsh)):
                found = set(FIELD.findall(text))
                if text and found != fields:
                    wanted = ", ".join("{" + f + "}" for f in sorted(fields)) or "no {parts}"
                    problems.append(f"{where}: the {name} words must have {wanted}")
            messages[f"{table}.{key}"] = pick(raw_table.get(key), lang, where, problems)
    return AnswerWords(lang, messages)


def _words(value: Any) -> tuple[str, str]:  # the English and Welsh kept on the model
    """(English, Welsh) from a { en = "...", cy = "..." } table, or from a plain string."""
    if isinstance(value, str):
        return value, ""
    if isinstance(value, dict) and isinstance(value.get("en"), str):
        return value["en"], value.get("cy", "") if isinstance(value.get("cy", ""), str) else ""
    return "", ""


def _section(path: Path, data: dict[str, Any], problems: list[str], lang: str) -> Section:
    section_id = data.get("id")
    english, title_cy = _words(data.get("title"))
    title = pick(data.get("title"), lang, f"{path.name}: the section's 'title'", problems)
    if not isinstance(section_id, str) or not section_id:
        problems.append(f"{path.name}: the section needs an 'id'")
        section_id = path.stem
    if not english:
        problems.append(f"{path.name}: the section needs a 'title' with English words (en)")
    repeat = data.get("repeat", 1)
    if not isinstance(repeat, int) or not 1 <= repeat <= 5:
        problems.append(f"{path.name}: 'repeat' must be a whole number from 1 to 5")
        repeat = 1
    section_tags = _tags(path.name, data.get("tags", []), problems)
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        problems.append(f"{path.name}: the section has no [[questions]]")
        raw_questions = []
    questions: list[Question] = []
    for number in range(1, repeat + 1):
        repeat_if = data.get("repeat_if") if number > 1 else None
        for raw in raw_questions:
            question = _question(
                path,
                section_id,
                raw,
                number if repeat > 1 else None,
                repeat_if,
                section_tags,
                problems,
                lang,
            )
            if question is not None:
                questions.append(question)
    return Section(section_id, title, tuple(questions), title_cy)


def _fill(text: str, number: int | None, lang: str = "en") -> str:
    if number is None:
        return text
    the_person = THE_PERSON[lang][number]
    text = text.replace("{n}", str(number))
    if lang == "cy":
        joined = "'r " + the_person.split(" ", 1)[1]
        text = _WELSH_AFTER_VOWEL.sub(lambda _match: joined, text)
    return text.replace("{the_person}", the_person)


def _tags(where: str, raw: Any, problems: list[str]) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(tag, str) for tag in raw):
        problems.append(f"{where}: 'tags' must be a list of words")
        return frozenset()
    known = {tag.value for tag in Tag}
    for tag in raw:
        if tag not in known:
            problems.append(
                f"{where}: unknown tag '{tag}' (CarerHelp knows {', '.join(sorted(known))})"
            )
    return frozenset(tag for tag in raw if tag in known)


def _option_tags(where: str, raw: Any, problems: list[str]) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(tag, str) for tag in raw):
        problems.append(f"{where}: 'tags' must be a list of words")
        return frozenset()
    known = {tag.value for tag in OptionTag}
    for tag in raw:
        if tag not in known:
            problems.append(
                f"{where}: unknown option tag '{tag}' (CarerHelp knows {', '.join(sorted(known))})"
            )
    return frozenset(tag for tag in raw if tag in known)


def _question(
    path: Path,
    section_id: str,
    raw: Any,
    number: int | None,
    repeat_if: Any,
    section_tags: frozenset[str],
    problems: list[str],
    lang: str = "en",
) -> Question | None:
    where = f"{path.name}"
    if not isinstance(raw, dict):
        problems.append(f"{where}: each [[questions]] entry must be a table")
        return None
    question_id = raw.get("id")
    if not isinstance(question_id, str) or not question_id:
        problems.append(f"{where}: a question has no 'id'")
        return None
    field = ""
    if number is not None:
        template = _PERSON_TEMPLATE.fullmatch(question_id)
        if template is None:
            problems.append(
                f"{where}: question '{question_id}' is asked for each person, so its id must look "
                "like person{n}_something"
            )
            return None
        field = template.group(1)
    question_id = _fill(question_id, number)
    where = f"{path.name}, question '{question_id}'"
    known = {
        "id",
        "kind",
        "text",
        "help",
        "options",
        "required",
        "min",
        "max",
        "max_length",
        "integer",
        "purpose",
        "show_if",
        "tags",
    }
    for key in raw:
        if key not in known:
            problems.append(f"{where}: unknown setting '{key}'")
    try:
        kind = QuestionKind(str(raw.get("kind")))
    except ValueError:
        problems.append(f"{where}: unknown kind '{raw.get('kind')}'")
        return None
    english, text_cy = _words(raw.get("text"))
    help_cy = _words(raw.get("help", ""))[1]
    text = pick(raw.get("text"), lang, f"{where}: 'text'", problems)
    help_text = pick(raw.get("help", ""), lang, f"{where}: 'help'", problems)
    if not english:
        problems.append(f"{where}: the question needs 'text' with English words (en)")
    for name, words in (("text", text), ("help", help_text), ("text", text_cy), ("help", help_cy)):
        leftover = _PLACEHOLDER.search(_fill(words, number))
        if leftover:
            problems.append(
                f"{where}: '{name}' has {leftover.group(0)}, which is only filled in "
                "for the repeated questions about each person"
            )
    purpose = raw.get("purpose")
    if not isinstance(purpose, str) or not purpose.strip():
        problems.append(
            f"{where}: the question needs a 'purpose' (the finding or letter part that uses it)"
        )
        purpose = ""
    options = _options(where, kind, raw.get("options"), problems, lang)
    low, high = raw.get("min"), raw.get("max")
    for name, bound in (("min", low), ("max", high)):
        if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int | float)):
            problems.append(f"{where}: '{name}' must be a number")
    if kind in _NUMERIC and (low is None or high is None):
        problems.append(f"{where}: a {kind.value} question needs both 'min' and 'max'")
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        problems.append(f"{where}: 'min' is bigger than 'max'")
    max_length = raw.get("max_length")
    if max_length is not None and (not isinstance(max_length, int) or max_length < 1):
        problems.append(f"{where}: 'max_length' must be a whole number above 0")
        max_length = None
    tags = section_tags | _tags(where, raw.get("tags", []), problems)
    for tag in sorted(tags):
        if Tag(tag).one_per_person and number is None:
            problems.append(f"{where}: the tag '{tag}' is only for questions asked for each person")
    show_if = raw.get("show_if")
    if show_if is not None:
        problems.extend(f"{where}: {p}" for p in condition_problems(show_if))
        show_if = substitute(show_if, number) if number else show_if
    if repeat_if is not None:
        extra = substitute(repeat_if, number or 1)
        show_if = {"all": [extra, show_if]} if show_if is not None else extra
    return Question(
        id=question_id,
        section=section_id,
        kind=kind,
        text=_fill(text, number, lang),
        help=_fill(help_text, number, lang),
        options=tuple(options),
        required=bool(raw.get("required", True)),
        min=low if isinstance(low, int | float) else None,
        max=high if isinstance(high, int | float) else None,
        max_length=max_length,
        integer=bool(raw.get("integer", False)),
        purpose=purpose,
        show_if=show_if,
        text_cy=_fill(text_cy, number, "cy"),
        help_cy=_fill(help_cy, number, "cy"),
        source=path.name,
        tags=tags,
        person=number,
        field=field,
    )


def _options(
    where: str, kind: QuestionKind, raw: Any, problems: list[str], lang: str = "en"
) -> list[Option]:
    if kind not in _KINDS_WITH_OPTIONS:
        if raw is not None:
            problems.append(f"{where}: only choice questions have options")
        return []
    if not isinstance(raw, list) or not raw:
        problems.append(f"{where}: a {kind.value} question needs a list of options")
        return []
    options: list[Option] = []
    for item in raw:
        raw_label = item.get("label") if isinstance(item, dict) else None
        english, label_cy = _words(raw_label)
        value = item.get("value") if isinstance(item, dict) else None
        if not isinstance(value, str) or not value or not english:
            problems.append(f"{where}: each option needs a 'value' and a 'label'")
            continue
        said = f"{where}, option '{value}'"
        label = pick(raw_label, lang, f"{said}: 'label'", problems)
        help_cy = _words(item.get("help", ""))[1]
        help_text = pick(item.get("help", ""), lang, f"{said}: 'help'", problems)
        exclusive = bool(item.get("exclusive", False))
        tags = _option_tags(said, item.get("tags", []), problems)
        options.append(Option(value, label, help_text, exclusive, label_cy, help_cy, tags))
    values = [option.value for option in options]
    for value in sorted({v for v in values if values.count(v) > 1}):
        problems.append(f"{where}: the option '{value}' appears twice")
    return options


def _check_whole(sections: list[Section], problems: list[str]) -> None:
    seen: dict[str, str] = {}
    for section in sections:
        for question in section.questions:
            if question.id in seen:
                problems.append(
                    f"{question.source}, question '{question.id}': the id is used twice"
                )
            for referenced in set(referenced_questions(question.show_if)):
                if referenced == question.id:
                    problems.append(
                        f"{question.source}, question '{question.id}': show_if looks at itself"
                    )
                elif referenced not in seen:
                    problems.append(
                        f"{question.source}, question '{question.id}': show_if looks at "
                        f"'{referenced}', which is not an earlier question"
                    )
            seen[question.id] = question.source
    holders: dict[tuple[str, int | None], list[str]] = {}
    for section in sections:
        for question in section.questions:
            for tag in question.tags:
                if Tag(tag).unique:
                    holders.setdefault((tag, question.person), []).append(question.id)
    for (tag, _person), ids in sorted(holders.items(), key=lambda item: item[1]):
        if len(ids) > 1:
            problems.append(f"the tag '{tag}' names one fact but is on {', '.join(ids)}")
