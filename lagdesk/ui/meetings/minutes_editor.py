"""The rich text editor of the Minutes tab: ``MinutesTextEdit`` (the text, which drops
pasted pictures and indents lists with Tab) under ``MinutesEditor``'s formatting toolbar.

``MinutesPanel`` (in ``lagdesk.ui.meetings.minutes_panel``) saves what is typed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QComboBox, QTextEdit, QToolBar, QVBoxLayout, QWidget

_IMAGES = re.compile(r"<img\b[^>]*>|<v:imagedata\b[^>]*>", re.IGNORECASE)
#: Heading level -> how many steps larger than the text (Qt's FontSizeAdjustment).
_HEADING_SIZE = {1: 3, 2: 2, 3: 1}


class MinutesTextEdit(QTextEdit):
    """Rich text without pictures: pasted HTML (from Word, LibreOffice, a browser) keeps
    its formatting but loses its images, which belong in the meeting's files. Tab moves
    the focus on, except in a list, where it indents (Shift+Tab outdents)."""

    focus_left = Signal()
    indent_requested = Signal(int)
    #: Enter at the end of a heading: the new paragraph should be normal text.
    heading_ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoBulletList)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        cleaned = QMimeData()
        if source.hasHtml():
            cleaned.setHtml(_IMAGES.sub("", source.html()))
        if source.hasText():
            cleaned.setText(source.text())
        if cleaned.hasHtml() or cleaned.hasText():
            super().insertFromMimeData(cleaned)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        ends_heading = (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and cursor.atBlockEnd()
            and cursor.blockFormat().headingLevel() > 0
        )
        super().keyPressEvent(event)
        if ends_heading:
            self.heading_ended.emit()

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.isEnabled() and self.textCursor().currentList() is not None:
            self.indent_requested.emit(1 if next else -1)
            return True
        return super().focusNextPrevChild(next)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


def _blocks(cursor: QTextCursor) -> list[QTextBlock]:
    """The blocks the cursor's selection touches (the cursor's block without one)."""
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    found = [block]
    while block != last and block.isValid():
        block = block.next()
        found.append(block)
    return found


class MinutesEditor(QWidget):
    """The formatting toolbar over the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = MinutesTextEdit(self)
        self.text.setObjectName("minutes_text")
        self.text.setAccessibleName(self.tr("Minutes"))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("minutes_toolbar")
        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("paragraph_style")
        self.style_combo.setAccessibleName(self.tr("Paragraph style"))
        self.style_combo.setToolTip(
            self.tr("Paragraph style (Ctrl+Alt+0 normal, Ctrl+Alt+1 to 3 headings)")
        )
        for level, text in enumerate(
            (self.tr("Normal"), self.tr("Heading 1"), self.tr("Heading 2"), self.tr("Heading 3"))
        ):
            self.style_combo.addItem(text, level)
        self.toolbar.addWidget(self.style_combo)
        self.toolbar.addSeparator()

        def action(
            name: str, shown: str, keys: QKeySequence, slot: Callable[..., Any], tip: str
        ) -> QAction:
            made = QAction(name, self)
            made.setIconText(shown)
            made.setShortcut(keys)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(tip)
            made.triggered.connect(slot)
            self.toolbar.addAction(made)
            self.toolbar.widgetForAction(made).setAccessibleName(name)
            self.addAction(made)
            return made

        standard = QKeySequence.StandardKey
        self.bold = action(
            self.tr("Bold"),
            self.tr("B", "the Bold button"),
            QKeySequence(standard.Bold),
            self.set_bold,
            self.tr("Bold (Ctrl+B)"),
        )
        self.italic = action(
            self.tr("Italic"),
            self.tr("I", "the Italic button"),
            QKeySequence(standard.Italic),
            self.set_italic,
            self.tr("Italic (Ctrl+I)"),
        )
        self.underline = action(
            self.tr("Underline"),
            self.tr("U", "the Underline button"),
            QKeySequence(standard.Underline),
            self.set_underline,
            self.tr("Underline (Ctrl+U)"),
        )
        for made, style in (
            (self.bold, "font-weight: bold"),
            (self.italic, "font-style: italic"),
            (self.underline, "text-decoration: underline"),
        ):
            made.setCheckable(True)
            button = self.toolbar.widgetForAction(made)
            button.setStyleSheet(f"QToolButton {{ {style}; }}")
            # At least square-ish, and never squeezed below its (translated) letter: an
            # explicit minimum is all the tool bar looks at when it runs out of room.
            button.ensurePolished()
            height = button.fontMetrics().height()
            button.setMinimumWidth(max(button.sizeHint().width(), round(2.1 * height)))
        self.toolbar.addSeparator()
        self.bullets = action(
            self.tr("Bulleted list"),
            self.tr("• List"),
            QKeySequence("Shift+F12"),
            lambda: self.toggle_list(QTextListFormat.Style.ListDisc),
            self.tr("Bulleted list (Shift+F12)"),
        )
        self.numbers = action(
            self.tr("Numbered list"),
            self.tr("1. List"),
            QKeySequence("F12"),
            lambda: self.toggle_list(QTextListFormat.Style.ListDecimal),
            self.tr("Numbered list (F12)"),
        )
        self.bullets.setCheckable(True)
        self.numbers.setCheckable(True)
        self.toolbar.addSeparator()
        self.outdent = action(
            self.tr("Decrease indent"),
            self.tr("Outdent"),
            QKeySequence("Ctrl+Shift+M"),
            lambda: self.indent(-1),
            self.tr("Decrease the indent (Ctrl+Shift+M; Shift+Tab in a list)"),
        )
        self.indent_action = action(
            self.tr("Increase indent"),
            self.tr("Indent"),
            QKeySequence("Ctrl+M"),
            lambda: self.indent(1),
            self.tr("Increase the indent (Ctrl+M; Tab in a list)"),
        )
        for level in range(4):
            heading = QAction(self)
            heading.setShortcut(QKeySequence(f"Ctrl+Alt+{level}"))
            heading.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            heading.triggered.connect(lambda _checked=False, lv=level: self.set_heading(lv))
            self.addAction(heading)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.toolbar)
        column.addWidget(self.text, 1)
        self.setFocusProxy(self.text)

        self.style_combo.activated.connect(self._style_chosen)
        self.text.heading_ended.connect(lambda: self.set_heading(0))
        self.text.currentCharFormatChanged.connect(self._show_char_format)
        self.text.cursorPositionChanged.connect(self._show_block_format)
        self.text.indent_requested.connect(self.indent)
        self._show_char_format(self.text.currentCharFormat())
        self._show_block_format()

    def _style_chosen(self, row: int) -> None:
        self.set_heading(int(self.style_combo.itemData(row)))
        self.text.setFocus()

    # -- character formats --

    def set_bold(self, on: bool) -> None:
        change = QTextCharFormat()
        change.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.text.mergeCurrentCharFormat(change)

    def set_italic(self, on: bool) -> None:
        change = QTextCharFormat()
        change.setFontItalic(on)
        self.text.mergeCurrentCharFormat(change)

    def set_underline(self, on: bool) -> None:
        change = QTextCharFormat()
        change.setFontUnderline(on)
        self.text.mergeCurrentCharFormat(change)

    # -- paragraph formats --

    def set_heading(self, level: int) -> None:
        """Make the paragraphs of the selection a heading (1 to 3), or normal text (0).

        Normal text keeps its own bold words: only former headings lose their look."""
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        look = QTextCharFormat()
        look.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        look.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(level, 0))
        was_heading = False
        for block in _blocks(cursor):
            if not level and not block.blockFormat().headingLevel():
                continue
            was_heading = True
            listed = block.textList()
            if level and listed is not None:
                listed.remove(block)
            paragraph = QTextCursor(block)
            shape = block.blockFormat()
            shape.setHeadingLevel(level)
            if level and listed is not None:
                shape.setIndent(0)
            paragraph.setBlockFormat(shape)
            paragraph.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            paragraph.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            paragraph.mergeCharFormat(look)
        cursor.endEditBlock()
        if level or was_heading:
            self.text.mergeCurrentCharFormat(look)
        self._show_block_format()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Make the selected paragraphs a list of ``style``, or plain paragraphs again when
        they already are one."""
        cursor = self.text.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for block in _blocks(cursor):
                listed = block.textList()
                if listed is not None:
                    listed.remove(block)
                    shape = block.blockFormat()
                    shape.setIndent(0)
                    QTextCursor(block).setBlockFormat(shape)
        elif current is not None:
            changed = current.format()
            changed.setStyle(style)
            current.setFormat(changed)
        else:
            plain = QTextCharFormat()
            plain.setFontWeight(QFont.Weight.Normal)
            plain.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            for block in _blocks(cursor):
                if block.blockFormat().headingLevel():
                    shape = block.blockFormat()
                    shape.setHeadingLevel(0)
                    paragraph = QTextCursor(block)
                    paragraph.setBlockFormat(shape)
                    paragraph.select(QTextCursor.SelectionType.BlockUnderCursor)
                    paragraph.mergeCharFormat(plain)
            shape = QTextListFormat()
            shape.setStyle(style)
            shape.setIndent(cursor.blockFormat().indent() + 1)
            cursor.createList(shape)
        cursor.endEditBlock()
        self._show_block_format()

    def indent(self, step: int) -> None:
        """One level in (``step`` 1) or out (-1): a list item becomes a nested list item;
        out of the first level it leaves the list."""
        cursor = self.text.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None:
            shape = QTextListFormat(current.format())
            level = shape.indent() + step
            if level < 1:
                for block in _blocks(cursor):
                    listed = block.textList()
                    if listed is not None:
                        listed.remove(block)
                    plain = block.blockFormat()
                    plain.setIndent(0)
                    QTextCursor(block).setBlockFormat(plain)
            else:
                shape.setIndent(level)
                cursor.createList(shape)
        else:
            for block in _blocks(cursor):
                shape = block.blockFormat()
                shape.setIndent(max(0, shape.indent() + step))
                QTextCursor(block).setBlockFormat(shape)
        cursor.endEditBlock()
        self._show_block_format()

    # -- showing the format at the cursor --

    def _show_char_format(self, shown: QTextCharFormat) -> None:
        self.bold.setChecked(shown.fontWeight() >= QFont.Weight.DemiBold.value)
        self.italic.setChecked(shown.fontItalic())
        self.underline.setChecked(shown.fontUnderline())

    def _show_block_format(self) -> None:
        cursor = self.text.textCursor()
        level = min(cursor.blockFormat().headingLevel(), 3)
        self.style_combo.setCurrentIndex(level)
        current = cursor.currentList()
        style = current.format().style() if current is not None else None
        self.bullets.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
        self._show_char_format(self.text.currentCharFormat())
