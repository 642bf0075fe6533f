"""The saved cases: a table model over the case store, and the start screen that shows it."""
