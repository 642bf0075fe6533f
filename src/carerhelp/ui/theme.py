"""Large, clear, high-contrast-capable look: base font size, text scaling and visible focus."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 13.0

_STANDARD = {
    "window": "#f3f2f1",
    "base": "#ffffff",
    "text": "#0b0c0c",
    "muted": "#484949",
    "button": "#00703c",
    "button_text": "#ffffff",
    "secondary": "#e8e8e8",
    "focus": "#0b0c0c",  # the focus ring: 17:1 on the page, 3.1:1 on a green button
    "focus_gap": "#ffdd00",  # GOV.UK's yellow between the control and its ring
    "error": "#b10e1e",
    "border": "#0b0c0c",
    "highlight": "#1d70b8",
    "highlight_text": "#ffffff",
    "link": "#1d5fa0",
}

_HIGH_CONTRAST = {
    "window": "#000000",
    "base": "#000000",
    "text": "#ffffff",
    "muted": "#ffffff",
    "button": "#ffff00",
    "button_text": "#000000",
    "secondary": "#000000",
    "focus": "#f000f0",  # 6:1 on black, 3.3:1 on a yellow button, 3.8:1 on white
    "focus_gap": "",  # the black page shows between the control and its ring
    "error": "#ff8080",
    "border": "#ffffff",
    "highlight": "#ffff00",
    "highlight_text": "#000000",
    "link": "#ffff00",
}


def say_why_disabled(widget: QWidget, why: str) -> None:
    """Give a disabled control its reason, as a tooltip and for screen readers (empty when enabled)."""
    widget.setToolTip(why)
    widget.setAccessibleDescription(why)


def colours(high_contrast: bool) -> dict[str, str]:
    return dict(_HIGH_CONTRAST if high_contrast else _STANDARD)


def point_size(scale_percent: int, factor: float = 1.0) -> float:
    return BASE_POINT_SIZE * scale_percent / 100 * factor


def apply_theme(app: QApplication, scale_percent: int, high_contrast: bool) -> None:
    """Set the font, palette and style sheet for the whole application."""
    c = colours(high_contrast)
    font = QFont(app.font())
    font.setPointSizeF(point_size(scale_percent))
    app.setFont(font)

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(c["base"]))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(c["secondary"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(c["highlight"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(c["highlight_text"]))
    palette.setColor(QPalette.ColorRole.Link, QColor(c["link"]))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(c["base"]))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(c["muted"]))
    app.setPalette(palette)
    app.setProperty("focus_ring", c["focus"])
    app.setProperty("focus_gap", c["focus_gap"])
    app.setStyleSheet(style_sheet(scale_percent, high_contrast))


def style_sheet(scale_percent: int, high_contrast: bool) -> str:
    """Fonts, colours and borders. The focus ring is drawn by `ui.focus`, round every control alike.

    A disabled button is drawn flat and dashed, in the muted colour, so it never looks pressable.
    """
    c = colours(high_contrast)
    heading = point_size(scale_percent, 1.75)
    subheading = point_size(scale_percent, 1.25)
    small = point_size(scale_percent, 0.95)
    box = round(point_size(scale_percent) * 1.3)
    radius = box // 2 + 3
    return f"""
    QWidget {{ color: {c["text"]}; }}
    QLabel#heading {{ font-size: {heading:.1f}pt; font-weight: bold; }}
    QLabel#subheading {{ font-size: {subheading:.1f}pt; font-weight: bold; }}
    QLabel#caption {{ color: {c["muted"]}; font-size: {small:.1f}pt; }}
    QLabel#hint {{ color: {c["muted"]}; }}
    QLabel#error {{ color: {c["error"]}; font-weight: bold; border-left: 5px solid {c["error"]};
                    padding-left: 8px; }}
    QFrame#error_summary {{ border: 5px solid {c["error"]}; background: {c["base"]}; }}
    QLabel#client_banner {{ font-size: {subheading:.1f}pt; font-weight: bold; color: {c["button_text"]};
                            background: {c["button"]}; padding: 0.3em 0.6em; }}
    QFrame#footer {{ border-top: 2px solid {c["border"]}; }}
    QLabel#saved {{ color: {c["text"]}; font-weight: bold; }}
    QFrame#card {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 4px; }}
    QPushButton {{ padding: 0.4em 1em; border: 2px solid {c["border"]}; border-radius: 4px;
                   background: {c["secondary"]}; color: {c["text"]}; min-height: 1.6em; }}
    QPushButton#primary {{ background: {c["button"]}; color: {c["button_text"]};
                           font-weight: bold; border-color: {c["button"]}; }}
    QPushButton:disabled, QPushButton#primary:disabled {{ background: {c["window"]};
        color: {c["muted"]}; border: 2px dashed {c["muted"]}; font-weight: normal; }}
    QGroupBox#answers {{ border: none; margin: 0px; padding: 0px; }}
    QRadioButton, QCheckBox {{ padding: 0.3em; spacing: 0.6em; }}
    QRadioButton::indicator, QCheckBox::indicator {{ width: {box}px; height: {box}px;
        border: 3px solid {c["border"]}; background: {c["base"]}; }}
    QRadioButton::indicator {{ border-radius: {radius}px; }}
    QRadioButton::indicator:checked, QCheckBox::indicator:checked {{
        background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
            stop:0 {c["text"]}, stop:0.55 {c["text"]}, stop:0.6 {c["base"]}); }}
    QCheckBox::indicator:checked {{ background: {c["text"]}; border: 3px solid {c["border"]}; }}
    QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
        border: 2px solid {c["border"]}; padding: 0.25em; background: {c["base"]};
        color: {c["text"]}; min-height: 1.5em; }}
    QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 4px solid {c["error"]}; }}
    QProgressBar {{ border: 2px solid {c["border"]}; border-radius: 3px; text-align: center;
                    min-height: 1.2em; color: {c["text"]}; background: {c["base"]}; }}
    QProgressBar::chunk {{ background: {c["highlight"]}; }}
    QHeaderView::section {{ padding: 0.3em; font-weight: bold; background: {c["secondary"]};
                            color: {c["text"]}; border: 1px solid {c["border"]}; }}
    """
