"""The questionnaire as data: its model, loader, conditions, flow and answer parsing."""

from carerhelp.domain.questionnaire.flow import Questionnaire, UnknownQuestion
from carerhelp.domain.questionnaire.loader import load_questionnaire
from carerhelp.domain.questionnaire.model import Option, Question, QuestionKind, Section

__all__ = [
    "Option",
    "Question",
    "QuestionKind",
    "Questionnaire",
    "Section",
    "UnknownQuestion",
    "load_questionnaire",
]
