"""Everything CarerHelp knows, read and checked once: questions, rates, councils, laws, phrases, letters.

Each composition root (the app, each command, the self-test) calls `load_content()` once and passes
the result to whatever needs it. Nothing else reads resources/ or keeps a copy of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from carerhelp.domain.authorities import Authorities, load_authorities
from carerhelp.domain.citations import Citations, load_citations
from carerhelp.domain.earnings import EarningsRules, load_earnings_rules
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
    """The words of findings and letters in English, from resources/phrases/en/."""


def load_content(root: Path | None = None) -> Content:
    """Read and check every content file under `root` (default: the shipped resources/ folder).

    ContentError says which file and what is wrong; nothing half-read is returned.
    """
    if root is None:
        from carerhelp.paths import resources_dir

        root = resources_dir()
    citations = load_citations(root / "law" / "citations.toml")
    authorities = load_authorities(root / "authorities" / "authorities.toml")
    return Content(
        questionnaire=load_questionnaire(root / "questionnaire", authorities),
        rates=load_rates(root / "rates" / "rates.toml"),
        earnings_rules=load_earnings_rules(root / "earnings" / "rules.toml"),
        authorities=authorities,
        citations=citations,
        routes=load_routes(citations, root / "law" / "routes.toml"),
        timescales=load_timescales(root / "timescales"),
        timeline_words=load_words(root / "timescales" / "words.toml"),
        letters=load_letter_specs(root / "letters"),
        phrases=load_phrases("en", citations=citations, folder=root / "phrases"),
    )
