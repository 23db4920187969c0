"""Finds clipped texts: buttons whose text (and icon) needs more width than the style gives their
contents, and header sections narrower than their title plus the style's margins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)


def _plain(text: str) -> str:
    """What is painted: the mnemonic ampersands gone, "&&" shown as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _needed(button: QAbstractButton) -> int:
    width = button.fontMetrics().horizontalAdvance(_plain(button.text()))
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    return width


def _available(button: QAbstractButton) -> int:
    style = button.style()
    if isinstance(button, QPushButton):
        opt = QStyleOptionButton()
        button.initStyleOption(opt)
        rect = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, button)
        return rect.width()
    if isinstance(button, (QCheckBox, QRadioButton)):
        opt = QStyleOptionButton()
        button.initStyleOption(opt)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return style.subElementRect(element, opt, button).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    return button.contentsRect().width() - margin


def clipped_buttons(root: QWidget) -> list[str]:
    """Every visible button under ``root`` whose text does not fit."""
    found = []
    buttons = [root, *root.findChildren(QAbstractButton)]
    for button in buttons:
        if not isinstance(button, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            continue
        if not button.isVisible() or not button.text():
            continue
        if isinstance(button, QToolButton) and (
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue
        need, have = _needed(button), _available(button)
        if need > have:
            found.append(f"button {_plain(button.text())!r}: needs {need}px, has {have}px")
    return found


def clipped_headers(root: QWidget) -> list[str]:
    """Every visible horizontal header section under ``root`` whose title does not fit."""
    found = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        style = header.style()
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = model.headerData(section, Qt.Orientation.Horizontal)
            if not title:
                continue
            need = header.fontMetrics().horizontalAdvance(str(title)) + margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
            have = header.sectionSize(section)
            if need > have:
                found.append(f"header {title!r}: needs {need}px, has {have}px")
    return found


def clipped(root: QWidget) -> list[str]:
    return clipped_buttons(root) + clipped_headers(root)
