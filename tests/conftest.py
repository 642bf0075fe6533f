"""Shared test set-up: Qt runs offscreen and no test touches the real user data folder."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest


@pytest.fixture(scope="session")
def content():
    """The shipped content, read and checked once for the whole test run."""
    from carerhelp.domain.content import load_content

    return load_content()


@pytest.fixture(scope="session")
def welsh_content():
    """The shipped content in Welsh, read and checked once for the whole test run."""
    from carerhelp.domain.content import load_content

    return load_content(lang="cy")


@pytest.fixture(scope="session")
def meaning(content):
    """What the shipped questions mean, for `open_store(..., meaning=meaning)`."""
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning

    return QuestionMeaning.of(content.questionnaire)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point CARERHELP_DATA_DIR at a fresh temp folder so nothing reaches the real one."""
    monkeypatch.setenv("CARERHELP_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


_exit_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process once pytest has reported, skipping Python's final garbage collection.

    A Qt binding with a reference-counting fault (PySide6 6.12.0 over-frees None and bools; see
    tests/ui/test_qt_binding.py) aborts while Python tears down Qt wrappers at exit, after every
    test has been reported. The app takes the same exit (see carerhelp.__main__).
    """
    if "PySide6.QtWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status)
