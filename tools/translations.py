"""Keeps resources/translations/*.ts in step with the source strings.

    python tools/translations.py update            # re-extract strings (lupdate)
    python tools/translations.py missing ru        # list strings without a translation
    python tools/translations.py apply ru FILE.json   # fill translations from
        {"Context": {"source text": "translation", ...}, ...}
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "centre_desk"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "en")


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"centre_desk_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    """Merge the source strings into a .ts file (created when missing)."""
    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32"
                                            else "lupdate")
    subprocess.run([str(tool), "-silent", "-extensions", "py", "-locations", "none",
                    "-no-obsolete", "-target-language", language, str(SOURCES),
                    "-ts", str(ts)], check=True, capture_output=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"}
            if unfinished or not all(text.strip() for text in texts_of(message)):
                missing.append((name, message.findtext("source")))
    return missing


def texts_of(message: ET.Element) -> list[str]:
    """The translated text of a message: its plural forms, or its one text."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes" and forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def apply(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    """Fill translations from a mapping; returns how many were set."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name"), {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source"))
            if text:
                translation = message.find("translation")
                forms = translation.findall("numerusform")
                if message.get("numerus") == "yes" and forms:
                    # A plural message: one text per grammatical number of the language;
                    # a single text serves them all ("%n поле(й)").
                    texts = text if isinstance(text, list) else [text] * len(forms)
                    for form, form_text in zip(forms, texts, strict=False):
                        form.text = form_text
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
                count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str]) -> int:
    command, *rest = argv or ["update"]
    if command == "update":
        for language in LANGUAGES:
            lupdate(ts_file(language), language)
        # English is the source language: a new message's translation is its source
        # text; one already translated keeps its text (a mnemonic moved: "My &work").
        english = ts_file("en")
        table: dict[str, dict[str, str]] = {}
        for name, source in untranslated(english):
            table.setdefault(name, {})[source] = source
        apply(english, table)
        for language in LANGUAGES:
            print(language, len(untranslated(ts_file(language))), "untranslated")
    elif command == "missing":
        print(json.dumps(
            {f"{c}|{s}": "" for c, s in untranslated(ts_file(rest[0]))},
            ensure_ascii=False, indent=1))
    elif command == "apply":
        data = json.loads(Path(rest[1]).read_text(encoding="utf-8"))
        print(apply(ts_file(rest[0]), data), "set")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
