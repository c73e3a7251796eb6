"""A pseudo-translation of lagdesk: every text about 40 % longer and visibly foreign.

``python -m lagdesk.tools.pseudo_translation --out DIR`` writes ``DIR/lagdesk_pseudo.ts``
and compiles it into ``DIR/lagdesk_pseudo.qm``. Installed on the application (a
QTranslator), it shows where German-length texts would be clipped and which texts the code
never sends through ``tr`` (they stay plain English).

Each translation is the English text with accented letters ("Sàvé vérşîõñ"), wrapped in
"[" and "~~~]" padding. Placeholders (``{name}``, ``{value:.1f}``, ``%n``, ``%1``), HTML
tags and entities, the ``&`` of a keyboard accelerator (on the same letter) and line breaks
are kept as they are, so every text still works where it is used.
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from lagdesk.tools.translation_work import I18N, PLACEHOLDER, messages, ts_path
from lagdesk.tools.update_translations import lrelease_executable

NAME = "lagdesk_pseudo"
#: How much longer than English each translation is (German runs 30-50 % longer).
GROWTH = 0.4
#: Letters swapped for look-alikes, so an untranslated (plain) text stands out.
ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñşýÇÑŜÝ")
#: What a pseudo-translation leaves alone: placeholders, HTML tags and entities, "&&",
#: an accelerator with its letter, and line breaks.
KEEP = re.compile(
    "|".join(
        (
            PLACEHOLDER.pattern,
            r"<[^<>]+>",
            r"&#?[A-Za-z0-9]+;",
            r"&&",
            r"&\w",
            r"\n",
        )
    )
)


def pseudo(text: str) -> str:
    """``text`` made about 40 % longer and foreign, its placeholders and markup intact."""
    parts: list[tuple[str, bool]] = []  # (piece, is plain text to change)
    position = 0
    for found in KEEP.finditer(text):
        if found.start() > position:
            parts.append((text[position : found.start()], True))
        parts.append((found.group(), False))
        position = found.end()
    if position < len(text):
        parts.append((text[position:], True))
    plain = [i for i, (piece, change) in enumerate(parts) if change and piece.strip()]
    if not plain:  # only placeholders or markup: nothing a translator would write
        return text
    visible = sum(len(piece) for piece, change in parts if change) + sum(
        1 for piece, change in parts if not change and piece.startswith("&")
    )
    padding = max(3, math.ceil(visible * GROWTH)) - 2  # "[" and "]" count too
    pieces = [piece.translate(ACCENTS) if change else piece for piece, change in parts]
    # The brackets go round the whole text, but inside its HTML tags (rich text must
    # still begin with a tag to be shown as such).
    first = plain[0] if text.lstrip().startswith("<") else 0
    last = plain[-1] if text.rstrip().endswith(">") else len(pieces) - 1
    lead = len(pieces[first]) - len(pieces[first].lstrip())
    pieces[first] = pieces[first][:lead] + "[" + pieces[first][lead:]
    stripped = pieces[last].rstrip()
    tail = pieces[last][len(stripped) :]
    pieces[last] = stripped + " " + "~" * padding + "]" + tail
    return "".join(pieces)


def pseudo_tree(source: Path | None = None) -> ET.ElementTree[ET.Element]:
    """The English catalogue with every message pseudo-translated (numerus: each form)."""
    tree = ET.parse(source or ts_path("en", I18N))
    for message in messages(tree):
        node = message.translation
        node.attrib.pop("type", None)
        if message.numerus:
            forms = node.findall("numerusform")
            english = [form.text or "" for form in forms]
            for form, text in zip(forms, english, strict=True):
                form.text = pseudo(text or message.source)
        else:
            node.text = pseudo(message.source)
    return tree


def build_catalogue(out_dir: Path | None = None, source: Path | None = None) -> Path:
    """Write the pseudo catalogue into ``out_dir`` (None: a new temporary folder) and
    compile it; returns the path of the ``.qm`` file."""
    folder = Path(out_dir) if out_dir is not None else Path(tempfile.mkdtemp(prefix="lagdesk-"))
    folder.mkdir(parents=True, exist_ok=True)
    ts_file = folder / f"{NAME}.ts"
    qm_file = folder / f"{NAME}.qm"
    pseudo_tree(source).write(ts_file, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [lrelease_executable(), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
    )
    return qm_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="folder for the .ts and .qm")
    args = parser.parse_args(argv)
    print(build_catalogue(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
