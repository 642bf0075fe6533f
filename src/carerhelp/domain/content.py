"""Everything CarerHelp knows, read and checked once: questions, rates, councils, laws, phrases, letters.

Each composition root (the app, each command, the self-test) calls `load_content()` once and passes
the result to whatever needs it. Nothing else reads resources/ or keeps a copy of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from carerhelp.domain.authorities import Authorities, load_authorities
from carerhelp.domain.citations import Citations, load_citations
from carerhelp.domain.earnings import EarningsRules, load_earnings_rules
from carerhelp.domain.errors import ContentError
from carerhelp.domain.language import check_language
from carerhelp.domain.letter_specs import LetterSpecs, load_letter_specs
from carerhelp.domain.phrases import Phrases, load_phrases
from carerhelp.domain.questionnaire import Questionnaire, load_questionnaire
from carerhelp.domain.rates import Rates, load_rates
from carerhelp.domain.routes import Routes, load_routes
from carerhelp.domain.timeline import Words, load_words
from carerhelp.domain.timescales import Timescales, load_timescales


@dataclass(frozen=True)
class Content:
    questionnaire: Questionnaire
    rates: Rates
    earnings_rules: EarningsRules
    """How earnings count against the Carer's Allowance limit (resources/earnings/rules.toml)."""
    authorities: Authorities
    citations: Citations
    routes: Routes
    """Which law applies to which kind of carer in which nation (resources/law/routes.toml)."""
    timescales: Timescales
    """Each nation's timescales, complaint steps and ombudsman, and bank holidays (resources/timescales/)."""
    timeline_words: Words
    """The words a case's timeline is told in (resources/timescales/words.toml)."""
    letters: LetterSpecs
    """The kinds of letter: their parts, conditions and addressees (resources/letters/)."""
    phrases: Phrases
    """The words of findings and letters, from resources/phrases/<lang>/."""
    lang: str = "en"
    """The language every word above is in: "en" (English) or "cy" (Welsh, Cymraeg)."""


T = TypeVar("T")


def load_content(root: Path | None = None, lang: str = "en") -> Content:
    """Read and check every content file under `root` (default: the shipped resources/ folder).

    ContentError says which file and what is wrong; nothing half-read is returned.

    `lang` is the language of every word a carer reads that comes from the Content: "en" for
    English (the default) or "cy" for Welsh; any other value is a ContentError. The loader picks
    the language, so every consumer keeps reading plain text in that language:

    - questions: `Section.title`, `Question.text` and `.help`, `Option.label` and `.help` (the
      English and Welsh both stay on `*_cy` for code that shows both, such as the language question);
    - phrases: `content.phrases`, from resources/phrases/<lang>/;
    - laws: `Citation.act`, `.section`, `.plain` and `.short` (Welsh law by its official Welsh title,
      "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, adran 24"; UK law by its English
      title, with the section in Welsh: "Care Act 2014, adran 10");
    - routes: `Route.title`, `.team`, `.body_words` and each part's `plain` and `name`;
    - councils: `Authority.name` (a Welsh council's official Welsh name) and `.team`;
    - timescales, complaint procedures and ombudsmen: every rule and sentence (not numbers or
      web addresses); the timeline's words (`content.timeline_words`);
    - earnings rules: each rule's text, the deductions' labels, averaging and where to report.

    Welsh is strict: a field with no Welsh raises ContentError naming its file and key, and every
    missing Welsh text is listed at once. Nothing falls back to English. Content files write their
    words as `{ en = "…", cy = "…" }` (carerhelp.domain.language explains the convention).
    Dates and money in a language: carerhelp.domain.text.long_date(day, lang) and rates.money.
    """
    check_language(lang)
    if root is None:
        from carerhelp.paths import resources_dir

        root = resources_dir()
    problems: list[str] = []

    def read(load: Callable[[], T]) -> T | None:
        try:
            return load()
        except ContentError as error:
            if lang == "en":
                raise
            problems.append(str(error))
            return None

    citations = read(lambda: load_citations(root / "law" / "citations.toml", lang))
    authorities = read(lambda: load_authorities(root / "authorities" / "authorities.toml", lang))
    questionnaire = read(lambda: load_questionnaire(root / "questionnaire", authorities, lang))
    rates = read(lambda: load_rates(root / "rates" / "rates.toml"))
    earnings_rules = read(lambda: load_earnings_rules(root / "earnings" / "rules.toml", lang))
    timescales = read(lambda: load_timescales(root / "timescales", lang))
    timeline_words = read(lambda: load_words(root / "timescales" / "words.toml", lang))
    letters = read(lambda: load_letter_specs(root / "letters"))
    routes = phrases = None
    if citations is not None:
        cited = citations
        routes = read(lambda: load_routes(cited, root / "law" / "routes.toml", lang))
        phrases = read(lambda: load_phrases(lang, citations=cited, folder=root / "phrases"))
    if problems:
        raise ContentError(
            "CarerHelp can't be used in Welsh yet: these words have no Welsh.\n"
            + "\n".join(problems)
        )
    assert citations and authorities and questionnaire and rates and earnings_rules
    assert timescales and timeline_words and letters and routes and phrases
    return Content(
        questionnaire=questionnaire,
        rates=rates,
        earnings_rules=earnings_rules,
        authorities=authorities,
        citations=citations,
        routes=routes,
        timescales=timescales,
        timeline_words=timeline_words,
        letters=letters,
        phrases=phrases,
        lang=lang,
    )
