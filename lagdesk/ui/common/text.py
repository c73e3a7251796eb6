"""Counted and listed words in the current language, for any page's sentences.

Counts use Qt's plural forms (``%n`` with a number): each catalogue gives its language's
forms. English has no catalogue (it is the source language), so ``counted`` picks the
English singular itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from lagdesk.i18n import current_language, translate


def counted(translated: str, n: int, english_one: str) -> str:
    """``translated`` (a ``%n`` text), or its English singular when n is 1."""
    if n == 1 and current_language() == "en":
        return english_one
    return translated


def join_list(parts: Sequence[str]) -> str:
    """ "a, b and c" in the current language."""
    if len(parts) < 2:
        return "".join(parts)
    return translate("Stakeholders", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )
