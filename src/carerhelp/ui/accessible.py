"""Roles Qt Widgets does not give on its own, for screen readers (AT-SPI on Linux).

A QLabel is always "label" to assistive technology, so a page's heading was heard as one more label.
Each label whose object name is "heading" (the style sheet's name for a page heading) is given
the heading role, named by its own words, through an accessibility factory.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel

HEADING = "heading"
_INSTALLED = "carerhelp_accessible_roles"


class HeadingAccessible(QAccessibleWidget):
    """A page heading: the heading role, its name the label's accessible name or its text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, QLabel):
            return label.accessibleName() or label.text()
        return str(super().text(kind))


def accessible_for(_class_name: str, widget: Any) -> QAccessibleInterface | None:
    """The factory: a heading's interface, or None so that Qt gives its own."""
    if isinstance(widget, QLabel) and widget.objectName() == HEADING:
        return HeadingAccessible(widget)
    return None


def install_accessible_roles(app: QApplication) -> None:
    """Install the factory once for this application (it must exist first)."""
    if app.property(_INSTALLED):
        return
    QAccessible.installFactory(accessible_for)
    app.setProperty(_INSTALLED, True)


def mark_heading(label: QLabel) -> None:
    """Make `label` a page heading: styled as one, and heard as one.

    Qt may have made the label's accessible interface already, when the label was created (a
    screen reader being on): that one is dropped, so the next look-up goes through the factory.
    """
    label.setObjectName(HEADING)
    interface = QAccessible.queryAccessibleInterface(label)
    if interface is not None and interface.role() != QAccessible.Role.Heading:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
