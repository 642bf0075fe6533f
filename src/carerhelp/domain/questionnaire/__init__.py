"""The questionnaire as data: its model, loader, conditions, flow and answer parsing."""

from carerhelp.domain.questionnaire.flow import Questionnaire, UnknownQuestion
from carerhelp.domain.questionnaire.loader import load_questionnaire
from carerhelp.domain.questionnaire.meaning import QuestionMeaning
from carerhelp.domain.questionnaire.model import Option, Question, QuestionKind, Section
from carerhelp.domain.questionnaire.tags import OptionTag, Tag

__all__ = [
    "Option",
    "OptionTag",
    "Question",
    "QuestionKind",
    "QuestionMeaning",
    "Questionnaire",
    "Section",
    "Tag",
    "UnknownQuestion",
    "load_questionnaire",
]
