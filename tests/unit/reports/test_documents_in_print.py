"""The printed participant file lists the documents attached (date, kind, name, size),
never their content; a removed one is not listed."""

from __future__ import annotations

import shutil

import pytest

from centre_desk.domain.documents import DocumentKind
from centre_desk.reports.participant_file import write_pdf
from centre_desk.services import documents
from centre_desk.services import participant_report as report
from centre_desk.services.participant_report import Section
from centre_desk.ui.toolkit import labels
from tests.unit.reports.test_participant_file_pdf import CONTEXT, pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")

PDF = b"%PDF-1.4\n" + b"SECRET-CONTENT-OF-THE-SCAN " * 200 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20


def test_the_printed_file_lists_the_documents_not_their_content(tmp_path, run, printed):
    run(documents.attach_document, printed.person_id, DocumentKind.CONSENT,
        "Согласие_Сұлтанбекова.pdf", PDF, printed.case_id)
    removed = run(documents.attach_document, printed.person_id, DocumentKind.OTHER,
                  "ошибка.png", PNG)
    run(documents.remove_document, removed)
    run(documents.attach_document, printed.person_id, DocumentKind.COURT, "приговор.png", PNG)
    file = run(report.participant_report, printed.person_id, (Section.DOCUMENTS,))
    assert sorted(d.file_name for d in file.documents) == ["Согласие_Сұлтанбекова.pdf",
                                                            "приговор.png"]
    target = tmp_path / "file.pdf"
    write_pdf(target, [file], CONTEXT, labels.label)
    text = " ".join(pdf_text(target).split())
    assert "Documents" in text
    assert "Consent" in text and "Court papers" in text
    assert "Согласие_Сұлтанбекова.pdf" in text and "приговор.png" in text
    assert "5 KB" in text
    assert "ошибка.png" not in text and "SECRET-CONTENT" not in text


def test_a_file_without_documents_says_none_recorded(tmp_path, run, printed):
    file = run(report.participant_report, printed.person_id, (Section.DOCUMENTS,))
    target = tmp_path / "file.pdf"
    write_pdf(target, [file], CONTEXT, labels.label)
    text = " ".join(pdf_text(target).split())
    assert "Documents None recorded." in text
