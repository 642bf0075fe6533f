"""The questionnaire wizard: one reusable question page, check your answers, and results."""
