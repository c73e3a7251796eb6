"""Small helpers both demo sizes share: local times to UTC, tiny images, minutes HTML."""

from __future__ import annotations

import html
import random
import struct
import zlib
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

#: Signed attendance lists are kept five years after the last programme payment.
LAST_PROGRAMME_PAYMENT = date(2026, 12, 31)
RETENTION_UNTIL = date(LAST_PROGRAMME_PAYMENT.year + 5, 12, 31)


def utc(day: date, at: time, timezone: str) -> datetime:
    """A local wall-clock time as the naive UTC datetime the database stores."""
    local = datetime.combine(day, at, tzinfo=ZoneInfo(timezone))
    return local.astimezone(UTC).replace(tzinfo=None)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def sticky_notes_png(rng: random.Random, width: int = 96, height: int = 64) -> bytes:
    """A small RGB PNG of coloured notes on a wall: a stand-in for a workshop photo."""
    wall = (236, 232, 224)
    colours = [(250, 220, 90), (120, 200, 230), (240, 140, 160), (150, 220, 140)]
    pixels = [[wall] * width for _ in range(height)]
    for _ in range(12):
        w, h = rng.randint(10, 18), rng.randint(8, 14)
        x, y = rng.randint(0, width - w), rng.randint(0, height - h)
        colour = rng.choice(colours)
        for row in range(y, y + h):
            pixels[row][x : x + w] = [colour] * w
    raw = b"".join(b"\x00" + bytes(c for pixel in row for c in pixel) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(raw, 9))
        + _png_chunk(b"IEND", b"")
    )


def minutes_html(
    agenda: list[str], summary: str, decisions: list[str], tasks: list[str], labels: dict[str, str]
) -> str:
    """Minutes in the simple HTML subset the minutes editor writes (h2, p, ul)."""
    parts: list[str] = []

    def section(title: str, items: list[str]) -> None:
        if items:
            parts.append(f"<h2>{html.escape(title)}</h2>")
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")

    section(labels["agenda"], agenda)
    if summary:
        parts.append(f"<h2>{html.escape(labels['summary'])}</h2><p>{html.escape(summary)}</p>")
    section(labels["decisions"], [f"{n}. {text}" for n, text in enumerate(decisions, 1)])
    section(labels["tasks"], tasks)
    return "\n".join(parts)
