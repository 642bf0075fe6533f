"""Typed preferences kept in QSettings: every key declared once, with its type and default.

Only preferences live here. Never personal data: case contents stay in the case store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", int, bool, str)

TEXT_SCALES = (100, 125, 150, 175, 200)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T


TEXT_SCALE = Setting("appearance/text_scale", int, 100)
HIGH_CONTRAST = Setting("appearance/high_contrast", bool, False)
# The number of the case open when CarerHelp closed (0 for none), so it opens there again. A number
# only: what is in the case stays in the case store.
OPEN_CASE = Setting("window/open_case", int, 0)
# The interface's language, "en" or "cy"; empty until the person has chosen (asked at first start).
LANGUAGE = Setting("appearance/language", str, "")
# Minutes without use before a password-protected window locks itself; -1: the usual (10 in
# advice-centre mode, never at home); 0: never.
IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", int, -1)
ADVICE_CENTRE_IDLE_LOCK = 10


class Preferences:
    """Reads and writes the declared settings, coercing and bounding what it reads back."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qs = qsettings if qsettings is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        # No default is passed to QSettings.value: the default is applied here, in Python.
        raw = self._qs.value(setting.key)
        if raw is None:
            return setting.default
        try:
            value: Any
            if setting.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in {"true", "1", "yes"}
            else:
                value = setting.type(raw)
        except (TypeError, ValueError):
            return setting.default
        return value  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        self._qs.setValue(setting.key, value)
        self._qs.sync()

    @property
    def text_scale(self) -> int:
        scale = self.get(TEXT_SCALE)
        return min(TEXT_SCALES, key=lambda s: abs(s - scale))

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self.set(TEXT_SCALE, min(TEXT_SCALES, key=lambda s: abs(s - value)))

    @property
    def language(self) -> str:
        """The interface's language ("en" or "cy"), or "" if it has not been chosen yet."""
        lang = self.get(LANGUAGE)
        return lang if lang in ("en", "cy") else ""

    @language.setter
    def language(self, value: str) -> None:
        self.set(LANGUAGE, value if value in ("en", "cy") else "en")

    @property
    def high_contrast(self) -> bool:
        return self.get(HIGH_CONTRAST)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self.set(HIGH_CONTRAST, bool(value))
