"""Pure rules of CarerHelp: the questionnaire, answers, rates and the rights engine (no Qt, no SQL, no PDF)."""
