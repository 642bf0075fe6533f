"""Printing: PDF pages to a printer, and a large-print copy of the carer's answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from carerhelp.ui.wizard.check_answers import summary_html, summary_rows

if TYPE_CHECKING:
    from carerhelp.domain.questionnaire import Questionnaire

LARGE_PRINT_POINTS = 18


def pdf_text(pdf: bytes) -> list[str]:
    """The words on each page of a PDF, read back from the same bytes that print."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    pages: list[str] = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").strip())
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages


def pdf_page_images(pdf: bytes, dpi: int = 110) -> list[QImage]:
    """Render each page of a PDF to an image with pdfium (the same bytes that print)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            fmt = (
                QImage.Format.Format_RGB888
                if bitmap.n_channels == 3
                else QImage.Format.Format_RGBA8888
            )
            data = bytes(bitmap.buffer)
            images.append(QImage(data, bitmap.width, bitmap.height, bitmap.stride, fmt).copy())
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Ask which printer, then print every page of the PDF. Returns True if it was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print your letter"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True


def paint_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Paint PDF pages onto a printer (or any paged device), one page each, keeping the shape."""
    images = pdf_page_images(pdf, dpi=min(printer.resolution(), 300))
    painter = QPainter(printer)
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = QRectF(painter.viewport())
            size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size), image)
    finally:
        painter.end()


def answers_document(questionnaire: Questionnaire, answers: dict[str, Any]) -> QTextDocument:
    html = summary_html(
        answers.get("carer_name", ""), summary_rows(questionnaire, answers), LARGE_PRINT_POINTS
    )
    document = QTextDocument()
    document.setHtml(html)
    return document


def print_answers(parent: QWidget, questionnaire: Questionnaire, answers: dict[str, Any]) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("printing", "My answers"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print my answers"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    answers_document(questionnaire, answers).print_(printer)
    return True


def recovery_document(code: str) -> QTextDocument:
    """The recovery code page: large type, the code in groups of four, what it is for and where
    to keep it. Nothing else (no name, no case) is on it."""
    from html import escape

    title = QCoreApplication.translate("printing", "CarerHelp: your recovery code")
    what = QCoreApplication.translate(
        "printing", "This code opens CarerHelp on your computer if the password is forgotten."
    )
    how = QCoreApplication.translate(
        "printing",
        "Type it when CarerHelp asks for a password: choose “Use the recovery code instead”. "
        "Capital or small letters, spaces and dashes do not matter.",
    )
    where_heading = QCoreApplication.translate("printing", "Where to keep it")
    where = QCoreApplication.translate(
        "printing",
        "Somewhere safe, away from the computer: with your important papers, or locked away. Do "
        "not keep it in the same bag as a laptop, and do not save it on the computer.",
    )
    anyone = QCoreApplication.translate(
        "printing", "Anyone who has this code and your computer can read your answers."
    )
    lost_heading = QCoreApplication.translate("printing", "If it is lost")
    lost = QCoreApplication.translate(
        "printing",
        "If the password and this code are both lost, nothing can be recovered: not by "
        "CarerHelp, and not by anyone else.",
    )
    groups = "&nbsp;&nbsp; ".join(escape(group) for group in code.split("-"))
    big = "font-size:22pt; font-weight:bold"
    parts = [
        ("font-size:28pt; font-weight:bold", title),
        ("", what),
        ("font-size:30pt; font-family:monospace; font-weight:bold", None),
        ("", how),
        (big, where_heading),
        ("", where),
        ("", anyone),
        (big, lost_heading),
        ("", lost),
    ]
    body = "".join(
        f"<p style='{style}'>{groups if text is None else escape(text)}</p>"
        for style, text in parts
    )
    document = QTextDocument()
    document.setHtml(f"<html><body style='font-size:{LARGE_PRINT_POINTS}pt'>{body}</body></html>")
    return document


def print_recovery_code(parent: QWidget, code: str) -> bool:
    """Ask which printer, then print the recovery code page. True if it was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("printing", "CarerHelp recovery code"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print the recovery code"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    recovery_document(code).print_(printer)
    return True
