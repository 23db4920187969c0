"""Paints order status and hold reasons as coloured badges (text from seed 004's tables, decoded
by the model into ``BADGE_ROLE``); cells without a badge are drawn as usual."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ingram_desk.ui.models.orders_model import BADGE_ROLE

__all__ = ["StatusCodeDelegate"]


class StatusCodeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badge: Any = index.data(BADGE_ROLE)
        if not badge:
            super().paint(painter, option, index)
            return
        text, colour = badge
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, option.rect.width() - 6)
        rect = QRectF(option.rect.x() + 3, option.rect.y() + 3, width, option.rect.height() - 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor("#ffffff"))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 12)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 14, max(size.height(), option.fontMetrics.height() + 8))
