"""The body of a printed participant file as the HTML subset QTextDocument lays out."""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.domain.documents import DocumentKind
from centre_desk.reports.language import region_text
from centre_desk.services.participant_report import (
    WITHHELD, AttendedActivity, ParticipantReport, Section)

Label = Callable[[enum.Enum | None], str]

# Every text below is looked up through _t(); marked here so pyside6-lupdate finds them.
_TEXTS = (
    QT_TRANSLATE_NOOP("ParticipantFileReport", "About the case"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "About the person"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Address"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Arabic courses"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Attended"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Birth date"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Case file"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Category"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Certificate"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Child"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Children’s events attended"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Club meetings attended"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Consent given"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Course"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Date"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "District"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Enrolled"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Facility"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "From"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Full name"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Given name"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Group"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "IIN"),
    QT_TRANSLATE_NOOP("ParticipantFileReport",
                      "IIN, address and phone are withheld: your role prints a shortened file."),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Joined"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Kind"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Left"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Led by"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Lessons attended"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Level"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Mothers’ club membership"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Next follow-up"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "No"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "No case file."),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "None recorded."),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Note"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Notes"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Offence article"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Partner"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Patronymic"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Phone"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Place"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Preferred language"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Reason"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Recorded by"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Referred by"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Region"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Relation"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Requested"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Risk"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Sentence"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Sex"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Since"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Specialists"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Stage"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Stage history"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Status"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Surname"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Title"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "To"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Witness"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Yes"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "withheld"),
)

