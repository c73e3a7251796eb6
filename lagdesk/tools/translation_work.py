"""Work on the .ts catalogues outside Qt Linguist, and the checks every catalogue must pass.

``python -m lagdesk.tools.translation_work export pl --out pl.jsonl [--all]``
    writes one JSON object per message still to translate (``id``, ``context``, ``source``,
    ``comment``, ``numerus`` with the number of plural forms the language has).
``python -m lagdesk.tools.translation_work merge pl done.jsonl``
    reads the exported objects with a ``translation`` added (a list of forms for numerus
    messages), finds each message by context, source and comment, checks
    them and writes them into ``i18n/lagdesk_pl.ts`` as finished.
``python -m lagdesk.tools.translation_work check [pl ...]``
    lists unfinished or obsolete messages and placeholders that differ from the source.

Messages are keyed by (context, source, comment), which is how Qt finds them; ``id`` only
helps a translator refer to a line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lagdesk.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"

#: Plural forms Qt uses per language (qtbase's numerus rules).
PLURAL_FORMS = {"en": 2, "pl": 3, "lv": 3, "ro": 3, "bg": 2}
PLURAL_HINTS = {
    "en": ["n == 1", "other"],
    "pl": ["n == 1", "n % 10 in 2..4 and n % 100 not in 12..14", "other"],
    "lv": ["n % 10 == 1 and n % 100 != 11", "n != 0 (other)", "n == 0"],
    "ro": ["n == 1", "n == 0 or n % 100 in 1..19", "other"],
    "bg": ["n == 1", "other"],
}
#: {name}, {value:.1f}, %1, %n, %L1: what a translation must carry over unchanged.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d+|%L?n")
NUMBERS = ("%n", "%Ln")
#: A keyboard accelerator marker: one & not followed by another &.
ACCELERATOR = re.compile(r"&(?!&)\S")


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"lagdesk_{language}.ts"


@dataclass
class Message:
    id: int
    context: str
    source: str
    comment: str
    extra: str
    numerus: bool
    element: ET.Element

    @property
    def translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    @property
    def finished(self) -> bool:
        return self.translation.get("type") is None

    @property
    def obsolete(self) -> bool:
        return self.translation.get("type") in {"obsolete", "vanished"}

    def forms(self) -> list[str]:
        node = self.translation
        if self.numerus:
            return [form.text or "" for form in node.findall("numerusform")]
        return [node.text or ""]


def messages(tree: ET.ElementTree[ET.Element]) -> Iterator[Message]:
    number = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.findall("message"):
            yield Message(
                id=number,
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                extra=element.findtext("extracomment") or "",
                numerus=element.get("numerus") == "yes",
                element=element,
            )
            number += 1


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def problems_of(message: Message, forms: list[str], language: str) -> list[str]:
    """What is wrong with ``forms`` as the translation of ``message`` (empty: nothing)."""
    found = []
    expected = PLURAL_FORMS[language] if message.numerus else 1
    if len(forms) != expected:
        return [f"{expected} form(s) expected, {len(forms)} given"]
    wanted = placeholders(message.source)
    for form in forms:
        if not form.strip() and message.source.strip():
            found.append("empty translation")
            continue
        have = placeholders(form)
        if message.numerus:
            # A form may leave %n out ("one file"), but nothing else may differ.
            for number in NUMBERS:
                have.pop(number, None)
            wanted_here = Counter({k: v for k, v in wanted.items() if k not in NUMBERS})
        else:
            wanted_here = wanted
        if have != wanted_here:
            found.append(
                f"placeholders {sorted(have.elements())} differ from "
                f"{sorted(wanted_here.elements())}"
            )
        if bool(ACCELERATOR.search(message.source)) != bool(ACCELERATOR.search(form)):
            found.append("the & of a keyboard accelerator is missing or extra")
    shown = [number for number in NUMBERS if number in wanted]
    if message.numerus and shown and not any(shown[0] in form for form in forms):
        found.append("no form shows the number (%n)")
    return found


def check(language: str, folder: Path = I18N) -> list[str]:
    """Every problem of one catalogue, one line each."""
    tree = ET.parse(ts_path(language, folder))
    lines = []
    for message in messages(tree):
        where = f"{language}: [{message.context}] {message.source!r}"
        if message.obsolete:
            lines.append(f"{where}: obsolete")
        elif not message.finished:
            lines.append(f"{where}: unfinished")
        else:
            lines.extend(f"{where}: {p}" for p in problems_of(message, message.forms(), language))
    return lines


def export(language: str, out: Path, everything: bool = False) -> int:
    tree = ET.parse(ts_path(language))
    count = 0
    with out.open("w", encoding="utf-8") as stream:
        for message in messages(tree):
            if message.finished and not everything:
                continue
            item: dict[str, object] = {
                "id": message.id,
                "context": message.context,
                "source": message.source,
            }
            if message.comment:
                item["comment"] = message.comment
            if message.numerus:
                item["numerus"] = PLURAL_FORMS[language]
                item["plural_rules"] = PLURAL_HINTS[language]
            if everything and message.finished:
                item["translation"] = message.forms() if message.numerus else message.forms()[0]
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += 1
    return count


def merge(language: str, done: Path) -> list[str]:
    """Write the translations of ``done`` into the catalogue; returns the problems found.

    Nothing is written when there is a problem, so a bad batch never half-lands.
    """
    path = ts_path(language)
    tree = ET.parse(path)
    by_key = {(m.context, m.source, m.comment): m for m in messages(tree)}
    problems = []
    accepted: list[tuple[Message, list[str]]] = []
    for number, line in enumerate(done.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            key = (item["context"], item["source"], item.get("comment", ""))
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{done.name}:{number}: {error!r}")
            continue
        message = by_key.get(key)
        if message is None:
            # The code no longer has this string (or moved it): nothing to write.
            continue
        value = item.get("translation")
        forms = value if isinstance(value, list) else [value]
        if not all(isinstance(form, str) for form in forms):
            problems.append(f"{done.name}:{number}: translation must be text")
            continue
        found = problems_of(message, forms, language)
        problems.extend(f"{done.name}:{number} {message.source!r}: {p}" for p in found)
        if not found:
            accepted.append((message, forms))
    if problems:
        return problems
    for message, forms in accepted:
        node = message.translation
        node.attrib.pop("type", None)
        for child in list(node):
            node.remove(child)
        if message.numerus:
            node.text = None
            for form in forms:
                ET.SubElement(node, "numerusform").text = form
        else:
            node.text = forms[0]
    write(tree, path)
    return []


def write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    """Write ``tree`` laid out as lupdate writes it (contexts at the margin), so a merge
    changes only the lines it translated."""
    ET.indent(tree, space="    ")
    lines = ET.tostring(tree.getroot(), encoding="unicode").split("\n")
    inner = [line.removeprefix("    ") for line in lines[1:-1]]
    body = "\n".join([lines[0], *inner, lines[-1]]) if len(lines) > 1 else lines[0]
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translation_work")
    commands = parser.add_subparsers(dest="command", required=True)
    exporting = commands.add_parser("export")
    exporting.add_argument("language", choices=sorted(LANGUAGES))
    exporting.add_argument("--out", type=Path, required=True)
    exporting.add_argument("--all", action="store_true", help="finished messages too")
    merging = commands.add_parser("merge")
    merging.add_argument("language", choices=sorted(LANGUAGES))
    merging.add_argument("done", type=Path)
    checking = commands.add_parser("check")
    checking.add_argument("languages", nargs="*")
    args = parser.parse_args(argv)
    if args.command == "export":
        print(export(args.language, args.out, args.all), "messages written to", args.out)
        return 0
    if args.command == "merge":
        found = merge(args.language, args.done)
        print("\n".join(found[:60]) or "merged")
        if len(found) > 60:
            print(f"... and {len(found) - 60} more problems")
        return 1 if found else 0
    found = [line for language in args.languages or list(LANGUAGES) for line in check(language)]
    print("\n".join(found) or "all catalogues complete")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
