"""Every user-visible string has a Russian and a Kazakh translation."""

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from tools import translations

PLACEHOLDER = re.compile(r"%\d")


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_every_source_string_is_translated(language, tmp_path):
    shipped = translations.ts_file(language)
    merged = tmp_path / shipped.name
    shutil.copy(shipped, merged)
    translations.lupdate(merged, language)
    assert translations.untranslated(merged) == []


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_translations_keep_placeholders_and_shortcuts(language):
    problems = []
    for message in ET.parse(translations.ts_file(language)).getroot().iter("message"):
        source = message.findtext("source")
        for target in translations.texts_of(message):  # each plural form of "%n …"
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(target)):
                problems.append((source, target))
            if ("&" in source.replace("&&", "")) != ("&" in target.replace("&&", "")):
                problems.append((source, target))
            if ("%n" in source) != ("%n" in target):
                problems.append((source, target))
    assert problems == []