STYLE = """
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; color: #1f3a5f; }
h3 { font-size: 10pt; margin-top: 6pt; margin-bottom: 2pt; }
p.sub { color: #444444; margin-top: 0; }
p.warn { color: #8f1d1d; }
p.none { color: #666666; font-style: italic; }
th { background-color: #e8edf3; text-align: left; font-weight: bold; }
td.key { color: #333333; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("ParticipantFileReport", text)


def _e(value: object) -> str:
    if value is None:
        return ""
    if value is WITHHELD:
        return f"<i>{html.escape(_t('withheld'))}</i>"
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return html.escape(str(value), quote=False).replace("\n", "<br>")


def _pairs(rows: Sequence[tuple[str, object]]) -> str:
    cells = "".join(f"<tr><td class='key' width='30%'>{html.escape(key)}</td>"
                    f"<td>{_e(value)}</td></tr>" for key, value in rows)
    return f"<table width='100%' cellspacing='0' cellpadding='3'>{cells}</table>"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    if not rows:
        return f"<p class='none'>{html.escape(_t('None recorded.'))}</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            f"style='border-color: #9aa5b1; border-style: solid;'>"
            f"<thead><tr>{head}</tr></thead>{body}</table>")


def _personal(report: ParticipantReport, label: Label) -> str:
    p = report.personal
    return _pairs([
        (_t("Surname"), p.surname), (_t("Given name"), p.given_name),
        (_t("Patronymic"), p.patronymic), (_t("IIN"), p.iin), (_t("Sex"), label(p.sex)),
        (_t("Birth date"), p.birth_date), (_t("Phone"), p.phone),
        (_t("Address"), p.address), (_t("Region"), p.region and region_text(p.region)),
        (_t("District"), p.district), (_t("Preferred language"), _language(p.language))])


def _language(code: enum.Enum | None) -> str:
    names = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
    return names.get(code.value, code.value) if code is not None else ""


def _case(report: ParticipantReport, label: Label) -> str:
    c = report.case
    if c is None:
        return f"<p class='none'>{html.escape(_t('No case file.'))}</p>"
    yes_no = _t("Yes") if c.consent_given else _t("No")
    details = _pairs([
        (_t("Category"), label(c.category)), (_t("Facility"), c.facility),
        (_t("Offence article"), c.offence_article),
        (_t("Sentence"), " – ".join(_e(d) for d in (c.sentence_start, c.sentence_end) if d)),
        (_t("Referred by"), c.referral_source), (_t("Risk"), label(c.risk_level)),
        (_t("Consent given"), yes_no + (f", {_e(c.consent_on)}" if c.consent_on else "")),
        (_t("Stage"), f"{label(c.stage)}, {_e(c.stage_since)}"),
        (_t("Next follow-up"), c.next_follow_up),
        (_t("Specialists"), ", ".join(c.specialists))])
    history = _table([_t("Date"), _t("From"), _t("To"), _t("Note"), _t("Witness"),
                      _t("Recorded by")],
                     [(s.changed_on, label(s.from_stage), label(s.to_stage), s.note, s.witness,
                       s.recorded_by_name) for s in c.stage_history])
    return f"{details}<h3>{html.escape(_t('Stage history'))}</h3>{history}"


def _activities(entries: Sequence[AttendedActivity], label: Label) -> str:
    return _table([_t("Date"), _t("Kind"), _t("Title"), _t("Place"), _t("Led by"),
                   _t("Attended"), _t("Note")],
                  [(e.on, label(e.activity_kind), e.title, e.place, e.led_by, e.attended,
                    e.note) for e in entries])


def _programmes(report: ParticipantReport, label: Label) -> str:
    p = report.programmes
    club = _table([_t("Joined"), _t("Left"), _t("Reason"), _t("Referred by")],
                  [(m.joined_on, m.left_on, m.reason, m.referred_by) for m in p.memberships])
    courses = _table([_t("Course"), _t("Level"), _t("Group"), _t("Status"),
                      _t("Enrolled"), _t("Certificate"), _t("Lessons attended")],
                     [(c.course_title, c.level, label(c.group), label(c.status),
                       c.enrolled_on, c.certificate_on, c.lessons_attended)
                      for c in p.courses])
    return "".join([
        f"<h3>{html.escape(_t('Mothers’ club membership'))}</h3>{club}",
        f"<h3>{html.escape(_t('Club meetings attended'))}</h3>",
        _activities(p.club_meetings, label),
        f"<h3>{html.escape(_t('Children’s events attended'))}</h3>",
        _activities(p.children_events, label),
        f"<h3>{html.escape(_t('Arabic courses'))}</h3>{courses}"])


def _placements(report: ParticipantReport, label: Label) -> str:
    return _table([_t("Requested"), _t("Kind"), _t("Child"), _t("Partner"), _t("Status"),
                   _t("Since"), _t("Notes")],
                  [(p.requested_on, label(p.kind), p.child_name, p.organisation_name,
                    label(p.status), p.status_since, p.notes) for p in report.placements])


def _family(report: ParticipantReport, label: Label) -> str:
    return _table([_t("Relation"), _t("Full name"), _t("Birth date"), _t("Case file")],
                  [(label(r.relation), r.full_name, r.birth_date,
                    _t("Yes") if r.has_case else "") for r in report.family])


TREND_IMAGE = "assessment-trend.png"
"""The name the printed file's trend chart is added to the document under."""
_ASSESSMENT_TEXTS = (
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Next assessment"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "overdue"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "not assessed yet: due at intake"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Assessed by"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Next"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Scores"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Domain"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Item"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Score"),
    QT_TRANSLATE_NOOP("ParticipantFileReport", "Risk"),
)


def _words(text: str) -> str:
    """The default instrument's words in the print language (the UI's "Instrument"
    context); an administrator's own show as typed."""
    return QCoreApplication.translate("Instrument", text)


