"""The Arabic course completion certificate: one A4 page, PDF through Qt, in the
student's own language.

The certificate speaks the *student's* language (Russian, Kazakh or English, from their
file), which is often not the language of the worker's screen. Its few sentences are
therefore kept here, written out in each language, rather than looked up through the
installed translator: that one follows the screen, a second translator for another
language would have to be loaded from the UI layer's catalogue (which reports may not
import), and a certificate handed to a person must read right the day it is printed,
not once the shared catalogue has caught up. Russian needs the past tense by gender;
the course's group (men / women) gives it.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from centre_desk.domain.enums import CourseGroup, Language
from centre_desk.services.courses import CertificateData, certificate_data, certificate_printed
from centre_desk.services.workspace import Workspace
from centre_desk.store.atomic import replacing

RESOLUTION = 300
"""Dots per inch of the PDF's drawing surface."""

_EN, _RU, _KK = Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH

WORDS: dict[Language, dict[str, str]] = {
    _EN: {
        "title": "Certificate",
        "subtitle": "of completion",
        "awarded": "This certificate is awarded to",
        "completed_men": "for completing the Arabic literacy course “%1”.",
        "completed_women": "for completing the Arabic literacy course “%1”.",
        "level": "Level: %1",
        "period": "Studied from %1 to %2",
        "period_open": "Studied from %1",
        "teacher": "Teacher: %1",
        "issued": "Date of issue: %1",
        "director": "Director",
        "teacher_sign": "Teacher",
    },
    _RU: {
        "title": "Свидетельство",
        "subtitle": "об окончании курса",
        "awarded": "Настоящее свидетельство выдано",
        "completed_men": "в том, что он окончил курс арабской грамоты «%1».",
        "completed_women": "в том, что она окончила курс арабской грамоты «%1».",
        "level": "Уровень: %1",
        "period": "Срок обучения: с %1 по %2",
        "period_open": "Начало обучения: %1",
        "teacher": "Преподаватель: %1",
        "issued": "Дата выдачи: %1",
        "director": "Директор",
        "teacher_sign": "Преподаватель",
    },
    _KK: {
        "title": "Куәлік",
        "subtitle": "курсты аяқтағаны туралы",
        "awarded": "Осы куәлік мына адамға берілді:",
        "completed_men": "ол «%1» араб тілі сауаттылығы курсын толық аяқтады.",
        "completed_women": "ол «%1» араб тілі сауаттылығы курсын толық аяқтады.",
        "level": "Деңгейі: %1",
        "period": "Оқу мерзімі: %1 – %2",
        "period_open": "Оқу басталған күн: %1",
        "teacher": "Оқытушы: %1",
        "issued": "Берілген күні: %1",
        "director": "Директор",
        "teacher_sign": "Оқытушы",
    },
}
"""The certificate's sentences in each language it is printed in."""


def screen_language() -> Language:
    """The program's current language (what QLocale's default was set to), for a
    student whose own language is not recorded."""
    name = QLocale().name().split("_")[0]
    return Language(name) if name in {language.value for language in Language} \
        else Language.RUSSIAN


def certificate_language(data: CertificateData, fallback: Language | None = None) -> Language:
    """The student's own language, else ``fallback``, else the screen's."""
    return data.language or fallback or screen_language()


def _date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def certificate_html(data: CertificateData, language: Language) -> str:
    """The certificate's text as the HTML its page is drawn from."""
    words = WORDS[language]

    def say(key: str, *values: str) -> str:
        text = words[key]
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", value)
        return html.escape(text)

    completed = "completed_women" if data.group is CourseGroup.WOMEN else "completed_men"
    details = []
    if data.level:
        details.append(say("level", data.level))
    details.append(say("period", _date(data.starts_on), _date(data.ends_on))
                   if data.ends_on else say("period_open", _date(data.starts_on)))
    if data.teacher:
        details.append(say("teacher", data.teacher))
    details.append(say("issued", _date(data.certificate_on)))
    signatures = (f"<td width='50%' align='center'>{say('director')}<br/>"
                  "_______________________</td>"
                  f"<td width='50%' align='center'>{say('teacher_sign')}<br/>"
                  "_______________________</td>")
    return (
        "<html><body style='font-family: \"DejaVu Serif\", serif;'>"
        f"<p align='center' style='font-size: 14pt; color: #333333;'>"
        f"{html.escape(data.centre_name)}</p>"
        f"<p align='center' style='font-size: 40pt; font-weight: bold; color: #1f4e79; "
        f"margin-top: 40px;'>{say('title').upper()}</p>"
        f"<p align='center' style='font-size: 18pt; color: #1f4e79;'>{say('subtitle')}</p>"
        f"<p align='center' style='font-size: 15pt; margin-top: 60px;'>{say('awarded')}</p>"
        f"<p align='center' style='font-size: 28pt; font-weight: bold; margin-top: 32px;'>"
        f"{html.escape(data.full_name)}</p>"
        f"<p align='center' style='font-size: 15pt; margin-top: 32px;'>"
        f"{say(completed, data.course_title)}</p>"
        f"<p align='center' style='font-size: 13pt; margin-top: 40px;'>"
        f"{'<br/>'.join(details)}</p>"
        f"<table width='100%' style='font-size: 13pt; margin-top: 90px;'>"
        f"<tr>{signatures}</tr></table>"
        "</body></html>")


def _draw_border(painter: QPainter, page: QRectF) -> None:
    gap = RESOLUTION * 0.08
    outer = RESOLUTION / 36
    for width, inset in ((outer, outer / 2), (RESOLUTION / 120, outer + gap)):
        pen = QPen(QColor("#1f4e79"))
        pen.setWidthF(width)
        painter.setPen(pen)
        painter.drawRect(page.adjusted(inset, inset, -inset, -inset))


def write_certificate(data: CertificateData, target: Path | str,
                      fallback: Language | None = None) -> Language:
    """Write the certificate as a one-page A4 (landscape) PDF at ``target``, complete
    or not at all; returns the language it was printed in."""
    language = certificate_language(data, fallback)
    document = QTextDocument()
    document.setHtml(certificate_html(data, language))
    with replacing(target) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setTitle(WORDS[language]["title"] + " — " + data.full_name)
        writer.setCreator("Centre Desk")
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write a PDF at {target}")
        try:
            page = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
            page.moveTo(0, 0)
            _draw_border(painter, page)
            document.documentLayout().setPaintDevice(writer)
            margin = RESOLUTION * 0.45
            document.setTextWidth(page.width() - 2 * margin)
            height = document.size().height()
            room = page.height() - 2 * margin
            # A very long course title or name shrinks the text rather than leaving the page.
            scale = min(1.0, room / height)
            painter.translate(margin, margin + max(0.0, (room - height * scale) / 2))
            painter.scale(scale, scale)
            document.drawContents(painter)
        finally:
            painter.end()
    return language


def save_certificate(workspace: Workspace, enrolment_id: uuid.UUID, target: Path | str,
                     fallback: Language | None = None) -> Language:
    """Read a completed enrolment's certificate, record in the audit trail that it was
    printed, then write it at ``target`` (in place only once whole). The record commits
    before a byte is written, so no certificate exists that the trail does not name.
    Refusals (``{"enrolment": "not_completed"}``) and a folder that cannot take the
    file write nothing and record nothing."""
    data = workspace.run(certificate_data, enrolment_id)
    with replacing(target) as partial:  # made first: a folder that refuses it stops here
        workspace.run(certificate_printed, enrolment_id)
        return write_certificate(data, partial, fallback)
