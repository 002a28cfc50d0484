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


_WRAPPER = re.compile(
    r'def (\w+)\(text: str\) -> str:\n\s+return QCoreApplication\.translate\("(\w+)", text\)')


def test_every_literal_through_a_translate_wrapper_is_extracted():
    """lupdate reads ``translate("Context", "text")``, ``self.tr("text")`` and
    ``QT_TRANSLATE_NOOP``; a literal passed through a wrapper such as ``_tr("text")`` is
    extracted only when a NOOP table names it too. Otherwise it would stay English in
    every language while the completeness test above passes."""
    english = ET.parse(translations.ts_file("en")).getroot()
    known = {(c.findtext("name"), m.findtext("source"))
             for c in english.iter("context") for m in c.iter("message")}
    hidden = []
    for path in (translations.ROOT / "centre_desk").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for wrapper, context in _WRAPPER.findall(source):
            call = re.compile(rf'(?<![\w.]){wrapper}\(\s*(["\'])(.*?)\1\s*\)')
            hidden += [(path.name, context, m.group(2)) for m in call.finditer(source)
                       if (context, m.group(2)) not in known]
    assert hidden == []