def _assessments(report: ParticipantReport, label: Label, chart_width: int = 0) -> str:
    history = report.assessments
    if history is None or not history.assessments:
        due = f"{_t('Next assessment')}: {_t('not assessed yet: due at intake')}"
        return (f"<p>{html.escape(due)}</p>"
                f"<p class='none'>{html.escape(_t('None recorded.'))}</p>")
    due = f"{_t('Next assessment')}: {_e(history.next_due_on)}"
    if history.overdue:
        due += f" ({_t('overdue')})"
    parts = [f"<p>{html.escape(due)}</p>"]
    if history.trend and chart_width:
        parts.append(f"<p><img src='{TREND_IMAGE}' width='{chart_width}'></p>")
    parts.append(_table(
        [_t("Date"), _t("Risk"), _t("Assessed by"), _t("Next"), _t("Scores")],
        [(a.assessed_on, label(a.risk_level), a.assessed_by_name, a.next_due_on,
          "; ".join(f"{_words(d.name)} {d.total}/{d.maximum}" for d in a.domains))
         for a in history.assessments]))
    names = {(a.id, d.code): _words(d.name) for a in history.assessments for d in a.domains}
    items = [(a.assessed_on, names[(a.id, i.domain_code)], _words(i.item_text),
              f"{i.score}/{i.scale_max}", i.note)
             for a in history.assessments for i in a.items]
    if items:
        parts.append(_table([_t("Date"), _t("Domain"), _t("Item"), _t("Score"), _t("Note")],
                            items))
    notes = [(_e(a.assessed_on), a.notes) for a in history.assessments if a.notes]
    if notes:
        parts.append(_pairs(notes))
    return "".join(parts)


def _notes(report: ParticipantReport, label: Label) -> str:
    n = report.notes
    if not (n.person or n.case):
        return f"<p class='none'>{html.escape(_t('None recorded.'))}</p>"
    return _pairs([(_t("About the person"), n.person), (_t("About the case"), n.case)])


DOCUMENT_KINDS = {
    DocumentKind.CONSENT: QT_TRANSLATE_NOOP("ParticipantFileReport", "Consent"),
    DocumentKind.RENUNCIATION: QT_TRANSLATE_NOOP("ParticipantFileReport",
                                                 "Renunciation statement"),
    DocumentKind.COURT: QT_TRANSLATE_NOOP("ParticipantFileReport", "Court papers"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("ParticipantFileReport", "Other"),
}
_DOCUMENT_TEXTS = (QT_TRANSLATE_NOOP("ParticipantFileReport", "Kind"),
                   QT_TRANSLATE_NOOP("ParticipantFileReport", "File"),
                   QT_TRANSLATE_NOOP("ParticipantFileReport", "Attached"),
                   QT_TRANSLATE_NOOP("ParticipantFileReport", "Size"),
                   QT_TRANSLATE_NOOP("ParticipantFileReport", "%1 KB"))


def _documents(report: ParticipantReport, label: Label) -> str:
    """The attached documents as a list: what each is, never its content."""
    return _table([_t("Attached"), _t("Kind"), _t("File"), _t("Size")],
                  [(d.attached_at.date(), _t(DOCUMENT_KINDS[d.kind]), d.file_name,
                    _t("%1 KB").replace("%1", str(max(1, round(d.size_bytes / 1024)))))
                   for d in report.documents])


_BUILDERS = {Section.PERSONAL: _personal, Section.CASE: _case,
             Section.INTERVENTIONS: lambda r, label: _activities(r.interventions, label),
             Section.PROGRAMMES: _programmes, Section.PLACEMENTS: _placements,
             Section.FAMILY: _family, Section.NOTES: _notes, Section.DOCUMENTS: _documents}


def file_html(report: ParticipantReport, label: Label,
              section_title: Callable[[Section], str], chart_width: int = 0) -> str:
    """The whole body of one participant's printed file."""
    parts = [f"<h1>{html.escape(report.full_name)}</h1>"]
    if report.case is not None:
        parts.append(f"<p class='sub'>{html.escape(label(report.case.category))} · "
                     f"{html.escape(label(report.case.stage))}</p>")
    if report.redacted:
        warning = _t(
            "IIN, address and phone are withheld: your role prints a shortened file.")
        parts.append(f"<p class='warn'>{html.escape(warning)}</p>")
    for section in report.sections:
        parts.append(f"<h2>{html.escape(section_title(section))}</h2>")
        if section is Section.ASSESSMENTS:
            parts.append(_assessments(report, label, chart_width))
        else:
            parts.append(_BUILDERS[section](report, label))
    return "<html><body>" + "".join(parts) + "</body></html>"
