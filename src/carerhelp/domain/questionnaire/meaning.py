"""What the case store needs to know about the questions, taken from their tags.

The store keeps answers by question id but never reads meaning from the look of an id: the
composition roots (the app, the command line, the self-test) build a `QuestionMeaning` from the
loaded questionnaire and hand it to `open_store`, so a question renamed in the TOML keeps its
meaning for consent, copying a case, the case list and the demo data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from carerhelp.domain.questionnaire.tags import Tag

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire.flow import Questionnaire

# The columns of a case row kept in step with the answer to the question carrying each tag.
KEY_COLUMNS = {
    Tag.CARER_NAME: "carer_name",
    Tag.NATION: "nation",
    Tag.COUNCIL: "council",
    Tag.POSTCODE: "postcode",
}


@dataclass(frozen=True)
class QuestionMeaning:
    """The ids of the questions the store treats specially, by what they mean."""

    health: frozenset[str]
    """Health details: kept only with the client's consent in advice-centre mode."""
    carried_over: frozenset[str]
    """Answers about the carer, which a copied case keeps."""
    key_fields: Mapping[str, str]
    """Question id → the case-list column its (text) answer is copied into."""
    person_names: Mapping[str, int]
    """Question id → the position (1, 2, 3) of the person cared for whose name it asks."""
    tagged: Mapping[tuple[str, int | None], str]
    """(tag, person or None) → the id of the one question carrying that tag."""
    person_fields: Mapping[tuple[str, int], str]
    """(field, person) → the id of that person's question asking for `field` ("hours", …)."""

    @classmethod
    def of(cls, questionnaire: Questionnaire) -> QuestionMeaning:
        questions = questionnaire.questions
        tagged = {
            (str(tag), q.person): q.id
            for tag in Tag
            if tag.unique
            for q in questions
            if q.has_tag(tag)
        }
        key_fields = {
            q.id: column for tag, column in KEY_COLUMNS.items() if (q := questionnaire.tagged(tag))
        }
        person_names = {
            q.id: q.person for q in questions if q.has_tag(Tag.PERSON_NAME) and q.person is not None
        }
        first = next((qid for qid, n in person_names.items() if n == 1), None)
        if first is not None:
            key_fields[first] = "person_name"  # the case list shows the first person's name
        return cls(
            health=frozenset(questionnaire.ids_tagged(Tag.HEALTH)),
            carried_over=frozenset(questionnaire.ids_tagged(Tag.CARRIED_OVER)),
            key_fields=MappingProxyType(key_fields),
            person_names=MappingProxyType(person_names),
            tagged=MappingProxyType(tagged),
            person_fields=MappingProxyType(
                {(q.field, q.person): q.id for q in questions if q.person is not None and q.field}
            ),
        )

    def id_tagged(self, tag: Tag | str, person: int | None = None) -> str | None:
        """The id of the question carrying a one-fact `tag` (for `person`), or None."""
        return self.tagged.get((str(tag), person))

    def is_health(self, question_id: str) -> bool:
        return question_id in self.health

    def is_carried_over(self, question_id: str) -> bool:
        return question_id in self.carried_over
